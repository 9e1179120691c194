import type { CaseStatus, CaseStore, OpenedCase } from '../../core/cases/CaseStore';
import { safely } from './safely';
import type { CaseSessionSnapshot, CompleteOutcome } from './SaveState';
import type { WriteLock } from './WriteLock';

export type CaseRowFields = Pick<
  CaseSessionSnapshot,
  'version' | 'status' | 'lastSaved' | 'savedBy' | 'escalations'
>;

/**
 * The case row's own columns (Version, Status, Last saved, Saved by, Escalations) as last known, and
 * the status writes that change them. Writes take the case's lock, so they never overlap an answer's save.
 */
export class CaseRow {
  private version: number;
  private status: CaseStatus;
  private lastSaved: string;
  private savedBy: string;
  private escalations: number;

  constructor(
    opened: OpenedCase,
    private readonly store: CaseStore,
    private readonly auditor: string,
    private readonly lock: WriteLock,
  ) {
    this.version = opened.version;
    this.status = opened.status;
    this.lastSaved = opened.lastSaved;
    this.savedBy = opened.savedBy;
    this.escalations = opened.escalations;
  }

  /** The row Version every write is based on, so the store can spot a co-author's change. */
  get baseVersion(): number {
    return this.version;
  }

  fields(): CaseRowFields {
    const { version, status, lastSaved, savedBy, escalations } = this;
    return { version, status, lastSaved, savedBy, escalations };
  }

  recordSaved(version: number, savedAt: string): void {
    this.version = version;
    this.lastSaved = savedAt;
    this.savedBy = this.auditor;
  }

  /** Writes Complete; the caller has already checked the case is saved and clean. */
  async markComplete(caseId: string): Promise<CompleteOutcome> {
    const result = await this.lock.run(() =>
      safely(() => this.store.setStatus(caseId, 'Complete', this.auditor, this.version)),
    );
    if (result.kind === 'conflict') return { kind: 'conflict', savedBy: result.savedBy };
    if (result.kind === 'failed') return { kind: 'failed', message: result.message };
    this.status = 'Complete';
    this.recordSaved(result.version, result.savedAt);
    return { kind: 'complete' };
  }

  /** Records a safeguarding escalation; rejects with the store's message if it could not be written. */
  async escalate(caseId: string, reason: string, agreedWith: string): Promise<void> {
    if (reason.trim() === '') throw new Error('Enter the reason for the escalation.');
    const escalation = { reason: reason.trim(), agreedWith: agreedWith.trim(), raisedBy: this.auditor };
    await this.lock.run(() => this.store.escalate(caseId, escalation));
    this.escalations += 1;
  }
}
