import { readXlsx } from '../../xlsx/readXlsx';

/**
 * Every text a reader of the file could see, part by part: element text and attribute values, with XML's
 * and Excel's escapes undone, so a name hidden behind &amp; or _x0041_ is still found.
 */
export function xlsxTexts(bytes: Uint8Array): string[] {
  const file = readXlsx(bytes);
  const texts: string[] = [];
  for (const path of file.paths) {
    const walk = (node: Element): void => {
      for (const a of Array.from(node.attributes)) texts.push(a.value);
      for (const child of Array.from(node.childNodes)) {
        if (child.nodeType === 1) walk(child as Element);
        else if (child.textContent) texts.push(child.textContent);
      }
    };
    walk(file.xml(path).documentElement);
    texts.push(file.text(path));
  }
  return texts.map((t) =>
    t.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
  );
}
