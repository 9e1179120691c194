import { compileError } from './evaluate';

describe('compile errors', () => {
  it.each([
    // [source, 0-based position, words the message must contain]
    ['selectd(${a}, "x")', 0, ["Unknown function 'selectd' at character 1. Did you mean 'selected'?"]],
    ['1 + IF(1, 2, 3)', 4, ["Unknown function 'IF' at character 5", "Did you mean 'if'?"]],
    ['len(${name})', 0, ["Did you mean 'string-length'?"]],
    ['frobnicate(1)', 0, ["Unknown function 'frobnicate'", 'docs/expressions.md']],
    ['AND(${a}, ${b})', 0, ['between conditions']],
    ['if(${a}, 1)', 0, ['if() at character 1 takes 3 values but was given 2', 'if(condition, value if true']],
    ['round()', 0, ['takes 1 to 2 values but was given 0']],
    ['concat()', 0, ['at least 1 value']],
    ['today(1)', 0, ['takes 0 values but was given 1']],
    ['(${a} + 1', 0, ["The '(' at character 1 is never closed"]],
    ['${a} + 1)', 8, ["The ')' at character 9 has no matching '('"]],
    ['if(${a}, 1, 2', 2, ['never closed']],
    ['if(${a} 1, 2)', 8, ["Expected ',' or ')'", 'character 9']],
    ['${a} +', 5, ["'+' at character 6 needs a value after it"]],
    ['${a} = 1 and', 9, ["'and' at character 10 needs a value after it"]],
    ['and ${a}', 0, ["'and' at character 1 needs a value before it"]],
    ['* 2', 0, ["'*' at character 1 needs a value before it"]],
    ['1 2', 2, ["Expected an operator (such as =, and, or, +) before '2' at character 3"]],
    ["'abc", 0, ["has no closing '"]],
    ['"abc', 0, ['has no closing "']],
    ['${a', 0, ["'${' at character 1 has no closing '}'"]],
    ['${} = 1', 0, ['has no name']],
    ['${my answer} = 1', 0, ["'my answer', which is not a valid question name"]],
    ['${1st} = 1', 0, ['not a valid question name']],
    ['$a', 0, ['must start a reference such as ${name}']],
    ['name = 1', 0, ["'name' at character 1 is not understood", '${name}']],
    ['${a} = true', 7, ['Write true()']],
    ['${a} == 1', 5, ["Use a single '='"]],
    ['${a} <> 1', 5, ["Use '!='"]],
    ['${a} && ${b}', 5, ["Use 'and'"]],
    ['${a} / 2', 5, ["Use 'div'"]],
    ['!${a}', 0, ['not(...)']],
    ['../a', 0, ["'..' (the parent) is not supported"]],
    ['f(1,)', 4, ['A value is missing in f() at character 5']],
    ['concat(,1)', 7, ['A value is missing']],
    ['()', 0, ['are empty']],
    ['', 0, ['The expression is empty']],
    ['   ', 0, ['The expression is empty']],
    ["regex(., '[a-')", 9, ['The pattern in regex() at character 10 is not a valid regular expression']],
    ['1 # 2', 2, ["The character '#' at character 3 is not part of the language"]],
    [', 1', 0, ["',' at character 1 needs a value before it"]],
    ['1, 2', 1, ["',' at character 2 is outside any function's brackets"]],
  ])('%s', (source, position, words) => {
    const error = compileError(source);
    expect(error.position).toBe(position);
    for (const w of words) expect(error.message).toContain(w);
  });

  it('points at the inner call when a nested call is wrong', () => {
    expect(compileError('if(${a}, concat(), 1)').position).toBe(9);
  });

  it('refuses absurd nesting with a message rather than a stack overflow', () => {
    const source = '('.repeat(5000) + '1' + ')'.repeat(5000);
    expect(compileError(source).message).toContain('nested too deeply');
    expect(compileError('-'.repeat(5000) + '1').message).toContain('nested too deeply');
  });
});
