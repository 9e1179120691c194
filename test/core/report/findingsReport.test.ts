import { findingsReport } from '../../../src/core/report/findingsReport';
import { at, column, rowOf, seedFindings, sheetNamed } from './reportFixture';

const team = findingsReport(seedFindings(), {
  refreshedAt: '2023-02-12 09:00',
  audience: 'team',
  escalations: [
    { caseId: 'C-001', status: 'Open' },
    { caseId: 'C-002', status: 'closed' },
    { caseId: 'C-003', status: 'Closed - spoke to the team manager' },
  ],
});
const findings = sheetNamed(team, 'Findings');

describe('findingsReport, team audience', () => {
  it('gives a Findings sheet and a Data quality sheet, in that order', () => {
    expect(team.map((s) => s.name)).toEqual(['Findings', 'Data quality']);
  });

  it('heads the sheet with the title, version, refresh time and which cases count', () => {
    expect(at(findings, 'A1')).toBe('Findings: Contacts and re-referrals audit');
    expect(at(findings, 'A2')).toBe('Version 2023-03. Refreshed 2023-02-12 09:00.');
    // Seed cases carry no status, as from a file: every case row counts.
    expect(at(findings, 'A3')).toBe(
      'Included: 66 of 66 case rows, counting every case row with a Case ID (there is no Status column).',
    );
    expect(findings.styles).toContainEqual({ range: 'A1', style: 'title' });
  });

  it('lays out the indicators table with n, of N, a fractional % and the sentence', () => {
    const table = findings.tables.find((t) => t.name === 'Findings_Indicators')!;
    const header = Number(/A(\d+)/.exec(table.range)![1]);
    expect(findings.cells[header - 1]).toEqual(['Indicator', 'n', 'of N', '%', 'Sentence']);
    const row = rowOf(findings, 're-referrals came within 0-3 months of previous involvement');
    expect(findings.cells[row - 1]).toEqual([
      're-referrals came within 0-3 months of previous involvement',
      21,
      31,
      0.68,
      '21 (68%) of 31 re-referrals came within 0-3 months of previous involvement',
    ]);
    expect(findings.styles).toContainEqual({
      range: `D${header + 1}:D${table.range.split(':E')[1]}`,
      style: 'percent',
      numberFormat: '0%',
    });
  });

  it('gives each select question a frequency table with its denominator line', () => {
    const top = rowOf(findings, 'Time from previous involvement to re-referral');
    expect(at(findings, `A${top + 1}`)).toBe('Answered 31 of 31 applicable; not applicable 35; missing 0');
    const table = findings.tables.find((t) => t.name === 'Findings_Q_reref_interval')!;
    expect(table.range).toBe(`A${top + 2}:C${top + 6}`);
    expect(findings.cells[top + 1]).toEqual(['Choice', 'n', '% of answered']);
    expect(column(findings, `B${top + 3}:B${top + 6}`).reduce((a, b) => Number(a) + Number(b), 0)).toBe(31);
    expect(at(findings, `A${top + 3}`)).toBe('0-3 months');
    expect(at(findings, `B${top + 3}`)).toBe(21);
  });

  it('points each chart at its own table cells, beside the table', () => {
    const top = rowOf(findings, 'Time from previous involvement to re-referral');
    const chart = findings.charts.find((c) => c.name === 'Chart_reref_interval')!;
    expect(chart).toMatchObject({
      kind: 'column',
      title: 'Time from previous involvement to re-referral',
      categories: `A${top + 3}:A${top + 6}`,
      values: `B${top + 3}:B${top + 6}`,
      from: `G${top}`,
      categoryAxisTitle: 'Answer',
      valueAxisTitle: 'Cases',
    });
    expect(chart.altText).toContain('0-3 months 21 (68%)');
    expect(at(findings, `A${top + 7}`)).toBe(`Chart: ${chart.altText}`);
    expect(column(findings, chart.categories)).toEqual([
      '0-3 months',
      '4-6 months',
      '7-12 months',
      'More than 12 months',
    ]);
  });

  it('never lets two charts overlap', () => {
    const rows = findings.charts.map((c) => [Number(c.from.slice(1)), Number(c.to.slice(1))] as const);
    rows.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < rows.length; i++) expect(rows[i]![0]).toBeGreaterThan(rows[i - 1]![1]);
    // Only questions whose chart column asks get one: auditor comments (text) and the calculation do not.
    expect(findings.charts.map((c) => c.name)).not.toContain('Chart_screened_24h');
  });

  it('gives table names that are unique and stable', () => {
    const names = findings.tables.map((t) => t.name.toUpperCase());
    expect(new Set(names).size).toBe(names.length);
    const again = findingsReport(seedFindings(), { refreshedAt: 'later', audience: 'team' });
    expect(again[0]!.tables.map((t) => t.name).filter((n) => n.startsWith('Findings_Q'))).toEqual(
      findings.tables.map((t) => t.name).filter((n) => n.startsWith('Findings_Q')),
    );
  });

  it('lays out the cross-tab with n and % per column and a total', () => {
    const top = rowOf(
      findings,
      'Is this a contact/referral or a re-referral? by Who made the contact or referral?',
    );
    const header = findings.cells[top + 1]!;
    expect(header[0]).toBe('Is this a contact/referral or a re-referral?');
    expect(header.slice(1, 3)).toEqual(['Police n', 'Police %']);
    expect(header[header.length - 1]).toBe('Total');
    const contact = findings.cells[top + 2]!;
    const re = findings.cells[top + 3]!;
    const police = Number(contact[1]) + Number(re[1]);
    expect(police).toBe(43);
    expect(Number(contact[contact.length - 1]) + Number(re[re.length - 1])).toBe(66);
  });

  it('counts escalations by status, never printing typed status text', () => {
    const top = rowOf(findings, 'Escalations');
    expect(findings.cells.slice(top, top + 7)).toEqual([
      ['3 escalations recorded on the Escalations sheet.'],
      ['Status', 'Escalations'],
      ['Open', 1],
      ['Responded', 0],
      ['Closed', 1],
      ['Other', 1],
      ['All escalations', 3],
    ]);
    expect(JSON.stringify(findings.cells)).not.toContain('spoke to');
  });
});
