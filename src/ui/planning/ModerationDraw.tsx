import { Button, Field, Input, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { ActionProblem } from './ActionProblem';
import { parseShare } from './parseShare';
import type { PlanningPanelProps } from './PlanningPanelProps';
import { ProblemsBar } from './ProblemsBar';
import { SeedField } from './SeedField';
import { useAction } from './useAction';

export interface ModerationDrawProps {
  readonly onDrawModeration: PlanningPanelProps['onDrawModeration'];
  readonly newSeed: () => string;
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

/** Up to 20 IDs: the Moderation table has them all. */
const listed = (ids: readonly string[]) =>
  ids.length <= 20 ? ids.join(', ') : `${ids.slice(0, 20).join(', ')} and ${ids.length - 20} more`;

/**
 * Draws the completed cases a moderator re-audits, a share of them with a seed, for the moderator the lead
 * names (or none yet: the Moderator cells stay blank until the moderator saves).
 */
export function ModerationDraw({ onDrawModeration, newSeed, onSelectCell }: ModerationDrawProps) {
  const [share, setShare] = useState('10');
  const [seed, setSeed] = useState('');
  const [moderator, setModerator] = useState('');
  // The name the cases were drawn for, as sent: the field may be edited after the draw.
  const [drawnFor, setDrawnFor] = useState('');
  const [invalid, setInvalid] = useState<{ share?: string; seed?: string }>({});
  const { state, run, busy } = useAction(onDrawModeration);
  const submit = () => {
    const parsed = parseShare(share);
    setInvalid({
      ...(parsed.kind === 'invalid' ? { share: parsed.message } : {}),
      ...(seed.trim() === '' ? { seed: 'Enter a seed, or choose New seed.' } : {}),
    });
    if (parsed.kind !== 'ok' || seed.trim() === '') return;
    const name = moderator.trim();
    setDrawnFor(name);
    void run(parsed.share, seed, name);
  };
  const drawn = state.kind === 'done' ? state.result : null;
  const warnings = drawn?.kind === 'drawn' ? (drawn.warnings ?? []) : [];
  return (
    <>
      <Field
        label="Share of completed cases to moderate (%)"
        {...(invalid.share ? { validationMessage: invalid.share } : {})}
      >
        <Input
          inputMode="decimal"
          value={share}
          disabled={busy}
          onChange={(_e, data) => setShare(data.value)}
        />
      </Field>
      <SeedField
        label="Moderation seed"
        value={seed}
        onChange={setSeed}
        newSeed={newSeed}
        disabled={busy}
        validationMessage={invalid.seed ?? null}
      />
      <Field
        label="Moderator (optional)"
        hint="Who re-audits these cases, written in their Moderator column. Leave blank and the moderator's name is filled in when they first save."
      >
        <Input value={moderator} disabled={busy} onChange={(_e, data) => setModerator(data.value)} />
      </Field>
      <Button appearance="primary" disabledFocusable={busy} onClick={submit}>
        {busy ? 'Drawing…' : 'Draw cases to moderate'}
      </Button>
      <div role="status" aria-live="polite">
        {drawn?.kind === 'drawn' && (
          <Text as="p" block>
            Drew {drawn.caseIds.length} of {drawn.population} completed cases with seed &quot;{drawn.seed}
            &quot; for {drawnFor || 'the moderator'}: {listed(drawn.caseIds)}. Their second audits go in the
            Moderation table.
          </Text>
        )}
      </div>
      {warnings.length > 0 && (
        <ProblemsBar
          intent="warning"
          title={`Some cases drawn were first audited by ${drawnFor}`}
          message="They are drawn all the same. A case should not be moderated by its own auditor: name another moderator for each."
          problems={warnings}
          onSelectCell={onSelectCell}
        />
      )}
      {drawn?.kind === 'refused' && (
        <ProblemsBar
          intent="error"
          title="No cases were drawn to moderate"
          problems={drawn.problems}
          onSelectCell={onSelectCell}
        />
      )}
      <ActionProblem state={state} title="No cases were drawn to moderate" onSelectCell={onSelectCell} />
    </>
  );
}
