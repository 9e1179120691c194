/** Where an answer was read: the workbook's name and the cell there ('' when not known). */
export interface MergeLogPlace {
  readonly file: string;
  readonly cell: string;
}

/** One workbook of a merge, with what it brought in. */
export interface MergeLogSource {
  readonly file: string;
  readonly role: 'base' | 'merged';
  /** Case rows read from it. */
  readonly rows: number;
  readonly added: number;
  readonly filled: number;
  readonly conflicts: number;
}

/** A case answered differently in two workbooks, both answers as the auditor reads them. */
export interface MergeLogConflict {
  readonly caseId: string;
  /** The question's name: its Audit column's header. */
  readonly question: string;
  /** The question's label, as the pane asks it; the name when the question set has no such question. */
  readonly label: string;
  readonly kept: MergeLogPlace & { readonly answer: string };
  readonly other: MergeLogPlace & { readonly answer: string };
  /** The kept answer's cell in the combined workbook, qualified ("Audit!F3"), or '' when not known. */
  readonly cell: string;
  /**
   * The case was no longer in the Audit sheet when the import read it back (a co-author deleted its row or
   * changed its Case ID meanwhile): `cell` is '' and the log says Not found rather than link anywhere.
   */
  readonly notFound?: boolean;
}

/**
 * Something a co-author changed in the Audit sheet while an import was written, found when the import read
 * the Case ID column back: a case now in two rows, a filled row that held another case, a conflict's case
 * gone. The pane shows the same; the log keeps it once the pane is closed.
 */
export interface MergeLogChange {
  readonly caseId: string;
  /** The cell to go to, qualified ("Audit!A5"); '' when there is none. */
  readonly cell: string;
  /** What happened and what to do, as the pane says it. */
  readonly message: string;
  /**
   * A filled row that held another case by then: the case's cells went into that row and its own were not
   * filled, so it is counted here and not under Cases filled in (as the pane's summary counts it).
   */
  readonly moved?: boolean;
}

/**
 * What the Merge log sheet records, whoever merged: the command line (`case-audit merge`, into a copy) or the
 * pane's "Import another workbook" (into the open workbook, by the lead). Answers are text already, so the
 * layout needs no question set.
 */
export interface MergeLog {
  /** "2023-03-01 09:30". */
  readonly madeAt: string;
  readonly made:
    | { readonly by: 'command line' }
    | {
        readonly by: 'pane';
        /** The lead's name as the pane knows it; '' when not given. */ readonly lead: string;
      };
  readonly form: { readonly title: string; readonly version: string };
  /** The workbook the others were merged into. */
  readonly base: string;
  /** The base first, then the others in the order they were merged. */
  readonly sources: readonly MergeLogSource[];
  readonly conflicts: readonly MergeLogConflict[];
  /** Found after the import was written (an import from the pane only); absent or empty: none. */
  readonly changed?: readonly MergeLogChange[];
}
