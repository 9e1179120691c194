import { useCallback, useRef, useState } from 'react';
import { problemOf } from '../app/problemOf';
import type { RefreshOptions, RefreshProgress, RefreshResult } from './FindingsPanelProps';

export type Problem = ReturnType<typeof problemOf>;

export interface RefreshState {
  readonly running: boolean;
  readonly progress: RefreshProgress | null;
  /** The last figures that refreshed successfully, kept through a later failure. */
  readonly last: (RefreshResult & { readonly refreshedAt: Date }) | null;
  readonly problem: Problem | null;
}

/**
 * Runs refreshes one at a time. A failed refresh keeps the last good figures on screen (with the error
 * above them) rather than blanking the pane: the sheet still holds those figures too.
 */
export function useFindingsRefresh(
  onRefresh: (options: RefreshOptions) => Promise<RefreshResult>,
  now: () => Date,
): { state: RefreshState; refresh: (includeInProgress: boolean) => Promise<void> } {
  const [state, setState] = useState<RefreshState>({
    running: false,
    progress: null,
    last: null,
    problem: null,
  });
  const run = useRef(0);
  const refresh = useCallback(
    async (includeInProgress: boolean) => {
      if (run.current < 0) return;
      const id = Math.abs(run.current) + 1;
      // Negative while running: a second click (or a stray progress call from an earlier run) is ignored.
      run.current = -id;
      setState((s) => ({ ...s, running: true, progress: { step: 'Starting…' }, problem: null }));
      const onProgress = (progress: RefreshProgress) => {
        if (run.current === -id) setState((s) => ({ ...s, progress }));
      };
      try {
        const result = await onRefresh({ includeInProgress, onProgress });
        setState({ running: false, progress: null, last: { ...result, refreshedAt: now() }, problem: null });
      } catch (error) {
        setState((s) => ({ ...s, running: false, progress: null, problem: problemOf(error) }));
      } finally {
        run.current = id;
      }
    },
    [onRefresh, now],
  );
  return { state, refresh };
}
