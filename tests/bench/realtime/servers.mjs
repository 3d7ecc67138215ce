// Starting and watching the servers under test, each a fresh child process.
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

export async function startApi({ databaseUrl, redisUrl }) {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-api-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  // Started as production starts it (`npm start`, docker/Dockerfile): same V8 flag.
  const server = child(process.execPath, ['--max-semi-space-size=4', path.join(root, 'apps/api/dist/main.js')], {
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
