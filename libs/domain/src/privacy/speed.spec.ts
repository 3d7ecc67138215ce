/**
 * Speed of the guard on a 3,000-word casus, printed rather than asserted (a timed pass/fail test
 * would be flaky on a busy machine). The figure in README.md comes from this output.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { speedCasus } from './corpus/speed-casus.js';
import { findPrivacyIssues } from './guard.js';

describe('privacy guard speed', () => {
  it('prints the time for a 3,000-word casus and the size of the language data', () => {
    const text = speedCasus(3000);
    // Warm up: the first checks in a process run unoptimised code (a browser tab that has been open a while runs the fast one).
    for (let i = 0; i < 5; i++) findPrivacyIssues(text);
    const runs: number[] = [];
    let findings = 0;
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      findings = findPrivacyIssues(text).length;
      runs.push(performance.now() - t0);
    }
    runs.sort((a, b) => a - b);
    const median = runs[Math.floor(runs.length / 2)] ?? 0;
    const data = readFileSync(new URL('./data/language-data.ts', import.meta.url));
    console.log(
      `3,000-word casus (${text.length} characters, ${findings} findings): median ${median.toFixed(1)} ms, ` +
        `fastest ${(runs[0] ?? 0).toFixed(1)} ms, slowest ${(runs[runs.length - 1] ?? 0).toFixed(1)} ms over ${runs.length} runs\n` +
        `language data: ${(data.length / 1024).toFixed(0)} KiB, ${(gzipSync(data).length / 1024).toFixed(0)} KiB gzipped`,
    );
    expect(findings).toBeGreaterThan(0);
    // Thirty-five runs take about 3 s alone and over 5 s (the default limit) beside the other privacy files on two cores.
  }, 60_000);
});
