import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ActionProblem } from './ActionProblem';
import type { SampleCheck as Check } from './PlanningPanelProps';
import { useAction } from './useAction';

export interface SampleCheckProps {
  /** The draw's number in the Samples table. */
  readonly sample: number;
  readonly onVerifySample: (sample: number) => Promise<Check>;
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

/** "Re-draw and check": draws the recorded sample again and says whether it comes out the same. */
export function SampleCheck({ sample, onVerifySample, onSelectCell }: SampleCheckProps) {
  const { state, run, busy } = useAction(onVerifySample);
  const check = state.kind === 'done' ? state.result : null;
  return (
    <div>
      <Button disabledFocusable={busy} onClick={() => void run(sample)}>
        {busy ? 'Re-drawing…' : 'Re-draw and check'}
      </Button>
      <div role="status" aria-live="polite">
        {check && (
          <MessageBar intent={check.same ? 'success' : 'warning'} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>
                {check.same
                  ? `Sample ${sample} checks out: the re-draw gives the same cases in the same order.`
                  : `Sample ${sample} does not re-draw the same: check whether the Case list has changed since it was drawn.`}
              </MessageBarTitle>
              {check.findings.length > 0 && (
                <ul>
                  {check.findings.map((finding) => (
                    <li key={finding}>{finding}</li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <ActionProblem state={state} title="The sample was not re-drawn" onSelectCell={onSelectCell} />
    </div>
  );
}
