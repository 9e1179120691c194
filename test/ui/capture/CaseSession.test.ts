import { CaseSession } from '../../../src/ui/capture/CaseSession';
import { FakeCaseStore } from './FakeCaseStore';
import { evaluateForTests } from './evaluateForTests';
import { sampleQuestionSet } from './sampleQuestionSet';

const auditor = 'Ada Auditor';

async function openSession(store: FakeCaseStore, caseId = 'C-001') {
  return CaseSession.open(
    {
      store,
      questionSet: sampleQuestionSet,
      auditor,
      evaluate: evaluateForTests,
      retryDelaysMs: [1000, 2000],
    },
    caseId,
  );
}

const saveOf = (s: CaseSession, q: string) => s.getSnapshot().saves.get(q)?.state ?? 'idle';
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('CaseSession', () => {
  afterEach(() => jest.useRealTimers());

  it('shows an answer at once, re-evaluates relevance, and saves it into the row', async () => {
    const store = new FakeCaseStore().addCase('C-001', auditor);
    const session = await openSession(store);
    expect(session.getSnapshot().evaluation.relevant.has('months_since')).toBe(false);

    session.answer('referral_type', 're_referral');
    expect(session.getSnapshot().answers.get('referral_type')).toBe('re_referral');
    expect(session.getSnapshot().evaluation.relevant.has('months_since')).toBe(true);
    expect(saveOf(session, 'referral_type')).toBe('saving');

    await session.flush();
    expect(store.rows.get('C-001')!.answers.get('referral_type')).toBe('re_referral');
    expect(saveOf(session, 'referral_type')).toBe('saved');
    expect(store.saves[0]).toMatchObject({ previous: null, baseVersion: 1, auditor });
  });

  it('tracks the row version from each saved result', async () => {
    const store = new FakeCaseStore().addCase('C-001', auditor);
    const session = await openSession(store);
    session.answer('police', 'yes');
    await session.flush();
    session.answer('reason', 'neglect');
    await session.flush();
    expect(store.saves.map((s) => s.baseVersion)).toEqual([1, 2]);
    expect(session.getSnapshot().version).toBe(3);
  });

  it('never has two saves of one case in flight, and sends them in the order given', async () => {
    const store = new FakeCaseStore().addCase('C-001', auditor);
    const session = await openSession(store);
    store.hold();
    session.answer('police', 'yes');
    session.answer('reason', 'neglect');
    session.answer('comments', 'Brief oversight');
    await settle();
    expect(store.heldCount).toBe(1);
    store.release();
    await session.flush();
    expect(store.maxInFlight).toBe(1);
    expect(store.saves.map((s) => s.question)).toEqual(['police', 'reason', 'comments']);
  });

  it('coalesces rapid edits to one question into one save of the latest value', async () => {
    const store = new FakeCaseStore().addCase('C-001', auditor);
    const session = await openSession(store);
    store.hold();
    session.answer('comments', 'B');
    await settle();
    session.answer('comments', 'Br');
    session.answer('comments', 'Bri');
    session.answer('comments', 'Brief');
    store.releaseOne();
    await settle();
    // The first save landed but a newer value is waiting: it must not say Saved.
    expect(saveOf(session, 'comments')).toBe('saving');
    store.release();
    await session.flush();
    expect(store.saves.map((s) => [s.answer, s.previous])).toEqual([
      ['B', null],
      ['Brief', 'B'],
    ]);
    expect(saveOf(session, 'comments')).toBe('saved');
    expect(store.rows.get('C-001')!.answers.get('comments')).toBe('Brief');
  });

  it('sends nothing when the answer is what the workbook already holds', async () => {
    const store = new FakeCaseStore().addCase('C-001', auditor, {
      police: 'yes',
      oversight_shows: ['analysis', 'history'],
    });
    const session = await openSession(store);
    session.answer('police', 'yes');
    session.answer('oversight_shows', ['history', 'analysis']);
    await session.flush();
    expect(store.saves).toHaveLength(0);
  });

  it('keeps a failed answer on screen as failed, retries with backoff, and only then says saved', async () => {
    jest.useFakeTimers();
    const store = new FakeCaseStore().addCase('C-001', auditor);
    const session = await openSession(store);
    store.failNext(1);
    session.answer('police', 'no');
    await jest.advanceTimersByTimeAsync(0);
    expect(session.getSnapshot().saves.get('police')).toEqual({
      state: 'failed',
      message: 'Excel is busy: a cell is being edited.',
      retrying: true,
    });
    expect(session.getSnapshot().answers.get('police')).toBe('no');
    expect(session.hasUnsaved()).toBe(true);
    await jest.advanceTimersByTimeAsync(999);
    expect(store.saves).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(saveOf(session, 'police')).toBe('saved');
    expect(store.rows.get('C-001')!.answers.get('police')).toBe('no');
  });

  it('stops retrying after the last backoff and waits for Retry', async () => {
    jest.useFakeTimers();
    const store = new FakeCaseStore().addCase('C-001', auditor);
    const session = await openSession(store);
    store.failNext(3, 'The Audit sheet is protected.');
    session.answer('police', 'no');
    await jest.advanceTimersByTimeAsync(10_000);
    expect(store.saves).toHaveLength(3);
    expect(session.getSnapshot().saves.get('police')).toMatchObject({ state: 'failed', retrying: false });
    session.retry('police');
    await jest.advanceTimersByTimeAsync(0);
    expect(saveOf(session, 'police')).toBe('saved');
  });

  it('treats a store that throws as a failed save, with its message', async () => {
    const store = new FakeCaseStore().addCase('C-001', auditor);
    store.saveAnswer = () => Promise.reject(new Error('RichApi.Error: InvalidOperationInCellEditMode'));
    const session = await openSession(store);
    session.answer('police', 'no');
    await session.flush();
    expect(session.getSnapshot().saves.get('police')).toMatchObject({
      state: 'failed',
      message: 'RichApi.Error: InvalidOperationInCellEditMode',
    });
    await session.dispose();
  });

  it('reports a co-author conflict with theirs; keep mine overwrites it', async () => {
    const store = new FakeCaseStore().addCase('C-001', auditor, { police: 'yes' });
    const session = await openSession(store);
    store.coauthor('C-001', 'police', 'no', 'Sam');
    session.answer('police', 'yes_and_more');
    await session.flush();
    expect(session.getSnapshot().saves.get('police')).toEqual({
      state: 'conflict',
      theirs: 'no',
      savedBy: 'Sam',
    });
    expect(store.rows.get('C-001')!.answers.get('police')).toBe('no');

    session.keepMine('police');
    await session.flush();
    expect(store.saves[1]).toMatchObject({ answer: 'yes_and_more', previous: 'no', overwrite: true });
    expect(store.rows.get('C-001')!.answers.get('police')).toBe('yes_and_more');
    expect(saveOf(session, 'police')).toBe('saved');
  });

  it('take theirs shows their answer and writes nothing', async () => {
    const store = new FakeCaseStore().addCase('C-001', auditor);
    const session = await openSession(store);
    store.coauthor('C-001', 'reason', 'neglect', 'Sam');
    session.answer('reason', 'other');
    await session.flush();
    session.takeTheirs('reason');
    expect(session.getSnapshot().answers.get('reason')).toBe('neglect');
    expect(session.hasUnsaved()).toBe(false);
    expect(store.saves).toHaveLength(1);
  });

  it('dispose sends what is queued and says whether it all landed', async () => {
    const store = new FakeCaseStore().addCase('C-001', auditor);
    const session = await openSession(store);
    store.hold();
    session.answer('comments', 'Written as the pane closed');
    const closing = session.dispose();
    expect(session.hasUnsaved()).toBe(true);
    store.release();
    await expect(closing).resolves.toBe(true);
    expect(store.rows.get('C-001')!.answers.get('comments')).toBe('Written as the pane closed');
    expect(() => session.answer('comments', 'late')).toThrow(/closed/);
  });

  it('dispose tries a waiting retry at once and reports the answer still unsaved if it fails again', async () => {
    const store = new FakeCaseStore().addCase('C-001', auditor);
    const session = await openSession(store);
    store.failNext(2);
    session.answer('police', 'no');
    await session.flush();
    await expect(session.dispose()).resolves.toBe(false);
    expect(store.saves).toHaveLength(2);
    expect(session.hasUnsaved()).toBe(true);
  });

  it('complete lists the engine issues and marks nothing', async () => {
    const store = new FakeCaseStore().addCase('C-001', auditor);
    const session = await openSession(store);
    const outcome = await session.complete();
    expect(outcome.kind).toBe('issues');
    if (outcome.kind === 'issues') {
      expect(outcome.issues.map((i) => i.question)).toEqual(['referral_type', 'police', 'received']);
    }
    expect(store.rows.get('C-001')!.status).toBe('Not started');
  });

  it('complete waits for pending saves, then marks a clean case Complete at the latest version', async () => {
    const store = new FakeCaseStore().addCase('C-001', auditor);
    const session = await openSession(store);
    session.answer('referral_type', 'contact');
    session.answer('police', 'yes');
    session.answer('received', { kind: 'date', days: 19390 });
    await expect(session.complete()).resolves.toEqual({ kind: 'complete' });
    expect(store.rows.get('C-001')!.status).toBe('Complete');
    expect(session.getSnapshot().status).toBe('Complete');
    expect(store.maxInFlight).toBe(1);
  });

  it('complete refuses while an answer is not saved', async () => {
    const store = new FakeCaseStore().addCase('C-001', auditor);
    const session = await openSession(store);
    store.failNext(5);
    session.answer('police', 'yes');
    await expect(session.complete()).resolves.toEqual({ kind: 'unsaved', count: 1 });
    await session.dispose();
  });

  it('escalate records the escalation raised by this auditor and counts it', async () => {
    const store = new FakeCaseStore().addCase('C-001', auditor);
    const session = await openSession(store);
    await session.escalate('  Unborn baby, mother homeless  ', 'On-site manager');
    expect(store.rows.get('C-001')!.escalations).toEqual([
      { reason: 'Unborn baby, mother homeless', agreedWith: 'On-site manager', raisedBy: auditor },
    ]);
    expect(session.getSnapshot().escalations).toBe(1);
    await expect(session.escalate(' ', '')).rejects.toThrow(/reason/);
  });

  it('notifies subscribers with a new snapshot on every change', async () => {
    const store = new FakeCaseStore().addCase('C-001', auditor);
    const session = await openSession(store);
    const seen: string[] = [];
    const stop = session.subscribe(() => seen.push(saveOf(session, 'police')));
    const before = session.getSnapshot();
    session.answer('police', 'yes');
    expect(session.getSnapshot()).not.toBe(before);
    await session.flush();
    stop();
    session.answer('police', 'no');
    await session.flush();
    expect(seen[0]).toBe('saving');
    expect(seen[seen.length - 1]).toBe('saved');
    expect(seen.length).toBeLessThan(6);
  });
});
