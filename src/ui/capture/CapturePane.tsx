import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { CaseStore, CaseSummary } from '../../core/cases/CaseStore';
import type { QuestionSet } from '../../core/questions/QuestionSet';
import { CaseHeader } from './CaseHeader';
import { CasePicker } from './CasePicker';
import { CompletePanel } from './CompletePanel';
import { EscalateDialog } from './EscalateDialog';
import { focusQuestion } from './focusQuestion';
import { containsQuestion, formSections, visibleSections } from './formSections';
import { GroupStepper } from './GroupStepper';
import { QuestionGroup } from './QuestionGroup';
import type { Evaluate } from './SaveState';
import { useCaseSession } from './useCaseSession';
import { useOpenedSession } from './useOpenedSession';

export interface CapturePaneProps {
  readonly store: CaseStore;
  readonly questionSet: QuestionSet;
  /** Who is auditing: written as Saved by and Raised by. */
  readonly auditor: string;
  readonly caseId: string | null;
  readonly cases: readonly CaseSummary[];
  readonly onPickCase: (caseId: string) => void;
  /** The auditor moved to a question: the shell can select its cell in the Audit sheet. */
  readonly onSelectQuestionCell?: (caseId: string, question: string) => void;
  /** The case's status or escalations changed: the shell can refresh its case summaries. */
  readonly onCaseChanged?: (caseId: string) => void;
  /** The engine; evaluateCase from the core unless given (tests, a fixed clock). */
  readonly evaluate?: Evaluate;
}

const useStyles = makeStyles({
  pane: { display: 'grid', rowGap: tokens.spacingVerticalL },
});

/**
 * Guided capture of one case. Sections are shown one at a time with a stepper rather than as
 * collapsible panels: a task pane is narrow and tall forms push the save status and the current
 * question apart, while one section keeps what the auditor is reading and answering on one screen.
 */
export function CapturePane(props: CapturePaneProps) {
  const { store, questionSet, auditor, caseId, cases, onPickCase, evaluate } = props;
  const styles = useStyles();
  const opened = useOpenedSession({ store, questionSet, auditor, evaluate, caseId });
  const session = opened.session;
  const snapshot = useCaseSession(session);
  const sections = useMemo(() => formSections(questionSet), [questionSet]);
  const [sectionKey, setSectionKey] = useState<string | null>(null);
  const [showMissing, setShowMissing] = useState(false);
  const [focusTarget, setFocusTarget] = useState<{ question: string } | null>(null);
  const root = useRef<HTMLDivElement>(null);
  // Ids unique in the page: the Moderate view mounts a second pane beside this one.
  const headingId = `${useId()}case-heading`;
  const lastSelected = useRef('');

  const shownCaseId = snapshot?.caseId ?? null;
  useEffect(() => {
    setSectionKey(null);
    setShowMissing(false);
  }, [shownCaseId]);

  useEffect(() => {
    if (focusTarget) focusQuestion(root.current, focusTarget.question);
  }, [focusTarget]);

  const visible = snapshot ? visibleSections(sections, snapshot.evaluation) : [];
  // A section that stops applying (an answer changed) falls back to the first that does.
  const index = Math.max(
    0,
    visible.findIndex((s) => s.key === sectionKey),
  );
  const section = visible[index];

  const goToQuestion = (question: string) => {
    const target = visible.find((s) => containsQuestion(s.items, question));
    if (target) setSectionKey(target.key);
    setFocusTarget({ question });
  };
  const selectCell = (question: string) => {
    if (!snapshot || !props.onSelectQuestionCell || lastSelected.current === `${snapshot.caseId}/${question}`)
      return;
    lastSelected.current = `${snapshot.caseId}/${question}`;
    props.onSelectQuestionCell(snapshot.caseId, question);
  };

  return (
    <div className={styles.pane} ref={root}>
      <CasePicker cases={cases} caseId={caseId} auditor={auditor} onPickCase={onPickCase} />
      {opened.blockedBy && caseId && (
        <MessageBar intent="warning">
          <MessageBarBody>
            Case {opened.blockedBy} has answers that are not in the workbook yet. Retry or resolve them below;
            case {caseId} opens as soon as they are saved.{' '}
            <Button size="small" onClick={() => onPickCase(opened.blockedBy ?? '')}>
              Stay on case {opened.blockedBy}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {opened.error && (
        <MessageBar intent="error">
          <MessageBarBody>{opened.error}</MessageBarBody>
        </MessageBar>
      )}
      {opened.opening && <Spinner size="tiny" label={`Opening case ${opened.opening}…`} />}
      {session && snapshot && (
        <section aria-labelledby={headingId}>
          <CaseHeader snapshot={snapshot} headingId={headingId} onRetryAll={() => session.retry()} />
          {section && (
            <>
              <GroupStepper
                sections={visible}
                current={index}
                onGo={(i) => setSectionKey(visible[i]?.key ?? null)}
              />
              <QuestionGroup
                section={section}
                snapshot={snapshot}
                showMissing={showMissing}
                onAnswer={(q, value) => session.answer(q, value)}
                onRetry={(q) => session.retry(q)}
                onKeepMine={(q) => session.keepMine(q)}
                onTakeTheirs={(q) => session.takeTheirs(q)}
                onFocusQuestion={selectCell}
              />
            </>
          )}
          <CompletePanel
            snapshot={snapshot}
            questionSet={questionSet}
            onComplete={() => session.complete()}
            onChecked={(outcome) => {
              setShowMissing(outcome.kind === 'issues');
              if (outcome.kind === 'complete') props.onCaseChanged?.(session.caseId);
            }}
            onFocusQuestion={goToQuestion}
            onClear={(q) => session.answer(q, null)}
          />
          <EscalateDialog
            caseId={snapshot.caseId}
            onEscalate={async (reason, agreedWith) => {
              await session.escalate(reason, agreedWith);
              props.onCaseChanged?.(session.caseId);
            }}
          />
        </section>
      )}
    </div>
  );
}
