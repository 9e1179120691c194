import { SimError } from '../SimError';
import { contains, intersect, subtract, type Rect } from './Rect';
import type { SheetModel, ValidationEntry } from './SheetModel';

const RULE_TYPES: Record<string, string> = {
  list: 'List',
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  date: 'Date',
  time: 'Time',
  textLength: 'TextLength',
  custom: 'Custom',
};

/** The Excel.DataValidationType a rule object stands for; InvalidArgument when it names none or several. */
export function ruleType(rule: Record<string, unknown>): string {
  const keys = Object.keys(rule).filter((k) => rule[k] !== undefined && rule[k] !== null);
  const type = keys.length === 1 ? RULE_TYPES[keys[0]!] : undefined;
  if (!type) {
    throw new SimError('InvalidArgument', {
      location: 'DataValidation.rule',
      statement: `A data validation rule needs exactly one of ${Object.keys(RULE_TYPES).join(', ')}; got ${keys.join(', ') || 'none'}.`,
    });
  }
  if (type === 'List') {
    const list = rule.list as { source?: unknown } | undefined;
    if (typeof list?.source !== 'string' || list.source === '') {
      throw new SimError('InvalidArgument', {
        location: 'DataValidation.rule',
        statement: 'A list rule needs a source: "Yes,No" or a reference such as "=Lists!$A$1:$A$5".',
      });
    }
  }
  return type;
}

/** Removes validation from rect, splitting entries that only partly overlap it. */
export function clearValidation(sheet: SheetModel, rect: Rect): void {
  sheet.validations = sheet.validations.flatMap((v) =>
    intersect(v.rect, rect) ? subtract(v.rect, rect).map((r) => ({ ...v, rect: r })) : [v],
  );
}

/** Gives rect a rule (replacing whatever validation its cells had), keeping existing messages for the cells. */
export function setValidation(
  sheet: SheetModel,
  rect: Rect,
  change: Partial<Omit<ValidationEntry, 'rect'>>,
): void {
  const found = validationAt(sheet, rect);
  const current = typeof found === 'object' ? found : undefined;
  clearValidation(sheet, rect);
  sheet.validations.push({
    rect,
    rule: change.rule ?? current?.rule ?? {},
    ignoreBlanks: change.ignoreBlanks ?? current?.ignoreBlanks ?? true,
    errorAlert: change.errorAlert ??
      current?.errorAlert ?? { showAlert: true, style: 'Stop', title: '', message: '' },
    prompt: change.prompt ?? current?.prompt ?? { showPrompt: false, title: '', message: '' },
  });
}

/** The one validation covering all of rect, undefined when none, 'mixed' when cells differ. */
export function validationAt(sheet: SheetModel, rect: Rect): ValidationEntry | undefined | 'mixed' {
  const touching = sheet.validations.filter((v) => intersect(v.rect, rect));
  if (touching.length === 0) return undefined;
  const only = touching[0]!;
  if (touching.length === 1 && contains(only.rect, rect)) return only;
  const sameRule = touching.every((v) => JSON.stringify(v.rule) === JSON.stringify(only.rule));
  return sameRule &&
    covered(
      touching.map((v) => v.rect),
      rect,
    )
    ? only
    : 'mixed';
}

function covered(rects: Rect[], target: Rect): boolean {
  let rest = [target];
  for (const r of rects) rest = rest.flatMap((part) => subtract(part, r));
  return rest.length === 0;
}
