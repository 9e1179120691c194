import type { Count, CrossTab, Findings, QuestionFinding } from './Findings';
import { Publisher } from './publishFindings';
import type { SuppressionCell } from './suppression';

/**
 * One select question by another, from the case sets findings already hold (no case is evaluated again).
 * A cell counts the cases that gave both answers; its percentage is of the row's cases that answered the
 * column question. Suppression runs over the table's cells and margins; a margin equal to a count hidden in
 * the question tables starts hidden, so the table cannot undo the question tables' suppression.
 */
export function crossTab(findings: Findings, rowQuestion: string, columnQuestion: string): CrossTab | string {
  const row = findings.questions.find((q) => q.name === rowQuestion);
  const col = findings.questions.find((q) => q.name === columnQuestion);
  if (!row || !col) {
    const missing = !row ? rowQuestion : columnQuestion;
    return `Cannot cross-tabulate by '${missing}': it is not a select_one or select_multiple question of this form.`;
  }
  const pub = new Publisher(findings.settings);
  const both = row.answered.cases.intersect(col.answered.cases);
  const grand = pub.register(both, null);
  const margin = (choice: Count, other: QuestionFinding): SuppressionCell => {
    const set = choice.cases.intersect(other.answered.cases);
    const c = pub.register(set, grand);
    if (choice.n === 'c' && set.size === choice.cases.size) c.hidden = true;
    return c;
  };
  const rowTotals = row.choices.map((r) => margin(r.count, col));
  const colTotals = col.choices.map((c) => margin(c.count, row));
  const cells = row.choices.map((r, i) =>
    col.choices.map((c) => pub.register(r.count.cases.intersect(c.count.cases), rowTotals[i]!)),
  );
  const additive = (q: QuestionFinding, total: SuppressionCell, parts: SuppressionCell[]): void => {
    if (q.type === 'select_one') pub.group(total, parts);
    else for (const p of parts) pub.group(total, [p, pub.implied(total.value - p.value)]);
  };
  cells.forEach((line, i) => additive(col, rowTotals[i]!, line));
  colTotals.forEach((total, j) =>
    additive(
      row,
      total,
      cells.map((line) => line[j]!),
    ),
  );
  additive(row, grand, rowTotals);
  additive(col, grand, colTotals);
  const count = pub.finish();
  return {
    rowQuestion,
    columnQuestion,
    rows: row.choices.map((r, i) => ({ name: r.name, label: r.label, total: count(rowTotals[i]!) })),
    columns: col.choices.map((c) => ({ name: c.name, label: c.label })),
    cells: row.choices.flatMap((r, i) =>
      col.choices.map((c, j) => ({ row: r.name, column: c.name, count: count(cells[i]![j]!) })),
    ),
  };
}
