// The measured scenarios. All simulated clients live in this one process and are timed with
// one monotonic clock (performance.now()).
import * as Y from 'yjs';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { io } from 'socket.io-client';
import { BenchClient } from './bench-client.mjs';
import { CLIENTS_PER_ROOM } from './seed.mjs';
import { watchMachine, watchProcesses } from './servers.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function percentiles(values) {
  if (values.length === 0) return { count: 0, p50: null, p99: null, p999: null, max: null };
  const sorted = Float64Array.from(values).sort();
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { count: sorted.length, p50: at(0.5), p99: at(0.99), p999: at(0.999), max: sorted[sorted.length - 1] };
}

async function waitFor(check, timeoutMs) {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

/** A typing run is valid while every load-generator thread stays below this event-loop utilisation… */
export const GENERATOR_ELU_LIMIT = 0.7;
/** …and other processes on the machine used less than this many cores while it ran. */
export const OTHER_CORES_LIMIT = 0.25;

/**
 * R rooms × 8 clients, each typing one character every `intervalMs` (200) at a staggered time
 * plus a cursor (awareness) update as often. Latency: from the keystroke until the last of the
 * 7 peers has applied it to its Y.Doc. The clients run in worker threads of this process,
 * whole rooms per thread, so each latency is taken on one monotonic clock.
 *
 * Valid only while the generator is not the bottleneck — every thread below 0.7 event-loop
 * utilisation — and the machine was ours: other processes used less than a quarter of a core
 * (a test suite running next to the benchmark takes the CPU the servers are measured on).
 * Reported with it, per thread: the CPU the thread actually got (ELU well above it
 * means the thread was ready but waited for a core) and its event-loop delay (how late it ran
 * what was ready — the generator's own share of a latency), and for the machine: how many
 * cores were busy, and how much of that was other processes.
 */
export async function typingRun({ rooms, seconds, wsUrlFor, headersFor, documentNameFor, pids, metrics, storedTextOf, watchDatabase, threads = 2, intervalMs = 200 }) {
  const assignments = Array.from({ length: threads }, () => []);
  for (let r = 0; r < rooms; r++) {
    assignments[r % threads].push({ index: r, clients: Array.from({ length: CLIENTS_PER_ROOM }, (_, c) => ({ url: wsUrlFor(r, c), headers: headersFor(r, c) })) });
  }
  const workers = assignments.filter((a) => a.length > 0).map((assigned) => new Worker(new URL('./typing-worker.mjs', import.meta.url), { workerData: { rooms: assigned, seconds, intervalMs } }));
  const message = (worker, type) => new Promise((resolve, reject) => {
    const onMessage = (m) => { if (m.type === type) { worker.off('message', onMessage); resolve(m); } };
    worker.on('message', onMessage);
    worker.once('error', reject);
  });
  const ready = await Promise.all(workers.map((w) => message(w, 'ready')));
  if (!ready.every((r) => r.synced)) throw new Error('clients did not sync');
  await sleep(500);
  await metrics?.reset();
  const stopWatching = watchProcesses(pids);
  const stopWatchingMachine = watchMachine();
  const stopWatchingDatabase = watchDatabase?.();
  const mainElu0 = performance.eventLoopUtilization();
  const donePromises = workers.map((w) => message(w, 'done'));
  for (const w of workers) w.postMessage({ type: 'start' });
  const results = await Promise.all(donePromises);
  const servers = stopWatching();
  const machine = stopWatchingMachine();
  const database = await stopWatchingDatabase?.();
  const serverMetrics = await metrics?.read();
  const mainElu = performance.eventLoopUtilization(mainElu0).utilization;
  await Promise.all(workers.map((w) => w.terminate()));

  const latencies = [];
  const texts = new Map();
  for (const result of results) {
    for (const value of result.latencies) latencies.push(value);
    result.roomIndexes.forEach((roomIndex, slot) => texts.set(roomIndex, result.texts[slot]));
  }
  const converged = [...texts.values()].every((group) => group.every((text) => text === group[0]));
  let databaseMatches = null;
  let databaseEqualAfterMs = null;
  if (storedTextOf) {
    // Stored within the durable-write lag: compare until every room matches, for up to 10 s.
    const checkedFrom = performance.now();
    let waiting = [...texts.entries()];
    for (;;) {
      await sleep(250);
      const checks = await Promise.all(waiting.map(async ([r, group]) => (await storedTextOf(documentNameFor(r))) === group[0]));
      waiting = waiting.filter((_, i) => !checks[i]);
      if (waiting.length === 0 || performance.now() - checkedFrom > 10_000) break;
    }
    databaseMatches = waiting.length === 0;
    databaseEqualAfterMs = databaseMatches ? performance.now() - checkedFrom : null;
  }
  const threadElu = results.map((r) => r.elu);
  const eventLoopUtilization = Math.max(...threadElu, mainElu);
  const invalidBecause = [...(eventLoopUtilization >= GENERATOR_ELU_LIMIT ? ['generator saturated'] : []), ...(machine.otherCores >= OTHER_CORES_LIMIT ? ['machine busy'] : [])];
  await sleep(300);
  return {
    rooms, clients: rooms * CLIENTS_PER_ROOM, seconds, intervalMs,
    updatesSent: results.reduce((s, r) => s + r.sent, 0),
    drained: results.every((r) => r.drained),
    lost: results.reduce((s, r) => s + r.lost, 0),
    converged, databaseMatches, databaseEqualAfterMs,
    valid: invalidBecause.length === 0, invalidBecause,
    latencyMs: percentiles(latencies),
    loadGenerator: {
      eventLoopUtilization, threads: threadElu, main: mainElu, valid: eventLoopUtilization < GENERATOR_ELU_LIMIT,
      threadCpu: results.map((r) => r.cpuShare), loopDelayMs: results.map((r) => r.loopDelayMs),
    },
    machine, servers, serverMetrics, database,
  };
}

/** 400 clients connect at once; how long until every one is synced. */
export async function joinStorm({ rooms, wsUrlFor, headersFor }) {
  const started = performance.now();
  const clients = [];
  for (let r = 0; r < rooms; r++) for (let c = 0; c < CLIENTS_PER_ROOM; c++) clients.push(new BenchClient({ url: wsUrlFor(r, c), headers: headersFor(r, c) }));
  const ok = await waitFor(() => clients.every((c) => c.synced), 20_000);
  const ms = performance.now() - started;
  for (const c of clients) c.close();
  await sleep(300);
  return { clients: clients.length, allSynced: ok, msUntilAllSynced: ms };
}

/** Time from connecting to synced for a document of a given size (cold: loaded from the database). */
export async function documentLoad({ sizes, prepare, wsUrlFor, trials = 5 }) {
  const results = [];
  for (const bytes of sizes) {
    const times = [];
    for (let i = 0; i < trials; i++) {
      const { documentName, headers } = await prepare(bytes, i);
      const started = performance.now();
      const client = new BenchClient({ url: wsUrlFor(documentName), headers });
      await client.opened;
      await waitFor(() => client.synced && client.doc.getText('notes').length >= bytes * 0.99, 20_000);
      times.push(performance.now() - started);
      client.close();
    }
    results.push({ bytes, ms: percentiles(times) });
  }
  return results;
}

/**
 * A document of about `bytes` characters typed in 40-character chunks by 8 people taking
 * turns (each chunk its own item, as real collaborative typing produces).
 */
export function buildDocumentUpdate(bytes) {
  const doc = new Y.Doc();
  const text = doc.getText('notes');
  const chunk = 'Wat werkt in de samenwerking met school? ';
  const authors = Array.from({ length: 8 }, (_, i) => 1000 + i);
  let written = 0;
  let turn = 0;
  while (written < bytes) {
    // Switching the client id between transactions gives every chunk its own author.
    doc.clientID = authors[turn++ % authors.length];
    text.insert(text.length, chunk);
    written += chunk.length;
  }
  return Y.encodeStateAsUpdate(doc);
}

/**
 * socket.io control plane: every room's 8 clients joined to its live session; the
 * facilitator sets the timer or moves a step about once a second; latency until the last
 * client of the room received the new state.
 */
export async function controlPlane({ baseUrls, sessions, seconds, pids }) {
  const sockets = [];
  const latencies = [];
  const rooms = [];
  for (const [r, session] of sessions.entries()) {
    const members = [];
    for (let c = 0; c < CLIENTS_PER_ROOM; c++) {
      const socket = io(`${baseUrls[(r * CLIENTS_PER_ROOM + c) % baseUrls.length]}/live`, { transports: ['websocket'], forceNew: true, extraHeaders: { cookie: session.room.people[c].cookie } });
      sockets.push(socket);
      members.push(socket);
    }
    rooms.push({ session, members, waiting: new Map() });
  }
  const joinStarted = performance.now();
  await Promise.all(rooms.flatMap((room) => room.members.map((s) => s.timeout(20_000).emitWithAck('join', { sessionId: room.session.id }))));
  const joinStormMs = performance.now() - joinStarted;
  await sleep(1000);
  for (const room of rooms) {
    for (const socket of room.members) {
      socket.on('state', (message) => {
        const entry = room.waiting.get(message.state.revision);
        if (entry && --entry.remaining === 0) {
          latencies.push(performance.now() - entry.sentAt);
          room.waiting.delete(message.state.revision);
        }
      });
    }
  }
  const stopWatching = watchProcesses(pids);
  const elu0 = performance.eventLoopUtilization();
  const end = performance.now() + seconds * 1000;
  let commands = 0;
  await Promise.all(rooms.map(async (room, r) => {
    await sleep(Math.random() * 1000);
    const facilitator = room.members[0];
    let revision = (await facilitator.timeout(10_000).emitWithAck('join', { sessionId: room.session.id })).view.state.revision;
    let step = 0;
    while (performance.now() < end) {
      const command = step % 3 === 2 ? { type: (step / 3) % 2 ? 'back' : 'advance' } : { type: 'setTimer', minutes: 5 + (step % 7) };
      room.waiting.set(revision + 1, { sentAt: performance.now(), remaining: CLIENTS_PER_ROOM });
      const ack = await facilitator.timeout(10_000).emitWithAck('command', { sessionId: room.session.id, ...command });
      if (ack.ok) revision += 1;
      else room.waiting.delete(revision + 1);
      commands++;
      step++;
      await sleep(900 + Math.random() * 200);
    }
    void r;
  }));
  const elu = performance.eventLoopUtilization(elu0);
  const servers = stopWatching();
  await sleep(1000);
  let lost = 0;
  for (const room of rooms) lost += room.waiting.size;
  for (const s of sockets) s.close();
  return { clients: sockets.length, joinStormMs, commands, lost, latencyMs: percentiles(latencies), loadGenerator: { eventLoopUtilization: elu.utilization }, servers };
}
