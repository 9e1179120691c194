import type { Allocation } from '../../core/allocation/Allocation';
import { createCodec, type Codec } from '../../core/codec/createCodec';
import type { CaseSummary, OpenedCase, SaveResult } from '../../core/cases/CaseStore';
import type { AuditSnapshot } from '../../core/merge/mergeAudits';
import type { AgreementReport, Disagreement } from '../../core/moderation/AgreementReport';
import type { QuestionSet } from '../../core/questions/QuestionSet';
import type { CaseList } from '../../core/sampling/readCaseList';
import type { SampleRequest } from '../../core/sampling/SampleResult';
import { AuditWorkbookError, workbookError } from '../AuditWorkbookError';
import type { ExcelHost } from '../ExcelHost';
import { readQuestionSet } from '../readQuestionSet';
import { SHEETS } from '../workbookFormat';
import { allocateAuditors } from './allocateAuditors';
import { checkCaseList } from './checkCaseList';
import { drawModerationRows, type ModerationDraw } from './drawModerationRows';
import { type DrawOptions, drawSampleRows, type WorkbookDraw } from './drawSampleRows';
import { refreshedAtText } from '../findings/refreshedAtText';
import { importAuditRows, type ImportResult } from './importAuditRows';
import { markCaseNotAudited } from './markCaseNotAudited';
import { moderationReportOf } from './moderationReportOf';
import { listModerationCases, openModerationCase } from './openModerationCase';
import { type ModerationWrite, writeModerationRow } from './moderationRow';
import type { AllocationRequest } from './planAllocation';
import { type ProgressBoard, readProgress } from './readProgress';
import { recordResolution } from './recordResolution';
import { type ModerationChange, saveModerationCase } from './saveModerationCase';
import { type SampleCheck, verifySample } from './verifySample';

export interface AuditPlanningOptions {
  /** The clock behind every record's date; injected so tests are reproducible. */
  readonly now?: () => Date;
}

/**
 * The audit lead's side of the workbook: the Case list, sampling, allocation, progress, moderation and
 * combining workbooks (docs/sampling.md, docs/workbook-format.md). Nothing about cases is kept here:
 * every call reads what it needs afresh. Requests the workbook cannot meet come back `refused` with
 * problems; a damaged workbook throws an AuditWorkbookError naming the sheet and cell.
 */
export class AuditPlanning {
  private readonly now: () => Date;
  private questions: { set: QuestionSet; codec: Codec } | null = null;

  constructor(
    private readonly host: ExcelHost,
    options: AuditPlanningOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
  }

  checkCaseList(): Promise<CaseList> {
    return checkCaseList(this.host);
  }

  /** Draws, adds the new cases to Audit as Not started, records the draw; `allocate` shares them out too. */
  drawSample(
    request: SampleRequest,
    seed: string,
    drawnBy: string,
    allocate?: AllocationRequest,
  ): Promise<WorkbookDraw> {
    const options: DrawOptions = {
      now: this.now(),
      drawnBy,
      ...(allocate === undefined ? {} : { allocate }),
    };
    return drawSampleRows(this.host, request, seed, options);
  }

  /** Re-draws sample `sample` (its number in the Samples table) and compares it with the record. */
  verifySample(sample: number): Promise<SampleCheck> {
    return verifySample(this.host, sample, this.now());
  }

  /** Marks a case Not audited with a reason; refusals (blank reason, marked already) are thrown with cells. */
  async markNotAudited(caseId: string, reason: string, markedBy = ''): Promise<void> {
    const result = await markCaseNotAudited(this.host, caseId, reason, markedBy, this.now);
    if (result.kind === 'refused')
      throw new AuditWorkbookError(
        result.problems.map((p) => ({
          sheet: p.sheet ?? SHEETS.audit,
          cell: p.cell ?? '',
          message: p.message,
        })),
      );
  }

  allocate(
    auditors: readonly string[],
    options: Omit<AllocationRequest, 'auditors'> = {},
  ): Promise<Allocation> {
    return allocateAuditors(this.host, { ...options, auditors });
  }

  progress(): Promise<ProgressBoard> {
    return readProgress(this.host);
  }

  /**
   * Draws completed cases to re-audit. `drawnBy` (the lead) goes in the Samples record; the new Moderation
   * rows' Moderator is `options.moderator` when the lead names one, else blank until the moderator saves.
   */
  async drawModeration(
    share: number,
    seed: string,
    drawnBy = '',
    options: { readonly moderator?: string } = {},
  ): Promise<ModerationDraw> {
    const { codec } = await this.questionSet();
    return drawModerationRows(this.host, codec, share, seed, {
      drawnBy,
      ...(options.moderator === undefined ? {} : { moderator: options.moderator }),
      now: this.now(),
    });
  }

  async saveModerationAnswer(write: ModerationWrite): Promise<void> {
    const { codec } = await this.questionSet();
    return writeModerationRow(this.host, codec, write);
  }

  /** The cases drawn for moderation (Case ID, Moderator, Status); none before the first draw. */
  moderationCases(): Promise<CaseSummary[]> {
    return listModerationCases(this.host);
  }

  /** A re-audit as far as it went: the moderator's answers from the Moderation row, never the Audit row's. */
  async openModerationCase(caseId: string): Promise<OpenedCase> {
    const { codec } = await this.questionSet();
    return openModerationCase(this.host, codec, caseId);
  }

  /** Saves a re-audit's answer or status; a co-moderator's change comes back as a conflict. */
  async saveModerationCase(change: ModerationChange): Promise<SaveResult> {
    let codec: Codec;
    try {
      ({ codec } = await this.questionSet());
    } catch (error) {
      return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
    return saveModerationCase(this.host, codec, change, this.now);
  }

  async moderationReport(decimals = 0): Promise<AgreementReport> {
    const { codec } = await this.questionSet();
    return moderationReportOf(this.host, codec, decimals);
  }

  resolveDisagreement(disagreement: Disagreement, resolution: string, resolvedBy: string): Promise<void> {
    return recordResolution(this.host, disagreement, resolution, resolvedBy, this.now);
  }

  /**
   * Imports another workbook's Audit rows (decoded with the same question set); conflicts are returned, and
   * the import is recorded on a new Merge log sheet naming the lead.
   */
  async importAuditRows(incoming: AuditSnapshot, lead = ''): Promise<ImportResult> {
    const { set, codec } = await this.questionSet();
    return importAuditRows(this.host, set, codec, incoming, {
      madeAt: refreshedAtText(this.now()),
      lead,
    });
  }

  private async questionSet(): Promise<{ set: QuestionSet; codec: Codec }> {
    if (this.questions !== null) return this.questions;
    const loaded = await readQuestionSet(this.host);
    if (loaded.questionSet === null) {
      const first = loaded.issues[0];
      throw workbookError(
        first?.sheet ?? SHEETS.questions,
        first?.cell ?? '',
        `The audit's questions cannot be read, so moderation and imports cannot work. ${loaded.issues.map((i) => i.message).join(' ')}`,
      );
    }
    this.questions = { set: loaded.questionSet, codec: createCodec(loaded.questionSet) };
    return this.questions;
  }
}
