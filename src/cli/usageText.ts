/** `case-audit --help`: the whole interface on one screen. docs/cli.md says the same at more length. */
export const usageText = `Usage: case-audit findings <workbook.xlsx> [options]

Reads an audit workbook saved from Excel (or an ODK/KoboToolbox XLSForm file with an Audit sheet) and
prints its findings: the indicators, a table per question and the data-quality issues.

Options:
  --json                  print one JSON object instead of the report (see docs/cli.md)
  -o, --out <copy.xlsx>   also write the findings into a copy of the workbook (Findings and
                          Data quality sheets); the workbook itself is never changed
  --include-in-progress   count In progress cases as well as Complete ones
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 findings produced, 1 the workbook cannot be used (the message says where and why),
2 the command line is wrong, 3 an unexpected error in case-audit.
`;
