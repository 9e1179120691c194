import type { SheetData } from '../../core/sheets/SheetData';
import { openPackage, type XlsxPackage } from './openPackage';
import { readSharedStrings } from './readSharedStrings';
import { readWorksheetCells } from './readWorksheetCells';
import { sheetDataOf } from './sheetDataOf';
import { scanXml } from './scanXml';
import { XlsxReadError } from './XlsxReadError';

export { XlsxReadError };

/** The share of the progress given to inflating the zip. */
const UNZIPPED = 0.2;
/** Progress, 0 to 1, from how far the stage (0 inflating, 1 scanning) has got. */
const share = (stage: 0 | 1, done: number): number =>
  Math.min(1, stage === 0 ? UNZIPPED * done : UNZIPPED + (1 - UNZIPPED) * done);

const isType = (type: string, kind: string) => type.endsWith(`/${kind}`);

function workbookPath(pkg: XlsxPackage, label: string): string {
  const path = pkg.rels('').find((r) => isType(r.type, 'officeDocument'))?.path ?? 'xl/workbook.xml';
  if (pkg.text(path) === null)
    throw new XlsxReadError(
      `${label} is not an Excel workbook (it may be a Word or PowerPoint file). Choose the audit workbook (.xlsx).`,
    );
  return path;
}

/** Sheet names in workbook order, each with its worksheet part (chart sheets have no cells and are left out). */
function sheetParts(pkg: XlsxPackage, path: string): { name: string; part: string }[] {
  const targets = new Map(
    pkg
      .rels(path)
      .filter((r) => isType(r.type, 'worksheet'))
      .map((r) => [r.id, r.path]),
  );
  const sheets: { name: string; part: string }[] = [];
  scanXml(
    pkg.text(path)!,
    {
      open(name, a) {
        const part = targets.get(a.get('id') ?? '');
        if (name === 'sheet' && part !== undefined) sheets.push({ name: a.get('name') ?? '', part });
      },
    },
    path,
  );
  return sheets;
}

/**
 * The read as steps: the generator yields between slices of the work (the zip opened, each MB of XML
 * scanned), each time with the share done so far (0 to 1, by bytes of XML), so `readXlsxSheetsInSlices`
 * can hand the page back and show progress; `readXlsxSheets` runs it straight through.
 */
export function* readXlsxSteps(
  bytes: Uint8Array,
  label: string,
  preinflated?: ReadonlyMap<string, Uint8Array>,
): Generator<number, SheetData[], void> {
  // Inflating is about a fifth of the work: it reports progress up to UNZIPPED, the XML the rest.
  let inflated = 0;
  const opening = openPackage(bytes, label, preinflated);
  let opened = opening.next();
  for (; opened.done !== true; opened = opening.next())
    yield share(0, (inflated += opened.value) / bytes.length);
  const pkg = opened.value;
  const path = workbookPath(pkg, label);
  const rels = pkg.rels(path);
  const sharedPath = rels.find((r) => isType(r.type, 'sharedStrings'))?.path ?? 'xl/sharedStrings.xml';
  const sharedXml = pkg.bytes(sharedPath);
  const parts = sheetParts(pkg, path).map(({ name, part }) => {
    const xml = pkg.bytes(part);
    if (xml === null)
      throw new XlsxReadError(
        `${label} lists a sheet "${name}" whose cells are missing from the file: it is damaged. Open it in Excel, save it again, and choose that copy.`,
      );
    return { name, xml, part };
  });
  const total = Math.max(
    1,
    parts.reduce((sum, p) => sum + p.xml.length, sharedXml?.length ?? 0),
  );
  let done = 0;
  const scanned = function* <T>(scan: Generator<number, T, void>): Generator<number, T, void> {
    for (;;) {
      const step = scan.next();
      if (step.done === true) return step.value;
      done += step.value;
      yield share(1, done / total);
    }
  };
  const shared = yield* scanned(readSharedStrings(sharedXml, sharedPath));
  const sheets: SheetData[] = [];
  for (const { name, xml, part } of parts) {
    const cells = yield* scanned(readWorksheetCells(xml, shared, name, part));
    sheets.push(yield* scanned(sheetDataOf(name, cells, label)));
    yield share(1, done / total);
  }
  return sheets;
}

/**
 * An .xlsx file's sheets as SheetData, in workbook order, values only: what the add-in would read with
 * getUsedRange(true).values, so the same engine code checks a file and a live workbook alike. Read in the
 * browser (or Node): the file never leaves the machine. Throws XlsxReadError, naming `label` (the file's
 * name) and saying what to do, for a file that is not an .xlsx, is password-protected or is damaged.
 */
export function readXlsxSheets(bytes: Uint8Array, label = 'The file'): SheetData[] {
  const steps = readXlsxSteps(bytes, label);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}
