import { useEffect, useState } from 'react';
import type { SimWorkbook, WorkbookSnapshot } from '../excel-sim';

/**
 * The simulated workbook's current picture. A snapshot copies every used cell, and the pane may sync many
 * times in a burst, so changes are coalesced into at most one snapshot per animation frame.
 */
export function useWorkbookSnapshot(workbook: SimWorkbook): WorkbookSnapshot {
  const [snapshot, setSnapshot] = useState(() => workbook.snapshot());
  useEffect(() => {
    setSnapshot(workbook.snapshot());
    let frame = 0;
    const unsubscribe = workbook.subscribe(() => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setSnapshot(workbook.snapshot());
      });
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [workbook]);
  return snapshot;
}
