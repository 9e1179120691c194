/**
 * What src/excel needs from Excel: its `run`. It is passed in, never taken from the global, so the same
 * code runs against Office, against the simulated host in tests and benchmarks, and in the browser preview.
 */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /**
   * Opens an .xlsx file (base64) as a new workbook: `Excel.createWorkbook` (ExcelApi 1.8) in Office. Absent
   * where there is no Excel to open it in (the browser preview), so callers offer the file instead.
   */
  createWorkbook?(base64: string): Promise<void>;
}
