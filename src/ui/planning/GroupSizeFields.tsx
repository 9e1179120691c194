import { Field, Input, Text } from '@fluentui/react-components';
import type { GroupValue } from './groupValues';

/** More values than this is a column of dates or names, not groups to sample from. */
export const MAX_GROUPS = 30;

export interface GroupSizeFieldsProps {
  readonly column: string;
  readonly groups: readonly GroupValue[];
  readonly sizes: Readonly<Record<string, string>>;
  readonly onChange: (value: string, size: string) => void;
  readonly disabled: boolean;
}

/** How many to draw from each value of the chosen column, each field labelled with its value and count. */
export function GroupSizeFields({ column, groups, sizes, onChange, disabled }: GroupSizeFieldsProps) {
  if (groups.length > MAX_GROUPS)
    return (
      <Text as="p" block>
        {column} has {groups.length} different values: too many to draw a number from each. Choose a column
        such as case type or team.
      </Text>
    );
  return (
    <fieldset>
      <legend>Cases to draw for each {column} (leave blank to draw none)</legend>
      {groups.map((group) => (
        <Field
          key={group.value}
          label={`${group.value === '' ? '(blank)' : group.value} (${group.count} ${group.count === 1 ? 'case' : 'cases'})`}
        >
          <Input
            inputMode="numeric"
            value={sizes[group.value] ?? ''}
            disabled={disabled}
            onChange={(_e, data) => onChange(group.value, data.value)}
          />
        </Field>
      ))}
    </fieldset>
  );
}
