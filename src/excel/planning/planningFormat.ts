/**
 * The planning sheets (docs/workbook-format.md, "Planning sheets"): where the case list, the sampling
 * record, Not audited marks, moderation and the lead's resolutions live. Like the audit's own sheets,
 * these are a public contract: people and other tools read them without the add-in.
 */
export const PLANNING_SHEETS = {
  caseList: 'Case list',
  samples: 'Samples',
  notAudited: 'Not audited',
  moderation: 'Moderation',
  resolutions: 'Resolutions',
} as const;

/** Table names cannot hold spaces, so "Case list" is the table Case_list (and so on). */
export function tableNameOf(sheet: string): string {
  return sheet.replace(/ /g, '_');
}

/** One row per draw, enough to re-draw it (docs/sampling.md) and to check the result (Fingerprint). */
export const SAMPLE_COLUMNS = [
  'Sample',
  'Drawn at',
  'Drawn by',
  'Seed',
  'Algorithm',
  'Method',
  'Request',
  'Population',
  'Groups',
  'Drawn',
  'Added to Audit',
  'Already in Audit',
  'Fingerprint',
] as const;

export const NOT_AUDITED_COLUMNS = ['Case ID', 'Reason', 'Marked by', 'Marked at'] as const;

/** The Moderation table's first columns; one column per select question follows. */
export const MODERATION_FIXED = ['Case ID', 'Moderator', 'Status'] as const;

export const RESOLUTION_COLUMNS = [
  'Case ID',
  'Question',
  'Auditor',
  'Moderator',
  'First answer',
  'Second answer',
  'Resolution',
  'Resolved by',
  'Resolved at',
] as const;
