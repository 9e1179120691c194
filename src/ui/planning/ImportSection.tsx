import { Button, Field } from '@fluentui/react-components';
import { useState } from 'react';
import type { Question } from '../../core/questions/QuestionSet';
import { ActionProblem } from './ActionProblem';
import { ImportSectionProgress } from './ImportSectionProgress';
import { ImportSectionResult } from './ImportSectionResult';
import type { PlanningPanelProps } from './PlanningPanelProps';
import { PlanningSection } from './PlanningSection';
import { useAction } from './useAction';

const XLSX = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ImportSectionProps {
  readonly questions: readonly Question[] | undefined;
  readonly onImportWorkbook: PlanningPanelProps['onImportWorkbook'];
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

/**
 * Another organisation's copy of the audit brought into this one: new cases added, blanks filled, and an
 * answer given differently in both listed for the lead, never overwritten. The file is read in the pane.
 */
export function ImportSection({ questions, onImportWorkbook, onSelectCell }: ImportSectionProps) {
  const [file, setFile] = useState<File | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [read, setRead] = useState<number | null>(null);
  const { state, run, busy } = useAction(onImportWorkbook);
  const submit = async () => {
    setInvalid(file === null ? 'Choose the other team’s copy of the audit workbook (.xlsx) first.' : null);
    if (file === null || busy) return;
    setRead(null);
    await run(file, setRead);
  };
  return (
    <PlanningSection
      title="Import another workbook"
      intro="Bring in the Audit rows of a copy another team worked in. New cases are added and blank answers filled in; a case answered differently in both is listed here, never overwritten. Each import is recorded on a new Merge log sheet. The file is read here in the pane: nothing is uploaded."
    >
      <Field
        label="Their workbook (.xlsx)"
        hint="The question sets must be the same version."
        {...(invalid ? { validationMessage: invalid } : {})}
      >
        {(fieldProps) => (
          <input
            {...fieldProps}
            type="file"
            accept={XLSX}
            disabled={busy}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setInvalid(null);
            }}
          />
        )}
      </Field>
      <Button disabledFocusable={busy} onClick={() => void submit()}>
        Import rows
      </Button>
      <div role="status" aria-live="polite">
        {busy && file !== null && <ImportSectionProgress label={file.name} read={read} />}
        {state.kind === 'done' && (
          <ImportSectionResult outcome={state.result} questions={questions} onSelectCell={onSelectCell} />
        )}
      </div>
      <ActionProblem state={state} title="Nothing was imported" onSelectCell={onSelectCell} />
    </PlanningSection>
  );
}
