// One lint config for the whole workspace. The module-boundary rule is what keeps the
// architecture honest: apps → libs, intervisie-method → domain, domain → nothing,
// and the libs import no framework.
import nx from '@nx/eslint-plugin';
import js from '@eslint/js';
import globals from 'globals';

const frameworks = [
  '@nestjs/*', 'typeorm', 'pg', 'express', 'react', 'react-dom', 'react-router',
  'socket.io', 'socket.io-client', 'yjs', 'y-*', 'ws', 'ioredis', 'nodemailer', 'argon2',
];

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', '.data/**', '.nx/**', 'tests/.artifacts/**'] },
  js.configs.recommended,
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:domain', onlyDependOnLibsWithTags: [], bannedExternalImports: frameworks },
            { sourceTag: 'scope:method', onlyDependOnLibsWithTags: ['scope:domain'], bannedExternalImports: frameworks },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:domain', 'scope:method'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:domain', 'scope:method'] },
            { sourceTag: 'scope:tests', onlyDependOnLibsWithTags: ['scope:domain', 'scope:method', 'scope:api', 'scope:web'] },
          ],
        },
      ],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] },
  },
  {
    // Tool configs reach the shared workspace config at the root; they are not project code.
    files: ['**/vitest.config.ts', '**/vite.config.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
  },
];
