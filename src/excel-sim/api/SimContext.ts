import { SimError } from '../SimError';
import type { ClientObjectBase } from './ClientObjectBase';
import { Execution } from './Execution';
import type { SimBackend } from './SimBackend';
import { WorkbookApi } from './WorkbookApi';

/** A queued operation: its estimated request bytes and what it does when the batch is synced. */
export interface Action {
  readonly bytes: number;
  run(exec: Execution): void;
}

/**
 * Runs before a session's sync reaches the workbook, with the sync's number in its Excel.run (1, 2, ...):
 * whatever it does (another session's run, a person's edit) lands first, as a co-author's change can
 * between a batch leaving the task pane and Excel carrying it out.
 */
export type BeforeSync = (n: number) => void | Promise<void>;

/** Excel.RequestContext for one Excel.run: queues operations and carries them out at sync(). */
export class SimContext {
  readonly workbook: WorkbookApi;
  readonly trackedObjects = {
    add: (_o: unknown): void => undefined,
    remove: (_o: unknown): void => undefined,
  };
  readonly debugInfo = {};
  private queue: Action[] = [];
  private queuedBytes = 0;
  private finished = false;
  private syncCount = 0;

  constructor(
    readonly backend: SimBackend,
    private readonly beforeSync?: BeforeSync,
  ) {
    this.workbook = new WorkbookApi(this);
  }

  get application(): WorkbookApi['application'] {
    return this.workbook.application;
  }

  get hasPending(): boolean {
    return this.queue.length > 0;
  }

  enqueue(action: Action): void {
    if (this.finished) {
      throw new SimError('InvalidOperation', {
        location: 'RequestContext',
        statement:
          'This Excel.run batch has finished; objects from it cannot be used again. Start a new Excel.run.',
      });
    }
    this.queue.push(action);
    this.queuedBytes += action.bytes;
  }

  load<T extends ClientObjectBase<unknown>>(object: T, spec?: unknown): T {
    object.load(spec);
    return object;
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    // The batch is what was queued when sync() was called, even if the hook's wait lets more be queued.
    const queue = this.queue;
    const bytes = this.queuedBytes;
    this.queue = [];
    this.queuedBytes = 0;
    const hook = this.beforeSync;
    if (hook === undefined) return this.send(queue, bytes, passThroughValue);
    const n = ++this.syncCount;
    return Promise.resolve()
      .then(() => hook(n))
      .then(() => this.send(queue, bytes, passThroughValue));
  }

  private send<T>(queue: readonly Action[], bytes: number, passThroughValue?: T): Promise<T> {
    let exec: Execution | undefined;
    try {
      exec = this.syncNow(queue, bytes);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    // Loaded values appear when the promise settles, never synchronously: office.js code must await.
    return Promise.resolve().then(() => {
      exec?.publishAll();
      return passThroughValue as T;
    });
  }

  /** Runs the batch now; loaded values reach proxies when the returned work is published. */
  private syncNow(queue: readonly Action[], bytes: number): Execution | undefined {
    const { backend } = this;
    const stats = backend.stats;
    stats.syncs++;
    if (queue.length === 0) return undefined;
    stats.requests++;
    stats.requestBytes += bytes;
    stats.largestRequestBytes = Math.max(stats.largestRequestBytes, bytes);
    if (bytes > backend.requestLimitBytes) {
      throw new SimError('RequestPayloadSizeLimitExceeded', {
        location: 'RequestContext.sync',
        statement: `This batch is about ${bytes} bytes; Excel on the web accepts ${backend.requestLimitBytes}. Split the writes into smaller batches with a sync between them. Nothing in this batch was applied.`,
      });
    }
    const before = backend.model.version;
    const exec = new Execution();
    try {
      for (const action of queue) action.run(exec);
    } finally {
      if (backend.model.version !== before) backend.changed();
    }
    stats.responseBytes += exec.responseBytes;
    stats.largestResponseBytes = Math.max(stats.largestResponseBytes, exec.responseBytes);
    if (exec.responseBytes > backend.responseLimitBytes) {
      throw new SimError('ResponsePayloadSizeLimitExceeded', {
        location: 'RequestContext.sync',
        statement: `The values loaded in this batch are about ${exec.responseBytes} bytes; Excel on the web returns at most ${backend.responseLimitBytes}. Load smaller ranges, syncing between them.`,
      });
    }
    return exec;
  }

  /** The implicit sync at the end of Excel.run, made only when operations are pending. */
  async finish(): Promise<void> {
    if (this.queue.length > 0) await this.sync();
    this.finished = true;
  }

  abandon(): void {
    this.queue = [];
    this.finished = true;
  }
}
