// The disk's share of the durable-write lag, without the api: batched INSERTs (80 rows, one
// every 40 ms, as the persistence queue writes them) on a fresh embedded PostgreSQL for several
// minutes, with the commit latency of each, the checkpoints, and the inserting backend's wait
// events sampled every 20 ms. Not part of `npm run bench`; run it to see whether slow commits
// are PostgreSQL's or the disk's:
//   node tests/bench/realtime/commit-probe.mjs [seconds=420]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedDatabase } from '@mao/api/embedded-database';

const SECONDS = Number(process.argv[2] ?? 420);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'probe-pg-'));
fs.chmodSync(dataDir, 0o755);
const db = await startEmbeddedDatabase({ dataDir: path.join(dataDir, 'pg'), persistent: false });
const writer = new pg.Client({ connectionString: db.url });
const watcher = new pg.Client({ connectionString: db.url });
await writer.connect();
await watcher.connect();
await writer.query('CREATE TABLE probe_updates (id bigserial PRIMARY KEY, document_name text NOT NULL, update bytea NOT NULL)');
await writer.query('CREATE INDEX ON probe_updates (document_name, id)');
const { rows: [{ pid }] } = await writer.query('SELECT pg_backend_pid() AS pid');
const t0 = performance.now();
const waits = [];
let running = true;
const sampling = (async () => {
  while (running) {
    const { rows: [w] } = await watcher.query('SELECT wait_event_type, wait_event, state FROM pg_stat_activity WHERE pid = $1', [pid]);
    if (w?.state === 'active' && w.wait_event) waits.push([Math.round(performance.now() - t0), `${w.wait_event_type}:${w.wait_event}`]);
    await new Promise((r) => setTimeout(r, 20));
  }
})();
const checkpoints = [];
let lastCount = null;
const slow = [];
const latencies = [];
const payload = Buffer.alloc(40, 7);
while (performance.now() - t0 < SECONDS * 1000) {
  const start = performance.now();
  const values = [];
  const params = [];
  for (let i = 0; i < 80; i++) {
    values.push(`($${i * 2 + 1}, $${i * 2 + 2})`);
    params.push(`doc-${i % 50}`, payload);
  }
  await writer.query(`INSERT INTO probe_updates (document_name, update) VALUES ${values.join(', ')}`, params);
  const ms = performance.now() - start;
  latencies.push(ms);
  const at = Math.round(start - t0);
  if (ms > 100) slow.push([at, Math.round(ms)]);
  if (latencies.length % 25 === 0) {
    const { rows: [{ n }] } = await watcher.query('SELECT num_timed + num_requested AS n FROM pg_stat_checkpointer');
    if (n !== lastCount) checkpoints.push([at, Number(n)]);
    lastCount = n;
  }
  await new Promise((r) => setTimeout(r, Math.max(0, 40 - ms)));
}
running = false;
await sampling;
latencies.sort((a, b) => a - b);
const q = (p) => latencies[Math.floor(p * (latencies.length - 1))].toFixed(1);
console.log(`${latencies.length} commits: p50 ${q(0.5)} ms, p99 ${q(0.99)} ms, max ${q(1)} ms`);
console.log('checkpoints completed [ms since start, count]:', JSON.stringify(checkpoints));
console.log('commits over 100 ms [ms since start, duration]:', JSON.stringify(slow));
const counts = {};
for (const [, w] of waits) if (w !== 'Client:ClientRead') counts[w] = (counts[w] ?? 0) + 1;
console.log('wait events of the inserting backend (20 ms samples):', JSON.stringify(counts));
for (const [s, d] of slow) console.log(`  commit at ${s} ms (${d} ms) waited on: ${[...new Set(waits.filter(([t]) => t >= s - 20 && t <= s + d + 20).map(([, w]) => w))].join(', ')}`);
await writer.end();
await watcher.end();
await db.stop();
