import type { CellValue } from '../sheets/SheetData';

/*
 * The built-in audit tool: the contacts and re-referrals audit behind the SESLIP report of March 2023
 * (/work/shared/seed), as an XLSForm-style question set. Each indicator is one of the report's headline
 * figures; its label reads on from "N (P%) of D", so the sentence comes out in the report's own words.
 */

// prettier-ignore
const SURVEY_COLUMNS = [
  'type', 'name', 'label', 'hint', 'required', 'required_message', 'relevant', 'constraint',
  'constraint_message', 'calculation', 'appearance', 'chart', 'grade',
] as const;
type SurveyColumn = (typeof SURVEY_COLUMNS)[number];
type Extra = Partial<Record<Exclude<SurveyColumn, 'type' | 'name' | 'label'>, string>>;

function row(type: string, name: string, label: string, extra: Extra = {}): CellValue[] {
  const cells: Record<string, string> = { type, name, label, ...extra };
  return SURVEY_COLUMNS.map((c) => cells[c] ?? null);
}
/** Required with the report's wording for what is missing. */
const ask = (type: string, name: string, label: string, extra: Extra = {}): CellValue[] =>
  row(type, name, label, { required: 'yes', ...extra });
const yesNo = (name: string, label: string, extra: Extra = {}): CellValue[] =>
  ask('select_one yes_no', name, label, { chart: 'pie', ...extra });
const end = (name: string): CellValue[] => row('end_group', name, '');

const REREFERRAL = "${case_type} = 're_referral'";
const HELD = "${strategy_held} = 'yes'";

const survey: CellValue[][] = [
  [...SURVEY_COLUMNS],
  row('begin_group', 'contact', 'The contact or referral'),
  ask('select_one case_type', 'case_type', 'Is this a contact/referral or a re-referral?', { chart: 'pie' }),
  ask('select_one source', 'source', 'Who made the contact or referral?', { chart: 'bar' }),
  yesNo('police_clear', 'Was the contact from the Police clearly recorded?', {
    relevant: "${source} = 'police'",
  }),
  ask('select_one category', 'primary_category', 'Primary category of concern', { chart: 'bar' }),
  ask('dateTime', 'date_received', 'Date and time the contact or referral was received'),
  ask('dateTime', 'date_screened', 'Date and time it was screened', {
    constraint: '. >= ${date_received}',
    constraint_message: 'The case cannot be screened before it was received: check both dates.',
  }),
  // A calculation, never an auditor's judgement: 24 hours is one day in date arithmetic.
  row('calculate', 'screened_24h', 'Screened within 24 hours', {
    calculation:
      "if(${date_screened} = '' or ${date_received} = '', '', if(${date_screened} - ${date_received} <= 1, 'yes', 'no'))",
  }),
  end('contact'),
  row('begin_group', 'previous', 'Previous involvement (re-referrals)', { relevant: REREFERRAL }),
  ask('select_one plan', 'previous_plan', 'Highest level of previous support', { chart: 'bar' }),
  yesNo('prior_assessment', 'Had an assessment been completed before the re-referral?'),
  ask('select_one interval', 'reref_interval', 'Time from previous involvement to re-referral', {
    chart: 'column',
  }),
  yesNo('same_concerns', 'Were the concerns the same as at the previous referral?'),
  end('previous'),
  row('begin_group', 'front_door', 'Front door and management oversight'),
  yesNo('mash_checks', 'Were MASH checks completed?'),
  yesNo('management_oversight', 'Was management oversight recorded?'),
  yesNo('analysis_shown', 'Did the oversight show analysis and rationale for the decision?', {
    relevant: "${management_oversight} = 'yes'",
  }),
  yesNo('threshold_clear', 'Was the application of threshold clear in response to the contact/referral?', {
    hint: 'Look for reference to the threshold pathway document.',
  }),
  end('front_door'),
  row('begin_group', 'strategy', 'Strategy discussion'),
  yesNo('strategy_held', 'Was a strategy discussion held?'),
  yesNo('strategy_in_time', 'Was it held within timescales?', { relevant: HELD }),
  yesNo('strategy_actions', 'Were actions clearly recorded following its outcome?', { relevant: HELD }),
  end('strategy'),
  row('begin_group', 'recording', 'Case recording'),
  yesNo('child_focused', 'Was the case recording child-focused?'),
  yesNo('acronyms', 'Did acronyms make the record hard to follow?'),
  ask('select_one yes_no_na', 'siblings_together', 'Were siblings considered together?', { chart: 'pie' }),
  end('recording'),
  row('begin_group', 'outcome', 'Overall'),
  ask('select_one grade', 'overall_grade', 'Overall grade', { chart: 'column', grade: 'overall' }),
  yesNo('escalated', 'Was the case escalated for safeguarding concerns?'),
  ask('text', 'escalation_reason', 'Why was the case escalated?', {
    relevant: "${escalated} = 'yes'",
    required_message: 'Say why the case was escalated, so that the escalation can be followed up.',
    appearance: 'multiline',
  }),
  row('text', 'auditor_comments', 'Auditor comments', { appearance: 'multiline' }),
  end('outcome'),
];

// prettier-ignore
const lists: Record<string, [string, string][]> = {
  case_type: [['contact', 'Contact/referral'], ['re_referral', 'Re-referral']],
  source: [
    ['police', 'Police'], ['school', 'School'], ['health', 'Health'], ['early_help', 'Early Help'],
    ['family', 'Family or member of the public'], ['other_la', 'Another local authority'], ['other', 'Other'],
  ],
  yes_no: [['yes', 'Yes'], ['no', 'No']],
  yes_no_na: [['yes', 'Yes'], ['no', 'No'], ['na', 'No siblings']],
  category: [
    ['domestic_abuse', 'Domestic abuse'], ['neglect', 'Neglect'], ['physical_abuse', 'Physical abuse'],
    ['sexual_abuse', 'Sexual abuse'], ['emotional_abuse', 'Emotional abuse'],
    ['contextual_safeguarding', 'Contextual safeguarding'], ['other', 'Other'],
  ],
  plan: [['none', 'None'], ['early_help', 'Early Help'], ['cin', 'Child in Need plan'], ['cp', 'Child Protection plan']],
  interval: [['m0_3', '0-3 months'], ['m4_6', '4-6 months'], ['m7_12', '7-12 months'], ['m12_plus', 'More than 12 months']],
  grade: [
    ['outstanding', 'Outstanding'], ['good', 'Good'],
    ['requires_improvement', 'Requires improvement'], ['inadequate', 'Inadequate'],
  ],
};

const choices: CellValue[][] = [
  ['list_name', 'name', 'label'],
  ...Object.entries(lists).flatMap(([list, items]) => items.map(([name, label]) => [list, name, label])),
];

const settings: CellValue[][] = [
  ['name', 'value'],
  ['form_title', 'Contacts and re-referrals audit'],
  ['version', '2023-03'],
  ['percent_decimals', 0],
  ['suppression_threshold', 5],
  ['include_in_progress', 'no'],
];

const RE = REREFERRAL;
const POLICE = "${source} = 'police'";
const yes = (name: string): string => `\${${name}} = 'yes'`;

/**
 * One row per headline figure of the report; docs/seed-report-check.md maps each to its paragraph. The ones
 * with `bar` in the chart column are drawn together in the Findings sheet's indicators chart.
 */
// prettier-ignore
const indicators: CellValue[][] = [
  ['name', 'label', 'numerator', 'denominator', 'chart'],
  ['contacts', 'cases audited were contacts/referrals', "${case_type} = 'contact'", '', ''],
  ['re_referrals', 'cases audited were re-referrals', RE, '', ''],
  ['police', 'cases audited were contacts/referrals from the Police', POLICE, '', ''],
  ['police_clear', 'contacts/referrals from the Police were clearly recorded', yes('police_clear'), POLICE, 'bar'],
  ['domestic_abuse', 'cases had domestic abuse as the primary category', "${primary_category} = 'domestic_abuse'", '', ''],
  ['reref_neglect', 're-referrals had neglect as the primary category', "${primary_category} = 'neglect'", RE, ''],
  ['reref_domestic_abuse', 're-referrals had domestic abuse as the primary category', "${primary_category} = 'domestic_abuse'", RE, ''],
  ['reref_physical_abuse', 're-referrals had physical abuse as the primary category', "${primary_category} = 'physical_abuse'", RE, ''],
  ['prior_assessment', 're-referrals had an assessment completed before the re-referral', yes('prior_assessment'), RE, ''],
  ['cin_cp_before', 're-referrals had previously been subject to a Child in Need or Child Protection plan', "${previous_plan} = 'cin' or ${previous_plan} = 'cp'", RE, ''],
  ['reref_0_3_months', 're-referrals came within 0-3 months of previous involvement', "${reref_interval} = 'm0_3'", RE, 'bar'],
  ['same_concerns', 're-referrals had the same concerns as the previous referral', yes('same_concerns'), RE, ''],
  ['threshold_clear', 'cases audited showed a clear application of threshold', yes('threshold_clear'), '', 'bar'],
  ['threshold_unclear', 'cases audited did not show a clear application of threshold', "${threshold_clear} = 'no'", '', ''],
  ['management_oversight', 'cases audited had management oversight recorded', yes('management_oversight'), '', ''],
  ['analysis_shown', 'cases audited showed analysis and rationale for the decision', yes('analysis_shown'), '', 'bar'],
  ['screened_24h', 'cases audited were screened within 24 hours', yes('screened_24h'), '', 'bar'],
  ['strategy_held', 'cases audited had a strategy discussion', yes('strategy_held'), '', ''],
  ['strategy_in_time', 'strategy discussions were held within timescales', yes('strategy_in_time'), yes('strategy_held'), ''],
  ['strategy_actions', 'strategy discussions had actions clearly recorded', yes('strategy_actions'), yes('strategy_held'), ''],
  ['mash_checks', 'cases audited had MASH checks completed', yes('mash_checks'), '', ''],
  ['no_mash_checks', 'cases audited did not have MASH checks completed', "${mash_checks} = 'no'", '', ''],
  ['escalated', 'cases audited were escalated for safeguarding concerns', yes('escalated'), '', ''],
];

export const auditTemplate: {
  survey: CellValue[][];
  choices: CellValue[][];
  settings: CellValue[][];
  indicators: CellValue[][];
} = { survey, choices, settings, indicators };
