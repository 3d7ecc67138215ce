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
