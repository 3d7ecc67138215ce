/**
 * Checks the shape of a blind writer's batch without printing any of its content (the writer must stay blind, and so must the
 * engineer until the batch is committed and measured): 130 identifying sentences, each with labels that are exact substrings of
 * it and of a known kind; 130 clean sentences without labels; no sentence twice. See docs/privacy-writers/README.md.
 *
 *   npx tsx libs/domain/scripts/check-held-out-batch.ts docs/privacy-pending/held-out-xx.ts
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PRIVACY_KINDS } from '../src/privacy/messages.js';

interface Sentence {
  readonly text: string;
  readonly expected?: readonly { readonly kind: string; readonly match: string }[];
}

const file = process.argv[2];
const id = file ? /held-out-([a-z]+)\.ts$/u.exec(file)?.[1]?.toUpperCase() : undefined;
if (!file || !id) {
  console.log('usage: npx tsx libs/domain/scripts/check-held-out-batch.ts docs/privacy-pending/held-out-xx.ts');
  process.exit(2);
}
const batch = (await import(pathToFileURL(resolve(file)).href)) as Record<string, unknown>;
const identifying = batch[`HELD_OUT_${id}_IDENTIFYING`] as readonly Sentence[] | undefined;
const clean = batch[`HELD_OUT_${id}_CLEAN`] as readonly Sentence[] | undefined;
if (!Array.isArray(identifying) || !Array.isArray(clean)) {
  console.log(`exports HELD_OUT_${id}_IDENTIFYING and HELD_OUT_${id}_CLEAN are missing`);
  process.exit(1);
}
const problems: string[] = [];
if (identifying.length !== 130) problems.push(`identifying has ${identifying.length} sentences, want 130`);
if (clean.length !== 130) problems.push(`clean has ${clean.length} sentences, want 130`);
let labels = 0;
identifying.forEach((s, i) => {
  if (!s.expected?.length) problems.push(`identifying #${i + 1} has no label`);
  for (const x of s.expected ?? []) {
    labels++;
    if (!(x.kind in PRIVACY_KINDS)) problems.push(`identifying #${i + 1}: unknown kind`);
    if (!s.text.includes(x.match)) problems.push(`identifying #${i + 1}: a label is not an exact substring of the text`);
    if (!x.match || x.match !== x.match.trim()) problems.push(`identifying #${i + 1}: a label is empty or has spaces at an end`);
  }
});
clean.forEach((s, i) => {
  if (s.expected?.length) problems.push(`clean #${i + 1} has labels`);
});
const texts = new Set<string>();
for (const s of [...identifying, ...clean]) {
  if (texts.has(s.text)) problems.push('a sentence appears twice');
  texts.add(s.text);
}
console.log(problems.length ? problems.join('\n') : `OK: ${identifying.length} identifying sentences with ${labels} labels, ${clean.length} clean sentences`);
process.exit(problems.length ? 1 : 0);
