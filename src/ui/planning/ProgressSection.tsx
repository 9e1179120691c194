import { Button, Text } from '@fluentui/react-components';
import { ActionProblem } from './ActionProblem';
import type { PlanningProgress } from './PlanningPanelProps';
import { PlanningSection } from './PlanningSection';
import { ProgressTable } from './ProgressTable';
import { useAction } from './useAction';

export interface ProgressSectionProps {
  readonly onProgress: () => Promise<PlanningProgress>;
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

/** The status board: where each auditor's cases are, read from the Audit sheet when the lead asks. */
export function ProgressSection({ onProgress, onSelectCell }: ProgressSectionProps) {
  const { state, run, busy } = useAction(onProgress);
  const progress = state.kind === 'done' ? state.result : null;
  const reasons = progress?.summary.notAuditedReasons ?? [];
  return (
    <PlanningSection
      title="Progress"
      intro="How many cases each auditor has not started, in progress and complete, the cases not audited, and the escalations raised."
    >
      <Button disabledFocusable={busy} onClick={() => void run()}>
        {busy ? 'Counting…' : 'Show progress'}
      </Button>
      <div role="status" aria-live="polite">
        {progress && (
          <Text as="p" block>
            {progress.summary.audited} of {progress.summary.sampled} sampled cases are complete.
          </Text>
        )}
      </div>
      {progress && <ProgressTable progress={progress} />}
      {reasons.length > 0 && (
        <Text as="p" block>
          Not audited: {reasons.map((r) => `${r.count} ${r.reason}`).join('; ')}.
        </Text>
      )}
      <ActionProblem state={state} title="Progress was not read" onSelectCell={onSelectCell} />
    </PlanningSection>
  );
}
