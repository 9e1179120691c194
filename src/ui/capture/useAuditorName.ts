import { useCallback, useState } from 'react';
import { auditorNameStore } from './auditorNameStore';

/** The auditor's name, asked once and remembered on this computer. */
export function useAuditorName(): [string, (name: string) => void] {
  const [name, setName] = useState(() => auditorNameStore.load());
  const change = useCallback((next: string) => {
    auditorNameStore.save(next);
    setName(next.trim());
  }, []);
  return [name, change];
}
