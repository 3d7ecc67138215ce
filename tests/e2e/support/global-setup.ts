import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    dataDir: string;
  }
}

/** A platform administrator (ADMIN_EMAIL/ADMIN_PASSWORD), for the administration console and Vraag en advies. */
export const E2E_ADMIN = { email: 'beheer@e2e.example', password: 'beheer-wachtwoord-e2e' };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Starts the product exactly as `npm start` runs it (built api serving the built web client,
 * embedded PostgreSQL, demo data) in a throw-away data folder, on free ports.
 */
export default async function setup(project: TestProject) {
  const main = path.join(root, 'apps/api/dist/main.js');
  if (!fs.existsSync(main) || !fs.existsSync(path.join(root, 'apps/web/dist/index.html'))) {
    throw new Error('Build first: npm run build (npm test does this).');
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'intervisie-e2e-'));
  fs.chmodSync(dataDir, 0o755);
  const port = await freePort();
  const pgPort = await freePort();
  const baseUrl = `http://localhost:${port}`;
  // The V8 flags of `npm start` and the Dockerfile: the tests run what production runs. The job
  // runner polls every second instead of every 15 (a window opened by the clock shows up at once).
  const server: ChildProcess = spawn(process.execPath, ['--max-semi-space-size=4', '--heap-growing-percent=10', main], {
    cwd: root,
    env: { ...process.env, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), DATA_DIR: dataDir, PUBLIC_URL: baseUrl, SEED_DEMO: 'true', LOG_LEVEL: 'warn', JOB_POLL_SECONDS: '1', DATABASE_URL: '', ADMIN_EMAIL: E2E_ADMIN.email, ADMIN_PASSWORD: E2E_ADMIN.password },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitForReady(baseUrl, server);
  project.provide('baseUrl', baseUrl);
  project.provide('dataDir', dataDir);
  return async () => {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

async function waitForReady(baseUrl: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the product exited with ${server.exitCode} before it was ready`);
    try {
      const response = await fetch(`${baseUrl}/health/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the product did not become ready within 90 s');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
