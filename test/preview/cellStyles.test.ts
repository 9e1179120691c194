import { DEFAULT_FORMAT } from '../../src/preview/cellFormatAt';
import { cellStyles } from '../../src/preview/cellStyles';

test('General alignment follows the value, as in Excel', () => {
  expect(cellStyles(DEFAULT_FORMAT, 'text').textAlign).toBe('left');
  expect(cellStyles(DEFAULT_FORMAT, 12).textAlign).toBe('right');
  expect(cellStyles(DEFAULT_FORMAT, true).textAlign).toBe('center');
  expect(cellStyles(DEFAULT_FORMAT, '#NAME?').textAlign).toBe('center');
  expect(cellStyles({ ...DEFAULT_FORMAT, horizontal: 'Center' }, 'text').textAlign).toBe('center');
});

test('font size is in points; a fill without a font colour keeps black text', () => {
  const style = cellStyles(
    { ...DEFAULT_FORMAT, size: 16, bold: true, underline: true, fill: '#FFFF00' },
    'x',
  );
  expect(style).toMatchObject({
    fontSize: '16pt',
    fontWeight: 700,
    textDecoration: 'underline',
    backgroundColor: '#FFFF00',
    color: '#000000',
  });
});

test("vertical alignment is Excel's: bottom by default, top where a wrapped range asks for it", () => {
  expect(cellStyles(DEFAULT_FORMAT, 'x').verticalAlign).toBe('bottom');
  expect(cellStyles({ ...DEFAULT_FORMAT, vertical: 'Top' }, 'x').verticalAlign).toBe('top');
  expect(cellStyles({ ...DEFAULT_FORMAT, vertical: 'Center' }, 'x').verticalAlign).toBe('middle');
});
