import type { Area } from './a1';
import { areaRef } from './a1';
import { NS, XML_HEADER, escapeXml, xstring } from './xml';

/**
 * xl/tables/tableN.xml. Column names must equal the header cells' text exactly, or Excel repairs the file;
 * the caller passes the same texts it writes into those cells.
 */
export function tableXml(id: number, name: string, area: Area, headers: readonly string[]): string {
  const ref = areaRef(area);
  const columns = headers.map((h, i) => `<tableColumn id="${i + 1}" name="${xstring(h)}"/>`);
  return (
    XML_HEADER +
    `<table xmlns="${NS.main}" id="${id}" name="${escapeXml(name)}" displayName="${escapeXml(name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${headers.length}">${columns.join('')}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
    '</table>'
  );
}
