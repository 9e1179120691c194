import { GridAxis } from '../../src/preview/GridAxis';

test('offsets add up the sizes before each item', () => {
  const axis = new GridAxis([64, 200, 64]);
  expect([axis.start(0), axis.start(1), axis.start(2), axis.start(3)]).toEqual([0, 64, 264, 328]);
  expect(axis.total).toBe(328);
  expect(axis.size(1)).toBe(200);
});

test('the item at an offset is found by its span, clamped at both ends', () => {
  const axis = new GridAxis([64, 200, 64]);
  expect([-5, 0, 63, 64, 263, 264, 9999].map((x) => axis.indexAt(x))).toEqual([0, 0, 0, 1, 1, 2, 2]);
});
