import type { CellValue } from '../../core/sheets/SheetData';
import { headerNames } from '../headerRow';
import type { LogTable } from '../planning/logTable';
import { PLANNING_SHEETS, tableNameOf } from '../planning/planningFormat';

export interface PlanningTables {
  readonly samples: LogTable;
  readonly notAudited: LogTable;
  readonly moderation: LogTable;
  readonly resolutions: LogTable;
}

/**
 * Queues reads of the Samples, Not audited, Moderation and Resolutions tables through null objects, so they
 * travel with the first round trip of a refresh (whose table names are not known yet) instead of a round
 * trip of their own. All are small: a row per draw, per case set aside, per case re-audited (a share of the
 * completed ones) and per disagreement resolved.
 */
export function queuePlanningTables(context: Excel.RequestContext): () => PlanningTables {
  const queue = (sheet: string): (() => LogTable) => {
    const name = tableNameOf(sheet);
    const table = context.workbook.tables.getItemOrNullObject(name).load('name');
    const header = table.getHeaderRowRange().load('values,rowIndex,columnIndex');
    const body = table.getDataBodyRange().load('values');
    const worksheet = table.worksheet.load('name');
    // Read by the caller after the sync that carried these loads.
    return () =>
      table.isNullObject
        ? { kind: 'absent', table: name, sheet, header: [], rows: [], headerRow: 0, firstColumn: 0 }
        : {
            kind: 'table',
            table: table.name,
            sheet: worksheet.name,
            header: headerNames(header.values[0] as CellValue[]),
            rows: body.values as CellValue[][],
            headerRow: header.rowIndex,
            firstColumn: header.columnIndex,
          };
  };
  const samples = queue(PLANNING_SHEETS.samples);
  const notAudited = queue(PLANNING_SHEETS.notAudited);
  const moderation = queue(PLANNING_SHEETS.moderation);
  const resolutions = queue(PLANNING_SHEETS.resolutions);
  return () => ({
    samples: samples(),
    notAudited: notAudited(),
    moderation: moderation(),
    resolutions: resolutions(),
  });
}
