import type { ExistingSheet } from './writeReportSheet';

/**
 * What an earlier refresh left on the sheets we write: first whether each sheet exists (with the first
 * read), then, for those that do, their tables and charts (with the next read), so they can be removed
 * before the new ones are added without a round trip of their own.
 */
export function queueReportSheets(context: Excel.RequestContext, names: readonly string[]) {
  const sheets = names.map((name) => ({
    name,
    ws: context.workbook.worksheets.getItemOrNullObject(name).load('name'),
  }));
  return () => {
    const present = sheets.filter((s) => !s.ws.isNullObject);
    const loads = present.map((s) => ({
      name: s.name,
      tables: s.ws.tables,
      charts: s.ws.charts,
    }));
    return {
      /** Queues the loads; undefined when there is nothing to load. */
      queue:
        loads.length === 0
          ? undefined
          : (): void => {
              for (const l of loads) {
                l.tables.load('items/name');
                l.charts.load('items/name');
              }
            },
      /** After the sync that carried the loads. */
      result: (): Map<string, ExistingSheet> =>
        new Map(
          names.map((name) => {
            const l = loads.find((x) => x.name === name);
            return [
              name,
              l === undefined
                ? { exists: false, tables: [], charts: [] }
                : {
                    exists: true,
                    tables: l.tables.items.map((t) => t.name),
                    charts: l.charts.items.map((c) => c.name),
                  },
            ];
          }),
        ),
    };
  };
}
