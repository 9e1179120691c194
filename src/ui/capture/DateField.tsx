import { Field, Input } from '@fluentui/react-components';
import { dateFromIso, isoFromDate } from '../../core/expr/dates';
import { isDateValue } from '../../core/expr/Value';
import type { FieldProps } from './FieldProps';
import { questionFieldText } from './FieldProps';

/** The browser's own date and date-time inputs: keyboard and screen reader support come with them. */
export function DateField(props: FieldProps) {
  const { question, value, onAnswer } = props;
  const withTime = question.type === 'dateTime';
  return (
    <Field {...questionFieldText(props)}>
      <Input
        type={withTime ? 'datetime-local' : 'date'}
        value={inputText(value, withTime)}
        onChange={(_, data) => {
          if (data.value === '') return onAnswer(null);
          const parsed = dateFromIso(data.value);
          // The browser only reports complete dates; a partial one is simply not a change yet.
          if (parsed) onAnswer(withTime ? { kind: 'dateTime', days: parsed.days } : parsed);
        }}
      />
    </Field>
  );
}

function inputText(value: FieldProps['value'], withTime: boolean): string {
  if (!isDateValue(value)) return '';
  const iso = isoFromDate({ kind: withTime ? 'dateTime' : 'date', days: value.days });
  // datetime-local shows seconds only when the value has them.
  return withTime && iso.endsWith(':00') ? iso.slice(0, 16) : iso;
}
