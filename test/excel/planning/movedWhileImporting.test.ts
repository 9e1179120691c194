import { movedWhileImporting } from '../../../src/excel/planning/movedWhileImporting';

describe('the message for a filled row that held another case', () => {
  const moved = [{ caseId: 'K-004', cell: 'A12', found: 'K-003' }];

  it('names up to six columns written and counts the rest', () => {
    const columns = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'Status'];
    const [problem] = movedWhileImporting('Audit', 'partner.xlsx', moved, () => columns);
    expect(problem).toMatchObject({ sheet: 'Audit', cell: 'A12' });
    expect(problem!.message).toContain(
      'Its cells q1, q2, q3, q4, q5, q6 and 3 more from partner.xlsx went into row 12',
    );
  });

  it('says "cell" for one column, and asks for the cases by name', () => {
    const [problem] = movedWhileImporting('Audit', 'p.xlsx', moved, (id) =>
      id === 'K-004' ? ['Status'] : [],
    );
    expect(problem!.message).toBe(
      `Rows of the Audit sheet moved while importing case K-004 from p.xlsx (row 12 now holds "K-003"). Its cell Status from p.xlsx went into row 12: check it and put back case K-003's own answers, then import p.xlsx again to fill case K-004.`,
    );
  });
});
