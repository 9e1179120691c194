import { parseArgs } from 'node:util';

export interface FindingsCommand {
  readonly kind: 'findings';
  readonly workbook: string;
  readonly json: boolean;
  readonly out: string | null;
  readonly includeInProgress: boolean;
}

/** `case-audit merge a.xlsx b.xlsx ...`: the first workbook is the base, the others are merged into it in order. */
export interface MergeCommand {
  readonly kind: 'merge';
  readonly workbooks: readonly string[];
  readonly json: boolean;
  /** The combined copy to write; null for a dry run that only says what would change. */
  readonly out: string | null;
}

export type CliCommand =
  | FindingsCommand
  | MergeCommand
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
  const [command, ...files] = positionals;
  if (command === undefined)
    return {
      kind: 'usage-error',
      message: 'Say what to do: case-audit findings <workbook.xlsx>, or case-audit merge <a.xlsx> <b.xlsx>.',
    };
  if (command !== 'findings' && command !== 'merge')
    return {
      kind: 'usage-error',
      message: `Unknown command "${command}". The commands are: case-audit findings <workbook.xlsx>, case-audit merge <a.xlsx> <b.xlsx> ...`,
    };
  const out = values.out ?? null;
  if (out !== null && !/\.xlsx$/i.test(out))
    return {
      kind: 'usage-error',
      message: `--out ${out}: the copy must be an .xlsx file (Excel will not open a workbook under another extension).`,
    };
  if (command === 'merge') return mergeCommand(files, out, values);
  const [workbook, ...extra] = files;
  if (workbook === undefined || workbook === '')
    return { kind: 'usage-error', message: 'Name the audit workbook: case-audit findings <workbook.xlsx>.' };
  if (extra.length > 0)
    return {
      kind: 'usage-error',
      message: `One workbook at a time: "${extra.join(' ')}" is one argument too many (put a name with spaces in quotes).`,
    };
  return {
    kind: 'findings',
    workbook,
    json: values.json === true,
    out,
    includeInProgress: values['include-in-progress'] === true,
  };
}

function mergeCommand(
  files: readonly string[],
  out: string | null,
  values: { readonly json?: boolean; readonly 'include-in-progress'?: boolean },
): CliCommand {
  if (values['include-in-progress'] === true)
    return {
      kind: 'usage-error',
      message: '--include-in-progress is for findings: merge combines every row, whatever its status.',
    };
  const named = files.filter((f) => f !== '');
  if (named.length < 2)
    return {
      kind: 'usage-error',
      message: `Name at least two workbooks: case-audit merge <base.xlsx> <other.xlsx> ... --out <combined.xlsx>${named[0] === undefined ? '' : ` (only ${named[0]} was named)`}.`,
    };
  return { kind: 'merge', workbooks: named, json: values.json === true, out };
}

/** node:util's messages name the option but add advice that does not fit us; keep the first sentence. */
function usageMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const first = text.split('. ')[0] ?? text;
  return first.endsWith('.') ? first : `${first}.`;
}
