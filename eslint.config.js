// ESLint flat config. Not type-aware on purpose (fast); `npm run typecheck` does the type checks.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import pluginVue from 'eslint-plugin-vue';
import tseslint from 'typescript-eslint';

// shared/ is the pure model: no Electron, no Node built-ins, no UI framework (see docs/architecture.md).
// A regex, not gitignore-style patterns, so that relative imports such as './util/x.ts' or
// './path.ts' are never mistaken for the built-ins 'util' or 'path'.
const nodeBuiltins = [...new Set(builtinModules.map((name) => name.split('/')[0]))].filter((n) => !n.startsWith('_'));
const sharedForbiddenImport = `^(?:node:.*|(?:electron|vue|pinia|${nodeBuiltins.join('|')})(?:/.*)?|@vue/.*)$`;
// workbook/ is a presentation layer hosted by main/ and by the renderer's browser export: it may
// import only exceljs, jszip (to add chart parts to the package), its own files and shared/.
const workbookForbiddenImport = '^(?!(?:\\./[^.]|\\.\\./shared/|exceljs$|jszip$)).*';

// The other layers (docs/architecture.md): renderer/ runs in a sandboxed page and talks to main
// only through the bridge; main/ never reaches into the renderer; bench/ and scripts/ use the
// public modules, not the tests' support code.
const layerRules = [
  {
    files: ['renderer/**/*.{ts,vue}'],
    regex: `^(?:(?:\\.\\./)+main/.*|node:.*|electron(?:/.*)?|(?:${nodeBuiltins.join('|')})(?:/.*)?)$`,
    message: 'renderer/ may not import main/, Electron or Node built-ins: it talks to main only through the bridge.',
  },
  {
    files: ['main/**/*.ts'],
    regex: '^(?:\\.\\./)+renderer/',
    message: 'main/ may not import renderer/: the renderer is a separate process behind the bridge.',
  },
  {
    files: ['bench/**/*.ts', 'scripts/**/*.ts'],
    regex: '^(?:\\.\\./)+test/',
    message: 'bench/ and scripts/ use public modules, not test support (move shared tooling to scripts/support/).',
  },
];

export default defineConfig([
  globalIgnores(['node_modules/', '.vite/', 'out/', 'dist-web/', 'test-results/', 'schema/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' },
    },
    rules: {
      // TypeScript (vue-tsc) resolves globals; no-undef does not know DOM or TS types.
      'no-undef': 'off',
    },
  },
  {
    files: ['**/*.{ts,vue}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Layout is Prettier's job; these eslint-plugin-vue style rules would fight it.
    files: ['**/*.vue'],
    rules: {
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-indent': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/first-attribute-linebreak': 'off',
    },
  },
  {
    files: ['shared/**/*.{ts,js}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: sharedForbiddenImport,
              message: 'shared/ must stay pure: no Electron, Node built-ins, Vue or Pinia imports.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['workbook/**/*.{ts,js}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: workbookForbiddenImport,
              message: 'workbook/ may import only exceljs, jszip, its own files and shared/ (not main/ or renderer/).',
            },
          ],
        },
      ],
    },
  },
  ...layerRules.map(({ files, regex, message }) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex, message }] }] },
  })),
]);
