import type { ReportChart } from '../core/report/ReportSheet';
import { parseCell } from './a1';
import { NS, XML_HEADER, escapeXml } from './xml';

export interface PlacedChart {
  readonly chart: ReportChart;
  /** Relationship id of the chart part, from this drawing. */
  readonly relId: string;
}

/**
 * Zero-based anchor corners. `to` is the cell after the chart's bottom-right cell at offset 0, so the chart
 * covers its `to` cell, as Chart.setPosition(start, end) does in office.js.
 */
function anchor(tag: 'from' | 'to', address: string, after: boolean): string {
  const cell = parseCell(address)!;
  const shift = after ? 0 : 1;
  return (
    `<xdr:${tag}><xdr:col>${cell.column - shift}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${cell.row - shift}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

/** xl/drawings/drawingN.xml: one graphic frame per chart; the alt text goes on cNvPr's descr, as Excel writes it. */
export function drawingXml(charts: readonly PlacedChart[]): string {
  const frames = charts.map(
    ({ chart, relId }, i) =>
      '<xdr:twoCellAnchor editAs="oneCell">' +
      anchor('from', chart.from, false) +
      anchor('to', chart.to, true) +
      '<xdr:graphicFrame macro="">' +
      `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(chart.name)}" descr="${escapeXml(chart.altText)}" title="${escapeXml(chart.title)}"/>` +
      '<xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>' +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" r:id="${relId}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>',
  );
  return (
    XML_HEADER +
    `<xdr:wsDr xmlns:xdr="${NS.drawing}" xmlns:a="${NS.a}" xmlns:r="${NS.rel}">${frames.join('')}</xdr:wsDr>`
  );
}
