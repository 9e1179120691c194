/** The grid's font: Excel's Calibri where the machine has it (or Carlito, its metric twin), else the UI font. */
export const GRID_FONT = "Calibri, Carlito, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** Width in px of text at a size in points. */
export type MeasureText = (text: string, sizePt: number, bold: boolean) => number;

/** Calibri's average character is about half its size; used where no canvas can measure (jsdom, tests). */
export const estimateText: MeasureText = (text, sizePt, bold) =>
  text.length * sizePt * (4 / 3) * (bold ? 0.52 : 0.48);

let canvas: OffscreenCanvasRenderingContext2D | null | undefined;

/** Measures with the browser's own text metrics where it can, so wrapping and overflow match what is drawn. */
export const measureText: MeasureText = (text, sizePt, bold) => {
  if (canvas === undefined)
    canvas = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  if (!canvas) return estimateText(text, sizePt, bold);
  canvas.font = `${bold ? 'bold ' : ''}${sizePt}pt ${GRID_FONT}`;
  return canvas.measureText(text).width;
};
