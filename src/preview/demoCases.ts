import type { NewCase } from '../excel/addCaseRows';

/** Made-up case IDs for demonstrations: the preview never holds a real child's case. */
export function demoCases(existing: number, count = 5): NewCase[] {
  return Array.from({ length: count }, (_, i) => ({
    caseId: `DEMO-${String(existing + i + 1).padStart(3, '0')}`,
  }));
}
