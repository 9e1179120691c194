import type { ReportChart } from '../core/report/ReportSheet';
import type { CellValue } from '../core/sheets/SheetData';
import { type Area, absoluteRef, cellsOf } from './a1';
import { NS, XML_HEADER, escapeXml } from './xml';

/** What a chart needs from its sheet: the ranges, their current values (the cache) and the values' format. */
export interface ChartSource {
  readonly sheet: string;
  readonly categories: Area;
  readonly values: Area;
  readonly valueAt: (row: number, column: number) => CellValue;
  readonly valueFormat: string;
}

/**
 * Colours are written out rather than left to the theme: the file has no theme part, and readers without
 * one (LibreOffice) would draw the bars and slices unfilled. Okabe-Ito, distinguishable with colour blindness.
 */
const PALETTE = ['0072B2', 'E69F00', '009E73', 'CC79A7', '56B4E9', 'D55E00', 'F0E442', '999999'];

function fill(color: string): string {
  return `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></c:spPr>`;
}

/** A pie's slices, each its own colour. */
function slices(count: number): string {
  let xml = '';
  for (let i = 0; i < count; i++)
    xml += `<c:dPt><c:idx val="${i}"/><c:bubble3D val="0"/>${fill(PALETTE[i % PALETTE.length]!)}</c:dPt>`;
  return xml;
}

const CAT_AXIS = 510_001;
const VAL_AXIS = 510_002;

function rich(text: string): string {
  return (
    '<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1"/></a:pPr>' +
    `<a:r><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function title(text: string): string {
  return `<c:title>${rich(text)}<c:overlay val="0"/></c:title>`;
}

/** Category labels as text, each with its cached value so the chart draws before Excel recalculates. */
function categoriesXml(source: ChartSource): string {
  const cells = [...cellsOf(source.categories)];
  const pts = cells.map(({ row, column }, i) => {
    const v = source.valueAt(row, column);
    return `<c:pt idx="${i}"><c:v>${escapeXml(v === null ? '' : String(v))}</c:v></c:pt>`;
  });
  return (
    `<c:cat><c:strRef><c:f>${escapeXml(absoluteRef(source.sheet, source.categories))}</c:f>` +
    `<c:strCache><c:ptCount val="${cells.length}"/>${pts.join('')}</c:strCache></c:strRef></c:cat>`
  );
}

/** Values; a cell that is not a number (a suppressed 'c', a blank) has no cached point: a gap, no label. */
function valuesXml(source: ChartSource): string {
  const cells = [...cellsOf(source.values)];
  const pts = cells.flatMap(({ row, column }, i) => {
    const v = source.valueAt(row, column);
    return typeof v === 'number' ? [`<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`] : [];
  });
  return (
    `<c:val><c:numRef><c:f>${escapeXml(absoluteRef(source.sheet, source.values))}</c:f>` +
    `<c:numCache><c:formatCode>${escapeXml(source.valueFormat)}</c:formatCode><c:ptCount val="${cells.length}"/>` +
    `${pts.join('')}</c:numCache></c:numRef></c:val>`
  );
}

function dataLabels(pie: boolean): string {
  return (
    '<c:dLbls><c:numFmt formatCode="General" sourceLinked="1"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>' +
    `${pie ? '<c:dLblPos val="bestFit"/>' : '<c:dLblPos val="outEnd"/>'}` +
    '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>' +
    `<c:showPercent val="0"/><c:showBubbleSize val="0"/>${pie ? '<c:showLeaderLines val="1"/>' : ''}</c:dLbls>`
  );
}

function seriesXml(chart: ReportChart, source: ChartSource, pie: boolean): string {
  return (
    '<c:ser><c:idx val="0"/><c:order val="0"/>' +
    `<c:tx><c:v>${escapeXml(chart.seriesName)}</c:v></c:tx>` +
    fill(PALETTE[0]!) +
    (pie ? slices([...cellsOf(source.categories)].length) : '<c:invertIfNegative val="0"/>') +
    dataLabels(pie) +
    categoriesXml(source) +
    valuesXml(source) +
    '</c:ser>'
  );
}

/**
 * Axes for bar (horizontal) and column charts. A bar chart lists categories top-down in sheet order, which
 * Excel does by reversing the category axis and moving the value axis to the bottom ("crosses at maximum").
 */
function axesXml(chart: ReportChart, valueFormat: string): string {
  const horizontal = chart.kind === 'bar';
  const common = '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>';
  return (
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? 'l' : 'b'}"/>${title(chart.categoryAxisTitle)}` +
    `<c:numFmt formatCode="General" sourceLinked="1"/>${common}<c:crossAx val="${VAL_AXIS}"/>` +
    '<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? 'b' : 'l'}"/><c:majorGridlines/>${title(chart.valueAxisTitle)}` +
    `<c:numFmt formatCode="${escapeXml(valueFormat)}" sourceLinked="1"/>${common}<c:crossAx val="${CAT_AXIS}"/>` +
    `<c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/** xl/charts/chartN.xml: one series, title, axis titles (not for pie), data labels, series with cached values. */
export function chartXml(chart: ReportChart, source: ChartSource): string {
  const pie = chart.kind === 'pie';
  const plot = pie
    ? `<c:pieChart><c:varyColors val="1"/>${seriesXml(chart, source, true)}<c:firstSliceAng val="0"/></c:pieChart>`
    : `<c:barChart><c:barDir val="${chart.kind === 'bar' ? 'bar' : 'col'}"/><c:grouping val="clustered"/>` +
      `<c:varyColors val="0"/>${seriesXml(chart, source, false)}<c:gapWidth val="80"/>` +
      `<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:barChart>${axesXml(chart, source.valueFormat)}`;
  // A pie's slices need a legend to be named; a one-series bar chart's legend would only repeat its title.
  const legend = pie ? '<c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend>' : '';
  return (
    XML_HEADER +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.a}" xmlns:r="${NS.rel}">` +
    '<c:roundedCorners val="0"/>' +
    `<c:chart>${title(chart.title)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>` +
    `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    '</c:chartSpace>'
  );
}
