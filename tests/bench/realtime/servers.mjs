// Starting and watching the servers under test, each a fresh child process.
import pg from 'pg';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';

export const root = path.resolve(new URL('.', import.meta.url).pathname, '../../..');

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitUntil(check, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function canConnect(port) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => { s.end(); resolve(true); });
    s.on('error', () => resolve(false));
  });
}

function child(command, args, env) {
  const proc = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  return {
    pid: proc.pid,
    proc,
    async stop() {
      if (proc.exitCode !== null) return;
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      await exited;
    },
  };
}

export async function startRawRelay() {
  const port = await freePort();
  const server = child(process.execPath, [path.join(root, 'tests/bench/realtime/raw-relay.mjs')], { PORT: String(port) });
  await waitUntil(() => canConnect(port), 10_000, 'raw relay');
  return { ...server, pids: [server.pid], wsUrl: (doc) => `ws://127.0.0.1:${port}/${doc}` };
}

export async function startReferenceServer() {
  const port = await freePort();
  const server = child(process.execPath, [path.join(root, 'node_modules/@y/websocket-server/src/server.js')], { HOST: '127.0.0.1', PORT: String(port) });
  await waitUntil(() => canConnect(port), 10_000, 'reference server');
  return { ...server, pids: [server.pid], wsUrl: (doc) => `ws://127.0.0.1:${port}/${doc}` };
}

/**
 * Extra node flags for every api process (`--api-flags=...`, e.g. --cpu-prof while profiling),
 * and which build to start (`--api-main=...`, to compare two builds on the same machine).
 */
let apiFlags = [];
let apiMain = path.join(root, 'apps/api/dist/main.js');
export function setApiOptions({ flags, main }) {
  if (flags) apiFlags = flags;
  if (main) apiMain = path.resolve(main);
}

export async function startApi({ databaseUrl, redisUrl }) {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-api-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  // Started as production starts it (`npm start`, docker/Dockerfile): same V8 flags.
  const server = child(process.execPath, ['--max-semi-space-size=4', '--heap-growing-percent=10', ...apiFlags, apiMain], {
    PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, REDIS_URL: redisUrl ?? '', PUBLIC_URL: baseUrl,
    DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'warn', EXPOSE_METRICS: 'true', NODE_ENV: 'production',
  });
  await waitUntil(async () => {
    try { return (await fetch(`${baseUrl}/health/ready`)).ok; } catch { return false; }
  }, 60_000, 'api ready');
  return { ...server, pids: [server.pid], baseUrl, wsUrl: (doc) => `ws://127.0.0.1:${port}/collab/${doc}` };
}

export async function startRedis() {
  const port = await freePort();
  const server = child('/usr/bin/redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {});
  await waitUntil(() => canConnect(port), 10_000, 'redis');
  return { ...server, url: `redis://127.0.0.1:${port}` };
}

/** CPU seconds (user + system) and RSS of a process, from /proc. */
export function processSample(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return { cpuSeconds: ticks / 100, rssBytes: rssKb * 1024 };
}

/** Watches processes during a window: CPU % over the window and the peak RSS. */
export function watchProcesses(pids) {
  const start = pids.map((pid) => processSample(pid));
  const startedAt = performance.now();
  const peak = pids.map((_, i) => start[i].rssBytes);
  const timer = setInterval(() => {
    pids.forEach((pid, i) => {
      try { peak[i] = Math.max(peak[i], processSample(pid).rssBytes); } catch { /* exited */ }
    });
  }, 250);
  return () => {
    clearInterval(timer);
    const seconds = (performance.now() - startedAt) / 1000;
    return pids.map((pid, i) => {
      const end = processSample(pid);
      return { pid, cpuPercent: ((end.cpuSeconds - start[i].cpuSeconds) / seconds) * 100, peakRssBytes: Math.max(peak[i], end.rssBytes) };
    });
  };
}

/** Busy CPU seconds of the whole machine (all cores), from /proc/stat. */
function machineBusySeconds() {
  const [cpu] = fs.readFileSync('/proc/stat', 'utf8').split('\n');
  const [, user, nice, system, , , irq, softirq, steal] = cpu.trim().split(/\s+/).map(Number);
  return (user + nice + system + irq + softirq + steal) / 100;
}

/** CPU seconds of this process and every process it started (servers, PostgreSQL, Redis), and of PostgreSQL's processes alone. */
function harnessCpuSeconds() {
  const parents = new Map();
  const cpu = new Map();
  const names = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      cpu.set(Number(entry), (Number(fields[11]) + Number(fields[12])) / 100);
      names.set(Number(entry), stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
    } catch { /* gone */ }
  }
  const ours = (pid) => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; p = parents.get(p) ?? 0, hops++) if (p === process.pid) return true;
    return false;
  };
  let total = 0;
  let postgres = 0;
  for (const [pid, seconds] of cpu) {
    if (!ours(pid)) continue;
    total += seconds;
    if (names.get(pid) === 'postgres') postgres += seconds;
  }
  return { total, postgres };
}

/**
 * Watches the machine during a window: how many cores were busy in all, how much of that was
 * this benchmark (generator, servers, PostgreSQL, Redis) and how much other processes took —
 * the benchmark shares the machine with whatever else runs, and says so.
 */
export function watchMachine() {
  const busy0 = machineBusySeconds();
  const ours0 = harnessCpuSeconds();
  const load0 = os.loadavg()[0];
  const startedAt = performance.now();
  return () => {
    const seconds = (performance.now() - startedAt) / 1000;
    const busy = (machineBusySeconds() - busy0) / seconds;
    const ours1 = harnessCpuSeconds();
    const ours = (ours1.total - ours0.total) / seconds;
    return { cores: os.cpus().length, busyCores: busy, benchmarkCores: ours, postgresCores: (ours1.postgres - ours0.postgres) / seconds, otherCores: Math.max(0, busy - ours), loadAverage1m: [load0, os.loadavg()[0]] };
  };
}

/**
 * Waits (up to `maxSeconds`) until other processes use less than `maxOtherCores` of the
 * machine, sampled over 3-second windows; returns what it saw. Nothing is refused: a run on a
 * busy machine is measured anyway, and the report says how busy it was.
 */
export async function waitForQuiet({ maxSeconds, maxOtherCores = 0.15 }) {
  const started = performance.now();
  for (;;) {
    const stop = watchMachine();
    await new Promise((r) => setTimeout(r, 3000));
    const sample = stop();
    const waitedSeconds = (performance.now() - started) / 1000;
    if (sample.otherCores < maxOtherCores || waitedSeconds >= maxSeconds) return { waitedSeconds, otherCores: sample.otherCores, quiet: sample.otherCores < maxOtherCores };
  }
}

/**
 * How long the api's database connections waited for the disk to flush PostgreSQL's WAL
 * (wait event `WalSync`) while a run lasted: pg_stat_activity sampled every 20 ms, consecutive
 * samples of one backend joined into one wait. A commit is durable only after that flush, so
 * the durable-write lag can never be shorter than the longest such wait: this separates the
 * disk's share of the lag from ours.
 */
export function watchWalSync(databaseUrl, { intervalMs = 20 } = {}) {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'bench-wal-watch' });
  const open = new Map();
  const waits = [];
  let samples = 0;
  let running = true;
  const close = (pid, at) => {
    const startedAt = open.get(pid);
    open.delete(pid);
    waits.push(at - startedAt + intervalMs);
  };
  const loop = (async () => {
    await client.connect();
    while (running) {
      const { rows } = await client.query(`SELECT pid FROM pg_stat_activity WHERE application_name = 'intervisie-api' AND state = 'active' AND wait_event = 'WalSync'`);
      const at = performance.now();
      samples++;
      const seen = new Set(rows.map((r) => r.pid));
      for (const pid of seen) if (!open.has(pid)) open.set(pid, at);
      for (const pid of [...open.keys()]) if (!seen.has(pid)) close(pid, at);
      await new Promise((r) => setTimeout(r, intervalMs));
    }
    for (const pid of [...open.keys()]) close(pid, performance.now());
    await client.end();
  })();
  return async () => {
    running = false;
    await loop;
    waits.sort((a, b) => a - b);
    return { samples, intervalMs, walSyncWaitsSeen: waits.length, longestWalSyncMs: waits.at(-1) ?? 0, walSyncOver100Ms: waits.filter((w) => w > 100).length, walSyncOver250Ms: waits.filter((w) => w > 250).length };
  };
}
