/**
 * The context model (after AP): is a lowercase word a person's name, judged by the words around it?
 *
 * Twenty-eight rounds of rules taught the guard the cues people use for names in written text, and the declared tests
 * showed where rules stop: lowercase chat and dictated text (AO 81.8 %, AP 93.6 %), where a name has no capital and
 * often no cue the rules know ("zijn vrouw hodan", "abdi, 16, uit", "putri + moeder"). Writing one more rule per
 * miss did not carry over to the next batch. This model learns the cues instead: a logistic regression over the word
 * itself (which lists know it) and its neighbours (their words and which lists know them), trained on every labelled
 * sentence of the tuning corpus, lowercased, so that the cues of capitalised text teach the lowercase case
 * (scripts/train-context-model.ts writes data/context-weights.ts).
 *
 * It only judges lowercase words in lines whose writer does not capitalise names (see lowercaseLines): where a writer
 * capitalises, the rules of names.ts decide and a lowercase word is no name.
 */
import { FIRST_NAMES, FOREIGN_FIRST_NAMES, isDutchSurname, isFrequentWord, isNameWord, isNotName, isSurnameCore, TUSSENVOEGSELS } from './name-lists.js';
import { isPlaceOrRegion, mayBePlace } from './geo.js';
import { cardinalValue } from './number-words.js';
import { MAX_COMPOUND_LENGTH, isFieldTerm, isKnownWord, isPronominalAdverb } from './unknown-words.js';
import { charOf, isAbbreviation, isSentenceInitial, startsLower } from './text.js';
import type { Candidate } from './types.js';
import { CONTEXT_WEIGHTS } from './data/context-weights.js';

/** The part of a token the model reads (names.ts's Token has more). */
export interface ModelToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly folded: string;
}

const TUSSEN = new Set<string>(TUSSENVOEGSELS.flatMap((t) => t.split(' ')));

/**
 * Which lists know a word, as a short code: F first name, S surname, A also an ordinary word, Q frequent Dutch word,
 * K other known word (compound, English, thing), P place, N never a name, T tussenvoegsel; U: no list knows it.
 */
export function lexicalClass(folded: string): string {
  // Cached: the model and name-company.ts ask for the same words, and a text is checked again at every pause in typing.
  const cached = CLASSES.get(folded);
  if (cached !== undefined) return cached;
  const code = lexicalClassUncached(folded);
  // Only short words are kept, as in fold (text.ts): a longer one cut from a text is a view into it, and as a key it would keep the
  // whole request text alive (measure-privacy-guard.mjs saw +13 MiB after 400 texts when a rule first asked for every lowercase word).
  if (folded.length >= 13) return code;
  if (CLASSES.size > 20_000) CLASSES.clear();
  CLASSES.set(folded, code);
  return code;
}

const CLASSES = new Map<string, string>();

function lexicalClassUncached(folded: string): string {
  if (TUSSEN.has(folded)) return 'T';
  // A number word ("nul", "acht") is a frequent word whatever else the lists say (after BG: "op een schaal van nul tot tien").
  if (cardinalValue(folded) !== undefined) return 'Q';
  let code = '';
  if (FIRST_NAMES.has(folded) || FOREIGN_FIRST_NAMES.has(folded)) code += 'F';
  if (isSurnameCore(folded) || isDutchSurname(folded)) code += 'S';
  if (isNameWord(folded)) code += 'A';
  const frequent = isFrequentWord(folded) || isPronominalAdverb(folded);
  if (frequent) code += 'Q';
  else if (isKnownWord(folded) || isInflected(folded) || knownParts(folded)) code += 'K';
  if (isPlaceOrRegion(folded) || mayBePlace(folded)) code += 'P';
  if (isNotName(folded)) code += 'N';
  return code || 'U';
}

/** A plural or inflected form of a frequent word that the frequency list lacks ("instanties", "nieuwkomers", "verzuimde"). */
function isInflected(folded: string): boolean {
  // After DV–DY: a diminutive of a known word ("mailtje", "roodborstje") is a known word too, not one of a first name ("roosje").
  const dim = /^(.{3,}?)(?:etje|tje|pje|je)s?$/u.exec(folded);
  if (dim?.[1] && (isFrequentWord(dim[1]) || isKnownWord(dim[1])) && !FIRST_NAMES.has(folded) && !FIRST_NAMES.has(dim[1])) return true;
  const m = /^(.{3,}?)(?:s|en|n|e|t|d|de|te|den|ten|er|ste)$/u.exec(folded);
  if (!m?.[1]) return false;
  const stem = m[1];
  return isFrequentWord(stem) || (/(.)\1$/u.test(stem) && isFrequentWord(stem.slice(0, -1))) || isFrequentWord(`${stem}en`);
}

/**
 * "check-in", "time-out": every part of a hyphenated word is a known word; "groepsapp", "klassenles": a frequent word of
 * four letters or more, with a linking s or en, before a frequent word of three or more (isKnownWord wants longer tails).
 */
function knownParts(folded: string): boolean {
  // (No compound is this long: a run of letters without spaces, 20,000 long, took seconds here, each tail looked up in turn.)
  if (folded.length > MAX_COMPOUND_LENGTH) return false;
  if (folded.includes('-')) return folded.split('-').every((part) => part.length > 0 && (isFrequentWord(part) || isKnownWord(part)));
  for (let k = 4; k <= folded.length - 3; k++) {
    if (!isFrequentWord(folded.slice(k))) continue;
    const head = folded.slice(0, k);
    if (isFrequentWord(head) || (head.endsWith('s') && isFrequentWord(head.slice(0, -1))) || (head.endsWith('en') && isFrequentWord(head.slice(0, -2)))) return true;
  }
  return false;
}

/** What separates two tokens, reduced to one character: '' (a space), ',', '(', ')', ':', '+', '&', '/', '-', '.', '?'. */
function gapCode(gap: string): string {
  const g = gap.replace(/[\s\u00a0]+/gu, '');
  if (g === '') return '';
  const c = g[0] ?? '';
  if (/[.!]/u.test(c)) return '.';
  if ('",(:)+&/-?'.includes(c)) return c;
  if (/['’"]/u.test(c)) return "'";
  return '*';
}

/** Abbreviations whose dot ends no sentence: text.ts's ("mw. de wit", "dr. osei") and the family's and sister's ("fam. bouali"). */
const ABBREVIATION_BEFORE_DOT = (word: string): boolean => isAbbreviation(word) || word === 'fam' || word === 'zr' || word === 'br';

/** A gap that ends a sentence or a line: context stops there (not at the dot of an abbreviation before it). */
function breaks(gap: string, before: string): boolean {
  if (/\n/u.test(gap)) return true;
  if (!/[.!?]\s|[.!?]$/u.test(gap)) return false;
  return !(/^\.\s*$/u.test(gap) && ABBREVIATION_BEFORE_DOT(before));
}

/** The coarse class of a candidate for crossing with its neighbours: U (no list), A (a name that is also a word), N (a listed name). */
function coarse(cls: string): string {
  return cls === 'U' ? 'U' : cls.includes('A') || cls.includes('Q') ? 'A' : 'N';
}

/** Digits right after the token, as an age or number: "abdi, 16," "m.k. (12)" "putri 14 jr". */
function numberAfter(text: string, end: number): string {
  const after = text.slice(end, end + 14);
  // An age: "abdi, 16," "m.k. (12)" "putri 14 jr"; not a list marker ("verzuim, 2)") nor a count ("sep 12;").
  if (/^(?:\s*\(\s*\d{1,2}\s*(?:jr|jaar|j|mnd|maanden)?\s*\)|\s*,\s*\d{1,2}\s*(?:jr|jaar|j)?\s*[,.;\n]|\s+\d{1,2}\s*(?:jr|jaar|j)\b)/u.test(after)) return 'age';
  return /^[\s,(]{0,3}\d/u.test(after) ? 'num' : '';
}

/**
 * The features of token i: its lexical class, length and shape, and for two tokens on each side (inside the sentence)
 * the word, its lexical class and the separator. Word identities of the token itself are left out on purpose: they
 * would learn the corpus's names, not the cues.
 */
export function tokenFeatures(text: string, tokens: readonly ModelToken[], i: number, classOf: (j: number) => string): string[] {
  const tok = tokens[i];
  if (!tok) return [];
  const cls = classOf(i);
  const f: string[] = ['b', `x=${cls}`, `unk=${unknownAround(text, tokens, i, classOf)}`];
  for (const ch of new Set(cls)) f.push(`c=${ch}`);
  // An ordinary word's own identity ("jongste", "vink"): safe to learn, as it is no name; a name's identity is left out.
  if (/[QK]/u.test(cls) && !/[FSA]/u.test(cls)) f.push(`w=${tok.folded}`);

  if (tok.folded.includes('-')) f.push(`h=${lexicalClass(tok.folded.slice(0, tok.folded.indexOf('-')))}`);
  // How the word ends: names end unlike Dutch derivations ("-heid", "-ing", "-en", "-de"); learned over many words, not one.
  if (tok.folded.length > 3) f.push(`s3=${tok.folded.slice(-3)}`, `s2=${tok.folded.slice(-2)}`);
  const n = tok.folded.length;
  f.push(`len=${n <= 2 ? n : n <= 4 ? 'm' : n <= 7 ? 'l' : 'xl'}`);
  if (tok.folded.includes('-')) f.push('hyphen');
  if (/[^a-z'’-]/u.test(tok.folded)) f.push('nonascii');
  f.push(`num=${numberAfter(text, tok.end)}`);
  const lineStart = /(?:^|\n)[\s\-*•>]*$/u.test(text.slice(Math.max(0, tok.start - 6), tok.start));
  if (lineStart) f.push('linestart');
  for (const side of [-1, 1] as const) {
    let j = i;
    for (let d = 1; d <= 2; d++) {
      const a = tokens[j];
      const b = tokens[j + side];
      if (!a || !b) {
        f.push(`${side < 0 ? 'L' : 'R'}${d}=<edge>`);
        break;
      }
      const gap = side < 0 ? text.slice(b.end, a.start) : text.slice(a.end, b.start);
      if (breaks(gap, side < 0 ? b.folded : a.folded)) {
        f.push(`${side < 0 ? 'L' : 'R'}${d}=<edge>`);
        break;
      }
      const key = `${side < 0 ? 'L' : 'R'}${d}`;
      const g = gapCode(gap);
      f.push(`${key}=${b.folded}`, `${key}x=${classOf(j + side)}`, `${key}g=${g}`);
      if (d === 1) f.push(`${key}wg=${b.folded}${g}`, `x${key}=${cls}|${classOf(j + side)}`, `c${key}=${b.folded}|${coarse(cls)}`);
      j += side;
    }
  }
  return f;
}

/**
 * How many other words of the line no list knows, 0–3: a line of dialect or another language ("mien jóng wilt nog ummer
 * neet nao sjaol", "Dzień dobry") has many, a Dutch line with a name one or none.
 */
function unknownAround(text: string, tokens: readonly ModelToken[], i: number, classOf: (j: number) => string): number {
  const lineStart = text.lastIndexOf('\n', (tokens[i] as ModelToken).start - 1) + 1;
  const next = text.indexOf('\n', (tokens[i] as ModelToken).end);
  const lineEnd = next < 0 ? text.length : next;
  let n = 0;
  for (let j = i - 1; j >= 0 && (tokens[j] as ModelToken).start >= lineStart && i - j <= 12; j--) if (classOf(j) === 'U' && (tokens[j] as ModelToken).folded.length > 2) n++;
  for (let j = i + 1; j < tokens.length && (tokens[j] as ModelToken).end <= lineEnd && j - i <= 12; j++) if (classOf(j) === 'U' && (tokens[j] as ModelToken).folded.length > 2) n++;
  return Math.min(n, 3);
}

/**
 * Only a word a name list has (F, S, A) or no list knows (U) can be a name the model finds: an ordinary word, a place or a
 * tussenvoegsel alone never is. The model is trained on these words only, and its context is weighed only for them.
 */
export function isCandidateClass(cls: string): boolean {
  return /[FSAU]/u.test(cls);
}

/**
 * First names the model reads as the words they also are. "hoop" (and "wei") joined the first names after CN, but in lowercase chat it is
 * nearly always the verb ("ik hoop dat"): as a first name it taught the model that first names which are words are seldom names,
 * and retrained so the model lost "mees", "rob" and "mark de boer" on untouched batches. The rules still take it as a name where its
 * company says so ("de moeder van hoop", "hoop (3 jr)").
 */
const READ_AS_WORD = new Set(['hoop', 'wei']);

/** The class of each token on first use, then kept (the lists are the expensive part; most tokens are never asked). */
export function lazyClasses(tokens: readonly ModelToken[]): (j: number) => string {
  const known: (string | undefined)[] = [];
  return (j) => {
    const tok = tokens[j];
    if (!tok) return 'U';
    return (known[j] ??= READ_AS_WORD.has(tok.folded) ? lexicalClass(tok.folded).replace(/[FA]/gu, '') || 'U' : lexicalClass(tok.folded));
  };
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The model's probability that token i is (part of) a person's name. */
export function nameProbability(
  weights: ReadonlyMap<string, number>,
  text: string,
  tokens: readonly ModelToken[],
  i: number,
  classOf: (j: number) => string,
): number {
  let z = 0;
  for (const feature of tokenFeatures(text, tokens, i, classOf)) z += weights.get(feature) ?? 0;
  return sigmoid(z);
}

/**
 * A word no list knows is a name when the model is at least this sure; a listed name that is no word at LISTED_THRESHOLD, a name that
 * is also a word ("hoop", "wim") at WORD_THRESHOLD.
 * Chosen by four-fold cross-validation over the held-out batches (train on three quarters, measure the whole guard on
 * the rest; pairs from 0.6 to 0.95 tried): 0.9 and 0.8 gained 42 names for 10 clean sentences newly flagged; stricter
 * pairs gained fewer names (0.95 and 0.9: 29 for 4), looser ones flagged more (0.9 and 0.7: 46 for 14).
 */
export const NAME_THRESHOLD = 0.9;

/**
 * After FA–FD: a name the lists have that is no word ("yaw", "bo" as a surname too) at 0.8, a word no list knows still at 0.9. Measured on
 * every corpus sentence: 0.8 found 30 more names (3 on the batches the model is not trained on) and flagged no clean sentence more;
 * 0.7 found 37 for 2 false alarms; lowering the threshold for unknown words to 0.8 or 0.7 found nothing more on those batches and
 * flagged 3 clean sentences.
 */
export const LISTED_THRESHOLD = 0.8;

/**
 * After EQ–EW 0.7 (0.8 before): the declared tests had false alarms to spare (0.2–0.8 % against 2 % allowed) and names that are also
 * words to gain. Measured with the model untrained on them: on EQ–EW 0.7 found 6 more names for 1 more false alarm, on the untouched
 * AN–DU and EP 5 more for 1; 0.85/0.7 and 0.8/0.7 found at most 2 more than 0.9/0.7.
 */
export const WORD_THRESHOLD = 0.7;
/**
 * The word threshold for the first word of a line or sentence, where a word is a subject as often as a name is: 0.85 kept the
 * tuning sets' traps ("storm was heftig vannacht") out and lost no name of the corpus that 0.7 found but 9 (0.9 lost 15).
 */
export const OPENING_WORD_THRESHOLD = 0.85;
/**
 * After GP–GT: a word no list knows that is built of names, a diminutive of a listed first name ("pietje", "sjaakie") or a double
 * surname ("jansen-oosterhof", a listed name and a word no list knows), is a name unless the context speaks clearly against it.
 */
export const NAME_SHAPED_THRESHOLD = 0.25;

/** A first name no word shares, as a class: listed as a first name and as no ordinary word. */
const firstNameOnly = (cls: string): boolean => /F/u.test(cls) && !/[QAKN]/u.test(cls);

/** Whether a word no list knows is built of names: "pietje" (piet), "sjaakie" (sjaak), "jansen-oosterhof", "el-amrani". */
export function isNameShaped(folded: string): boolean {
  if (folded.includes('-')) {
    const parts = folded.split('-');
    const classes = parts.map((p) => lexicalClass(p));
    return parts.length === 2 && parts.every((p) => p.length >= 3) && classes.every((c) => /^[FSAU]+$/u.test(c)) && classes.some((c) => c !== 'U');
  }
  const dim = /^(\p{L}{2,}?)(?:etje|tje|pje|je|ie|kie)$/u.exec(folded);
  const base = dim?.[1];
  if (!base || base.length < 3) return false;
  return firstNameOnly(lexicalClass(base)) || (/(.)\1$/u.test(base) && firstNameOnly(lexicalClass(base.slice(0, -1))));
}


let weights: Map<string, number> | undefined;

/** The generated weights, parsed on first use. */
function modelWeights(): Map<string, number> {
  if (!weights) {
    weights = new Map();
    for (const line of CONTEXT_WEIGHTS.split('\n')) {
      const tab = line.lastIndexOf('\t');
      if (tab > 0) weights.set(line.slice(0, tab), Number(line.slice(tab + 1)));
    }
  }
  return weights;
}

/** Capitalised like a name ("Sanne", "El-Amrani"), not in capitals ("GGD"). */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/**
 * The lines of the text whose writer does not capitalise names: no capitalised word in the line other than one that
 * opens a sentence. In such a line a lowercase word may be a name; in any other line the writer would have capitalised it.
 */
function lowercaseLines(text: string, tokens: readonly ModelToken[]): Set<number> {
  const capitalising = new Set<number>();
  const all = new Set<number>();
  for (const tok of tokens) {
    const line = text.lastIndexOf('\n', tok.start - 1) + 1;
    all.add(line);
    if (CAPITALISED.test(tok.text) && !isSentenceInitial(text, tok.start)) capitalising.add(line);
  }
  for (const line of capitalising) all.delete(line);
  return all;
}

/** Dutch prepositions that are also tussenvoegsels: "moeder van kenzo" is a preposition, "meneer van houten" a surname. */
const PREPOSITION_TUSSEN = new Set(['van', 'de', 'te', 'in', 'op', 'uit', "'t", 'ter', 'ten']);
/** Formal titles after which a tussenvoegsel opens a surname ("dr. de wit", "mevrouw van dam"); not "juf van ravi", ravi's teacher. */
const SURNAME_TITLES = new Set('meneer mijnheer mevrouw mevr mw dhr heer familie fam dr drs mr'.split(' '));

/**
 * Where the name that ends with token i starts: at the lowercase tussenvoegsels before it when they cannot be a
 * preposition ("el idrissi", "van der berg") or follow a title ("meneer van houten"), else at the token itself.
 */
function tussenvoegselStart(text: string, tokens: readonly ModelToken[], i: number, classOf: (j: number) => string): number {
  let j = i;
  while (j > 0 && classOf(j - 1) === 'T' && /^[ \u00a0]$/u.test(text.slice((tokens[j - 1] as ModelToken).end, (tokens[j] as ModelToken).start))) j--;
  if (j === i) return (tokens[i] as ModelToken).start;
  const run = tokens.slice(j, i).map((t) => t.folded);
  const before = tokens[j - 1]?.folded ?? '';
  // "juf van lisa" is lisa's teacher, "meneer van houten" a surname: after a title only before a word that is no first name.
  const firstName = /F/u.test(classOf(i)) && !/S/u.test(classOf(i));
  if (run.length > 1 || !PREPOSITION_TUSSEN.has(run[0] ?? '') || (SURNAME_TITLES.has(before) && !firstName)) return (tokens[j] as ModelToken).start;
  return (tokens[i] as ModelToken).start;
}

/**
 * Names the context model finds: lowercase words in lowercase lines it judges names, joined with a lowercase
 * tussenvoegsel before them ("van houten", "el idrissi") and with each other ("lotte de jong").
 */
/**
 * Words a name list also has that the model never judges in lowercase text: prepositions and conjunctions ("door", "van", after BX),
 * "aka" before a nickname and the Polish "tata", dad ("tata komt morgen met de auto", after GU–GY), and the chat spellings of "mijn"
 * and "zijn" ("mevrouw mn broer zit vast", after HO–HS).
 */
const NEVER_JUDGED = new Set(
  'per door voor over tegen naar bij met om na tot uit in op aan van onder boven achter langs via zonder binnen buiten sinds tijdens vanaf en of maar want dus dan als erin erop eruit ermee erbij eraan erover aka tata mn zn'.split(' '),
);

/** Things made of a material named after "van" ("een ketting van jade"). */
const MADE_OF_BEFORE = new Set('armband armbandje ketting kettinkje steen steentje ring ringetje beeldje oorbellen hanger hangertje sieraad sieraden kralen'.split(' '));
/** Relatives and titles before "de" and a surname ("oma de jong", "meneer de wit"). */
const PERSON_BEFORE_SURNAME = new Set('oma opa tante oom moeder vader mama papa mevrouw meneer mijnheer mw dhr juf meester familie fam gezin buurman buurvrouw'.split(' '));

/** First names that are nouns without an article: a feeling, the weather ("dat hoop ...", "omdat storm ..."). */
export const MASS_NOUN_NAMES: ReadonlySet<string> = new Set('hoop liefde geluk vrede rust storm zon regen sneeuw hemel vreugde trots'.split(' '));

/** "het gewone bo", "een sky": after "het" or "een", also with an adjective between, a noun, not a person's name (after CD–CG). */
function afterNeuterArticle(tokens: readonly ModelToken[], i: number): boolean {
  const prev = tokens[i - 1]?.folded ?? '';
  if (prev === 'het' || prev === 'een') return true;
  const prev2 = tokens[i - 2]?.folded ?? '';
  return (prev2 === 'het' || prev2 === 'een') && prev.length > 3 && prev.endsWith('e') && !prev.endsWith('je'); // not "een tweelingbroertje emir"
}

export function detectLowercaseNames(text: string, tokens: readonly ModelToken[]): Candidate[] {
  if (!/\p{Ll}/u.test(text)) return [];
  const lines = lowercaseLines(text, tokens);
  if (lines.size === 0) return [];
  const w = modelWeights();
  const classOf = lazyClasses(tokens);
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as ModelToken;
    if (tok.folded.length < 2 || !startsLower(tok.text)) continue;
    // "verslag.docx", "jan@school.nl", "www.site.nl/lotte": part of a file name, address or link.
    if (/[.@/\\_:]/u.test(charOf(text, tok.start - 1)) || /^[@/_]|^\.\p{L}/u.test(text.slice(tok.end, tok.end + 2))) continue;
    if (!lines.has(text.lastIndexOf('\n', tok.start - 1) + 1)) continue;
    // (After EQ–EW not a word the lists mark as never a name, whatever its neighbours: "bel ons gerust eerder".)
    // (After HO–HS not a word of the field no list has either, "bsn", "geb", "logopedist": unknown-words.ts, FIELD_TERMS.)
    if (!isCandidateClass(classOf(i)) || /N/u.test(classOf(i)) || NEVER_JUDGED.has(tok.folded) || afterNeuterArticle(tokens, i) || isFieldTerm(tok.folded)) continue;
    // After DA–DC: "de boer en de koeien", "met de witte, zwarte ... pet": a frequent word no first-name list has, right after "de",
    // is the noun or adjective it is, unless a relative or title comes before it ("oma de haan", "mevrouw de boer").
    // (After EQ–EW also a word that is no surname, a first name or not: "de merel heeft een nest gebouwd".)
    const cls = classOf(i);
    if (tokens[i - 1]?.folded === 'de' && ((/Q/u.test(cls) && !/F/u.test(cls)) || (/A/u.test(cls) && !/S/u.test(cls))) && !PERSON_BEFORE_SURNAME.has(tokens[i - 2]?.folded ?? '')) continue;
    // After DP–DS: "jade en amber zijn de kleuren": a name-word before "zijn/waren" and an article is the thing, plural with the other.
    if (/A/u.test(classOf(i)) && /^(?:zijn|waren)$/u.test(tokens[i + 1]?.folded ?? '') && /^(?:de|het)$/u.test(tokens[i + 2]?.folded ?? '')) continue;
    // After IC–IG: "bang voor storm en onweer": a first name that is a feeling or the weather (MASS_NOUN_NAMES), joined by "en" to a
    // word that only the lists of ordinary words have, is that noun.
    const plainWord = (k: number): boolean => !!tokens[k] && /[QAN]/u.test(classOf(k)) && !/[FS]/u.test(classOf(k)) &&
      !NEVER_JUDGED.has((tokens[k] as ModelToken).folded) && !/^(?:dat|die|dit|het|de|een|ik|je|jij|hij|ze|zij|we|wij|u|hun|haar|zijn)$/u.test((tokens[k] as ModelToken).folded);
    if (MASS_NOUN_NAMES.has(tok.folded) && ((tokens[i + 1]?.folded === 'en' && plainWord(i + 2)) || (tokens[i - 1]?.folded === 'en' && plainWord(i - 2)))) continue;
    // After IH–IK: "ik ben vader van ...": the verb, not Ben.
    if (tok.folded === 'ben' && tokens[i - 1]?.folded === 'ik') continue;
    // After DD–DI: "meer dan zestien uur": a comparison ("van der meer" stays a surname).
    if ((tok.folded === 'meer' || tok.folded === 'minder') && tokens[i + 1]?.folded === 'dan') continue;
    // After DD–DI: "een armbandje van jade", "een steen van jade": the material a thing is made of.
    if (tokens[i - 1]?.folded === 'van' && MADE_OF_BEFORE.has(tokens[i - 2]?.folded ?? '')) continue;
    // An ordinary Dutch word is a name only when the context leaves little doubt ("broertje bo", not "de jongste (2)").
    // (A word opening its line or sentence needs 0.85: "storm was heftig vannacht", "roos is mooi als cadeau".)
    const wordThreshold = isSentenceInitial(text, tok.start) ? OPENING_WORD_THRESHOLD : WORD_THRESHOLD;
    const unknownThreshold = isNameShaped(tok.folded) ? NAME_SHAPED_THRESHOLD : NAME_THRESHOLD;
    const threshold = /[QA]/u.test(cls) ? wordThreshold : /[FS]/u.test(cls) ? LISTED_THRESHOLD : unknownThreshold;
    if (nameProbability(w, text, tokens, i, classOf) < threshold) continue;
    const start = tussenvoegselStart(text, tokens, i, classOf);
    const last = out[out.length - 1];
    if (last && /^[ \u00a0]+$/u.test(text.slice(last.end, start))) out[out.length - 1] = { ...last, end: tok.end };
    else out.push({ kind: 'name', start, end: tok.end, weak: true });
  }
  return out;
}
