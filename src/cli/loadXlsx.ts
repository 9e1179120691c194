import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { WorkbookProblem } from './WorkbookProblem';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An OLE2 compound file: a password-protected .xlsx (Excel wraps it to encrypt it) or an old .xls. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((b, i) => bytes[i] === b);

/**
 * The workbook file, loaded. Everything that can be wrong with the file itself becomes a WorkbookProblem that
 * says what to do: the file's first bytes tell a password-protected workbook or an old .xls (both OLE2) and a
 * text file from an .xlsx (a zip) before the library is asked to make sense of them.
 */
export async function loadXlsx(path: string): Promise<ExcelJS.Workbook> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new WorkbookProblem(fileError(path, error));
  }
  if (startsWith(bytes, OLE2)) {
    throw new WorkbookProblem(
      `${path} is password-protected or is an old-style .xls workbook, so it cannot be read. In Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it) or save it as an Excel Workbook (.xlsx), then try again.`,
    );
  }
  if (!startsWith(bytes, ZIP)) {
    throw new WorkbookProblem(
      `${path} is not an Excel workbook (.xlsx)${bytes.length === 0 ? ': the file is empty' : ''}. Open it in Excel and save it as an Excel Workbook (.xlsx), then try again.`,
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own `Buffer` (an ArrayBuffer); at run time it takes Node's Buffer as it is.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new WorkbookProblem(
      `${path} could not be read as an Excel workbook: it looks damaged or incomplete (${why}). Open it in Excel, which may repair it, save it as an Excel Workbook (.xlsx), then try again.`,
    );
  }
  if (workbook.worksheets.length === 0)
    throw new WorkbookProblem(`${path} has no worksheets. Is it the audit workbook?`);
  return workbook;
}

function fileError(path: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return `There is no file ${path}. Check the name and the folder.`;
  if (code === 'EISDIR') return `${path} is a folder, not a workbook. Name the .xlsx file inside it.`;
  if (code === 'EACCES' || code === 'EPERM')
    return `${path} cannot be opened: you do not have permission to read it.`;
  const why = error instanceof Error ? error.message : String(error);
  return `${path} cannot be opened: ${why}.`;
}
