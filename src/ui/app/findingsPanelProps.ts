import type { AuditWorkbook } from '../../excel/AuditWorkbook';
import type { FindingsPanelProps } from '../findings';

/** The workbook calls the Findings panel needs; a Pick so the shell's tests can pass a fake. */
export type FindingsPort = Pick<AuditWorkbook, 'refreshFindings' | 'selectCases' | 'prepareBoardCopy'>;

/**
 * Wires the Findings panel to the workbook. In Excel the board copy opens as a new workbook; where it
 * cannot (the browser preview), the bytes go to the panel so it can offer a download.
 */
export function findingsPanelProps(
  workbook: FindingsPort,
  onSelectCell: (sheet: string, cell: string) => void,
): FindingsPanelProps {
  return {
    onRefresh: async ({ includeInProgress, onProgress }) => {
      const report = await workbook.refreshFindings({
        includeInProgress,
        onProgress: (step, fraction) => onProgress({ step, fraction }),
      });
      return {
        findings: report.findings,
        summary: {
          sheetsWritten: report.sheets,
          charts: report.charts,
          issues: report.findings.issues.length,
        },
      };
    },
    onSelectCases: async (caseIds) => {
      await workbook.selectCases(caseIds);
    },
    onSelectCell,
    onPrepareBoardCopy: async () => {
      const copy = await workbook.prepareBoardCopy();
      const { fileName, summary } = copy;
      return copy.opened ? { fileName, summary } : { fileName, summary, bytes: copy.bytes };
    },
  };
}
