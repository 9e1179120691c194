import { caseList } from './planningFixture';
import { familyColumnGuess } from '../../../src/ui/planning/familyColumnGuess';
import { groupValues } from '../../../src/ui/planning/groupValues';
import { parseAuditors } from '../../../src/ui/planning/parseAuditors';
import { parseShare } from '../../../src/ui/planning/parseShare';
import { readableSeed } from '../../../src/ui/planning/readableSeed';
import { sampleRequest } from '../../../src/ui/planning/sampleRequest';
import { drawSample } from '../../../src/core/sampling/drawSample';

const form = { mode: 'total', total: '', column: '', sizes: {} } as const;

describe('sampleRequest', () => {
  it('reads a whole number, thousands commas allowed', () => {
    expect(sampleRequest({ ...form, total: ' 1,000 ' })).toEqual({
      kind: 'ok',
      request: { kind: 'total', size: 1000 },
    });
  });

  it.each(['', '0', '8.5', '-3', 'eighty'])('refuses %p rather than rounding it', (total) => {
    const parsed = sampleRequest({ ...form, total });
    expect(parsed.kind).toBe('invalid');
    if (parsed.kind === 'invalid')
      expect(parsed.message).toMatch(/^Enter how many cases to draw as a whole number of 1 or more/);
  });

  it('leaves out groups left blank or 0, and asks for at least one', () => {
    const sizes = { Contact: '40', 'Re-referral': ' ', Other: '0' };
    expect(sampleRequest({ ...form, mode: 'perGroup', column: 'Case type', sizes })).toEqual({
      kind: 'ok',
      request: { kind: 'perGroup', column: 'Case type', sizes: { Contact: 40 } },
    });
    expect(sampleRequest({ ...form, mode: 'perGroup', column: 'Case type', sizes: { Contact: '' } })).toEqual(
      {
        kind: 'invalid',
        message: 'Enter how many cases to draw for at least one value of Case type.',
      },
    );
  });

  it('names the group whose number is not whole, and asks for a column', () => {
    expect(sampleRequest({ ...form, mode: 'perGroup', column: 'Team', sizes: { '': 'two' } })).toEqual({
      kind: 'invalid',
      message: 'The number for Team (blank) must be a whole number, not "two".',
    });
    expect(sampleRequest({ ...form, mode: 'perGroup' }).kind).toBe('invalid');
  });
});

describe('groupValues', () => {
  it('groups as the draw does (case and outer spaces ignored), in its group order, with counts', () => {
    const list = caseList([
      ['C101', ' contact ', ''],
      ['C102', '', ''],
    ]);
    expect(groupValues(list.cases, 'Case type')).toEqual([
      { value: '', count: 1 },
      { value: 'Contact', count: 7 },
      { value: 'Re-referral', count: 6 },
    ]);
    // Each offered value, asked for in full, is a group the core draws exactly.
    const sizes = Object.fromEntries(groupValues(list.cases, 'Case type').map((g) => [g.value, g.count]));
    const drawn = drawSample(list.cases, { kind: 'perGroup', column: 'Case type', sizes }, 's', {
      now: new Date(),
    });
    expect(drawn.kind === 'drawn' && drawn.caseIds.length).toBe(14);
  });
});

describe('parseShare', () => {
  it('turns a percentage into the fraction the core takes', () => {
    expect(parseShare('10')).toEqual({ kind: 'ok', share: 0.1 });
    expect(parseShare(' 7.5 % ')).toEqual({ kind: 'ok', share: 0.075 });
    expect(parseShare('100')).toEqual({ kind: 'ok', share: 1 });
  });

  it.each(['', '0', '100.5', 'ten', '-5'])('refuses %p', (text) => {
    expect(parseShare(text).kind).toBe('invalid');
  });
});

describe('parseAuditors and familyColumnGuess', () => {
  it('takes one name a line, trimmed, blank lines dropped, repeats kept for the core to refuse', () => {
    expect(parseAuditors(' Ann \r\n\r\nBob\n  \nann')).toEqual(['Ann', 'Bob', 'ann']);
  });

  it('guesses a family or household column, or none', () => {
    expect(familyColumnGuess(['Case type', 'Household_ref'])).toBe('Household_ref');
    expect(familyColumnGuess(['Case type', 'Family ID'])).toBe('Family ID');
    expect(familyColumnGuess(['Case type', 'Team'])).toBe('');
  });
});

describe('readableSeed', () => {
  it('is two words and a four-digit number, each drawn from the generator given', () => {
    const picks: number[] = [];
    const seed = readableSeed((n) => {
      picks.push(n);
      return n - 1;
    });
    expect(picks).toEqual([20, 20, 9000]);
    expect(seed).toBe('warm-harvest-9999');
    expect(readableSeed(() => 0)).toBe('amber-badger-1000');
  });

  it('uses the cryptographic generator by default and varies', () => {
    const seeds = new Set(Array.from({ length: 20 }, () => readableSeed()));
    for (const seed of seeds) expect(seed).toMatch(/^[a-z]+-[a-z]+-\d{4}$/);
    // 20 draws from 3.6 million seeds all alike would mean the generator is not used.
    expect(seeds.size).toBeGreaterThan(1);
  });
});
