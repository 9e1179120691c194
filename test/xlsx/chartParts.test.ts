/** @jest-environment jsdom */
import { writeXlsx } from '../../src/xlsx/writeXlsx';
import { readXlsx } from './readXlsx';
import { sampleReport } from './sampleReport';

const file = readXlsx(writeXlsx(sampleReport()));
const findings = file.sheets()[1]!;
const drawingPath = [...file.rels(findings.path).values()].find((r) => r.type.endsWith('/drawing'))!.path;
const drawing = file.xml(drawingPath);
const drawingRels = file.rels(drawingPath);
const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

/** Each chart frame of the drawing, with its chart part parsed. */
const frames = Array.from(drawing.getElementsByTagNameNS(XDR, 'twoCellAnchor')).map((anchor) => {
  const props = anchor.getElementsByTagNameNS(XDR, 'cNvPr')[0]!;
  const relId = anchor.getElementsByTagNameNS(C, 'chart')[0]!.getAttribute('r:id')!;
  const corner = (tag: string): number[] =>
    ['col', 'row'].map((t) =>
      Number(anchor.getElementsByTagNameNS(XDR, tag)[0]!.getElementsByTagNameNS(XDR, t)[0]!.textContent),
    );
  return {
    name: props.getAttribute('name'),
    descr: props.getAttribute('descr'),
    from: corner('from'),
    to: corner('to'),
    chart: file.xml(drawingRels.get(relId)!.path),
  };
});
const frame = (name: string): (typeof frames)[number] => frames.find((f) => f.name === name)!;
const text = (doc: Document | Element, tag: string): string[] =>
  Array.from(doc.getElementsByTagNameNS(C, tag)).map((e) => e.textContent ?? '');
const val = (doc: Document | Element, tag: string): (string | null)[] =>
  Array.from(doc.getElementsByTagNameNS(C, tag)).map((e) => e.getAttribute('val'));

describe('writeXlsx charts', () => {
  it('draws one frame per chart, with its alt text and position', () => {
    expect(frames.map((f) => f.name)).toEqual(['OutcomeBar', 'OutcomePie', 'IndicatorCol']);
    expect(frame('OutcomeBar').descr).toBe('OutcomeBar: what it shows');
    // F2..M15 covers columns F-M and rows 2-15: zero-based from (5,1), to the cell after M15 (13,15).
    expect(frame('OutcomeBar').from).toEqual([5, 1]);
    expect(frame('OutcomeBar').to).toEqual([13, 15]);
  });

  it('points each series at its ranges on the sheet, quoted, with the values cached', () => {
    const bar = frame('OutcomeBar').chart;
    expect(text(bar, 'f')).toEqual(["'Findings & more'!$A$7:$A$9", "'Findings & more'!$B$7:$B$9"]);
    const [cats, vals] = [bar.getElementsByTagNameNS(C, 'cat')[0]!, bar.getElementsByTagNameNS(C, 'val')[0]!];
    expect(text(cats, 'v')).toEqual(['Yes', 'No', 'Not sure']);
    expect(val(vals, 'ptCount')).toEqual(['3']);
    // The suppressed 'c' has no cached point: a gap and no label, never a made-up number.
    const points = Array.from(vals.getElementsByTagNameNS(C, 'pt')).map((p) => [
      p.getAttribute('idx'),
      p.textContent,
    ]);
    expect(points).toEqual([
      ['0', '40'],
      ['2', '22'],
    ]);
  });

  it('cached values equal the cells the formulas name', () => {
    const cells = file.cells('Findings & more');
    for (const { chart } of frames) {
      for (const ref of Array.from(chart.getElementsByTagNameNS(C, 'numRef'))) {
        const formula = ref.getElementsByTagNameNS(C, 'f')[0]!.textContent ?? '';
        const [, column, first, last] = /!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(formula)!;
        const points = Array.from(ref.getElementsByTagNameNS(C, 'pt'));
        const cached = new Map(points.map((p) => [Number(p.getAttribute('idx')), Number(p.textContent)]));
        for (let row = Number(first); row <= Number(last); row++) {
          const cell = cells.get(`${column}${row}`)?.value;
          expect(cached.get(row - Number(first))).toBe(typeof cell === 'number' ? cell : undefined);
        }
      }
    }
  });

  it('makes bar, column and pie charts with titles, axis titles and value labels', () => {
    expect(val(frame('OutcomeBar').chart, 'barDir')).toEqual(['bar']);
    expect(val(frame('IndicatorCol').chart, 'barDir')).toEqual(['col']);
    expect(frame('OutcomePie').chart.getElementsByTagNameNS(C, 'pieChart')).toHaveLength(1);
    const bar = frame('OutcomeBar').chart;
    const titles = Array.from(bar.getElementsByTagNameNS(C, 'title')).map((t) => t.textContent);
    expect(titles).toEqual(['OutcomeBar title', 'OutcomeBar categories', 'OutcomeBar values']);
    expect(val(bar, 'showVal')).toEqual(['1']);
    expect(text(bar.getElementsByTagNameNS(C, 'tx')[1]!, 'v')).toEqual(['OutcomeBar series']);
    const pie = frame('OutcomePie').chart;
    expect(pie.getElementsByTagNameNS(C, 'catAx')).toHaveLength(0);
    expect(pie.getElementsByTagNameNS(C, 'legend')).toHaveLength(1);
    expect(val(pie, 'showVal')).toEqual(['1']);
    // Each slice its own colour, written out (no theme part to take them from).
    const colours = Array.from(pie.getElementsByTagNameNS(C, 'dPt')).map((p) =>
      p.getElementsByTagName('a:srgbClr')[0]?.getAttribute('val'),
    );
    expect(new Set(colours).size).toBe(3);
  });

  it('formats cached percentages as the cells are formatted', () => {
    expect(text(frame('OutcomePie').chart, 'formatCode')).toEqual(['0%']);
    expect(text(frame('OutcomeBar').chart, 'formatCode')).toEqual(['General']);
  });

  it('writes no drawing for a sheet without charts', () => {
    const about = file.sheets()[0]!;
    expect([...file.rels(about.path).values()]).toEqual([]);
    expect(file.text(about.path)).not.toContain('<drawing');
  });
});
