import fc from 'fast-check';
import { TextEncoder } from 'node:util';
import { utf8 } from '../../src/xlsx/utf8';

describe('utf8', () => {
  it('encodes every string as TextEncoder does, astral characters and lone surrogates included', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 50 }),
        fc.string({ unit: 'grapheme', maxLength: 20 }),
        (a, b) => {
          expect(Array.from(utf8(a + b))).toEqual(Array.from(encoder.encode(a + b)));
        },
      ),
      { numRuns: 300 },
    );
    expect(Array.from(utf8('\uD800x'))).toEqual(Array.from(encoder.encode('\uD800x')));
    expect(Array.from(utf8('\u{10000}'))).toEqual([240, 144, 128, 128]);
  });
});
