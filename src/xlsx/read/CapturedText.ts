import { textOf, utf8Text } from './bytesText';

/**
 * The text of an element (a `v`, or the `t` runs of a string) as it is scanned. Nearly always one run of
 * bytes, kept as its range so a number or an index can be read without making a string; a second run (rich
 * text, a comment or CDATA in between) turns it into strings, each run decoded on its own as before.
 */
export class CapturedText {
  private start = -1;
  private end = -1;
  private parts: string[] | null = null;

  constructor(private readonly bytes: Uint8Array) {}

  clear(): void {
    this.start = this.end = -1;
    this.parts = null;
  }

  /** Character data bytes[start, end), entities still to resolve. */
  add(start: number, end: number): void {
    if (this.parts === null && this.start < 0) [this.start, this.end] = [start, end];
    else this.strings().push(textOf(this.bytes, start, end));
  }

  /** CDATA content bytes[start, end), taken as it is. */
  addRaw(start: number, end: number): void {
    this.strings().push(utf8Text(this.bytes, start, end));
  }

  /** Whether the text is one run of bytes, bytes[runStart, runEnd), to be read without a string. */
  get single(): boolean {
    return this.parts === null && this.start >= 0;
  }

  get runStart(): number {
    return this.start;
  }

  get runEnd(): number {
    return this.end;
  }

  text(): string {
    if (this.parts !== null) return this.parts.join('');
    return this.start < 0 ? '' : textOf(this.bytes, this.start, this.end);
  }

  private strings(): string[] {
    if (this.parts === null) {
      this.parts = this.start < 0 ? [] : [textOf(this.bytes, this.start, this.end)];
      this.start = this.end = -1;
    }
    return this.parts;
  }
}
