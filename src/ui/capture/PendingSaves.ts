import type { Answer } from '../../core/cases/CaseEvaluation';
import type { SaveRequest } from '../../core/cases/CaseStore';
import { PendingSave } from './PendingSave';
import { sameAnswer } from './sameAnswer';
import type { SaveState } from './SaveState';

/** What one save sends, and which edit it carries (`gen`), so its result can be told stale or latest. */
export interface StartedSave {
  readonly entry: PendingSave;
  readonly gen: number;
  readonly request: Pick<SaveRequest, 'question' | 'answer' | 'previous' | 'overwrite'>;
}

/**
 * Every answer of one case that the workbook does not hold yet, against what it is known to hold.
 * The bookkeeping only: SaveQueue decides when to send.
 */
export class PendingSaves {
  /** What we know the workbook holds: sent as `previous` so the store can spot a co-author's change. */
  private readonly confirmed: Map<string, Answer>;
  private readonly pending = new Map<string, PendingSave>();
  private readonly settled = new Map<string, SaveState>();
  private gen = 0;

  constructor(saved: ReadonlyMap<string, Answer>) {
    this.confirmed = new Map(saved);
  }

  get size(): number {
    return this.pending.size;
  }

  /** A newer edit of a queued question replaces it; an edit back to what the workbook holds needs no save. */
  edit(question: string, value: Answer): void {
    const entry = this.pending.get(question);
    if (entry) {
      entry.answer = value;
      entry.gen = ++this.gen;
      // A conflict waits for the auditor's choice; anything else goes (back) to the queue now.
      if (entry.phase !== 'conflict') entry.requeue();
    } else if (!sameAnswer(value, this.confirmed.get(question) ?? null)) {
      this.pending.set(question, new PendingSave(value, ++this.gen));
      this.settled.delete(question);
    }
  }

  /** Failed saves (one question, or all) go back to the queue with their backoff reset. */
  retry(question?: string): void {
    for (const [name, entry] of this.pending) {
      if (question !== undefined && name !== question) continue;
      if (entry.phase === 'waiting' || entry.phase === 'stopped') {
        entry.attempts = 0;
        entry.requeue();
      }
    }
  }

  /** Conflict: queue my answer to be written over the co-author's. False when there is no conflict. */
  keepMine(question: string): boolean {
    const entry = this.pending.get(question);
    if (entry?.phase !== 'conflict') return false;
    this.confirmed.set(question, entry.theirs);
    entry.overwrite = true;
    entry.attempts = 0;
    entry.requeue();
    return true;
  }

  /** Conflict: drop mine; returns the co-author's answer (already in the workbook) for the screen. */
  takeTheirs(question: string): Answer | undefined {
    const entry = this.pending.get(question);
    if (entry?.phase !== 'conflict') return undefined;
    this.confirmed.set(question, entry.theirs);
    this.pending.delete(question);
    this.settled.delete(question);
    return entry.theirs;
  }

  /** Only questions touched in this session appear; the rest are idle. */
  saveStates(): Map<string, SaveState> {
    const saves = new Map(this.settled);
    for (const [name, entry] of this.pending) saves.set(name, entry.saveState);
    return saves;
  }

  nextQueued(): string | undefined {
    for (const [name, entry] of this.pending) if (entry.phase === 'queued') return name;
    return undefined;
  }

  /** Scheduled retries go now. */
  requeueWaiting(): void {
    for (const entry of this.pending.values()) if (entry.phase === 'waiting') entry.requeue();
  }

  stopTimers(): void {
    for (const entry of this.pending.values()) entry.stopTimer();
  }

  /** Marks a queued question in flight; undefined if the auditor has resolved it meanwhile. */
  start(question: string): StartedSave | undefined {
    const entry = this.pending.get(question);
    if (entry?.phase !== 'queued') return undefined;
    entry.phase = 'inflight';
    const previous = this.confirmed.get(question) ?? null;
    const request = {
      question,
      answer: entry.answer,
      previous,
      ...(entry.overwrite ? { overwrite: true } : {}),
    };
    return { entry, gen: entry.gen, request };
  }

  /** The workbook now holds `answer`; the question is saved only if nobody edited it since. */
  saved({ entry, gen, request }: StartedSave, savedAt: string): void {
    this.confirmed.set(request.question, request.answer);
    entry.landed();
    if (entry.gen !== gen) return;
    this.pending.delete(request.question);
    this.settled.set(request.question, { state: 'saved', savedAt });
  }
}
