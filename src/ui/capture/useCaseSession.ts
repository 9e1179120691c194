import { useSyncExternalStore } from 'react';
import type { CaseSession } from './CaseSession';
import type { CaseSessionSnapshot } from './SaveState';

const noSubscription = () => () => undefined;
const noSnapshot = () => null;

/** The session's current snapshot, re-rendering on every change it reports. */
export function useCaseSession(session: CaseSession | null): CaseSessionSnapshot | null {
  return useSyncExternalStore(
    session ? session.subscribe : noSubscription,
    session ? session.getSnapshot : noSnapshot,
  );
}
