/** Auditor names from the list box, one a line: trimmed, blank lines dropped (repeats are the core's to refuse). */
export function parseAuditors(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
