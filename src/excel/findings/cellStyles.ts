import type { CellStyle } from '../../core/report/ReportSheet';

/** How each layout style looks in Excel: font only, so the sheet stays readable in any theme. */
export function applyStyle(range: Excel.Range, style: CellStyle): void {
  const font = range.format.font;
  switch (style) {
    case 'title':
      font.bold = true;
      font.size = 16;
      return;
    case 'subtitle':
      font.italic = true;
      return;
    case 'heading':
      font.bold = true;
      font.size = 13;
      return;
    case 'tableHeader':
      font.bold = true;
      return;
    case 'note':
      font.italic = true;
      font.color = '#595959';
      return;
    case 'link':
      font.color = '#0563C1';
      font.underline = 'Single';
      return;
    case 'warning':
      font.bold = true;
      font.color = '#9C0006';
      return;
    case 'percent':
      return; // the number format carries it (cellFormats)
  }
}
