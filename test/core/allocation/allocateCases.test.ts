import { allocateCases } from '../../../src/core/allocation/allocateCases';
import { allocated, fam, problems } from './allocationFixture';

const loads = (a: ReturnType<typeof allocated>) => a.byAuditor.map((x) => [x.auditor, x.caseIds]);

describe('allocateCases', () => {
  it('places families largest first on the least-loaded auditor, ties to the earlier-listed auditor', () => {
    const cases = fam(
      ['C1', 'F1'],
      ['C2', 'F1'],
      ['C3', 'F1'],
      ['C4', 'F2'],
      ['C5', 'F2'],
      ['C6', 'f3'],
      ['C7', 'F3 '],
      ['C8', ''],
    );
    const a = allocated(allocateCases(cases, ['Ann', 'Bob'], { familyColumn: 'family' }));
    // F1 (3) -> Ann; F2 (2, C4 < C6) -> Bob; F3 (2) -> Bob (2 < 3); C8 -> Ann (3 < 4).
    expect(loads(a)).toEqual([
      ['Ann', ['C1', 'C2', 'C3', 'C8']],
      ['Bob', ['C4', 'C5', 'C6', 'C7']],
    ]);
    expect(a.newlyAllocated).toHaveLength(8);
    expect(a.notes).toEqual([]);
  });

  it('treats every case as its own unit without a family column', () => {
    const cases = fam(['C1', 'F1'], ['C2', 'F1'], ['C3', 'F1'], ['C4', 'F1'], ['C5', 'F1']);
    const a = allocated(allocateCases(cases, ['Ann', 'Bob', 'Cy']));
    expect(loads(a)).toEqual([
      ['Ann', ['C1', 'C4']],
      ['Bob', ['C2', 'C5']],
      ['Cy', ['C3']],
    ]);
  });

  it('leaves allocated cases with their auditor and sends the rest of their family to them', () => {
    const cases = fam(['C1', 'F1'], ['C2', 'F1'], ['C3', ''], ['C4', ''], ['C5', '']);
    const a = allocated(
      allocateCases(cases, ['Ann', 'Bob'], { familyColumn: 'Family', allocated: new Map([['c2', 'bob ']]) }),
    );
    expect(a.assignments.get('C2')).toBe('bob ');
    expect(a.assignments.get('C1')).toBe('Bob');
    // Bob holds 2, so the three lone cases go Ann, Ann, then Ann/Bob tie at 2 -> Ann (listed first).
    expect(loads(a)).toEqual([
      ['Ann', ['C3', 'C4', 'C5']],
      ['Bob', ['C1', 'C2']],
    ]);
    expect(a.newlyAllocated).toEqual(['C1', 'C3', 'C4', 'C5']);
  });

  it('reports a family already split between two auditors and moves nothing', () => {
    const cases = fam(['C1', 'F9'], ['C2', 'F9'], ['C3', 'F9'], ['C4', 'F9']);
    const before = new Map([
      ['C1', 'Bob'],
      ['C2', 'Ann'],
      ['C3', 'Bob'],
    ]);
    const a = allocated(allocateCases(cases, ['Ann', 'Bob'], { familyColumn: 'Family', allocated: before }));
    expect([...a.assignments]).toEqual([
      ['C1', 'Bob'],
      ['C2', 'Ann'],
      ['C3', 'Bob'],
      ['C4', 'Bob'],
    ]);
    expect(a.notes).toEqual([
      {
        sheet: 'Case list',
        cell: 'C2',
        message:
          'Family "F9" is already split between Bob (C1, C3) and Ann (C2): nothing was moved. Agree who keeps the family and change the Auditor cells; its unallocated cases went to Bob.',
      },
    ]);
  });

  it('keeps cases with an auditor who is no longer listed, says so, and gives them nothing new', () => {
    const cases = fam(['C1', ''], ['C2', ''], ['C3', '']);
    const a = allocated(allocateCases(cases, ['Ann'], { allocated: new Map([['C2', 'Dee']]) }));
    expect(loads(a)).toEqual([
      ['Ann', ['C1', 'C3']],
      ['Dee', ['C2']],
    ]);
    expect(a.notes.map((n) => n.message)).toEqual([
      'Dee holds 1 of these cases (C2) but is not in the auditor list: they stay with Dee, who gets no new cases. Add Dee to the list, or reallocate those cases by hand.',
    ]);
  });

  it('breaks ties between auditors by a seeded order when given a seed, the same way each time', () => {
    const one = fam(['C1', '']);
    const firstChoice = (seed?: string) =>
      allocated(allocateCases(one, ['Ann', 'Bob', 'Cy'], seed === undefined ? {} : { seed })).assignments.get(
        'C1',
      );
    expect(firstChoice()).toBe('Ann');
    const seeds = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    expect(seeds.map(firstChoice)).toEqual(seeds.map(firstChoice));
    expect(new Set(seeds.map(firstChoice)).size).toBeGreaterThan(1);
  });

  it('gives the same allocation whatever the order of the cases', () => {
    const cases = fam(
      ['C1', 'F1'],
      ['C2', ''],
      ['C3', 'F1'],
      ['C4', 'F2'],
      ['C5', ''],
      ['C6', 'F2'],
      ['C7', ''],
    );
    const a = allocated(allocateCases(cases, ['Ann', 'Bob', 'Cy'], { familyColumn: 'Family' }));
    const b = allocated(
      allocateCases(cases.slice().reverse(), ['Ann', 'Bob', 'Cy'], { familyColumn: 'Family' }),
    );
    expect(loads(b)).toEqual(loads(a));
  });

  it('refuses with clear messages: no auditors, repeats, blanks, unknown family column', () => {
    expect(problems(allocateCases(fam(['C1', '']), []))).toEqual([
      'Add at least one auditor to share the cases among.',
    ]);
    expect(problems(allocateCases(fam(['C1', '']), ['Ann', ' ann', '']))).toEqual([
      '"Ann" and " ann" are the same auditor: list each auditor once.',
      'Auditor 3 in the list has no name: fill it in or remove it.',
    ]);
    expect(problems(allocateCases(fam(['C1', ''], ['c1', '']), ['Ann']))).toEqual([
      'Case c1 is in the cases to allocate twice: each case must be listed once.',
    ]);
    expect(problems(allocateCases(fam(['C1', '']), ['Ann'], { familyColumn: 'Household' }))).toEqual([
      'There is no "Household" column for families: choose the family or household reference column, or none.',
    ]);
  });
});
