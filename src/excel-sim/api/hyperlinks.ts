import { SimError } from '../SimError';
import type { Hyperlink } from '../model/CellGrid';
import { assertContentsEditable } from '../model/protection';
import type { WorkbookModel } from '../model/WorkbookModel';
import { plainCopy } from './RecordApi';
import type { RangeRef } from './RangeRef';

/** Range.hyperlink reads the top-left cell's link (null when it has none). */
export function readHyperlink(ref: RangeRef): Hyperlink | null {
  return plainCopy(ref.sheet.grid.hyperlink(ref.rect.r0, ref.rect.c0) ?? null);
}

/** Setting Range.hyperlink links every cell; textToDisplay (or else the address, for empty cells) becomes the value. */
export function applyHyperlink(wb: WorkbookModel, ref: RangeRef, input: unknown): void {
  if (input === null || typeof input !== 'object') {
    throw new SimError('InvalidArgument', {
      location: 'Range.hyperlink',
      statement: 'A hyperlink is an object such as { address, textToDisplay }.',
    });
  }
  const link = plainCopy(input as Hyperlink);
  const { sheet, rect } = ref;
  assertContentsEditable(sheet, rect, 'Range.hyperlink');
  for (let r = rect.r0; r <= rect.r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) {
      sheet.grid.setHyperlink(r, c, link);
      const shown =
        link.textToDisplay ??
        (sheet.grid.value(r, c) === '' ? (link.address ?? link.documentReference) : undefined);
      if (shown !== undefined) sheet.grid.setContent(r, c, { value: shown });
    }
  }
  wb.version++;
}
