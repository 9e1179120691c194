import { Checkbox, Field, FieldContextProvider } from '@fluentui/react-components';
import type { FieldProps } from './FieldProps';
import { questionFieldText } from './FieldProps';

export function SelectMultipleField(props: FieldProps) {
  const { question, value, onAnswer } = props;
  const ticked = new Set(Array.isArray(value) ? (value as readonly string[]) : []);
  const toggle = (name: string, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(name);
    else next.delete(name);
    // Choice order, not click order, so the cell reads the same however it was ticked.
    const names = question.choices.map((c) => c.name).filter((n) => next.has(n));
    onAnswer(names.length === 0 ? null : names);
  };
  return (
    <Field {...questionFieldText(props)}>
      {(control) => (
        <div
          role="group"
          aria-labelledby={control['aria-labelledby']}
          aria-describedby={control['aria-describedby']}
          aria-invalid={control['aria-invalid']}
        >
          {/* Out of the Field's context, or every box would take the Field's one control id and label. */}
          <FieldContextProvider value={undefined}>
            {question.choices.map((c) => (
              <Checkbox
                key={c.name}
                label={c.label}
                checked={ticked.has(c.name)}
                onChange={(_, data) => toggle(c.name, data.checked === true)}
              />
            ))}
          </FieldContextProvider>
        </div>
      )}
    </Field>
  );
}
