import fc from 'fast-check';
import type { CaseStatus } from '../../../src/core/cases/CaseStore';
import {
  markNotAudited,
  summariseProgress,
  type SampledCase,
} from '../../../src/core/sampling/summariseProgress';

const c = (id: string, status: CaseStatus, auditor?: string, reason?: string): SampledCase => ({
  id,
  status,
  ...(auditor === undefined ? {} : { auditor }),
  ...(reason === undefined ? {} : { notAudited: { reason } }),
});

describe('summariseProgress', () => {
  it('counts sampled, audited, in progress, not started and not audited with reasons', () => {
    const s = summariseProgress([
      c('1', 'Complete', 'Ann'),
      c('2', 'Complete', 'Ann'),
      c('3', 'In progress', 'Bob'),
      c('4', 'Not started', 'Bob'),
      c('5', 'Not started', 'Bob', 'No access to the record'),
      c('6', 'Complete', 'Ann', 'Record restricted'),
      c('7', 'Not started', undefined, 'No access to the record'),
    ]);
    expect(s).toMatchObject({ sampled: 7, audited: 2, inProgress: 1, notStarted: 1, notAudited: 3 });
    expect(s.notAuditedReasons).toEqual([
      { reason: 'No access to the record', count: 2 },
      { reason: 'Record restricted', count: 1 },
    ]);
    expect(
      s.byAuditor.map((a) => [a.auditor, a.sampled, a.audited, a.inProgress, a.notStarted, a.notAudited]),
    ).toEqual([
      ['', 1, 0, 0, 0, 1],
      ['Ann', 3, 2, 0, 0, 1],
      ['Bob', 3, 0, 1, 1, 1],
    ]);
  });

  it('always adds up to the number sampled, overall and per auditor', () => {
    const caseArb = fc.record({
      status: fc.constantFrom<CaseStatus>('Not started', 'In progress', 'Complete'),
      auditor: fc.constantFrom('A', 'B', ' B ', ''),
      reason: fc.option(fc.constantFrom('x', 'y', '')),
    });
    fc.assert(
      fc.property(fc.array(caseArb), (rows) => {
        const s = summariseProgress(
          rows.map((r, i) => c(String(i), r.status, r.auditor, r.reason ?? undefined)),
        );
        for (const x of [s, ...s.byAuditor]) {
          expect(x.audited + x.inProgress + x.notStarted + x.notAudited).toBe(x.sampled);
          expect(x.notAuditedReasons.reduce((n, r) => n + r.count, 0)).toBe(x.notAudited);
        }
        expect(s.byAuditor.reduce((n, a) => n + a.sampled, 0)).toBe(rows.length);
      }),
    );
  });

  it('needs a reason to mark a case not audited', () => {
    expect(markNotAudited('  No access  ')).toEqual({ reason: 'No access' });
    const refused = markNotAudited(' ');
    expect('message' in refused && refused.message).toMatch(/^Give a reason/);
  });
});
