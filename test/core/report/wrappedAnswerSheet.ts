import type { ReportSheet } from '../../../src/core/report/ReportSheet';

/**
 * A Findings sheet with one open disagreement whose answer is longer than its column, for the writers
 * (Excel and command line) to show wrapped; `wrapped` undefined: a layout that wraps nothing.
 */
export const wrappedAnswerSheet = (wrapped?: readonly string[]): ReportSheet => ({
  name: 'Findings',
  cells: [
    ['Question', 'Case ID', 'First answer'],
    ['Who made the contact or referral?', 'C001', 'Family or member of the public'],
  ],
  styles: [],
  tables: [],
  charts: [],
  links: [],
  ...(wrapped === undefined ? {} : { wrapped }),
  columnWidths: [48, 10, 18],
  freezeRows: 0,
});
