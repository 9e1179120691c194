/**
 * The auditor's name is the only thing the pane keeps outside the workbook: case data never leaves it.
 * Storage can be missing or throw (locked-down Office web views), so the name then simply isn't remembered.
 */
// The one store of the name: the app shell is handed this object as its AuditorNames port.
export const AUDITOR_NAME_KEY = 'case-audit.auditor-name';

function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export const auditorNameStore = {
  load(storage: Storage | undefined = defaultStorage()): string {
    try {
      return storage?.getItem(AUDITOR_NAME_KEY)?.trim() ?? '';
    } catch {
      return '';
    }
  },
  /** Returns whether the name could be remembered. */
  save(name: string, storage: Storage | undefined = defaultStorage()): boolean {
    try {
      if (!storage) return false;
      storage.setItem(AUDITOR_NAME_KEY, name.trim());
      return true;
    } catch {
      return false;
    }
  },
};
