// Renders the benchmark results as Markdown, with each target checked against the figures.
import { GENERATOR_ELU_LIMIT, OTHER_CORES_LIMIT } from './scenarios.mjs';
const f = (n, digits = 1) => (n === null || n === undefined ? 'n/a' : Number(n).toFixed(digits));
const mib = (bytes) => f(bytes / 2 ** 20, 0);

function typingRow(name, run) {
  if (!run) return `| ${name} | not run ||||||||||||||`;
  const cpu = run.servers.reduce((s, p) => s + p.cpuPercent, 0);
  const rss = run.servers.map((p) => mib(p.peakRssBytes)).join(' + ');
  const walFlush = run.database ? ` (${f(run.database.longestWalSyncMs, 0)})` : '';
  const lag = `${run.serverMetrics?.map((m) => f(m.collaboration.durableLagMs.p99)).join(' / ') ?? 'n/a'}${walFlush}`;
  const elu = run.serverMetrics?.map((m) => f(m.sinceReset.eventLoopUtilization, 2)).join(' / ') ?? 'n/a';
  const generator = run.loadGenerator;
  const threadCpu = generator.threadCpu?.every((c) => c !== null) ? ` (CPU ${generator.threadCpu.map((c) => f(c, 2)).join(' / ')})` : '';
  const loopDelay = generator.loopDelayMs ? f(Math.max(...generator.loopDelayMs.map((d) => d.p99))) : 'n/a';
  const others = run.machine ? f(run.machine.otherCores, 2) : 'n/a';
  const attempts = run.attempt > 1 ? `, attempt ${run.attempt}` : '';
  return `| ${name} | ${run.rooms}×8 | ${f(run.latencyMs.p50)} | ${f(run.latencyMs.p99)} | ${f(run.latencyMs.p999)} | ${f(run.latencyMs.max)} | ${run.lost} | ${run.converged ? 'yes' : 'NO'}${run.databaseMatches === null ? '' : run.databaseMatches ? ', db equal' : ', DB DIFFERS'} | ${f(cpu, 0)} % | ${run.machine?.postgresCores === undefined ? 'n/a' : `${f(run.machine.postgresCores * 100, 0)} %`} | ${elu} | ${rss} MiB | ${lag} | ${f(generator.eventLoopUtilization, 2)}${threadCpu} | ${loopDelay} | ${others} | ${run.valid ?? generator.valid ? 'yes' : `**INVALID** (${(run.invalidBecause ?? ['generator saturated']).join(', ')})`}${attempts} |`;
}

const ROOMS_OF = (runs) => [...new Set(runs.map((run) => `${run.rooms} rooms × 8`))].join(', ');
const check = (ok, text) => `- ${ok ? '✅' : '❌'} ${text}`;

export function renderReport(r) {
  const { rawRelay, reference, api, apiTwoProcesses, api100, capacity, controlPlane, apiJoinStorm, referenceJoinStorm, apiDocumentLoad, referenceDocumentLoad } = r.runs;
  const lines = [];
  lines.push('# Real-time benchmark', '');
  const load = r.machine.loadAverageAtStart ? ` Load average when it started: ${r.machine.loadAverageAtStart.map((n) => f(n, 2)).join(', ')}.` : '';
  lines.push(`Run ${r.date} on ${r.machine.cpus} × ${r.machine.model}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}. Load generator and servers on the same machine.${load} Produced by \`npm run bench\` (tests/bench/realtime); raw figures in realtime-results.json.`, '');
  const interval = r.intervalMs ?? 200;
  lines.push(`Typing: every client types one character every ${interval} ms (staggered) and sends a cursor update every ${interval} ms, for ${r.seconds} s; the simulated clients run in ${r.generatorThreads ?? 2} worker threads of the load generator. Latency = from the keystroke until the last of the 7 peers applied it to its Y.Doc (ms). Lost = updates some peer never applied. Durable lag = server-side time from receiving an update to its committed INSERT (ms, p99); in brackets the longest wait of the api's database connections for the disk to flush PostgreSQL's write-ahead log in the same run (pg_stat_activity \`WalSync\`, sampled every 20 ms): a commit cannot be durable sooner, so that part of the lag is the disk's.`, '');
  lines.push(`Validity: a run counts only if every generator thread stayed below ${GENERATOR_ELU_LIMIT} event-loop utilisation (ELU; the CPU each thread actually got is shown next to it — ELU well above it means the thread was ready but waited for a core) and other processes used less than ${OTHER_CORES_LIMIT} cores. An INVALID run is repeated, up to ${r.attempts ?? 1} attempts; the first valid one counts. Generator loop delay = p99 of how late a generator thread ran what was ready (part of every latency it measures). Other processes = cores used by processes that are not this benchmark's during the run (${r.machine.cpus} cores in all).`, '');
  lines.push('| server | rooms | p50 | p99 | p99.9 | max | lost | converged | server CPU | PostgreSQL CPU | server ELU | RSS | durable lag p99 (longest WAL flush waited for) | generator ELU (thread CPU) | generator loop delay p99 | other processes (cores) | valid |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  lines.push(typingRow('raw ws relay (floor)', rawRelay));
  lines.push(typingRow('@y/websocket-server 0.1.1 (reference, in memory)', reference));
  lines.push(typingRow('our api (auth + persistence)', api));
  lines.push(typingRow('our api, 2 processes + Redis', apiTwoProcesses));
  lines.push(typingRow('our api (capacity probe)', api100));
  lines.push('');
  const discarded = Object.entries(r.runs).flatMap(([key, run]) => (run?.discardedAttempts ?? []).map((d) => `${key} (${d.rooms} rooms): p99 ${f(d.p99)} ms, generator ELU ${f(d.generatorElu, 2)}, other processes ${f(d.otherCores, 2)} cores`));
  if (discarded.length > 0) lines.push(`Discarded INVALID attempts: ${discarded.join('; ')}.`, '');
  if (capacity) {
    lines.push(`Capacity of one api process on this machine (rooms × 8 typing, p99 ≤ ${capacity.p99LimitMs} ms, valid runs only): **${capacity.rooms} rooms**${capacity.firstFailingRooms === null ? ` (the search stopped at its upper limit)` : `; ${capacity.firstFailingRooms} rooms failed (${capacity.limitedBy === 'latency' ? 'p99 above the limit' : `no valid run: ${capacity.limitedBy} — the server may hold more, this run cannot show it`})`}.`, '');
    lines.push('| rooms | p50 | p99 | p99.9 | server CPU | PostgreSQL CPU | server ELU | RSS | durable lag p99 (longest WAL flush) | generator ELU | other processes (cores) | lost | converged | valid |', '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const p of [...capacity.probes].sort((a, b) => a.rooms - b.rooms)) {
      lines.push(`| ${p.rooms}×8 | ${f(p.p50)} | ${f(p.p99)} | ${f(p.p999)} | ${f(p.serverCpuPercent, 0)} % | ${f(p.postgresCores * 100, 0)} % | ${f(p.serverElu, 2)} | ${mib(p.rssBytes)} MiB | ${f(p.durableLagP99)}${p.longestWalSyncMs === undefined ? '' : ` (${f(p.longestWalSyncMs, 0)})`} | ${f(p.generatorElu, 2)} | ${f(p.otherCores, 2)} | ${p.lost} | ${p.converged ? 'yes' : 'NO'} | ${p.valid ? 'yes' : `**INVALID** (${p.invalidBecause.join(', ')})`}${p.attempt > 1 ? `, attempt ${p.attempt}` : ''} |`);
    }
    lines.push('');
  }
  if (controlPlane) {
    lines.push(`Control plane (socket.io, ${controlPlane.clients} clients, ${controlPlane.commands} timer/step commands): broadcast latency until the last client of the room has the new state p50 ${f(controlPlane.latencyMs.p50)} ms, p99 ${f(controlPlane.latencyMs.p99)} ms, max ${f(controlPlane.latencyMs.max)} ms; lost ${controlPlane.lost}; ${controlPlane.clients} joins at once took ${f(controlPlane.joinStormMs, 0)} ms; server CPU ${f(controlPlane.servers[0]?.cpuPercent, 0)} %.`, '');
  }
  if (apiJoinStorm) lines.push(`Join storm (Yjs): ${apiJoinStorm.clients} clients connecting at once were all synced after ${f(apiJoinStorm.msUntilAllSynced, 0)} ms on our api (authenticated, documents loaded from PostgreSQL) and ${f(referenceJoinStorm?.msUntilAllSynced, 0)} ms on the reference server.`, '');
  if (apiDocumentLoad) {
    lines.push('Document load, connect → synced (ms, median of 5 / max):', '', '| size | our api (cold, from PostgreSQL) | reference (in memory) |', '|---|---|---|');
    apiDocumentLoad.forEach((row, i) => lines.push(`| ${row.bytes / 1000} KB | ${f(row.ms.p50)} / ${f(row.ms.max)} | ${f(referenceDocumentLoad?.[i]?.ms.p50)} / ${f(referenceDocumentLoad?.[i]?.ms.max)} |`));
    lines.push('');
  }
  lines.push('## Targets', '');
  if (api && rawRelay) lines.push(check(api.latencyMs.p99 <= 1.5 * rawRelay.latencyMs.p99, `our p99 ${f(api.latencyMs.p99)} ms ≤ 1.5 × raw relay p99 (${f(1.5 * rawRelay.latencyMs.p99)} ms)`));
  if (api && reference) lines.push(check(api.latencyMs.p99 < reference.latencyMs.p99, `our p99 ${f(api.latencyMs.p99)} ms below the reference's ${f(reference.latencyMs.p99)} ms`));
  if (api && reference) lines.push(check(api.servers[0].cpuPercent <= reference.servers[0].cpuPercent, `our server CPU ${f(api.servers[0].cpuPercent, 0)} % ≤ the reference's ${f(reference.servers[0].cpuPercent, 0)} %`));
  if (api) lines.push(check(api.servers[0].peakRssBytes <= 150 * 2 ** 20, `RSS ${mib(api.servers[0].peakRssBytes)} MiB ≤ 150 MiB`));
  if (api?.serverMetrics) {
    const disk = api.database ? ` (the disk: longest WAL flush our connections waited for ${f(api.database.longestWalSyncMs, 0)} ms; ${api.database.walSyncOver250Ms} over 250 ms)` : '';
    lines.push(check((api.serverMetrics[0].collaboration.durableLagMs.p99 ?? Infinity) <= 250, `durable-write lag p99 ${f(api.serverMetrics[0].collaboration.durableLagMs.p99)} ms ≤ 250 ms${disk}`));
  }
  if (api) lines.push(check(api.lost === 0 && api.converged && api.databaseMatches === true, `no lost update, clients and database converged (lost ${api.lost})`));
  if (api100) {
    const api100Valid = api100.valid ?? api100.loadGenerator.valid;
    lines.push(check(api100Valid && api100.latencyMs.p99 <= 100, `100 rooms × 8: p99 ${f(api100.latencyMs.p99)} ms ≤ 100 ms${api100Valid ? '' : ` — an INVALID run (${(api100.invalidBecause ?? ['generator saturated']).join(', ')}): not the server's figure alone; see the capacity search`}`));
  }
  if (apiJoinStorm) lines.push(check(apiJoinStorm.allSynced && apiJoinStorm.msUntilAllSynced <= 2000, `join storm ${f(apiJoinStorm.msUntilAllSynced, 0)} ms ≤ 2 s`));
  const load160 = apiDocumentLoad?.find?.((row) => row.bytes === 160_000);
  if (load160) lines.push(check(load160.ms.p50 <= 50, `160 KB document loads in ${f(load160.ms.p50)} ms (median) ≤ 50 ms`));
  if (api && apiTwoProcesses) {
    lines.push(check(apiTwoProcesses.latencyMs.p50 - api.latencyMs.p50 <= 2, `two processes add ${f(apiTwoProcesses.latencyMs.p50 - api.latencyMs.p50)} ms to p50 (≤ 2)`));
    lines.push(check(apiTwoProcesses.latencyMs.p99 - api.latencyMs.p99 <= 10, `two processes add ${f(apiTwoProcesses.latencyMs.p99 - api.latencyMs.p99)} ms to p99 (≤ 10)`));
  }
  if (capacity) lines.push(check(capacity.rooms >= 100, `one api process holds ${capacity.rooms} rooms × 8 at p99 ≤ ${capacity.p99LimitMs} ms on this machine (≥ 100)${capacity.firstFailingRooms !== null && capacity.limitedBy !== 'latency' ? ` — ${capacity.firstFailingRooms} rooms could not be measured validly (${capacity.limitedBy})` : ''}`));
  // The side-by-side runs must be valid; capacity probes are meant to find where validity or latency ends.
  const sideBySide = [rawRelay, reference, api, apiTwoProcesses].filter(Boolean);
  if (sideBySide.length > 0) lines.push(check(sideBySide.every((run) => run.valid ?? run.loadGenerator.valid), `every side-by-side run (${ROOMS_OF(sideBySide)}) valid: generator below ${GENERATOR_ELU_LIMIT} ELU, other processes below ${OTHER_CORES_LIMIT} cores`));
  const invalid = Object.entries(r.runs).filter(([, run]) => run?.loadGenerator && (run.valid ?? run.loadGenerator.valid) === false).map(([k, run]) => `${k} (${(run.invalidBecause ?? ['generator saturated']).join(', ')})`);
  const invalidProbes = capacity?.probes.filter((p) => !p.valid).map((p) => `${p.rooms} rooms`) ?? [];
  lines.push('', invalid.length === 0 ? `Every typing run in the table is valid: the load generator stayed below ${GENERATOR_ELU_LIMIT} event-loop utilisation and the machine was otherwise quiet.` : `INVALID runs: ${invalid.join(', ')}.`);
  if (invalidProbes.length > 0) lines.push(`INVALID capacity probes: ${invalidProbes.join(', ')}.`);
  const noisy = Object.entries(r.runs).filter(([, run]) => run?.machine && run.machine.otherCores >= OTHER_CORES_LIMIT).map(([k, run]) => `${k} (${f(run.machine.otherCores, 2)} cores)`);
  if (noisy.length > 0) lines.push(`The machine was not quiet during: ${noisy.join(', ')} — other processes used that much CPU.`);
  lines.push('');
  return `${lines.join('\n')}\n`;
}
