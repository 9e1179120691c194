import fc from 'fast-check';
import type { Answer, CaseRecord } from '../../../src/core/cases/CaseEvaluation';
import type { CaseStatus } from '../../../src/core/cases/CaseStore';
import type { FindingsCase } from '../../../src/core/findings/FindingsAccumulator';
import { findingsReport } from '../../../src/core/report/findingsReport';
import type { ReportSheet } from '../../../src/core/report/ReportSheet';
import { seedCases } from '../template/seedCases';
import { rowOf, seedFindings, sheetNamed } from './reportFixture';

/** Every string a writer would put anywhere: cells, table and chart names and texts, link targets. */
function everything(sheets: readonly ReportSheet[]): string {
  return JSON.stringify(sheets);
}

describe('findingsReport, board audience', () => {
  const board = findingsReport(seedFindings({ suppress: true }), {
    refreshedAt: '2023-02-12',
    audience: 'board',
    escalations: [],
  });

  it('starts with About this copy and has no Data quality sheet', () => {
    expect(board.map((s) => s.name)).toEqual(['About this copy', 'Findings']);
  });

  it('says what was removed and the threshold used', () => {
    const about = board[0]!.cells.flat().join('\n');
    expect(about).toContain('No case identifiers, auditor names or free-text answers');
    expect(about).toContain('Counts from 1 to 5 are shown as c');
  });

  it('warns on its first sheet when the findings were not suppressed', () => {
    const open = findingsReport(seedFindings(), { refreshedAt: 'x', audience: 'board' });
    expect(open[0]!.cells.flat().join('\n')).toContain('NOT suppressed');
  });

  it("prints the engine's published n ('c') and no percentage for suppressed figures", () => {
    const findings = sheetNamed(board, 'Findings');
    const row = rowOf(
      findings,
      're-referrals had previously been subject to a Child in Need or Child Protection plan',
    );
    expect(findings.cells[row - 1]!.slice(1, 4)).toEqual(['c', 31, null]);
  });

  const token = fc.stringMatching(/^[a-z0-9]{6,10}$/).map((s) => `zq${s}`);

  it('holds no case id, auditor name, free text or escalation text in any cell, name or link', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            token,
            token,
            token,
            fc.constantFrom<CaseStatus>('Complete', 'In progress', 'Not started'),
          ),
          {
            minLength: 1,
            maxLength: 66,
          },
        ),
        fc.array(fc.tuple(fc.nat(65), token)),
        (people, escalationTexts) => {
          const seed = seedCases();
          const cases: FindingsCase[] = people.map(([id, auditor, comment, status], i) => {
            const answers = new Map<string, Answer>(seed[i % seed.length]!.answers);
            answers.set('auditor_comments', `${auditor} wrote ${comment}`);
            answers.set('escalation_reason', comment);
            const record: CaseRecord = {
              id,
              answers,
              sheet: 'Audit',
              cells: new Map([['auditor_comments', 'H3']]),
            };
            return { ...record, status };
          });
          const findings = seedFindings({ suppress: true, cases: cases });
          const escalations = escalationTexts.map(([i, text]) => ({
            caseId: people[i % people.length]![0],
            status: text,
          }));
          const all = everything(
            findingsReport(findings, { refreshedAt: 'now', audience: 'board', escalations }),
          );
          const secrets = [
            ...people.flatMap(([id, auditor, comment]) => [id, auditor, comment]),
            ...escalationTexts.map(([, t]) => t),
          ];
          for (const secret of secrets) expect(all).not.toContain(secret);
          // The same data laid out for the team does name cases: the check above is not vacuous.
          const teamText = everything(
            findingsReport(findings, { refreshedAt: 'now', audience: 'team', escalations }),
          );
          if (findings.issues.length > 0) expect(teamText).toContain(findings.issues.at(0)!.caseId);
        },
      ),
      { numRuns: 40 },
    );
  });
});
