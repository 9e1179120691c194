import { Button, Link, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { QuestionSet } from '../../core/questions/QuestionSet';
import type { CaseSessionSnapshot, CompleteOutcome } from './SaveState';

export interface CompletePanelProps {
  readonly snapshot: CaseSessionSnapshot;
  readonly questionSet: QuestionSet;
  readonly onComplete: () => Promise<CompleteOutcome>;
  /** Called with the outcome so the pane can flag missing answers inline too. */
  readonly onChecked: (outcome: CompleteOutcome) => void;
  readonly onFocusQuestion: (question: string) => void;
  readonly onClear: (question: string) => void;
}

/** Mark complete: the engine's checks first, and a list of what to fix, each a link to its question. */
export function CompletePanel({
  snapshot,
  questionSet,
  onComplete,
  onChecked,
  onFocusQuestion,
  onClear,
}: CompletePanelProps) {
  const id = useId();
  const [outcome, setOutcome] = useState<CompleteOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const check = async () => {
    setBusy(true);
    try {
      const result = await onComplete();
      setOutcome(result);
      onChecked(result);
    } finally {
      setBusy(false);
    }
  };
  // Once checked, the list follows the answers, so it shrinks as things are fixed.
  const issues = outcome?.kind === 'issues' ? snapshot.evaluation.issues : [];
  const label = (name: string) => questionSet.byName.get(name)?.label ?? name;
  return (
    <section aria-labelledby={`${id}complete-heading`}>
      <h3 id={`${id}complete-heading`}>Complete the case</h3>
      <Text as="p" block>
        Status: {snapshot.status}
      </Text>
      <Button appearance="primary" disabledFocusable={busy} onClick={() => void check()}>
        {busy ? 'Checking…' : 'Mark complete'}
      </Button>
      {outcome?.kind === 'issues' && issues.length > 0 && (
        <div role="region" aria-labelledby={`${id}missing-heading`}>
          <h4 id={`${id}missing-heading`}>
            Before this case can be complete, fix {issues.length === 1 ? 'this' : 'these'}:
          </h4>
          <ul>
            {issues.map((issue) => (
              <li key={`${issue.question}-${issue.kind}`}>
                {/* A hidden question or a stale calculation has no control to go to: offer to clear it instead. */}
                {issue.kind === 'not-applicable-answered' || issue.kind === 'calculation-mismatch' ? (
                  <>
                    {label(issue.question)}: {issue.message}{' '}
                    <Button size="small" onClick={() => onClear(issue.question)}>
                      Clear this answer
                    </Button>
                  </>
                ) : (
                  <Link as="button" onClick={() => onFocusQuestion(issue.question)}>
                    {label(issue.question)}: {issue.message}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {outcome?.kind === 'issues' && issues.length === 0 && (
        <Text as="p" block>
          Nothing is missing now: mark complete again.
        </Text>
      )}
      <Outcome outcome={outcome} />
    </section>
  );
}

function Outcome({ outcome }: { readonly outcome: CompleteOutcome | null }) {
  if (!outcome || outcome.kind === 'issues') return null;
  const [intent, text] =
    outcome.kind === 'complete'
      ? (['success', 'Marked complete in the workbook.'] as const)
      : outcome.kind === 'unsaved'
        ? ([
            'warning',
            `${outcome.count} answer(s) are not saved yet. Retry them above, then mark complete.`,
          ] as const)
        : outcome.kind === 'conflict'
          ? ([
              'warning',
              `${outcome.savedBy || 'Someone else'} changed this case since you opened it. Open the case again and check it before marking complete.`,
            ] as const)
          : (['error', `Could not mark complete: ${outcome.message}`] as const);
  return (
    <MessageBar intent={intent}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
