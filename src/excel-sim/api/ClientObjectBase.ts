import { SimError, propertyNotLoaded } from '../SimError';
import type { Execution } from './Execution';
import { parseLoad, type LoadTree } from './loadSpec';
import { ACTION_BYTES } from './payload';
import type { SimContext } from './SimContext';

/** Finds the model object an API object stands for, when the batch runs; null for a missing *OrNullObject. */
export type Resolver<M> = () => M | null;

/**
 * The behaviour every office.js proxy shares: it is created at once, resolved when its batch runs,
 * queues property sets and method calls, and only shows loaded properties after the sync.
 * Operations on a null object (an *OrNullObject that found nothing) are ignored.
 */
export abstract class ClientObjectBase<M> {
  protected readonly loaded = new Map<string, unknown>();
  private resolved: { model: M | null } | undefined;
  private nullKnown: boolean | undefined;

  constructor(
    readonly context: SimContext,
    private readonly resolver: Resolver<M>,
    /** Excel's class name, used in messages: "Range", "Worksheet"... */
    protected readonly entity: string,
  ) {}

  /** The scalar properties a bare load() brings. */
  protected abstract scalarNames(): readonly string[];
  /** A scalar property's value now (at sync time), copied so later changes do not leak into it. */
  protected abstract readScalar(model: M, name: string, exec: Execution): unknown;
  /** A navigation property's object, for loads like "format/font/bold". */
  protected navigation(_name: string): ClientObjectBase<unknown> | undefined {
    return undefined;
  }
  /** Throws when the model object no longer exists (e.g. its sheet was deleted). */
  protected check(_model: M): void {}

  /** At sync time: the model object, resolved once and then kept, as Excel keeps an object's identity. */
  resolveModel(): M | null {
    if (!this.resolved) this.resolved = { model: this.resolver() };
    const model = this.resolved.model;
    if (model !== null) this.check(model);
    return model;
  }

  /** At sync time, for children that cannot exist without their parent. */
  requireModel(): M | null {
    return this.resolveModel();
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) throw propertyNotLoaded('isNullObject', this.entity);
    return this.nullKnown;
  }

  protected noteNull(exec: Execution, model: M | null): void {
    exec.publish(() => {
      this.nullKnown = model === null;
    });
  }

  load(spec?: unknown): this {
    const tree = parseLoad(spec);
    this.context.enqueue({ bytes: ACTION_BYTES, run: (exec) => this.loadNow(tree, exec) });
    return this;
  }

  loadNow(tree: LoadTree, exec: Execution): void {
    const model = this.resolveModel();
    this.noteNull(exec, model);
    if (model === null) return;
    const names = tree.size === 0 ? this.scalarNames() : [...tree.keys()];
    const values: [string, unknown][] = [];
    for (const name of names) {
      const child = this.navigation(name);
      if (child) {
        child.loadNow(tree.get(name) ?? new Map<string, LoadTree>(), exec);
        continue;
      }
      if (!this.scalarNames().includes(name)) {
        throw new SimError('InvalidArgument', {
          location: `${this.entity}.load`,
          statement: `${this.entity} has no property "${name}" (the simulator knows: ${this.scalarNames().join(', ')}).`,
        });
      }
      values.push([name, this.readScalar(model, name, exec)]);
    }
    exec.publish(() => {
      for (const [name, value] of values) this.loaded.set(name, value);
    });
  }

  protected get<T>(name: string): T {
    if (this.loaded.has(name)) return this.loaded.get(name) as T;
    if (this.nullKnown === true) return null as T;
    throw propertyNotLoaded(name, this.entity);
  }

  /** A property write: remembered locally (as office.js does) and applied at sync. */
  protected set(name: string, value: unknown, apply: (model: M) => void, bytes = ACTION_BYTES): void {
    this.queue(apply, bytes);
    this.loaded.set(name, value);
  }

  /** A method call applied at sync. */
  protected queue(apply: (model: M, exec: Execution) => void, bytes = ACTION_BYTES): void {
    this.context.enqueue({
      bytes,
      run: (exec) => {
        const model = this.resolveModel();
        this.noteNull(exec, model);
        if (model !== null) apply(model, exec);
      },
    });
  }

  /** A method whose answer arrives with the sync, as OfficeExtension.ClientResult. */
  protected result<T>(compute: (model: M) => T): ClientResult<T> {
    const result = new ClientResult<T>();
    this.queue((model, exec) => {
      const value = compute(model);
      exec.publish(() => result.settle(value));
    });
    return result;
  }

  /** Eagerly queues resolution, as getItem/add do: a missing item fails the sync even if never used. */
  instantiate(): this {
    this.queue(() => undefined);
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

export class ClientResult<T> {
  private settled = false;
  private v: T | undefined;

  get value(): T {
    if (!this.settled) throw new SimError('ValueNotLoaded', { location: 'ClientResult.value' });
    return this.v as T;
  }

  settle(value: T): void {
    this.v = value;
    this.settled = true;
  }
}
