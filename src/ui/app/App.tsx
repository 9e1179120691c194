import {
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react';
import { AuditorName, CapturePane } from '../capture';
import type { AuditorNames, AuditWorkbookPort } from './AuditWorkbookPort';
import { IssueList } from './IssueList';
import { findingsPanelProps, type FindingsPort } from './findingsPanelProps';
import { planningPanelProps, type PlanningPort } from './planningPanelProps';
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
  // A class, not the hidden attribute: the capture section's display: grid would override [hidden].
  hidden: { display: 'none' },
});

export interface AppProps {
  readonly workbook: AuditWorkbookPort;
  readonly auditorNames: AuditorNames;
  /** Bump to re-read the cases after rows were added outside the pane (the preview's demo cases). */
  readonly casesVersion?: number;
  /** The managers' Findings tab; left out, the tab is not shown. */
  readonly findings?: FindingsPort;
  /** The lead's Planning tab (case list, sample, allocation, progress, moderation); left out, not shown. */
  readonly planning?: PlanningPort;
}

type View = 'cases' | 'findings' | 'planning' | 'moderate';

// Managers' and leads' panels load when first shown: the task pane's first load has a 250 KB budget.
const FindingsPanel = lazy(() => import('../findings').then((m) => ({ default: m.FindingsPanel })));
const PlanningPanel = lazy(() => import('../planning').then((m) => ({ default: m.PlanningPanel })));
const ModeratePane = lazy(() => import('../moderation').then((m) => ({ default: m.ModeratePane })));

/** The task pane: set up the audit in this workbook, then audit its cases one by one. */
export function App({ workbook, auditorNames, casesVersion = 0, findings, planning }: AppProps) {
  const styles = useStyles();
  const audit = useAudit(workbook, casesVersion);
  const { questionSet, setNotice } = audit;
  const [auditor, setAuditor] = useState(() => auditorNames.load());
  const [caseId, setCaseId] = useState<string | null>(null);
  const [view, setView] = useState<View>('cases');
  // A view is mounted when first opened and then kept, hidden, so its work and figures survive tab changes.
  const [opened, setOpened] = useState<ReadonlySet<View>>(() => new Set(['cases']));
  const open = (next: View) => {
    setView(next);
    setOpened((seen) => new Set(seen).add(next));
  };

  const selectCell = useCallback(
    (sheet: string, cell: string) => {
      workbook.selectCell(sheet, cell).catch((error: unknown) => setNotice(problemOf(error)));
    },
    [workbook, setNotice],
  );

  // Stable, so the moderator's store (and the case open in it) survives re-renders.
  const escalate = useCallback<AuditWorkbookPort['escalate']>(
    (id, escalation) => workbook.escalate(id, escalation),
    [workbook],
  );

  const findingsProps = useMemo(
    () => (findings ? findingsPanelProps(findings, selectCell) : null),
    [findings, selectCell],
  );

  // The pane follows the auditor's selection in the Audit sheet: clicking a case's row opens that case.
  const ready = questionSet !== null;
  useEffect(() => {
    if (!ready) return;
    let stop: (() => Promise<void>) | null = null;
    let live = true;
    workbook
      .watchSelection((id) => {
        // The case follows the selection; the view does not, or selecting a figure's cases would leave Findings.
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
      {questionSet && (findings || planning) && (
        <TabList
          // Small tabs: four medium ones run past a 320 px task pane, Excel's narrowest.
          size="small"
          selectedValue={view}
          onTabSelect={(_, data) => open(data.value as View)}
          aria-label="Task pane views"
        >
          <Tab value="cases">Cases</Tab>
          {findings && <Tab value="findings">Findings</Tab>}
          {planning && <Tab value="planning">Planning</Tab>}
          {planning && <Tab value="moderate">Moderate</Tab>}
        </TabList>
      )}
      {/* Views stay mounted while hidden: an answer still saving keeps saving, and figures stay on screen. */}
      {questionSet && (
        <section className={view === 'cases' ? styles.capture : styles.hidden} aria-label="Audit cases">
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
      {questionSet && findingsProps && opened.has('findings') && (
        <section aria-label="Findings" className={view === 'findings' ? undefined : styles.hidden}>
          <Suspense fallback={<Spinner size="tiny" label="Loading findings…" />}>
            <FindingsPanel {...findingsProps} />
          </Suspense>
        </section>
      )}
      {questionSet && planning && opened.has('planning') && (
        <section aria-label="Planning" className={view === 'planning' ? undefined : styles.hidden}>
          {auditor ? (
            <Suspense fallback={<Spinner size="tiny" label="Loading planning…" />}>
              <PlanningPanel {...planningPanelProps(planning, auditor, questionSet.questions, selectCell)} />
            </Suspense>
          ) : (
            <Text>
              Say who you are (on the Cases tab) before planning: draws and decisions record your name.
            </Text>
          )}
        </section>
      )}
      {questionSet && planning && opened.has('moderate') && (
        <section aria-label="Moderate" className={view === 'moderate' ? undefined : styles.hidden}>
          {auditor ? (
            <Suspense fallback={<Spinner size="tiny" label="Loading moderation…" />}>
              <ModeratePane
                port={planning}
                escalate={escalate}
                questionSet={questionSet}
                moderator={auditor}
                active={view === 'moderate'}
              />
            </Suspense>
          ) : (
            <Text>
              Say who you are (on the Cases tab) before re-auditing: your name goes in the Moderator column.
            </Text>
          )}
        </section>
      )}
    </div>
  );
}
