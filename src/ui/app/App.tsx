import { MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { AuditorName, CapturePane } from '../capture';
import type { AuditorNames, AuditWorkbookPort } from './AuditWorkbookPort';
import { IssueList } from './IssueList';
import { problemOf } from './problemOf';
import { SetUpPanel } from './SetUpPanel';
import { useAudit } from './useAudit';

const useStyles = makeStyles({
  app: {
    display: 'grid',
    // minmax(0, 1fr): a task pane is narrow; content wraps to it instead of widening it.
    gridTemplateColumns: 'minmax(0, 1fr)',
    rowGap: tokens.spacingVerticalL,
    alignContent: 'start',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    minHeight: '100%',
    boxSizing: 'border-box',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  capture: { display: 'grid', rowGap: tokens.spacingVerticalM },
});

export interface AppProps {
  readonly workbook: AuditWorkbookPort;
  readonly auditorNames: AuditorNames;
  /** Bump to re-read the cases after rows were added outside the pane (the preview's demo cases). */
  readonly casesVersion?: number;
}

/** The task pane: set up the audit in this workbook, then audit its cases one by one. */
export function App({ workbook, auditorNames, casesVersion = 0 }: AppProps) {
  const styles = useStyles();
  const audit = useAudit(workbook, casesVersion);
  const { questionSet, setNotice } = audit;
  const [auditor, setAuditor] = useState(() => auditorNames.load());
  const [caseId, setCaseId] = useState<string | null>(null);

  const selectCell = useCallback(
    (sheet: string, cell: string) => {
      workbook.selectCell(sheet, cell).catch((error: unknown) => setNotice(problemOf(error)));
    },
    [workbook, setNotice],
  );

  // The pane follows the auditor's selection in the Audit sheet: clicking a case's row opens that case.
  const ready = questionSet !== null;
  useEffect(() => {
    if (!ready) return;
    let stop: (() => Promise<void>) | null = null;
    let live = true;
    workbook
      .watchSelection((id) => {
        if (id) setCaseId(id);
      })
      .then(
        (unwatch) => {
          if (live) stop = unwatch;
          else void unwatch();
        },
        () => {}, // A convenience: without it the auditor picks cases in the pane.
      );
    return () => {
      live = false;
      if (stop) void stop();
    };
  }, [workbook, ready]);

  return (
    // A div, not <main>: the page around the pane (Office's, or the preview's) owns the landmarks.
    <div className={styles.app}>
      <header>
        <Text as="h1" size={500} weight="semibold" block>
          Case Audit
        </Text>
        <Text size={200}>Answers are saved in this workbook and go nowhere else.</Text>
      </header>
      {audit.notice && (
        <>
          <MessageBar intent="error">
            <MessageBarBody>{audit.notice.message}</MessageBarBody>
          </MessageBar>
          {audit.notice.issues.length > 0 && (
            <IssueList issues={audit.notice.issues} onSelectCell={selectCell} />
          )}
        </>
      )}
      {audit.checking && <Spinner size="tiny" labelPosition="after" label="Reading the workbook…" />}
      {!audit.checking && (!ready || audit.setUp.phase !== 'idle') && (
        <SetUpPanel state={audit.setUp} onSetUp={() => void audit.runSetUp()} onSelectCell={selectCell} />
      )}
      {questionSet && (
        <section className={styles.capture} aria-label="Audit cases">
          <AuditorName
            name={auditor}
            onChange={(name) => {
              auditorNames.save(name);
              setAuditor(name);
            }}
          />
          {/* CAPTURE SLOT: guided capture from src/ui/capture, once the auditor has said who they are. */}
          {auditor && (
            <CapturePane
              store={workbook}
              questionSet={questionSet}
              auditor={auditor}
              caseId={caseId}
              cases={audit.cases}
              onPickCase={setCaseId}
              // Moving Excel's selection to the case is a courtesy: if it fails, capture carries on.
              onSelectQuestionCell={(id) => void workbook.selectCase(id).catch(() => {})}
              onCaseChanged={() => void audit.refreshCases()}
            />
          )}
        </section>
      )}
    </div>
  );
}
