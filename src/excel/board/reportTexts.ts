import type { ReportSheet } from '../../core/report/ReportSheet';
import { cellAddress } from '../../core/sheets/cellAddress';

/** A text the report puts in the file, and where: a cell, or a sheet/table/chart name or chart wording. */
export interface PlacedText {
  readonly sheet: string;
  readonly where: string;
  readonly text: string;
}

/** Every text a writer puts into the file from these sheets; numbers and booleans hold no names. */
export function* reportTexts(sheets: readonly ReportSheet[]): Generator<PlacedText> {
  for (const sheet of sheets) {
    yield { sheet: sheet.name, where: 'the sheet name', text: sheet.name };
    for (let r = 0; r < sheet.cells.length; r++) {
      const row = sheet.cells[r]!;
      for (let c = 0; c < row.length; c++) {
        const value = row[c];
        if (typeof value === 'string')
          yield { sheet: sheet.name, where: cellAddress(r + 1, c + 1), text: value };
      }
    }
    for (const t of sheet.tables)
      yield { sheet: sheet.name, where: `the table name at ${t.range}`, text: t.name };
    for (const chart of sheet.charts) {
      const where = `the chart at ${chart.from}`;
      for (const text of [
        chart.name,
        chart.title,
        chart.seriesName,
        chart.categoryAxisTitle,
        chart.valueAxisTitle,
        chart.altText,
      ])
        yield { sheet: sheet.name, where, text };
    }
    for (const link of sheet.links) yield { sheet: sheet.name, where: link.cell, text: link.target };
  }
}
