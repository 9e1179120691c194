import { formatAddress, parseAddress } from '../../../src/excel-sim/model/address';
import { thrown } from '../thrown';
import { MAX_COLUMNS, MAX_ROWS, shiftRect } from '../../../src/excel-sim/model/Rect';

describe('A1 addresses', () => {
  test.each([
    ['B3', undefined, { r0: 2, c0: 1, r1: 2, c1: 1 }],
    ['$A$1:C9', undefined, { r0: 0, c0: 0, r1: 8, c1: 2 }],
    ['C:E', undefined, { r0: 0, c0: 2, r1: MAX_ROWS - 1, c1: 4 }],
    ['2:5', undefined, { r0: 1, c0: 0, r1: 4, c1: MAX_COLUMNS - 1 }],
    ["'Case list'!A1", 'Case list', { r0: 0, c0: 0, r1: 0, c1: 0 }],
    ["'Bob''s'!B2", "Bob's", { r0: 1, c0: 1, r1: 1, c1: 1 }],
  ])('%s', (text, sheet, rect) => {
    expect(parseAddress(text)).toEqual(sheet === undefined ? { rect } : { sheet, rect });
  });

  test.each(['', 'A', 'A1:B2:C3', 'XFE1', 'A1048577', 'hello'])(
    '%j is rejected with InvalidArgument',
    (text) => {
      expect(thrown(() => parseAddress(text))).toMatchObject({ code: 'InvalidArgument' });
    },
  );

  test('formatting quotes sheet names that need it', () => {
    expect(formatAddress('Audit', { r0: 0, c0: 0, r1: 1, c1: 1 })).toBe('Audit!A1:B2');
    expect(formatAddress('Case list', { r0: 0, c0: 0, r1: 0, c1: 0 })).toBe("'Case list'!A1");
    expect(formatAddress('Q1', { r0: 0, c0: 0, r1: 0, c1: 0 })).toBe("'Q1'!A1");
  });
});

describe('references move as rows are inserted and deleted', () => {
  const r = { r0: 4, c0: 0, r1: 9, c1: 2 };
  test.each([
    [0, 2, { ...r, r0: 6, r1: 11 }],
    [5, 2, { ...r, r1: 11 }],
    [10, 2, r],
    [0, -2, { ...r, r0: 2, r1: 7 }],
    [3, -3, { ...r, r0: 3, r1: 6 }],
    [6, -2, { ...r, r1: 7 }],
    [4, -6, undefined],
  ])('at %i by %i', (at, count, expected) => {
    expect(shiftRect(r, 'rows', at, count)).toEqual(expected);
  });
});
