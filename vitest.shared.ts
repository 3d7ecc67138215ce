import { fileURLToPath } from 'node:url';

/** Lets Vitest read the libs' TypeScript sources directly, so tests never depend on a stale build. */
export const libAliases = {
  '@mao/domain': fileURLToPath(new URL('./libs/domain/src/index.ts', import.meta.url)),
  '@mao/intervisie-method': fileURLToPath(new URL('./libs/intervisie-method/src/index.ts', import.meta.url)),
};
