import type { TableProbe } from './tableState';

/**
 * Queued with setup's second trip: the widths (points) of the existing Audit sheet's columns, left to right
 * from the table's (or plain header's) first column, read as soon as the batch runs. The result is null when
 * there is nothing to read (no sheet, or an empty one). One ExcelApi 1.9 call, whatever the column count.
 */
export function queueColumnWidths(probe: TableProbe): () => readonly number[] | null {
  if (probe.kind === 'absent') return () => null;
  const options = { format: { columnWidth: true } };
  const range = probe.kind === 'table' ? probe.header : probe.used;
  const result = range.getColumnProperties(options);
  return () => {
    if (probe.kind === 'plain' && probe.used.isNullObject) return null;
    return result.value.map((column) => column.format?.columnWidth ?? 0);
  };
}
