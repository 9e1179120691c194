import { Link, makeStyles, tokens } from '@fluentui/react-components';
import type { SheetIssue } from '../../core/sheets/SheetData';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'grid',
    rowGap: tokens.spacingVerticalXS,
  },
});

export interface IssueListProps {
  readonly issues: readonly SheetIssue[];
  /** Takes the auditor to the cell so they can fix it there. */
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

/** Problems in the workbook, each with a link to its cell (or its sheet when the whole sheet is wrong). */
export function IssueList({ issues, onSelectCell }: IssueListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {issues.map((issue, index) => (
        <li key={`${issue.sheet}!${issue.cell}#${index}`}>
          <Link as="button" inline onClick={() => onSelectCell(issue.sheet, issue.cell || 'A1')}>
            {issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet}
          </Link>
          : {issue.message}
        </li>
      ))}
    </ul>
  );
}
