import { auditTemplate } from '../../../src/core/template/auditTemplate';
import { loadTemplate } from '../../../src/core/template/loadTemplate';

describe('the built-in template', () => {
  const { questionSet, indicators } = loadTemplate();

  it('loads without a single error, with its settings', () => {
    expect(questionSet.title).toBe('Contacts and re-referrals audit');
    expect(questionSet.settings).toMatchObject({
      percent_decimals: '0',
      suppression_threshold: '5',
      include_in_progress: 'no',
    });
    expect(indicators.length).toBe(auditTemplate.indicators.length - 1);
  });

  it('asks the police question only for Police contacts, and strategy follow-ups only when one was held', () => {
    const relevant = (name: string) => questionSet.byName.get(name)!.relevant?.source;
    expect(relevant('police_clear')).toBe("${source} = 'police'");
    expect(relevant('strategy_in_time')).toBe("${strategy_held} = 'yes'");
    expect(relevant('escalation_reason')).toBe("${escalated} = 'yes'");
    expect(questionSet.byName.get('reref_interval')!.groups).toEqual(['previous']);
  });

  it('computes screening within 24 hours rather than asking for it', () => {
    expect(questionSet.byName.get('screened_24h')!.type).toBe('calculate');
    expect(questionSet.calculationOrder).toContain('screened_24h');
  });

  it('marks the overall grade and offers the four Ofsted grades', () => {
    const grade = questionSet.byName.get('overall_grade')!;
    expect(grade.grade).toBe('overall');
    expect(grade.choices.map((c) => c.label)).toEqual([
      'Outstanding',
      'Good',
      'Requires improvement',
      'Inadequate',
    ]);
  });
});
