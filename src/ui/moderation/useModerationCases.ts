import { useCallback, useEffect, useState } from 'react';
import type { CaseSummary } from '../../core/cases/CaseStore';
import type { ModerationPort } from './moderationStore';

export interface ModerationCases {
  /** Null until first read. */
  readonly cases: readonly CaseSummary[] | null;
  readonly error: string | null;
  readonly refresh: () => void;
}

/** The Moderation table's cases, read when the view is shown (the lead may have drawn more meanwhile). */
export function useModerationCases(port: ModerationPort, active: boolean): ModerationCases {
  const [cases, setCases] = useState<readonly CaseSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((n) => n + 1), []);
  useEffect(() => {
    if (!active) return;
    let live = true;
    port.moderationCases().then(
      (listed) => {
        if (!live) return;
        setCases(listed);
        setError(null);
      },
      (failure: unknown) => {
        if (live) setError(failure instanceof Error ? failure.message : String(failure));
      },
    );
    return () => {
      live = false;
    };
  }, [port, active, tick]);
  return { cases, error, refresh };
}
