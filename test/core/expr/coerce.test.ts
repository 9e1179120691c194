import { toBoolean, toNumber, toText } from '../../../src/core/expr/coerce';

describe('toBoolean', () => {
  it.each([
    ['', false],
    ['no', true],
    ['false', true],
    [0, false],
    [NaN, false],
    [-2, true],
    [true, true],
    [false, false],
    [{ kind: 'date', days: 0 }, true],
  ] as const)('%p is %p', (value, expected) => expect(toBoolean(value)).toBe(expected));
});

describe('toNumber', () => {
  it.each([
    ['3', 3],
    [' -2.5 ', -2.5],
    ['.5', 0.5],
    ['7.', 7],
    [true, 1],
    [false, 0],
    [4.25, 4.25],
    [{ kind: 'date', days: 19394 }, 19394],
    [{ kind: 'dateTime', days: 19394.5 }, 19394.5],
  ] as const)('%p is %p', (value, expected) => expect(toNumber(value)).toBe(expected));

  it.each(['', ' ', 'abc', '1e3', '+1', '1,000', '3 4', '-', '.'])(
    '%p is NaN (not a plain decimal)',
    (value) => expect(toNumber(value)).toBeNaN(),
  );
});

describe('toText', () => {
  it.each([
    ['', ''],
    ['x y', 'x y'],
    [3, '3'],
    [-0, '0'],
    [2.5, '2.5'],
    [0.1 + 0.2, '0.3'],
    [1 / 3, '0.333333333333333'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [-1.5e-7, '-0.00000015'],
    [NaN, 'NaN'],
    [Infinity, 'Infinity'],
    [-Infinity, '-Infinity'],
    [true, 'true'],
    [false, 'false'],
    [{ kind: 'date', days: 19394 }, '2023-02-06'],
    [{ kind: 'dateTime', days: 19394.25 }, '2023-02-06T06:00:00'],
  ] as const)('%p is %p', (value, expected) => expect(toText(value)).toBe(expected));
});
