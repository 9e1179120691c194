/** Names people bring from Excel, with the function that does the job here. */
const EXCEL_HABITS: Readonly<Record<string, string>> = {
  len: 'string-length',
  trunc: 'int',
  datevalue: 'date',
  iferror: 'coalesce',
  text: 'format-date',
  value: 'number',
  countselected: 'count-selected',
  startswith: 'starts-with',
};

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitute, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The known name a mistyped function name most likely meant, or null when none is close. */
export function suggestFunction(name: string, known: Iterable<string>): string | null {
  const lower = name.toLowerCase();
  const habit = EXCEL_HABITS[lower.replace(/[-_.]/g, '')];
  if (habit !== undefined) return habit;
  let best: string | null = null;
  let bestDistance = Math.max(1, Math.min(2, Math.floor(lower.length / 3)));
  for (const candidate of known) {
    const d = editDistance(lower, candidate);
    if (d < bestDistance || (d === bestDistance && best === null)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
