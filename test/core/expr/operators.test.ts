import { compile, date, dateTime, run } from './evaluate';

describe('literals, references and the current answer', () => {
  it('reads numbers, both kinds of quotes, references and dot', () => {
    expect(run('2.5')).toBe(2.5);
    expect(run('.5')).toBe(0.5);
    expect(run('"it\'s"')).toBe("it's");
    expect(run('\'say "no"\'')).toBe('say "no"');
    expect(run('${age}', { age: 7 })).toBe(7);
    expect(run('${âge_de_enfant}', { âge_de_enfant: 7 })).toBe(7);
    expect(run('${not_answered}')).toBe('');
    expect(run('.', {}, 'yes')).toBe('yes');
    expect(run('.')).toBe('');
  });

  it('lists each reference once, in order of appearance, and whether dot is used', () => {
    const e = compile('${b} > ${a} and ${b} != . or ${c.d-e}');
    expect(e.references).toEqual(['b', 'a', 'c.d-e']);
    expect(e.usesDot).toBe(true);
    expect(e.source).toBe('${b} > ${a} and ${b} != . or ${c.d-e}');
    expect(compile('1 + 2').usesDot).toBe(false);
    expect(compile('1 + 2').references).toEqual([]);
  });
});

describe('arithmetic', () => {
  it.each([
    ['7 + 2', 9],
    ['7 - 2', 5],
    ['7 * 2', 14],
    ['7 div 2', 3.5],
    ['7 mod 2', 1],
    ['-7 mod 2', -1],
    ['1 div 0', Infinity],
    ['-3', -3],
    ['--3', 3],
    ["'4' + 1", 5],
    ['true() + 1', 2],
  ])('%s = %p', (source, expected) => expect(run(source)).toBe(expected));

  it('gives NaN for blanks and text that is not a number, as ODK', () => {
    expect(run('${x} + 1')).toBeNaN();
    expect(run("'abc' * 2")).toBeNaN();
    expect(run('-${x}')).toBeNaN();
  });

  it('subtracts dates into days and adds days to a date as a number', () => {
    const answers = { a: date('2023-02-06'), b: date('2023-01-01') };
    expect(run('${a} - ${b}', answers)).toBe(36);
    expect(run('${b} + 31', answers)).toBe(date('2023-02-01').days);
    expect(run('${a} - 1', answers)).toBe(date('2023-02-05').days);
  });
});

describe('precedence (XPath)', () => {
  it.each([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 - 4 - 3', 3],
    ['12 div 2 div 3', 2],
    ['2 * 3 mod 4', 2],
    ['-2 * -3', 6],
    ['- (2 + 3) * 2', -10],
    ['1 + 2 = 3', true],
    ['1 < 2 = true()', true],
    ['1 = 1 and 2 = 3 or 4 = 4', true],
    ['1 = 1 or 2 = 2 and 3 = 4', true],
    ['(1 = 1 or 2 = 2) and 3 = 4', false],
    ['3 > 2 > 1', false],
  ])('%s is %p', (source, expected) => expect(run(source)).toBe(expected));

  it("reads 'div-1' after a value as div then -1", () => expect(run('6 div-2')).toBe(-3));
});

describe('and / or', () => {
  it('give booleans from XPath truth values', () => {
    expect(run("'x' and 1")).toBe(true);
    expect(run("'' or 0")).toBe(false);
    expect(run('${blank} or 2')).toBe(true);
  });

  it('do not evaluate the right side when the left decides', () => {
    const seen: string[] = [];
    const track = { ref: (n: string) => (seen.push(n), n === 'yes' ? 1 : 0), now: () => new Date(0) };
    compile('${no} and ${x}').evaluate(track);
    compile('${yes} or ${y}').evaluate(track);
    expect(seen).toEqual(['no', 'yes']);
  });
});

describe('comparison', () => {
  it('compares numbers with numbers, and text with a number as a number', () => {
    expect(run('${n} = 3', { n: 3 })).toBe(true);
    expect(run("${n} = '3.0'", { n: 3 })).toBe(true);
    expect(run("'10' > 9")).toBe(true);
    expect(run('${n} >= 3 and ${n} <= 3', { n: 3 })).toBe(true);
    expect(run('${n} < 3', { n: 3 })).toBe(false);
  });

  it('compares two texts as text, and two numbers in text as numbers', () => {
    expect(run("'yes' = 'yes'")).toBe(true);
    expect(run("'yes' != 'Yes'")).toBe(true);
    expect(run("'apple' < 'banana'")).toBe(true);
    expect(run("'10' > '9'")).toBe(true);
    expect(run("'1.0' = '1'")).toBe(false);
  });

  it('treats blanks as ODK does: equal to blank, never a number', () => {
    expect(run("'' = ''")).toBe(true);
    expect(run("${x} = ''")).toBe(true);
    expect(run("${x} != ''")).toBe(false);
    expect(run('${x} > 3')).toBe(false);
    expect(run('${x} < 3')).toBe(false);
    expect(run('${x} = 0')).toBe(false);
    expect(run('${x} != 3')).toBe(true);
    expect(run("${x} < 'b'")).toBe(false);
    expect(run("${x} > 'b'")).toBe(false);
    expect(run("${x} <= ''")).toBe(true);
  });

  it('compares with booleans as booleans for = and !=', () => {
    expect(run("'no' = true()")).toBe(true);
    expect(run("'' = false()")).toBe(true);
    expect(run('0 != true()')).toBe(true);
    expect(run('true() > false()')).toBe(true);
  });

  it('compares dates as days, with ISO text beside a date read as a date', () => {
    const answers = { d: date('2023-02-06'), t: dateTime('2023-02-06T09:00:00') };
    expect(run("${d} = '2023-02-06'", answers)).toBe(true);
    expect(run("${d} < '2023-02-07'", answers)).toBe(true);
    expect(run("${d} > '2023-02-06T08:00'", answers)).toBe(false);
    expect(run("${t} > '2023-02-06T08:00'", answers)).toBe(true);
    expect(run('${t} > ${d}', answers)).toBe(true);
    expect(run(`\${d} = ${date('2023-02-06').days}`, answers)).toBe(true);
    expect(run("${d} = 'not a date'", answers)).toBe(false);
    expect(run("${blank} < '2023-02-07'", answers)).toBe(false);
    expect(run('${blank} < ${d}', answers)).toBe(false);
  });
});
