/*
 * Round trips and payload of the audit workbook layer on the simulated host, at 10 and 10,000 cases:
 * "Set up audit", opening a case, saving an answer, listing cases. A round trip (context.sync) costs
 * 50-300 ms on Excel on the web whatever it carries, so their count is the figure to keep flat; bytes show
 * what grows with the number of rows (the Case ID column and the few columns a save must check).
 * Targets: setup <= 4 round trips, open <= 2, save <= 2, at every size.
 */
import { auditTemplate } from '../src/core/template/auditTemplate';
import { AuditWorkbook } from '../src/excel/AuditWorkbook';
import { SimWorkbook } from '../src/excel-sim/SimWorkbook';

interface Measure {
  readonly syncs: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly ms: number;
}

async function measure(workbook: SimWorkbook, action: () => Promise<unknown>): Promise<Measure> {
  workbook.resetStats();
  const start = performance.now();
  await action();
  const ms = performance.now() - start;
  const { syncs, requestBytes, responseBytes } = workbook.stats;
  return { syncs, requestBytes, responseBytes, ms };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const TARGETS: Record<string, number> = { setup: 4, open: 2, save: 2, list: 1 };
let missed = 0;

async function run(cases: number): Promise<void> {
  const workbook = new SimWorkbook();
  const audit = new AuditWorkbook(workbook.host());
  const setup = await measure(workbook, () => audit.setUp({ template: auditTemplate }));
  const ids = Array.from({ length: cases }, (_, i) => `C-${String(i + 1).padStart(5, '0')}`);
  await audit.addCases(ids.map((caseId) => ({ caseId, auditor: 'Sam' })));
  const last = ids[ids.length - 1]!;
  const open = await measure(workbook, () => audit.openCase(last));
  const save = await measure(workbook, () =>
    audit.saveAnswer({
      caseId: last,
      question: 'auditor_comments',
      answer: 'Seen',
      previous: null,
      baseVersion: 0,
      auditor: 'Jo',
    }),
  );
  const list = await measure(workbook, () => audit.listCases());
  const rerun = await measure(workbook, () => audit.setUp('workbook'));
  const rows: [string, Measure][] = [
    ['setup', setup],
    ['open', open],
    ['save', save],
    ['list', list],
    ['setup again', rerun],
  ];
  for (const [name, m] of rows) {
    const target = TARGETS[name] ?? TARGETS['setup']!;
    const ok = m.syncs <= target;
    if (!ok) missed++;
    console.log(
      `${String(cases).padStart(6)} cases  ${name.padEnd(12)} ${m.syncs} round trips (target <= ${target})${ok ? '' : ' MISSED'}` +
        `  request ${kb(m.requestBytes)}  response ${kb(m.responseBytes)}  ${m.ms.toFixed(0)} ms on the simulator`,
    );
  }
}

async function main(): Promise<void> {
  for (const cases of [10, 10_000]) await run(cases);
  console.log(missed === 0 ? 'targets met' : 'TARGETS MISSED');
  if (missed > 0) process.exitCode = 1;
}

void main();
