import { compile, date, dateTime, env, run } from './evaluate';

describe('logic functions', () => {
  it('if() chooses by the condition and evaluates only the chosen branch', () => {
    expect(run("if(${a} = 1, 'one', 'other')", { a: 1 })).toBe('one');
    expect(run("if(${a} = 1, 'one', 'other')")).toBe('other');
    const seen: string[] = [];
    const track = { ref: (n: string) => (seen.push(n), ''), now: () => new Date(0) };
    compile('if(true(), ${then}, ${else})').evaluate(track);
    expect(seen).toEqual(['then']);
  });

  it('not(), true(), false()', () => {
    expect(run('not(${a})')).toBe(true);
    expect(run("not('x')")).toBe(false);
    expect(run('true()')).toBe(true);
    expect(run('false()')).toBe(false);
  });

  it('coalesce() takes the second value only when the first is blank', () => {
    expect(run("coalesce(${a}, 'none')")).toBe('none');
    expect(run("coalesce(${a}, 'none')", { a: 0 })).toBe(0);
    expect(run("coalesce(${a}, 'none')", { a: 'x' })).toBe('x');
  });
});

describe('number functions', () => {
  it.each([
    ['int(2.7)', 2],
    ['int(-2.7)', -2],
    ["int('5.9')", 5],
    ['round(2.5)', 3],
    ['round(-2.5)', -3],
    ['round(2.4)', 2],
    ['round(1.005, 2)', 1.01],
    ['round(-1.005, 2)', -1.01],
    ['round(68.4211, 1)', 68.4],
    ['round(1250, -2)', 1300],
    ["number('4.5')", 4.5],
    ['number(true())', 1],
  ])('%s = %p', (source, expected) => expect(run(source)).toBe(expected));

  it('give NaN for blanks and words', () => {
    expect(run('int(${x})')).toBeNaN();
    expect(run('round(${x}, 1)')).toBeNaN();
    expect(run("number('twelve')")).toBeNaN();
    expect(run("round(2.5, 'x')")).toBeNaN();
  });

  it('number() of a date is its days since 1970-01-01', () => {
    expect(run('number(${d})', { d: date('1970-01-11') })).toBe(10);
  });
});

describe('text functions', () => {
  it('concat() joins any values as text', () => {
    expect(run("concat('Case ', ${id}, ': ', 2.50, ' ', ${d})", { id: 'C-7', d: date('2023-02-06') })).toBe(
      'Case C-7: 2.5 2023-02-06',
    );
    expect(run('concat(${missing})')).toBe('');
  });

  it('contains(), starts-with(), string-length(), string()', () => {
    expect(run("contains('domestic abuse', 'abuse')")).toBe(true);
    expect(run("contains('neglect', 'abuse')")).toBe(false);
    expect(run("starts-with('MASH checks', 'MASH')")).toBe(true);
    expect(run("starts-with('checks', 'MASH')")).toBe(false);
    expect(run("string-length('child')")).toBe(5);
    expect(run('string-length(${x})')).toBe(0);
    expect(run('string(0.1 + 0.2)')).toBe('0.3');
  });

  it('regex() finds a match anywhere; anchors make it whole', () => {
    expect(run("regex(${id}, '^[A-Z]{2}[0-9]+$')", { id: 'AB123' })).toBe(true);
    expect(run("regex(${id}, '^[A-Z]{2}[0-9]+$')", { id: 'AB12x' })).toBe(false);
    expect(run("regex('abc123', '[0-9]')")).toBe(true);
  });

  it('regex() with a computed pattern is false, not an error, when the pattern is invalid', () => {
    const e = compile('regex(${text}, ${pattern})');
    expect(e.evaluate(env({ text: 'a(b', pattern: '(' }))).toBe(false);
    expect(e.evaluate(env({ text: 'a(b', pattern: '\\(' }))).toBe(true);
    expect(e.evaluate(env({ text: 'abc', pattern: '^b' }))).toBe(false);
  });

  it('selected() matches whole choice names in a space-separated list', () => {
    const answers = { why: 'neglect domestic_abuse', one: 'neglect' };
    expect(run("selected(${why}, 'neglect')", answers)).toBe(true);
    expect(run("selected(${why}, 'domestic_abuse')", answers)).toBe(true);
    expect(run("selected(${why}, 'abuse')", answers)).toBe(false);
    expect(run("selected(${why}, 'domestic')", answers)).toBe(false);
    expect(run("selected(${one}, ' neglect ')", answers)).toBe(true);
    expect(run("selected(${why}, '')", answers)).toBe(false);
    expect(run("selected(${why}, 'neglect domestic_abuse')", answers)).toBe(false);
    expect(run("selected(${blank}, 'neglect')", answers)).toBe(false);
    expect(run("selected('a  aa', 'aa')")).toBe(true);
  });

  it('count-selected() counts the names', () => {
    expect(run('count-selected(${why})', { why: 'neglect domestic_abuse physical' })).toBe(3);
    expect(run('count-selected(${why})', { why: ' a  b ' })).toBe(2);
    expect(run('count-selected(${why})')).toBe(0);
  });
});

describe('date functions', () => {
  it('today() and now() come from the environment clock, in UTC', () => {
    expect(run('today()')).toEqual(date('2023-02-06'));
    expect(run('now()')).toEqual(dateTime('2023-02-06T09:30:15'));
    const lateEvening = new Date(Date.UTC(2023, 1, 6, 23, 59, 59));
    expect(compile('today()').evaluate(env({}, undefined, lateEvening))).toEqual(date('2023-02-06'));
  });

  it('date() reads ISO text, days, dates and date-times (keeping the day)', () => {
    expect(run("date('2023-02-06')")).toEqual(date('2023-02-06'));
    expect(run("date('2023-02-06T23:00')")).toEqual(date('2023-02-06'));
    expect(run('date(19394.9)')).toEqual(date('2023-02-06'));
    expect(run('date(${t})', { t: dateTime('2023-02-06T18:00:00') })).toEqual(date('2023-02-06'));
  });

  it('date() of a blank or of text that is no date is blank, not a wrong date', () => {
    expect(run('date(${x})')).toBe('');
    expect(run("date('2023-02-30')")).toBe('');
    expect(run("date('06/02/2023')")).toBe('');
    expect(run('date(true())')).toBe('');
  });

  it('date-time() and decimal-date-time()', () => {
    expect(run("date-time('2023-02-06T18:00')")).toEqual(dateTime('2023-02-06T18:00:00'));
    expect(run("date-time('2023-02-06')")).toEqual(dateTime('2023-02-06T00:00:00'));
    expect(run('date-time(${x})')).toBe('');
    expect(run("decimal-date-time('1970-01-02T12:00')")).toBe(1.5);
    expect(run('decimal-date-time(${d})', { d: date('1970-01-11') })).toBe(10);
    expect(run('decimal-date-time(${x})')).toBeNaN();
  });

  it('format-date() knows every ODK code, in English', () => {
    const answers = { t: dateTime('2023-02-06T09:05:03'), d: date('2009-11-01') };
    expect(run("format-date(${t}, '%Y|%y|%m|%n|%d|%e|%H|%h|%M|%S|%a|%b')", answers)).toBe(
      '2023|23|02|2|06|6|09|9|05|03|Mon|Feb',
    );
    expect(run("format-date(${d}, '%e %b %Y (%a) %H:%M')", answers)).toBe('1 Nov 2009 (Sun) 00:00');
    expect(run("format-date('2023-12-25', '%d/%m/%Y 100% %q')")).toBe('25/12/2023 100% %q');
    expect(run("format-date-time(${t}, '%H:%M')", answers)).toBe('09:05');
  });

  it('format-date() of a blank is blank', () => {
    expect(run("format-date(${x}, '%Y')")).toBe('');
  });
});
