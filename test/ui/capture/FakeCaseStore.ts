import type { Answer } from '../../../src/core/cases/CaseEvaluation';
import type {
  CaseStatus,
  CaseStore,
  CaseSummary,
  Escalation,
  OpenedCase,
  SaveRequest,
  SaveResult,
} from '../../../src/core/cases/CaseStore';
import { sameAnswer } from '../../../src/ui/capture/sameAnswer';

interface FakeRow {
  auditor: string;
  status: CaseStatus;
  version: number;
  lastSaved: string;
  savedBy: string;
  answers: Map<string, Answer>;
  escalations: Escalation[];
}

/**
 * An in-memory CaseStore with the Audit sheet's rules (a cell that no longer holds `previous` is a
 * conflict unless `overwrite`), plus switches to make it fail, hold saves until released, and let a
 * co-author change a cell, so the pane's unhappy paths can be tested.
 */
export class FakeCaseStore implements CaseStore {
  readonly rows = new Map<string, FakeRow>();
  readonly saves: SaveRequest[] = [];
  inFlight = 0;
  maxInFlight = 0;
  private failures: string[] = [];
  private held: (() => void)[] = [];
  private holding = false;
  private clock = 0;

  addCase(
    caseId: string,
    auditor: string,
    answers: Record<string, Answer> = {},
    status: CaseStatus = 'Not started',
  ) {
    const row = { auditor, status, version: 1, lastSaved: '', savedBy: '', escalations: [] };
    this.rows.set(caseId, { ...row, answers: new Map(Object.entries(answers)) });
    return this;
  }

  /** The next `count` writes fail with `message` (a thrown error when `thrown`). */
  failNext(count: number, message = 'Excel is busy: a cell is being edited.') {
    for (let i = 0; i < count; i++) this.failures.push(message);
  }

  /** Writes work again. */
  heal() {
    this.failures = [];
  }

  /** Writes wait until release() (or releaseOne()) is called. */
  hold() {
    this.holding = true;
  }

  releaseOne() {
    this.held.shift()?.();
  }

  release() {
    this.holding = false;
    for (const go of this.held.splice(0)) go();
  }

  get heldCount() {
    return this.held.length;
  }

  /** A co-author saves a cell of the row. */
  coauthor(caseId: string, question: string, answer: Answer, by = 'Sam Co-author') {
    const row = this.row(caseId);
    row.answers.set(question, answer);
    row.version += 1;
    row.savedBy = by;
  }

  listCases(): Promise<readonly CaseSummary[]> {
    return Promise.resolve(
      [...this.rows].map(([caseId, r]) => ({
        caseId,
        auditor: r.auditor,
        status: r.status,
        lastSaved: r.lastSaved,
      })),
    );
  }

  openCase(caseId: string): Promise<OpenedCase> {
    const r = this.row(caseId);
    const { auditor, status, version, lastSaved, savedBy } = r;
    const opened = {
      caseId,
      auditor,
      status,
      version,
      lastSaved,
      savedBy,
      escalations: r.escalations.length,
    };
    return Promise.resolve({ ...opened, answers: new Map(r.answers), invalid: new Map<string, string>() });
  }

  async saveAnswer(request: SaveRequest): Promise<SaveResult> {
    this.saves.push(request);
    return this.write(() => {
      const row = this.row(request.caseId);
      const inCell = row.answers.get(request.question) ?? null;
      if (!request.overwrite && !sameAnswer(inCell, request.previous)) {
        return { kind: 'conflict', theirs: inCell, version: row.version, savedBy: row.savedBy };
      }
      row.answers.set(request.question, request.answer);
      return this.stamp(row, request.auditor);
    });
  }

  async setStatus(
    caseId: string,
    status: CaseStatus,
    auditor: string,
    baseVersion: number,
  ): Promise<SaveResult> {
    return this.write(() => {
      const row = this.row(caseId);
      if (row.version !== baseVersion) {
        return { kind: 'conflict', theirs: null, version: row.version, savedBy: row.savedBy };
      }
      row.status = status;
      return this.stamp(row, auditor);
    });
  }

  async escalate(caseId: string, escalation: Escalation): Promise<void> {
    const result = await this.write(() => {
      this.row(caseId).escalations.push(escalation);
      return { kind: 'saved', version: 0, savedAt: '' };
    });
    if (result.kind === 'failed') throw new Error(result.message);
  }

  private async write(apply: () => SaveResult): Promise<SaveResult> {
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      if (this.holding) await new Promise<void>((go) => this.held.push(go));
      await Promise.resolve();
      const failure = this.failures.shift();
      if (failure !== undefined) return { kind: 'failed', message: failure };
      return apply();
    } finally {
      this.inFlight -= 1;
    }
  }

  private stamp(row: FakeRow, auditor: string): SaveResult {
    row.version += 1;
    row.savedBy = auditor;
    row.lastSaved = `2023-02-0${(this.clock++ % 9) + 1}T10:00:00`;
    return { kind: 'saved', version: row.version, savedAt: row.lastSaved };
  }

  private row(caseId: string): FakeRow {
    const row = this.rows.get(caseId);
    if (!row) throw new Error(`No case ${caseId} on the Audit sheet.`);
    return row;
  }
}
