import type { CaseStore } from '../../core/cases/CaseStore';
import type { AuditWorkbook } from '../../excel/AuditWorkbook';

/**
 * The workbook as the pane sees it: src/excel's AuditWorkbook on any host (Excel or simulated). The shell
 * names only what it calls, so its tests can drive it with a fake.
 */
export type AuditWorkbookPort = CaseStore &
  Pick<AuditWorkbook, 'setUp' | 'loadQuestionSet' | 'selectCell' | 'selectCase' | 'watchSelection'>;

/**
 * Where the auditor's name is remembered: only the shape the shell needs. Its one implementation is
 * src/ui/capture's auditorNameStore (on localStorage); tests pass a fake.
 */
export interface AuditorNames {
  load(): string;
  /** Returns whether the name could be remembered. */
  save(name: string): boolean;
}
