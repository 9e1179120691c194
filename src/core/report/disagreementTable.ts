import { answerText, IN_A_CELL } from '../cases/answerText';
import type { QuestionFinding } from '../findings/Findings';
import { cellTarget } from './dataQualitySheet';
import type { ModerationSummary } from './moderationOf';
import type { SheetBuilder } from './SheetBuilder';
import type { TableNames } from './tableName';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * The disagreements the lead has still to resolve: case, question, both answers and a link to the
 * moderator's answer on the Moderation sheet. Resolving is done in the pane (Planning, Compare audits),
 * which records it on the Resolutions sheet; the next refresh leaves it out of this list.
 */
export function disagreementTable(
  b: SheetBuilder,
  summary: ModerationSummary,
  sheet: string,
  labels: ReadonlyMap<string, QuestionFinding>,
  names: TableNames,
): void {
  const { disagreements, resolved, unresolved } = summary;
  if (disagreements === 0) {
    b.line(['No disagreements: the moderator agreed with every answer compared.'], 'note');
    return;
  }
  b.line(
    [
      `${plural(disagreements, 'disagreement', 'disagreements')}, ${resolved} resolved on the Resolutions sheet.${unresolved.length > 0 ? ' To resolve (Planning tab, Compare audits):' : ''}`,
    ],
    'note',
  );
  if (unresolved.length === 0) return;
  const placed = b.table(
    names.take('Findings_Disagreements'),
    ['Question', 'Case ID', 'First answer', "Moderator's answer", 'Moderation cell'],
    unresolved.map((d) => {
      const q = labels.get(d.question);
      return [
        q?.label || d.question,
        d.caseId,
        answerText(q, d.first, IN_A_CELL),
        answerText(q, d.second, IN_A_CELL),
        d.cell === undefined ? '' : `${sheet}!${d.cell}`,
      ];
    }),
  );
  // A question's label or an answer can be longer than its column: wrapped, the row grows to show it whole.
  b.wrap(placed.firstRow, 1, placed.lastRow, 5);
  unresolved.forEach((d, i) => {
    if (d.cell !== undefined) b.link(placed.firstRow + i, 5, cellTarget(sheet, d.cell));
  });
  if (unresolved.some((d) => d.cell !== undefined)) b.style(placed.firstRow, 5, placed.lastRow, 5, 'link');
}
