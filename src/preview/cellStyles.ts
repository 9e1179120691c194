import type { CSSProperties } from 'react';
import type { CellFormat } from './cellFormatAt';

/** A cell's format as CSS: Excel's font, colours, vertical alignment and (for 'General') alignment by the kind of value. */
export function cellStyles(format: CellFormat, value: unknown): CSSProperties {
  const style: CSSProperties = {
    fontSize: `${format.size}pt`,
    textAlign: alignment(format.horizontal, value),
    verticalAlign: VERTICAL[format.vertical] ?? 'bottom',
  };
  if (format.bold) style.fontWeight = 700;
  if (format.italic) style.fontStyle = 'italic';
  if (format.underline) style.textDecoration = 'underline';
  if (format.color) style.color = format.color;
  if (format.fill) {
    style.backgroundColor = format.fill;
    // A filled cell keeps Excel's black text even when the preview itself is dark.
    style.color ??= '#000000';
  }
  return style;
}

/** Excel's vertical alignments as CSS; Justify and Distributed are drawn from the top. */
const VERTICAL: Readonly<Record<string, CSSProperties['verticalAlign']>> = {
  Top: 'top',
  Center: 'middle',
  Bottom: 'bottom',
  Justify: 'top',
  Distributed: 'top',
};

const ERROR = /^#(?:NAME\?|N\/A|VALUE!|REF!|DIV\/0!|NUM!|NULL!)$/;

function alignment(horizontal: string, value: unknown): CSSProperties['textAlign'] {
  switch (horizontal) {
    case 'Left':
      return 'left';
    case 'Right':
      return 'right';
    case 'Center':
    case 'CenterAcrossSelection':
      return 'center';
    default:
      // General: text to the left, numbers to the right, TRUE/FALSE and errors centred.
      if (typeof value === 'number') return 'right';
      return typeof value === 'boolean' || (typeof value === 'string' && ERROR.test(value))
        ? 'center'
        : 'left';
  }
}
