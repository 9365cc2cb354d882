// Lint gate: zero warnings (`eslint --max-warnings 0`). Besides the usual TypeScript and React
// rules it enforces the one-way dependency layout (core <- workers <- ui <- charts <-
// explainers <- app; cli uses core only), that explainers never import each other, and that
// core stays pure. It uses ESLint's own no-restricted-imports (import paths are relative, so a
// layer is recognised by its folder name in the path): no resolver plugin, whose native
// bindings the package registry here does not carry for every platform.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync, existsSync } from 'node:fs';

const explainerDirs = existsSync('src/explainers')
  ? readdirSync('src/explainers', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  : [];

/** An import of any module in one of `layers` (top-level folders of src/). */
const layerPatterns = (layers, message) => ({
  group: layers.flatMap((layer) => [`**/${layer}`, `**/${layer}/**`, `./${layer}/**`]),
  message,
});

const DOM_D3 = ['d3-selection', 'd3-transition', 'd3-axis', 'd3'];
const DOM_D3_MESSAGE = 'd3 computes, React renders: no DOM-touching d3 modules.';

/** The restrictions of one layer: folders above it, plus any extra paths and patterns. */
function layerRule(above, message, extra = { paths: [], patterns: [] }) {
  return [
    'error',
    {
      paths: [...DOM_D3.map((name) => ({ name, message: DOM_D3_MESSAGE })), ...extra.paths],
      patterns: [...(above.length ? [layerPatterns(above, message)] : []), ...extra.patterns],
    },
  ];
}

const layers = [
  {
    files: ['src/workers/**/*.{ts,tsx}'],
    above: ['ui', 'charts', 'explainers', 'app', 'cli'],
    message: 'workers/ sits below ui, charts, explainers and app.',
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    above: ['charts', 'explainers', 'app', 'cli'],
    message: 'ui/ (shared React hooks and the language context) sits below charts.',
  },
  {
    files: ['src/charts/**/*.{ts,tsx}'],
    above: ['explainers', 'app', 'cli'],
    message: 'charts/ sits below explainers and app.',
  },
  {
    files: ['src/cli/**/*.{ts,tsx}'],
    above: ['workers', 'ui', 'charts', 'explainers', 'app'],
    message: 'the CLI uses core only.',
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/main.tsx'],
    above: ['cli'],
    message: 'the app does not use the CLI.',
  },
];

// Each explainer may import from core, workers, ui, charts and itself, never from a sibling.
const explainerConfigs = explainerDirs.map((dir) => ({
  files: [`src/explainers/${dir}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': layerRule(['app', 'cli'], 'explainers sit below app.', {
      paths: [],
      patterns: [
        {
          group: explainerDirs
            .filter((other) => other !== dir)
            .flatMap((other) => [`**/${other}`, `**/${other}/**`]),
          message: 'Explainers never import each other: move shared code to charts/ or core/.',
        },
      ],
    }),
  },
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'artifacts',
      'test-results',
      'test-results-*',
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
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...layers.map(({ files, above, message }) => ({
    files,
    rules: { 'no-restricted-imports': layerRule(above, message) },
  })),
  ...explainerConfigs,
  {
    // core: no React, no DOM, no d3-selection, no ambient randomness or clock.
    files: ['src/core/**/*.ts'],
    // Tests may read fixtures with node:fs; the code under test may not.
    ignores: ['src/core/**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': layerRule(
        ['workers', 'ui', 'charts', 'explainers', 'app', 'cli'],
        'core is pure: it imports nothing above it.',
        {
          paths: [
            { name: 'react', message: 'core is pure: no React.' },
            { name: 'react-dom', message: 'core is pure: no React.' },
          ],
          patterns: [
            { group: ['react-dom/*', 'node:*'], message: 'core is pure: no DOM or Node.' },
          ],
        },
      ),
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
);
