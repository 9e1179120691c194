import {
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Problem } from '../../core/sampling/Problem';

/** Problems listed in the pane; a Case list with thousands of repeats would otherwise bury the pane. */
const SHOWN = 50;

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'grid',
    rowGap: tokens.spacingVerticalXS,
  },
});

export interface ProblemsBarProps {
  readonly intent: 'error' | 'warning';
  readonly title: string;
  /** What happened and what to do, before the list. */
  readonly message?: string;
  /** Each with its cell when it is about one (a link there), else said in words naming the field. */
  readonly problems: readonly Problem[];
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

/** A refusal, failure or note, with each workbook problem a link to its cell. */
export function ProblemsBar({ intent, title, message, problems, onSelectCell }: ProblemsBarProps) {
  const styles = useStyles();
  const more = problems.length - SHOWN;
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
        {problems.length > 0 && (
          <ul className={styles.list}>
            {problems.slice(0, SHOWN).map((problem, index) => (
              <li key={index}>
                {problem.sheet !== undefined && (
                  <>
                    <Link
                      as="button"
                      inline
                      onClick={() => onSelectCell(problem.sheet!, problem.cell || 'A1')}
                    >
                      {problem.cell ? `${problem.sheet}!${problem.cell}` : problem.sheet}
                    </Link>
                    {': '}
                  </>
                )}
                {problem.message}
              </li>
            ))}
            {more > 0 && <li>and {more} more of the same kind: fix these first, then check again.</li>}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
