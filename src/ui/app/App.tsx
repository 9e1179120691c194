import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { CaseSummary } from '../../core/cases/CaseStore';
import type { AuditorNameStore } from './AuditorNameStore';
import { AuditorNameField } from './AuditorNameField';
import type { AuditWorkbookPort } from './AuditWorkbookPort';
import { CaseList } from './CaseList';
import { IssueList } from './IssueList';
import { problemOf } from './problemOf';
import { SetUpPanel, type SetUpState } from './SetUpPanel';

const useStyles = makeStyles({
  app: {
    display: 'grid',
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: '100%',
    boxSizing: 'border-box',
    alignContent: 'start',
  },
  section: { display: 'grid', rowGap: tokens.spacingVerticalM },
});

export interface AppProps {
  readonly workbook: AuditWorkbookPort;
  readonly auditorNames: AuditorNameStore;
}

/** The task pane: set up the audit in this workbook, then audit its cases one by one. */
export function App({ workbook, auditorNames }: AppProps) {
  const styles = useStyles();
  const [setUp, setSetUp] = useState<SetUpState>({ phase: 'idle' });
  const [cases, setCases] = useState<readonly CaseSummary[] | null>(null);
  const [ready, setReady] = useState(false);
  const [auditor, setAuditor] = useState(() => auditorNames.get());
  const [opened, setOpened] = useState<string | null>(null);
  const [notice, setNotice] = useState<ReturnType<typeof problemOf> | null>(null);

  // A workbook set up before (reopened, or shared by a colleague) goes straight to its cases.
  useEffect(() => {
    let live = true;
    workbook.listCases().then(
      (found) => {
        if (!live) return;
        setCases(found);
        setReady(true);
      },
      () => {}, // Not set up yet: the set-up screen is what to show.
    );
    return () => {
      live = false;
    };
  }, [workbook]);

  const selectCell = useCallback(
    (sheet: string, cell: string) => {
      workbook.selectCell(sheet, cell).catch((error: unknown) => setNotice(problemOf(error)));
    },
    [workbook],
  );

  const runSetUp = useCallback(async () => {
    setSetUp({ phase: 'running' });
    setNotice(null);
    try {
      const outcome = await workbook.setUp();
      setSetUp({ phase: 'done', sheetsCreated: outcome.sheetsCreated, issues: outcome.issues });
    } catch (error) {
      setSetUp({ phase: 'failed', ...problemOf(error) });
      return;
    }
    setReady(true);
    setCases(null);
    try {
      setCases(await workbook.listCases());
    } catch (error) {
      setNotice(problemOf(error));
      setCases([]);
    }
  }, [workbook]);

  return (
    <main className={styles.app}>
      <header>
        <Text as="h1" size={500} weight="semibold" block>
          Case Audit
        </Text>
        <Text size={200}>Answers stay in this workbook.</Text>
      </header>
      {notice && (
        <>
          <MessageBar intent="error">
            <MessageBarBody>{notice.message}</MessageBarBody>
          </MessageBar>
          {notice.issues.length > 0 && <IssueList issues={notice.issues} onSelectCell={selectCell} />}
        </>
      )}
      {(!ready || setUp.phase !== 'idle') && (
        <SetUpPanel state={setUp} onSetUp={() => void runSetUp()} onSelectCell={selectCell} />
      )}
      {ready && (
        <section className={styles.section} aria-labelledby="cases-heading">
          <Text as="h2" id="cases-heading" size={400} weight="semibold">
            Open a case
          </Text>
          <AuditorNameField
            value={auditor}
            onChange={setAuditor}
            onCommit={() => auditorNames.set(auditor)}
          />
          {/*
            CAPTURE SLOT. src/ui/capture will export CapturePane (guided capture of one case). When it lands,
            render it here for `opened` with the workbook as its CaseStore and `auditor` as who saves, and
            come back to this list when it closes. Until then the list below only says which case was picked.
          */}
          <CaseList cases={cases} onOpen={setOpened} />
          {opened && (
            <MessageBar intent="info">
              <MessageBarBody>
                Case {opened}: guided capture is not in this build yet. Answer in the Audit sheet meanwhile.
              </MessageBarBody>
            </MessageBar>
          )}
        </section>
      )}
    </main>
  );
}
