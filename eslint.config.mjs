// One flat config for the whole monorepo. The layer rules (docs/architecture.md) are errors.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const ioModules = [
  'fs', 'node:*', 'fs/*', 'path', 'child_process', 'http', 'https', 'net', 'os', 'worker_threads',
  'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', '@claimdesk/db', '@claimdesk/db/*', '@claimdesk/api',
  '@claimdesk/api/*', '@claimdesk/auth', '@claimdesk/auth/*', 'next', 'next/*', 'next-auth', 'next-auth/*', 'react',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**', '**/.next/**', '**/dist/**', '**/.turbo/**', '**/next-env.d.ts',
      'packages/db/migrations/**', 'demo/**', 'tests/e2e/artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // The functional core: no I/O, no database, no framework.
    files: ['packages/claim-model/src/**/*.ts'],
    ignores: ['packages/claim-model/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ioModules, message: 'claim-model is pure: no I/O, no db, no framework.' }] }],
      'no-restricted-globals': ['error', 'process', 'fetch', 'require'],
    },
  },
  {
    // Routers are transport only: they call use cases, never drizzle or SQLite.
    files: ['packages/api/src/routers/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['drizzle-orm', 'drizzle-orm/*', 'better-sqlite3', '@claimdesk/db/schema'], message: 'Routers call use cases; data access lives in use cases and @claimdesk/db.' }],
      }],
    },
  },
  {
    // Only the env modules read process.env.
    files: ['packages/*/src/**/*.ts', 'apps/*/src/**/*.{ts,tsx}'],
    ignores: ['**/env.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through the package env module.' }],
    },
  },
  {
    files: ['apps/dashboard/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
