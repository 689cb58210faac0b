// Lint rules for the whole repository (flat config): ESLint's recommended rules, typescript-eslint's
// recommended rules for TypeScript, and the React hooks rules for the dashboard.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  // Generated or vendored files: build output, bundled ingest output, map geometry, local run output.
  globalIgnores(['dist/', 'node_modules/', 'data/', 'geo/', 'coverage/', '.bench/', 'test-results/']),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // A leading underscore marks a parameter or binding that is unused on purpose (callbacks, destructuring).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // The dashboard runs in the browser; its components follow the rules of hooks.
  {
    files: ['src/app/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // Only says that React Compiler would skip memoising a component (e.g. one using TanStack Virtual's
      // useVirtualizer); the project does not build with React Compiler, so there is nothing to fix.
      'react-hooks/incompatible-library': 'off',
    },
  },

  // Component tests render the dashboard, so they follow the same hook rules.
  {
    files: ['test/app/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },

  // Ingest, tests, benchmarks and config files run in Node.
  {
    files: ['src/ingest/**', 'test/**', 'bench/**', '*.config.{js,ts}', 'test/e2e/**'],
    languageOptions: { globals: { ...globals.node } },
  },
]);
