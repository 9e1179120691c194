import type { ActionState } from './useAction';
import { ProblemsBar } from './ProblemsBar';

export interface ActionProblemProps {
  readonly state: ActionState<unknown>;
  /** What did not happen, e.g. "The sample was not drawn". */
  readonly title: string;
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

/** The failure of a workbook call (Excel busy, a sheet damaged), said with what to do; nothing otherwise. */
export function ActionProblem({ state, title, onSelectCell }: ActionProblemProps) {
  if (state.kind !== 'failed') return null;
  return (
    <ProblemsBar
      intent="error"
      title={title}
      message={state.problem.message}
      problems={state.problem.issues}
      onSelectCell={onSelectCell}
    />
  );
}
