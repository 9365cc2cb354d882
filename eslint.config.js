// Lint gate: zero warnings (`eslint --max-warnings 0`). Besides the usual TypeScript and React
// rules it enforces the one-way dependency layout of docs/ARCHITECTURE (core <- workers/charts
// <- explainers <- app; cli uses core only) and that explainers never import each other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import { readdirSync, existsSync } from 'node:fs';

const explainerDirs = existsSync('src/explainers')
  ? readdirSync('src/explainers', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  : [];

// Each explainer may import from core, workers, charts and itself, never from a sibling.
const explainerZones = explainerDirs.map((dir) => ({
  target: `./src/explainers/${dir}`,
  from: './src/explainers',
  except: [`./${dir}`],
  message: 'Explainers never import each other: move shared code to charts/ or core/.',
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-bench',
      'node_modules',
      'artifacts',
      'test-results',
      'playwright-report',
      'public',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/core',
              from: [
                './src/workers',
                './src/ui',
                './src/charts',
                './src/explainers',
                './src/app',
                './src/cli',
              ],
              message: 'core is pure: it imports nothing above it.',
            },
            {
              target: './src/workers',
              from: ['./src/ui', './src/charts', './src/explainers', './src/app', './src/cli'],
              message: 'workers/ sits below ui, charts, explainers and app.',
            },
            {
              target: './src/ui',
              from: ['./src/charts', './src/explainers', './src/app', './src/cli'],
              message: 'ui/ (shared React hooks and the language context) sits below charts.',
            },
            {
              target: './src/charts',
              from: ['./src/explainers', './src/app', './src/cli'],
              message: 'charts/ sits below explainers and app.',
            },
            {
              target: './src/explainers',
              from: ['./src/app', './src/cli'],
              message: 'explainers sit below app.',
            },
            {
              target: './src/cli',
              from: ['./src/workers', './src/ui', './src/charts', './src/explainers', './src/app'],
              message: 'the CLI uses core only.',
            },
            ...explainerZones,
          ],
        },
      ],
    },
  },
  {
    // core: no React, no DOM, no d3-selection, no ambient randomness or clock.
    files: ['src/core/**/*.ts'],
    // Tests may read fixtures with node:fs; the code under test may not.
    ignores: ['src/core/**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'd3-selection', 'd3-transition', 'd3-axis', 'd3'],
          patterns: ['react-dom/*', 'node:*'],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'self', 'navigator', 'localStorage'],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Use the seeded generator in core/random.ts.',
        },
        { object: 'Date', property: 'now', message: 'core takes time as a parameter.' },
      ],
    },
  },
  {
    // d3 computes, React renders: the DOM-touching d3 modules are banned everywhere.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['d3-selection', 'd3-transition', 'd3-axis', 'd3'] },
      ],
    },
  },
);
