import { scanXml } from './scanXml';
import { decodeXstring } from './xmlText';

/**
 * The shared string table: each `si` as its text, rich-text runs (`r/t`) joined. Phonetic guides (`rPh`, the
 * furigana Excel adds to Japanese text) also hold `t` elements but are not part of the value.
 */
export function readSharedStrings(xml: string | null, part: string): string[] {
  if (xml === null) return [];
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  scanXml(
    xml,
    {
      open(name) {
        if (name === 'si') current = [];
        else if (name === 'rPh') phonetic++;
        else if (name === 't' && phonetic === 0) inText = current !== null;
      },
      close(name) {
        if (name === 'si' && current !== null) {
          strings.push(decodeXstring(current.join('')));
          current = null;
        } else if (name === 'rPh') phonetic--;
        else if (name === 't') inText = false;
      },
      text(text) {
        if (inText) current!.push(text);
      },
    },
    part,
  );
  return strings;
}
