import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { CaseList } from '../../core/sampling/readCaseList';
import { problemOf, type Problem } from '../app/problemOf';
import { ActionProblem } from './ActionProblem';
import type { PlanningPanelProps, RecordedSample } from './PlanningPanelProps';
import { PlanningSection } from './PlanningSection';
import { recordedSample } from './recordedSample';
import { ProblemsBar } from './ProblemsBar';
import { SampleCheck } from './SampleCheck';
import { SampleRecord } from './SampleRecord';
import { SampleRequestFields } from './SampleRequestFields';
import { sampleRequest, type SampleForm } from './sampleRequest';
import { SeedField } from './SeedField';
import { useAction } from './useAction';

const useStyles = makeStyles({ buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS } });

/** A draw written and recorded whose check in the same trip found something to sort out by hand. */
interface Stood {
  readonly kind: 'stood';
  readonly sample: number;
  readonly problem: Problem;
}

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
  const { onDrawSample } = props;
  // A draw that stands despite its failed check is a result, not a failure: "not drawn" would invite a
  // second draw, adding another sample to the record.
  const drawOrStood = useCallback(
    async (...args: Parameters<typeof onDrawSample>) => {
      try {
        return await onDrawSample(...args);
      } catch (error) {
        const sample = recordedSample(error);
        if (sample === null) throw error;
        return { kind: 'stood', sample, problem: problemOf(error) } satisfies Stood;
      }
    },
    [onDrawSample],
  );
  const draw = useAction(drawOrStood);
  const drawn = draw.state.kind === 'done' ? draw.state.result : null;
  // The latest successful draw stays shown when a later attempt is refused.
  const [record, setRecord] = useState<RecordedSample | null>(null);
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
      <SampleRequestFields caseList={caseList} form={form} onChange={setForm} disabled={busy} />
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
      {drawn?.kind === 'stood' && (
        <ProblemsBar
          intent="error"
          title={`The sample was drawn and recorded as sample ${drawn.sample}, but needs a check`}
          message="Do not draw again: the drawn cases are in the Audit sheet. Sort out these, as each says:"
          problems={drawn.problem.issues}
          onSelectCell={onSelectCell}
        />
      )}
      <div role="status" aria-live="polite">
        {drawn?.kind === 'drawn' && (
          <Text as="p" block>
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
