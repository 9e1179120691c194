import type { Question } from '../../core/questions/QuestionSet';
import type { PlanningPort } from '../../excel/planning/lazyPlanning';
import type { PlanningPanelProps } from '../planning';

export type { PlanningPort };

/** Wires the Planning panel to the workbook; the lead's name is who drew, marked, moderated or resolved. */
export function planningPanelProps(
  planning: PlanningPort,
  lead: string,
  questions: readonly Question[],
  onSelectCell: (sheet: string, cell: string) => void,
): PlanningPanelProps {
  return {
    lead,
    questions,
    onSelectCell,
    onCheckCaseList: () => planning.checkCaseList(),
    onDrawSample: (request, seed, drawnBy) => planning.drawSample(request, seed, drawnBy),
    onVerifySample: (sample) => planning.verifySample(sample),
    onMarkNotAudited: (caseId, reason, markedBy) => planning.markNotAudited(caseId, reason, markedBy),
    onAllocate: (auditors, options) => planning.allocate(auditors, options),
    onProgress: () => planning.progress(),
    onDrawModeration: (share, seed) => planning.drawModeration(share, seed, lead),
    onModerationReport: () => planning.moderationReport(),
    onResolveDisagreement: (disagreement, resolution, resolvedBy) =>
      planning.resolveDisagreement(disagreement, resolution, resolvedBy),
  };
}
