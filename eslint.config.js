import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Import direction (DESIGN.md): model ← analysis ← io ← store ← map ← ui ← app.
 * Each layer lists what it must not reach; the lint fails when one does.
 */
const layer = (name) => [`**/${name}`, `**/${name}/**`];
const REACT = ['react', 'react-dom', 'react-dom/*', 'react/*'];
const D3_DOM = ['d3-selection', 'd3-zoom', 'd3-drag', 'd3-transition', 'd3'];
const D3_ANY = ['d3', 'd3-*'];

function forbid(files, groups, message) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  forbid(
    ['src/model/**'],
    [...REACT, ...D3_ANY, 'zustand', 'zustand/*', ...['analysis', 'io', 'store', 'map', 'ui', 'app'].flatMap(layer)],
    'model/ is the bottom layer: zod only, no React, DOM, d3 or other layers.',
  ),
  forbid(
    ['src/analysis/**'],
    [...REACT, ...D3_DOM, 'zustand', 'zustand/*', ...['io', 'store', 'map', 'ui', 'app'].flatMap(layer)],
    'analysis/ is pure functions over a Dataset: model and graph libraries only, no React or DOM.',
  ),
  forbid(
    ['src/io/**'],
    [...REACT, ...D3_DOM, 'zustand', 'zustand/*', ...['store', 'map', 'ui', 'app'].flatMap(layer)],
    'io/ converts formats: it may use model and analysis only.',
  ),
  forbid(
    ['src/store/**'],
    [...D3_ANY, ...['map', 'ui', 'app'].flatMap(layer)],
    'store/ holds state: it may use model, analysis and io, never the map, UI or d3.',
  ),
  forbid(
    ['src/map/**'],
    [...['ui', 'app', 'io'].flatMap(layer)],
    'map/ may use store, analysis and model; panels live in ui/.',
  ),
  forbid(
    ['src/ui/**'],
    [...D3_ANY, ...layer('app')],
    'Components do not use d3: the map owns its d3 code behind MapView. ui/ may not import app/.',
  ),
  forbid(['src/app/**'], [...D3_ANY], 'The app shell does not use d3: the map owns its d3 code.'),
);
