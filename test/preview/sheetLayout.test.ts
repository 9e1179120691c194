import { SimWorkbook } from '../../src/excel-sim';
import { estimateText } from '../../src/preview/measureText';
import { sheetLayout } from '../../src/preview/sheetLayout';

async function layoutOf(write: (ws: Excel.Worksheet) => void) {
  const sim = new SimWorkbook({ sheets: ['S'] });
  await sim.host().run(async (context) => {
    write(context.workbook.worksheets.getItem('S'));
    await context.sync();
  });
  return sheetLayout(sim.snapshot().sheets[0]!, 10, 5, estimateText);
}

test("Excel's default column is 48pt (64px) and row 15pt (20px)", async () => {
  const { columns, rows } = await layoutOf((ws) => (ws.getRange('A1').values = [['x']]));
  expect(columns.size(0)).toBe(64);
  expect(rows.size(0)).toBe(20);
  expect(columns.total).toBe(5 * 64);
});

test('column widths and row heights set in points show in pixels', async () => {
  const { columns, rows } = await layoutOf((ws) => {
    ws.getRange('B:C').format.columnWidth = 300;
    ws.getRange('3:3').format.rowHeight = 30;
  });
  expect([0, 1, 2, 3].map((c) => columns.size(c))).toEqual([64, 400, 400, 64]);
  expect(rows.size(2)).toBe(40);
  expect(rows.start(3)).toBe(20 + 20 + 40);
});

test('rows autofit to wrapped text and to large fonts, as Excel autofits rows nobody sized', async () => {
  const { rows } = await layoutOf((ws) => {
    ws.getRange('A1:B2').values = [
      ['Who made the contact or referral?', 'short'],
      ['Title', ''],
    ];
    ws.getRange('A1:B1').format.wrapText = true;
    ws.getRange('A2').format.font.size = 16;
  });
  expect(rows.size(0)).toBeGreaterThanOrEqual(3 * 20);
  expect(rows.size(1)).toBe(Math.round(((16 * 15) / 11) * (4 / 3)));
  expect(rows.size(2)).toBe(20);
});

test('an explicit row height wins over autofit', async () => {
  const { rows } = await layoutOf((ws) => {
    ws.getRange('A1').values = [['Who made the contact or referral?']];
    ws.getRange('A1').format.wrapText = true;
    ws.getRange('1:1').format.rowHeight = 15;
  });
  expect(rows.size(0)).toBe(20);
});
