#!/usr/bin/env node
// Lessons library benchmark (not a timed test): seeds 100,000 lessons across 50 CoPs straight in
// PostgreSQL, starts the BUILT api, logs in a member of several CoPs and measures
//   1. GET /api/lessons filtered by werkzaam element + CoP + period
//   2. GET /api/lessons?q=… Dutch full-text search (several queries, ranked, with snippets)
// under concurrent load, then prints EXPLAIN (ANALYZE, BUFFERS) of the same SQL and writes
// docs/benchmarks/lessons.json (the figures; docs/benchmarks/lessons.md is written by hand).
//
//   npm run build   (or: NX_DAEMON=false npx nx run @mao/api:build)
//   node tests/bench/lessons/run.mjs [--lessons=100000] [--communities=50] [--clients=16] [--seconds=20] [--database-url=postgres://…]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedDatabase } from '@mao/api/embedded-database';
import { Params, filterSql, visibleSql } from '@mao/api/lesson-query';
import { root, startApi, watchProcesses } from '../realtime/servers.mjs';
import { seedLessons } from './seed.mjs';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, ...v]) => [k, v.length ? v.join('=') : 'true']));
const LESSONS = Number(args.lessons ?? 100_000);
const COMMUNITIES = Number(args.communities ?? 50);
const CLIENTS = Math.min(Number(args.clients ?? 16), 64);
const SECONDS = Math.min(Number(args.seconds ?? 20), 120);
const WARMUP_SECONDS = 3;
/** Concurrency levels: one client (latency), four, and the target load. */
const LEVELS = [...new Set([1, 4, CLIENTS])];
const log = (...parts) => console.log(...parts);

const QUERIES = [
  'samenwerken',
  'bindende afspraken',
  'thuiszitters',
  'gemeente financiering',
  '"gedeelde taal"',
  'ouders -school',
  'monitoring regio',
  'mandaat or vertrouwen',
  'leerplicht vrijstelling',
  'wijkteam',
];

const percentile = (sorted, p) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);
function summarise(latencies, seconds, errors) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const mean = sorted.reduce((s, v) => s + v, 0) / (sorted.length || 1);
  const round = (v) => Math.round(v * 10) / 10;
  return { requests: sorted.length, errors, perSecond: round(sorted.length / seconds), p50: round(percentile(sorted, 50)), p90: round(percentile(sorted, 90)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1) ?? NaN), mean: round(mean) };
}

/** `clients` loops, each firing the next request as soon as the previous answered, for `seconds`. */
async function load({ baseUrl, cookie, seconds, clients, nextPath, pids }) {
  const latencies = [];
  let errors = 0;
  let firstError;
  const fire = async (measure, deadline) => {
    while (performance.now() < deadline) {
      const url = `${baseUrl}${nextPath()}`;
      const t0 = performance.now();
      const response = await fetch(url, { headers: { cookie } });
      const body = await response.text();
      const ms = performance.now() - t0;
      if (response.status !== 200) {
        errors++;
        firstError ??= `${response.status} ${body.slice(0, 200)} for ${url}`;
      } else if (measure) latencies.push(ms);
    }
  };
  await Promise.all(Array.from({ length: clients }, () => fire(false, performance.now() + WARMUP_SECONDS * 1000)));
  const stop = watchProcesses(pids);
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, () => fire(true, started + seconds * 1000)));
  const elapsed = (performance.now() - started) / 1000;
  const processes = stop();
  if (firstError) log(`  first error: ${firstError}`);
  return { ...summarise(latencies, elapsed, errors), apiCpuPercent: Math.round(processes[0]?.cpuPercent ?? 0) };
}

const randomOf = (values) => values[Math.floor(Math.random() * values.length)];
function randomPeriod() {
  const start = new Date(Date.UTC(2023, Math.floor(Math.random() * 36), 1));
  const end = new Date(start);
  end.setUTCMonth(end.getUTCMonth() + 12);
  end.setUTCDate(end.getUTCDate() - 1);
  return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
}

/** EXPLAIN of the same SQL the api runs (built from the api's own query helpers). */
async function explain(databaseUrl, seed) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const scope = { userId: seed.member.userId, isPlatformAdmin: false, memberOf: seed.communities, reviewerOf: [] };
  const plans = {};
  const run = async (name, sql, values) => {
    const { rows } = await db.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`, values);
    plans[name] = rows.map((r) => r['QUERY PLAN']);
  };
  try {
    {
      const params = new Params();
      const where = [visibleSql(scope, params, 'published'), ...filterSql({ element: ['regie-op-samenwerking'], communityId: seed.communities[1], from: '2024-01-01', to: '2024-12-31' }, params)];
      const countValues = [...params.values];
      await run('filteredList', `SELECT l.id FROM lessons l JOIN communities c ON c.id = l.community_id LEFT JOIN sessions s ON s.id = l.session_id WHERE ${where.join(' AND ')} ORDER BY l.session_date DESC, l.id DESC LIMIT ${params.add(20)} OFFSET ${params.add(0)}`, params.values);
      await run('filteredCount', `SELECT count(*)::int FROM (SELECT 1 FROM lessons l WHERE ${where.join(' AND ')} LIMIT 1001) x`, countValues);
    }
    for (const q of ['samenwerken', 'bindende afspraken']) {
      const params = new Params();
      const where = [visibleSql(scope, params, 'published')];
      const qp = params.add(q);
      where.push(`l.search @@ websearch_to_tsquery('dutch', ${qp})`);
      const countValues = [...params.values];
      await run(`search:${q}`, `SELECT l.id, ts_rank(l.search, websearch_to_tsquery('dutch', ${qp})) AS rank FROM lessons l WHERE ${where.join(' AND ')} ORDER BY rank DESC, l.session_date DESC, l.id DESC LIMIT ${params.add(20)} OFFSET ${params.add(0)}`, params.values);
      await run(`searchCount:${q}`, `SELECT count(*)::int FROM (SELECT 1 FROM lessons l WHERE ${where.join(' AND ')} LIMIT 1001) x`, countValues);
    }
    const { rows: [size] } = await db.query(`SELECT pg_size_pretty(pg_total_relation_size('lessons')) AS total, pg_size_pretty(pg_relation_size('lessons_search_idx')) AS search_index`);
    const { rows: [version] } = await db.query('SHOW server_version');
    return { plans, size, postgres: version.server_version };
  } finally {
    await db.end();
  }
}

const results = {
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
  date: new Date().toISOString(),
  settings: { lessons: LESSONS, communities: COMMUNITIES, clients: CLIENTS, seconds: SECONDS, warmupSeconds: WARMUP_SECONDS },
};

let db;
let dataDir;
let api;
try {
  let databaseUrl = args['database-url'];
  if (!databaseUrl) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-lessons-pg-'));
    fs.chmodSync(dataDir, 0o755);
    db = await startEmbeddedDatabase({ dataDir: path.join(dataDir, 'pg'), persistent: false });
    databaseUrl = db.url;
  }
  log('▶ api boot (migrations)');
  api = await startApi({ databaseUrl });
  log(`▶ seeding ${LESSONS} lessons across ${COMMUNITIES} CoPs`);
  const seed = await seedLessons(databaseUrl, { communities: COMMUNITIES, lessons: LESSONS, log });
  results.seed = { seconds: Math.round(seed.seconds), counts: seed.counts, memberOfCommunities: seed.communities.length };
  log(`  ${JSON.stringify(seed.counts)} in ${seed.seconds.toFixed(1)} s`);

  const filteredPath = () => {
    const { from, to } = randomPeriod();
    return `/api/lessons?element=${randomOf(seed.elementIds)}&communityId=${randomOf(seed.communities)}&from=${from}&to=${to}&limit=20`;
  };
  const searchPath = () => `/api/lessons?q=${encodeURIComponent(randomOf(QUERIES))}&limit=20`;
  results.filteredList = {};
  results.search = {};
  for (const clients of LEVELS) {
    const seconds = clients === CLIENTS ? SECONDS : Math.min(SECONDS, 10);
    log(`▶ filtered list (element + CoP + period): ${clients} clients × ${seconds} s (load ${os.loadavg()[0].toFixed(1)})`);
    results.filteredList[clients] = { ...(await load({ baseUrl: api.baseUrl, cookie: seed.member.cookie, seconds, clients, pids: api.pids, nextPath: filteredPath })), loadAverage: Number(os.loadavg()[0].toFixed(1)) };
    log(`  ${JSON.stringify(results.filteredList[clients])}`);
    log(`▶ full-text search (${QUERIES.length} Dutch queries): ${clients} clients × ${seconds} s (load ${os.loadavg()[0].toFixed(1)})`);
    results.search[clients] = { ...(await load({ baseUrl: api.baseUrl, cookie: seed.member.cookie, seconds, clients, pids: api.pids, nextPath: searchPath })), loadAverage: Number(os.loadavg()[0].toFixed(1)) };
    log(`  ${JSON.stringify(results.search[clients])}`);
  }

  results.searchPerQuery = {};
  for (const q of QUERIES) {
    const sample = await load({ baseUrl: api.baseUrl, cookie: seed.member.cookie, seconds: 3, clients: 1, pids: api.pids, nextPath: () => `/api/lessons?q=${encodeURIComponent(q)}&limit=20` });
    const { rows: [hits] } = await pgCount(databaseUrl, q, seed);
    results.searchPerQuery[q] = { p50: sample.p50, p99: sample.p99, visibleMatches: hits.n };
  }
  log(`  per query (1 client × 3 s): ${JSON.stringify(results.searchPerQuery)}`);

  log('▶ EXPLAIN (ANALYZE, BUFFERS)');
  results.explain = await explain(databaseUrl, seed);
  for (const [name, plan] of Object.entries(results.explain.plans)) log(`\n-- ${name}\n${plan.join('\n')}`);

  const out = path.join(root, 'docs/benchmarks/lessons.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  log(`\nwritten ${path.relative(root, out)}`);
} finally {
  await api?.stop().catch(() => undefined);
  await db?.stop().catch(() => undefined);
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}

async function pgCount(databaseUrl, q, seed) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await client.query(
      `SELECT count(*)::int AS n FROM lessons l WHERE l.status = 'published' AND (l.visibility = 'platform' OR l.community_id = ANY($2::uuid[])) AND l.search @@ websearch_to_tsquery('dutch', $1)`,
      [q, seed.communities],
    );
  } finally {
    await client.end();
  }
}
