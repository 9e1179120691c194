/** What Office tells us about its theme (Office.context.officeTheme); older clients lack isDarkTheme. */
export interface OfficeThemeColors {
  readonly isDarkTheme?: boolean;
  readonly bodyBackgroundColor?: string;
}

/** Relative luminance of a #rrggbb colour, 0 (black) to 1 (white); null when it is not one. */
export function luminance(hex: string): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return null;
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Whether the pane should be dark: Office's own flag when it gives one, else its background's brightness. */
export function isDarkOfficeTheme(theme: OfficeThemeColors | undefined): boolean {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme;
  const light = theme.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : null;
  return light !== null && light < 0.2;
}
