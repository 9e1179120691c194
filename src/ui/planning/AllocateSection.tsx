import { Button, Field, Select, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { headerKey } from '../../core/sampling/CaseListRow';
import type { CaseList } from '../../core/sampling/readCaseList';
import { ActionProblem } from './ActionProblem';
import { AllocationResult } from './AllocationResult';
import { familyColumnGuess } from './familyColumnGuess';
import { parseAuditors } from './parseAuditors';
import type { PlanningPanelProps } from './PlanningPanelProps';
import { PlanningSection } from './PlanningSection';
import { ProblemsBar } from './ProblemsBar';
import { useAction } from './useAction';

export interface AllocateSectionProps {
  readonly caseList: CaseList | null;
  readonly onAllocate: PlanningPanelProps['onAllocate'];
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

/** Shares the sampled cases among auditors, keeping each family with one auditor. */
export function AllocateSection({ caseList, onAllocate, onSelectCell }: AllocateSectionProps) {
  const [auditors, setAuditors] = useState('');
  const columns = (caseList?.columns ?? []).filter((c) => headerKey(c) !== 'caseid');
  // null until the lead picks, so a later case-list check can still offer its family column.
  const [picked, setPicked] = useState<string | null>(null);
  const familyColumn = picked ?? familyColumnGuess(columns);
  const [invalid, setInvalid] = useState<string | null>(null);
  const { state, run, busy } = useAction(onAllocate);
  const submit = () => {
    const names = parseAuditors(auditors);
    setInvalid(names.length === 0 ? "Enter the auditors' names, one a line." : null);
    if (names.length > 0) void run(names, familyColumn === '' ? {} : { familyColumn });
  };
  const result = state.kind === 'done' ? state.result : null;
  return (
    <PlanningSection
      title="Allocate"
      intro="Share the sampled cases among the auditors, balanced. Cases of the same family or household go to the same auditor, and cases already allocated keep theirs."
    >
      <Field label="Auditors, one a line" required {...(invalid ? { validationMessage: invalid } : {})}>
        <Textarea
          value={auditors}
          disabled={busy}
          rows={4}
          onChange={(_e, data) => setAuditors(data.value)}
        />
      </Field>
      <Field
        label="Family or household column"
        {...(caseList === null ? { hint: 'Check the case list first to choose from its columns.' } : {})}
      >
        <Select value={familyColumn} disabled={busy} onChange={(_e, data) => setPicked(data.value)}>
          <option value="">None: each case on its own</option>
          {columns.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </Select>
      </Field>
      <Button appearance="primary" disabledFocusable={busy} onClick={submit}>
        {busy ? 'Allocating…' : 'Allocate'}
      </Button>
      <div role="status" aria-live="polite">
        {result?.kind === 'allocated' && (
          <Text as="p" block>
            {result.newlyAllocated.length} {result.newlyAllocated.length === 1 ? 'case was' : 'cases were'}{' '}
            allocated now; cases allocated before kept their auditor.
          </Text>
        )}
      </div>
      {result?.kind === 'allocated' && <AllocationResult allocation={result} />}
      {result?.kind === 'allocated' && result.notes.length > 0 && (
        <ProblemsBar
          intent="warning"
          title="To know about this allocation"
          problems={result.notes}
          onSelectCell={onSelectCell}
        />
      )}
      {result?.kind === 'refused' && (
        <ProblemsBar
          intent="error"
          title="Nothing was allocated"
          message="No Auditor cell was changed. Fix these and allocate again:"
          problems={result.problems}
          onSelectCell={onSelectCell}
        />
      )}
      <ActionProblem state={state} title="Nothing was allocated" onSelectCell={onSelectCell} />
    </PlanningSection>
  );
}
