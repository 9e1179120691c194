import { Link, Text } from '@fluentui/react-components';
import type { Question } from '../../core/questions/QuestionSet';
import type { Problem } from '../../core/sampling/Problem';
import { answerText } from '../../core/cases/answerText';
import type { ImportOutcome } from './PlanningPanelProps';
import { ProblemsBar } from './ProblemsBar';

type Merged = Extract<ImportOutcome, { kind: 'merged' }>;

const GONE =
  'The case is no longer in this workbook (its row was deleted or its Case ID changed while the import ran), so there is no cell to go to.';
const COLUMN_GONE =
  'The question’s column is no longer in this workbook’s Audit sheet (it was deleted or its header changed while the import ran), so there is no cell to go to.';

const cases = (n: number) => `${n} ${n === 1 ? 'case' : 'cases'}`;

/** The import in one sentence: what was added and filled in (or went astray), and how many answers differ. */
export function importSummary(outcome: Merged): string {
  const { label, added, filled, conflicts } = outcome;
  if (added.length === 0 && filled.length === 0 && conflicts.length === 0)
    return `Nothing to import: this workbook already holds everything in ${label}.`;
  const differ =
    conflicts.length === 0
      ? 'no answer differs'
      : `${conflicts.length} ${conflicts.length === 1 ? 'answer differs' : 'answers differ'} (ours kept, listed below)`;
  // A row a co-author moved took another case's cells: those cases were not filled in, so not counted so.
  const moved = outcome.movedRows?.length ?? 0;
  const astray = moved === 0 ? '' : `, ${cases(moved)} written into another row (below)`;
  return `From ${label}: ${cases(added.length)} added, ${cases(filled.length - moved)} filled in${astray}, ${differ}.`;
}

export interface ImportSectionResultProps {
  readonly outcome: ImportOutcome;
  readonly questions: readonly Question[] | undefined;
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

/**
 * What the import did. A refusal lists what to fix in words (its cells are in the other file, so no links);
 * each conflict links to our cell, with both answers as the auditors would recognise them. The Merge log
 * sheet keeps the same record once the pane is closed, so the result says where it is and goes there; when
 * it could not be written in full or amended with what co-authors changed, these lists are all there is,
 * so that is said too.
 */
export function ImportSectionResult({ outcome, questions, onSelectCell }: ImportSectionResultProps) {
  if (outcome.kind === 'refused')
    return (
      <ProblemsBar
        intent="error"
        title={`Nothing was imported from ${outcome.label}`}
        message="Fix these, then import again:"
        problems={outcome.problems}
        onSelectCell={onSelectCell}
      />
    );
  const byName = new Map((questions ?? []).map((q) => [q.name, q]));
  const conflicts: Problem[] = outcome.conflicts.map((c) => {
    const question = byName.get(c.question);
    const message = `Case ${c.caseId}, ${question?.label ?? c.question}: ${answerText(question, c.ours)} here, ${answerText(question, c.theirs)} in ${outcome.label}.`;
    // The import read the Case IDs and headers back after writing: a case or column not found there has
    // no cell to link to.
    return c.sheet === undefined || c.cell === undefined
      ? { message: `${message} ${c.notFound === 'column' ? COLUMN_GONE : GONE}` }
      : { sheet: c.sheet, cell: c.cell, message };
  });
  return (
    <>
      <Text as="p" block>
        {importSummary(outcome)}
      </Text>
      {outcome.log !== undefined && (
        <LogLink sheet={outcome.log} resolve={conflicts.length > 0} onSelectCell={onSelectCell} />
      )}
      {outcome.logNotAmended !== undefined && (
        <ProblemsBar
          intent="error"
          // No log named: it could not be written in full (its sheet missing or partial), not just amended.
          title={
            outcome.log === undefined
              ? 'The Merge log was not written in full'
              : `The ${outcome.log} sheet is not up to date`
          }
          message="The import was written, but its record could not be completed:"
          problems={[outcome.logNotAmended]}
          onSelectCell={onSelectCell}
        />
      )}
      {outcome.inTwoRows !== undefined && outcome.inTwoRows.length > 0 && (
        <ProblemsBar
          intent="error"
          title="Someone else added the same cases meanwhile"
          message="The import was written, but these cases are now in two rows each:"
          problems={outcome.inTwoRows}
          onSelectCell={onSelectCell}
        />
      )}
      {outcome.movedRows !== undefined && outcome.movedRows.length > 0 && (
        <ProblemsBar
          intent="error"
          title="Rows moved while the import wrote them"
          message="Someone sorted, inserted or deleted rows meanwhile, so these cases' imported cells went into another row:"
          problems={outcome.movedRows}
          onSelectCell={onSelectCell}
        />
      )}
      {conflicts.length > 0 && (
        <ProblemsBar
          intent="warning"
          title="Answered differently in the two workbooks"
          message="Our answers are kept. Agree with the other team which is right and correct the cell by hand."
          problems={conflicts}
          onSelectCell={onSelectCell}
        />
      )}
    </>
  );
}

interface LogLinkProps {
  readonly sheet: string;
  /** The log lists conflicts, with a Resolution column to fill in. */
  readonly resolve: boolean;
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

function LogLink({ sheet, resolve, onSelectCell }: LogLinkProps) {
  return (
    <Text as="p" block>
      Recorded in the{' '}
      <Link as="button" inline onClick={() => onSelectCell(sheet, 'A1')}>
        {sheet}
      </Link>{' '}
      sheet{resolve ? ', with a Resolution column to note what you agree on each conflict' : ''}.
    </Text>
  );
}
