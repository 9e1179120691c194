/**
 * Every write to one case's row takes its turn here, so no two are ever in flight together:
 * co-authoring rows and Excel's request queue both make concurrent writes to one row a way to lose answers.
 */
export class WriteLock {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `work` once every earlier write has finished, whether it succeeded or not. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const run = this.tail.then(work, work);
    this.tail = run.catch(() => undefined);
    return run;
  }
}
