/**
 * XML text for SpreadsheetML parts. Characters XML 1.0 cannot carry at all (most control characters, lone
 * surrogates) are written in Excel's own `_xHHHH_` escape, and a literal `_xHHHH_` in the text is protected as
 * `_x005F_xHHHH_`, so what a person typed comes back exactly when Excel reads the file.
 */
const ESCAPE_LITERAL = /_(x[0-9A-Fa-f]{4}_)/g;
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function hex4(ch: string): string {
  return ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
}

/** Text for cell strings and table column names (ST_Xstring): Excel's escapes, then XML's. */
export function xstring(text: string): string {
  // A bare CR would be read back as LF (XML end-of-line handling), so it is escaped too, as Excel does.
  const escaped = text.replace(ESCAPE_LITERAL, '_x005F_$1').replace(NOT_XML, (ch) => `_x${hex4(ch)}_`);
  return escapeXml(escaped.replace(/\r/g, '_x000D_'));
}

/** Text for element content and attributes; characters XML cannot carry are dropped (titles, alt text). */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  pkgRel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
  drawing: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  chart: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
} as const;
