import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CaseSummary } from '../../core/cases/CaseStore';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', rowGap: tokens.spacingVerticalXS },
  item: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'baseline' },
});

export interface CaseListProps {
  /** null while the cases are being read. */
  readonly cases: readonly CaseSummary[] | null;
  readonly onOpen: (caseId: string) => void;
}

/** The cases in the Audit sheet, to pick one to audit. */
export function CaseList({ cases, onOpen }: CaseListProps) {
  const styles = useStyles();
  if (cases === null) return <Spinner size="tiny" labelPosition="after" label="Reading the cases…" />;
  if (cases.length === 0) {
    return <Text>No cases yet: add a row with a Case ID to the Audit sheet for each case to audit.</Text>;
  }
  return (
    <ul className={styles.list} aria-label="Cases">
      {cases.map((c) => (
        <li key={c.caseId} className={styles.item}>
          <Button size="small" onClick={() => onOpen(c.caseId)}>
            Open {c.caseId}
          </Button>
          <Text size={200}>
            {c.status}
            {c.auditor && ` · ${c.auditor}`}
          </Text>
        </li>
      ))}
    </ul>
  );
}
