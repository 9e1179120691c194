import { Button, Text } from '@fluentui/react-components';
import type { CaseList } from '../../core/sampling/readCaseList';
import { ActionProblem } from './ActionProblem';
import { PlanningSection } from './PlanningSection';
import { ProblemsBar } from './ProblemsBar';
import { useAction } from './useAction';

export interface CaseListSectionProps {
  readonly onCheckCaseList: () => Promise<CaseList>;
  /** The list as read, for the draw and allocation steps' column pickers. */
  readonly onChecked: (list: CaseList) => void;
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

const casesText = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'case' : 'cases'}`;

/** Reads the pasted export and lists missing and repeated Case IDs, each a link to its cell. */
export function CaseListSection({ onCheckCaseList, onChecked, onSelectCell }: CaseListSectionProps) {
  const { state, run, busy } = useAction(onCheckCaseList);
  const check = async () => {
    const outcome = await run();
    if (outcome.ok) onChecked(outcome.result);
  };
  const list = state.kind === 'done' ? state.result : null;
  return (
    <PlanningSection
      title="Case list"
      intro="Paste the export from the case management system into the Case list sheet (Case ID and any other columns), then check it."
    >
      <Button disabledFocusable={busy} onClick={() => void check()}>
        {busy ? 'Checking…' : 'Check case list'}
      </Button>
      <div role="status" aria-live="polite">
        {list && (
          <Text as="p" block>
            {casesText(list.cases.length)} in the Case list
            {list.columns.length > 0 ? `, with the columns ${list.columns.join(', ')}` : ''}.
            {list.issues.length === 0 ? ' No missing or repeated Case IDs.' : ''}
          </Text>
        )}
      </div>
      {list && list.issues.length > 0 && (
        <ProblemsBar
          intent="warning"
          title={`${list.issues.length} ${list.issues.length === 1 ? 'problem' : 'problems'} in the Case list`}
          message="Choose a cell to go to it, fix it there, then check again. A sample cannot be drawn while Case IDs repeat."
          problems={list.issues}
          onSelectCell={onSelectCell}
        />
      )}
      <ActionProblem state={state} title="The Case list was not checked" onSelectCell={onSelectCell} />
    </PlanningSection>
  );
}
