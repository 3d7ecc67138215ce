#!/usr/bin/env node
// Real-time benchmark (`npm run bench`): the same payloads against a raw ws relay (the floor),
// the reference y-websocket server, our api (authentication and persistence on), and two of
// our api processes joined through Redis — each a fresh server — plus the socket.io control
// plane, a join storm and document loading. Prints figures and writes docs/benchmarks/.
//   node tests/bench/realtime/run.mjs [--rooms=50] [--seconds=20] [--skip-100]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { startEmbeddedDatabase } from '@mao/api/embedded-database';
import { root, startApi, startRawRelay, startReferenceServer, startRedis } from './servers.mjs';
import { closePools, seedDocument, seedPeople, seedSessions, storedText } from './seed.mjs';
import { buildDocumentUpdate, controlPlane, documentLoad, joinStorm, typingRun } from './scenarios.mjs';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? 'true']));
const ROOMS = Number(args.rooms ?? 50);
const SECONDS = Number(args.seconds ?? 20);
const WITH_100 = args['skip-100'] !== 'true';

const log = (...parts) => console.log(...parts);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pg-'));
fs.chmodSync(dataDir, 0o755);
const db = await startEmbeddedDatabase({ dataDir: path.join(dataDir, 'pg'), persistent: false });
const results = { machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, date: new Date().toISOString(), rooms: ROOMS, seconds: SECONDS, runs: {} };

try {
  // Migrations: the api runs them at boot.
  const first = await startApi({ databaseUrl: db.url });
  await first.stop();
  log('database and migrations ready');
  const people = await seedPeople(db.url, Math.max(ROOMS, WITH_100 ? 100 : 0));
  log(`seeded ${people.length} rooms of people`);
  const openRun = (sessions) => ({
    documentNameFor: (r) => sessions[r].documentName,
    headersFor: (r, c) => ({ cookie: sessions[r].room.people[c].cookie }),
  });
  const metricsOf = (baseUrls) => ({
    reset: () => Promise.all(baseUrls.map((u) => fetch(`${u}/health/metrics/reset`, { method: 'POST' }))),
    read: async () => Promise.all(baseUrls.map(async (u) => (await fetch(`${u}/health/metrics`)).json())),
  });

  log(`\n▶ raw ws relay, ${ROOMS} rooms × 8`);
  {
    const server = await startRawRelay();
    const sessions = await seedSessions(db.url, people, ROOMS);
    const run = openRun(sessions);
    results.runs.rawRelay = await typingRun({ rooms: ROOMS, seconds: SECONDS, pids: server.pids, wsUrlFor: (r) => server.wsUrl(run.documentNameFor(r)), headersFor: () => ({}), documentNameFor: run.documentNameFor });
    await server.stop();
  }

  log(`▶ reference @y/websocket-server 0.1.1, ${ROOMS} rooms × 8`);
  {
    const server = await startReferenceServer();
    const sessions = await seedSessions(db.url, people, ROOMS);
    const run = openRun(sessions);
    results.runs.reference = await typingRun({ rooms: ROOMS, seconds: SECONDS, pids: server.pids, wsUrlFor: (r) => server.wsUrl(run.documentNameFor(r)), headersFor: () => ({}), documentNameFor: run.documentNameFor });
    results.runs.referenceJoinStorm = await joinStorm({ rooms: ROOMS, wsUrlFor: (r) => server.wsUrl(`storm-${r}`), headersFor: () => ({}) });
    results.runs.referenceDocumentLoad = await documentLoad({
      sizes: [10_000, 160_000, 1_000_000],
      wsUrlFor: (name) => server.wsUrl(name),
      // The reference server keeps documents in memory: a seeder client pushes the content first.
      prepare: async (bytes, i) => {
        const name = `load-${bytes}-${i}`;
        const { BenchClient } = await import('./bench-client.mjs');
        const seeder = new BenchClient({ url: server.wsUrl(name), headers: {} });
        await seeder.opened;
        Y.applyUpdate(seeder.doc, buildDocumentUpdate(bytes));
        await new Promise((r) => setTimeout(r, 300));
        return { documentName: name, headers: {} };
      },
    });
    await server.stop();
  }

  log(`▶ our api (auth + persistence), ${ROOMS} rooms × 8`);
  {
    const server = await startApi({ databaseUrl: db.url });
    const sessions = await seedSessions(db.url, people, ROOMS);
    const run = openRun(sessions);
    results.runs.api = await typingRun({
      rooms: ROOMS, seconds: SECONDS, pids: server.pids, metrics: metricsOf([server.baseUrl]),
      wsUrlFor: (r) => server.wsUrl(run.documentNameFor(r)), headersFor: run.headersFor, documentNameFor: run.documentNameFor,
      storedTextOf: (name) => storedText(db.url, name, Y),
    });
    const stormSessions = await seedSessions(db.url, people, ROOMS);
    results.runs.apiJoinStorm = await joinStorm({ rooms: ROOMS, wsUrlFor: (r) => server.wsUrl(stormSessions[r].documentName), headersFor: openRun(stormSessions).headersFor });
    const loadSessions = await seedSessions(db.url, people, 15);
    let next = 0;
    results.runs.apiDocumentLoad = await documentLoad({
      sizes: [10_000, 160_000, 1_000_000],
      wsUrlFor: (name) => server.wsUrl(name),
      // Cold: written to PostgreSQL as a snapshot, never opened by this process before.
      prepare: async (bytes) => {
        const session = loadSessions[next++];
        await seedDocument(db.url, session.documentName, buildDocumentUpdate(bytes));
        return { documentName: session.documentName, headers: { cookie: session.room.people[0].cookie } };
      },
    });
    await server.stop();
  }

  log(`▶ socket.io control plane, ${ROOMS} rooms × 8 = ${ROOMS * 8} clients`);
  {
    const server = await startApi({ databaseUrl: db.url });
    const sessions = await seedSessions(db.url, people, ROOMS);
    results.runs.controlPlane = await controlPlane({ baseUrls: [server.baseUrl], sessions, seconds: Math.min(SECONDS, 15), pids: server.pids });
    await server.stop();
  }

  log(`▶ two api processes through Redis, ${ROOMS} rooms × 8`);
  {
    const redis = await startRedis();
    const a = await startApi({ databaseUrl: db.url, redisUrl: redis.url });
    const b = await startApi({ databaseUrl: db.url, redisUrl: redis.url });
    const sessions = await seedSessions(db.url, people, ROOMS);
    const run = openRun(sessions);
    results.runs.apiTwoProcesses = await typingRun({
      rooms: ROOMS, seconds: SECONDS, pids: [...a.pids, ...b.pids], metrics: metricsOf([a.baseUrl, b.baseUrl]),
      // Half of every room on each process, so every keystroke crosses Redis for some peers.
      wsUrlFor: (r, c) => (c % 2 === 0 ? a : b).wsUrl(run.documentNameFor(r)), headersFor: run.headersFor, documentNameFor: run.documentNameFor,
      storedTextOf: (name) => storedText(db.url, name, Y),
    });
    await a.stop();
    await b.stop();
    await redis.stop();
  }

  if (WITH_100) {
    log('▶ our api, 100 rooms × 8');
    const server = await startApi({ databaseUrl: db.url });
    const sessions = await seedSessions(db.url, people, 100);
    const run = openRun(sessions);
    results.runs.api100 = await typingRun({
      rooms: 100, seconds: SECONDS, pids: server.pids, metrics: metricsOf([server.baseUrl]),
      wsUrlFor: (r) => server.wsUrl(run.documentNameFor(r)), headersFor: run.headersFor, documentNameFor: run.documentNameFor,
      storedTextOf: (name) => storedText(db.url, name, Y),
    });
    await server.stop();
  }
} catch (error) {
  console.error('benchmark failed:', error);
  process.exitCode = 1;
} finally {
  await closePools().catch(() => undefined);
  await db.stop().catch(() => undefined);
  fs.rmSync(dataDir, { recursive: true, force: true });
}

const { renderReport } = await import('./report.mjs');
const outDir = path.join(root, 'docs/benchmarks');
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'realtime-results.json'), `${JSON.stringify(results, null, 2)}\n`);
const report = renderReport(results);
fs.writeFileSync(path.join(outDir, 'realtime.md'), report);
log(`\n${report}`);
process.exit(0);
