import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { fileURLToPath } from 'node:url';
import { startEmbeddedDatabase } from './embedded-database.js';

const here = path.dirname(fileURLToPath(import.meta.url));

describe('embedded PostgreSQL', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'intervisie-embedded-'));
  fs.chmodSync(dir, 0o755);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('recovers by itself after its parent process was SIGKILLed (orphaned postmaster, stale postmaster.pid)', async () => {
    const dataDir = path.join(dir, 'pg');
    // A child process starts the cluster and writes a row, then gets SIGKILLed like a crashed `npm start`.
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'test/start-and-hang.fixture.ts'), dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const match = chunk.toString().match(/READY (\S+)/);
        if (match?.[1]) resolve(match[1]);
      });
      child.on('exit', (code) => reject(new Error(`fixture exited early with ${code}`)));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(true);

    const db = await startEmbeddedDatabase({ dataDir, persistent: true });
    try {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const rows = await client.query('SELECT note FROM crash_probe');
      const encoding = await client.query('SHOW server_encoding');
      await client.end();
      expect(rows.rows).toEqual([{ note: 'geschreven vóór de crash' }]);
      expect(encoding.rows[0].server_encoding).toBe('UTF8');
      expect(url).toMatch(/^postgres:\/\//);
    } finally {
      await db.stop();
    }
  }, 120_000);
});
