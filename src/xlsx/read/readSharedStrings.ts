import { bytesAre } from './bytesText';
import { CapturedText } from './CapturedText';
import { scanXmlBytes } from './scanXmlBytes';
import { SLICE_BYTES } from './readWorksheetCells';
import { decodeXstring } from './xmlText';

/**
 * The shared string table: each `si` as its text, rich-text runs (`r/t`) joined, decoded once here so
 * every cell that points at it shares the one string. Phonetic guides (`rPh`, the furigana Excel adds to
 * Japanese text) also hold `t` elements but are not part of the value. Yields the bytes scanned, a
 * slice at a time.
 */
export function* readSharedStrings(
  bytes: Uint8Array | null,
  part: string,
  // A string per item: a byte of this part costs several of a worksheet, so its slices are smaller.
  slice = SLICE_BYTES / 4,
): Generator<number, string[], void> {
  const strings: string[] = [];
  if (bytes === null) return strings;
  const current = new CapturedText(bytes);
  let inString = false;
  let inText = false;
  let phonetic = 0;
  const handler = {
    open(name: number, nameEnd: number) {
      if (bytesAre(bytes, name, nameEnd, 'si')) {
        current.clear();
        inString = true;
      } else if (bytesAre(bytes, name, nameEnd, 'rPh')) phonetic++;
      else if (bytesAre(bytes, name, nameEnd, 't') && phonetic === 0) inText = inString;
    },
    close(name: number, nameEnd: number) {
      if (bytesAre(bytes, name, nameEnd, 'si') && inString) {
        strings.push(decodeXstring(current.text()));
        inString = false;
      } else if (bytesAre(bytes, name, nameEnd, 'rPh')) phonetic--;
      else if (bytesAre(bytes, name, nameEnd, 't')) inText = false;
    },
    text(start: number, end: number) {
      if (inText) current.add(start, end);
    },
    cdata(start: number, end: number) {
      if (inText) current.addRaw(start, end);
    },
  };
  for (let i = 0; i < bytes.length;) {
    const from = i;
    i = scanXmlBytes(bytes, handler, part, i, Math.min(i + slice, bytes.length));
    yield i - from;
  }
  return strings;
}
