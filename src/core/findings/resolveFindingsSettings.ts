import type { QuestionSet } from '../questions/QuestionSet';
import type { SheetIssue } from '../sheets/SheetData';
import type { FindingsSettings } from './Findings';

export interface FindingsOptions {
  /** The clock behind today()/now() in expressions; fixed in tests so that results are reproducible. */
  readonly now?: Date;
  /** Show counts from 1 to the threshold as 'c'. Off unless asked for: an internal audit names its cases. */
  readonly suppress?: boolean;
  /** Overrides the settings sheet's suppression_threshold (default 5). */
  readonly suppressionThreshold?: number;
  /** Overrides the settings sheet's percent_decimals (default 0). */
  readonly decimals?: number;
  /** Overrides the settings sheet's include_in_progress (default no: only Complete cases count). */
  readonly includeInProgress?: boolean;
  /** Cross-tabulations to compute, as [row question, column question]. */
  readonly crossTabs?: readonly (readonly [string, string])[];
}

/**
 * Options win over the settings sheet, which wins over defaults. A setting that cannot be read is reported
 * (naming the settings sheet) and the default is used, so the figures are still produced but never silently.
 */
export function resolveFindingsSettings(
  questionSet: QuestionSet,
  options: FindingsOptions,
): { settings: FindingsSettings; errors: SheetIssue[] } {
  const errors: SheetIssue[] = [];
  const whole = (key: string, fallback: number, max: number): number => {
    const raw = (questionSet.settings[key] ?? '').trim();
    if (raw === '') return fallback;
    const n = Number(raw);
    if (Number.isInteger(n) && n >= 0 && n <= max) return n;
    errors.push({
      sheet: 'settings',
      cell: '',
      message: `The setting ${key} is '${raw}'; it must be a whole number from 0 to ${max}. Using ${fallback} until it is fixed.`,
    });
    return fallback;
  };
  const yesNo = (key: string): boolean => {
    const raw = (questionSet.settings[key] ?? '').trim().toLowerCase();
    if (raw === '' || raw === 'no' || raw === 'false') return false;
    if (raw === 'yes' || raw === 'true') return true;
    errors.push({
      sheet: 'settings',
      cell: '',
      message: `The setting ${key} is '${raw}'; write yes or no. Using no until it is fixed.`,
    });
    return false;
  };
  const decimals = options.decimals ?? whole('percent_decimals', 0, 4);
  const threshold = options.suppressionThreshold ?? whole('suppression_threshold', 5, 1000);
  const includeInProgress = options.includeInProgress ?? yesNo('include_in_progress');
  return {
    settings: { decimals, suppressionThreshold: options.suppress ? threshold : null, includeInProgress },
    errors,
  };
}
