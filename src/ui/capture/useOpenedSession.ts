import { useEffect, useRef, useState } from 'react';
import type { CaseStore } from '../../core/cases/CaseStore';
import type { QuestionSet } from '../../core/questions/QuestionSet';
import { CaseSession } from './CaseSession';
import type { Evaluate } from './SaveState';

export interface OpenedSessionOptions {
  readonly store: CaseStore;
  readonly questionSet: QuestionSet;
  readonly auditor: string;
  readonly evaluate: Evaluate | undefined;
  readonly caseId: string | null;
}

export interface OpenedSession {
  /** The case on screen: while the previous case still has unsaved answers, that one stays. */
  readonly session: CaseSession | null;
  readonly opening: string | null;
  readonly error: string | null;
  /** The case whose unsaved answers hold up opening `caseId`. */
  readonly blockedBy: string | null;
}

const EMPTY: OpenedSession = { session: null, opening: null, error: null, blockedBy: null };

/**
 * Opens the picked case and closes the previous one, but only once everything in it is saved: moving
 * on with answers still unsaved would lose them, and reopening a case before its saves land would
 * show stale answers.
 */
export function useOpenedSession({ store, questionSet, auditor, evaluate, caseId }: OpenedSessionOptions) {
  const [state, setState] = useState<OpenedSession>(EMPTY);
  const current = useRef<{ session: CaseSession; key: readonly unknown[] } | null>(null);
  const [retick, setRetick] = useState(0);

  useEffect(() => {
    const key = [store, questionSet, auditor, evaluate, caseId];
    const previous = current.current;
    if (previous && previous.key.every((k, i) => k === key[i])) {
      setState({ ...EMPTY, session: previous.session });
      return;
    }
    let live = true;
    let unsubscribe = () => {};
    const run = async () => {
      if (previous) {
        await previous.session.flush();
        if (!live) return;
        if (previous.session.hasUnsaved()) {
          setState({ ...EMPTY, session: previous.session, blockedBy: previous.session.caseId });
          // Try again as soon as the auditor has retried or resolved what was holding it up.
          unsubscribe = previous.session.subscribe(() => {
            if (!previous.session.hasUnsaved()) setRetick((n) => n + 1);
          });
          return;
        }
        await previous.session.dispose();
        current.current = null;
      }
      if (caseId === null || !live) return setState(EMPTY);
      setState({ ...EMPTY, opening: caseId });
      try {
        const session = await CaseSession.open(
          { store, questionSet, auditor, ...(evaluate ? { evaluate } : {}) },
          caseId,
        );
        if (!live) return void session.dispose();
        current.current = { session, key };
        setState({ ...EMPTY, session });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (live) setState({ ...EMPTY, error: `Could not open case ${caseId}: ${message}` });
      }
    };
    void run();
    return () => {
      live = false;
      unsubscribe();
    };
  }, [store, questionSet, auditor, evaluate, caseId, retick]);

  // Closing the pane: send whatever is left.
  useEffect(() => () => void current.current?.session.dispose(), []);

  return state;
}
