import { defineConfig } from 'vitest/config';
import { libAliases } from '../../vitest.shared.js';

export default defineConfig({
  resolve: { alias: libAliases },
  test: {
    include: ['src/**/*.spec.ts'],
    environment: 'node',
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.spec.ts', 'src/**/test/**'],
      thresholds: { statements: 95 },
      reporter: ['text-summary'],
    },
  },
});
