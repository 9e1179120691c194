import { Field, Input, Radio, RadioGroup, Select, Text } from '@fluentui/react-components';
import { useMemo } from 'react';
import { headerKey } from '../../core/sampling/CaseListRow';
import type { CaseList } from '../../core/sampling/readCaseList';
import { GroupSizeFields } from './GroupSizeFields';
import { groupValues } from './groupValues';
import type { SampleForm } from './sampleRequest';

export interface SampleRequestFieldsProps {
  /** The last checked Case list: its columns and their values are what a per-group draw can ask for. */
  readonly caseList: CaseList | null;
  readonly form: SampleForm;
  readonly onChange: (form: SampleForm) => void;
  readonly disabled: boolean;
}

/** What to draw: a number of cases, or a number from each value of a chosen column. */
export function SampleRequestFields({ caseList, form, onChange, disabled }: SampleRequestFieldsProps) {
  const columns = (caseList?.columns ?? []).filter((c) => headerKey(c) !== 'caseid');
  const groups = useMemo(
    () => (caseList && form.column ? groupValues(caseList.cases, form.column) : []),
    [caseList, form.column],
  );
  return (
    <>
      <RadioGroup
        aria-label="What to draw"
        value={form.mode}
        disabled={disabled}
        onChange={(_e, data) => onChange({ ...form, mode: data.value === 'perGroup' ? 'perGroup' : 'total' })}
      >
        <Radio value="total" label="A number of cases" />
        <Radio value="perGroup" label="A number from each value of a column" />
      </RadioGroup>
      {form.mode === 'total' ? (
        <Field label="Number of cases to draw">
          <Input
            inputMode="numeric"
            value={form.total}
            disabled={disabled}
            onChange={(_e, data) => onChange({ ...form, total: data.value })}
          />
        </Field>
      ) : caseList === null ? (
        <Text as="p" block>
          Check the case list first: its columns and their values are offered here.
        </Text>
      ) : (
        <>
          <Field label="Column to draw by">
            <Select
              value={form.column}
              disabled={disabled}
              onChange={(_e, data) => onChange({ ...form, column: data.value, sizes: {} })}
            >
              <option value="">Choose a column</option>
              {columns.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </Select>
          </Field>
          {form.column && (
            <GroupSizeFields
              column={form.column}
              groups={groups}
              sizes={form.sizes}
              disabled={disabled}
              onChange={(value, size) => onChange({ ...form, sizes: { ...form.sizes, [value]: size } })}
            />
          )}
        </>
      )}
    </>
  );
}
