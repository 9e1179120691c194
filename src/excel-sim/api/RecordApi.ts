import type { Execution } from './Execution';
import { ClientObjectBase, type Resolver } from './ClientObjectBase';
import type { SimContext } from './SimContext';

/**
 * A small office.js object whose properties are fields of a plain model record: chart titles, legends,
 * data labels, axis titles. Each listed name becomes a property; writes bump the workbook's version.
 */
export class RecordApi extends ClientObjectBase<Record<string, unknown>> {
  constructor(
    context: SimContext,
    resolver: Resolver<Record<string, unknown>>,
    entity: string,
    private readonly names: readonly string[],
    private readonly children: Record<string, ClientObjectBase<unknown>> = {},
  ) {
    super(context, resolver, entity);
    for (const name of names) {
      Object.defineProperty(this, name, {
        enumerable: true,
        get: () => this.get<unknown>(name),
        set: (value: unknown) =>
          this.set(name, value, (model) => {
            model[name] = value;
            context.backend.model.version++;
          }),
      });
    }
    for (const [name, child] of Object.entries(children))
      Object.defineProperty(this, name, { value: child, enumerable: true });
  }

  protected scalarNames(): readonly string[] {
    return this.names;
  }

  protected readScalar(model: Record<string, unknown>, name: string, _exec: Execution): unknown {
    return plainCopy(model[name]);
  }

  protected override navigation(name: string): ClientObjectBase<unknown> | undefined {
    return this.children[name];
  }
}

/** A deep copy of plain data, so a loaded object is a snapshot. */
export function plainCopy<T>(value: T): T {
  return value !== null && typeof value === 'object' ? (JSON.parse(JSON.stringify(value)) as T) : value;
}
