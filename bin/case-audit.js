#!/usr/bin/env node
'use strict';
// The command line runs straight from the TypeScript sources: each src/**/*.ts file is compiled in memory
// with @swc/core (already installed for jest and the benches) the first time it is required. No build step
// means no stale build: what runs is always what is checked in. See docs/cli.md.
const fs = require('node:fs');
const path = require('node:path');

let transformSync;
try {
  ({ transformSync } = require('@swc/core'));
} catch {
  process.stderr.write(
    'case-audit: the command line runs from its TypeScript sources and needs the packages of this project.\n' +
      'Run "npm install" in the case-audit folder (without --omit=dev), then try again.\n',
  );
  process.exit(1);
}

const src = path.join(__dirname, '..', 'src') + path.sep;
require.extensions['.ts'] = (module, filename) => {
  if (!filename.startsWith(src)) throw new Error(`case-audit: will not compile ${filename}`);
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
    sourceMaps: false,
  });
  module._compile(code, filename);
};

const { main } = require('../src/cli/main.ts');
main();
