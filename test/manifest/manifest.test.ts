import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Runs the very script `npm run validate` runs, so the test and the command cannot drift apart.
const root = resolve(__dirname, '..', '..');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'case-audit-manifest-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function validate(xml: string): { code: number | null; output: string } {
  const file = join(dir, 'manifest.xml');
  writeFileSync(file, xml);
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'validate-manifest.mjs'), file], {
    encoding: 'utf8',
  });
  return { code: run.status, output: run.stdout + run.stderr };
}

function broken(from: string, to: string): string {
  expect(manifest).toContain(from);
  return manifest.replace(from, to);
}

test('our manifest is valid against the Office add-in schemas', () => {
  const result = validate(manifest);
  expect(result.output).toContain('is valid');
  expect(result.code).toBe(0);
});

test('the manifest asks for a workbook, ExcelApi 1.9 and read/write access, and nothing more', () => {
  expect(manifest).toContain('<Host Name="Workbook"/>');
  expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.9"/>');
  expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
});

test('a permission outside the schema is rejected with its line', () => {
  const result = validate(broken('ReadWriteDocument', 'Everything'));
  expect(result.code).toBe(1);
  expect(result.output).toMatch(/manifest\.xml:\d+: .*Permissions.*'Everything'/);
});

test('an element the schema does not know is rejected', () => {
  const result = validate(broken('<Permissions>', '<Shortcuts/><Permissions>'));
  expect(result.code).toBe(1);
  expect(result.output).toContain('Shortcuts');
});

test('an http URL is rejected: Office loads add-ins only over https', () => {
  const result = validate(
    broken('https://localhost:3000/taskpane.html"/>', 'http://localhost:3000/taskpane.html"/>'),
  );
  expect(result.code).toBe(1);
  expect(result.output).toContain('http://localhost:3000/taskpane.html must use https');
});

test('a ribbon resid with no resource is rejected', () => {
  const result = validate(
    broken('<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="Pane.Url"/>'),
  );
  expect(result.code).toBe(1);
  expect(result.output).toContain('resid "Pane.Url" has no resource');
});

test('a file that is not XML is rejected, not reported valid', () => {
  const result = validate('this is not a manifest');
  expect(result.code).not.toBe(0);
  expect(result.output).not.toContain('is valid');
});
