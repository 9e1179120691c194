import { listSource } from '../../src/excel/auditColumns';
import { firstRowOf } from '../../src/excel/caseSelection';
import { findHeaderRow } from '../../src/excel/headerRow';
import { locateCase } from '../../src/excel/locateCase';

describe('finding a case among the Case ID cells', () => {
  const ids = [['C-001'], [14], [' c-003 '], [null], ['C-001']];
  test('by ID typed as text or as a number, trimmed, ignoring case', () => {
    expect(locateCase(ids, '14')).toEqual({ kind: 'found', index: 1 });
    expect(locateCase(ids, 'C-003')).toEqual({ kind: 'found', index: 2 });
  });
  test('twice is a duplicate, never the first one', () => {
    expect(locateCase(ids, 'c-001')).toEqual({ kind: 'duplicate', indexes: [0, 4] });
  });
  test('blank or absent is missing', () => {
    expect(locateCase(ids, '')).toEqual({ kind: 'missing' });
    expect(locateCase(ids, 'C-404')).toEqual({ kind: 'missing' });
  });
});

test('the Audit header is the row holding Case ID, below the labels', () => {
  expect(findHeaderRow([[null], ['Label', 'Other'], ['case id', 'x']], 'Case ID')).toBe(2);
  expect(
    findHeaderRow([
      [null, ''],
      ['type', 'name'],
    ]),
  ).toBe(1);
});

test('an inline dropdown source cannot hold a comma or pass 255 characters', () => {
  expect(listSource(['Yes', 'No'])).toBe('Yes,No');
  expect(listSource(['Yes, clearly', 'No'])).toBeNull();
  expect(listSource([Array.from({ length: 256 }, () => 'x').join('')])).toBeNull();
});

test('the first row of a selection address', () => {
  expect(firstRowOf('Audit!C14:D20')).toBe(14);
  expect(firstRowOf('G4')).toBe(4);
});
