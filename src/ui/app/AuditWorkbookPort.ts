import type { CaseStore } from '../../core/cases/CaseStore';
import type { AuditWorkbook } from '../../excel/AuditWorkbook';

/**
 * The workbook as the pane sees it: src/excel's AuditWorkbook on any host (Excel or simulated). The shell
 * names only what it calls, so its tests can drive it with a fake.
 */
export type AuditWorkbookPort = CaseStore &
  Pick<AuditWorkbook, 'setUp' | 'loadQuestionSet' | 'selectCell' | 'selectCase' | 'watchSelection'>;

/** Where the auditor's name is remembered (src/ui/capture's auditorNameStore, on localStorage). */
export interface AuditorNames {
  load(): string;
  /** Returns whether the name could be remembered. */
  save(name: string): boolean;
}
