import type { CompiledExpression, Environment } from '../../../src/core/expr/Expression';
import type { Value } from '../../../src/core/expr/Value';
import type {
  Choice,
  FormItem,
  Group,
  Question,
  QuestionSet,
  QuestionType,
} from '../../../src/core/questions/QuestionSet';

/*
 * A small audit form built by hand (the parser is another engineer's), shaped like the agreed questions
 * in the SESLIP contacts and re-referrals audit: a re-referral group that only applies to re-referrals,
 * a long choice list, a constraint, required questions, a note and a calculation.
 */

function expr(
  source: string,
  references: string[],
  run: (ref: (name: string) => Value, dot: Value) => Value,
) {
  const compiled: CompiledExpression = {
    source,
    references,
    usesDot: source.includes('.'),
    evaluate: (env: Environment) => run((name) => env.ref(name), env.dot ?? ''),
  };
  return compiled;
}

const yes = expr('yes', [], () => true);
const choices = (...names: string[]): Choice[] =>
  names.map((name) => ({ name, label: name.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()) }));
const yesNo = choices('yes', 'no');

function question(
  name: string,
  type: QuestionType,
  label: string,
  groups: string[],
  more: Partial<Question> = {},
) {
  const q: Question = {
    name,
    type,
    label,
    hint: '',
    listName: '',
    choices: [],
    required: null,
    requiredMessage: '',
    relevant: null,
    constraint: null,
    constraintMessage: '',
    calculation: null,
    defaultValue: '',
    readOnly: false,
    appearance: '',
    chart: null,
    grade: '',
    groups,
    extra: {},
    source: { sheet: 'survey', row: 2, cells: {} },
    ...more,
  };
  return q;
}

const contact = ['contact'];
const rereferral = ['rereferral'];
const oversight = ['oversight'];

export const questions: Question[] = [
  question('referral_type', 'select_one', 'Was this a contact or a re-referral?', contact, {
    choices: choices('contact', 're_referral'),
    required: yes,
  }),
  question('police', 'select_one', 'Was the contact from the Police?', contact, {
    choices: yesNo,
    required: yes,
  }),
  question('police_clear', 'select_one', 'Was the Police contact clearly recorded?', contact, {
    choices: yesNo,
    relevant: expr("${police} = 'yes'", ['police'], (ref) => ref('police') === 'yes'),
  }),
  question('reason', 'select_one', 'Primary reason for the contact', contact, {
    choices: choices(
      'domestic_abuse',
      'neglect',
      'physical_abuse',
      'sexual_abuse',
      'emotional_abuse',
      'exploitation',
      'mental_health',
      'other',
    ),
  }),
  question('received', 'date', 'Date received', contact, {
    required: yes,
    hint: 'As recorded on the contact.',
  }),
  question('screened', 'dateTime', 'Date and time screened', contact),
  question('months_since', 'integer', 'Months since previous involvement', rereferral, {
    constraint: expr(
      '. >= 0 and . <= 120',
      [],
      (_r, dot) => dot === '' || (Number(dot) >= 0 && Number(dot) <= 120),
    ),
    constraintMessage: 'Months must be between 0 and 120.',
  }),
  question('same_concerns', 'select_one', 'Were the concerns the same as last time?', rereferral, {
    choices: yesNo,
    required: yes,
    requiredMessage: 'Say whether the concerns were the same.',
  }),
  question('oversight_shows', 'select_multiple', 'Management oversight shows', oversight, {
    choices: choices('analysis', 'rationale', 'history'),
  }),
  question('oversight_note', 'note', 'Look for analysis, not a copy of case notes.', oversight),
  question('comments', 'text', 'Comments', oversight),
  question('score', 'calculate', 'Oversight points', oversight, {
    calculation: expr('count-selected(${oversight_shows})', ['oversight_shows'], (ref) => {
      const v = ref('oversight_shows');
      return typeof v === 'string' && v !== '' ? v.split(' ').length : 0;
    }),
  }),
];

const group = (name: string, label: string, relevant: CompiledExpression | null = null): Group => ({
  name,
  label,
  relevant,
  groups: [],
  source: { sheet: 'survey', row: 1, cells: {} },
});

export const groups: Group[] = [
  group('contact', 'Contact or referral'),
  group(
    'rereferral',
    'Re-referral',
    expr(
      "${referral_type} = 're_referral'",
      ['referral_type'],
      (ref) => ref('referral_type') === 're_referral',
    ),
  ),
  group('oversight', 'Management oversight'),
];

const items: FormItem[] = groups.map((g) => ({
  kind: 'group',
  group: g,
  items: questions.filter((q) => q.groups[0] === g.name).map((q) => ({ kind: 'question', question: q })),
}));

export const sampleQuestionSet: QuestionSet = {
  title: 'Contacts and re-referrals audit',
  version: '2023-02',
  settings: {},
  questions,
  groups,
  items,
  byName: new Map(questions.map((q) => [q.name, q])),
  calculationOrder: ['score'],
};
