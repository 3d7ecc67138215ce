#!/usr/bin/env node
/**
 * Memory and speed of two builds of the privacy guard, printed side by side (figures, not assertions):
 *
 *   node --expose-gc libs/domain/scripts/measure-privacy-guard.mjs <old dist> [<new dist>]
 *
 * A dist is a built `libs/domain/dist` (npx nx run @mao/domain:build; copy the old one to /tmp first);
 * the second defaults to this checkout's. Memory: each build in a fresh child process (so RSS is not shared),
 * alternating old/new, heap used, V8's committed heap (heapTotal) and RSS after importing the guard, running it once on
 * the 3,000-word casus and collecting garbage, minus the same process's figures before the import. RSS moves less than
 * the heap: much of it is memory V8 and the allocator keep once touched (compiler zones, young generation). Speed: both builds in this one process,
 * interleaved (old/new order alternating per round), medians of the casus of speed.spec. Retention: in the same
 * child processes, the heap growth after 400 more checks of distinct texts as an api sees them (the casus plus three
 * new long compound words each), i.e. what the guard keeps alive between requests.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const MiB = 1024 * 1024;
const script = fileURLToPath(import.meta.url);
const here = resolve(script, '..');

if (typeof global.gc !== 'function') {
  console.error('run with node --expose-gc');
  process.exit(2);
}

/**
 * The casus of speed.spec.ts (corpus/speed-casus.ts), taken from the new build for both: the old and the new guard
 * are timed on the same text even when their corpora differ (a build from before speed-casus.ts has none).
 */
async function casusOf(casusDist, words) {
  const { speedCasus } = await import(pathToFileURL(resolve(casusDist, 'privacy', 'corpus', 'speed-casus.js')).href);
  return speedCasus(words);
}

function settle() {
  for (let i = 0; i < 4; i++) global.gc();
  return process.memoryUsage();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

if (process.argv[2] === '--child') {
  // One build in a fresh process: the casus is built first so that only the guard's share is measured.
  const dist = process.argv[3];
  const text = await casusOf(process.argv[4], 3000);
  const before = settle();
  const t0 = performance.now();
  const guard = await import(pathToFileURL(resolve(dist, 'privacy', 'index.js')).href);
  const t1 = performance.now();
  const findings = guard.findPrivacyIssues(text).length;
  const t2 = performance.now();
  const after = settle();
  const tag = (i) => String.fromCharCode(97 + (i % 26), 97 + (Math.floor(i / 26) % 26));
  for (let i = 0; i < 400; i++) {
    guard.findPrivacyIssues(`${text} Gezinsbegeleidingstraject${tag(i)} samenwerkingsafspraken${tag(i)} de Jeugdbeschermingstafel${tag(i)}`);
  }
  const later = settle();
  console.log(JSON.stringify({
    heap: after.heapUsed - before.heapUsed, committed: after.heapTotal - before.heapTotal, rss: after.rss - before.rss,
    heapTotal: after.heapUsed, rssTotal: after.rss,
    load: t1 - t0, first: t2 - t1, findings, retained: later.heapUsed - after.heapUsed,
  }));
  process.exit(0);
}

const oldDist = resolve(process.argv[2] ?? '');
const newDist = resolve(process.argv[3] ?? resolve(here, '..', 'dist'));
if (!process.argv[2]) {
  console.error('usage: node --expose-gc measure-privacy-guard.mjs <old dist> [<new dist>]');
  process.exit(2);
}

// Memory: five fresh processes per build, alternating.
const mem = { old: [], new: [] };
for (let i = 0; i < 5; i++) {
  for (const [name, dist] of i % 2 === 0 ? [['old', oldDist], ['new', newDist]] : [['new', newDist], ['old', oldDist]]) {
    const out = execFileSync(process.execPath, ['--expose-gc', script, '--child', dist, newDist], { encoding: 'utf8' });
    mem[name].push(JSON.parse(out.trim().split('\n').pop()));
  }
}
const fmt = (xs, key) => `${(median(xs.map((x) => x[key])) / MiB).toFixed(2)} MiB (${xs.map((x) => (x[key] / MiB).toFixed(2)).join(', ')})`;
const ms = (xs, key) => `${median(xs.map((x) => x[key])).toFixed(0)} ms`;
console.log(`memory after import + one run + gc, minus before the import (median of 5 fresh processes each):`);
for (const name of ['old', 'new']) {
  console.log(`  ${name}: heap used +${fmt(mem[name], 'heap')}; V8 heap committed +${fmt(mem[name], 'committed')}; RSS +${fmt(mem[name], 'rss')}; process heap used ${fmt(mem[name], 'heapTotal')}, RSS ${fmt(mem[name], 'rssTotal')}; import ${ms(mem[name], 'load')}, first run ${ms(mem[name], 'first')}; ${mem[name][0]?.findings} findings`);
  console.log(`       heap used after 400 more distinct texts: +${fmt(mem[name], 'retained')}`);
}

// Speed: both builds in this process, interleaved.
const text = await casusOf(newDist, 3000);
const oldGuard = await import(pathToFileURL(resolve(oldDist, 'privacy', 'index.js')).href);
const newGuard = await import(pathToFileURL(resolve(newDist, 'privacy', 'index.js')).href);
const runs = { old: [], new: [] };
const count = { old: 0, new: 0 };
for (let i = 0; i < 3; i++) {
  oldGuard.findPrivacyIssues(text);
  newGuard.findPrivacyIssues(text);
}
const ROUNDS = Number(process.env.ROUNDS ?? 30);
for (let i = 0; i < ROUNDS; i++) {
  for (const [name, guard] of i % 2 === 0 ? [['old', oldGuard], ['new', newGuard]] : [['new', newGuard], ['old', oldGuard]]) {
    const t0 = performance.now();
    count[name] = guard.findPrivacyIssues(text).length;
    runs[name].push(performance.now() - t0);
  }
}
console.log(`speed, 3,000-word casus (${text.length} characters), ${ROUNDS} interleaved runs each in one process:`);
for (const name of ['old', 'new']) {
  const r = runs[name];
  console.log(`  ${name}: median ${median(r).toFixed(1)} ms, fastest ${Math.min(...r).toFixed(1)} ms, slowest ${Math.max(...r).toFixed(1)} ms, ${count[name]} findings`);
}
const same = JSON.stringify(oldGuard.findPrivacyIssues(text)) === JSON.stringify(newGuard.findPrivacyIssues(text));
console.log(`  findings identical: ${same}`);
