import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CaseSaveStatus } from './CaseSaveStatus';
import type { CaseSessionSnapshot } from './SaveState';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

export interface CaseHeaderProps {
  readonly snapshot: CaseSessionSnapshot;
  readonly onRetryAll: () => void;
  /** The heading's id, unique in the page: the pane's section is labelled by it. */
  readonly headingId?: string;
}

/** Which case is open, its status, escalations, and whether everything on screen is in the workbook. */
export function CaseHeader({ snapshot, onRetryAll, headingId = 'case-heading' }: CaseHeaderProps) {
  const styles = useStyles();
  const n = snapshot.escalations;
  return (
    <header>
      <div className={styles.row}>
        <h2 id={headingId}>Case {snapshot.caseId}</h2>
        <Badge appearance="outline">{snapshot.status}</Badge>
        {n > 0 && (
          <Badge color="danger">
            {n} safeguarding escalation{n === 1 ? '' : 's'}
          </Badge>
        )}
      </div>
      {snapshot.caseAuditor && <Text size={200}>Assigned to {snapshot.caseAuditor}. </Text>}
      {snapshot.lastSaved && (
        <Text size={200}>
          Last saved {snapshot.lastSaved}
          {snapshot.savedBy ? ` by ${snapshot.savedBy}` : ''}.
        </Text>
      )}
      <CaseSaveStatus saves={snapshot.saves} onRetryAll={onRetryAll} />
    </header>
  );
}
