/**
 * How many lines text takes when wrapped to widthPx, as Excel wraps: at spaces and line breaks, and inside a
 * word only when the word alone is wider than the cell.
 */
export function wrapLines(text: string, widthPx: number, measure: (s: string) => number): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = '';
    lines++;
    for (const word of paragraph.split(' ')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (measure(candidate) <= widthPx) {
        line = candidate;
        continue;
      }
      if (line !== '') lines++;
      line = word;
      while (line.length > 1 && measure(line) > widthPx) {
        lines++;
        line = line.slice(fitting(line, widthPx, measure));
      }
    }
  }
  return lines;
}

/** How many leading characters of s fit in widthPx (at least one). */
function fitting(s: string, widthPx: number, measure: (s: string) => number): number {
  let n = 1;
  while (n < s.length && measure(s.slice(0, n + 1)) <= widthPx) n++;
  return n;
}
