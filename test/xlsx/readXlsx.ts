import { unzipSync } from 'fflate';
import { TextDecoder } from 'node:util';
import type { CellValue } from '../../src/core/sheets/SheetData';

/**
 * An independent reader for the tests (jsdom's DOMParser, not the writer's code): unzips the package,
 * parses every XML part (a part that is not well-formed fails the test) and resolves relationships.
 */
export interface ReadXlsx {
  readonly paths: readonly string[];
  text(path: string): string;
  xml(path: string): Document;
  /** Targets of a part's relationships by id, resolved to package paths. */
  rels(path: string): Map<string, { type: string; path: string }>;
  /** Sheet names in workbook order, with their part paths. */
  sheets(): { name: string; path: string }[];
  /** A sheet's cells as values, keyed by address; shared strings resolved. */
  cells(sheetName: string): Map<string, { value: CellValue; type: string | null; style: number }>;
}

export function readXlsx(bytes: Uint8Array): ReadXlsx {
  const files = unzipSync(bytes);
  const text = (path: string): string => {
    const file = files[path];
    if (!file) throw new Error(`The package has no part ${path}.`);
    return new TextDecoder('utf-8', { fatal: true }).decode(file);
  };
  const xml = (path: string): Document => {
    const doc = new DOMParser().parseFromString(text(path), 'application/xml');
    const error = doc.getElementsByTagName('parsererror')[0];
    if (error) throw new Error(`${path} is not well-formed XML: ${error.textContent}`);
    return doc;
  };
  const rels = (path: string): Map<string, { type: string; path: string }> => {
    const slash = path.lastIndexOf('/');
    const dir = path.slice(0, slash + 1);
    const relsPath = `${dir}_rels/${path.slice(slash + 1)}.rels`;
    const map = new Map<string, { type: string; path: string }>();
    if (!files[relsPath]) return map;
    for (const r of Array.from(xml(relsPath).getElementsByTagName('Relationship'))) {
      map.set(r.getAttribute('Id')!, {
        type: r.getAttribute('Type')!,
        path: resolve(dir, r.getAttribute('Target')!),
      });
    }
    return map;
  };
  const sheets = (): { name: string; path: string }[] => {
    const wbRels = rels('xl/workbook.xml');
    return Array.from(xml('xl/workbook.xml').getElementsByTagName('sheet')).map((s) => ({
      name: s.getAttribute('name')!,
      path: wbRels.get(s.getAttribute('r:id')!)!.path,
    }));
  };
  const shared = (): string[] =>
    files['xl/sharedStrings.xml']
      ? Array.from(xml('xl/sharedStrings.xml').getElementsByTagName('si')).map((si) =>
          unescapeX(si.textContent ?? ''),
        )
      : [];
  const cells = (
    sheetName: string,
  ): Map<string, { value: CellValue; type: string | null; style: number }> => {
    const sheet = sheets().find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`No sheet ${sheetName}.`);
    const strings = shared();
    const map = new Map<string, { value: CellValue; type: string | null; style: number }>();
    for (const c of Array.from(xml(sheet.path).getElementsByTagName('c'))) {
      const type = c.getAttribute('t');
      const v = c.getElementsByTagName('v')[0]?.textContent ?? null;
      const value: CellValue =
        v === null
          ? null
          : type === 's'
            ? strings[Number(v)]!
            : type === 'b'
              ? v === '1'
              : type === 'str'
                ? v
                : Number(v);
      map.set(c.getAttribute('r')!, { value, type, style: Number(c.getAttribute('s') ?? 0) });
    }
    return map;
  };
  return { paths: Object.keys(files), text, xml, rels, sheets, cells };
}

/** Excel's `_xHHHH_` escapes back to characters, as Excel reads them. */
export function unescapeX(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function resolve(dir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = dir.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}
