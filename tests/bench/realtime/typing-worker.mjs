// One load-generator thread: whole rooms of simulated clients (so a room's latencies are
// measured on one clock), typing and moving cursors; reports raw latencies to the main thread.
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { BenchClient } from './bench-client.mjs';

const { rooms, seconds, intervalMs = 200 } = workerData; // rooms: [{ index, clients: [{ url, headers }] }]
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const PEERS = rooms[0]?.clients.length ?? 8;

const latencies = [];
const pending = new Map(); // sender clientID → Map(clock → { sentAt, remaining })
const seen = new Map(); // receiver → Map(sender clientID → clock counted)
const byRoom = [];
const onApplied = (receiver) => {
  const counted = seen.get(receiver);
  for (const sender of byRoom[receiver.roomSlot]) {
    if (sender === receiver) continue;
    const id = sender.doc.clientID;
    const clock = receiver.clockOf(id);
    let from = counted.get(id) ?? 0;
    if (clock <= from) continue;
    const waiting = pending.get(id);
    const now = performance.now();
    for (; from < clock; from++) {
      const entry = waiting.get(from);
      if (entry && --entry.remaining === 0) {
        latencies.push(now - entry.sentAt);
        waiting.delete(from);
      }
    }
    counted.set(id, clock);
  }
};

const clients = [];
rooms.forEach((room, slot) => {
  byRoom[slot] = [];
  for (const spec of room.clients) {
    const client = new BenchClient({ url: spec.url, headers: spec.headers, onApplied, applyAwareness: false, sendTypedOnly: true });
    client.roomSlot = slot;
    clients.push(client);
    byRoom[slot].push(client);
    seen.set(client, new Map());
    pending.set(client.doc.clientID, new Map());
  }
});

async function waitFor(check, timeoutMs) {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

/** CPU seconds this thread has run (user + system), from /proc: ELU far above it means the thread waited for a core. */
function threadCpuSeconds() {
  try {
    const stat = fs.readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

parentPort.on('message', async (message) => {
  if (message.type !== 'start') return;
  const elu0 = performance.eventLoopUtilization();
  const cpu0 = threadCpuSeconds();
  const started = performance.now();
  // How late this thread runs what is ready (a message that arrived, a keystroke due): the share of each latency that is the generator's own.
  // The histogram records whole intervals of its 5 ms timer: what is above 5 ms is delay.
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const timers = [];
  let sent = 0;
  for (const client of clients) {
    timers.push(setTimeout(() => {
      timers.push(setInterval(() => {
        const clock = client.clockOf(client.doc.clientID);
        pending.get(client.doc.clientID).set(clock, { sentAt: performance.now(), remaining: PEERS - 1 });
        client.type(String.fromCharCode(97 + (sent++ % 26)));
      }, intervalMs));
      timers.push(setTimeout(() => timers.push(setInterval(() => client.moveCursor(client.doc.getText('notes').length), intervalMs)), intervalMs / 2));
    }, Math.random() * intervalMs));
  }
  await sleep(seconds * 1000);
  for (const timer of timers) { clearTimeout(timer); clearInterval(timer); }
  const elu = performance.eventLoopUtilization(elu0).utilization;
  delay.disable();
  const cpu1 = threadCpuSeconds();
  const cpuShare = cpu0 === null || cpu1 === null ? null : (cpu1 - cpu0) / ((performance.now() - started) / 1000);
  const late = (ns) => Math.max(0, ns / 1e6 - 5);
  const loopDelayMs = { p50: late(delay.percentile(50)), p99: late(delay.percentile(99)), max: late(delay.max) };
  const drained = await waitFor(() => [...pending.values()].every((m) => m.size === 0), 5000);
  let lost = 0;
  for (const m of pending.values()) lost += m.size;
  const texts = byRoom.map((group) => group.map((c) => c.doc.getText('notes').toString()));
  for (const c of clients) c.close();
  const samples = Float64Array.from(latencies);
  parentPort.postMessage({ type: 'done', elu, cpuShare, loopDelayMs, sent, lost, drained, texts, roomIndexes: rooms.map((r) => r.index), latencies: samples }, [samples.buffer]);
});

await Promise.all(clients.map((c) => c.opened));
const synced = await waitFor(() => clients.every((c) => c.synced), 30_000);
parentPort.postMessage({ type: 'ready', synced });
