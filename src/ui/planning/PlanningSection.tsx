import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  // As the panel's column: the step's width is the pane's, not its widest content's.
  section: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

export interface PlanningSectionProps {
  readonly title: string;
  /** What the step is for, in a sentence. */
  readonly intro: string;
  readonly children: ReactNode;
}

/** One step of planning an audit, a landmark named by its heading so screen readers can jump between steps. */
export function PlanningSection({ title, intro, children }: PlanningSectionProps) {
  const styles = useStyles();
  const id = useId();
  return (
    <section aria-labelledby={id} className={styles.section}>
      <h3 id={id} className={styles.heading}>
        {title}
      </h3>
      <Text as="p" block>
        {intro}
      </Text>
      {children}
    </section>
  );
}
