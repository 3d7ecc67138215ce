/**
 * Speed of the guard on a 3,000-word casus, printed rather than asserted (a timed pass/fail test
 * would be flaky on a busy machine). The figures in README.md come from this output and from
 * scripts/measure-privacy-guard-browser.mjs (the same three figures in Chromium, where the guard runs for people).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { medianOf as median, speedCasus, timeChecks } from './corpus/speed-casus.js';
import { findPrivacyIssues } from './guard.js';

describe('privacy guard speed', () => {
  it('prints the time for a 3,000-word casus (cold, warming up, warm) and the size of the language data', () => {
    const text = speedCasus(3000);
    // Three figures, because V8 compiles the guard's largest functions for seconds in the background (see timeChecks).
    const { first, afterFive: warming, afterSixty: warm } = timeChecks(() => findPrivacyIssues(text));
    const findings = findPrivacyIssues(text).length;
    const data = readFileSync(new URL('./data/language-data.ts', import.meta.url));
    console.log(
      `3,000-word casus (${text.length} characters, ${findings} findings): first check ${first.toFixed(0)} ms; ` +
        `after 5 checks median ${median(warming).toFixed(1)} ms (fastest ${Math.min(...warming).toFixed(1)}); ` +
        `after 60 checks median ${median(warm).toFixed(1)} ms (fastest ${Math.min(...warm).toFixed(1)}, slowest ${Math.max(...warm).toFixed(1)})\n` +
        `language data: ${(data.length / 1024).toFixed(0)} KiB, ${(gzipSync(data).length / 1024).toFixed(0)} KiB gzipped`,
    );
    expect(findings).toBeGreaterThan(0);
    // Ninety-five checks take about 5 s alone and longer beside the other privacy files on two cores.
  }, 120_000);
});
