import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The build's own functions (webpack.config.js), so what is tested is what `npm run build` does.
const root = resolve(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS config outside the TypeScript project
const config = require(join(root, 'webpack.config.js')) as {
  productionUrl(url: string | undefined): string | null;
  rewriteManifestUrls(manifest: string, url: string): string;
};
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');

test('every dev-server URL is rewritten to the production address, and the result still validates', () => {
  const url = config.productionUrl('https://audit.example.org/case-audit')!;
  expect(url).toBe('https://audit.example.org/case-audit/');
  const rewritten = config.rewriteManifestUrls(manifest, url);

  expect(rewritten).not.toContain('localhost');
  expect(rewritten).toContain(
    '<SourceLocation DefaultValue="https://audit.example.org/case-audit/taskpane.html"/>',
  );
  expect(rewritten).toContain('"https://audit.example.org/case-audit/assets/icon-80.png"');

  const dir = mkdtempSync(join(tmpdir(), 'case-audit-prod-'));
  try {
    writeFileSync(join(dir, 'manifest.xml'), rewritten);
    const run = spawnSync(
      process.execPath,
      [join(root, 'scripts', 'validate-manifest.mjs'), join(dir, 'manifest.xml')],
      {
        encoding: 'utf8',
      },
    );
    expect(run.stdout + run.stderr).toContain('is valid');
    expect(run.status).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a production address that is not https is refused with what to do', () => {
  expect(() => config.productionUrl('http://audit.example.org/')).toThrow(
    'CASE_AUDIT_URL must be an https:// address (Office loads add-ins only over https); got "http://audit.example.org/".',
  );
  expect(() => config.productionUrl('audit.example.org')).toThrow(/must be an https:\/\/ address/);
});

test('without CASE_AUDIT_URL the manifest keeps its dev-server URLs', () => {
  expect(config.productionUrl(undefined)).toBeNull();
  expect(config.productionUrl('')).toBeNull();
});
