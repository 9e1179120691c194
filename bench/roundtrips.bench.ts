/*
 * Round trips and payload of the audit workbook layer on the simulated host, at 10 to 200,000 cases:
 * "Set up audit", opening a case, saving an answer (to the first case and to the last), setting a status,
 * listing cases. A round trip (context.sync) costs 50-300 ms on Excel on the web whatever it carries, so
 * their count is the figure to keep flat; bytes show what grows with the number of rows, and the largest
 * single response must stay under Excel on the web's 5 MB (the simulator refuses it, as Excel does).
 * Targets: setup <= 4 round trips, add cases 2 (3 past ~200,000 short IDs), open <= 2, save and status <= 2 up to 20,000 rows (3 for a case past
 * the first 20,000), list 1 up to ~45,000 rows. BENCH_SIZES=10,10000 picks sizes.
 */
import { auditTemplate } from '../src/core/template/auditTemplate';
import { AuditWorkbook } from '../src/excel/AuditWorkbook';
import { SimWorkbook } from '../src/excel-sim/SimWorkbook';

interface Measure {
  readonly syncs: number;
  readonly requestBytes: number;
  readonly largestRequestBytes: number;
  readonly responseBytes: number;
  readonly largestResponseBytes: number;
  readonly ms: number;
  readonly failed: boolean;
}

async function measure(workbook: SimWorkbook, action: () => Promise<unknown>): Promise<Measure> {
  workbook.resetStats();
  const start = performance.now();
  const result = (await action()) as { kind?: string } | undefined;
  const ms = performance.now() - start;
  const { syncs, requestBytes, largestRequestBytes, responseBytes, largestResponseBytes } = workbook.stats;
  const failed = result?.kind === 'failed';
  return { syncs, requestBytes, largestRequestBytes, responseBytes, largestResponseBytes, ms, failed };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const FIVE_MB = 5 * 1024 * 1024;
/** Round trips allowed; save and status to a case past the first 20,000 rows may take one more. */
function target(name: string, cases: number): number {
  if (name === 'open') return 2;
  if (name.startsWith('save') || name.startsWith('status'))
    return name.endsWith('last') && cases > 20_000 ? 3 : 2;
  if (name === 'list') return cases <= 40_000 ? 1 : Math.ceil(cases / 40_000);
  // The Case IDs, then one write per ~4 MB of new rows: ~21 bytes a case here ("C-00001", "Sam").
  if (name === 'add cases') return 1 + Math.max(1, Math.ceil((cases * 21) / (4 * 1024 * 1024)));
  return 4;
}
let missed = 0;

async function run(cases: number): Promise<void> {
  const workbook = new SimWorkbook();
  const audit = new AuditWorkbook(workbook.host());
  const setup = await measure(workbook, () => audit.setUp({ template: auditTemplate }));
  const ids = Array.from({ length: cases }, (_, i) => `C-${String(i + 1).padStart(5, '0')}`);
  // All at once: addCases splits its rows into batches under the 5 MB request limit itself.
  const add = await measure(workbook, () =>
    audit.addCases(ids.map((caseId) => ({ caseId, auditor: 'Sam' }))),
  );
  const first = ids[0]!;
  const last = ids[ids.length - 1]!;
  const answer = (caseId: string) => () =>
    audit.saveAnswer({
      caseId,
      question: 'auditor_comments',
      answer: 'Seen',
      previous: null,
      baseVersion: 0,
      auditor: 'Jo',
    });
  const open = await measure(workbook, () => audit.openCase(last));
  const saveFirst = await measure(workbook, answer(first));
  const saveLast = await measure(workbook, answer(last));
  const status = await measure(workbook, () => audit.setStatus(last, 'Complete', 'Jo', 1));
  const list = await measure(workbook, () => audit.listCases());
  const rerun = await measure(workbook, () => audit.setUp('workbook'));
  const rows: [string, Measure][] = [
    ['setup', setup],
    ['add cases', add],
    ['open', open],
    ['save first', saveFirst],
    ['save last', saveLast],
    ['status last', status],
    ['list', list],
    ['setup again', rerun],
  ];
  for (const [name, m] of rows) {
    const most = target(name, cases);
    const ok =
      m.syncs <= most && !m.failed && m.largestResponseBytes < FIVE_MB && m.largestRequestBytes < FIVE_MB;
    if (!ok) missed++;
    console.log(
      `${String(cases).padStart(6)} cases  ${name.padEnd(12)} ${m.syncs} round trips (target <= ${most})${ok ? '' : ' MISSED'}` +
        `  request ${kb(m.requestBytes)} (largest ${kb(m.largestRequestBytes)})  response ${kb(m.responseBytes)} (largest ${kb(m.largestResponseBytes)})` +
        `  ${m.ms.toFixed(0)} ms on the simulator`,
    );
  }
}

async function main(): Promise<void> {
  const sizes = (process.env.BENCH_SIZES ?? '10,10000,100000,200000').split(',').map(Number);
  for (const cases of sizes) await run(cases);
  console.log(missed === 0 ? 'targets met' : 'TARGETS MISSED');
  if (missed > 0) process.exitCode = 1;
}

void main();
