import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIo } from './CliIo';
import { ExitCode } from './ExitCode';
import { parseCliArgs } from './parseCliArgs';
import { runFindings } from './runFindings';
import { runMerge } from './runMerge';
import { UsageProblem } from './UsageProblem';
import { usageText } from './usageText';
import { WorkbookProblem } from './WorkbookProblem';

function version(): string {
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/**
 * The whole command line, minus the process: arguments in, text out, an exit code back. Every failure ends
 * as a message; a stack trace would tell an auditor nothing and could print case data from a value in it.
 */
export async function runCli(argv: readonly string[], io: CliIo, now: Date = new Date()): Promise<ExitCode> {
  const command = parseCliArgs(argv);
  switch (command.kind) {
    case 'help':
      io.out(usageText);
      return ExitCode.ok;
    case 'version':
      io.out(`case-audit ${version()}\n`);
      return ExitCode.ok;
    case 'usage-error':
      io.err(`case-audit: ${command.message}\nRun case-audit --help for how to use it.\n`);
      return ExitCode.usage;
    case 'findings':
      return reported(() => runFindings(command, io, now), io, 'the findings');
    case 'merge':
      return reported(() => runMerge(command, io, now), io, 'the merge');
  }
}

/** Runs a command so that every failure ends as a message and an exit code, never as a stack trace. */
async function reported(run: () => Promise<ExitCode>, io: CliIo, what: string): Promise<ExitCode> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof WorkbookProblem) {
      const count = error.issues.length;
      const intro = count > 1 ? `case-audit: ${count} problems stop ${what}:\n` : 'case-audit: ';
      io.err(`${intro}${count > 1 ? error.message.replace(/^/gm, '  ') : error.message}\n`);
      return ExitCode.workbook;
    }
    if (error instanceof UsageProblem) {
      io.err(`case-audit: ${error.message}\n`);
      return ExitCode.usage;
    }
    const why = error instanceof Error ? error.message : String(error);
    io.err(
      `case-audit: something went wrong that case-audit did not expect: ${why}\nThis is a bug in case-audit; please report it (without the workbook, which holds case data).\n`,
    );
    return ExitCode.internal;
  }
}

/** The process entry used by bin/case-audit.js. */
export function main(): void {
  // `case-audit findings x.xlsx | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    process.exit(error.code === 'EPIPE' ? (process.exitCode ?? ExitCode.ok) : ExitCode.internal);
  });
  const io: CliIo = {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = ExitCode.internal;
    },
  );
}
