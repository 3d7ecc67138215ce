import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../database/embedded-database.js';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BUILT_MAIN = path.join(apiRoot, 'dist/main.js');
export const hasBuiltApi = () => fs.existsSync(BUILT_MAIN);

export interface ChildApi {
  baseUrl: string;
  port: number;
  process: ChildProcess;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * The built api as a real separate process (for SIGKILL and multi-process tests). Requires
 * `npm run build`; `npm test` builds before it runs these.
 */
export async function startChildApi(env: { DATABASE_URL: string; REDIS_URL?: string; PORT?: number; PUBLIC_URL?: string }): Promise<ChildApi> {
  const port = env.PORT ?? (await freePort());
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'intervisie-child-'));
  const publicUrl = env.PUBLIC_URL ?? `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [BUILT_MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: env.DATABASE_URL,
      REDIS_URL: env.REDIS_URL ?? '',
      PUBLIC_URL: publicUrl,
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
    },
    stdio: ['ignore', process.env.CHILD_API_LOGS ? 'inherit' : 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`child api exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/health/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('child api did not become ready');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    baseUrl,
    port,
    process: child,
    kill: async (signal: NodeJS.Signals = 'SIGTERM') => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill(signal);
      await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
