import { Button, Field, Input, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { markNotAudited } from '../../core/sampling/summariseProgress';
import { ActionProblem } from './ActionProblem';
import type { PlanningPanelProps } from './PlanningPanelProps';
import { PlanningSection } from './PlanningSection';
import { useAction } from './useAction';

export interface NotAuditedSectionProps {
  readonly lead: string;
  readonly onMarkNotAudited: PlanningPanelProps['onMarkNotAudited'];
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

interface Invalid {
  readonly caseId?: string;
  readonly reason?: string;
}

/** A sampled case set aside with its reason, so findings can say how many were sampled but not audited. */
export function NotAuditedSection({ lead, onMarkNotAudited, onSelectCell }: NotAuditedSectionProps) {
  const [caseId, setCaseId] = useState('');
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<Invalid>({});
  const [marked, setMarked] = useState<string | null>(null);
  const { state, run, busy } = useAction(onMarkNotAudited);
  const submit = async () => {
    const id = caseId.trim();
    // The core's rule for a reason, so the pane refuses exactly what the workbook would.
    const mark = markNotAudited(reason);
    const next: Invalid = {
      ...(id === '' ? { caseId: 'Enter the Case ID of the sampled case.' } : {}),
      ...('message' in mark ? { reason: mark.message } : {}),
    };
    setInvalid(next);
    setMarked(null);
    if (next.caseId !== undefined || !('reason' in mark)) return;
    const outcome = await run(id, mark.reason, lead);
    if (!outcome.ok) return;
    setMarked(`Case ${id} is marked Not audited: ${mark.reason}`);
    setCaseId('');
    setReason('');
  };
  return (
    <PlanningSection
      title="Not audited"
      intro="Mark a sampled case that cannot be audited, with the reason (for example, no access to the record)."
    >
      <Field label="Case ID" required {...(invalid.caseId ? { validationMessage: invalid.caseId } : {})}>
        <Input value={caseId} disabled={busy} onChange={(_e, data) => setCaseId(data.value)} />
      </Field>
      <Field label="Reason" required {...(invalid.reason ? { validationMessage: invalid.reason } : {})}>
        <Textarea value={reason} disabled={busy} onChange={(_e, data) => setReason(data.value)} />
      </Field>
      <Button disabledFocusable={busy} onClick={() => void submit()}>
        Mark not audited
      </Button>
      <div role="status" aria-live="polite">
        {marked && (
          <Text as="p" block>
            {marked}
          </Text>
        )}
      </div>
      <ActionProblem state={state} title="The case was not marked" onSelectCell={onSelectCell} />
    </PlanningSection>
  );
}
