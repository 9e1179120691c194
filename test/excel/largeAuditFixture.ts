import { type Codec, createCodec } from '../../src/core/codec/createCodec';
import { loadTemplate } from '../../src/core/template/loadTemplate';
import type { ExcelHost } from '../../src/excel/ExcelHost';
import type { CellScalar } from '../../src/excel-sim/model/parseInput';
import { SimWorkbook } from '../../src/excel-sim/SimWorkbook';

export const FIVE_MB = 5 * 1024 * 1024;

/** The columns a save, an open, the case list and the progress board touch, plus one free-text question. */
export const NARROW_HEADER = [
  'Case ID',
  'Auditor',
  'Status',
  'Last saved',
  'Saved by',
  'Version',
  'auditor_comments',
];

export interface LargeAudit {
  readonly workbook: SimWorkbook;
  readonly host: ExcelHost;
  readonly codec: Codec;
}

let codec: Codec | null = null;

/**
 * An Audit table of `rows` cases with only the columns under test, header on row 2 as setUpAudit puts it:
 * 200,000 rows of 31 columns would make the test slow for nothing, and every reader finds columns by name.
 * Row i (0-based) holds id(i), auditor "Auditor nn", Not started, version 0.
 */
export async function largeAudit(rows: number, id: (i: number) => string): Promise<LargeAudit> {
  const workbook = new SimWorkbook({ sheets: ['Audit'] });
  const values: CellScalar[][] = [NARROW_HEADER];
  for (let i = 0; i < rows; i++)
    values.push([id(i), `Auditor ${String(i % 20).padStart(2, '0')}`, 'Not started', '', '', 0, '']);
  await workbook.setValues('Audit', 'A2', values);
  const host = workbook.host();
  await host.run(async (context) => {
    const table = context.workbook.worksheets.getItem('Audit').tables.add(`A2:G${rows + 2}`, true);
    table.name = 'Audit';
    await context.sync();
  });
  codec ??= createCodec(loadTemplate().questionSet);
  return { workbook, host, codec };
}

export const cmsId = (i: number): string => `CMS-${String(i + 1).padStart(7, '0')}`;
