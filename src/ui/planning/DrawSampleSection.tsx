import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { headerKey } from '../../core/sampling/CaseListRow';
import type { CaseList } from '../../core/sampling/readCaseList';
import { ActionProblem } from './ActionProblem';
import type { PlanningPanelProps, RecordedSample } from './PlanningPanelProps';
import { GroupSizeFields } from './GroupSizeFields';
import { groupValues } from './groupValues';
import { PlanningSection } from './PlanningSection';
import { ProblemsBar } from './ProblemsBar';
import { SampleCheck } from './SampleCheck';
import { SampleRecord } from './SampleRecord';
import { sampleRequest, type SampleForm } from './sampleRequest';
import { SeedField } from './SeedField';
import { useAction } from './useAction';

const useStyles = makeStyles({ buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS } });

export interface DrawSampleSectionProps {
  readonly caseList: CaseList | null;
  readonly lead: string;
  readonly onDrawSample: PlanningPanelProps['onDrawSample'];
  readonly onVerifySample: PlanningPanelProps['onVerifySample'];
  readonly newSeed: () => string;
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

/** A number of cases, or a number from each value of a column, drawn with a seed and recorded in the workbook. */
export function DrawSampleSection(props: DrawSampleSectionProps) {
  const { caseList, onSelectCell } = props;
  const styles = useStyles();
  const [form, setForm] = useState<SampleForm>({ mode: 'total', total: '', column: '', sizes: {} });
  const [seed, setSeed] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [seedInvalid, setSeedInvalid] = useState<string | null>(null);
  const draw = useAction(props.onDrawSample);
  const drawn = draw.state.kind === 'done' ? draw.state.result : null;
  // The latest successful draw stays shown when a later attempt is refused.
  const [record, setRecord] = useState<RecordedSample | null>(null);
  const columns = (caseList?.columns ?? []).filter((c) => headerKey(c) !== 'caseid');
  const groups = useMemo(
    () => (caseList && form.column ? groupValues(caseList.cases, form.column) : []),
    [caseList, form.column],
  );
  const submit = () => {
    const parsed = sampleRequest(form);
    const seedProblem = seed.trim() === '' ? 'Enter a seed, or choose New seed.' : null;
    setInvalid(parsed.kind === 'invalid' ? parsed.message : null);
    setSeedInvalid(seedProblem);
    if (parsed.kind !== 'ok' || seedProblem !== null) return;
    void draw.run(parsed.request, seed, props.lead).then((outcome) => {
      if (outcome.ok && outcome.result.kind === 'drawn') setRecord(outcome.result);
    });
  };
  const busy = draw.busy;
  return (
    <PlanningSection
      title="Draw sample"
      intro="Draw cases at random with a seed. The drawn cases are added to the Audit sheet as Not started; cases already there are left as they are."
    >
      <RadioGroup
        aria-label="What to draw"
        value={form.mode}
        disabled={busy}
        onChange={(_e, data) => setForm({ ...form, mode: data.value === 'perGroup' ? 'perGroup' : 'total' })}
      >
        <Radio value="total" label="A number of cases" />
        <Radio value="perGroup" label="A number from each value of a column" />
      </RadioGroup>
      {form.mode === 'total' ? (
        <Field label="Number of cases to draw">
          <Input
            inputMode="numeric"
            value={form.total}
            disabled={busy}
            onChange={(_e, data) => setForm({ ...form, total: data.value })}
          />
        </Field>
      ) : caseList === null ? (
        <Text as="p">Check the case list first: its columns and their values are offered here.</Text>
      ) : (
        <>
          <Field label="Column to draw by">
            <Select
              value={form.column}
              disabled={busy}
              onChange={(_e, data) => setForm({ ...form, column: data.value, sizes: {} })}
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
              disabled={busy}
              onChange={(value, size) => setForm({ ...form, sizes: { ...form.sizes, [value]: size } })}
            />
          )}
        </>
      )}
      <SeedField
        label="Seed"
        value={seed}
        onChange={setSeed}
        newSeed={props.newSeed}
        disabled={busy}
        validationMessage={seedInvalid}
      />
      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={busy} onClick={submit}>
          {busy ? 'Drawing…' : 'Draw sample'}
        </Button>
      </div>
      {invalid && (
        <ProblemsBar
          intent="error"
          title="Not drawn yet"
          message={invalid}
          problems={[]}
          onSelectCell={onSelectCell}
        />
      )}
      {drawn?.kind === 'refused' && (
        <ProblemsBar
          intent="error"
          title="The sample was not drawn"
          message="Nothing was added to the Audit sheet. Fix these and draw again:"
          problems={drawn.problems}
          onSelectCell={onSelectCell}
        />
      )}
      <ActionProblem state={draw.state} title="The sample was not drawn" onSelectCell={onSelectCell} />
      <div role="status" aria-live="polite">
        {drawn?.kind === 'drawn' && (
          <Text as="p">
            Drew {drawn.caseIds.length} cases: {drawn.newCaseIds.length} added to the Audit sheet as Not
            started
            {drawn.alreadyInAudit.length > 0 ? `, ${drawn.alreadyInAudit.length} were already there` : ''}.
          </Text>
        )}
      </div>
      {record && (
        <>
          <SampleRecord record={record} />
          <SampleCheck
            key={record.sample}
            sample={record.sample}
            onVerifySample={props.onVerifySample}
            onSelectCell={onSelectCell}
          />
        </>
      )}
    </PlanningSection>
  );
}
