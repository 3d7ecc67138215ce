import { defineConfig } from 'vitest/config';
import { libAliases } from '../../vitest.shared.js';

export default defineConfig({
  resolve: { alias: libAliases },
  test: {
    include: ['src/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['src/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: api integration files each boot a Nest app and a database; two at a time is plenty.
    maxWorkers: 2,
  },
});
