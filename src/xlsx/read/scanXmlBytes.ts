import { XlsxReadError } from './XlsxReadError';

/**
 * What `scanXmlBytes` reports, as positions in the bytes rather than strings: a worksheet has millions of
 * tags and the handler wants a few bytes of each, so making strings of them all cost more than the scan.
 */
export interface XmlByteHandler {
  /** An element opens: its local name (`x:c` is `c`) is bytes[name, nameEnd), attributes in [nameEnd, end). */
  open(name: number, nameEnd: number, end: number, empty: boolean): void;
  close(name: number, nameEnd: number): void;
  /** Character data bytes[start, end), entities not resolved (`textOf` does). */
  text(start: number, end: number): void;
  /** A CDATA section's content, bytes[start, end), taken as it is. */
  cdata(start: number, end: number): void;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const COLON = 0x3a;
const BANG = 0x21;
const QUESTION = 0x3f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const COMMENT = [0x3c, 0x21, 0x2d, 0x2d]; // <!--
const COMMENT_END = [0x2d, 0x2d, 0x3e]; // -->
const CDATA = [0x3c, 0x21, 0x5b, 0x43, 0x44, 0x41, 0x54, 0x41, 0x5b]; // <![CDATA[
const CDATA_END = [0x5d, 0x5d, 0x3e]; // ]]>

/** XML's whitespace (space, tab, CR, LF): what ends a name. */
export const isSpace = (b: number | undefined): boolean =>
  b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

const startsWith = (bytes: Uint8Array, at: number, seq: readonly number[]): boolean =>
  seq.every((b, k) => bytes[at + k] === b);

function indexOfSeq(bytes: Uint8Array, seq: readonly number[], from: number): number {
  for (let at = bytes.indexOf(seq[0]!, from); at >= 0; at = bytes.indexOf(seq[0]!, at + 1))
    if (startsWith(bytes, at, seq)) return at;
  return -1;
}

/** Where a name that starts at `from` ends, and where its local part begins (after the first ':'). */
function nameAt(bytes: Uint8Array, from: number, limit: number): [local: number, end: number] {
  let local = from;
  let j = from;
  for (; j < limit; j++) {
    const b = bytes[j]!;
    if (b === GT || b === SLASH || isSpace(b)) break;
    if (b === COLON && local === from) local = j + 1;
  }
  return [local, j];
}

/**
 * A streaming scanner of UTF-8 XML bytes, as `scanXml` is of text: elements by local name, attributes and
 * text, comments and declarations skipped. Scans the tokens that start in [from, until) (the last one is
 * finished even past `until`) and returns where the next token starts, so a long part can be read in slices
 * with the handler keeping its state between them. `part` names the part when its XML stops part-way.
 */
export function scanXmlBytes(
  bytes: Uint8Array,
  handler: XmlByteHandler,
  part: string,
  from = 0,
  until = bytes.length,
): number {
  const n = bytes.length;
  const damaged = () =>
    new XlsxReadError(
      `Its part ${part} is damaged (its XML stops part-way). Open the file in Excel, save it again, and choose that copy.`,
    );
  let i = from;
  while (i < until) {
    const lt = bytes.indexOf(LT, i);
    const end = lt < 0 ? n : lt;
    if (end > i) handler.text(i, end);
    if (lt < 0) return n;
    const next = bytes[lt + 1];
    if (next === SLASH) {
      const gt = bytes.indexOf(GT, lt + 2);
      if (gt < 0) throw damaged();
      let start = lt + 2;
      while (isSpace(bytes[start])) start++;
      const [local, nameEnd] = nameAt(bytes, start, gt);
      handler.close(local, nameEnd);
      i = gt + 1;
    } else if (next === BANG && startsWith(bytes, lt, COMMENT)) {
      const close = indexOfSeq(bytes, COMMENT_END, lt + 4);
      if (close < 0) throw damaged();
      i = close + 3;
    } else if (next === BANG && startsWith(bytes, lt, CDATA)) {
      const close = indexOfSeq(bytes, CDATA_END, lt + 9);
      if (close < 0) throw damaged();
      handler.cdata(lt + 9, close);
      i = close + 3;
    } else if (next === BANG || next === QUESTION) {
      const gt = bytes.indexOf(GT, lt);
      if (gt < 0) throw damaged();
      i = gt + 1;
    } else {
      const [local, nameEnd] = nameAt(bytes, lt + 1, n);
      // The tag ends at the first '>' outside a quoted value: '>' may stand unescaped inside one.
      let j = nameEnd;
      let quote = 0;
      for (; j < n; j++) {
        const b = bytes[j]!;
        if (quote !== 0) {
          if (b === quote) quote = 0;
        } else if (b === QUOTE || b === APOSTROPHE) quote = b;
        else if (b === GT) break;
      }
      if (j >= n) throw damaged();
      const empty = bytes[j - 1] === SLASH;
      handler.open(local, nameEnd, empty ? j - 1 : j, empty);
      if (empty) handler.close(local, nameEnd);
      i = j + 1;
    }
  }
  return i;
}
