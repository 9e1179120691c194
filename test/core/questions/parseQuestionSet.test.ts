import { parseQuestionSet } from '../../../src/core/questions/parseQuestionSet';
import type { QuestionSet } from '../../../src/core/questions/QuestionSet';
import { sheet } from './sheets';

function parsed(input: Parameters<typeof parseQuestionSet>[0]): QuestionSet {
  const result = parseQuestionSet(input);
  expect(result.errors).toEqual([]);
  expect(result.questionSet).not.toBeNull();
  return result.questionSet!;
}

describe('parseQuestionSet: an ODK/KoboToolbox-style XLSForm', () => {
  const form = {
    survey: sheet('survey', [
      [
        'type',
        'name',
        'label::English (en)',
        'label::Français (fr)',
        'hint::English (en)',
        'relevant',
        'required',
        'media::image',
      ],
      ['begin group', 'referral', 'Referral', 'Orientation', '', '', '', ''],
      ['select_one source', 'source', 'Who referred?', 'Qui?', 'Pick one', '', 'yes', 'police.png'],
      ['date', 'received', 'Date received', 'Date', '', '', 'true()', ''],
      ['end group', '', '', '', '', '', '', ''],
      ['text', 'police_ref', 'Police reference', 'Réf', '', "${source} = 'police'", 'no', ''],
    ]),
    choices: sheet('choices', [
      ['list_name', 'name', 'label::English (en)'],
      ['source', 'police', 'Police'],
      ['source', 'school', 'School'],
    ]),
    settings: sheet('settings', [
      ['form_title', 'version', 'default_language'],
      ['Contacts audit', 2023030301, 'English (en)'],
    ]),
  };

  it('reads questions in sheet order with the first label column', () => {
    const qs = parsed(form);
    expect(qs.questions.map((q) => [q.name, q.type, q.label])).toEqual([
      ['source', 'select_one', 'Who referred?'],
      ['received', 'date', 'Date received'],
      ['police_ref', 'text', 'Police reference'],
    ]);
    expect(qs.byName.get('source')?.choices).toEqual([
      { name: 'police', label: 'Police' },
      { name: 'school', label: 'School' },
    ]);
    expect(qs.byName.get('source')?.hint).toBe('Pick one');
  });

  it('keeps the second language and unknown columns in extra, by their header', () => {
    const source = parsed(form).byName.get('source')!;
    expect(source.extra).toEqual({ 'label::Français (fr)': 'Qui?', 'media::image': 'police.png' });
  });

  it('builds the group tree and records each question’s groups', () => {
    const qs = parsed(form);
    expect(qs.groups.map((g) => g.name)).toEqual(['referral']);
    expect(qs.byName.get('received')?.groups).toEqual(['referral']);
    expect(qs.byName.get('police_ref')?.groups).toEqual([]);
    const [first, second] = qs.items;
    expect(
      first?.kind === 'group' && first.items.map((i) => (i.kind === 'question' ? i.question.name : '')),
    ).toEqual(['source', 'received']);
    expect(second?.kind === 'question' && second.question.name).toBe('police_ref');
  });

  it('reads required as yes, true() and no, and compiles relevance once', () => {
    const qs = parsed(form);
    const now = () => new Date(0);
    expect(qs.byName.get('source')?.required?.evaluate({ ref: () => '', now })).toBe(true);
    expect(qs.byName.get('received')?.required?.evaluate({ ref: () => '', now })).toBe(true);
    expect(qs.byName.get('police_ref')?.required).toBeNull();
    expect(qs.byName.get('police_ref')?.relevant?.references).toEqual(['source']);
  });

  it('reads XLSForm-layout settings: a header row of names and a row of values', () => {
    const qs = parsed(form);
    expect(qs.title).toBe('Contacts audit');
    expect(qs.version).toBe('2023030301');
    expect(qs.settings['default_language']).toBe('English (en)');
  });

  it('remembers where each definition came from', () => {
    const source = parsed(form).byName.get('source')!.source;
    expect(source).toMatchObject({ sheet: 'survey', row: 3 });
    expect(source.cells['type']).toBe('A3');
    expect(source.cells['relevant']).toBe('F3');
  });
});

describe('parseQuestionSet: layout details', () => {
  it('matches headers ignoring case and spaces, and finds them below blank rows', () => {
    const qs = parsed({
      survey: sheet('Questions', [
        [null, null],
        [' TYPE ', 'Name', 'Label', 'Constraint Message', 'CHART', 'grade'],
        ['integer', 'children', 'Children in household', 'Too many', 'Column', 'good'],
      ]),
    });
    const q = qs.byName.get('children')!;
    expect(q.constraintMessage).toBe('Too many');
    expect(q.chart).toBe('column');
    expect(q.grade).toBe('good');
    expect(q.source.row).toBe(3);
  });

  it('reports addresses relative to where the sheet data starts', () => {
    const result = parseQuestionSet({
      survey: sheet(
        'Questions',
        [
          ['type', 'name'],
          ['text', '1bad'],
        ],
        { row: 4, column: 3 },
      ),
    });
    expect(result.errors).toEqual([expect.objectContaining({ sheet: 'Questions', cell: 'D5' })]);
  });

  it('reads our name/value settings rows', () => {
    const qs = parsed({
      survey: sheet('Questions', [
        ['type', 'name'],
        ['text', 'a'],
      ]),
      settings: sheet('Settings', [
        ['Name', 'Value', 'Notes'],
        ['form_title', 'Re-referrals audit', 'shown in the pane'],
        ['Version', 3, ''],
        ['suppression', 5, 'hide counts under 5'],
      ]),
    });
    expect(qs.title).toBe('Re-referrals audit');
    expect(qs.version).toBe('3');
    expect(qs.settings).toEqual({ form_title: 'Re-referrals audit', version: '3', suppression: '5' });
  });

  it('orders calculations so each follows what it reads, whatever the sheet order', () => {
    const qs = parsed({
      survey: sheet('survey', [
        ['type', 'name', 'calculation'],
        ['calculate', 'total', '${part} + ${other}'],
        ['calculate', 'part', '${base} * 2'],
        ['integer', 'base', ''],
        ['calculate', 'other', '${part} + 1'],
      ]),
    });
    expect(qs.calculationOrder).toEqual(['part', 'other', 'total']);
  });

  it('accepts dateTime in any case and the begin_group/end_group spelling', () => {
    const qs = parsed({
      survey: sheet('survey', [
        ['type', 'name'],
        ['begin_group', 'g'],
        ['datetime', 'seen'],
        ['dateTime', 'closed'],
        ['end_group', ''],
      ]),
    });
    expect(qs.questions.map((q) => q.type)).toEqual(['dateTime', 'dateTime']);
  });
});
