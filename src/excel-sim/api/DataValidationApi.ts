import { absoluteRect, quoteSheetName } from '../model/address';
import { assertContentsEditable } from '../model/protection';
import type { ValidationEntry } from '../model/SheetModel';
import { clearValidation, ruleType, setValidation, validationAt } from '../model/validationOps';
import { ClientObjectBase, type Resolver } from './ClientObjectBase';
import type { Execution } from './Execution';
import { plainCopy } from './RecordApi';
import { refFromAddress, type RangeRef } from './RangeRef';
import type { SimContext } from './SimContext';

const SCALARS = ['type', 'rule', 'ignoreBlanks', 'errorAlert', 'prompt', 'valid'];

/** Excel.DataValidation for one range. */
export class DataValidationApi extends ClientObjectBase<RangeRef> {
  constructor(context: SimContext, resolver: Resolver<RangeRef>) {
    super(context, resolver, 'DataValidation');
  }

  protected scalarNames(): readonly string[] {
    return SCALARS;
  }

  protected readScalar(ref: RangeRef, name: string, _exec: Execution): unknown {
    const found = validationAt(ref.sheet, ref.rect);
    const entry = typeof found === 'object' ? found : undefined;
    switch (name) {
      case 'type':
        return found === 'mixed' ? 'Inconsistent' : entry ? ruleType(entry.rule) : 'None';
      case 'rule':
        return found === 'mixed' ? null : plainCopy(entry?.rule ?? {});
      case 'ignoreBlanks':
        return entry?.ignoreBlanks ?? true;
      case 'errorAlert':
        return plainCopy(entry?.errorAlert ?? { showAlert: true, style: 'Stop', title: '', message: '' });
      case 'prompt':
        return plainCopy(entry?.prompt ?? { showPrompt: false, title: '', message: '' });
      case 'valid':
        return entry ? this.allValid(ref, entry) : true;
      default:
        return undefined;
    }
  }

  get type(): string {
    return this.get('type');
  }
  get valid(): boolean {
    return this.get('valid');
  }
  get rule(): Record<string, unknown> {
    return this.get('rule');
  }
  set rule(rule: Record<string, unknown>) {
    this.set('rule', rule, (ref) => {
      assertContentsEditable(ref.sheet, ref.rect, 'DataValidation.rule');
      const stored = this.storable(ref, rule);
      ruleType(stored);
      setValidation(ref.sheet, ref.rect, { rule: stored });
      this.context.backend.model.version++;
    });
  }
  get ignoreBlanks(): boolean {
    return this.get('ignoreBlanks');
  }
  set ignoreBlanks(v: boolean) {
    this.update('ignoreBlanks', v);
  }
  get errorAlert(): Record<string, unknown> {
    return this.get('errorAlert');
  }
  set errorAlert(v: Record<string, unknown>) {
    this.update('errorAlert', v);
  }
  get prompt(): Record<string, unknown> {
    return this.get('prompt');
  }
  set prompt(v: Record<string, unknown>) {
    this.update('prompt', v);
  }

  private update(name: 'ignoreBlanks' | 'errorAlert' | 'prompt', value: unknown): void {
    this.set(name, value, (ref) => {
      setValidation(ref.sheet, ref.rect, { [name]: plainCopy(value) });
      this.context.backend.model.version++;
    });
  }

  clear(): void {
    this.queue((ref) => {
      clearValidation(ref.sheet, ref.rect);
      this.context.backend.model.version++;
    });
  }

  /** A list source given as a Range object is stored as its absolute reference, as Excel shows it. */
  private storable(ref: RangeRef, rule: Record<string, unknown>): Record<string, unknown> {
    const list = rule.list as { source?: unknown } | undefined;
    const source = list?.source;
    if (source instanceof ClientObjectBase) {
      const target = source.requireModel() as RangeRef | null;
      if (target) {
        const where = target.sheet === ref.sheet ? '' : `${quoteSheetName(target.sheet.name)}!`;
        return { ...rule, list: { ...list, source: `=${where}${absoluteRect(target.rect)}` } };
      }
    }
    return plainCopy(rule);
  }

  private allowed(ref: RangeRef, source: string): Set<string> {
    if (!source.startsWith('=')) return new Set(source.split(',').map((s) => s.trim().toLowerCase()));
    const target = refFromAddress(
      this.context.backend.model,
      ref.sheet,
      source.slice(1),
      'DataValidation.valid',
    );
    const out = new Set<string>();
    for (let r = target.rect.r0; r <= Math.min(target.rect.r1, target.sheet.grid.rowsInUse); r++) {
      for (let c = target.rect.c0; c <= target.rect.c1; c++)
        out.add(String(target.sheet.grid.value(r, c)).toLowerCase());
    }
    return out;
  }

  private allValid(ref: RangeRef, entry: ValidationEntry): boolean {
    const list = entry.rule.list as { source?: string } | undefined;
    if (!list?.source) return true;
    const allowed = this.allowed(ref, list.source);
    const { rect, sheet } = ref;
    for (let r = rect.r0; r <= Math.min(rect.r1, sheet.grid.rowsInUse); r++) {
      for (let c = rect.c0; c <= rect.c1; c++) {
        const v = sheet.grid.value(r, c);
        if (v === '' ? !entry.ignoreBlanks : !allowed.has(String(v).toLowerCase())) return false;
      }
    }
    return true;
  }
}
