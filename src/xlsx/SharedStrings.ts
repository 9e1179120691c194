import { NS, XML_HEADER, xstring } from './xml';

/** The workbook's shared string table: each distinct text once, cells refer to it by index, as Excel writes. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly texts: string[] = [];
  private uses = 0;

  add(text: string): number {
    this.uses++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.texts.length;
      this.index.set(text, i);
      this.texts.push(text);
    }
    return i;
  }

  get size(): number {
    return this.texts.length;
  }

  xml(): string {
    // Leading/trailing spaces and line breaks survive only with xml:space="preserve".
    const items = this.texts.map((t) => `<si><t xml:space="preserve">${xstring(t)}</t></si>`);
    return (
      XML_HEADER +
      `<sst xmlns="${NS.main}" count="${this.uses}" uniqueCount="${this.texts.length}">${items.join('')}</sst>`
    );
  }
}
