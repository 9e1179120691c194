/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseStore } from '../../../src/core/cases/CaseStore';
import { loadTemplate } from '../../../src/core/template/loadTemplate';
import { AuditPlanning } from '../../../src/excel/planning/AuditPlanning';
import type { ModerationPort } from '../../../src/ui/moderation';
import { ModeratePane } from '../../../src/ui/moderation';
import { AUDIT_DAY } from '../../excel/auditFixture';
import { auditRows, planningWith } from '../../excel/planning/planningFixture';
import { isOnScreen, questionBox } from '../capture/questionBox';

jest.setTimeout(60_000);

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

/** A simulated workbook where Asha completed one case as a police re-referral, drawn for moderation. */
async function moderatedWorkbook(draw = true) {
  const fixture = await planningWith();
  await fixture.planning.drawSample({ kind: 'total', size: 1 }, 's', 'Lead', { auditors: ['Asha'] });
  const caseId = auditRows(fixture)[0]!.id;
  let version = 0;
  for (const [question, answer] of [
    ['case_type', 're_referral'],
    ['source', 'police'],
  ] as const) {
    const saved = await fixture.audit.saveAnswer({
      caseId,
      question,
      answer,
      previous: null,
      baseVersion: version,
      auditor: 'Asha',
    });
    if (saved.kind === 'saved') version = saved.version;
  }
  await fixture.audit.setStatus(caseId, 'Complete', 'Asha', version);
  if (draw) await fixture.planning.drawModeration(1, 'all', 'Lead');
  return { fixture, caseId };
}

function renderModerate(port: ModerationPort, escalate: CaseStore['escalate'] = () => Promise.resolve()) {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <ModeratePane
        port={port}
        escalate={escalate}
        questionSet={loadTemplate().questionSet}
        moderator="Mo"
        active
      />
    </FluentProvider>,
  );
  return user;
}

const missing = () => screen.queryByRole('region', { name: /Before this case can be complete/ });

describe('ModeratePane', () => {
  it('re-audits a case without showing the first answers and saves to the Moderation table only', async () => {
    const { fixture, caseId } = await moderatedWorkbook();
    const auditBefore = fixture.workbook.getValues('Audit', 'A1:AZ5');
    const user = renderModerate(new AuditPlanning(fixture.workbook.host(), { now: () => AUDIT_DAY }));
    await user.click(await screen.findByRole('button', { name: caseId }));
    await screen.findByText(`Case ${caseId}`);
    // Asha's answers are in the Audit row; none is on screen, and the Police question is not asked yet.
    expect(questionBox('case_type').getByLabelText('Re-referral')).not.toBeChecked();
    expect(questionBox('case_type').getByLabelText('Contact/referral')).not.toBeChecked();
    expect(isOnScreen('police_clear')).toBe(false);
    expect(isOnScreen('date_received')).toBe(false);
    expect(isOnScreen('auditor_comments')).toBe(false);

    await user.click(questionBox('case_type').getByLabelText('Contact/referral'));
    expect(await questionBox('case_type').findByText('Saved')).toBeInTheDocument();
    const header = fixture.workbook.getValues('Moderation', 'A1:Z1')[0]!;
    const row = fixture.workbook.getValues('Moderation', 'A2:Z2')[0]!;
    expect(row[header.indexOf('case_type')]).toBe('Contact/referral');
    expect(row.slice(0, 3)).toEqual([caseId, 'Mo', 'In progress']);
    expect(fixture.workbook.getValues('Audit', 'A1:AZ5')).toEqual(auditBefore);
  });

  it('marks complete only once the required moderated answers are given, and then they are compared', async () => {
    const { fixture, caseId } = await moderatedWorkbook();
    const planning = new AuditPlanning(fixture.workbook.host(), { now: () => AUDIT_DAY });
    const user = renderModerate(planning);
    await user.click(await screen.findByRole('button', { name: caseId }));
    await screen.findByText(`Case ${caseId}`);
    await user.click(screen.getByRole('button', { name: 'Mark complete' }));
    expect(await screen.findByText(/Before this case can be complete, fix these/)).toBeInTheDocument();
    expect((await planning.moderationCases())[0]!.status).toBe('Not started');

    // Follow the list of what is missing, answering each with its second choice, until nothing is.
    const template = loadTemplate().questionSet;
    for (let region = missing(); region !== null; region = missing()) {
      const link = within(region).getAllByRole('button')[0]!;
      const question = template.questions.find((q) => link.textContent.startsWith(`${q.label}:`))!;
      await user.click(link);
      await user.click(questionBox(question.name).getByLabelText(question.choices[1]!.label));
      await waitFor(() => expect(link).not.toBeInTheDocument());
    }
    await user.click(screen.getByRole('button', { name: 'Mark complete' }));
    expect(await screen.findByText('Marked complete in the workbook.')).toBeInTheDocument();
    await waitFor(async () => expect((await planning.moderationCases())[0]!.status).toBe('Complete'));
    const report = await planning.moderationReport();
    // Second choices: Re-referral agrees with Asha, School differs from her Police.
    expect(report.disagreements.filter((d) => ['case_type', 'source'].includes(d.question))).toEqual([
      expect.objectContaining({ question: 'source', first: 'police', second: 'school', moderator: 'Mo' }),
    ]);
  });

  it('says when nothing has been drawn for moderation yet', async () => {
    const { fixture } = await moderatedWorkbook(false);
    renderModerate(new AuditPlanning(fixture.workbook.host()));
    expect(await screen.findByText(/No cases have been drawn for moderation yet/)).toBeInTheDocument();
  });
});
