import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Toolbar,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { AuditWorkbook } from '../excel/AuditWorkbook';
import { lazyPlanning } from '../excel/planning/lazyPlanning';
import { SimWorkbook } from '../excel-sim';
import { App } from '../ui/app/App';
import { problemOf } from '../ui/app/problemOf';
import { auditorNameStore } from '../ui/capture';
import { demoCases } from './demoCases';
import { WorkbookView } from './WorkbookView';

const useStyles = makeStyles({
  page: {
    display: 'grid',
    gridTemplateRows: 'auto 1fr',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  top: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM, padding: '4px 8px' },
  main: { display: 'grid', gridTemplateColumns: '380px 1fr', minHeight: 0 },
  pane: { overflowY: 'auto', overflowX: 'hidden', borderRight: `1px solid ${tokens.colorNeutralStroke1}` },
  workbook: { minHeight: 0, minWidth: 0, backgroundColor: tokens.colorNeutralBackground1 },
});

let sessions = 0;

/** A new empty workbook; its id remounts the pane, as reopening the add-in on another workbook would. */
function fresh() {
  const sim = new SimWorkbook();
  const host = sim.host();
  return { sim, audit: new AuditWorkbook(host), planning: lazyPlanning(host), id: ++sessions };
}

/** The task pane as it runs in Excel, on an in-memory workbook shown beside it. For demos and tests. */
export function PreviewPage() {
  const styles = useStyles();
  const [session, setSession] = useState(fresh);
  const [casesVersion, setCasesVersion] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);

  // Findings are a manager's step; here they let a demo show the sheets and charts the add-in writes.
  const refreshFindings = async () => {
    setProblem(null);
    try {
      await session.audit.refreshFindings();
    } catch (error) {
      const { message, issues } = problemOf(error);
      setProblem([message, ...issues.map((i) => i.message)].join(' '));
    }
  };

  const addDemoCases = async () => {
    setProblem(null);
    try {
      const existing = (await session.audit.listCases()).length;
      await session.audit.addCases(demoCases(existing));
      setCasesVersion((v) => v + 1);
    } catch (error) {
      const { message, issues } = problemOf(error);
      setProblem([message, ...issues.map((i) => i.message)].join(' '));
    }
  };

  return (
    <div className={styles.page}>
      <header className={styles.top}>
        <MessageBar intent="warning" layout="singleline">
          <MessageBarBody>
            <MessageBarTitle>Preview on a simulated workbook.</MessageBarTitle>
            This is not Excel: the workbook lives in this page only, nothing is saved and nothing is sent
            anywhere.
          </MessageBarBody>
        </MessageBar>
        <Toolbar aria-label="Preview">
          <Button onClick={() => void addDemoCases()}>Add demo cases</Button>
          <Button onClick={() => void refreshFindings()}>Refresh findings</Button>
          <Button
            onClick={() => {
              setProblem(null);
              setSession(fresh());
            }}
          >
            Reset workbook
          </Button>
        </Toolbar>
        {problem && (
          <MessageBar intent="error" layout="singleline">
            <MessageBarBody>{problem}</MessageBarBody>
          </MessageBar>
        )}
      </header>
      <div className={styles.main}>
        <aside className={styles.pane} aria-label="Task pane">
          <App
            key={session.id}
            workbook={session.audit}
            auditorNames={auditorNameStore}
            casesVersion={casesVersion}
            findings={session.audit}
            planning={session.planning}
          />
        </aside>
        {/* The workbook is the page's main content; the pane beside it is complementary, as in Excel. */}
        <main className={styles.workbook} aria-label="Simulated workbook">
          <WorkbookView workbook={session.sim} />
        </main>
      </div>
    </div>
  );
}
