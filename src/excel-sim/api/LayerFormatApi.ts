import { SimError } from '../SimError';
import { assertAllowed } from '../model/protection';
import { ClientObjectBase, type Resolver } from './ClientObjectBase';
import type { Execution } from './Execution';
import type { RangeRef } from './RangeRef';
import type { SimContext } from './SimContext';

/**
 * Range formatting objects (font, fill, protection, a border) whose properties live in the sheet's
 * format layers under `prefix + name`. Reads give the shared value, or null when cells differ.
 */
export class LayerFormatApi extends ClientObjectBase<RangeRef> {
  constructor(
    context: SimContext,
    resolver: Resolver<RangeRef>,
    entity: string,
    private readonly prefix: string,
    private readonly defaults: Record<string, unknown>,
  ) {
    super(context, resolver, entity);
    for (const name of Object.keys(defaults)) {
      Object.defineProperty(this, name, {
        enumerable: true,
        get: () => this.get<unknown>(name),
        set: (value: unknown) => this.set(name, value, (ref) => this.write(ref, name, value)),
      });
    }
  }

  protected scalarNames(): readonly string[] {
    return Object.keys(this.defaults);
  }

  protected readScalar(ref: RangeRef, name: string, _exec: Execution): unknown {
    return ref.sheet.formats.read(ref.rect, this.prefix + name, this.defaults[name]);
  }

  private write(ref: RangeRef, name: string, value: unknown): void {
    if (value === null || value === undefined) {
      throw new SimError('InvalidArgument', {
        location: `${this.entity}.${name}`,
        statement: 'null is not a valid format value.',
      });
    }
    const isLock = this.prefix === 'protection.';
    if (isLock && ref.sheet.protection.protected) {
      throw new SimError('AccessDenied', {
        location: `${this.entity}.${name}`,
        statement: `Unprotect "${ref.sheet.name}" before changing which cells are locked.`,
      });
    }
    if (!isLock) assertAllowed(ref.sheet, 'allowFormatCells', `${this.entity}.${name}`);
    ref.sheet.formats.set(ref.rect, this.prefix + name, value);
    this.context.backend.model.version++;
  }

  /** RangeFill.clear(). */
  clear(): void {
    this.queue((ref) => {
      ref.sheet.formats.clear(ref.rect, this.prefix);
      this.context.backend.model.version++;
    });
  }
}
