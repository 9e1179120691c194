import type { Answer } from '../../core/cases/CaseEvaluation';
import type { CaseStore } from '../../core/cases/CaseStore';
import { PendingSaves, type StartedSave } from './PendingSaves';
import { safely } from './safely';
import type { SaveState } from './SaveState';
import type { WriteLock } from './WriteLock';

export interface SaveQueueOptions {
  readonly caseId: string;
  readonly store: CaseStore;
  readonly auditor: string;
  readonly retryDelaysMs: readonly number[];
  /** Shared with the case's status changes, so those too wait for the save in flight. */
  readonly lock: WriteLock;
  /** What the workbook held when the case was opened. */
  readonly saved: ReadonlyMap<string, Answer>;
  /** The row Version each save is based on. */
  baseVersion(): number;
  recordSaved(version: number, savedAt: string): void;
  changed(): void;
}

/**
 * One case's answers on their way to the workbook, sent one save at a time; rapid edits to one
 * question coalesce into one save of the latest value. Failed saves stay on screen and retry with
 * backoff; conflicts wait for the auditor to keep theirs or mine.
 */
export class SaveQueue {
  private readonly saves: PendingSaves;
  private readonly idleWaiters: (() => void)[] = [];
  private inflight: string | null = null;
  private pumping = false;
  closed = false;

  constructor(private readonly options: SaveQueueOptions) {
    this.saves = new PendingSaves(options.saved);
  }

  get unsaved(): number {
    return this.saves.size;
  }

  saveStates(): Map<string, SaveState> {
    return this.saves.saveStates();
  }

  enqueue(question: string, value: Answer): void {
    this.saves.edit(question, value);
    this.changed();
  }

  retry(question?: string): void {
    this.saves.retry(question);
    this.changed();
  }

  keepMine(question: string): void {
    if (this.saves.keepMine(question)) this.changed();
  }

  takeTheirs(question: string): Answer | undefined {
    return this.saves.takeTheirs(question);
  }

  /** Sends everything now (scheduled retries included) and resolves once nothing is queued or in flight. */
  async flush(): Promise<boolean> {
    this.saves.requeueWaiting();
    void this.pump();
    await new Promise<void>((resolve) => {
      this.idleWaiters.push(resolve);
      this.notifyIdle();
    });
    return this.saves.size === 0;
  }

  /** Closing loses nothing: sends what is left, stops retry timers and says whether all landed. */
  async close(): Promise<boolean> {
    this.closed = true;
    const saved = await this.flush();
    this.saves.stopTimers();
    return saved;
  }

  private changed(): void {
    this.options.changed();
    void this.pump();
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (let next = this.saves.nextQueued(); next !== undefined; next = this.saves.nextQueued()) {
        const question = next;
        await this.options.lock.run(() => this.send(question));
      }
    } finally {
      this.pumping = false;
      this.notifyIdle();
    }
  }

  private async send(question: string): Promise<void> {
    const started = this.saves.start(question);
    if (!started) return;
    this.inflight = question;
    this.options.changed();
    const { store, caseId, auditor } = this.options;
    const result = await safely(() =>
      store.saveAnswer({ caseId, ...started.request, baseVersion: this.options.baseVersion(), auditor }),
    );
    this.inflight = null;
    if (result.kind === 'saved') {
      this.saves.saved(started, result.savedAt);
      this.options.recordSaved(result.version, result.savedAt);
    } else if (result.kind === 'conflict') {
      started.entry.conflicted(result.theirs, result.savedBy);
    } else {
      this.failed(started, result.message);
    }
    this.options.changed();
  }

  private failed({ entry, gen }: StartedSave, message: string): void {
    entry.attempts += 1;
    entry.message = message;
    if (entry.gen === gen) entry.retryLater(this.options.retryDelaysMs, this.closed, () => this.changed());
  }

  private notifyIdle(): void {
    if (this.pumping || this.inflight !== null || this.saves.nextQueued() !== undefined) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
