import { Field, Input } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { sameAnswer } from './sameAnswer';
import type { FieldProps } from './FieldProps';
import { questionFieldText } from './FieldProps';
import { parseNumberInput } from './parseNumberInput';

const textOf = (value: FieldProps['value']) => (typeof value === 'number' ? String(value) : '');

/**
 * A text box rather than type="number": browsers blank out what they cannot parse, so the auditor
 * could not be told what was wrong with it. Text that is not a number stays on screen, unsaved, with a message.
 */
export function NumberField(props: FieldProps) {
  const { question, value, onAnswer } = props;
  const integer = question.type === 'integer';
  const [draft, setDraft] = useState(() => textOf(value));
  // Follow changes from elsewhere (take theirs, clear) unless the draft already means the same.
  useEffect(() => {
    setDraft((current) => {
      const parsed = parseNumberInput(current, integer);
      return parsed.ok && sameAnswer(parsed.value, value) ? current : textOf(value);
    });
  }, [value, integer]);
  const parsed = parseNumberInput(draft, integer);
  return (
    <Field {...questionFieldText(props, parsed.ok ? props.validationMessage : parsed.message)}>
      <Input
        inputMode={integer ? 'numeric' : 'decimal'}
        value={draft}
        onChange={(_, data) => {
          setDraft(data.value);
          const next = parseNumberInput(data.value, integer);
          if (next.ok) onAnswer(next.value);
        }}
      />
    </Field>
  );
}
