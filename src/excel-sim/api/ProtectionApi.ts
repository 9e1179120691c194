import { SimError } from '../SimError';
import type { SheetModel } from '../model/SheetModel';
import { ClientObjectBase, type Resolver } from './ClientObjectBase';
import type { Execution } from './Execution';
import { plainCopy } from './RecordApi';
import type { SimContext } from './SimContext';

/** Excel.WorksheetProtection. While protected, writes to locked cells fail with AccessDenied. */
export class ProtectionApi extends ClientObjectBase<SheetModel> {
  constructor(context: SimContext, resolver: Resolver<SheetModel>) {
    super(context, resolver, 'WorksheetProtection');
  }

  protected scalarNames(): readonly string[] {
    return ['protected', 'options', 'isPasswordProtected'];
  }

  protected readScalar(sheet: SheetModel, name: string, _exec: Execution): unknown {
    if (name === 'protected') return sheet.protection.protected;
    if (name === 'isPasswordProtected') return sheet.protection.password !== undefined;
    return plainCopy(sheet.protection.options);
  }

  get protected(): boolean {
    return this.get('protected');
  }
  get options(): Record<string, unknown> {
    return this.get('options');
  }
  get isPasswordProtected(): boolean {
    return this.get('isPasswordProtected');
  }

  /** Fails if already protected, as the reference says. */
  protect(options?: Record<string, boolean | string>, password?: string): void {
    this.queue((sheet) => {
      if (sheet.protection.protected) {
        throw new SimError('InvalidOperation', {
          location: 'WorksheetProtection.protect',
          statement: `"${sheet.name}" is already protected.`,
        });
      }
      sheet.protection = {
        protected: true,
        options: plainCopy(options ?? {}),
        ...(password === undefined ? {} : { password }),
      };
      this.context.backend.model.version++;
    });
  }

  unprotect(password?: string): void {
    this.queue((sheet) => {
      if (sheet.protection.password !== undefined && sheet.protection.password !== password) {
        throw new SimError('InvalidArgument', {
          location: 'WorksheetProtection.unprotect',
          statement: `The password for "${sheet.name}" is wrong.`,
        });
      }
      sheet.protection = { protected: false, options: {} };
      this.context.backend.model.version++;
    });
  }
}
