import { indicatorSentence } from '../../../src/core/findings/indicatorSentence';

describe('indicatorSentence', () => {
  it('reads on from the count into the label', () => {
    expect(indicatorSentence('cases were screened within 24 hours', 65, 66, 98)).toBe(
      '65 (98%) of 66 cases were screened within 24 hours',
    );
  });

  it('prints the chosen decimals', () => {
    expect(indicatorSentence(' police contacts were clear ', 39, 43, 90.7, 1)).toBe(
      '39 (90.7%) of 43 police contacts were clear',
    );
  });

  it('shows a suppressed count as c without its percentage', () => {
    expect(indicatorSentence('cases were escalated', 'c', 66, null)).toBe('c of 66 cases were escalated');
  });

  it('says when there was nothing to count', () => {
    expect(indicatorSentence('strategy discussions were in time', 0, 0, null)).toBe(
      '0 of 0 strategy discussions were in time (no cases to count)',
    );
  });
});
