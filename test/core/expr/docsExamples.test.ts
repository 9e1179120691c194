import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileExpression } from '../../../src/core/expr/compileExpression';
import { date, dateTime, env } from './evaluate';

const doc = readFileSync(join(__dirname, '../../../docs/expressions.md'), 'utf8');

/** The fenced code blocks and the right-hand column of the "More examples" table. */
function examples(): string[] {
  const blocks = [...doc.matchAll(/```\n([\s\S]*?)```/g)].map((m) => m[1]!.replace(/\n\s*/g, ' ').trim());
  const table = doc.slice(doc.indexOf('## More examples'));
  const rows = [...table.matchAll(/^\|[^|\n]+\|\s*`(.+)`\s*\|$/gm)].map((m) => m[1]!);
  return [...blocks, ...rows];
}

describe('docs/expressions.md', () => {
  it('has examples, and every one of them compiles', () => {
    const all = examples();
    expect(all.length).toBeGreaterThanOrEqual(12);
    for (const source of all) {
      const result = compileExpression(source);
      expect(result.ok ? 'ok' : `${source}: ${result.error.message}`).toBe('ok');
    }
  });

  it('gives the results it promises for the format-date and rounding examples', () => {
    const formatted = compileExpression("format-date(${d}, '%e %b %Y')");
    expect(formatted.ok && formatted.expression.evaluate(env({ d: date('2023-02-06') }))).toBe('6 Feb 2023');
    const hours = compileExpression('round((${date_screened} - ${date_received}) * 24, 1)');
    const answers = env({
      date_received: dateTime('2023-02-06T09:00:00'),
      date_screened: dateTime('2023-02-06T13:30:00'),
    });
    expect(hours.ok && hours.expression.evaluate(answers)).toBe(4.5);
  });
});
