/**
 * The workbook format: sheet names, fixed columns and cell formats. This is a public contract (see
 * docs/workbook-format.md): auditors and other tools read and write these sheets without the add-in.
 */
export const SHEETS = {
  questions: 'Questions',
  choices: 'Choices',
  settings: 'Settings',
  indicators: 'Indicators',
  audit: 'Audit',
  escalations: 'Escalations',
} as const;

export type DefinitionSheet = 'questions' | 'choices' | 'settings' | 'indicators';

/** Names a reader accepts for each definition sheet, so an ODK/KoboToolbox XLSForm works as it is. */
export const SHEET_ALIASES: Readonly<Record<DefinitionSheet, readonly string[]>> = {
  questions: [SHEETS.questions, 'survey'],
  choices: [SHEETS.choices, 'choices'],
  settings: [SHEETS.settings, 'settings'],
  indicators: [SHEETS.indicators],
};

export const CASE_ID = 'Case ID';
export const AUDITOR = 'Auditor';
export const STATUS = 'Status';
export const LAST_SAVED = 'Last saved';
export const SAVED_BY = 'Saved by';
export const VERSION = 'Version';

/** The Audit table's first columns, in order; question columns follow. */
export const AUDIT_FIXED_COLUMNS = [CASE_ID, AUDITOR, STATUS, LAST_SAVED, SAVED_BY, VERSION] as const;

/** Row 1 explains each fixed column to a person working in the sheet without the pane. */
export const AUDIT_FIXED_LABELS: Readonly<Record<string, string>> = {
  [CASE_ID]: 'One row per case; each Case ID once',
  [AUDITOR]: 'Who audits this case',
  [STATUS]: 'Not started, In progress or Complete',
  [LAST_SAVED]: 'When an answer was last saved',
  [SAVED_BY]: 'Who saved it',
  [VERSION]: 'Counts saves; leave it to the add-in',
};

export const STATUSES = ['Not started', 'In progress', 'Complete'] as const;

export const ESCALATION_COLUMNS = [
  CASE_ID,
  'Raised by',
  'Raised at',
  'Reason',
  'Agreed with',
  'Action taken',
  'Response',
  STATUS,
] as const;

export const ESCALATION_OPEN = 'Open';

/** The Audit table's header is on row 2; row 1 holds each column's label (question wording). */
export const AUDIT_HEADER_ROW = 2;

export const FORMAT = {
  text: '@',
  general: 'General',
  date: 'yyyy-mm-dd',
  dateTime: 'yyyy-mm-dd hh:mm',
  whole: '0',
} as const;

export const DEFAULT_SETTINGS: readonly (readonly [string, string | number])[] = [
  ['form_title', 'Case audit'],
  ['version', '1'],
  ['percent_decimals', 0],
  ['suppression_threshold', 5],
  ['include_in_progress', 'no'],
];

export const DEFINITION_HEADERS: Readonly<Record<DefinitionSheet, readonly string[]>> = {
  questions: ['type', 'name', 'label', 'hint', 'required', 'relevant', 'constraint', 'calculation'],
  choices: ['list_name', 'name', 'label'],
  settings: ['name', 'value'],
  indicators: ['name', 'label', 'numerator', 'denominator', 'chart'],
};
