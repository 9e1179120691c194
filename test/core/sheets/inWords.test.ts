import { inWords } from '../../../src/core/sheets/inWords';

test('lists names as a sentence does', () => {
  expect([[], ['A'], ['A', 'B'], ['A', 'B', 'C']].map((names) => inWords(names))).toEqual([
    '',
    'A',
    'A and B',
    'A, B and C',
  ]);
});
