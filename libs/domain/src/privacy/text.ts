/** Small text helpers shared by the detectors. Pure and allocation-light. */

const ABBREVIATIONS = new Set([
  'dhr', 'mw', 'mevr', 'hr', 'dr', 'drs', 'ir', 'mr', 'prof', 'ing', 'st', 'sr', 'jr',
  'o.a', 'bijv', 'bv', 'bijvoorbeeld', 'm.b.t', 't.a.v', 'i.v.m', 'ivm', 'e.d', 'e.a', 'ca', 'vs',
  'nl', 'resp', 'incl', 'excl', 'evt', 'geb', 'nr', 'tel', 'z.g.a.n', 'd.w.z', 'm.a.w', 'n.a.v', 'i.p.v',
  // After EX–EZ: the dotted abbreviations that lowercase initials are not (names.ts, LOWER_INITIAL_GROUP).
  'z.s.m', 'a.s', 't.z.t', 'm.i', 'o.i.d', 'c.q', 'z.o.z', 'p.s', 'n.b', 'v.d', 'i.o.m', 'm.b.v', 't.b.v', 'i.s.m',
  'b.v', 'a.u.b', 's.v.p', 'v.w.b', 'i.c.m', 't.o.v', 'i.h.a', 'o.b.v', 'e.v.a', 'm.n', 'i.e', 'n.v.t', 'm.v.g', 't.m',
  'v.a', 'd.m.v', 'o.v.v', 'i.o', 'p.p', 'm.i.v', 'e.e.a', 'a.d', 'g.g.d',
  // After GP–GT, when a dotted group of lowercase letters became initials without a cue word: the other dotted abbreviations
  // of letters, casework and schools ("d.d.", "o.l.v.", "v.m.b.o.", "a.d.h.d.").
  'd.d', 'v.v', 'b.s.n', 'o.l.v', 't.w', 'm.u.v', 'a.h.w', 't.g.v', 'i.t.t', 'o.i', 'z.i', 't.w.v', 'i.h.k.v',
  'n.o.t.k', 's.o.s', 't.v', 'c.v', 'k.v.k', 'h.a.v.o', 'v.w.o', 'v.m.b.o', 'm.b.o', 'h.b.o', 'p.o', 'v.o', 's.o',
  's.b.o', 'v.s.o', 'b.s.o', 'k.d.v', 'p.s.z', 'g.g.z', 'j.g.z', 'c.j.g', 'a.d.h.d', 'a.d.d', 'p.d.d', 'o.d.d', 'p.t.s.s', 'a.s.s',
  'o.t.s', 'u.h.p', 'r.v.d.k', 'g.i', 'b.j.z', 'a.m.k', 'v.t.h', 'm.d.o', 'o.p.p', 'z.o.t', 'r.i.p', 'n.a.w',
  'v.o.g', 'z.o.e', 'w.v.t.t.k', 'a.z.c', 'c.o.a', 'i.n.d', 'u.w.v', 'o.b.s', 'c.b.s', 'v.o.f',
]);

/** Longer than any abbreviation (`bijvoorbeeld`, `w.v.t.t.k`): how far back the sentence tests look for the word before a dot. */
const WORD_BEFORE_DOT = 24;

/**
 * The letters and dots right before the dot at `dot`, lowercase ("geb", "i.v.m", "j"): what decides whether that dot ends a sentence.
 * At most WORD_BEFORE_DOT characters back: a longer run is no abbreviation or initial either, and an unbounded scan made a text of
 * dotted letters ("a.a.a.a...") quadratic, 3.6 s for 20,000 characters.
 */
function wordBeforeDot(text: string, dot: number): string {
  let j = dot - 1;
  const stop = Math.max(-1, dot - WORD_BEFORE_DOT - 1);
  while (j > stop && /[\p{L}.]/u.test(charOf(text, j))) j--;
  return text.slice(j + 1, dot).toLowerCase();
}

/** An abbreviation whose dot ends no sentence ("dhr", "geb", "i.v.m"; lowercase, without its last dot). */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word);
}

const BOUNDARY = new Set(['.', '!', '?', ':', ';', '\n', '\r', '•', '*', '–', '—', '|']);
const SKIPPABLE = new Set([' ', '\t', '\u00a0', '"', "'", '“', '”', '‘', '’', '(', '[', '„', '«', '-']);

/** True when the word starting at `index` begins a sentence, a line or a list item. */
export function isSentenceInitial(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && SKIPPABLE.has(charOf(text, i))) {
    if (charOf(text, i) === '-' && i > 0 && charOf(text, i - 1) !== ' ' && charOf(text, i - 1) !== '\n') break;
    i--;
  }
  if (i < 0) return true;
  const ch = charOf(text, i);
  if (!BOUNDARY.has(ch)) return false;
  if (ch !== '.') return true;
  // A dot ends a sentence unless it ends an abbreviation or an initial ("dhr.", "J.").
  const word = wordBeforeDot(text, i);
  if (word.length === 0) return true;
  if (ABBREVIATIONS.has(word)) return false;
  if (/^\p{L}$/u.test(word) && /\p{Lu}/u.test(charOf(text, i - 1))) return false;
  return true;
}

/** The text of the current sentence before `index`, at most `max` characters. Abbreviation dots ("geb.") do not end it. */
export function sentenceBefore(text: string, index: number, max: number): string {
  const from = Math.max(0, index - max);
  for (let i = index - 1; i >= from; i--) {
    const ch = charOf(text, i);
    if (ch === '\n' || ((ch === '!' || ch === '?') && /\s/.test(charOf(text, i + 1)))) return text.slice(i + 1, index);
    if (ch === '.' && /\s/.test(charOf(text, i + 1))) {
      const word = wordBeforeDot(text, i);
      if (!ABBREVIATIONS.has(word) && !/^\p{L}$/u.test(word)) return text.slice(i + 1, index);
    }
  }
  return text.slice(from, index);
}

/** The text after `index` up to the end of the sentence, at most `max` characters. */
export function sentenceAfter(text: string, index: number, max: number): string {
  const slice = text.slice(index, index + max);
  const m = /[.!?]\s|\n/.exec(slice);
  return m ? slice.slice(0, m.index) : slice;
}

/** Only spaces (or no-break spaces) from `from` to `to`, at least one: the gap of two words on one line, without slicing it out. */
export function onlySpacesBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 0xa0) return false;
  }
  return true;
}

/**
 * `text.charCodeAt(index)`, NaN outside the text as charCodeAt gives, without reading out of bounds: V8's optimised code
 * deoptimises on every out-of-bounds charCodeAt (no feedback records it), and the rest of that call of a long rule then runs
 * unoptimised (detectNames took 16–45 ms instead of about 10 on the 3,000-word casus, deoptimised at the text's last token).
 */
export function codeAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : NaN;
}

/** `text.charAt(index)`, '' outside the text, without reading out of bounds (as `codeAt`). */
export function charOf(text: string, index: number): string {
  return index >= 0 && index < text.length ? text.charAt(index) : '';
}

const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;
/** `/^\p{Lu}/u.test(word)`, with ASCII letters answered without the regex: the rules ask this of almost every token, many times. */
export function startsUpper(word: string): boolean {
  const c = codeAt(word, 0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return false;
  return STARTS_UPPER.test(word);
}

/** `/^\p{Ll}/u.test(word)`, with ASCII letters answered without the regex. */
export function startsLower(word: string): boolean {
  const c = codeAt(word, 0);
  if (c >= 97 && c <= 122) return true;
  if (c >= 65 && c <= 90) return false;
  return STARTS_LOWER.test(word);
}

export function isUpper(ch: string): boolean {
  return ch.length > 0 && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * The answers of a pure test of one word ("a listed first name that is no word"), remembered during one check: a casus repeats its
 * words (2,829 tokens, 973 distinct words on the 3,000-word casus) and the rules ask the same tests of the same neighbouring
 * words many times. The guard forgets them at the start of every check (`forgetWords`), so a check of a text costs the same
 * whether or not it was checked before, and nothing outlives it; words of 13 characters or more are not kept (see `CACHED_BELOW`).
 */
export class WordMemo {
  private readonly answers = new Map<string, boolean>();

  constructor() {
    WORD_MEMOS.push(this);
  }

  get(word: string, test: (word: string) => boolean): boolean {
    const known = this.answers.get(word);
    if (known !== undefined) return known;
    const answer = test(word);
    if (word.length < CACHED_BELOW) {
      if (this.answers.size >= 20_000) this.answers.clear();
      this.answers.set(word, answer);
    }
    return answer;
  }

  forget(): void {
    this.answers.clear();
  }
}

const WORD_MEMOS: WordMemo[] = [];

/** Forget every remembered word test (the guard calls this at the start of each check). */
export function forgetWords(): void {
  for (const memo of WORD_MEMOS) memo.forget();
}

const FOLDED = new Map<string, string>();
/**
 * Words are cached only below this length. A word cut from a text is, from 13 characters on, a view into that text
 * in V8 (a sliced string): as a cache key it kept the whole request text alive, about 14 MiB more heap after 400
 * distinct 17,000-character texts with a few new long words each (measure-privacy-guard.mjs).
 */
const CACHED_BELOW = 13;

/** Strip diacritics and lowercase, for list lookups ("Yılmaz" and "Yilmaz" both match). Cached: words repeat. */
export function fold(word: string): string {
  const cached = FOLDED.get(word);
  if (cached !== undefined) return cached;
  const folded = foldUncached(word);
  if (word.length >= CACHED_BELOW) return folded;
  if (FOLDED.size > 20_000) FOLDED.clear();
  FOLDED.set(word, folded);
  return folded;
}

function foldUncached(word: string): string {
  if (/^[a-z]*$/.test(word)) return word;
  // Printable ASCII has no diacritics and no dotless i: only the backtick and the case change (words of 13 letters or more, not cached, come here each time).
  if (/^[ -~]*$/.test(word)) return (word.includes('`') ? word.replace(/`/g, "'") : word).toLowerCase();
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/[’`]/g, "'")
    .toLowerCase();
}

/** A letter with a dot after no letter: an initial, or an abbreviation ("J.", "o.a."); the gate of the initials patterns. */
export const INITIAL_WITH_DOT = /(?<![\p{L}])\p{L}\./u;

/** A line of a text: where it starts, and its text with its newline. */
export interface TextLine {
  readonly from: number;
  readonly text: string;
}

/**
 * The last text each gate was asked about, with its lines: the initials, dictated-names and names detectors ask for the same
 * gate on the same text in one check. One entry per gate, so nothing but the last text is kept.
 */
const LAST_LINES = new WeakMap<RegExp, { readonly text: string; readonly lines: readonly TextLine[] }>();

/** The lines of `text` in which `gate` (a regex without the g flag) matches, each with its newline. */
export function linesWith(text: string, gate: RegExp): readonly TextLine[] {
  const last = LAST_LINES.get(gate);
  if (last?.text === text) return last.lines;
  const lines = findLinesWith(text, gate);
  LAST_LINES.set(gate, { text, lines });
  return lines;
}

function findLinesWith(text: string, gate: RegExp): TextLine[] {
  const out: TextLine[] = [];
  for (let from = 0; from < text.length; ) {
    const newline = text.indexOf('\n', from);
    const to = newline < 0 ? text.length : newline + 1;
    const line = text.slice(from, to);
    if (gate.test(line)) out.push({ from, text: line });
    from = to;
  }
  return out;
}

/**
 * `text.matchAll(re)` over some lines only, each match's index moved to its place in the whole text: a detector whose every
 * pattern needs what the lines' gate finds skips the other lines. Only for patterns that never match across a newline; each line is
 * searched with its newline, so that lookarounds at its ends see what they would see in the whole text.
 */
export function* matchAllInLines(lines: readonly TextLine[], re: RegExp): Generator<RegExpMatchArray & { index: number }> {
  // exec with lastIndex, as matchAll does, but on `re` itself: matchAll copies the pattern (a new RegExp) for every line. A line's
  // matches are collected before they are yielded, so a caller may use `re` again in between.
  if (!re.global) throw new TypeError('matchAllInLines needs a pattern with the g flag, as matchAll does');
  const unicode = re.unicode || re.flags.includes('v');
  for (const line of lines) {
    const found: RegExpExecArray[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
      found.push(m);
      // An empty match moves on by one character (a code point under the u flag), as matchAll does.
      if (m[0] === '') re.lastIndex = advance(line.text, re.lastIndex, unicode);
    }
    re.lastIndex = 0;
    for (const m of found) {
      m.index += line.from;
      yield m;
    }
  }
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  return c >= 0xd800 && c <= 0xdbff ? index + 2 : index + 1;
}

/**
 * A lookahead for the first characters of a pattern's alternatives, `(?=[…])`, to put in front of a long alternation: V8 then skips
 * the positions where no alternative can start with a fast scan instead of trying every alternative there (a third to a half of
 * the time of such a pattern on a long text). It only restates what the alternatives need, so the matches are the same; under the
 * `i` flag the class is matched case-insensitively like the alternatives.
 */
export function startsWithOneOf(firstChars: Iterable<string>, rawClass = ''): string {
  const chars = [...new Set(firstChars)].sort().map((c) => c.replace(/[\\\]^-]/g, '\\$&'));
  return `(?=[${chars.join('')}${rawClass}])`;
}

/** The first characters of literal alternatives, in both cases when `bothCases` (for a case-sensitive pattern). */
export function firstCharsOf(words: Iterable<string>, bothCases = false): string[] {
  const out: string[] = [];
  for (const w of words) {
    const c = w.charAt(0);
    if (!c) continue;
    out.push(c);
    if (bothCases) out.push(c.toLowerCase(), c.toUpperCase());
  }
  return out;
}
