import type { Answer } from '../../../src/core/cases/CaseEvaluation';
import { createCodec } from '../../../src/core/codec/createCodec';
import { loadTemplate } from '../../../src/core/template/loadTemplate';
import { ModeratedFirstAudits } from '../../../src/excel/findings/ModeratedFirstAudits';
import type { LogTable } from '../../../src/excel/planning/logTable';

const codec = createCodec(loadTemplate().questionSet);
const moderation: LogTable = {
  kind: 'table',
  table: 'Moderation',
  sheet: 'Moderation',
  header: ['Case ID', 'Moderator', 'Status', 'case_type'],
  rows: [
    ['K-002', 'Mo', 'Complete', 'Contact/referral'],
    [' k-004', 'Mo', 'Not started', ''],
    ['', '', '', ''],
  ],
  headerRow: 0,
  firstColumn: 0,
};

describe('ModeratedFirstAudits', () => {
  it('keeps the select answers and auditor of the moderated cases only, asking the auditor only for them', () => {
    const kept = new ModeratedFirstAudits(moderation, codec);
    const asked: string[] = [];
    for (let i = 1; i <= 1000; i++) {
      const id = `K-${String(i).padStart(3, '0')}`;
      const answers = new Map<string, Answer>([
        ['case_type', 'contact'],
        ['auditor_comments', 'typed text'],
      ]);
      kept.add(id, answers, () => (asked.push(id), ` Auditor ${i} `));
    }
    expect(asked).toEqual(['K-002', 'K-004']);
    expect(kept.audits()).toEqual([
      { caseId: 'K-002', auditor: 'Auditor 2', answers: new Map([['case_type', 'contact']]) },
      { caseId: 'K-004', auditor: 'Auditor 4', answers: new Map([['case_type', 'contact']]) },
    ]);
  });

  it('keeps nothing when there is no Moderation table', () => {
    const kept = new ModeratedFirstAudits({ ...moderation, kind: 'absent', rows: [] }, codec);
    kept.add('K-002', new Map(), () => 'Asha');
    expect(kept.audits()).toEqual([]);
  });
});
