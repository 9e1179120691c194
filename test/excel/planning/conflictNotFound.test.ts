import { conflictNotFound, notFoundChange } from '../../../src/excel/planning/conflictNotFound';

describe('conflictNotFound and notFoundChange', () => {
  it('say which columns went, and what to do, for a case with conflicts on more than one', () => {
    expect(conflictNotFound('Audit', 'column', 'K-002', ['case_type', 'source', 'police_clear'])).toBe(
      'The case_type, source and police_clear columns are no longer in the Audit sheet: someone deleted them or changed their headers while the import ran, so there is no cell to go to.',
    );
    expect(notFoundChange('Audit', 'partner.xlsx', 'column', 'K-002', ['case_type', 'source'])).toEqual({
      caseId: 'K-002',
      cell: '',
      message:
        "The case_type and source columns are no longer in the Audit sheet: someone deleted them or changed their headers while the import ran, so there is no cell to go to. Case K-002's 2 conflicts with partner.xlsx above say Not found under Cell here: find the columns (put them back if they were deleted by mistake, or look under their new headers), then compare the case's answers with partner.xlsx by hand.",
    });
  });

  it('say the case went, whatever its questions, when its row is gone', () => {
    expect(notFoundChange('Audit', 'partner.xlsx', 'case', 'K-004', ['case_type', 'source']).message).toBe(
      'Case K-004 is no longer in the Audit sheet: someone deleted its row or changed its Case ID while the import ran, so there is no cell to go to. Its 2 conflicts with partner.xlsx above say Not found under Cell here: find out what happened to the case (put its row back if it was deleted by mistake), then compare its answers with partner.xlsx by hand.',
    );
  });
});
