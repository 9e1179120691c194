import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Disagreement } from '../../core/moderation/AgreementReport';
import type { Question } from '../../core/questions/QuestionSet';
import { answerText } from '../../core/cases/answerText';
import { ActionProblem } from './ActionProblem';
import { useAction } from './useAction';

const useStyles = makeStyles({
  // The pane's width, not the widest content's; the button goes under the field when both do not fit.
  item: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalXS },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: 'end',
  },
  field: { flexGrow: 1, minWidth: '12em' },
});

export interface DisagreementItemProps {
  readonly disagreement: Disagreement;
  readonly question: Question | undefined;
  readonly lead: string;
  readonly onResolve: (disagreement: Disagreement, resolution: string, resolvedBy: string) => Promise<void>;
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

/** One difference between the first audit and the moderator's, with the lead's resolution recorded against it. */
export function DisagreementItem({
  disagreement: d,
  question,
  lead,
  onResolve,
  onSelectCell,
}: DisagreementItemProps) {
  const styles = useStyles();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const { state, run, busy } = useAction(onResolve);
  const name = question?.label ?? d.question;
  const submit = async () => {
    const resolution = text.trim();
    setInvalid(
      resolution === '' ? 'Write the resolution first, for example which answer stands and why.' : null,
    );
    if (resolution === '') return;
    const outcome = await run(d, resolution, lead);
    if (outcome.ok) setRecorded(resolution);
  };
  return (
    <li className={styles.item}>
      <Text>
        Case {d.caseId}, {name}: {d.auditor || 'the auditor'} answered {answerText(question, d.first)};{' '}
        {d.moderator || 'the moderator'} answered {answerText(question, d.second)}.
      </Text>
      {recorded === null ? (
        <div className={styles.row}>
          <Field
            className={styles.field}
            label={`Resolution for case ${d.caseId}, ${name}`}
            {...(invalid ? { validationMessage: invalid } : {})}
          >
            <Input value={text} disabled={busy} onChange={(_e, data) => setText(data.value)} />
          </Field>
          <Button disabledFocusable={busy} onClick={() => void submit()}>
            Record resolution
          </Button>
        </div>
      ) : null}
      <div role="status" aria-live="polite">
        {recorded !== null && <Text>Resolution recorded: {recorded}</Text>}
      </div>
      <ActionProblem state={state} title="The resolution was not recorded" onSelectCell={onSelectCell} />
    </li>
  );
}
