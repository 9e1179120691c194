import { formatText } from '../../../src/excel-sim/model/formatText';

describe('Range.text', () => {
  test.each([
    [12, 'General', '12'],
    [0.1 + 0.2, 'General', '0.3'],
    [1234.5, '#,##0.00', '1,234.50'],
    [0.685, '0%', '69%'],
    [44963, 'dd/mm/yyyy', '06/02/2023'],
    [44963.4375, 'd mmm yyyy h:mm', '6 Feb 2023 10:30'],
    [true, 'General', 'TRUE'],
    ['=literal', '@', '=literal'],
  ])('%j as %j is %j', (value, format, text) => {
    expect(formatText(value, format)).toBe(text);
  });
});
