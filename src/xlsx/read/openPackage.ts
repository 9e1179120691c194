import { strFromU8, unzipSync } from 'fflate';
import { inflateNative } from './inflateNative';
import { inflatePart } from './inflatePart';
import { scanXml } from './scanXml';
import { XlsxReadError } from './XlsxReadError';
import { zipEntries } from './zipEntries';

/** An .xlsx opened: its XML parts, and each part's relationships resolved to package paths. */
export interface XlsxPackage {
  /** The part's text, or null when the package has no such part. */
  text(path: string): string | null;
  /** The part's bytes (UTF-8 XML), or null when the package has no such part: big parts are read as bytes. */
  bytes(path: string): Uint8Array | null;
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

type Unzipped = Record<string, Uint8Array>;

const XML_PART = /\.(xml|rels)$/i;
const damaged = (label: string) =>
  new XlsxReadError(
    `${label} is damaged or was not copied whole, so it cannot be read. Open it in Excel, save it again as an Excel Workbook (.xlsx), and choose that copy.`,
  );
const tooBig = (label: string, name: string, size: number) =>
  new XlsxReadError(
    `${label} holds a part of ${Math.round(size / 1e6)} MB (${name}), more than any audit workbook; it cannot be read safely.`,
  );

/**
 * The XML parts, inflated a slice at a time (yielding the compressed bytes read). A zip whose directory we
 * do not read ourselves (Zip64, or damaged) goes to fflate's unzipSync in one go, which also tells a
 * damaged zip from an unusual one.
 */
function* unzip(
  bytes: Uint8Array,
  label: string,
  inflated: ReadonlyMap<string, Uint8Array>,
): Generator<number, Unzipped, void> {
  if (startsWith(bytes, OLE))
    throw new XlsxReadError(
      `${label} is password-protected (or an old .xls file), so it cannot be read. In Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, then clear it) and save it as an Excel Workbook (.xlsx), then choose that copy.`,
    );
  if (!startsWith(bytes, ZIP))
    throw new XlsxReadError(
      `${label} is not an Excel workbook (.xlsx). Open it in Excel, save it as an Excel Workbook (.xlsx), and choose that copy.`,
    );
  const entries = zipEntries(bytes);
  if (entries === null) return unzipAtOnce(bytes, label);
  const files: Unzipped = {};
  for (const entry of entries.values()) {
    if (!XML_PART.test(entry.name)) continue;
    if (entry.size > MAX_PART_BYTES) throw tooBig(label, entry.name, entry.size);
    try {
      files[entry.name] = inflated.get(entry.name) ?? (yield* inflatePart(bytes, entry));
    } catch {
      throw damaged(label);
    }
  }
  return files;
}

/**
 * The large XML parts inflated by the platform (inflateNative), for openPackage to take as they are; a part
 * it cannot do, or any zip we do not read ourselves, is left to openPackage and fflate.
 */
export async function inflateLargeParts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const inflated = new Map<string, Uint8Array>();
  for (const entry of zipEntries(bytes)?.values() ?? []) {
    if (entry.method !== 8 || entry.size > MAX_PART_BYTES || !XML_PART.test(entry.name)) continue;
    const out = await inflateNative(bytes.subarray(entry.start, entry.end), entry.size);
    if (out !== null) inflated.set(entry.name, out);
  }
  return inflated;
}

function unzipAtOnce(bytes: Uint8Array, label: string): Unzipped {
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        if (file.originalSize > MAX_PART_BYTES) throw tooBig(label, file.name, file.originalSize);
        return XML_PART.test(file.name);
      },
    });
  } catch (error) {
    if (error instanceof XlsxReadError) throw error;
    throw damaged(label);
  }
}

/**
 * Opens the zip, yielding the compressed bytes inflated as it goes; parts are decoded as they are asked
 * for. `inflated` holds parts already inflated (by inflateNative), by name.
 */
export function* openPackage(
  bytes: Uint8Array,
  label: string,
  inflated: ReadonlyMap<string, Uint8Array> = new Map(),
): Generator<number, XlsxPackage, void> {
  const files = yield* unzip(bytes, label, inflated);
  // Zip entry names are case-sensitive but some writers differ in case from their own relationships.
  const byLower = new Map(Object.keys(files).map((name) => [name.toLowerCase(), name]));
  const partBytes = (path: string): Uint8Array | null =>
    files[path] ?? files[byLower.get(path.toLowerCase()) ?? ''] ?? null;
  const text = (path: string): string | null => {
    const file = partBytes(path);
    if (file === null) return null;
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
  return { text, bytes: partBytes, rels };
}
