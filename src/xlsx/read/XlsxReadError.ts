/**
 * Why a chosen file cannot be read as a workbook, said for the person who chose it: what the file is and what
 * to do (save it as .xlsx, without a password). The pane shows the message as it is.
 */
export class XlsxReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxReadError';
  }
}
