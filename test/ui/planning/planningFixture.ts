import type { Answer } from '../../../src/core/cases/CaseEvaluation';
import type { CaseStatus } from '../../../src/core/cases/CaseStore';
import type { AuditAnswers } from '../../../src/core/moderation/AgreementReport';
import { readCaseList, type CaseList } from '../../../src/core/sampling/readCaseList';
import type { CellValue } from '../../../src/core/sheets/SheetData';
import type { SampledCase } from '../../../src/core/sampling/summariseProgress';
import { question } from '../../core/moderation/questionFixture';

export const LEAD = 'Lee Lead';
export const DRAWN_AT = new Date(2024, 2, 4, 10, 15);

/** A pasted export: 6 contacts and 6 re-referrals, two families of two and one of three. */
export function caseList(extraRows: CellValue[][] = []): CaseList {
  const rows: CellValue[][] = [['Case ID', 'Case type', 'Family ref']];
  const families = ['F1', 'F1', '', 'F2', 'F2', '', 'F3', 'F3', 'F3', '', '', ''];
  for (let i = 1; i <= 12; i++)
    rows.push([`C${String(i).padStart(3, '0')}`, i <= 6 ? 'Contact' : 'Re-referral', families[i - 1]!]);
  return readCaseList({ name: 'Case list', rows: [...rows, ...extraRows] });
}

/** Sampled cases for the status board: Ann and Bob with a mix of statuses, one case with no auditor. */
export function sampledCases(): SampledCase[] {
  const c = (id: string, status: CaseStatus, auditor: string, reason?: string): SampledCase => ({
    id,
    status,
    auditor,
    ...(reason === undefined ? {} : { notAudited: { reason } }),
  });
  return [
    c('C001', 'Complete', 'Ann'),
    c('C002', 'Complete', 'Ann'),
    c('C003', 'In progress', 'Ann'),
    c('C004', 'Not started', 'Ann', 'No access to the record'),
    c('C005', 'Not started', 'Bob'),
    c('C006', 'Complete', 'Bob'),
    c('C007', 'Not started', ''),
  ];
}

export const outcome = question('outcome', 'select_one', ['yes', 'no']);
export const concerns = question('concerns', 'select_multiple', ['neglect', 'abuse', 'other']);
export const notes = question('notes', 'text');
export const QUESTIONS = [outcome, concerns, notes];

const audit = (caseId: string, auditor: string, answers: Record<string, Answer>): AuditAnswers => ({
  caseId,
  auditor,
  answers: new Map(Object.entries(answers)),
});

/**
 * First and second audits of four cases: outcome differs on C002 (Ann) and C006 (Bob); the concerns
 * sets agree, with "other" never ticked by either (so its kappa is null, with a reason); notes agree.
 */
export function moderatedAudits() {
  const rows: [string, string, Answer, Answer][] = [
    ['C001', 'Ann', 'yes', 'yes'],
    ['C002', 'Ann', 'yes', 'no'],
    ['C006', 'Bob', 'no', 'yes'],
    ['C008', 'Bob', 'no', 'no'],
  ];
  const ticked = [['neglect'], ['abuse'], ['neglect', 'abuse'], ['neglect']];
  const first = rows.map(([id, who, a], i) =>
    audit(id, who, { outcome: a, concerns: ticked[i]!, notes: 'seen' }),
  );
  const second = rows.map(([id, , , b], i) =>
    audit(id, 'Mo Moderator', { outcome: b, concerns: ticked[i]!, notes: 'seen' }),
  );
  return { first, second };
}
