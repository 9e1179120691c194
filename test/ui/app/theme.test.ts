import { isDarkOfficeTheme, luminance } from '../../../src/ui/app/theme';

test("Office's own dark flag wins over its colours", () => {
  expect(isDarkOfficeTheme({ isDarkTheme: true, bodyBackgroundColor: '#ffffff' })).toBe(true);
  expect(isDarkOfficeTheme({ isDarkTheme: false, bodyBackgroundColor: '#000000' })).toBe(false);
});

test('without the flag, a dark background means a dark theme', () => {
  expect(isDarkOfficeTheme({ bodyBackgroundColor: '#262626' })).toBe(true);
  expect(isDarkOfficeTheme({ bodyBackgroundColor: '#FFFFFF' })).toBe(false);
  expect(isDarkOfficeTheme({ bodyBackgroundColor: '#e6e6e6' })).toBe(false);
});

test('no theme or an unreadable colour falls back to light', () => {
  expect(isDarkOfficeTheme(undefined)).toBe(false);
  expect(isDarkOfficeTheme({ bodyBackgroundColor: 'black' })).toBe(false);
  expect(luminance('#12345')).toBeNull();
});

test('luminance runs from black to white', () => {
  expect(luminance('#000000')).toBe(0);
  expect(luminance('#ffffff')).toBeCloseTo(1);
  expect(luminance('808080')).toBeCloseTo(0.216, 3);
});
