import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { allocateCases } from '../../../src/core/allocation/allocateCases';
import { agreement } from '../../../src/core/moderation/agreement';
import { drawModerationSample } from '../../../src/core/moderation/drawModerationSample';
import { drawSample } from '../../../src/core/sampling/drawSample';
import type { DrawnSample } from '../../../src/core/sampling/SampleResult';
import { summariseProgress } from '../../../src/core/sampling/summariseProgress';
import { PlanningPanel, type PlanningPanelProps } from '../../../src/ui/planning';
// Fluent's MessageBar needs ResizeObserver, which jsdom lacks: the capture tests' helper stubs it on import.
import '../capture/renderPane';
import { DRAWN_AT, LEAD, QUESTIONS, caseList, moderatedAudits, sampledCases } from './planningFixture';

type Props = Required<PlanningPanelProps>;
type Mocked<F> = F extends (...args: infer A) => infer R ? jest.Mock<R, A> : never;
type Mocks = { [K in keyof Props as K extends `on${string}` | 'newSeed' ? K : never]: Mocked<Props[K]> };

/** C003 is already in the Audit sheet, so a draw that picks it reports it rather than adding it again. */
export const IN_AUDIT = new Set(['C003']);

/**
 * The panel with every workbook call a jest mock backed by the real core on the fixture's small inputs,
 * as src/excel/planning would compute them (escalations are the Escalations table's, here 4 with one on a
 * case no longer in Audit); a test overrides the one it wants to fail or hold.
 */
export function renderPlanningPanel(overrides: Partial<PlanningPanelProps> = {}) {
  // The workbook as the mocks see it: the Case list can change between a draw and its check.
  const workbook = { list: caseList(), recorded: new Map<number, DrawnSample>() };
  const { first, second } = moderatedAudits();
  let seeds = 0;
  const props: Mocks = {
    onCheckCaseList: jest.fn(() => Promise.resolve(workbook.list)),
    onDrawSample: jest.fn((request, seed, drawnBy) => {
      const drawn = drawSample(workbook.list.cases, request, seed, {
        now: DRAWN_AT,
        drawnBy,
        alreadyInAudit: IN_AUDIT,
      });
      if (drawn.kind === 'refused') return Promise.resolve(drawn);
      const sample = workbook.recorded.size + 1;
      workbook.recorded.set(sample, drawn);
      return Promise.resolve({ ...drawn, sample });
    }),
    onVerifySample: jest.fn((sample) => {
      const record = workbook.recorded.get(sample)!;
      const again = drawSample(workbook.list.cases, record.request, record.seed, { now: new Date() });
      const same = again.kind === 'drawn' && again.caseIds.join() === record.caseIds.join();
      const findings =
        again.kind === 'drawn' && again.population !== record.population
          ? [
              `The Case list now has ${again.population} cases; the sample was drawn from ${record.population}.`,
            ]
          : [];
      return Promise.resolve({ same, findings });
    }),
    onMarkNotAudited: jest.fn<Promise<void>, [string, string, string]>(() => Promise.resolve()),
    onAllocate: jest.fn((auditors, options) =>
      Promise.resolve(allocateCases(workbook.list.cases, auditors, options)),
    ),
    onProgress: jest.fn(() =>
      Promise.resolve({
        summary: summariseProgress(sampledCases()),
        escalations: 4,
        escalationsByAuditor: new Map([
          ['Ann', 2],
          ['Bob', 1],
        ]),
      }),
    ),
    onDrawModeration: jest.fn((share, seed, moderator) => {
      const drawn = drawModerationSample(
        first.map((a) => a.caseId),
        share,
        seed,
      );
      if (drawn.kind === 'refused' || moderator === '') return Promise.resolve(drawn);
      // A new Moderation table: row i + 2, Moderator in column B.
      const warnings = drawn.caseIds.flatMap((id, i) =>
        first.find((a) => a.caseId === id)?.auditor.toLowerCase() === moderator.toLowerCase()
          ? [
              {
                sheet: 'Moderation',
                cell: `B${i + 2}`,
                message: `Case ${id} was first audited by ${moderator}.`,
              },
            ]
          : [],
      );
      return Promise.resolve({ ...drawn, warnings });
    }),
    onModerationReport: jest.fn(() => Promise.resolve(agreement(first, second, QUESTIONS))),
    onResolveDisagreement: jest.fn<Promise<void>, Parameters<Props['onResolveDisagreement']>>(() =>
      Promise.resolve(),
    ),
    onImportWorkbook: jest.fn((file: File) =>
      Promise.resolve({ kind: 'merged' as const, label: file.name, added: [], filled: [], conflicts: [] }),
    ),
    onSelectCell: jest.fn<void, [string, string]>(),
    newSeed: jest.fn(() => `test-seed-${++seeds}`),
  };
  const all: PlanningPanelProps = { lead: LEAD, questions: QUESTIONS, ...props, ...overrides };
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <PlanningPanel {...all} />
    </FluentProvider>,
  );
  return { ...view, props, user, workbook };
}
