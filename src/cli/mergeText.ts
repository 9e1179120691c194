import type { MergeJson, MergeSourceJson } from './mergeJson';

const LISTED = 10;

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "C101, C102 and 3 more": enough to recognise the cases, short enough to read. */
function some(ids: readonly string[]): string {
  if (ids.length <= LISTED) return ids.join(', ');
  return `${ids.slice(0, LISTED).join(', ')} and ${ids.length - LISTED} more`;
}

function sourceLine(s: MergeSourceJson): string {
  if (s.role === 'base') return `${s.file} (base): ${plural(s.rows, 'case row')}`;
  const parts = [plural(s.rows, 'case row')];
  if (s.added.length > 0) parts.push(`${plural(s.added.length, 'case')} added (${some(s.added)})`);
  if (s.filled.length > 0)
    parts.push(
      `${plural(s.filled.length, 'case')} filled in (${some(s.filled.map((f) => `${f.caseId}: ${f.columns.join(', ')}`))})`,
    );
  if (s.added.length === 0 && s.filled.length === 0) parts.push('nothing new');
  parts.push(plural(s.conflicts, 'conflict'));
  return `${s.file}: ${parts.join('; ')}`;
}

const where = (file: string, cell: string): string => (cell === '' ? file : `${file} ${cell}`);

/** The merge as a person reads it on the terminal: what each workbook brings, then every conflict. */
export function mergeText(merge: MergeJson): string {
  const { form, totals } = merge;
  const lines = [
    `Merge of ${plural(merge.sources.length, 'workbook')} into ${merge.base}: ${form.title} (version ${form.version})`,
    '',
    ...merge.sources.map(sourceLine),
    '',
    `Combined: ${plural(totals.cases, 'case')}; ${totals.added} added, ${totals.filled} of the base's filled in, ${plural(totals.conflicts, 'conflict')}.`,
  ];
  if (merge.conflicts.length > 0) {
    lines.push(
      '',
      `Conflicts (${merge.conflicts.length}): the first answer is kept and the other is not written. Agree which is right and correct the Audit sheet by hand.`,
    );
    for (const c of merge.conflicts)
      lines.push(
        `  ${c.caseId}, ${c.question}: "${c.kept.answer}" in ${where(c.kept.file, c.kept.cell)}; "${c.other.answer}" in ${where(c.other.file, c.other.cell)}`,
      );
  }
  lines.push(
    '',
    merge.out === null
      ? 'Dry run: nothing was written. Add --out <combined.xlsx> to write the combined workbook.'
      : `Written to ${merge.out}, with a Merge log sheet listing the workbooks, the counts and every conflict.`,
  );
  return `${lines.join('\n')}\n`;
}
