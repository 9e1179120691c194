import { createCaseEvaluator } from '../cases/createCaseEvaluator';
import type { QuestionSet } from '../questions/QuestionSet';
import { crossTab } from './crossTab';
import type { CrossTab, Findings } from './Findings';
import { FindingsAccumulator, type CaseEvaluator, type FindingsCase } from './FindingsAccumulator';
import type { Indicator } from './Indicator';
import { resolveFindingsSettings, type FindingsOptions } from './resolveFindingsSettings';

/**
 * A streaming findings run: add cases as they are decoded, then finish. The clock is read once, so every
 * case is judged against the same today().
 */
export function createFindingsAccumulator(
  questionSet: QuestionSet,
  indicators: readonly Indicator[],
  options: FindingsOptions = {},
  evaluator?: CaseEvaluator,
): FindingsAccumulator {
  const now = options.now ?? new Date();
  const { settings, errors } = resolveFindingsSettings(questionSet, options);
  const evaluate = evaluator ?? createCaseEvaluator(questionSet, { now });
  return new FindingsAccumulator(questionSet, indicators, settings, evaluate, now, errors);
}

/** Every figure for a set of cases: question tables, indicators with sentences, cross-tabs and issues. */
export function computeFindings(
  questionSet: QuestionSet,
  indicators: readonly Indicator[],
  cases: Iterable<FindingsCase>,
  options: FindingsOptions = {},
  evaluator?: CaseEvaluator,
): Findings {
  const acc = createFindingsAccumulator(questionSet, indicators, options, evaluator);
  for (const record of cases) acc.add(record);
  const findings = acc.finish();
  const tabs: CrossTab[] = [];
  const warnings = [...findings.warnings];
  for (const [row, column] of options.crossTabs ?? []) {
    const tab = crossTab(findings, row, column);
    if (typeof tab === 'string') warnings.push({ sheet: 'Findings', cell: '', message: tab });
    else tabs.push(tab);
  }
  return { ...findings, crossTabs: tabs, warnings };
}
