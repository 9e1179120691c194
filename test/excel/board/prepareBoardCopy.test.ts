/** @jest-environment jsdom */
import fc from 'fast-check';
import { loadTemplate } from '../../../src/core/template/loadTemplate';
import { AuditWorkbook } from '../../../src/excel/AuditWorkbook';
import { buildBoardCopy, prepareBoardCopy } from '../../../src/excel/board/prepareBoardCopy';
import { readXlsx } from '../../xlsx/readXlsx';
import { BOARD_DAY, seedCases, seededAudit } from './boardFixture';
import { xlsxTexts } from './xlsxTexts';

const now = (): Date => BOARD_DAY;
const plainCases = seedCases((i) => ({
  id: `CASE-${1000 + i}`,
  auditor: `Auditor Number${i % 4}`,
  note: `Concerns noted for case ${1000 + i}`,
}));

const idArb = fc.stringMatching(/^[A-Z]{2,3}-?\d{4,7}$/);
const nameArb = fc.stringMatching(/^[A-Z][a-z]{3,9} [A-Z][a-z]{3,11}$/);
const noteArb = fc.stringMatching(/^[A-Z][a-z]{2,8}( [a-z]{2,9}){2,6}$/);

describe('prepareBoardCopy on 66 seed-like cases', () => {
  it('puts no Case ID, auditor name or free-text answer anywhere in the file', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(idArb, { minLength: 80, maxLength: 80, selector: (s) => s.toLowerCase() }),
        fc.array(nameArb, { minLength: 3, maxLength: 3 }),
        fc.array(noteArb, { minLength: 80, maxLength: 80 }),
        fc.integer({ min: 1, max: 1000 }),
        async (ids, names, notes, seed) => {
          const cases = seedCases((i) => ({ id: ids[i]!, auditor: names[i % 3]!, note: notes[i]! }));
          const workbook = await seededAudit(cases, seed);
          const audit = new AuditWorkbook(workbook.host(), { now });
          await audit.escalate(ids[0]!, { reason: notes[1]!, agreedWith: names[2]!, raisedBy: names[1]! });
          const texts = xlsxTexts((await buildBoardCopy(workbook.host(), { now })).bytes)
            .join('\n')
            .toLowerCase();
          for (const secret of [...ids, ...names, ...notes])
            expect(texts).not.toContain(secret.toLowerCase());
        },
      ),
      { numRuns: 4 },
    );
  }, 120_000);

  it('shows counts from 1 to 5 only as c, with no percentage beside them', async () => {
    const workbook = await seededAudit(plainCases);
    // The team's findings of the same cases do have small counts, so there is something to hide.
    const team = await new AuditWorkbook(workbook.host(), { now }).refreshFindings();
    const small = team.findings.questions
      .flatMap((q) => q.choices)
      .filter((c) => c.count.n !== 'c' && c.count.n >= 1 && c.count.n <= 5);
    expect(small.length).toBeGreaterThan(0);
    const file = readXlsx((await buildBoardCopy(workbook.host(), { now })).bytes);
    const cells = file.cells('Findings');
    const styles = file.xml('xl/styles.xml').getElementsByTagName('cellXfs')[0]!.getElementsByTagName('xf');
    const isPercent = (style: number): boolean =>
      ['9', '10'].includes(styles[style]!.getAttribute('numFmtId')!);
    let hidden = 0;
    let percentsBeside = 0;
    for (const [address, { value, style }] of cells) {
      if (typeof value === 'number' && !isPercent(style))
        expect([address, value >= 1 && value <= 5]).toEqual([address, false]);
      // A small number written into a sentence, alt text or denominator line: "3 (5%) of", "missing 2".
      if (typeof value === 'string')
        expect([address, /(^|\s)[1-5](\s\(|\s+of\s|[;,]|$)/.test(value)]).toEqual([address, false]);
      if (value !== 'c') continue;
      hidden++;
      // The percentage of a hidden count, the first percent cell to its right, is blank.
      const [, letters, row] = /^([A-Z])(\d+)$/.exec(address)!;
      for (let code = letters!.charCodeAt(0) + 1; code <= 'Z'.charCodeAt(0); code++) {
        const beside = `${String.fromCharCode(code)}${row}`;
        const cell = cells.get(beside);
        if (cell === undefined || !isPercent(cell.style)) continue;
        percentsBeside++;
        expect([beside, cell.value]).toEqual([beside, null]);
        break;
      }
    }
    expect(percentsBeside).toBeGreaterThan(0);
    expect(hidden).toBeGreaterThan(0);
  });

  it('suppresses at the threshold the Settings give', async () => {
    const workbook = await seededAudit(plainCases);
    const settings = workbook.getValues('Settings', 'A1:B10');
    const row = settings.findIndex((r) => r[0] === 'suppression_threshold') + 1;
    await workbook.setValues('Settings', `B${row}`, [[10]]);
    const copy = await buildBoardCopy(workbook.host(), { now });
    const cells = readXlsx(copy.bytes).cells('Findings');
    for (const { value } of cells.values())
      if (typeof value === 'number' && Number.isInteger(value)) expect(value > 10 || value === 0).toBe(true);
    expect(copy.summary.join(' ')).toContain('Counts from 1 to 10 are shown as c');
  });

  it('says on its first sheet what was removed and how small numbers were suppressed', async () => {
    const copy = await buildBoardCopy((await seededAudit(plainCases)).host(), { now });
    const file = readXlsx(copy.bytes);
    expect(file.sheets().map((s) => s.name)).toEqual(['About this copy', 'Findings']);
    const first = [...file.cells('About this copy').values()].map((c) => String(c.value)).join('\n');
    expect(first).toMatch(/What was removed/);
    expect(first).toMatch(/No case identifiers, auditor names or free-text answers/);
    expect(first).toMatch(/Counts from 1 to 5 are shown as c/);
    expect(copy.summary).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\d+ figures? (is|are) shown as c/)]),
    );
  });

  it("draws every chart the questions and indicators ask for, each pointing at its own table's cells", async () => {
    const file = readXlsx((await buildBoardCopy((await seededAudit(plainCases)).host(), { now })).bytes);
    const cells = file.cells('Findings');
    const charts = file.paths.filter((p) => p.startsWith('xl/charts/'));
    const wanted = loadTemplate().questionSet.questions.filter(
      (q) => q.chart === 'bar' || q.chart === 'column' || q.chart === 'pie',
    );
    // The template's indicators ask for bars too: they share one chart, titled Indicators.
    expect(loadTemplate().indicators.some((i) => i.chart === 'bar')).toBe(true);
    expect(charts).toHaveLength(wanted.length + 1);
    const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
    const titles = charts.map((path) => {
      const chart = file.xml(path);
      const [cat] = Array.from(chart.getElementsByTagNameNS(C, 'f')).map((f) => f.textContent ?? '');
      const [, first, last] = /^'Findings'!\$A\$(\d+):\$A\$(\d+)$/.exec(cat!)!;
      const labels = Array.from(
        chart.getElementsByTagNameNS(C, 'cat')[0]!.getElementsByTagNameNS(C, 'v'),
      ).map((v) => v.textContent);
      const sheetLabels = [];
      for (let r = Number(first); r <= Number(last); r++) sheetLabels.push(cells.get(`A${r}`)?.value);
      expect(labels).toEqual(sheetLabels);
      return chart.getElementsByTagNameNS(C, 'title')[0]!.textContent;
    });
    expect(titles.sort()).toEqual([...wanted.map((q) => q.label), 'Indicators'].sort());
  });

  it('reads the workbook in two round trips and changes nothing in it', async () => {
    const workbook = await seededAudit(plainCases);
    const before = JSON.stringify(workbook.snapshot());
    workbook.resetStats();
    await buildBoardCopy(workbook.host(), { now });
    expect(workbook.stats.syncs).toBeLessThanOrEqual(2);
    expect(JSON.stringify(workbook.snapshot())).toBe(before);
  });

  it('opens the copy as a new workbook where the host can, and offers the bytes where it cannot', async () => {
    const workbook = await seededAudit(plainCases);
    const opened: string[] = [];
    const host = workbook.host();
    const inExcel = {
      run: host.run.bind(host),
      createWorkbook: (b: string): Promise<void> => Promise.resolve(void opened.push(b)),
    };
    const copy = await prepareBoardCopy(inExcel, { now });
    expect(copy.opened).toBe(true);
    expect(opened).toEqual([copy.base64]);
    expect(Buffer.from(copy.base64, 'base64')).toEqual(Buffer.from(copy.bytes));
    expect(copy.fileName).toBe('Contacts and re-referrals audit - board copy 2023-02-06.xlsx');
    const preview = await prepareBoardCopy(workbook.host(), { now });
    expect(preview.opened).toBe(false);
    expect(preview.bytes).toEqual(copy.bytes);
  });

  it('says what to do when there is no question set, naming the sheet', async () => {
    const workbook = await seededAudit(plainCases.slice(0, 3));
    workbook.deleteSheet('Questions');
    await expect(buildBoardCopy(workbook.host(), { now })).rejects.toMatchObject({
      issues: [
        expect.objectContaining({
          sheet: 'Questions',
          message: expect.stringMatching(/Run Set up audit/) as unknown,
        }),
      ],
    });
  });
});
