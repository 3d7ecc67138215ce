/**
 * Fills docs/privacy-writers/brief-template.md for one blind batch: its id, its kind (spoken text or lowercase chat) and its six
 * styles (a text file, one "(n) ..." line per style). The brief goes outside the repository, to the writer alone:
 *
 *   npx tsx libs/domain/scripts/write-batch-brief.ts <id> <dictated|chat> <styles.txt> <out.md> [<date>]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const KIND_TEXT = {
  dictated:
    'All six styles are **spoken text turned into writing**: transcribed conversations, voice memos, speech-to-text notes and dictated reports. Write them as speech recognition outputs them: mostly lowercase (names too, most of the time), few or no commas, filler words (eh, uh, nou, dus), self-corrections, numbers sometimes as words or digit by digit, now and then dictated punctuation (komma, punt).',
  chat: 'All six styles are **lowercase chat**: whatsapp, teams, sms, dm\'s, typed fast on a phone: names, places and institutions in lowercase, abbreviations (ff, mn, zn, idd, aub, wss), missing punctuation, typos here and there, emoji words rarely.',
} as const;

const [id, kind, stylesFile, out, date] = process.argv.slice(2);
if (!id || !/^[a-z]{1,3}$/iu.test(id) || (kind !== 'dictated' && kind !== 'chat') || !stylesFile || !out) {
  console.log('usage: npx tsx libs/domain/scripts/write-batch-brief.ts <id> <dictated|chat> <styles.txt> <out.md> [<date>]');
  process.exit(2);
}
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const brief = readFileSync(join(root, 'docs/privacy-writers/brief-template.md'), 'utf8')
  .replaceAll('__ID__', id.toUpperCase())
  .replaceAll('__lc__', id.toLowerCase())
  .replaceAll('__KIND__', KIND_TEXT[kind])
  .replaceAll('__STYLES__', readFileSync(stylesFile, 'utf8').trim())
  .replaceAll('__DATE__', date ?? new Date().toISOString().slice(0, 10))
  .replaceAll('__ROOT__', root);
writeFileSync(out, brief);
console.log(`brief for ${id.toUpperCase()} written to ${out}`);
