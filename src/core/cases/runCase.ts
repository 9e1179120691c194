import type { CaseEvaluation, CaseIssue, CaseIssueKind, CaseRecord } from './CaseEvaluation';
import { FlagSet, IndexedMap } from './IndexedMap';
import type { CasePlan } from './planCase';
import { reportCaseIssues } from './reportCaseIssues';
import { freshScratch, workOutCase } from './workOutCase';

// Four literals rather than spreads of {}: keys in the same order, without two throwaway objects per issue.
function issueAt(record: CaseRecord, kind: CaseIssueKind, question: string, message: string): CaseIssue {
  const cell = record.cells?.get(question);
  const sheet = record.sheet;
  if (sheet === undefined)
    return cell === undefined ? { kind, question, message } : { kind, question, message, cell };
  return cell === undefined ? { kind, question, message, sheet } : { kind, question, message, sheet, cell };
}

/** Works out one case against a plan: relevance and values in dependency order, then issues in sheet order. */
export function runCase(plan: CasePlan, record: CaseRecord, now: () => Date): CaseEvaluation {
  const scratch = freshScratch(plan, now);
  workOutCase(plan, record, scratch);
  const issues: CaseIssue[] = [];
  reportCaseIssues(plan, record, scratch, (r, kind, question, message) => {
    issues.push(issueAt(r, kind, question, message));
  });
  const { values, flags } = scratch;
  return {
    relevant: new FlagSet(plan.nodeNames, plan.nodeSlots, flags),
    values: new IndexedMap(plan.questionNames, plan.questionSlots, values),
    calculations: new IndexedMap(plan.calculationNames, plan.calculationSlots, values),
    issues,
  };
}
