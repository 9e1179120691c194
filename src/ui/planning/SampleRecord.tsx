import { makeStyles, tokens } from '@fluentui/react-components';
import type { RecordedSample } from './PlanningPanelProps';
import { formatRefreshedAt } from '../findings/formatRefreshedAt';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  pair: { display: 'contents' },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: 'anywhere' },
});

/** The draw as the workbook stores it: everything anyone needs to draw the same sample again and check it. */
export function SampleRecord({ record }: { readonly record: RecordedSample }) {
  const styles = useStyles();
  const rows: [string, string][] = [
    ['Sample', `number ${record.sample} in the Samples table`],
    ['Seed', record.seed],
    ['Method', record.method],
    ['Population', `${record.population} cases in the Case list`],
    ['Drawn', formatRefreshedAt(new Date(record.drawnAt))],
    ['Drawn by', record.drawnBy || '(not recorded)'],
    [
      'Cases drawn',
      `${record.caseIds.length}: ${record.newCaseIds.length} added to the Audit sheet as Not started, ${record.alreadyInAudit.length} already there and left as they were`,
    ],
    ['Algorithm', record.algorithm],
  ];
  return (
    <dl className={styles.list} aria-label="Stored sample record">
      {rows.map(([term, value]) => (
        <div key={term} className={styles.pair}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
