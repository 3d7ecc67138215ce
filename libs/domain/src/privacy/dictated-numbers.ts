/**
 * Numbers as speech-to-text writes them when a professional dictates (after AP): "nul zes, drie acht, vijf twee, negen
 * een, zeven vier", "dossiernummer ... twee nul twee vier streepje nul acht drie een vijf", "postcode drie vijf een twee
 * a b", "adres is lindelaan zevenendertig". The digit detectors of numbers.ts read digits; these read the words, with the
 * separators dictation produces (commas where the speaker paused, "streepje" for a dash).
 */
import { ID_NUMBER_STEM_FIRST_LETTERS, ID_NUMBER_STEM_PATTERN } from './id-cues.js';
import { linesWith, matchAllInLines, startsWithOneOf } from './text.js';
import { cardinalValue, spokenDigits } from './number-words.js';
import type { Candidate } from './types.js';

/** One spoken digit group (a number word 0–99 or digits) after a separator a dictating speaker produces. */
const RUN_NEXT = /(?:[ \u00a0]*,?[ \u00a0]+(?:uh|eh|ehm|euh|uhm)[ \u00a0]*,?[ \u00a0]+|[ \u00a0]+(?:streepje|koppelteken|liggend streepje|min|spatie)[ \u00a0]+|[ \u00a0]*[,-]?[ \u00a0]+|[ \u00a0]*-[ \u00a0]*|[ \u00a0]*(?:\.{2,3}|…)[ \u00a0]*)(\p{L}+|\d+)(?![\p{L}\p{N}])/uy;
/** A correction of the group just said: "nee", "sorry", "nee sorry", then the group that replaces it. */
const RUN_CORRECTION = /[ \u00a0]*,?[ \u00a0]+(?:nee|sorry)(?:[ \u00a0]*,?[ \u00a0]+(?:nee|sorry))?[ \u00a0]*,?[ \u00a0]+(\p{L}+|\d+)(?![\p{L}\p{N}])/uy;
const RUN_FIRST = /(?<![\p{L}\p{N}])(\p{L}+|\d+)(?![\p{L}\p{N}])/uy;

export interface SpokenRun {
  readonly start: number;
  readonly end: number;
  readonly digits: string;
  /** How many groups were words: a run of digits only is numbers.ts's. */
  readonly words: number;
  /** Whether the speaker corrected a group ("drie acht nee drie negen"): one group after the run may still belong to it. */
  readonly corrected?: boolean;
}

/** The spoken digits from `at` on (the first group must start there), or undefined when no digit group starts there. */
export function readSpokenRun(text: string, at: number, maxDigits: number): SpokenRun | undefined {
  RUN_FIRST.lastIndex = at;
  const first = RUN_FIRST.exec(text);
  const d0 = first ? spokenDigits(first[1] ?? '') : undefined;
  if (!first || d0 === undefined) return undefined;
  let digits = d0;
  let words = /\p{L}/u.test(first[1] ?? '') ? 1 : 0;
  let end = at + first[0].length;
  let last = d0.length;
  let corrected = false;
  while (digits.length < maxDigits) {
    // After DV–DY: the speaker corrects the group just said ("nul zes drie acht nee drie negen ..."): the new group replaces it.
    RUN_CORRECTION.lastIndex = end;
    const c = words > 0 ? RUN_CORRECTION.exec(text) : null;
    const dc = c ? spokenDigits(c[1] ?? '') : undefined;
    if (c && dc !== undefined) {
      digits = digits.slice(0, digits.length - last) + dc;
      last = dc.length;
      end = c.index + c[0].length;
      corrected = true;
      continue;
    }
    RUN_NEXT.lastIndex = end;
    const n = RUN_NEXT.exec(text);
    const d = n ? spokenDigits(n[1] ?? '') : undefined;
    if (!n || d === undefined) break;
    digits += d;
    last = d.length;
    if (/\p{L}/u.test(n[1] ?? '')) words++;
    end = n.index + n[0].length;
  }
  return { start: at, end, digits, words, corrected };
}

/**
 * The first run after a cue, within `maxSkip` filler words ("is", "bij de gemeente is", ":"). Also numbers.ts's spoken BSN,
 * so that every dictated number is read the same way.
 */
export function runAfterCue(text: string, cueEnd: number, maxDigits: number, maxSkip = 6): SpokenRun | undefined {
  const word = /(?:[ \u00a0:,-]|\.{2,3}|…)+(\p{L}+|\d+)/uy;
  let at = cueEnd;
  for (let skip = 0; skip <= maxSkip; skip++) {
    word.lastIndex = at;
    const w = word.exec(text);
    if (!w) return undefined;
    const start = w.index + w[0].length - (w[1] ?? '').length;
    const run = readSpokenRun(text, start, maxDigits);
    if (run) return run;
    at = w.index + w[0].length;
  }
  return undefined;
}

/** Service numbers (0800, 0900 ...): they identify nobody. Shared with numbers.ts. */
export const SERVICE_NUMBERS = /^0(?:800|900|906|909)/;

/**
 * A Dutch phone number spoken as number words, alone or mixed with digit groups, in pairs or with pauses ("nul zes een vier
 * ...", "06 twaalf 34 ...", "nul zes, drie acht, ..."): a run that starts with a zero and spells ten digits, at least one a word.
 * Called by numbers.ts's detectPhone, on the text with OCR digits read.
 */
export function detectSpokenPhones(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(?:nul|0\d{0,3})(?![\p{L}\p{N}])/giu)) {
    const run = readSpokenRun(text, m.index, 10);
    // A mobile number (06) with a digit lost by speech-to-text is still one (after BM: "nul zes één twee ... acht negen").
    const digitsOk = run ? run.digits.length === 10 || (run.digits.length === 9 && run.digits.startsWith('06')) : false;
    if (!run || run.words === 0 || !digitsOk || run.digits[1] === '0' || SERVICE_NUMBERS.test(run.digits) || run.digits === '0123456789') continue;
    // A corrected number may have corrected two digits with one ("drie acht nee drie negen"): a last spoken digit belongs to it too.
    let end = run.end;
    if (run.corrected) {
      RUN_NEXT.lastIndex = end;
      const n = RUN_NEXT.exec(text);
      if (n && spokenDigits(n[1] ?? '')?.length === 1) end = n.index + n[0].length;
    }
    out.push({ kind: 'phone', start: run.start, end });
  }
  // After GU–GY: a foreign number said with its country code, "plus drie vijf negen acht acht acht een twee ...": "plus" and ten to
  // thirteen digits, at least one a word.
  if (/plus/iu.test(text)) {
    for (const m of text.matchAll(/(?<![\p{L}])plus[ \u00a0]+/giu)) {
      const run = readSpokenRun(text, m.index + m[0].length, 13);
      if (!run || run.words === 0 || run.digits.length < 10 || run.start !== m.index + m[0].length) continue;
      out.push({ kind: 'phone', start: m.index, end: run.end });
    }
  }
  return out;
}

// (After FX–GA also a contract or a sports club's membership: "het nummer van ons contract ... is twee drie negen zes nul", "bondsnummer";
// the stems are id-cues.ts's, shared with the written numbers.)
const ID_CUE = new RegExp(
  `${startsWithOneOf(ID_NUMBER_STEM_FIRST_LETTERS, 'k')}(?<![\\p{L}])(?:(?:${ID_NUMBER_STEM_PATTERN})s?[- ]?(?:nummer|nr)|kenmerk|contract|dossier)(?![\\p{L}])`,
  'giu',
);
/** Letters said one by one before a spoken number ("j b nul vijf vijf ...", "s m w 2 3 1 1 9"): the number's prefix. */
const LETTER_PREFIX = /(?:(?<![\p{L}\p{N}])\p{Ll}[ \u00a0]+){1,4}$/u;
/** "tweeduizend vijfentwintig streepje nul drie drie": a dash said between two parts of one number. */
const SPOKEN_DASH = /[ \u00a0]+(?:streepje|streep|koppelteken|min)[ \u00a0]+/uy;

/** A file, client or pupil number spoken after its cue: five digits or more, at least one a word. */
function detectSpokenIds(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(ID_CUE)) {
    // (After FX–GA up to ten words between: "klantnummer van de familie nowak bij ons is vier nul vier zeven drie"; a phone number
    // is the phone rule's.)
    const run = runAfterCue(text, m.index + m[0].length, 16, 10);
    if (run?.digits.startsWith('0') && run.digits.length >= 10) continue;
    // Number words, or digits read out one by one ("cliëntnummer 7 7 4 1 0 9"; digits in groups are numbers.ts's).
    if (!run) continue;
    // (After GB–GE also a prefix of letters said one by one, a bare "dossier" as cue, and a dash said between two parts.)
    let { start, end } = run;
    let digits = run.digits;
    SPOKEN_DASH.lastIndex = end;
    const dash = SPOKEN_DASH.exec(text);
    const rest = dash ? readSpokenRun(text, end + dash[0].length, 16) : undefined;
    if (rest) {
      end = rest.end;
      digits += rest.digits;
    }
    // A year said first before a dash ("tweeduizend vijfentwintig streepje ..."): the run starts at its tens.
    const thousand = /(?<![\p{L}])tweeduizend[ \u00a0]+$/u.exec(text.slice(m.index + m[0].length, start));
    if (thousand && (rest || /streep|koppelteken/u.test(text.slice(start, end)))) {
      start -= thousand[0].length;
      digits = `20${digits}`;
    }
    const prefix = LETTER_PREFIX.exec(text.slice(m.index + m[0].length, start));
    if (prefix) start -= prefix[0].length;
    const oneByOne = /^\d(?:[ \u00a0,]+\d){4,}$/u.test(text.slice(run.start, run.end));
    if ((run.words > 0 || oneByOne) && digits.length >= 5) out.push({ kind: 'client_number', start, end });
  }
  return out;
}

/** The two letters of a spoken postcode: "a b", "h, g", "ab", "h.g." */
const POSTCODE_LETTERS = /[ \u00a0,]+(?:([a-z])[ \u00a0,.]+([a-z])\.?|([a-z]{2}))(?![\p{L}\p{N}])/iuy;
const NOT_LETTERS = new Set(['en', 'in', 'is', 'op', 'te', 'of', 'om', 'al', 'na']);

/** A postcode dictated after "postcode": four digits as words or one by one, then two letters. */
function detectSpokenPostcodes(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(/(?<![\p{L}])postcode(?![\p{L}])/giu)) {
    // (After FL–FO up to ten words after the cue: "postcode nog even bevestigen oma ja dat is zeven acht drie nul k l".)
    const run = runAfterCue(text, m.index + m[0].length, 4, 10);
    // (After DZ–EC also digits read out one by one: "postcode 7 4 1 1 h g".)
    const oneByOne = run !== undefined && /^\d(?:[ \u00a0,]+\d){3}$/u.test(text.slice(run.start, run.end));
    if (!run || (run.words === 0 && !oneByOne) || run.digits.length !== 4 || run.digits[0] === '0') continue;
    POSTCODE_LETTERS.lastIndex = run.end;
    const letters = POSTCODE_LETTERS.exec(text);
    if (!letters || (letters[3] && NOT_LETTERS.has(letters[3].toLowerCase()))) continue;
    out.push({ kind: 'postcode', start: run.start, end: letters.index + letters[0].length });
    // (After GZ–HD: the same digits said again with corrected letters, "negen vijf nul een a r zeg ik nee a s dus negen vijf nul een a s".)
    const said = text.slice(run.start, run.end);
    for (let again = text.indexOf(said, letters.index + letters[0].length); again >= 0; again = text.indexOf(said, again + said.length)) {
      POSTCODE_LETTERS.lastIndex = again + said.length;
      const more = POSTCODE_LETTERS.exec(text);
      if (!more || more.index !== again + said.length || (more[3] && NOT_LETTERS.has(more[3].toLowerCase()))) continue;
      out.push({ kind: 'postcode', start: again, end: more.index + more[0].length });
    }
  }
  return out;
}

/** After an address cue, a street word and a house number spoken as a word: "adres is lindelaan zevenendertig". */
const SPOKEN_ADDRESS =
  /(?<![\p{L}])(?:adres|woon(?:t|de|den|en)?|wonen|verhuisd|verhuizen)[ \u00a0:]+(?:(?:is|was|nu|aan|op|naar)[ \u00a0]+){0,2}(?:de[ \u00a0]+)?(\p{L}[\p{L}'’-]*(?:straat|laan|weg|plein|gracht|singel|kade|dijk|dreef|steeg|hof|park|pad|erf|ring|baan)[ \u00a0]+(\p{L}+))(?![\p{L}])/giu;

/** After AR: a capitalised street and a house number word, no cue needed ("Populierenlaan achtenveertig", "Schoolstraat negen"). */
// The lookahead restates that the word ends in a street ending's last letter: most capitalised words fail there.
const CAPITALISED_SPOKEN_ADDRESS =
  /(?<![\p{L}])(?=\p{Lu}[\p{L}'’-]*[defgklnt][ \u00a0])(\p{Lu}[\p{L}'’-]*(?:straat|laan|weg|plein|gracht|singel|kade|dijk|dreef|steeg|hof|park|pad|erf|ring|baan)[ \u00a0]+(\p{Ll}+))(?![\p{L}])/gu;

/** What every match of SPOKEN_ADDRESS and CAPITALISED_SPOKEN_ADDRESS holds (a street's ending, a space, a letter): the other lines are not searched. */
const STREET_WORD_GATE = /(?:straat|laan|weg|plein|gracht|singel|kade|dijk|dreef|steeg|hof|park|pad|erf|ring|baan)[ \u00a0]+\p{L}/iu;

const HOUSE_NUMBER_END =
  /^(?:[ \u00a0]*(?:[,.;:)!?\n]|$)|[ \u00a0]+(?:komma|punt|nieuwe[ \u00a0]+regel|(?:een|twee|drie|vier|vijf)[ \u00a0]+hoog|hoog|huis|bis|[a-d](?![\p{L}])|in[ \u00a0]+\p{L}|te[ \u00a0]+\p{L}|\p{Lu}))/u;

/** A house number spoken as one word: 1–99 ("zevenendertig", not "een") or with hundreds ("honderdtwaalf", "tweehonderdvijf"). */
export function houseNumberValue(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w === 'een') return undefined;
  const small = cardinalValue(w);
  if (small !== undefined) return small >= 1 ? small : undefined;
  const m = /^(twee|drie|vier|vijf|zes|zeven|acht|negen)?honderd(?:en)?(\p{L}*)$/u.exec(w);
  if (!m) return undefined;
  const hundreds = m[1] ? (cardinalValue(m[1]) ?? 0) : 1;
  const rest = m[2] ? cardinalValue(m[2]) : 0;
  return rest === undefined ? undefined : hundreds * 100 + rest;
}

function detectSpokenAddresses(text: string): Candidate[] {
  const out: Candidate[] = [];
  const lines = linesWith(text, STREET_WORD_GATE);
  for (const re of [SPOKEN_ADDRESS, CAPITALISED_SPOKEN_ADDRESS]) {
    for (const m of matchAllInLines(lines, re)) {
      if (houseNumberValue(m[2] ?? '') === undefined) continue;
      // Without a cue, a house number ends the address: punctuation, "komma", a floor, a letter, "in"/"te" and a place; not a count ("twee keer").
      if (re === CAPITALISED_SPOKEN_ADDRESS && !HOUSE_NUMBER_END.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
      const address = m[1] ?? '';
      const start = m.index + m[0].length - address.length;
      out.push({ kind: 'street_address', start, end: start + address.length });
    }
  }
  return out;
}

/** The parts of a spoken e-mail address: "sandra punt visser tachtig at hotmail punt com". */
// (After FE–FK also a domain said as two words: "at sportief utrecht punt nl".)
const SPOKEN_AT = /[ \u00a0]+(?:at|apenstaartje|apestaart)[ \u00a0]+(\p{Ll}[\p{Ll}\d-]*(?:[ \u00a0]\p{Ll}[\p{Ll}\d-]*)?)((?:[ \u00a0]+punt[ \u00a0]+\p{Ll}+)+)(?![\p{L}])/gu;
// (After EX–EZ also the domains of the countries families come from: "wp punt pl"; after GU–GY any country's two letters, "abv punt bg",
// except words of two letters that end a sentence: "punt en", "punt is".)
const TOP_LEVEL = /punt[ \u00a0]+(?:com|org|net|info|frl|(?!en$|is$|op$|in$|te$|om$|of$|er$|ik$|je$|ze$|we$|zo$|al$)\p{Ll}{2})$/u;
/** Words that end the name part of a spoken address going backwards: "is", "mail", "adres", ":". */
const LOCAL_JOINERS = new Set(['punt', 'streepje', 'underscore', 'liggend']);
const TUSSEN_IN_ADDRESS = new Set(['de', 'van', 'der', 'den', 'ter', 'ten', 'el']);

/** After AR: an e-mail address dictated with "at" and "punt". */
function detectSpokenEmails(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(SPOKEN_AT)) {
    // After FE–FK: the address ends at its top-level domain, not at a full stop said after it ("ziggo punt nl punt dat staat ...").
    let domain = m[2] ?? '';
    while (domain && !TOP_LEVEL.test(domain)) domain = domain.replace(/[ \u00a0]+punt[ \u00a0]+\p{Ll}+$/u, '');
    if (!domain) continue;
    const end = m.index + m[0].length - ((m[2] ?? '').length - domain.length);
    // Backwards from "at": words joined by "punt"/"streepje", each part a word or a number word ("visser tachtig").
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const words = before.split(/[ \u00a0]+/u);
    let k = words.length - 1;
    let start = m.index;
    let parts = 0;
    while (k >= 0) {
      const w = words[k] ?? '';
      // (After EH–EK also a part written with its dots, "a.haddad1979 apenstaartje ...", and a surname with its tussenvoegsel,
      // "pieter punt de vries 82 at ...".)
      if (!/^(?:\p{Ll}(?:[\p{Ll}\d-]|\.(?=[\p{Ll}\d]))*|\d+)$/u.test(w)) break;
      const joined = LOCAL_JOINERS.has(words[k - 1] ?? '') || (TUSSEN_IN_ADDRESS.has(words[k - 1] ?? '') && LOCAL_JOINERS.has(words[k - 2] ?? ''));
      const number = cardinalValue(w) !== undefined || /^\d+$/u.test(w);
      if (parts > 0 && !joined && !number && !LOCAL_JOINERS.has(w) && !LOCAL_JOINERS.has(words[k + 1] ?? '')) break;
      start -= w.length + (k < words.length - 1 ? 1 : 0);
      parts++;
      k--;
      if (parts > 8) break;
    }
    if (parts === 0) continue;
    const from = m.index - before.length + before.length - (m.index - start);
    out.push({ kind: 'email', start: from, end });
  }
  return out;
}

/** After DZ–EC: a birth date dictated digit by digit after its cue, with its year ("geboortedatum nul zeven nul drie tweeduizend drieëntwintig"). */
const BIRTH_DATE_CUE = /(?<![\p{L}])(?:geboortedatum|geboren)(?![\p{L}])/giu;
const SPOKEN_YEAR = /[ \u00a0,]+(?:twee[ \u00a0]?duizend(?:[ \u00a0]?\p{L}+)?|negentien[ \u00a0]?\p{L}+|(?:19|20)\d{2})(?![\p{L}\p{N}])/uy;

/** A day and a month as two number words after the cue, "is" or "op" between ("is twaalf zeven", "op drie vier"). */
const DAY_MONTH_WORDS = /^[ \u00a0:,]*(?:(?:is|was|op)[ \u00a0]+)?(\p{L}+)[ \u00a0](\p{L}+)(?![\p{L}])/u;

function detectSpokenBirthDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(BIRTH_DATE_CUE)) {
    const dayMonth = DAY_MONTH_WORDS.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 50));
    if (dayMonth?.[1] && dayMonth[2]) {
      // After EL–EO: day and month as number words ("geboortedatum is twaalf zeven tweeduizend negen").
      const day = cardinalValue(dayMonth[1]) ?? 0;
      const month = cardinalValue(dayMonth[2]) ?? 0;
      const start = m.index + m[0].length + dayMonth.index + dayMonth[0].length - dayMonth[1].length - dayMonth[2].length - 1;
      SPOKEN_YEAR.lastIndex = m.index + m[0].length + dayMonth.index + dayMonth[0].length;
      const year = SPOKEN_YEAR.exec(text);
      if (year && day >= 1 && day <= 31 && month >= 1 && month <= 12) {
        out.push({ kind: 'birth_date', start, end: year.index + year[0].length });
        continue;
      }
    }
    const run = runAfterCue(text, m.index + m[0].length, 4, 4);
    if (!run || run.words === 0 || run.digits.length !== 4) continue;
    const day = Number(run.digits.slice(0, 2));
    const month = Number(run.digits.slice(2));
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    SPOKEN_YEAR.lastIndex = run.end;
    const year = SPOKEN_YEAR.exec(text);
    if (year) out.push({ kind: 'birth_date', start: run.start, end: year.index + year[0].length });
  }
  return out;
}

/** File numbers, postcodes, e-mail addresses and street addresses dictated as words (phone numbers: detectSpokenPhones). */
export function detectDictatedNumbers(text: string): Candidate[] {
  const out = detectSpokenAddresses(text);
  if (/geboortedatum|geboren/iu.test(text)) out.push(...detectSpokenBirthDates(text));
  if (/ at | apenstaartje | apestaart /iu.test(text)) out.push(...detectSpokenEmails(text));
  if (!/nummer|nr|kenmerk|postcode|dossier|contract/iu.test(text)) return out;
  return [...out, ...detectSpokenIds(text), ...detectSpokenPostcodes(text)];
}
