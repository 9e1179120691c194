import type { EscalationRow } from './EscalationRow';
import { publishGroup } from './publishGroup';
import type { SheetBuilder } from './SheetBuilder';
import type { TableNames } from './tableName';

const KNOWN = ['Open', 'Responded', 'Closed'] as const;

/**
 * Escalations by status. A Status cell holding anything but Open, Responded or Closed counts as Other: it is
 * typed text, so it is never printed. On the board copy the counts are suppressed like every other figure.
 */
export function escalationSection(
  b: SheetBuilder,
  escalations: readonly EscalationRow[],
  threshold: number | null,
  names: TableNames,
): void {
  b.line(['Escalations'], 'heading');
  const counts = [0, 0, 0, 0];
  for (const e of escalations) {
    const at = KNOWN.findIndex((k) => k.toLowerCase() === e.status.trim().toLowerCase());
    counts[at < 0 ? 3 : at]!++;
  }
  const published = publishGroup(counts, threshold);
  b.line([`${published.total} escalations recorded on the Escalations sheet.`], 'note');
  b.table(
    names.take('Findings_Escalations'),
    ['Status', 'Escalations'],
    [...[...KNOWN, 'Other'].map((s, i) => [s, published.parts[i]!]), ['All escalations', published.total]],
  );
  b.gap();
}
