import { Field, Input } from '@fluentui/react-components';

export interface AuditorNameFieldProps {
  readonly value: string;
  readonly onChange: (name: string) => void;
  /** Called when the auditor leaves the field: the moment to remember the name. */
  readonly onCommit: () => void;
}

/** Who is auditing: every save is signed with it, so it is asked once and remembered on this computer. */
export function AuditorNameField({ value, onChange, onCommit }: AuditorNameFieldProps) {
  const missing = value.trim() === '';
  return (
    <Field
      label="Your name"
      hint="Written beside every answer you save, as Saved by."
      {...(missing && {
        validationState: 'warning',
        validationMessage: 'Enter your name before you open a case.',
      })}
    >
      <Input value={value} onChange={(_, data) => onChange(data.value)} onBlur={onCommit} />
    </Field>
  );
}
