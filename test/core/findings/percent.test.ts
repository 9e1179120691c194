import { formatPercent, percent } from '../../../src/core/findings/percent';

describe('percent', () => {
  it('rounds half up to whole numbers', () => {
    expect(percent(39, 43)).toBe(91); // 90.70
    expect(percent(1, 8)).toBe(13); // 12.5 exactly
    expect(percent(1, 200)).toBe(1); // 0.5 exactly
    expect(percent(30, 66)).toBe(45); // 45.45
    expect(percent(1, 66)).toBe(2); // 1.52
  });

  it('gives decimals when asked, still rounding exact halves up', () => {
    expect(percent(39, 43, 1)).toBe(90.7);
    expect(percent(1, 16, 1)).toBe(6.3); // 6.25
    expect(percent(1, 3, 2)).toBe(33.33);
  });

  it('has no percentage of nothing', () => {
    expect(percent(0, 0)).toBeNull();
  });

  it('prints with the chosen number of decimals', () => {
    expect(formatPercent(91, 0)).toBe('91%');
    expect(formatPercent(50, 1)).toBe('50.0%');
  });
});
