// Lint is where the architecture is enforced: each layer may import only the layers below it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((group) => ({ group: [group], message })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      // playwright.config.ts sits at the root, outside tsconfig's src/test/bench.
      parserOptions: {
        projectService: { allowDefaultProject: ['playwright.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'office-addins': officeAddins, 'react-hooks': reactHooks },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  layer(
    ['src/core/**'],
    ['**/excel/**', '**/excel-sim/**', '**/ui/**', '**/taskpane/**', '**/preview/**', '**/cli/**', 'react', 'react-dom', '@fluentui/*', '@microsoft/*', 'node:*', 'fs', 'path'],
    'src/core is the pure domain: it may not import office.js, React, Node or other layers.',
  ),
  layer(
    ['src/excel/**'],
    ['**/ui/**', '**/taskpane/**', '**/preview/**', '**/cli/**', '**/excel-sim/**', 'react', 'react-dom', '@fluentui/*'],
    'src/excel talks to Excel only; it is given a host and never knows whether it is simulated.',
  ),
  layer(
    ['src/excel-sim/**'],
    ['**/ui/**', '**/taskpane/**', '**/preview/**', '**/cli/**', 'react', 'react-dom', '@fluentui/*'],
    'src/excel-sim is a host: it may not depend on the UI.',
  ),
  layer(
    ['src/xlsx/**'],
    ['**/excel/**', '**/excel-sim/**', '**/ui/**', '**/taskpane/**', '**/preview/**', '**/cli/**', 'react', 'react-dom', '@fluentui/*', '@microsoft/*', 'node:*', 'fs', 'path', 'exceljs'],
    'src/xlsx writes .xlsx bytes from report layouts, in the browser and in Node: it may import src/core and fflate only.',
  ),
  {
    // ...and of src/core only the types (the report layout), so the writer stays a leaf any layer can use.
    files: ['src/xlsx/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/core/**'], allowTypeImports: true, message: 'src/xlsx may import src/core types only.' }] },
      ],
    },
  },
  layer(
    ['src/ui/**'],
    ['**/excel-sim/**', '**/taskpane/**', '**/preview/**', '**/cli/**'],
    'src/ui components take props and call callbacks; the entries wire them to a host.',
  ),
);
