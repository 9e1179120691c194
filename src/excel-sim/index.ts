export { SimWorkbook, type SimCell, type SimWorkbookOptions } from './SimWorkbook';
export { SimError, type SimErrorCode } from './SimError';
export type { SimStats } from './api/SimBackend';
export type { WorkbookSnapshot, SheetSnapshot } from './snapshot';
export { UNCALCULATED } from './model/formula';
