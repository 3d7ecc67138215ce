import { defineConfig } from 'vitest/config';
// The shared aliases are workspace tooling, not a library dependency, so the boundary rule does not apply.
// eslint-disable-next-line @nx/enforce-module-boundaries
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
