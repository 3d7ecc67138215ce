import { CLEAN_SENTENCES, IDENTIFYING_SENTENCES } from './casus-sentences.js';
import { HELD_OUT_A_CLEAN, HELD_OUT_A_IDENTIFYING } from './held-out-a.js';
import { HELD_OUT_B_CLEAN, HELD_OUT_B_IDENTIFYING } from './held-out-b.js';

/**
 * The casus the guard's speed is measured on (speed.spec.ts, scripts/measure-privacy-guard.mjs): corpus sentences
 * up to `words` words, a blank line after every seventh. One definition, so the spec and the script time the same text.
 */
export function speedCasus(words = 3000): string {
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

/** The guard's speed in the three figures the project reports, each a median over 30 checks where it is a median. */
export interface CheckTimes {
  /** The first check (nothing compiled yet, the word lists built on first use). */
  readonly first: number;
  /** 30 checks after the first 5: V8 is still optimising the largest functions (the protocol of the figure in issue 12). */
  readonly afterFive: readonly number[];
  /** 30 checks after the first 60: warm, as in a tab where someone has been writing (the editor checks after every pause). */
  readonly afterSixty: readonly number[];
}

/**
 * Times `check` (one check of the speed casus) by the project's protocol: 95 checks in a row. One definition, so that
 * speed.spec.ts (Node) and scripts/measure-privacy-guard-browser.mjs (Chromium) report the same figures.
 */
export function timeChecks(check: () => unknown): CheckTimes {
  const time = (): number => {
    const t0 = performance.now();
    check();
    return performance.now() - t0;
  };
  const first = time();
  for (let i = 1; i < 5; i++) time();
  const afterFive = Array.from({ length: 30 }, time);
  for (let i = 0; i < 30; i++) time();
  const afterSixty = Array.from({ length: 30 }, time);
  return { first, afterFive, afterSixty };
}

/** The median of some timings (the upper one of an even count). */
export function medianOf(times: readonly number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
}
