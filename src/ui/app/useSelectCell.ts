import { useCallback, useState } from 'react';
import { problemOf } from './problemOf';

/**
 * Going to a cell from a panel (a problem's link, a data-quality issue). A failure is a problem to show, not
 * a crash: a synchronous throw and a rejected promise are said the same way.
 */
export function useSelectCell(onSelectCell: (sheet: string, cell: string) => void | Promise<void>) {
  const [cellProblem, setCellProblem] = useState<string | null>(null);
  const selectCell = useCallback(
    (sheet: string, cell: string) => {
      setCellProblem(null);
      Promise.resolve()
        .then(() => onSelectCell(sheet, cell))
        .catch((error: unknown) => setCellProblem(problemOf(error).message));
    },
    [onSelectCell],
  );
  return { selectCell, cellProblem };
}
