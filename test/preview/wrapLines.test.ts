import { wrapLines } from '../../src/preview/wrapLines';

/** Ten pixels a character, so widths read as characters. */
const chars = (s: string): number => s.length * 10;

test.each([
  ['', 1],
  ['short', 1],
  ['two word', 1], // exactly 80px
  ['Who made the contact', 3], // "Who made" / "the" / "contact" in 8 characters
  ['one\ntwo', 2],
  ['abcdefghijklmnopqrst', 3], // a word wider than the cell breaks inside: 8 + 8 + 4
])('%j takes %d lines in 80px', (text, lines) => {
  expect(wrapLines(text, 80, chars)).toBe(lines);
});
