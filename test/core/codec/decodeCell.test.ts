import { containing } from '../questions/matchers';
import { answerToValue } from '../../../src/core/codec/answerToValue';
import { decodeCell } from '../../../src/core/codec/decodeCell';
import { encodeAnswer } from '../../../src/core/codec/encodeAnswer';
import { dateFromIso } from '../../../src/core/expr/dates';
import { question } from './codecForm';

const date = (iso: string) => dateFromIso(iso)!;

describe('decodeCell: choices', () => {
  it('reads a label or a name, trimmed and ignoring case', () => {
    for (const cell of ['Re-referral', ' re-REFERRAL ', 're_referral', 'RE_REFERRAL'])
      expect(decodeCell(question('case_type'), cell)).toEqual({ ok: true, answer: 're_referral' });
  });

  it('prefers the label when a label is also another choice’s name', () => {
    expect(decodeCell(question('swapped'), 'Yes')).toEqual({ ok: true, answer: 'no' });
    expect(encodeAnswer(question('swapped'), 'no')).toBe('Yes');
  });

  it('says what the choices are when a cell is not one of them', () => {
    expect(decodeCell(question('case_type'), 'Maybe')).toEqual({
      ok: false,
      message: "'Maybe' is not one of the choices for case_type: Contact, Re-referral.",
    });
  });

  it('reads select_multiple labels separated by ; with any spacing, in the order written', () => {
    expect(decodeCell(question('reasons'), 'Neglect;domestic abuse ;  Parental mental health;')).toEqual({
      ok: true,
      answer: ['neglect', 'da', 'mh'],
    });
  });

  it('reads ODK’s space-separated names, but never splits a label', () => {
    expect(decodeCell(question('reasons'), 'da mh')).toEqual({ ok: true, answer: ['da', 'mh'] });
    expect(decodeCell(question('reasons'), 'Domestic abuse')).toEqual({ ok: true, answer: ['da'] });
    expect(decodeCell(question('reasons'), 'da abuse')).toMatchObject({ ok: false });
  });

  it('names every choice it did not recognise', () => {
    expect(decodeCell(question('reasons'), 'Neglect; Poverty; Housing')).toEqual({
      ok: false,
      message:
        "'Poverty', 'Housing' are not among the choices for reasons: Domestic abuse, Neglect, Parental mental health.",
    });
  });

  it('writes select_multiple as labels separated by "; "', () => {
    expect(encodeAnswer(question('reasons'), ['mh', 'da'])).toBe('Parental mental health; Domestic abuse');
  });
});

describe('decodeCell: numbers', () => {
  it('takes whole numbers for integer questions and says why not otherwise', () => {
    expect(decodeCell(question('children'), 3)).toEqual({ ok: true, answer: 3 });
    expect(decodeCell(question('children'), 2.5)).toEqual({
      ok: false,
      message: '2.5 is not a whole number; children takes a whole number, such as 3.',
    });
    expect(decodeCell(question('children'), true)).toMatchObject({
      ok: false,
      message: containing('TRUE is not a number'),
    });
    expect(decodeCell(question('hours'), 'about 3')).toEqual({
      ok: false,
      message: "'about 3' is not a number; hours takes a number, such as 2.5.",
    });
  });

  it('accepts numeric text and says that it was text', () => {
    const result = decodeCell(question('children'), ' 12 ');
    expect(result).toMatchObject({ ok: true, answer: 12, note: containing("' 12 ' is text") });
    expect(decodeCell(question('hours'), '1.25')).toMatchObject({ ok: true, answer: 1.25 });
    expect(decodeCell(question('hours'), '1,250')).toMatchObject({ ok: false });
  });
});

describe('decodeCell: dates', () => {
  it('reads Excel serial numbers in the 1900 date system, and ISO text', () => {
    expect(decodeCell(question('received'), 44963)).toEqual({ ok: true, answer: date('2023-02-06') });
    expect(decodeCell(question('received'), '2023-02-06')).toEqual({ ok: true, answer: date('2023-02-06') });
    expect(decodeCell(question('screened'), 44963.5)).toEqual({ ok: true, answer: date('2023-02-06T12:00') });
    expect(decodeCell(question('screened'), '2023-02-06')).toEqual({
      ok: true,
      answer: { kind: 'dateTime', days: date('2023-02-06').days },
    });
  });

  it('keeps only the day for a date question, and says so', () => {
    expect(decodeCell(question('received'), 44963.75)).toMatchObject({
      ok: true,
      answer: date('2023-02-06'),
      note: containing('keeps only the date, 2023-02-06'),
    });
  });

  it('rejects what is not a date, with what to enter instead', () => {
    expect(decodeCell(question('received'), '06/02/2023')).toEqual({
      ok: false,
      message:
        "'06/02/2023' is not a date; received takes a date. Enter it as a date Excel recognises, or as 2023-02-06.",
    });
    expect(decodeCell(question('received'), 60)).toMatchObject({ ok: false }); // Excel's 29 February 1900
    expect(decodeCell(question('received'), -1)).toMatchObject({ ok: false });
    expect(decodeCell(question('received'), false)).toMatchObject({ ok: false });
  });

  it('writes serial numbers, and ISO text for dates Excel cannot show', () => {
    expect(encodeAnswer(question('received'), date('2023-02-06'))).toBe(44963);
    expect(encodeAnswer(question('received'), date('1899-12-31'))).toBe('1899-12-31');
  });
});

describe('decodeCell: text, notes and blanks', () => {
  it('keeps text exactly as typed, formulas and spaces included', () => {
    for (const text of ['  two  spaces ', '=SUM(A1:A3)', "'quoted", 'line\nbreak'])
      expect(decodeCell(question('summary'), text)).toEqual({ ok: true, answer: text });
  });

  it('reads what Excel turned into a number or boolean as the text it shows', () => {
    expect(decodeCell(question('summary'), 123)).toEqual({ ok: true, answer: '123' });
    expect(decodeCell(question('summary'), 0.1 + 0.2)).toEqual({ ok: true, answer: '0.3' });
    expect(decodeCell(question('summary'), true)).toEqual({ ok: true, answer: 'TRUE' });
  });

  it('reads an empty cell as no answer for every type', () => {
    for (const name of ['case_type', 'reasons', 'summary', 'children', 'received', 'intro', 'score']) {
      expect(decodeCell(question(name), null)).toEqual({ ok: true, answer: null });
      expect(decodeCell(question(name), '')).toEqual({ ok: true, answer: null });
    }
  });

  it('reports a value in a note’s cell', () => {
    expect(decodeCell(question('intro'), 'x')).toMatchObject({
      ok: false,
      message: containing('is a note'),
    });
  });
});

describe('answerToValue', () => {
  it('gives expressions ODK’s values', () => {
    expect(answerToValue(question('reasons'), ['da', 'mh'])).toBe('da mh');
    expect(answerToValue(question('received'), date('2023-02-06'))).toEqual(date('2023-02-06'));
    expect(answerToValue(question('children'), null)).toBe('');
    expect(answerToValue(question('children'), 4)).toBe(4);
  });
});
