import { Button, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { IssueList } from '../../core/findings/IssueList';

/** Issues listed in the pane; the Data quality sheet has them all. */
const SHOWN = 50;

export interface DataQualityListProps {
  readonly issues: IssueList;
  readonly onSelectCell: (sheet: string, cell: string) => void;
  readonly onOpenCaseForIssue?: (caseId: string, question: string) => void;
}

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'grid',
    rowGap: tokens.spacingVerticalXS,
  },
});

const issuesText = (n: number) => `${n} data-quality ${n === 1 ? 'issue' : 'issues'}`;

/** What the engine found wrong in the answers, each a link to its cell so it can be fixed there. */
export function DataQualityList({ issues, onSelectCell, onOpenCaseForIssue }: DataQualityListProps) {
  const styles = useStyles();
  if (issues.length === 0)
    return (
      <Text as="p" block>
        No data-quality issues.
      </Text>
    );
  const more = issues.length - SHOWN;
  return (
    <div>
      <Text as="p" block>
        {issuesText(issues.length)}: choose one to go to its cell.
      </Text>
      <ul className={styles.list}>
        {issues.slice(0, SHOWN).map((issue, index) => (
          <li key={`${issue.caseId}/${issue.question}/${issue.kind}/${index}`}>
            {issue.cell ? (
              <Link as="button" inline onClick={() => onSelectCell(issue.sheet, issue.cell)}>
                {`${issue.sheet}!${issue.cell}`}
              </Link>
            ) : (
              issue.sheet
            )}
            : case {issue.caseId}, {issue.question}: {issue.message}
            {onOpenCaseForIssue && (
              <>
                {' '}
                <Button size="small" onClick={() => onOpenCaseForIssue(issue.caseId, issue.question)}>
                  Open case {issue.caseId}
                </Button>
              </>
            )}
          </li>
        ))}
      </ul>
      {more > 0 && (
        <Text as="p" block>
          And {more} more on the{' '}
          <Link as="button" inline onClick={() => onSelectCell('Data quality', 'A1')}>
            Data quality sheet
          </Link>
          .
        </Text>
      )}
    </div>
  );
}
