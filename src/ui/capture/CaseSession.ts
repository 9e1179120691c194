import type { CaseStore, OpenedCase } from '../../core/cases/CaseStore';
import { evaluateCase } from '../../core/cases/evaluateCase';
import type { Answer } from '../../core/cases/CaseEvaluation';
import type { QuestionSet } from '../../core/questions/QuestionSet';
import { CaseAnswers } from './CaseAnswers';
import { CaseRow } from './CaseRow';
import { SaveQueue } from './SaveQueue';
import type { CaseSessionSnapshot, CompleteOutcome, Evaluate } from './SaveState';
import { WriteLock } from './WriteLock';

export interface CaseSessionOptions {
  readonly store: CaseStore;
  readonly questionSet: QuestionSet;
  /** Who is answering: written as Saved by, and as Raised by on escalations. */
  readonly auditor: string;
  /** The engine; the core's evaluateCase unless a test or preview needs another clock. */
  readonly evaluate?: Evaluate;
  /** Waits before each automatic retry of a failed save; after the last one the auditor presses Retry. */
  readonly retryDelaysMs?: readonly number[];
}

const DEFAULT_RETRY_DELAYS_MS = [1000, 3000, 10000, 30000];

/**
 * One opened case in the pane, free of React. Every answer shows at once and is saved through the
 * store one save at a time per case (co-authoring rows and Excel's request queue both make
 * concurrent writes to one row a way to lose answers); see SaveQueue for retries and conflicts.
 */
export class CaseSession {
  static async open(options: CaseSessionOptions, caseId: string): Promise<CaseSession> {
    return new CaseSession(options, await options.store.openCase(caseId));
  }

  private readonly answers: CaseAnswers;
  private readonly queue: SaveQueue;
  private readonly lock = new WriteLock();
  private readonly listeners = new Set<() => void>();
  private readonly row: CaseRow;
  private snapshot: CaseSessionSnapshot;

  constructor(
    private readonly options: CaseSessionOptions,
    private readonly opened: OpenedCase,
  ) {
    this.row = new CaseRow(opened, options.store, options.auditor, this.lock);
    this.answers = new CaseAnswers(opened, options.questionSet, options.evaluate ?? evaluateCase);
    this.queue = new SaveQueue({
      caseId: opened.caseId,
      store: options.store,
      auditor: options.auditor,
      retryDelaysMs: options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
      lock: this.lock,
      saved: opened.answers,
      baseVersion: () => this.row.baseVersion,
      recordSaved: (version, savedAt) => this.row.recordSaved(version, savedAt),
      changed: () => this.changed(),
    });
    this.snapshot = this.buildSnapshot();
  }

  get caseId(): string {
    return this.opened.caseId;
  }

  readonly getSnapshot = (): CaseSessionSnapshot => this.snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Shows the answer at once and queues its save; a newer edit of a queued question replaces it. */
  answer(question: string, value: Answer): void {
    if (this.queue.closed) throw new Error(`Case ${this.caseId} is closed; reopen it to change answers.`);
    this.answers.set(question, value);
    this.queue.enqueue(question, value);
  }

  /** Sends failed saves again now (one question, or all). */
  retry(question?: string): void {
    this.queue.retry(question);
  }

  /** Conflict: write my answer over the co-author's. */
  keepMine(question: string): void {
    this.queue.keepMine(question);
  }

  /** Conflict: show the co-author's answer, which is already in the workbook, and drop mine. */
  takeTheirs(question: string): void {
    const theirs = this.queue.takeTheirs(question);
    if (theirs === undefined) return;
    this.answers.set(question, theirs);
    this.changed();
  }

  /** True while any answer on screen is not known to be in the workbook. */
  hasUnsaved(): boolean {
    return this.queue.unsaved > 0;
  }

  /** Sends everything now (scheduled retries included) and resolves once nothing is queued or in flight. */
  flush(): Promise<boolean> {
    return this.queue.flush();
  }

  /** Runs the engine's checks; only a clean, fully saved case is marked Complete in the workbook. */
  async complete(): Promise<CompleteOutcome> {
    if (!(await this.flush())) return { kind: 'unsaved', count: this.queue.unsaved };
    const issues = this.snapshot.evaluation.issues;
    if (issues.length > 0) return { kind: 'issues', issues };
    const outcome = await this.row.markComplete(this.caseId);
    if (outcome.kind === 'complete') this.changed();
    return outcome;
  }

  /** Records a safeguarding escalation; rejects with the store's message if it could not be written. */
  async escalate(reason: string, agreedWith: string): Promise<void> {
    await this.row.escalate(this.caseId, reason, agreedWith);
    this.changed();
  }

  /** Closing the case loses nothing: stops retry timers, sends what is left and says whether all landed. */
  dispose(): Promise<boolean> {
    return this.queue.close();
  }

  private changed(): void {
    this.snapshot = this.buildSnapshot();
    for (const listener of [...this.listeners]) listener();
  }

  private buildSnapshot(): CaseSessionSnapshot {
    return {
      caseId: this.caseId,
      ...this.answers.evaluated(),
      saves: this.queue.saveStates(),
      ...this.row.fields(),
      caseAuditor: this.opened.auditor,
    };
  }
}
