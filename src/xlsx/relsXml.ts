import { NS, XML_HEADER, escapeXml } from './xml';

const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Relationship types of the parts this writer produces. */
export const REL = {
  officeDocument: `${OFFICE}/officeDocument`,
  worksheet: `${OFFICE}/worksheet`,
  styles: `${OFFICE}/styles`,
  sharedStrings: `${OFFICE}/sharedStrings`,
  table: `${OFFICE}/table`,
  drawing: `${OFFICE}/drawing`,
  chart: `${OFFICE}/chart`,
  coreProperties: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  extendedProperties: `${OFFICE}/extended-properties`,
} as const;

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** Relative to the folder of the part that owns the relationships. */
  readonly target: string;
}

export function relsXml(rels: readonly Relationship[]): string {
  const items = rels.map(
    (r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`,
  );
  return XML_HEADER + `<Relationships xmlns="${NS.pkgRel}">${items.join('')}</Relationships>`;
}

/** The rels part of a part: xl/worksheets/sheet1.xml -> xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}
