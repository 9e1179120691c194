/** One case from the pasted case-management export (the `Case list` sheet). */
export interface CaseListRow {
  /** The Case ID as the sheet shows it, trimmed. */
  readonly id: string;
  readonly sheet: string;
  /** 1-based worksheet row. */
  readonly row: number;
  /** A1 address of the Case ID cell. */
  readonly cell: string;
  /** Every other column's cell as text, by header as written (the Case ID column too). */
  readonly values: ReadonlyMap<string, string>;
  /** A1 address of each column's cell on this row, by header. */
  readonly cells: ReadonlyMap<string, string>;
}

/** Headers are matched ignoring case, spaces, underscores and hyphens: "Case ID" = "case_id" = "CaseID". */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[\s_-]+/g, '');
}

/** The header among `columns` that means `name`, or undefined. */
export function findColumn(columns: Iterable<string>, name: string): string | undefined {
  const wanted = headerKey(name);
  for (const column of columns) if (headerKey(column) === wanted) return column;
  return undefined;
}
