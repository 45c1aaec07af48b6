import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'build', 'dist', 'migrations', 'test-results', 'playwright-report', '.electron-native'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src-renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // The renderer never touches Node: it may import only types from the back end.
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/src-main/**', 'node:*', 'better-sqlite3', 'drizzle-orm*'], allowTypeImports: true, message: 'The renderer imports only types from src-main, and nothing from Node.' }] }],
    },
  },
);
