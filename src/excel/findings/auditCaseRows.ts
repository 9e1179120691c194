import type { FindingsCase } from '../../core/findings/FindingsAccumulator';
import type { AuditCaseRow } from '../../core/report/PlanningRecords';
import type { CellValue } from '../../core/sheets/SheetData';
import { textOf } from '../caseCells';
import { findColumn } from '../headerRow';
import { AUDITOR } from '../workbookFormat';

/**
 * Collects each decoded Audit row's Case ID, status and auditor for coverage and progress while the rows
 * stream past (a few strings a case, not its answers). Without a Status column there is no progress to
 * report, so `rows()` is then undefined.
 */
export class AuditCaseRows {
  private readonly auditorAt: number;
  private readonly list: AuditCaseRow[] = [];
  private withoutStatus = false;

  constructor(header: readonly string[]) {
    this.auditorAt = findColumn(header, AUDITOR);
  }

  add(row: readonly CellValue[], record: FindingsCase): void {
    if (record.status === undefined) {
      this.withoutStatus = true;
      return;
    }
    const auditor = this.auditorAt < 0 ? '' : textOf(row[this.auditorAt]).trim();
    this.list.push({ id: record.id, status: record.status, auditor });
  }

  rows(): readonly AuditCaseRow[] | undefined {
    return this.withoutStatus ? undefined : this.list;
  }
}
