import { strFromU8, unzipSync, type Unzipped } from 'fflate';
import { scanXml } from './scanXml';
import { XlsxReadError } from './XlsxReadError';

/** An .xlsx opened: its XML parts as text, and each part's relationships resolved to package paths. */
export interface XlsxPackage {
  /** The part's text, or null when the package has no such part. */
  text(path: string): string | null;
  rels(path: string): { readonly type: string; readonly path: string; readonly id: string }[];
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);
/** More XML than any audit workbook holds (100,000 cases are ~60 MB of sheet XML); a zip bomb stops here. */
const MAX_PART_BYTES = 400 * 1024 * 1024;

/** `base`-relative (or package-absolute) target to a package path, `..` resolved. */
export function resolvePart(base: string, target: string): string {
  const parts = target.startsWith('/') ? [] : base.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

function unzip(bytes: Uint8Array, label: string): Unzipped {
  if (startsWith(bytes, OLE))
    throw new XlsxReadError(
      `${label} is password-protected (or an old .xls file), so it cannot be read. In Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, then clear it) and save it as an Excel Workbook (.xlsx), then choose that copy.`,
    );
  if (!startsWith(bytes, ZIP))
    throw new XlsxReadError(
      `${label} is not an Excel workbook (.xlsx). Open it in Excel, save it as an Excel Workbook (.xlsx), and choose that copy.`,
    );
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        if (file.originalSize > MAX_PART_BYTES)
          throw new XlsxReadError(
            `${label} holds a part of ${Math.round(file.originalSize / 1e6)} MB (${file.name}), more than any audit workbook; it cannot be read safely.`,
          );
        return /\.(xml|rels)$/i.test(file.name);
      },
    });
  } catch (error) {
    if (error instanceof XlsxReadError) throw error;
    throw new XlsxReadError(
      `${label} is damaged or was not copied whole, so it cannot be read. Open it in Excel, save it again as an Excel Workbook (.xlsx), and choose that copy.`,
    );
  }
}

/** Opens the zip; parts are decoded as they are asked for. */
export function openPackage(bytes: Uint8Array, label: string): XlsxPackage {
  const files = unzip(bytes, label);
  // Zip entry names are case-sensitive but some writers differ in case from their own relationships.
  const byLower = new Map(Object.keys(files).map((name) => [name.toLowerCase(), name]));
  const text = (path: string): string | null => {
    const file = files[path] ?? files[byLower.get(path.toLowerCase()) ?? ''];
    if (file === undefined) return null;
    const decoded = strFromU8(file);
    return decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  };
  const rels = (path: string) => {
    const slash = path.lastIndexOf('/');
    const relsPath = `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
    const xml = text(relsPath);
    const out: { type: string; path: string; id: string }[] = [];
    if (xml === null) return out;
    scanXml(
      xml,
      {
        open: (name, a) => {
          if (name !== 'Relationship' || a.get('TargetMode') === 'External') return;
          out.push({
            type: a.get('Type') ?? '',
            id: a.get('Id') ?? '',
            path: resolvePart(path, a.get('Target') ?? ''),
          });
        },
      },
      relsPath,
    );
    return out;
  };
  return { text, rels };
}
