import { countDrillDown, indicatorDrillDown } from '../../../src/ui/findings/drillDown';
import { formatRefreshedAt } from '../../../src/ui/findings/formatRefreshedAt';
import { fixtureFindings } from './findingsFixture';

describe('drillDown', () => {
  it('splits an indicator into the cases counted and the rest of its denominator', () => {
    const findings = fixtureFindings(true);
    const drill = indicatorDrillDown(findings, findings.indicators[0]!);
    expect(drill.groups.map((g) => [g.label, g.ids])).toEqual([
      ['Counted: 3 cases of 5', ['C-001', 'C-003', 'C-006']],
      ['Not counted: 2 cases of 5', ['C-002', 'C-005']],
    ]);
  });

  it('gives the cases behind a frequency-table row under the question and row', () => {
    const findings = fixtureFindings();
    const months = findings.questions.find((q) => q.name === 'months')!;
    const drill = countDrillDown(findings, months, '4-12 months', months.choices[1]!.count);
    expect(drill).toEqual({
      title: 'Months since last involvement: 4-12 months',
      groups: [{ label: '1 case', ids: ['C-002'] }],
    });
  });
});

describe('formatRefreshedAt', () => {
  it('writes the day before the month, in words, with a 24-hour time', () => {
    expect(formatRefreshedAt(new Date(2023, 1, 6, 14, 5))).toBe('14:05 on 6 Feb 2023');
    expect(formatRefreshedAt(new Date(2024, 11, 31, 0, 0))).toBe('00:00 on 31 Dec 2024');
  });
});
