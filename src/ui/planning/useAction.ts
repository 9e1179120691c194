import { useCallback, useRef, useState } from 'react';
import { problemOf, type Problem } from '../app/problemOf';

export type ActionState<T> =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly result: T }
  | { readonly kind: 'failed'; readonly problem: Problem };

/** What run gives back: the result, or nothing when it failed (the state says why) or was already running. */
export type Outcome<T> = { readonly ok: true; readonly result: T } | { readonly ok: false };

/**
 * One workbook operation a section runs: busy while it runs, then its result or the failure in words.
 * A second press while busy is ignored, so a slow Excel cannot be asked to draw or allocate twice.
 */
export function useAction<A extends unknown[], T>(operation: (...args: A) => Promise<T>) {
  const [state, setState] = useState<ActionState<T>>({ kind: 'idle' });
  const busy = useRef(false);
  const run = useCallback(
    async (...args: A): Promise<Outcome<T>> => {
      if (busy.current) return { ok: false };
      busy.current = true;
      setState({ kind: 'busy' });
      try {
        const result = await operation(...args);
        setState({ kind: 'done', result });
        return { ok: true, result };
      } catch (error) {
        setState({ kind: 'failed', problem: problemOf(error) });
        return { ok: false };
      } finally {
        busy.current = false;
      }
    },
    [operation],
  );
  return { state, run, busy: state.kind === 'busy' };
}
