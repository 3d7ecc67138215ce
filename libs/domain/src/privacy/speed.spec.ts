/**
 * Speed of the guard on a 3,000-word casus, printed rather than asserted (a timed pass/fail test
 * would be flaky on a busy machine). The figure in README.md comes from this output.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CLEAN_SENTENCES, IDENTIFYING_SENTENCES } from './corpus/casus-sentences.js';
import { HELD_OUT_A_CLEAN, HELD_OUT_A_IDENTIFYING } from './corpus/held-out-a.js';
import { HELD_OUT_B_CLEAN, HELD_OUT_B_IDENTIFYING } from './corpus/held-out-b.js';
import { findPrivacyIssues } from './guard.js';

function casusOf(words: number): string {
  const sentences = [...IDENTIFYING_SENTENCES, ...CLEAN_SENTENCES, ...HELD_OUT_A_IDENTIFYING, ...HELD_OUT_A_CLEAN, ...HELD_OUT_B_IDENTIFYING, ...HELD_OUT_B_CLEAN].map((s) => s.text);
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const s = sentences[i % sentences.length] ?? '';
    out.push(s);
    count += s.split(/\s+/).length;
    if (i % 7 === 6) out.push('\n\n');
  }
  return out.join(' ');
}

describe('privacy guard speed', () => {
  it('prints the time for a 3,000-word casus and the size of the language data', () => {
    const text = casusOf(3000);
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
  });
});
