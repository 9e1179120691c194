import type ExcelJS from 'exceljs';
import type { CellStyle } from '../core/report/ReportSheet';

/** How each report style looks in the copy: the same fonts as the board copy's writer (src/xlsx/stylesXml.ts). */
export const REPORT_FONTS: Readonly<Record<CellStyle, Partial<ExcelJS.Font>>> = {
  title: { bold: true, size: 16 },
  subtitle: { size: 12, color: { argb: 'FF595959' } },
  heading: { bold: true, size: 13 },
  tableHeader: { bold: true },
  percent: {},
  note: { italic: true, size: 10, color: { argb: 'FF595959' } },
  link: { underline: true, color: { argb: 'FF0563C1' } },
  warning: { bold: true, color: { argb: 'FFC00000' } },
};
