import { auditWith, counted } from './auditFixture';

describe('an auditor works through cases', () => {
  test('lists the cases, opens one, answers, and the row shows who saved what', async () => {
    const { workbook, audit } = await auditWith(3);
    expect((await audit.listCases()).map((c) => [c.caseId, c.status])).toEqual([
      ['C-001', 'Not started'],
      ['C-002', 'Not started'],
      ['C-003', 'Not started'],
    ]);
    const opened = await audit.openCase('C-002');
    expect(opened).toMatchObject({
      caseId: 'C-002',
      version: 0,
      status: 'Not started',
      auditor: 'Sam',
      escalations: 0,
    });
    const saved = await audit.saveAnswer({
      caseId: 'C-002',
      question: 'case_type',
      answer: 're_referral',
      previous: null,
      baseVersion: 0,
      auditor: 'Jo',
    });
    expect(saved).toEqual({ kind: 'saved', version: 1, savedAt: '2023-02-06 10:30' });
    expect(workbook.getValues('Audit', 'A4:G4')).toEqual([
      ['C-002', 'Sam', 'In progress', expect.any(Number), 'Jo', 1, 'Re-referral'],
    ]);
    // 2023-02-06 10:30 as an Excel serial (days since 1899-12-30), shown with the date-time format.
    expect(workbook.getCell('Audit', 'D4')).toMatchObject({
      value: expect.closeTo(44963.4375, 6) as number,
      numberFormat: 'yyyy-mm-dd hh:mm',
    });
    expect(workbook.getValues('Audit', 'A3:G3')).toEqual([['C-001', 'Sam', 'Not started', '', '', 0, '']]);
    const reopened = await audit.openCase('C-002');
    expect(reopened.answers.get('case_type')).toBe('re_referral');
    expect(reopened).toMatchObject({
      version: 1,
      status: 'In progress',
      savedBy: 'Jo',
      lastSaved: '2023-02-06 10:30',
    });
  });

  test('a date-time answer round trips through their cells', async () => {
    const { workbook, audit } = await auditWith(1);
    const received = { kind: 'dateTime' as const, days: 19394.4375 }; // 2023-02-06 10:30
    await audit.saveAnswer({
      caseId: 'C-001',
      question: 'date_received',
      answer: received,
      previous: null,
      baseVersion: 0,
      auditor: 'Jo',
    });
    expect(workbook.getCell('Audit', 'K3')).toMatchObject({
      value: expect.closeTo(44963.4375, 6) as number,
      numberFormat: 'yyyy-mm-dd hh:mm',
    });
    const opened = await audit.openCase('C-001');
    expect(opened.answers.get('date_received')).toEqual({
      kind: 'dateTime',
      days: expect.closeTo(19394.4375, 6) as number,
    });
  });

  test('a cell typed by hand that is not a choice comes back as invalid with its cell, not as an answer', async () => {
    const { workbook, audit } = await auditWith(1);
    await workbook.setCell('Audit', 'G3', 'Maybe');
    const opened = await audit.openCase('C-001');
    expect(opened.answers.has('case_type')).toBe(false);
    expect(opened.invalid.get('case_type')).toMatch(/^Audit!G3: .*Maybe/);
  });

  test('marking complete, and escalating, are recorded in the workbook', async () => {
    const { workbook, audit } = await auditWith(2);
    const done = await audit.setStatus('C-001', 'Complete', 'Jo', 0);
    expect(done).toMatchObject({ kind: 'saved', version: 1 });
    expect(workbook.getCell('Audit', 'C3').value).toBe('Complete');
    await audit.escalate('C-002', {
      reason: 'Sibling not seen',
      agreedWith: 'SCC duty manager',
      raisedBy: 'Jo',
    });
    await audit.escalate('C-002', { reason: '=HYPERLINK("http://x","y")', agreedWith: '', raisedBy: 'Jo' });
    expect(workbook.getValues('Escalations', 'A2:E3')).toEqual([
      ['C-002', 'Jo', expect.any(Number), 'Sibling not seen', 'SCC duty manager'],
      ['C-002', 'Jo', expect.any(Number), '=HYPERLINK("http://x","y")', ''],
    ]);
    expect(workbook.getCell('Escalations', 'D3').formula).toBeNull();
    expect(workbook.getCell('Escalations', 'H2').value).toBe('Open');
    expect((await audit.openCase('C-002')).escalations).toBe(2);
    await expect(audit.escalate('C-001', { reason: ' ', agreedWith: '', raisedBy: 'Jo' })).rejects.toThrow(
      /needs a reason/,
    );
  });

  test('a stale status change is a conflict, not a silent overwrite', async () => {
    const { audit } = await auditWith(1);
    await audit.saveAnswer({
      caseId: 'C-001',
      question: 'case_type',
      answer: 'contact',
      previous: null,
      baseVersion: 0,
      auditor: 'Jo',
    });
    expect(await audit.setStatus('C-001', 'Complete', 'Sam', 0)).toEqual({
      kind: 'conflict',
      theirs: 'In progress',
      version: 1,
      savedBy: 'Jo',
    });
  });

  test('adding a case that is already there is refused with its cell', async () => {
    const { audit } = await auditWith(3);
    await expect(audit.addCases([{ caseId: 'c-002' }])).rejects.toThrow('Case c-002 is already in Audit!A4');
  });
});

describe('round trips stay the same from 10 to 10,000 cases', () => {
  test.each([10, 10_000])('open and save take at most 2 round trips with %i cases', async (cases) => {
    const { workbook, audit } = await auditWith(cases);
    const last = `C-${String(cases).padStart(3, '0')}`;
    const open = await counted(workbook, () => audit.openCase(last));
    expect(open.syncs).toBeLessThanOrEqual(2);
    const save = await counted(workbook, () =>
      audit.saveAnswer({
        caseId: last,
        question: 'auditor_comments',
        answer: 'Seen',
        previous: null,
        baseVersion: open.result.version,
        auditor: 'Jo',
      }),
    );
    expect(save.result.kind).toBe('saved');
    expect(save.syncs).toBeLessThanOrEqual(2);
    expect(workbook.getCell('Audit', `AE${cases + 2}`).value).toBe('Seen');
    expect((await counted(workbook, () => audit.listCases())).syncs).toBe(1);
  });
});
