import fc from 'fast-check';
import { TextDecoder } from 'node:util';
import { utf8Text } from '../../../src/xlsx/read/bytesText';
import { utf8 } from '../../../src/xlsx/utf8';

describe('utf8Text', () => {
  const decoder = new TextDecoder();

  it('decodes every run as TextDecoder does, astral characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat({ max: 3 }), (text, pad) => {
        const bytes = utf8(`${'<'.repeat(pad)}${text}>`);
        expect(utf8Text(bytes, pad, bytes.length - 1)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('decodes malformed bytes as TextDecoder does (replacement characters), never throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        expect(utf8Text(bytes, 0, bytes.length)).toBe(decoder.decode(bytes));
      }),
      { numRuns: 2000 },
    );
    for (const bad of [
      [0xc0, 0x80],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xe2, 0x82],
      [0xf0, 0x9f, 0x98],
    ])
      expect(utf8Text(new Uint8Array(bad), 0, bad.length)).toBe(decoder.decode(new Uint8Array(bad)));
  });

  it('decodes a long run (past the hand decoder) alike', () => {
    const text = 'é😀 note '.repeat(300);
    const bytes = utf8(text);
    expect(utf8Text(bytes, 0, bytes.length)).toBe(text);
  });
});
