/**
 * A report the writer cannot turn into a file Excel would open without "repairs". It names the sheet and the
 * cell (or the part) so the layout can be fixed; nothing is written.
 */
export class XlsxError extends Error {
  constructor(
    readonly sheet: string,
    readonly cell: string,
    message: string,
  ) {
    super(cell === '' ? `Sheet '${sheet}': ${message}` : `Sheet '${sheet}', cell ${cell}: ${message}`);
    this.name = 'XlsxError';
  }
}
