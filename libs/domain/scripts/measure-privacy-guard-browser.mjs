#!/usr/bin/env node
/**
 * Speed of the privacy guard where it runs for people: in the browser (Debian's Chromium), bundled as the web app bundles it.
 * Printed, not asserted (figures, not pass/fail):
 *
 *   node libs/domain/scripts/measure-privacy-guard-browser.mjs [<dist> ...]
 *
 * Each dist (default: this checkout's libs/domain/dist; build it first with npx nx run @mao/domain:build) is bundled into one
 * script with esbuild and loaded into its own fresh page. On the 3,000-word casus of speed.spec it times, per page, by the
 * protocol of speed.spec (timeChecks in corpus/speed-casus.ts, taken from the last dist for all, so older builds compare too):
 * - the first check (a fresh tab: the code is not compiled yet, the word lists are built on first use);
 * - the median of 30 checks after 5 (the protocol of speed.spec: the JIT is still compiling the largest functions);
 * - the median of 30 checks after 60 (a tab in which someone has been typing a while: the editor checks after every pause).
 * With several dists the pages alternate, old/new order swapped per round, so that a busy machine slows both alike.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = resolve(fileURLToPath(import.meta.url), '..');
const dists = process.argv.slice(2).length > 0 ? process.argv.slice(2) : [resolve(here, '..', 'dist')];
const ROUNDS = Number(process.env.ROUNDS ?? 3);

/** The casus and the timing protocol (speedCasus, timeChecks) come from the newest build for every build, as in measure-privacy-guard.mjs. */
const protocol = resolve(dists[dists.length - 1], 'privacy', 'corpus', 'speed-casus.js');
const { medianOf: median } = await import(pathToFileURL(protocol).href);

async function bundle(dist) {
  const entry = `export { findPrivacyIssues } from ${JSON.stringify(resolve(dist, 'privacy', 'index.js'))};
export { speedCasus, timeChecks, medianOf } from ${JSON.stringify(protocol)};`;
  const out = await build({
    stdin: { contents: entry, resolveDir: dist, loader: 'js' },
    bundle: true,
    format: 'iife',
    globalName: 'guardBundle',
    minify: true,
    target: 'es2022',
    write: false,
  });
  return out.outputFiles[0].text;
}

/** One fresh page: load the bundle, then time the checks (all inside the page, performance.now of the page). */
async function measure(browser, script) {
  const page = await browser.newPage();
  try {
    await page.setContent('<!doctype html><title>guard</title>');
    await page.addScriptTag({ content: script });
    return await page.evaluate(() => {
      const { findPrivacyIssues, speedCasus, timeChecks, medianOf } = globalThis.guardBundle;
      const text = speedCasus(3000);
      const { first, afterFive, afterSixty } = timeChecks(() => findPrivacyIssues(text));
      return { first, afterFive: medianOf(afterFive), steady: medianOf(afterSixty), fastest: Math.min(...afterSixty), findings: findPrivacyIssues(text).length };
    });
  } finally {
    await page.close();
  }
}

const scripts = await Promise.all(dists.map(bundle));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const results = dists.map(() => []);
const version = browser.version();
try {
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? [...dists.keys()] : [...dists.keys()].reverse();
    for (const k of order) results[k].push(await measure(browser, scripts[k]));
  }
} finally {
  await browser.close();
}
const ms = (x) => `${x.toFixed(1)} ms`;
console.log(`3,000-word casus in Chromium (${version}), medians over ${ROUNDS} fresh pages per build:`);
dists.forEach((dist, k) => {
  const r = results[k];
  const of = (key) => median(r.map((x) => x[key]));
  console.log(
    `  ${dist}: first check ${ms(of('first'))}; after 5 checks ${ms(of('afterFive'))}; after 60 checks ${ms(of('steady'))} ` +
      `(fastest ${ms(Math.min(...r.map((x) => x.fastest)))}); ${r[0].findings} findings; bundle ${(scripts[k].length / 1024).toFixed(0)} KiB`,
  );
  console.log(`    per page: ${r.map((x) => `${x.first.toFixed(0)}/${x.afterFive.toFixed(1)}/${x.steady.toFixed(1)}`).join(', ')} (first/after 5/after 60)`);
});
