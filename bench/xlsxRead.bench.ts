/*
 * Reading an auditor's .xlsx in the pane (Planning > Import another workbook): an Audit sheet of 20,000 and
 * 100,000 cases x 33 columns written by exceljs's streaming writer as Excel would (shared strings, dates as
 * styled serial numbers, numbers, booleans, blanks, free text), read with `readXlsxSheets` (best of
 * BENCH_ROUNDS, default 3) and with `readXlsxSheetsInSlices`, what the pane calls: its total time, the
 * longest it held the event loop and the peak heap and buffers in use (sampled on the event loop). Both
 * results are checked against each other and against the cells written.
 */
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { SheetData } from '../src/core/sheets/SheetData';
import { readXlsxSheets } from '../src/xlsx/read/readXlsxSheets';
import { readXlsxSheetsInSlices } from '../src/xlsx/read/readXlsxSheetsInSlices';

const ROUNDS = Math.max(1, Number(process.env['BENCH_ROUNDS'] ?? 3));
const AUDITORS = Array.from({ length: 20 }, (_, i) => `Auditor ${String(i + 1).padStart(2, '0')}`);
const STATUS = ['Not started', 'In progress', 'Complete'];
const YES_NO = ['Yes', 'No', 'Not known'];
const TEAMS = ['Front door', 'Assessment', 'Child in need', 'Child protection', 'Children in care'];
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** One case row: fixed columns, then answers of each type, about 1 in 8 answers blank. */
function caseRow(i: number): unknown[] {
  const blank = (k: number) => (i * 31 + k * 7) % 8 === 0;
  const row: unknown[] = [
    `CMS-${String(i).padStart(7, '0')}`,
    AUDITORS[i % AUDITORS.length],
    STATUS[i % 3],
    new Date(Date.UTC(2025, 0, 1 + (i % 300), 9 + (i % 8), (i * 7) % 60)),
    1 + (i % 40),
  ];
  for (let k = 0; k < 28; k++) {
    const kind = k % 7;
    if (blank(k)) row.push(null);
    else if (kind <= 2) row.push(YES_NO[(i + k) % 3]);
    else if (kind === 3) row.push(new Date(Date.UTC(2024, (i + k) % 12, 1 + (i % 28))));
    else if (kind === 4) row.push(((i * 13 + k) % 170) / 10);
    else if (kind === 5) row.push(k === 5 ? (i + k) % 2 === 0 : TEAMS[(i + k) % TEAMS.length]);
    // Free text, with characters that need escaping: one column distinct for every case (notes).
    else row.push(`Seen at home on visit ${k === 6 ? i : i % 997}; child & carer "spoke" <${k}>`);
  }
  return row;
}

async function workbookOf(rows: number): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useSharedStrings: true,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet('Audit');
  sheet.columns = Array.from({ length: 33 }, (_, c) => ({
    ...(c === 3 || (c >= 5 && (c - 5) % 7 === 3) ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
  }));
  sheet
    .addRow([
      'Case',
      'Who audits',
      'Where it is',
      'Saved',
      'Version',
      ...Array.from({ length: 28 }, () => 'Label'),
    ])
    .commit();
  sheet
    .addRow([
      'Case ID',
      'Auditor',
      'Status',
      'Last saved',
      'Version',
      ...Array.from({ length: 28 }, (_, k) => `q${k}`),
    ])
    .commit();
  for (let i = 1; i <= rows; i++) sheet.addRow(caseRow(i)).commit();
  sheet.commit();
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

/** Heap in use plus ArrayBuffers (the zip's inflated parts live outside the JS heap). */
function memory(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** Cells read, so the result is used and a reader that dropped values would show. */
function cellsOf(sheets: readonly SheetData[]): number {
  let cells = 0;
  for (const s of sheets) for (const row of s.rows) for (const v of row) if (v !== '') cells++;
  return cells;
}

async function measure(rows: number): Promise<void> {
  const bytes = await workbookOf(rows);
  // XLSX_BENCH_OUT=<folder> keeps the files, to profile or open them.
  const out = process.env['XLSX_BENCH_OUT'];
  if (out !== undefined) writeFileSync(join(out, `audit-${rows}.xlsx`), bytes);
  let best = Infinity;
  let cells = 0;
  for (let round = 0; round < ROUNDS; round++) {
    global.gc?.();
    const start = performance.now();
    const sheets = readXlsxSheets(bytes, 'bench.xlsx');
    best = Math.min(best, performance.now() - start);
    cells = cellsOf(sheets);
  }
  // The pane's path. A ticker on the event loop measures the longest the read held it (how long the pane
  // could not repaint); memory is sampled at each tick and pause (in use, garbage included, above the start).
  global.gc?.();
  const before = memory();
  let [longest, peak, tick] = [0, 0, performance.now()];
  let reading = true;
  const ticker = () => {
    const now = performance.now();
    [longest, tick] = [Math.max(longest, now - tick), now];
    peak = Math.max(peak, memory() - before);
    if (reading) setImmediate(ticker);
  };
  setImmediate(ticker);
  const start = performance.now();
  const sliced = await readXlsxSheetsInSlices(bytes, 'bench.xlsx', () => {
    peak = Math.max(peak, memory() - before);
  });
  const slicedMs = performance.now() - start;
  reading = false;
  longest = Math.max(longest, performance.now() - tick);
  if (cellsOf(sliced) !== cells) throw new Error('the sliced read gave other cells than the plain one');
  const expected = rows * 33 - Math.round((rows * 28) / 8) + 66;
  if (Math.abs(cells - expected) > rows / 100) throw new Error(`read ${cells} cells, expected ~${expected}`);
  console.log(
    `${rows.toLocaleString('en-GB').padStart(7)} rows x 33 (${mb(bytes.length)} file, ${cells.toLocaleString('en-GB')} values)  ` +
      `read ${(best / 1000).toFixed(2)} s  in slices ${(slicedMs / 1000).toFixed(2)} s, longest hold ${longest.toFixed(0)} ms, ` +
      `peak heap+buffers ${mb(peak)}`,
  );
}

async function main(): Promise<void> {
  console.log(
    `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores, best of ${ROUNDS} plain reads`,
  );
  for (const rows of [20_000, 100_000]) await measure(rows);
}

void main();
