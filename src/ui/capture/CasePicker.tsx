import { Button, Checkbox, Field, SearchBox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { CaseSummary } from '../../core/cases/CaseStore';
import { filterCases } from './filterCases';

export interface CasePickerProps {
  readonly cases: readonly CaseSummary[];
  readonly caseId: string | null;
  readonly auditor: string;
  readonly onPickCase: (caseId: string) => void;
}

/** A narrow pane shows a few dozen cases at most; searching narrows the rest. */
const MAX_LISTED = 30;

const useStyles = makeStyles({
  list: { listStyleType: 'none', padding: 0, margin: 0, maxHeight: '12rem', overflowY: 'auto' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** Find a case by its ID, narrow to mine or not complete, and step to the next or previous one. */
export function CasePicker({ cases, caseId, auditor, onPickCase }: CasePickerProps) {
  const styles = useStyles();
  const headingId = `${useId()}case-picker-heading`;
  const [query, setQuery] = useState('');
  const [mine, setMine] = useState(false);
  const [notComplete, setNotComplete] = useState(false);
  const matches = filterCases(cases, { query, mine: mine ? auditor : null, notComplete });
  const at = matches.findIndex((c) => c.caseId === caseId);
  const previous = at > 0 ? matches[at - 1] : undefined;
  const next = at === -1 ? matches[0] : matches[at + 1];
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>Pick a case</h2>
      <Field label="Find by Case ID">
        <SearchBox value={query} onChange={(_, d) => setQuery(d.value)} />
      </Field>
      <div className={styles.row}>
        <Checkbox label="Mine" checked={mine} onChange={(_, d) => setMine(d.checked === true)} />
        <Checkbox
          label="Not complete"
          checked={notComplete}
          onChange={(_, d) => setNotComplete(d.checked === true)}
        />
      </div>
      <div className={styles.row}>
        <Button disabled={!previous} onClick={() => previous && onPickCase(previous.caseId)}>
          Previous case
        </Button>
        <Button disabled={!next} onClick={() => next && onPickCase(next.caseId)}>
          Next case
        </Button>
        <Text size={200}>
          {at === -1 ? `${matches.length} of ${cases.length} cases` : `Case ${at + 1} of ${matches.length}`}
        </Text>
      </div>
      <ul aria-label="Matching cases" className={styles.list}>
        {matches.slice(0, MAX_LISTED).map((c) => (
          <li key={c.caseId} className={styles.row}>
            <Button
              appearance={c.caseId === caseId ? 'primary' : 'subtle'}
              aria-current={c.caseId === caseId ? 'true' : undefined}
              onClick={() => onPickCase(c.caseId)}
            >
              {c.caseId}
            </Button>
            <Text size={200}>
              {c.status}
              {c.auditor ? ` · ${c.auditor}` : ''}
            </Text>
          </li>
        ))}
      </ul>
      {matches.length > MAX_LISTED && (
        <Text size={200}>{matches.length - MAX_LISTED} more: type part of a Case ID to find them.</Text>
      )}
      {matches.length === 0 && <Text>No cases match. Clear the search or the filters.</Text>}
    </section>
  );
}
