import { GridAxis } from '../../src/preview/GridAxis';
import { overflowEnd } from '../../src/preview/overflowEnd';

const columns = new GridAxis([64, 64, 64, 64]);

test('text runs over empty neighbours only as far as it needs', () => {
  expect(overflowEnd(['long text', '', '', ''], 0, 100, columns)).toBe(1);
  expect(overflowEnd(['long text', '', '', ''], 0, 200, columns)).toBe(3);
});

test('text stops at the first neighbour holding something, and at the last column', () => {
  expect(overflowEnd(['long text', '', 'x', ''], 0, 200, columns)).toBe(1);
  expect(overflowEnd(['long text', 0], 0, 200, columns)).toBe(0);
  expect(overflowEnd(['', '', '', 'long'], 3, 500, columns)).toBe(3);
});
