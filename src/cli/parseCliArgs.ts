import { parseArgs } from 'node:util';

export interface FindingsCommand {
  readonly kind: 'findings';
  readonly workbook: string;
  readonly json: boolean;
  readonly out: string | null;
  readonly includeInProgress: boolean;
}

export type CliCommand =
  | FindingsCommand
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'usage-error'; readonly message: string };

/** The command line as a command, or what is wrong with it in words a person can act on. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        out: { type: 'string', short: 'o' },
        'include-in-progress': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return { kind: 'usage-error', message: usageMessage(error) };
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { kind: 'help' };
  if (values.version === true) return { kind: 'version' };
  const [command, workbook, ...extra] = positionals;
  if (command === undefined)
    return { kind: 'usage-error', message: 'Say what to do: case-audit findings <workbook.xlsx>.' };
  if (command !== 'findings')
    return {
      kind: 'usage-error',
      message: `Unknown command "${command}". The command is: case-audit findings <workbook.xlsx>.`,
    };
  if (workbook === undefined || workbook === '')
    return { kind: 'usage-error', message: 'Name the audit workbook: case-audit findings <workbook.xlsx>.' };
  if (extra.length > 0)
    return {
      kind: 'usage-error',
      message: `One workbook at a time: "${extra.join(' ')}" is one argument too many (put a name with spaces in quotes).`,
    };
  const out = values.out ?? null;
  if (out !== null && !/\.xlsx$/i.test(out))
    return {
      kind: 'usage-error',
      message: `--out ${out}: the copy must be an .xlsx file (Excel will not open a workbook under another extension).`,
    };
  return {
    kind: 'findings',
    workbook,
    json: values.json === true,
    out,
    includeInProgress: values['include-in-progress'] === true,
  };
}

/** node:util's messages name the option but add advice that does not fit us; keep the first sentence. */
function usageMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const first = text.split('. ')[0] ?? text;
  return first.endsWith('.') ? first : `${first}.`;
}
