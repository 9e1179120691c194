import { Button, Dropdown, Field, Option, Radio, RadioGroup } from '@fluentui/react-components';
import type { FieldProps } from './FieldProps';
import { questionFieldText } from './FieldProps';

/** Beyond this many choices a radio list pushes the rest of the form out of a narrow task pane. */
export const MAX_RADIO_CHOICES = 7;

export function SelectOneField(props: FieldProps) {
  const { question, value, onAnswer } = props;
  const selected = typeof value === 'string' ? value : '';
  return (
    <div>
      <Field {...questionFieldText(props)}>
        {question.choices.length > MAX_RADIO_CHOICES ? (
          <Dropdown
            placeholder="Choose an answer"
            value={question.choices.find((c) => c.name === selected)?.label ?? ''}
            selectedOptions={selected ? [selected] : []}
            onOptionSelect={(_, data) => onAnswer(data.optionValue ?? null)}
          >
            {question.choices.map((c) => (
              <Option key={c.name} value={c.name}>
                {c.label}
              </Option>
            ))}
          </Dropdown>
        ) : (
          <RadioGroup value={selected} onChange={(_, data) => onAnswer(data.value)}>
            {question.choices.map((c) => (
              <Radio key={c.name} value={c.name} label={c.label} />
            ))}
          </RadioGroup>
        )}
      </Field>
      {/* Radios cannot be unticked, and an answer given by mistake must be removable. */}
      {selected && (
        <Button
          appearance="subtle"
          size="small"
          aria-label={`Clear answer to ${question.label}`}
          onClick={() => onAnswer(null)}
        >
          Clear answer
        </Button>
      )}
    </div>
  );
}
