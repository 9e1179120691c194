import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CaseList } from '../../core/sampling/readCaseList';
import { AllocateSection } from './AllocateSection';
import { CaseListSection } from './CaseListSection';
import { DrawSampleSection } from './DrawSampleSection';
import { ImportSection } from './ImportSection';
import { ModerationSection } from './ModerationSection';
import { NotAuditedSection } from './NotAuditedSection';
import type { PlanningPanelProps } from './PlanningPanelProps';
import { ProblemsBar } from './ProblemsBar';
import { ProgressSection } from './ProgressSection';
import { useSelectCell } from '../app/useSelectCell';
import { readableSeed } from './readableSeed';

const useStyles = makeStyles({
  // minmax(0, 1fr), not the implicit auto column: an auto column grows to its widest content (a select's
  // longest option), pushing every step past the right edge of a 320 px task pane.
  pane: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalXXL },
});

/** The audit lead's steps, in the order an audit runs: case list, sample, not audited, allocation, progress, moderation, then combining another team's copy. */
export function PlanningPanel(props: PlanningPanelProps) {
  const styles = useStyles();
  const newSeed = props.newSeed ?? readableSeed;
  const [caseList, setCaseList] = useState<CaseList | null>(null);
  const { selectCell, cellProblem } = useSelectCell(props.onSelectCell);
  return (
    <div className={styles.pane}>
      {cellProblem && (
        <ProblemsBar
          intent="error"
          title="Could not go to the cell"
          message={cellProblem}
          problems={[]}
          onSelectCell={selectCell}
        />
      )}
      <CaseListSection
        onCheckCaseList={props.onCheckCaseList}
        onChecked={setCaseList}
        onSelectCell={selectCell}
      />
      <DrawSampleSection
        caseList={caseList}
        lead={props.lead}
        onDrawSample={props.onDrawSample}
        onVerifySample={props.onVerifySample}
        newSeed={newSeed}
        onSelectCell={selectCell}
      />
      <NotAuditedSection
        lead={props.lead}
        onMarkNotAudited={props.onMarkNotAudited}
        onSelectCell={selectCell}
      />
      <AllocateSection caseList={caseList} onAllocate={props.onAllocate} onSelectCell={selectCell} />
      <ProgressSection onProgress={props.onProgress} onSelectCell={selectCell} />
      <ModerationSection
        lead={props.lead}
        questions={props.questions}
        newSeed={newSeed}
        onDrawModeration={props.onDrawModeration}
        onModerationReport={props.onModerationReport}
        onResolveDisagreement={props.onResolveDisagreement}
        onSelectCell={selectCell}
      />
      <ImportSection
        questions={props.questions}
        onImportWorkbook={props.onImportWorkbook}
        onSelectCell={selectCell}
      />
    </div>
  );
}
