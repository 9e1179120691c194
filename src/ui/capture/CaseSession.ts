import type { Answer, CaseEvaluation } from '../../core/cases/CaseEvaluation';
import type { CaseStore, OpenedCase, SaveResult } from '../../core/cases/CaseStore';
import { evaluateCase } from '../../core/cases/evaluateCase';
import type { QuestionSet } from '../../core/questions/QuestionSet';
import { sameAnswer } from './sameAnswer';
import type { CaseSessionSnapshot, CompleteOutcome, Evaluate, SaveState } from './SaveState';

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

/** An answer the workbook does not hold yet. `gen` tells a stale save result from the latest edit. */
interface Pending {
  answer: Answer;
  gen: number;
  phase: 'queued' | 'inflight' | 'waiting' | 'stopped' | 'conflict';
  attempts: number;
  overwrite: boolean;
  message: string;
  theirs: Answer;
  savedBy: string;
  timer: ReturnType<typeof setTimeout> | undefined;
}

const DEFAULT_RETRY_DELAYS_MS = [1000, 3000, 10000, 30000];

/**
 * One opened case in the pane, free of React. Every answer shows at once and is saved through the
 * store one save at a time per case (co-authoring rows and Excel's request queue both make
 * concurrent writes to one row a way to lose answers); rapid edits to one question coalesce into one
 * save of the latest value. Failed saves stay on screen and retry with backoff; conflicts wait for
 * the auditor to keep theirs or mine.
 */
export class CaseSession {
  static async open(options: CaseSessionOptions, caseId: string): Promise<CaseSession> {
    return new CaseSession(options, await options.store.openCase(caseId));
  }

  private readonly answers: Map<string, Answer>;
  private readonly invalid: Map<string, string>;
  /** What we know the workbook holds: sent as `previous` so the store can spot a co-author's change. */
  private readonly confirmed: Map<string, Answer>;
  private readonly pending = new Map<string, Pending>();
  private readonly settled = new Map<string, SaveState>();
  private readonly listeners = new Set<() => void>();
  private readonly idleWaiters: (() => void)[] = [];
  private readonly retryDelays: readonly number[];
  private version: number;
  private status: OpenedCase['status'];
  private lastSaved: string;
  private savedBy: string;
  private escalations: number;
  private inflight: string | null = null;
  private pumping = false;
  private disposed = false;
  private lock: Promise<unknown> = Promise.resolve();
  private gen = 0;
  private snapshot: CaseSessionSnapshot;

  constructor(
    private readonly options: CaseSessionOptions,
    private readonly opened: OpenedCase,
  ) {
    this.answers = new Map(opened.answers);
    this.confirmed = new Map(opened.answers);
    this.invalid = new Map(opened.invalid);
    this.retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.version = opened.version;
    this.status = opened.status;
    this.lastSaved = opened.lastSaved;
    this.savedBy = opened.savedBy;
    this.escalations = opened.escalations;
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
    if (this.disposed) throw new Error(`Case ${this.caseId} is closed; reopen it to change answers.`);
    this.answers.set(question, value);
    this.invalid.delete(question);
    const entry = this.pending.get(question);
    if (entry) {
      entry.answer = value;
      entry.gen = ++this.gen;
      // A conflict waits for the auditor's choice; anything else goes (back) to the queue now.
      if (entry.phase !== 'conflict') this.requeue(entry);
    } else if (!sameAnswer(value, this.confirmed.get(question) ?? null)) {
      this.pending.set(question, newPending(value, ++this.gen));
      this.settled.delete(question);
    }
    this.changed();
    void this.pump();
  }

  /** Sends failed saves again now (one question, or all). */
  retry(question?: string): void {
    for (const [name, entry] of this.pending) {
      if (question !== undefined && name !== question) continue;
      if (entry.phase === 'waiting' || entry.phase === 'stopped') {
        entry.attempts = 0;
        this.requeue(entry);
      }
    }
    this.changed();
    void this.pump();
  }

  /** Conflict: write my answer over the co-author's. */
  keepMine(question: string): void {
    const entry = this.pending.get(question);
    if (entry?.phase !== 'conflict') return;
    this.confirmed.set(question, entry.theirs);
    entry.overwrite = true;
    entry.attempts = 0;
    this.requeue(entry);
    this.changed();
    void this.pump();
  }

  /** Conflict: show the co-author's answer, which is already in the workbook, and drop mine. */
  takeTheirs(question: string): void {
    const entry = this.pending.get(question);
    if (entry?.phase !== 'conflict') return;
    this.answers.set(question, entry.theirs);
    this.confirmed.set(question, entry.theirs);
    this.pending.delete(question);
    this.settled.delete(question);
    this.changed();
  }

  /** True while any answer on screen is not known to be in the workbook. */
  hasUnsaved(): boolean {
    return this.pending.size > 0;
  }

  /** Sends everything now (scheduled retries included) and resolves once nothing is queued or in flight. */
  async flush(): Promise<boolean> {
    for (const entry of this.pending.values()) {
      if (entry.phase === 'waiting') this.requeue(entry);
    }
    void this.pump();
    await new Promise<void>((resolve) => {
      this.idleWaiters.push(resolve);
      this.notifyIdle();
    });
    return !this.hasUnsaved();
  }

  /** Runs the engine's checks; only a clean, fully saved case is marked Complete in the workbook. */
  async complete(): Promise<CompleteOutcome> {
    if (!(await this.flush())) return { kind: 'unsaved', count: this.pending.size };
    const issues = this.snapshot.evaluation.issues;
    if (issues.length > 0) return { kind: 'issues', issues };
    const { store, auditor } = this.options;
    const result = await this.exclusive(() =>
      safely(() => store.setStatus(this.caseId, 'Complete', auditor, this.version)),
    );
    if (result.kind === 'conflict') return { kind: 'conflict', savedBy: result.savedBy };
    if (result.kind === 'failed') return { kind: 'failed', message: result.message };
    this.status = 'Complete';
    this.recordSaved(result.version, result.savedAt);
    this.changed();
    return { kind: 'complete' };
  }

  /** Records a safeguarding escalation; rejects with the store's message if it could not be written. */
  async escalate(reason: string, agreedWith: string): Promise<void> {
    if (reason.trim() === '') throw new Error('Enter the reason for the escalation.');
    const escalation = {
      reason: reason.trim(),
      agreedWith: agreedWith.trim(),
      raisedBy: this.options.auditor,
    };
    await this.exclusive(() => this.options.store.escalate(this.caseId, escalation));
    this.escalations += 1;
    this.changed();
  }

  /** Closing the case loses nothing: stops retry timers, sends what is left and says whether all landed. */
  async dispose(): Promise<boolean> {
    this.disposed = true;
    const saved = await this.flush();
    for (const entry of this.pending.values()) clearTimeout(entry.timer);
    return saved;
  }

  private requeue(entry: Pending): void {
    clearTimeout(entry.timer);
    entry.timer = undefined;
    entry.phase = 'queued';
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (let next = this.nextQueued(); next !== undefined; next = this.nextQueued()) {
        const question = next;
        await this.exclusive(() => this.send(question));
      }
    } finally {
      this.pumping = false;
      this.notifyIdle();
    }
  }

  private nextQueued(): string | undefined {
    for (const [name, entry] of this.pending) if (entry.phase === 'queued') return name;
    return undefined;
  }

  /** Every write to this case's row takes its turn here, so no two are ever in flight together. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.lock.then(work, work);
    this.lock = run.catch(() => undefined);
    return run;
  }

  private async send(question: string): Promise<void> {
    const entry = this.pending.get(question);
    if (entry?.phase !== 'queued') return;
    const { gen, answer } = entry;
    entry.phase = 'inflight';
    this.inflight = question;
    this.changed();
    const result = await safely(() =>
      this.options.store.saveAnswer({
        caseId: this.caseId,
        question,
        answer,
        previous: this.confirmed.get(question) ?? null,
        baseVersion: this.version,
        auditor: this.options.auditor,
        ...(entry.overwrite ? { overwrite: true } : {}),
      }),
    );
    this.inflight = null;
    this.settle(question, entry, gen, answer, result);
    this.changed();
  }

  private settle(question: string, entry: Pending, gen: number, answer: Answer, result: SaveResult): void {
    const latest = entry.gen === gen;
    if (result.kind === 'saved') {
      this.confirmed.set(question, answer);
      this.recordSaved(result.version, result.savedAt);
      entry.overwrite = false;
      entry.attempts = 0;
      if (latest) {
        this.pending.delete(question);
        this.settled.set(question, { state: 'saved', savedAt: result.savedAt });
      }
    } else if (result.kind === 'conflict') {
      // Whatever is on screen now, the cell holds someone else's answer: the auditor decides.
      Object.assign(entry, { phase: 'conflict', theirs: result.theirs, savedBy: result.savedBy });
      entry.overwrite = false;
    } else {
      entry.attempts += 1;
      entry.message = result.message;
      if (latest) this.scheduleRetry(entry);
    }
  }

  private scheduleRetry(entry: Pending): void {
    const delay = this.retryDelays[entry.attempts - 1];
    if (this.disposed || delay === undefined) {
      entry.phase = 'stopped';
      return;
    }
    entry.phase = 'waiting';
    entry.timer = setTimeout(() => {
      if (entry.phase !== 'waiting') return;
      this.requeue(entry);
      this.changed();
      void this.pump();
    }, delay);
  }

  private recordSaved(version: number, savedAt: string): void {
    this.version = version;
    this.lastSaved = savedAt;
    this.savedBy = this.options.auditor;
  }

  private notifyIdle(): void {
    if (this.pumping || this.inflight !== null || this.nextQueued() !== undefined) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private changed(): void {
    this.snapshot = this.buildSnapshot();
    for (const listener of [...this.listeners]) listener();
  }

  private buildSnapshot(): CaseSessionSnapshot {
    const answers = new Map(this.answers);
    const invalid = new Map(this.invalid);
    const evaluation: CaseEvaluation = (this.options.evaluate ?? evaluateCase)(this.options.questionSet, {
      id: this.caseId,
      answers,
      invalid,
    });
    const saves = new Map(this.settled);
    for (const [name, entry] of this.pending) saves.set(name, saveStateOf(entry));
    return {
      caseId: this.caseId,
      answers,
      invalid,
      evaluation,
      saves,
      version: this.version,
      status: this.status,
      caseAuditor: this.opened.auditor,
      lastSaved: this.lastSaved,
      savedBy: this.savedBy,
      escalations: this.escalations,
    };
  }
}

function newPending(answer: Answer, gen: number): Pending {
  return {
    answer,
    gen,
    phase: 'queued',
    attempts: 0,
    overwrite: false,
    message: '',
    theirs: null,
    savedBy: '',
    timer: undefined,
  };
}

function saveStateOf(entry: Pending): SaveState {
  switch (entry.phase) {
    case 'queued':
    case 'inflight':
      return { state: 'saving' };
    case 'waiting':
    case 'stopped':
      return { state: 'failed', message: entry.message, retrying: entry.phase === 'waiting' };
    case 'conflict':
      return { state: 'conflict', theirs: entry.theirs, savedBy: entry.savedBy };
  }
}

/** A store that throws is a failed save, said in words, never an unhandled rejection. */
async function safely(work: () => Promise<SaveResult>): Promise<SaveResult> {
  try {
    return await work();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', message: message || 'The workbook did not accept the change.' };
  }
}
