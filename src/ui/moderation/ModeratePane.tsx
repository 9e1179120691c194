import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { CaseStore } from '../../core/cases/CaseStore';
import type { QuestionSet } from '../../core/questions/QuestionSet';
import { CapturePane } from '../capture';
import type { Evaluate } from '../capture';
import { moderationQuestionSet } from './moderationQuestionSet';
import { type ModerationPort, moderationStore } from './moderationStore';
import { useModerationCases } from './useModerationCases';

export interface ModeratePaneProps {
  readonly port: ModerationPort;
  /** Raising a safeguarding escalation (the audit's Escalations table). */
  readonly escalate: CaseStore['escalate'];
  /** The audit's whole question set; only its select questions are asked. */
  readonly questionSet: QuestionSet;
  /** Who is re-auditing: written in the Moderator column. */
  readonly moderator: string;
  /** The view is on screen: the case list is read again then. */
  readonly active: boolean;
  readonly evaluate?: Evaluate;
}

const useStyles = makeStyles({ pane: { display: 'grid', rowGap: tokens.spacingVerticalM } });

/**
 * The moderator's re-audit of a case: the capture pane on the Moderation table. It reads only the
 * Moderation row, so the first audit's answers are never on screen, and it never selects the Audit row
 * (which would show them in the grid beside the pane).
 */
export function ModeratePane({
  port,
  escalate,
  questionSet,
  moderator,
  active,
  evaluate,
}: ModeratePaneProps) {
  const styles = useStyles();
  const store = useMemo(() => moderationStore(port, escalate), [port, escalate]);
  const moderation = useMemo(() => moderationQuestionSet(questionSet), [questionSet]);
  const listed = useModerationCases(port, active);
  const [caseId, setCaseId] = useState<string | null>(null);
  const cases = listed.cases ?? [];
  return (
    <div className={styles.pane}>
      <Text as="p" block>
        Re-audit the cases drawn for moderation. Only the select questions are asked, and the first
        audit&apos;s answers are not shown; yours go to the Moderation sheet. Mark each case complete when you
        are done: only complete re-audits are compared.
      </Text>
      {listed.error && (
        <MessageBar intent="error">
          <MessageBarBody>Could not read the cases to re-audit: {listed.error}</MessageBarBody>
        </MessageBar>
      )}
      {listed.cases !== null && cases.length === 0 && (
        <Text as="p" block>
          No cases have been drawn for moderation yet: the audit lead draws them on the Planning tab
          (Moderation).
        </Text>
      )}
      <div>
        <Button size="small" onClick={listed.refresh}>
          Refresh the list
        </Button>
      </div>
      {cases.length > 0 && (
        <CapturePane
          store={store}
          questionSet={moderation.questionSet}
          auditor={moderator}
          caseId={caseId}
          cases={cases}
          onPickCase={setCaseId}
          onCaseChanged={listed.refresh}
          {...(evaluate ? { evaluate } : {})}
        />
      )}
    </div>
  );
}
