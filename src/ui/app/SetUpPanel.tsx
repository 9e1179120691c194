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
  | { readonly phase: 'idle' }
  | { readonly phase: 'running' }
  | {
      readonly phase: 'done';
      readonly sheetsCreated: readonly string[];
      readonly issues: readonly SheetIssue[];
    }
  | { readonly phase: 'failed'; readonly message: string; readonly issues: readonly SheetIssue[] };

const useStyles = makeStyles({
  panel: { display: 'grid', rowGap: tokens.spacingVerticalM, justifyItems: 'start' },
});

export interface SetUpPanelProps {
  readonly state: SetUpState;
  readonly onSetUp: () => void;
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

/** The first screen: create the audit's sheets from the built-in template, and say what happened. */
export function SetUpPanel({ state, onSetUp, onSelectCell }: SetUpPanelProps) {
  const styles = useStyles();
  const running = state.phase === 'running';
  return (
    <section className={styles.panel} aria-labelledby="setup-heading">
      <Text as="h2" id="setup-heading" size={400} weight="semibold">
        Set up the audit
      </Text>
      <Text>
        Adds the Questions, Choices, Settings, Indicators, Audit and Escalations sheets to this workbook from
        the built-in contacts and re-referrals audit.
      </Text>
      <Button appearance="primary" onClick={onSetUp} disabled={running}>
        Set up audit
      </Button>
      {running && <Spinner size="tiny" labelPosition="after" label="Setting up the audit sheets…" />}
      {state.phase === 'done' && (
        <MessageBar intent={state.issues.length > 0 ? 'warning' : 'success'}>
          <MessageBarBody>
            <MessageBarTitle>
              {state.sheetsCreated.length > 0 ? 'Audit set up.' : 'The audit sheets were already there.'}
            </MessageBarTitle>
            {state.sheetsCreated.length > 0 && ` Created ${state.sheetsCreated.join(', ')}.`}
            {state.issues.length > 0 && ' Fix these in the question set:'}
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
      {(state.phase === 'done' || state.phase === 'failed') && state.issues.length > 0 && (
        <IssueList issues={state.issues} onSelectCell={onSelectCell} />
      )}
    </section>
  );
}
