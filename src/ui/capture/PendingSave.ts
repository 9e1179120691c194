import type { Answer } from '../../core/cases/CaseEvaluation';
import type { SaveState } from './SaveState';

/** Where an unsaved answer is: waiting its turn, being sent, backing off, given up on, or in conflict. */
export type PendingPhase = 'queued' | 'inflight' | 'waiting' | 'stopped' | 'conflict';

/** An answer the workbook does not hold yet. `gen` tells a stale save result from the latest edit. */
export class PendingSave {
  phase: PendingPhase = 'queued';
  attempts = 0;
  overwrite = false;
  message = '';
  theirs: Answer = null;
  savedBy = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    public answer: Answer,
    public gen: number,
  ) {}

  /** Back in the queue now, with any scheduled retry cancelled. */
  requeue(): void {
    this.stopTimer();
    this.phase = 'queued';
  }

  stopTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The store wrote this answer: a later failure starts its backoff afresh. */
  landed(): void {
    this.overwrite = false;
    this.attempts = 0;
  }

  /** Whatever is on screen now, the cell holds someone else's answer: the auditor decides. */
  conflicted(theirs: Answer, savedBy: string): void {
    this.phase = 'conflict';
    this.theirs = theirs;
    this.savedBy = savedBy;
    this.overwrite = false;
  }

  /**
   * Waits the next of `delays` and then calls `due`, unless the auditor has acted meanwhile; once the
   * delays run out (or the case is closing) it stops and the auditor presses Retry.
   */
  retryLater(delays: readonly number[], closing: boolean, due: () => void): void {
    const delay = delays[this.attempts - 1];
    if (closing || delay === undefined) {
      this.phase = 'stopped';
      return;
    }
    this.phase = 'waiting';
    this.timer = setTimeout(() => {
      if (this.phase !== 'waiting') return;
      this.requeue();
      due();
    }, delay);
  }

  get saveState(): SaveState {
    switch (this.phase) {
      case 'queued':
      case 'inflight':
        return { state: 'saving' };
      case 'waiting':
      case 'stopped':
        return { state: 'failed', message: this.message, retrying: this.phase === 'waiting' };
      case 'conflict':
        return { state: 'conflict', theirs: this.theirs, savedBy: this.savedBy };
    }
  }
}
