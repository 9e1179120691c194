/** The command line asks for something impossible (e.g. --out onto the workbook itself): exit code 2. */
export class UsageProblem extends Error {
  override readonly name = 'UsageProblem';
}
