// Runs every bench/*.bench.ts: compiles src/ and bench/ with @swc/core (already a dev dependency, for jest)
// into a temporary folder as CommonJS, then runs each bench in its own `node --expose-gc`, so benches can
// force collections and sample the heap. Usage: npm run bench [-- <name filter>]; extra node flags (e.g.
// --cpu-prof to see where the time goes) in BENCH_NODE_FLAGS.
import { transformFileSync } from '@swc/core';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = mkdtempSync(join(tmpdir(), 'case-audit-bench-'));
const filter = process.argv[2] ?? '';

function* tsFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* tsFiles(path);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) yield path;
  }
}

try {
  for (const dir of ['src/core', 'src/excel', 'src/excel-sim', 'src/xlsx', 'bench']) {
    for (const file of tsFiles(join(root, dir))) {
      const { code } = transformFileSync(file, {
        jsc: { parser: { syntax: 'typescript', tsx: file.endsWith('.tsx') }, target: 'es2022' },
        module: { type: 'commonjs' },
        sourceMaps: false,
      });
      const target = join(out, relative(root, file)).replace(/\.tsx?$/, '.js');
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, code);
    }
  }
  const benches = readdirSync(join(out, 'bench')).filter(
    (f) => f.endsWith('.bench.js') && f.includes(filter),
  );
  let failed = 0;
  for (const bench of benches) {
    console.log(`\n# ${bench.replace(/\.js$/, '.ts')}`);
    const flags = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
    const args = ['--expose-gc', ...flags, join(out, 'bench', bench)];
    // The compiled files live in a temp folder: let them find the project's packages (fflate...).
    const env = { ...process.env, NODE_PATH: join(root, 'node_modules') };
    const run = spawnSync(process.execPath, args, { stdio: 'inherit', env });
    if (run.status !== 0) failed++;
  }
  process.exitCode = failed === 0 ? 0 : 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
