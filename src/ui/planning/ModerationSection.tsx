import { Button } from '@fluentui/react-components';
import type { AgreementReport, Disagreement } from '../../core/moderation/AgreementReport';
import type { Question } from '../../core/questions/QuestionSet';
import { ActionProblem } from './ActionProblem';
import { AgreementReportView } from './AgreementReportView';
import { ModerationDraw } from './ModerationDraw';
import type { PlanningPanelProps } from './PlanningPanelProps';
import { PlanningSection } from './PlanningSection';
import { useAction } from './useAction';

export interface ModerationSectionProps {
  readonly lead: string;
  readonly questions: readonly Question[] | undefined;
  readonly newSeed: () => string;
  readonly onDrawModeration: PlanningPanelProps['onDrawModeration'];
  readonly onModerationReport: () => Promise<AgreementReport>;
  readonly onResolveDisagreement: (d: Disagreement, resolution: string, resolvedBy: string) => Promise<void>;
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

/** A moderator re-audits a share of completed cases; the lead then sees the agreement and resolves differences. */
export function ModerationSection(props: ModerationSectionProps) {
  const { onSelectCell } = props;
  const report = useAction(props.onModerationReport);
  return (
    <PlanningSection
      title="Moderation"
      intro="Draw a share of the completed cases for a moderator to audit again without seeing the first answers. Then compare the two audits."
    >
      <ModerationDraw
        onDrawModeration={props.onDrawModeration}
        newSeed={props.newSeed}
        onSelectCell={onSelectCell}
      />
      <Button disabledFocusable={report.busy} onClick={() => void report.run()}>
        {report.busy ? 'Comparing…' : 'Compare audits'}
      </Button>
      <ActionProblem state={report.state} title="The audits were not compared" onSelectCell={onSelectCell} />
      {report.state.kind === 'done' && (
        <AgreementReportView
          report={report.state.result}
          questions={props.questions}
          lead={props.lead}
          onResolveDisagreement={props.onResolveDisagreement}
          onSelectCell={onSelectCell}
        />
      )}
    </PlanningSection>
  );
}
