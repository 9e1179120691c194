import type { ExcelHost } from '../ExcelHost';
import type { AuditPlanning, AuditPlanningOptions } from './AuditPlanning';

/** The planning calls the pane makes: AuditPlanning's public operations. */
export type PlanningPort = Pick<
  AuditPlanning,
  | 'checkCaseList'
  | 'drawSample'
  | 'verifySample'
  | 'markNotAudited'
  | 'allocate'
  | 'progress'
  | 'drawModeration'
  | 'moderationReport'
  | 'resolveDisagreement'
  | 'moderationCases'
  | 'openModerationCase'
  | 'saveModerationCase'
  | 'importAuditRows'
>;

/**
 * AuditPlanning, loaded (import()) the first time the lead uses it: auditors never need sampling,
 * allocation or moderation, and the task pane's first load has a 250 KB budget (docs/decisions.md).
 */
export function lazyPlanning(host: ExcelHost, options: AuditPlanningOptions = {}): PlanningPort {
  let loading: Promise<AuditPlanning> | null = null;
  const planning = () =>
    (loading ??= import('./AuditPlanning').then((m) => new m.AuditPlanning(host, options)));
  return {
    checkCaseList: async () => (await planning()).checkCaseList(),
    drawSample: async (...args) => (await planning()).drawSample(...args),
    verifySample: async (sample) => (await planning()).verifySample(sample),
    markNotAudited: async (...args) => (await planning()).markNotAudited(...args),
    allocate: async (...args) => (await planning()).allocate(...args),
    progress: async () => (await planning()).progress(),
    drawModeration: async (...args) => (await planning()).drawModeration(...args),
    moderationReport: async (...args) => (await planning()).moderationReport(...args),
    resolveDisagreement: async (...args) => (await planning()).resolveDisagreement(...args),
    moderationCases: async () => (await planning()).moderationCases(),
    openModerationCase: async (caseId) => (await planning()).openModerationCase(caseId),
    saveModerationCase: async (change) => (await planning()).saveModerationCase(change),
    importAuditRows: async (...args) => (await planning()).importAuditRows(...args),
  };
}
