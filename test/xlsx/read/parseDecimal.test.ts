import fc from 'fast-check';
import { parseDecimal } from '../../../src/xlsx/read/parseDecimal';
import { utf8 } from '../../../src/xlsx/utf8';

const parse = (text: string) => {
  const bytes = utf8(`<v>${text}</v>`);
  return parseDecimal(bytes, 3, bytes.length - 4);
};

describe('parseDecimal', () => {
  it('gives the very double Number() gives for every plain decimal of up to 15 digits', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.stringMatching(/^[0-9]{1,15}$/),
        fc.nat({ max: 15 }),
        (negative, digits, point) => {
          const at = Math.min(point, digits.length - 1);
          const text = `${negative ? '-' : ''}${at === 0 ? digits : `${digits.slice(0, at)}.${digits.slice(at)}`}`;
          expect(Object.is(parse(text), Number(text))).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
    expect(Object.is(parse('-0'), -0)).toBe(true);
    expect(parse('0.1')).toBe(0.1);
    expect(parse('45292.375')).toBe(45292.375);
  });

  it('leaves every other form to Number (NaN here), so no rounding of its own can creep in', () => {
    for (const text of [
      '',
      '-',
      '.5',
      '1.',
      '1e3',
      '1E-3',
      ' 7',
      '7 ',
      '1.2.3',
      '--1',
      '+1',
      '0x10',
      '1234567890123456',
      'abc',
    ])
      expect(parse(text)).toBeNaN();
  });
});
