/**
 * What src/excel needs from Excel: its `run`. It is passed in, never taken from the global, so the same
 * code runs against Office, against the simulated host in tests and benchmarks, and in the browser preview.
 */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}
