import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { SheetIssue } from '../../core/sheets/SheetData';
import { IssueList } from './IssueList';

export type SetUpState =
  | { readonly phase: 'idle'; readonly issues: readonly SheetIssue[] }
  | { readonly phase: 'running' }
  | {
      readonly phase: 'done';
      readonly createdSheets: readonly string[];
      readonly addedColumns: readonly string[];
      readonly issues: readonly SheetIssue[];
    }
  | { readonly phase: 'failed'; readonly message: string; readonly issues: readonly SheetIssue[] };

const useStyles = makeStyles({
  // minmax(0, 1fr): text and messages wrap to the pane's width instead of running past it.
  panel: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalM },
  start: { justifySelf: 'start' },
});

export interface SetUpPanelProps {
  readonly state: SetUpState;
  readonly onSetUp: () => void;
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

function summary(createdSheets: readonly string[], addedColumns: readonly string[]): string {
  const parts = [];
  if (createdSheets.length > 0) parts.push(`Created the sheets ${createdSheets.join(', ')}.`);
  if (addedColumns.length > 0) parts.push(`Added ${addedColumns.length} columns to the Audit sheet.`);
  return parts.length > 0 ? parts.join(' ') : 'Everything was already in place; nothing was changed.';
}

/** The first screen: create the audit's sheets from the built-in template, and say what happened. */
export function SetUpPanel({ state, onSetUp, onSelectCell }: SetUpPanelProps) {
  const styles = useStyles();
  const issues = state.phase === 'running' ? [] : state.issues;
  return (
    <section className={styles.panel} aria-labelledby="setup-heading">
      <Text as="h2" id="setup-heading" size={400} weight="semibold">
        Set up the audit
      </Text>
      <Text>
        Adds the Questions, Choices, Settings, Indicators, Audit and Escalations sheets from the built-in
        contacts and re-referrals audit. Questions already in this workbook are kept as they are.
      </Text>
      <Button
        className={styles.start}
        appearance="primary"
        onClick={onSetUp}
        disabled={state.phase === 'running'}
      >
        Set up audit
      </Button>
      {state.phase === 'running' && (
        <Spinner size="tiny" labelPosition="after" label="Setting up the audit sheets…" />
      )}
      {state.phase === 'done' && (
        <MessageBar intent={issues.length > 0 ? 'warning' : 'success'}>
          <MessageBarBody>
            <MessageBarTitle>
              {issues.length > 0 ? 'Set up, with problems.' : 'Audit set up.'}
            </MessageBarTitle>
            {summary(state.createdSheets, state.addedColumns)}
            {issues.length > 0 && ' Fix these in the workbook, then set up again:'}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.phase === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Set-up did not finish.</MessageBarTitle> {state.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.phase === 'idle' && issues.length > 0 && (
        <Text>The questions in this workbook cannot be read. Fix these, or set up again:</Text>
      )}
      {issues.length > 0 && <IssueList issues={issues} onSelectCell={onSelectCell} />}
    </section>
  );
}
