/**
 * The form of a Case ID used to compare and sort: trimmed and upper-cased, as the Audit sheet matches
 * IDs (src/excel/addCaseRows), so "ab12" and "AB12 " are one case everywhere.
 */
export function caseKey(id: string): string {
  return id.trim().toUpperCase();
}

/**
 * Case IDs in the order a sample is drawn from: by caseKey, comparing UTF-16 code units (plain `<`),
 * never localeCompare, whose order depends on the machine's language settings.
 */
export function compareCaseIds(a: string, b: string): number {
  const x = caseKey(a);
  const y = caseKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** IDs sorted as compareCaseIds does, each key computed once (a 100,000-case list sorts in a blink). */
export function sortCaseIds(ids: readonly string[]): string[] {
  return ids
    .map((id) => ({ id, key: caseKey(id) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((x) => x.id);
}
