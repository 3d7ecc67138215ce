import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase } from '../database/embedded-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}

/**
 * One real PostgreSQL for the whole api test run: TEST_DATABASE_URL / DATABASE_URL when given,
 * else an embedded cluster in a throw-away folder. Each test file gets its own database on it.
 */
export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (external) {
    project.provide('adminDatabaseUrl', external);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'intervisie-test-pg-'));
  // As root, PostgreSQL runs as the 'postgres' user, which must be able to enter this folder.
  fs.chmodSync(dir, 0o755);
  const db = await startEmbeddedDatabase({ dataDir: path.join(dir, 'pg'), persistent: false });
  project.provide('adminDatabaseUrl', db.url);
  return async () => {
    await db.stop().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
