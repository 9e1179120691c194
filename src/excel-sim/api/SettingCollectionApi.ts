import { SimError } from '../SimError';
import type { WorkbookModel } from '../model/WorkbookModel';
import { ClientObjectBase, type Resolver } from './ClientObjectBase';
import { CollectionApi } from './CollectionApi';
import type { Execution } from './Execution';
import { jsonBytes, ACTION_BYTES } from './payload';
import { plainCopy } from './RecordApi';
import type { SimContext } from './SimContext';

/** Excel.Setting: a key and a JSON value stored in the workbook. */
export class SettingApi extends ClientObjectBase<string> {
  constructor(context: SimContext, resolver: Resolver<string>) {
    super(context, resolver, 'Setting');
  }

  protected scalarNames(): readonly string[] {
    return ['key', 'value'];
  }

  protected override check(key: string): void {
    if (!this.context.backend.model.settings.has(key)) {
      throw new SimError('ItemNotFound', {
        location: 'Setting',
        statement: `The setting "${key}" was deleted.`,
      });
    }
  }

  protected readScalar(key: string, name: string, _exec: Execution): unknown {
    return name === 'key' ? key : plainCopy(this.context.backend.model.settings.get(key));
  }

  get key(): string {
    return this.get('key');
  }
  get value(): unknown {
    return this.get('value');
  }
  set value(v: unknown) {
    this.set(
      'value',
      v,
      (key) => {
        this.context.backend.model.settings.set(key, plainCopy(v));
        this.context.backend.model.version++;
      },
      ACTION_BYTES + jsonBytes(v),
    );
  }

  delete(): void {
    this.queue((key) => {
      this.context.backend.model.settings.delete(key);
      this.context.backend.model.version++;
    });
  }
}

/** Excel.SettingCollection (workbook.settings). */
export class SettingCollectionApi extends CollectionApi<WorkbookModel, string, SettingApi> {
  constructor(context: SimContext) {
    super(context, () => context.backend.model, 'SettingCollection');
  }

  protected models(wb: WorkbookModel): readonly string[] {
    return [...wb.settings.keys()];
  }

  protected wrap(key: string): SettingApi {
    return new SettingApi(this.context, () => key);
  }

  add(key: string, value: unknown): SettingApi {
    this.queue(
      (wb) => {
        if (value === undefined)
          throw new SimError('InvalidArgument', {
            location: 'SettingCollection.add',
            statement: `The setting "${key}" needs a value.`,
          });
        wb.settings.set(key, plainCopy(value));
        wb.version++;
      },
      ACTION_BYTES + jsonBytes(value),
    );
    return new SettingApi(this.context, () => key);
  }

  getItem(key: string): SettingApi {
    return new SettingApi(this.context, () => {
      if (!this.context.backend.model.settings.has(key)) {
        throw new SimError('ItemNotFound', {
          location: 'SettingCollection.getItem',
          statement: `There is no setting "${key}".`,
        });
      }
      return key;
    }).instantiate();
  }

  getItemOrNullObject(key: string): SettingApi {
    return new SettingApi(this.context, () =>
      this.context.backend.model.settings.has(key) ? key : null,
    ).instantiate();
  }
}
