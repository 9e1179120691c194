import { containing, like, anyString } from '../questions/matchers';
import type { CaseEvaluation } from '../../../src/core/cases/CaseEvaluation';
import { createCaseEvaluator } from '../../../src/core/cases/createCaseEvaluator';
import { evaluateCase } from '../../../src/core/cases/evaluateCase';
import { dateFromIso } from '../../../src/core/expr/dates';
import { auditCase, auditForm, FEB_10 } from './auditForm';

const day = (iso: string) => dateFromIso(iso)!;
const evaluate = createCaseEvaluator(auditForm, { now: FEB_10 });
const kinds = (e: CaseEvaluation) => e.issues.map((i) => `${i.kind}:${i.question}`);

/** A complete, consistent contact from a school. */
const complete = {
  case_type: 'contact',
  received: day('2023-02-01'),
  screened: day('2023-02-02'),
  source: 'school',
};

describe('evaluateCase: relevance', () => {
  it('asks the police group only for police contacts, whatever its place in the sheet', () => {
    expect(evaluate(auditCase(complete)).relevant.has('police')).toBe(false);
    const police = evaluate(auditCase({ ...complete, source: 'police' }));
    expect(police.relevant.has('police')).toBe(true);
    expect(police.relevant.has('police_ref')).toBe(true);
  });

  it('hides a nested group’s questions when the outer group is not relevant, even if the inner condition holds', () => {
    const e = evaluate(auditCase({ ...complete, source: 'school', dan_made: 'yes' }));
    expect(e.relevant.has('dan')).toBe(false);
    expect(e.relevant.has('children_present')).toBe(false);
    const shown = evaluate(
      auditCase({ ...complete, source: 'police', dan_made: 'yes', police_ref: 'P1', children_present: 2 }),
    );
    expect(shown.relevant.has('children_present')).toBe(true);
    expect(shown.issues).toEqual([]);
  });

  it('lists relevant questions and groups as a set', () => {
    const e = evaluate(auditCase(complete));
    expect([...e.relevant]).toEqual([
      'case_type',
      'received',
      'screened',
      'days_to_screen',
      'source',
      'dan_made',
      'thanks',
      'police_children',
    ]);
    expect(e.relevant.size).toBe(8);
  });
});

describe('evaluateCase: required answers', () => {
  it('reports relevant required questions left blank, with their message or a default naming the label', () => {
    const e = evaluate(auditCase({ case_type: 're_referral', source: 'police' }));
    expect(e.issues.filter((i) => i.kind === 'required')).toEqual([
      {
        kind: 'required',
        question: 'months_since',
        message: 'Say how many months.',
        sheet: 'Audit',
        cell: 'C7',
      },
      {
        kind: 'required',
        question: 'received',
        message: containing("'Date received' needs an answer"),
        sheet: 'Audit',
        cell: 'D7',
      },
      {
        kind: 'required',
        question: 'police_ref',
        message: containing("'Police reference'"),
        sheet: 'Audit',
        cell: 'G7',
      },
    ]);
  });

  it('does not ask for what does not apply, nor for notes', () => {
    expect(kinds(evaluate(auditCase(complete)))).toEqual([]);
  });
});

describe('evaluateCase: constraints', () => {
  it('checks a relevant answer against its rule with . bound to the answer', () => {
    const e = evaluate(auditCase({ ...complete, screened: day('2023-01-30') }));
    expect(e.issues).toEqual([
      like({
        kind: 'constraint',
        question: 'screened',
        cell: 'E7',
        message: containing('2023-01-30'),
      }),
    ]);
    const late = evaluate(auditCase({ ...complete, case_type: 're_referral', months_since: 121 }));
    expect(kinds(late)).toEqual(['constraint:months_since']);
  });

  it('uses the constraint message, and today() from the injected clock', () => {
    const future = auditCase({ ...complete, received: day('2023-02-11'), screened: day('2023-02-12') });
    expect(evaluate(future).issues).toEqual([
      like({ kind: 'constraint', message: 'The date cannot be in the future.' }),
    ]);
    const later = createCaseEvaluator(auditForm, { now: () => new Date('2023-03-01T00:00:00Z') });
    expect(later(future).issues).toEqual([]);
  });
});

describe('evaluateCase: answers that do not apply', () => {
  it('reports them and leaves them out of every value and calculation', () => {
    const e = evaluate(
      auditCase({ ...complete, source: 'school', dan_made: 'yes', children_present: 3, months_since: 4 }),
    );
    expect(e.issues).toEqual([
      like({
        kind: 'not-applicable-answered',
        question: 'months_since',
        cell: 'C7',
        message: containing("${case_type} = 're_referral'"),
      }),
      like({
        kind: 'not-applicable-answered',
        question: 'children_present',
        message: containing("it is in 'Police contact'"),
      }),
    ]);
    expect(e.values.get('children_present')).toBe('');
    expect(e.values.get('months_since')).toBe('');
    expect(e.calculations.get('police_children')).toBe(0);
  });
});

describe('evaluateCase: calculations', () => {
  it('works calculations out from the answers', () => {
    const e = evaluate(auditCase(complete));
    expect(e.calculations.get('days_to_screen')).toBe(1);
    expect([...e.calculations.keys()]).toEqual(['days_to_screen', 'police_children']);
    expect(e.values.get('case_type')).toBe('contact');
    expect(e.values.get('received')).toEqual(day('2023-02-01'));
  });

  it('reports a stored value that disagrees, and uses the computed one', () => {
    const e = evaluate(auditCase({ ...complete, days_to_screen: 5 }));
    expect(e.issues).toEqual([
      like({
        kind: 'calculation-mismatch',
        question: 'days_to_screen',
        cell: 'F7',
        message: containing('works out as 1 from the answers, but its cell holds 5'),
      }),
    ]);
    expect(e.calculations.get('days_to_screen')).toBe(1);
  });

  it('accepts a stored value that agrees, within Excel’s rounding', () => {
    expect(evaluate(auditCase({ ...complete, days_to_screen: 1.0000000000001 })).issues).toEqual([]);
    expect(evaluate(auditCase({ ...complete, days_to_screen: '1' })).issues).toEqual([]);
  });
});

describe('evaluateCase: cells that could not be read', () => {
  it('reports each as invalid and does not also call it missing', () => {
    const record = auditCase(
      { case_type: 'contact', source: 'school' },
      { invalid: new Map([['received', "'06/02/2023' is not a date; received takes a date."]]) },
    );
    expect(evaluate(record).issues).toEqual([
      {
        kind: 'invalid',
        question: 'received',
        message: "'06/02/2023' is not a date; received takes a date.",
        sheet: 'Audit',
        cell: 'D7',
      },
    ]);
  });
});

describe('evaluateCase and createCaseEvaluator', () => {
  it('give the same result, with a fixed or a function clock', () => {
    const record = auditCase({ ...complete, received: day('2023-02-11') });
    const a = evaluateCase(auditForm, record, { now: FEB_10 });
    const b = evaluate(record);
    expect(a.issues).toEqual(b.issues);
    expect(new Map(a.values)).toEqual(new Map(b.values));
    expect(evaluateCase(auditForm, record, { now: () => FEB_10 }).issues).toEqual(b.issues);
  });

  it('keeps each case’s results apart', () => {
    const first = evaluate(auditCase({ ...complete, source: 'police', police_ref: 'A' }));
    const second = evaluate(auditCase({ ...complete, source: 'school' }));
    expect(first.values.get('police_ref')).toBe('A');
    expect(second.values.get('police_ref')).toBe('');
    expect(first.relevant.has('police')).toBe(true);
  });

  it('issues carry no location when the record has none', () => {
    const e = evaluateCase(auditForm, { id: 'x', answers: new Map() }, { now: FEB_10 });
    expect(e.issues[0]).toEqual({ kind: 'required', question: 'case_type', message: anyString() });
  });
});
