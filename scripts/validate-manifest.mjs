// Validates an add-in manifest against the XML Schemas in ../shared/schemas/office-addin-manifest, offline.
//   node scripts/validate-manifest.mjs [manifest.xml]
// Exit code 0 when valid; 1 with each schema error (file:line and what is wrong) when not; 2 when it cannot run.
import { readFile, readdir } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// CI clones the project beside shared/, so the schemas are found relative to the repository, not the cwd.
const schemaDir = resolve(repoRoot, '..', 'shared', 'schemas', 'office-addin-manifest');
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';

async function loadSchemas() {
  let names;
  try {
    names = (await readdir(schemaDir)).filter((name) => name.endsWith('.xsd'));
  } catch {
    throw new Error(
      `The manifest schemas are missing: expected them in ${schemaDir} (shared/ beside the repo).`,
    );
  }
  if (!names.includes(MAIN_SCHEMA)) throw new Error(`${MAIN_SCHEMA} is missing from ${schemaDir}.`);
  const files = await Promise.all(
    names.map(async (fileName) => ({
      fileName,
      contents: await readFile(resolve(schemaDir, fileName), 'utf8'),
    })),
  );
  return {
    main: files.find((f) => f.fileName === MAIN_SCHEMA),
    // The main schema imports the others by file name, so every .xsd goes into xmllint's file system.
    preload: files.filter((f) => f.fileName !== MAIN_SCHEMA),
  };
}

// What the schema cannot say: Office refuses http URLs, and a resid with no resource breaks the ribbon silently.
function checkReferences(xml, fileName) {
  const problems = [];
  const lineOf = (index) => xml.slice(0, index).split('\n').length;
  for (const match of xml.matchAll(/DefaultValue="(http:[^"]*)"/g)) {
    problems.push(
      `${fileName}:${lineOf(match.index)}: ${match[1]} must use https: Office loads add-ins only over https.`,
    );
  }
  const ids = new Set([...xml.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  for (const match of xml.matchAll(/\sresid="([^"]+)"/g)) {
    if (!ids.has(match[1])) {
      problems.push(
        `${fileName}:${lineOf(match.index)}: resid "${match[1]}" has no resource with that id under <Resources>.`,
      );
    }
  }
  return problems;
}

async function main() {
  const target = resolve(process.argv[2] ?? resolve(repoRoot, 'manifest.xml'));
  let xml;
  try {
    xml = await readFile(target, 'utf8');
  } catch {
    console.error(`Cannot read the manifest ${target}: check the path.`);
    return 2;
  }
  const { main, preload } = await loadSchemas();
  const result = await validateXML({
    xml: [{ fileName: basename(target), contents: xml }],
    schema: [main],
    preload,
  });
  const problems = [...result.errors.map((e) => e.rawMessage), ...checkReferences(xml, basename(target))];
  if (problems.length === 0) {
    console.log(
      `${basename(target)} is valid against ${MAIN_SCHEMA}; all URLs are https and every resid resolves.`,
    );
    return 0;
  }
  console.error(
    `${basename(target)} is not a valid add-in manifest. Fix these and run npm run validate again:`,
  );
  for (const problem of problems) console.error(`  ${problem}`);
  return 1;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  },
);
