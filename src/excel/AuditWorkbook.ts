import type {
  CaseStatus,
  CaseStore,
  CaseSummary,
  Escalation,
  OpenedCase,
  SaveRequest,
  SaveResult,
} from '../core/cases/CaseStore';
import { type Codec, createCodec } from '../core/codec/createCodec';
import type { QuestionSet } from '../core/questions/QuestionSet';
import { type NewCase, addCaseRows } from './addCaseRows';
import { appendEscalation } from './appendEscalation';
import { workbookError } from './AuditWorkbookError';
import type { BoardCopy } from './board/prepareBoardCopy';
import { selectCaseRow, selectCell, watchCaseSelection } from './caseSelection';
import type { ExcelHost } from './ExcelHost';
import { listCaseRows } from './listCaseRows';
import { openCaseRow } from './openCaseRow';
import { type LoadedQuestionSet, readQuestionSet } from './readQuestionSet';
import { saveCaseAnswer } from './saveCaseAnswer';
import type { RefreshOptions, RefreshReport } from './findings/RefreshReport';
import { setCaseStatus } from './setCaseStatus';
import { type SetUpResult, type SetUpSource, setUpAudit } from './setUpAudit';
import { SHEETS } from './workbookFormat';

export interface AuditWorkbookOptions {
  /** The clock behind "Last saved" and "Raised at"; injected so tests are reproducible. */
  readonly now?: () => Date;
}

/**
 * The audit workbook: "Set up audit", and the CaseStore the task pane captures answers through, on the
 * Audit sheet of whatever host it is given (Excel, or the simulated host in tests and the preview).
 * Every case operation finds its row by Case ID afresh; nothing about cases is kept here except the
 * question set used to read and write cells.
 */
export class AuditWorkbook implements CaseStore {
  private codec: Codec | null = null;
  private readonly now: () => Date;

  constructor(
    private readonly host: ExcelHost,
    options: AuditWorkbookOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
  }

  /** Creates or updates the audit's sheets; see docs/workbook-format.md. At most 4 round trips (3 today). */
  async setUp(source: SetUpSource): Promise<SetUpResult> {
    const result = await setUpAudit(this.host, source);
    if (result.questionSet !== null) this.useQuestionSet(result.questionSet);
    return result;
  }

  /** Reads the workbook's question set (after the pane opens on a workbook set up earlier). */
  async loadQuestionSet(): Promise<LoadedQuestionSet> {
    const loaded = await readQuestionSet(this.host);
    if (loaded.questionSet !== null) this.useQuestionSet(loaded.questionSet);
    return loaded;
  }

  useQuestionSet(questionSet: QuestionSet): void {
    this.codec = createCodec(questionSet);
  }

  listCases(): Promise<readonly CaseSummary[]> {
    return listCaseRows(this.host);
  }

  async openCase(caseId: string): Promise<OpenedCase> {
    return openCaseRow(this.host, await this.questionCodec(), caseId);
  }

  async saveAnswer(request: SaveRequest): Promise<SaveResult> {
    return saveCaseAnswer(this.host, await this.questionCodec(), request, this.now);
  }

  setStatus(caseId: string, status: CaseStatus, auditor: string, baseVersion: number): Promise<SaveResult> {
    return setCaseStatus(this.host, caseId, status, auditor, baseVersion, this.now);
  }

  escalate(caseId: string, escalation: Escalation): Promise<void> {
    return appendEscalation(this.host, caseId, escalation, this.now);
  }

  /** Adds rows for new cases (Not started); refuses an ID that is already there. */
  addCases(cases: readonly NewCase[]): Promise<void> {
    return addCaseRows(this.host, cases);
  }

  watchSelection(handler: (caseId: string | null) => void): Promise<() => Promise<void>> {
    return watchCaseSelection(this.host, handler);
  }

  selectCell(sheet: string, address: string): Promise<void> {
    return selectCell(this.host, sheet, address);
  }

  selectCase(caseId: string): Promise<void> {
    return selectCaseRow(this.host, caseId);
  }

  /** Rewrites the Findings and Data quality sheets from every Audit row; see src/excel/findings. */
  // Findings and the board copy load on first use (import()): auditors who only capture never download them,
  // which keeps the task pane's first load under its 250 KB budget (docs/decisions.md).
  async refreshFindings(options: Omit<RefreshOptions, 'now'> = {}): Promise<RefreshReport> {
    const { refreshFindings } = await import('./findings/refreshFindings');
    return refreshFindings(this.host, { ...options, now: this.now });
  }

  /** Drill-down: selects the Audit rows of these cases; returns the ids no longer on the sheet. */
  async selectCases(caseIds: readonly string[]): Promise<{ missing: string[] }> {
    const { selectCases } = await import('./findings/selectCases');
    return selectCases(this.host, caseIds);
  }

  /**
   * Prepare board copy: the findings with small numbers suppressed, in a new .xlsx with no case rows, names
   * or free text, opened as a new workbook where the host can; see src/excel/board. Reads only.
   */
  async prepareBoardCopy(): Promise<BoardCopy & { readonly opened: boolean }> {
    const { prepareBoardCopy } = await import('./board/prepareBoardCopy');
    return prepareBoardCopy(this.host, { now: this.now });
  }

  /** The codec of the question set in use, read from the workbook the first time it is needed. */
  private async questionCodec(): Promise<Codec> {
    if (this.codec !== null) return this.codec;
    const loaded = await this.loadQuestionSet();
    if (this.codec === null) {
      const first = loaded.issues[0];
      throw workbookError(
        first?.sheet ?? SHEETS.questions,
        first?.cell ?? '',
        `The audit's questions cannot be read, so no case can be opened or saved. ${loaded.issues.map((i) => i.message).join(' ')}`,
      );
    }
    return this.codec;
  }
}
