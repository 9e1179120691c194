import type { ReportSheet } from '../../core/report/ReportSheet';
import { cellAddress } from '../../core/sheets/cellAddress';

/**
 * What the pane says once the copy is ready: the first sheet's sentences (not its title or headings), then
 * how many figures were shown as c, so the manager sees what was removed and suppressed without opening it.
 */
export function boardSummary(sheets: readonly ReportSheet[]): string[] {
  const [about, ...rest] = sheets;
  if (about === undefined) return [];
  const headings = new Set(
    about.styles
      .filter((s) => s.style === 'title' || s.style === 'heading')
      .map((s) => s.range.split(':')[0]),
  );
  const lines = about.cells.flatMap((row, r) => {
    const text = row[0];
    return typeof text === 'string' && text.trim() !== '' && !headings.has(cellAddress(r + 1, 1))
      ? [text]
      : [];
  });
  let hidden = 0;
  for (const sheet of rest) for (const row of sheet.cells) for (const v of row) if (v === 'c') hidden++;
  lines.push(
    hidden === 0
      ? 'No figure needed to be shown as c.'
      : `${hidden} ${hidden === 1 ? 'figure is' : 'figures are'} shown as c in this copy.`,
  );
  return lines;
}
