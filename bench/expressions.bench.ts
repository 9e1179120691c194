/*
 * The expression evaluator at findings scale: 10,000 cases x 100 expressions = 1 million evaluations.
 * - plain pass: for every case and expression, read each value the expression references (through the same
 *   Environment) and fold it into a checksum. Evaluation cannot be cheaper than reading its inputs.
 * - evaluate: the compiled expressions themselves.
 * The same again with the expressions bound to value slots (bindExpression), as case evaluation and findings
 * run them: the plain pass reads each referenced slot, the evaluation reads them through the bound closures.
 * Target: evaluation by name within 3x of its plain pass. The bound figures are for comparison: reading a
 * slot is so cheap that its plain pass is no longer a fair floor for a whole expression.
 */
import { bindExpression } from '../src/core/expr/bindExpression';
import { compileExpression } from '../src/core/expr/compileExpression';
import type {
  BoundExpression,
  CompiledExpression,
  Environment,
  SlotEnvironment,
} from '../src/core/expr/Expression';
import type { Value } from '../src/core/expr/Value';

const CASES = 10_000;
const SOURCES = [
  "${q1} = 'yes'",
  "${q2} = 'yes' and ${q3} != 'no'",
  "selected(${why}, 'neglect')",
  '${date_screened} - ${date_received} <= 1',
  '${n} >= 0 and ${n} <= 100',
  'count-selected(${why}) > 1',
  "if(${q1} = 'yes', ${n}, 0) > 50",
  "${q3} = 'no' or ${n} < 10",
  "${rereferred} - ${closed} <= 92 and ${closed} != ''",
  '. >= 0',
];
const PER_CASE = 100;

function mulberry32(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildCases(): Map<string, Value>[] {
  const rand = mulberry32(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const blankOr = (v: Value): Value => (rand() < 0.05 ? '' : v);
  const cases: Map<string, Value>[] = [];
  for (let i = 0; i < CASES; i++) {
    const received = 19000 + Math.floor(rand() * 365 * 86400) / 86400;
    cases.push(
      new Map<string, Value>([
        ['q1', blankOr(pick(['yes', 'no']))],
        ['q2', blankOr(pick(['yes', 'no']))],
        ['q3', blankOr(pick(['yes', 'no']))],
        ['why', blankOr(pick(['neglect', 'neglect domestic_abuse', 'physical', 'domestic_abuse physical']))],
        ['n', blankOr(Math.floor(rand() * 120))],
        ['date_received', { kind: 'dateTime', days: received }],
        ['date_screened', blankOr({ kind: 'dateTime', days: received + Math.floor(rand() * 40) / 24 })],
        ['closed', blankOr({ kind: 'date', days: 18800 + Math.floor(rand() * 200) })],
        ['rereferred', { kind: 'date', days: 19000 + Math.floor(rand() * 200) }],
      ]),
    );
  }
  return cases;
}

function environment(answers: Map<string, Value>): Environment {
  return { ref: (name) => answers.get(name) ?? '', dot: answers.get('n') ?? '', now: () => new Date(0) };
}

function time(run: () => number): { ms: number; sink: number } {
  const start = process.hrtime.bigint();
  const sink = run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, sink };
}

const expressions: CompiledExpression[] = [];
for (let i = 0; i < PER_CASE; i++) {
  const result = compileExpression(SOURCES[i % SOURCES.length]!);
  if (!result.ok) throw new Error(result.error.message);
  expressions.push(result.expression);
}
const envs = buildCases().map(environment);

function plainPass(): number {
  let sink = 0;
  for (const env of envs) {
    for (const e of expressions) {
      for (const name of e.references) if (env.ref(name) !== '') sink++;
      if (e.usesDot && env.dot !== '') sink++;
    }
  }
  return sink;
}

function evaluatePass(): number {
  let sink = 0;
  for (const env of envs) {
    for (const e of expressions) if (e.evaluate(env) === true) sink++;
  }
  return sink;
}

const NAMES = ['q1', 'q2', 'q3', 'why', 'n', 'date_received', 'date_screened', 'closed', 'rereferred'];
const slotOf = (name: string): number | undefined => {
  const slot = NAMES.indexOf(name);
  return slot < 0 ? undefined : slot;
};
const bound: BoundExpression[] = expressions.map((e) => bindExpression(e, slotOf));
const boundSlots: number[][] = expressions.map((e) => e.references.map((name) => slotOf(name) ?? -1));
const slotEnvs: SlotEnvironment[] = envs.map((env) => ({
  ...env,
  values: NAMES.map((name) => env.ref(name)),
}));

function plainSlotPass(): number {
  let sink = 0;
  for (const env of slotEnvs) {
    for (let k = 0; k < expressions.length; k++) {
      for (const slot of boundSlots[k]!) if (slot >= 0 && env.values[slot] !== '') sink++;
      if (expressions[k]!.usesDot && env.dot !== '') sink++;
    }
  }
  return sink;
}

function boundPass(): number {
  let sink = 0;
  for (const env of slotEnvs) {
    for (const e of bound) if (e.evaluate(env) === true) sink++;
  }
  return sink;
}

// Warm every path so that the JIT has compiled them before any is timed; best of five runs each.
const best = (run: () => number): number => Math.min(...[0, 1, 2, 3, 4].map(() => time(run).ms));
const passes = [plainPass, evaluatePass, plainSlotPass, boundPass];
passes.forEach((run) => run());
if (evaluatePass() !== boundPass()) throw new Error('bound expressions disagree with compiled ones');
const [plainMs, evaluateMs, plainSlotMs, boundMs] = passes.map(best) as [number, number, number, number];
const ratio = evaluateMs / plainMs;
const boundRatio = boundMs / plainSlotMs;
console.log(`${CASES} cases x ${PER_CASE} expressions = ${(CASES * PER_CASE) / 1e6} million evaluations`);
console.log(
  `by name: plain pass ${plainMs.toFixed(0)} ms, evaluate ${evaluateMs.toFixed(0)} ms, ratio ${ratio.toFixed(2)}x (target <= 3x)`,
);
console.log(
  `bound:   plain pass ${plainSlotMs.toFixed(0)} ms, evaluate ${boundMs.toFixed(0)} ms, ratio ${boundRatio.toFixed(2)}x, ` +
    `bound evaluation ${(evaluateMs / boundMs).toFixed(2)}x as fast as by name`,
);
const met = ratio <= 3;
console.log(met ? 'targets met' : 'TARGETS MISSED');
if (!met) process.exitCode = 1;
