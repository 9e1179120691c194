/** Exit codes of `case-audit`, documented in docs/cli.md: scripts branch on them, so they never change meaning. */
export const ExitCode = {
  ok: 0,
  /** The workbook cannot be read or used as it is (missing, not an .xlsx, broken definitions...), or --out cannot be written. */
  workbook: 1,
  /** The command line itself is wrong: unknown option, missing file name. */
  usage: 2,
  /** Something we did not foresee: a bug in case-audit, reported without a stack trace. */
  internal: 3,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
