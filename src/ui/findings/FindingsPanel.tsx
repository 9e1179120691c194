import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { BoardCopyPanel } from './BoardCopyPanel';
import { CasesSummary } from './CasesSummary';
import { DataQualityList } from './DataQualityList';
import type { FindingsPanelProps, RefreshSummary } from './FindingsPanelProps';
import { formatRefreshedAt } from './formatRefreshedAt';
import { IndicatorList } from './IndicatorList';
import { ProblemBar } from './ProblemBar';
import { QuestionTables } from './QuestionTables';
import { RefreshBar } from './RefreshBar';
import { useSelectCell } from '../app/useSelectCell';
import { useFindingsRefresh } from './useFindingsRefresh';

const useStyles = makeStyles({
  pane: { display: 'grid', rowGap: tokens.spacingVerticalL },
});

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Wrote Findings and Data quality: 4 charts, 3 data-quality issues." */
function summaryText({ sheetsWritten, charts, issues }: RefreshSummary): string {
  const sheets =
    sheetsWritten.length === 0 ? 'no sheets' : sheetsWritten.join(', ').replace(/, ([^,]*)$/, ' and $1');
  return `Wrote ${sheets}: ${plural(charts, 'chart', 'charts')}, ${plural(issues, 'data-quality issue', 'data-quality issues')}.`;
}

const systemClock = () => new Date();

/** Findings for managers: refresh the Findings sheet, read the figures, drill into the cases behind them. */
export function FindingsPanel(props: FindingsPanelProps) {
  const { onSelectCases, onPrepareBoardCopy, onOpenCaseForIssue } = props;
  const styles = useStyles();
  const { state, refresh } = useFindingsRefresh(props.onRefresh, props.now ?? systemClock);
  const [includeInProgress, setIncludeInProgress] = useState(props.includeInProgress ?? false);
  const [chosen, setChosen] = useState<string | null>(null);
  const { selectCell, cellProblem } = useSelectCell(props.onSelectCell);
  const ids = useId();
  const last = state.last;
  const findings = last?.findings;
  return (
    <div className={styles.pane}>
      <RefreshBar
        running={state.running}
        progress={state.progress}
        includeInProgress={includeInProgress}
        onIncludeInProgressChange={setIncludeInProgress}
        onRefresh={() => void refresh(includeInProgress).then(() => setChosen(null))}
      />
      {state.problem && (
        <ProblemBar
          intent="error"
          title="Findings were not refreshed"
          message={`${state.problem.message}${last ? ` The figures below are from ${formatRefreshedAt(last.refreshedAt)}.` : ''}`}
          issues={state.problem.issues}
          onSelectCell={selectCell}
        />
      )}
      {cellProblem && (
        <ProblemBar
          intent="error"
          title="Could not go to the cell"
          message={cellProblem}
          issues={[]}
          onSelectCell={selectCell}
        />
      )}
      {!last && !state.running && (
        <Text as="p" block>
          No findings yet. Choose Refresh findings to count the completed cases.
        </Text>
      )}
      {last && findings && (
        <>
          <section aria-labelledby={`${ids}-cases`}>
            <h3 id={`${ids}-cases`}>Cases</h3>
            <CasesSummary findings={findings} refreshedAt={last.refreshedAt} />
            <Text as="p" block>
              {summaryText(last.summary)}
            </Text>
          </section>
          {findings.warnings.length > 0 && (
            <ProblemBar
              intent="warning"
              title="Settings to check"
              message="These figures used a default where a setting could not be read:"
              issues={findings.warnings}
              onSelectCell={selectCell}
            />
          )}
          <section aria-labelledby={`${ids}-indicators`}>
            <h3 id={`${ids}-indicators`}>Indicators</h3>
            <IndicatorList
              findings={findings}
              chosen={chosen}
              onChoose={setChosen}
              onSelectCases={onSelectCases}
            />
          </section>
          <section aria-labelledby={`${ids}-questions`}>
            <h3 id={`${ids}-questions`}>Answers by question</h3>
            <QuestionTables
              findings={findings}
              chosen={chosen}
              onChoose={setChosen}
              onSelectCases={onSelectCases}
            />
          </section>
          <section aria-labelledby={`${ids}-quality`}>
            <h3 id={`${ids}-quality`}>Data quality</h3>
            <DataQualityList
              issues={findings.issues}
              onSelectCell={selectCell}
              {...(onOpenCaseForIssue ? { onOpenCaseForIssue } : {})}
            />
          </section>
        </>
      )}
      <section aria-labelledby={`${ids}-board`}>
        <h3 id={`${ids}-board`}>Board copy</h3>
        <BoardCopyPanel onPrepareBoardCopy={onPrepareBoardCopy} />
      </section>
    </div>
  );
}
