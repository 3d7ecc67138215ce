/**
 * The compact word lists must answer exactly as the Sets they replace did: each list and each combined lookup of
 * name-lists.ts is checked against a Set built the old way, for every entry of every generated list and near misses
 * of them (one letter more, one less, another first letter, a space, capitals).
 */
import { describe, expect, it } from 'vitest';
import * as data from './data/language-data.js';
import {
  AMBIGUOUS_FIRST_NAMES,
  FIRST_NAMES,
  FOREIGN_FIRST_NAMES,
  NAME_WORDS,
  NOT_NAMES,
  SUPPLEMENT_FIRST as SUPPLEMENT_FIRST_RAW,
  SUPPLEMENT_SURNAMES,
  SURNAME_CORES,
  TUSSENVOEGSELS,
  decodeFrontCoded,
  isCommonWord,
  isNotName,
  isPersonListName,
} from './name-lists.js';
import { fold } from './text.js';
import { WordList } from './word-list.js';

const words = (raw: string): string[] => raw.split(/\s+/).filter((w) => w.length > 0);

const LISTS: Record<string, string[]> = {
  FIRST_NAMES: words(data.FIRST_NAMES),
  SURNAMES: words(data.SURNAMES),
  OTHER_NAMES: words(data.OTHER_NAMES),
  FOREIGN_FIRST_NAMES: decodeFrontCoded(data.FOREIGN_FIRST_NAMES),
  NAME_WORDS: words(data.NAME_WORDS),
  PLACE_WORDS: words(data.PLACE_WORDS),
  STREET_WORDS: words(data.STREET_WORDS),
  GEO_HINTS: words(data.GEO_HINTS),
  NOUN_CAPITALS: words(data.NOUN_CAPITALS),
  COMMON_WORDS: decodeFrontCoded(data.COMMON_WORDS),
};

/** Every entry of every list, and near misses of a sample of them. */
const PROBES: string[] = (() => {
  const out = new Set<string>(['', ' ', '-', "'", 'a', 'zzzzzz', 'de vries', 'van', 'Jan', 'jan ', ' jan', 'aaa\tb']);
  for (const list of Object.values(LISTS)) {
    list.forEach((w, i) => {
      out.add(w);
      if (i % 7 !== 0) return;
      out.add(`${w}e`);
      out.add(w.slice(0, -1));
      out.add(`b${w.slice(1)}`);
      out.add(`${w} ${w}`);
      out.add(w.toUpperCase());
      out.add(`${w}zz`);
    });
  }
  return [...out];
})();

function expectSame(name: string, actual: (w: string) => boolean, expected: (w: string) => boolean): void {
  const differ = PROBES.filter((w) => actual(w) !== expected(w));
  expect(differ.slice(0, 10), `${name}: ${differ.length} probes answer differently`).toEqual([]);
}

describe('WordList', () => {
  it('answers like a Set of the entries, for each generated list', () => {
    for (const [name, list] of Object.entries(LISTS)) {
      const set = new Set(list);
      const compact = new WordList(name === 'SURNAMES' ? data.SURNAMES : list.join(' '));
      expect(compact.size, name).toBe(set.size);
      expectSame(name, (w) => compact.has(w), (w) => set.has(w));
    }
  });

  it('finds a suffix in place (hasFrom) as the sliced word would be found', () => {
    const list = new WordList('ouders school\nvader  school');
    expect(list.hasFrom('pleegouders', 5)).toBe(true);
    expect(list.hasFrom('pleegouders', 4)).toBe(false);
    expect(list.hasFrom('basisschool', 5)).toBe(true);
    expect(list.hasFrom('vader', 5)).toBe(false);
    expect(list.size).toBe(3);
    expect([...list].sort()).toEqual(['ouders', 'school', 'vader']);
  });

  it('the lookups of name-lists.ts answer like the Sets they replace', () => {
    // The supplements are the module's own (what is checked here is the lookup, not the list's contents).
    const SUPPLEMENT_FIRST = words(SUPPLEMENT_FIRST_RAW);
    const tussen = new Set<string>(TUSSENVOEGSELS.flatMap((t) => t.split(' ')));
    const first = new Set([...words(data.FIRST_NAMES), ...SUPPLEMENT_FIRST]);
    const foreign = new Set(decodeFrontCoded(data.FOREIGN_FIRST_NAMES));
    const cores = new Set(
      [...words(data.SURNAMES), ...words(data.OTHER_NAMES), ...words(SUPPLEMENT_SURNAMES)].filter((w) => !tussen.has(w) && w.length > 1),
    );
    const nameWords = new Set(words(data.NAME_WORDS));
    const ambiguous = new Set([...nameWords, ...words('said can will may june bill sky joy guy ray sue jay hope hoop wei')]);
    const personSurnames = new Set(data.SURNAMES.split('\n').map((s) => s.trim().split(' ').pop() ?? ''));
    const supplementSurnames = new Set(SUPPLEMENT_SURNAMES.split(' '));
    const nounCapitals = new Set(words(data.NOUN_CAPITALS));
    const common = new Set(decodeFrontCoded(data.COMMON_WORDS));
    expectSame('FIRST_NAMES', (w) => FIRST_NAMES.has(w), (w) => first.has(w));
    expectSame('FOREIGN_FIRST_NAMES', (w) => FOREIGN_FIRST_NAMES.has(w), (w) => foreign.has(w));
    expectSame('SURNAME_CORES', (w) => SURNAME_CORES.has(w), (w) => cores.has(w));
    expectSame('NAME_WORDS', (w) => NAME_WORDS.has(w), (w) => nameWords.has(w));
    expectSame('AMBIGUOUS_FIRST_NAMES', (w) => AMBIGUOUS_FIRST_NAMES.has(w), (w) => ambiguous.has(w));
    expectSame(
      'isPersonListName',
      (w) => isPersonListName(w),
      (w) => [first, foreign, personSurnames, supplementSurnames].some((s) => s.has(fold(w))),
    );
    // A first name's diminutive ("fredje") that OpenTaal inflects like a noun is a name (after DV).
    const diminutiveOfFirst = (f: string): boolean => f.endsWith('je') && (first.has(f.slice(0, -2)) || (f.endsWith('tje') && first.has(f.slice(0, -3))));
    expectSame('isNotName', (w) => isNotName(w), (w) => NOT_NAMES.has(fold(w)) || (nounCapitals.has(fold(w)) && !diminutiveOfFirst(fold(w))));
    const oldCommon = (w: string): boolean => {
      const f = fold(w);
      if (common.has(f)) return true;
      for (let k = 3; k <= f.length - 3; k++) if (common.has(f.slice(k))) return true;
      return false;
    };
    expectSame('isCommonWord', (w) => isCommonWord(w), oldCommon);
  });
});
