import { useCallback, useEffect, useState } from 'react';
import type { CaseSummary } from '../../core/cases/CaseStore';
import type { QuestionSet } from '../../core/questions/QuestionSet';
import type { SheetIssue } from '../../core/sheets/SheetData';
import { auditTemplate } from '../../core/template/auditTemplate';
import { SHEETS } from '../../excel/workbookFormat';
import type { AuditWorkbookPort } from './AuditWorkbookPort';
import { problemOf, type Problem } from './problemOf';
import type { SetUpState } from './SetUpPanel';

/** A workbook with no Questions sheet is simply not set up yet: that is the first screen, not a problem. */
function worthShowing(issues: readonly SheetIssue[]): readonly SheetIssue[] {
  const notSetUp = issues.length === 1 && issues[0]?.sheet === SHEETS.questions && issues[0].cell === '';
  return notSetUp ? [] : issues;
}

/**
 * The audit in this workbook as the shell tracks it: whether it is set up (its question set), its cases,
 * and "Set up audit". `casesVersion` changing re-reads the cases (rows added outside the pane).
 */
export function useAudit(workbook: AuditWorkbookPort, casesVersion: number) {
  const [checking, setChecking] = useState(true);
  const [setUp, setSetUp] = useState<SetUpState>({ phase: 'idle', issues: [] });
  const [questionSet, setQuestionSet] = useState<QuestionSet | null>(null);
  const [cases, setCases] = useState<readonly CaseSummary[]>([]);
  const [notice, setNotice] = useState<Problem | null>(null);

  // A workbook set up before (reopened, or a colleague's) opens straight on its cases.
  useEffect(() => {
    let live = true;
    workbook.loadQuestionSet().then(
      (loaded) => {
        if (!live) return;
        setChecking(false);
        if (loaded.questionSet) setQuestionSet(loaded.questionSet);
        else setSetUp({ phase: 'idle', issues: worthShowing(loaded.issues) });
      },
      (error: unknown) => {
        if (!live) return;
        setChecking(false);
        setNotice(problemOf(error));
      },
    );
    return () => {
      live = false;
    };
  }, [workbook]);

  const refreshCases = useCallback(async () => {
    try {
      setCases(await workbook.listCases());
    } catch (error) {
      setNotice(problemOf(error));
    }
  }, [workbook]);

  useEffect(() => {
    if (questionSet) void refreshCases();
  }, [questionSet, refreshCases, casesVersion]);

  const runSetUp = useCallback(async () => {
    setSetUp({ phase: 'running' });
    setNotice(null);
    try {
      const result = await workbook.setUp({ template: auditTemplate });
      const { createdSheets, addedColumns, issues } = result;
      setSetUp({ phase: 'done', createdSheets, addedColumns, issues });
      if (result.questionSet) setQuestionSet(result.questionSet);
    } catch (error) {
      setSetUp({ phase: 'failed', ...problemOf(error) });
    }
  }, [workbook]);

  return { checking, setUp, questionSet, cases, notice, setNotice, refreshCases, runSetUp };
}
