import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';

/** A fixed clock, so Refreshed stamps and today() do not move between runs. */
export const NOW = new Date(2023, 2, 1, 9, 30);

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** The command line in this process, with its output captured: fast, for what it prints. */
export async function runCliFor(...argv: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => void (out += t), err: (t) => void (err += t) }, NOW);
  return { code, out, err };
}

const BIN = join(__dirname, '..', '..', 'bin', 'case-audit.js');

/** The real `bin/case-audit.js` in a child node: for exit codes, and to prove no stack trace reaches the user. */
export function runBin(...argv: string[]): CliRun {
  const run = spawnSync(process.execPath, [BIN, ...argv], { encoding: 'utf8', timeout: 60_000 });
  return { code: run.status ?? -1, out: run.stdout, err: run.stderr };
}

/** What a stack trace looks like in Node's output. */
export const STACK_FRAME = /^\s+at\s/m;
