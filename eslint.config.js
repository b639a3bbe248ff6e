import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

import svelteConfig from './svelte.config.js';

/** Globals that would make the model impure or browser-bound. */
const MODEL_FORBIDDEN_GLOBALS = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator'].map(
  (name) => ({ name, message: `models/ must stay pure and environment-free: do not use \`${name}\`.` }),
);

export default defineConfig(
  // AssemblyScript (models/wasm/assembly/) is checked by its compiler (npm run build:wasm, test/models/wasmBuild.test.ts).
  globalIgnores([
    'dist/',
    'node_modules/',
    'coverage/',
    'test-results/',
    'screenshots/',
    '.vite/',
    'models/wasm/assembly/',
  ]),
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { extraFileExtensions: ['.svelte'] },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    // The model layer is pure TypeScript: deterministic, no DOM, no UI libraries.
    files: ['models/**/*.ts', 'models/**/*.js'],
    rules: {
      'no-restricted-globals': ['error', ...MODEL_FORBIDDEN_GLOBALS],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'models/ must be deterministic: take a seeded RNG as a parameter instead of Math.random.',
        },
        { object: 'globalThis', property: 'window', message: 'models/ must not touch `window`.' },
        { object: 'globalThis', property: 'document', message: 'models/ must not touch `document`.' },
        { object: 'globalThis', property: 'localStorage', message: 'models/ must not touch `localStorage`.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'svelte', message: 'models/ must not depend on the UI framework.' },
            { name: 'chart.js', message: 'models/ must not depend on charting.' },
          ],
          patterns: [
            {
              group: ['svelte/*', 'chart.js/*', '*.svelte'],
              message: 'models/ must not depend on the UI layer.',
            },
            {
              regex: '^(\\.\\./)+src(/|$)',
              message:
                'models/ must not import from src/ (dependencies point from src/ to models/, never back).',
            },
            { regex: '^/?src(/|$)', message: 'models/ must not import from src/.' },
          ],
        },
      ],
    },
  },
);
