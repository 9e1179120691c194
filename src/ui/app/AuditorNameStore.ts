/** Remembers who is auditing on this computer, so saves are signed without asking every time. */
export interface AuditorNameStore {
  get(): string;
  set(name: string): void;
}

const KEY = 'case-audit.auditor-name';

/**
 * Kept in the browser's storage for the add-in's origin: it is the auditor's own name, not case data,
 * and it must not travel with the workbook. Storage can be blocked (private mode, policy): then the
 * name lasts for this session only rather than failing.
 */
export function storedAuditorNames(storage: Pick<Storage, 'getItem' | 'setItem'> | null): AuditorNameStore {
  let memory = '';
  return {
    get() {
      try {
        return storage?.getItem(KEY) ?? memory;
      } catch {
        return memory;
      }
    },
    set(name) {
      memory = name.trim();
      try {
        storage?.setItem(KEY, memory);
      } catch {
        // Blocked storage: keep the in-memory copy.
      }
    },
  };
}
