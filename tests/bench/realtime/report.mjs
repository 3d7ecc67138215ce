// Renders the benchmark results as Markdown, with each target checked against the figures.
const f = (n, digits = 1) => (n === null || n === undefined ? 'n/a' : Number(n).toFixed(digits));
const mib = (bytes) => f(bytes / 2 ** 20, 0);

function typingRow(name, run) {
  if (!run) return `| ${name} | not run |||||||||`;
  const cpu = run.servers.reduce((s, p) => s + p.cpuPercent, 0);
  const rss = run.servers.map((p) => mib(p.peakRssBytes)).join(' + ');
  const lag = run.serverMetrics?.map((m) => f(m.collaboration.durableLagMs.p99)).join(' / ') ?? 'n/a';
  const elu = run.serverMetrics?.map((m) => f(m.sinceReset.eventLoopUtilization, 2)).join(' / ') ?? 'n/a';
  return `| ${name} | ${run.rooms}×8 | ${f(run.latencyMs.p50)} | ${f(run.latencyMs.p99)} | ${f(run.latencyMs.p999)} | ${f(run.latencyMs.max)} | ${run.lost} | ${run.converged ? 'yes' : 'NO'}${run.databaseMatches === null ? '' : run.databaseMatches ? ', db equal' : ', DB DIFFERS'} | ${f(cpu, 0)} % | ${elu} | ${rss} MiB | ${lag} | ${f(run.loadGenerator.eventLoopUtilization, 2)}${run.loadGenerator.valid ? '' : ' (INVALID)'} |`;
}

const check = (ok, text) => `- ${ok ? '✅' : '❌'} ${text}`;

export function renderReport(r) {
  const { rawRelay, reference, api, apiTwoProcesses, api100, controlPlane, apiJoinStorm, referenceJoinStorm, apiDocumentLoad, referenceDocumentLoad } = r.runs;
  const lines = [];
  lines.push('# Real-time benchmark', '');
  lines.push(`Run ${r.date} on ${r.machine.cpus} × ${r.machine.model}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}. Load generator and servers on the same machine. Produced by \`npm run bench\` (tests/bench/realtime); raw figures in realtime-results.json.`, '');
  lines.push(`Typing: every client types one character every 200 ms (staggered) and sends a cursor update every 200 ms, for ${r.seconds} s. Latency = from the keystroke until the last of the 7 peers applied it to its Y.Doc (ms). Lost = updates some peer never applied. Durable lag = server-side time from receiving an update to its committed INSERT (ms, p99).`, '');
  lines.push('| server | rooms | p50 | p99 | p99.9 | max | lost | converged | server CPU | server ELU | RSS | durable lag p99 | generator ELU |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  lines.push(typingRow('raw ws relay (floor)', rawRelay));
  lines.push(typingRow('@y/websocket-server 0.1.1 (reference, in memory)', reference));
  lines.push(typingRow('our api (auth + persistence)', api));
  lines.push(typingRow('our api, 2 processes + Redis', apiTwoProcesses));
  lines.push(typingRow('our api', api100));
  lines.push('');
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
  if (api?.serverMetrics) lines.push(check((api.serverMetrics[0].collaboration.durableLagMs.p99 ?? Infinity) <= 250, `durable-write lag p99 ${f(api.serverMetrics[0].collaboration.durableLagMs.p99)} ms ≤ 250 ms`));
  if (api) lines.push(check(api.lost === 0 && api.converged && api.databaseMatches === true, `no lost update, clients and database converged (lost ${api.lost})`));
  if (api100) lines.push(check(api100.latencyMs.p99 <= 100, `100 rooms × 8: p99 ${f(api100.latencyMs.p99)} ms ≤ 100 ms`));
  if (apiJoinStorm) lines.push(check(apiJoinStorm.allSynced && apiJoinStorm.msUntilAllSynced <= 2000, `join storm ${f(apiJoinStorm.msUntilAllSynced, 0)} ms ≤ 2 s`));
  const load160 = apiDocumentLoad?.find?.((row) => row.bytes === 160_000);
  if (load160) lines.push(check(load160.ms.p50 <= 50, `160 KB document loads in ${f(load160.ms.p50)} ms (median) ≤ 50 ms`));
  if (api && apiTwoProcesses) {
    lines.push(check(apiTwoProcesses.latencyMs.p50 - api.latencyMs.p50 <= 2, `two processes add ${f(apiTwoProcesses.latencyMs.p50 - api.latencyMs.p50)} ms to p50 (≤ 2)`));
    lines.push(check(apiTwoProcesses.latencyMs.p99 - api.latencyMs.p99 <= 10, `two processes add ${f(apiTwoProcesses.latencyMs.p99 - api.latencyMs.p99)} ms to p99 (≤ 10)`));
  }
  const invalid = Object.entries(r.runs).filter(([, run]) => run?.loadGenerator && run.loadGenerator.valid === false).map(([k]) => k);
  lines.push('', invalid.length === 0 ? 'Every typing run is valid: the load generator stayed below 0.7 event-loop utilisation.' : `INVALID runs (load generator ≥ 0.7 event-loop utilisation): ${invalid.join(', ')}.`);
  lines.push('');
  return `${lines.join('\n')}\n`;
}
