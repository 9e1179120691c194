/** `case-audit --help`: the whole interface on one screen. docs/cli.md says the same at more length. */
export const usageText = `Usage: case-audit findings <workbook.xlsx> [options]
       case-audit merge <base.xlsx> <other.xlsx> ... [--out <combined.xlsx>] [--json]

findings: reads an audit workbook saved from Excel (or an ODK/KoboToolbox XLSForm file with an Audit
sheet) and prints its findings: the indicators, a table per question and the data-quality issues.

merge: combines the Audit rows of workbooks filled in separately. The first is the base; the others are
merged into it in order: new cases are added, blank answers filled, and an answer given differently in
two workbooks is a conflict, reported and never overwritten (the base's answer is kept). Without --out
it only says what would change.

Options:
  --json                  print one JSON object instead of the report (see docs/cli.md)
  -o, --out <copy.xlsx>   findings: also write the findings into a copy of the workbook (Findings and
                          Data quality sheets). merge: write the combined workbook, a copy of the base
                          with a Merge log sheet. The workbooks read are never changed
  --include-in-progress   findings: count In progress cases as well as Complete ones
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 done (conflicts and data-quality issues are reported, not failures), 1 a workbook cannot
be used (the message says where and why), 2 the command line is wrong, 3 an unexpected error in case-audit.
`;
