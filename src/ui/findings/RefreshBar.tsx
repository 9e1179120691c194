import { Button, ProgressBar, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { RefreshProgress } from './FindingsPanelProps';

export interface RefreshBarProps {
  readonly running: boolean;
  readonly progress: RefreshProgress | null;
  readonly includeInProgress: boolean;
  readonly onIncludeInProgressChange: (include: boolean) => void;
  readonly onRefresh: () => void;
}

const useStyles = makeStyles({
  bar: { display: 'grid', rowGap: tokens.spacingVerticalS },
});

/** The refresh button, what it will count, and how far it has got. */
export function RefreshBar({
  running,
  progress,
  includeInProgress,
  onIncludeInProgressChange,
  onRefresh,
}: RefreshBarProps) {
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <Switch
        label="Include cases in progress"
        checked={includeInProgress}
        disabled={running}
        onChange={(_e, data) => onIncludeInProgressChange(data.checked)}
      />
      <Button appearance="primary" disabledFocusable={running} onClick={onRefresh}>
        {running ? 'Refreshing…' : 'Refresh findings'}
      </Button>
      {/* Always rendered, so screen readers know the region before the first step is announced in it. */}
      <div role="status" aria-live="polite">
        {running && progress && (
          <>
            <ProgressBar
              aria-label="Refresh progress"
              thickness="large"
              {...(progress.fraction === undefined ? {} : { value: progress.fraction })}
            />
            <Text>{progress.step}</Text>
          </>
        )}
      </div>
    </div>
  );
}
