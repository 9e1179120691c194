import type { SaveResult } from '../../core/cases/CaseStore';

/** A store that throws is a failed save, said in words, never an unhandled rejection. */
export async function safely(work: () => Promise<SaveResult>): Promise<SaveResult> {
  try {
    return await work();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', message: message || 'The workbook did not accept the change.' };
  }
}
