import { Field, Input, Text } from '@fluentui/react-components';
import { toText } from '../../core/expr/coerce';
import type { Value } from '../../core/expr/Value';
import { DateField } from './DateField';
import type { FieldProps } from './FieldProps';
import { fieldText } from './FieldProps';
import { NumberField } from './NumberField';
import { SelectMultipleField } from './SelectMultipleField';
import { SelectOneField } from './SelectOneField';
import { TextField } from './TextField';

export interface QuestionFieldProps extends FieldProps {
  /** The engine's current value, shown for calculations. */
  readonly calculated: Value | undefined;
}

/** The right control for each question type. */
export function QuestionField(props: QuestionFieldProps) {
  const { question, calculated } = props;
  switch (question.type) {
    case 'select_one':
      return <SelectOneField {...props} />;
    case 'select_multiple':
      return <SelectMultipleField {...props} />;
    case 'integer':
    case 'decimal':
      return <NumberField {...props} />;
    case 'date':
    case 'dateTime':
      return <DateField {...props} />;
    case 'text':
      return <TextField {...props} />;
    case 'note':
      return (
        <div>
          <Text as="p" block weight="semibold">
            {question.label}
          </Text>
          {question.hint && (
            <Text as="p" block>
              {question.hint}
            </Text>
          )}
        </div>
      );
    case 'calculate':
      // Worked out from the answers; never typed, so read-only.
      return (
        <Field
          {...fieldText(question.label, question.hint || 'Worked out from the answers.', false, undefined)}
        >
          <Input readOnly value={calculated === undefined ? '' : toText(calculated)} />
        </Field>
      );
  }
}
