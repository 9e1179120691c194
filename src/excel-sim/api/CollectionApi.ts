import { ClientObjectBase, type ClientResult } from './ClientObjectBase';
import type { Execution } from './Execution';
import type { LoadTree } from './loadSpec';

/**
 * An office.js collection: `items` (and `count`) after load + sync, item properties loaded through
 * "items/name" or plainly "name", as office.js allows.
 */
export abstract class CollectionApi<P, M, I extends ClientObjectBase<M>> extends ClientObjectBase<P> {
  protected abstract models(parent: P): readonly M[];
  protected abstract wrap(model: M): I;

  protected scalarNames(): readonly string[] {
    return ['count'];
  }

  protected readScalar(parent: P): unknown {
    return this.models(parent).length;
  }

  get items(): I[] {
    return this.get('items');
  }

  get count(): number {
    return this.get('count');
  }

  override loadNow(tree: LoadTree, exec: Execution): void {
    const parent = this.resolveModel();
    this.noteNull(exec, parent);
    if (parent === null) return;
    const itemTree: LoadTree = new Map(tree.get('items') ?? new Map<string, LoadTree>());
    for (const [key, sub] of tree) if (key !== 'items' && key !== 'count') itemTree.set(key, sub);
    const models = this.models(parent);
    const items = models.map((m) => this.wrap(m));
    for (const item of items) item.loadNow(itemTree, exec);
    exec.publish(() => {
      this.loaded.set('items', items);
      this.loaded.set('count', models.length);
    });
  }

  getCount(): ClientResult<number> {
    return this.result((parent) => this.models(parent).length);
  }

  override toJSON(): Record<string, unknown> {
    const items = this.loaded.get('items') as I[] | undefined;
    return { items: items?.map((i) => i.toJSON()) ?? [] };
  }
}
