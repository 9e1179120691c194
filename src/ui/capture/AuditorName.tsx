import { Button, Field, Input, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { fieldText } from './FieldProps';

export interface AuditorNameProps {
  readonly name: string;
  readonly onChange: (name: string) => void;
}

/** Asks for the auditor's name once; it is written as Saved by on every answer. */
export function AuditorName({ name, onChange }: AuditorNameProps) {
  const [editing, setEditing] = useState(name === '');
  const [draft, setDraft] = useState(name);
  const [tried, setTried] = useState(false);
  if (!editing && name !== '') {
    return (
      <div>
        <Text>Auditing as {name}</Text>{' '}
        <Button size="small" aria-label={`Change auditor name (${name})`} onClick={() => setEditing(true)}>
          Change
        </Button>
      </div>
    );
  }
  return (
    // noValidate: our message says what to do, rather than the browser's bubble.
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (draft.trim() === '') return;
        onChange(draft.trim());
        setEditing(false);
      }}
    >
      <Field
        {...fieldText(
          'Your name',
          'Recorded with each answer you save. Remembered on this computer only.',
          true,
          tried && draft.trim() === '' ? 'Enter your name to start auditing.' : undefined,
        )}
      >
        <Input value={draft} onChange={(_, d) => setDraft(d.value)} />
      </Field>
      <Button type="submit" appearance="primary">
        Save name
      </Button>
    </form>
  );
}
