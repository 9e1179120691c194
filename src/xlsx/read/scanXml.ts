import { decodeXml } from './xmlText';
import { XlsxReadError } from './XlsxReadError';

/** A tag's attributes by local name (`r:id` is `id`), values decoded; looked up only when asked for. */
export interface XmlAttributes {
  get(name: string): string | undefined;
}

export interface XmlHandler {
  open?(name: string, attributes: XmlAttributes, empty: boolean): void;
  close?(name: string): void;
  /** Character data between tags, decoded (CDATA as it is). */
  text?(text: string): void;
}

const localName = (qualified: string): string => qualified.slice(qualified.indexOf(':') + 1);
const lookups = new Map<string, RegExp>();

/**
 * Attributes are parsed on demand: a worksheet has a million tags and its handler reads one or two of
 * each, so building a map per tag would cost more than the rest of the scan.
 */
function attributesOf(source: string): XmlAttributes {
  return {
    get(name) {
      let pattern = lookups.get(name);
      if (pattern === undefined)
        lookups.set(
          name,
          (pattern = new RegExp(`(?:^|\\s)(?:(?!xmlns:)[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)),
        );
      const m = pattern.exec(source);
      return m === null ? undefined : decodeXml(m[1] ?? m[2] ?? '');
    },
  };
}

/**
 * A small streaming scanner for the parts of an .xlsx: elements by local name (so a prefixed `x:c` is `c`),
 * attributes and text. Not a validating parser; it needs no DOM, so it runs alike in Node, jsdom and the
 * browser. `part` names the part in the message when the XML is cut short.
 */
export function scanXml(xml: string, handler: XmlHandler, part: string): void {
  const damaged = () =>
    new XlsxReadError(
      `Its part ${part} is damaged (its XML stops part-way). Open the file in Excel, save it again, and choose that copy.`,
    );
  const n = xml.length;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i && handler.text) handler.text(decodeXml(xml.slice(i, end)));
    if (lt < 0) return;
    if (xml.startsWith('<!--', lt)) {
      const close = xml.indexOf('-->', lt + 4);
      if (close < 0) throw damaged();
      i = close + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const close = xml.indexOf(']]>', lt + 9);
      if (close < 0) throw damaged();
      handler.text?.(xml.slice(lt + 9, close));
      i = close + 3;
    } else if (xml[lt + 1] === '?' || xml[lt + 1] === '!') {
      const close = xml.indexOf('>', lt);
      if (close < 0) throw damaged();
      i = close + 1;
    } else if (xml[lt + 1] === '/') {
      const close = xml.indexOf('>', lt);
      if (close < 0) throw damaged();
      handler.close?.(localName(xml.slice(lt + 2, close).trim()));
      i = close + 1;
    } else {
      // The tag ends at the first '>' outside a quoted value: '>' may stand unescaped inside one.
      let j = lt + 1;
      let quote = '';
      for (; j < n; j++) {
        const c = xml[j];
        if (quote !== '') {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '>') break;
      }
      if (j >= n) throw damaged();
      const empty = xml[j - 1] === '/';
      const body = xml.slice(lt + 1, empty ? j - 1 : j);
      const space = body.search(/\s/);
      const name = localName(space < 0 ? body : body.slice(0, space));
      handler.open?.(name, attributesOf(space < 0 ? '' : body.slice(space)), empty);
      if (empty) handler.close?.(name);
      i = j + 1;
    }
  }
}
