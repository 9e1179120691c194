import { Field, Textarea } from '@fluentui/react-components';
import type { FieldProps } from './FieldProps';
import { questionFieldText } from './FieldProps';

export function TextField(props: FieldProps) {
  const { value, onAnswer } = props;
  const text = value === null || typeof value === 'object' ? '' : String(value);
  return (
    <Field {...questionFieldText(props)}>
      <Textarea
        resize="vertical"
        value={text}
        onChange={(_, data) => onAnswer(data.value === '' ? null : data.value)}
      />
    </Field>
  );
}
