/**
 * Compact read-only word lists for the generated language data. A JavaScript Set of tens of thousands of words costs
 * a heap string per entry plus its hash table (with Sets the guard held 11.2 MiB of heap after loading, now 5.4 MiB,
 * in every api process and browser tab; README, Language data). A `WordList` keeps the list as the one string it
 * already is in the generated file, plus a Uint32Array hash table of entry offsets (open addressing, 60 % full: under
 * 7 bytes an entry), and compares a looked-up word with an entry character by character in place, so a lookup
 * allocates nothing. A hash table rather than binary search over sorted offsets (4 bytes an entry): most lookups are
 * misses, and a binary search's dozen unpredictable branches made the guard 20–40 % slower on the speed.spec casus.
 * Each slot also holds a few bits of the hash, so a probe of another word's slot is mostly rejected without reading
 * the text.
 */

/** What the detectors need of a word set. */
export interface WordLookup {
  has(word: string): boolean;
}

const SPACE = 32;
const NEWLINE = 10;
const LOAD = 0.6;
/** A slot: the entry's start + 1 in the low 21 bits (0: an empty slot), which of the list's texts in 2, 9 bits of its hash. */
const START_BITS = 21;
const START_MASK = (1 << START_BITS) - 1;
const TEXT_MASK = 3;
const PRINT_SHIFT = 23;
const PRINT_MASK = 511;

/**
 * Entries in the text(s) are separated by single spaces or newlines; empty entries are skipped. Several texts make
 * one list (a generated list and its hand-typed supplement), so a word is looked up once.
 */
export class WordList implements WordLookup {
  private readonly texts: readonly string[];
  private readonly slots: Uint32Array;
  readonly size: number;

  /** `keep(text, start, end)` leaves entries out (the entry is `text.slice(start, end)`). */
  constructor(texts: string | readonly string[], keep?: (text: string, start: number, end: number) => boolean) {
    this.texts = typeof texts === 'string' ? [texts] : texts;
    if (this.texts.length > TEXT_MASK + 1 || this.texts.some((t) => t.length >= START_MASK)) throw new RangeError('too many or too long texts');
    const found: number[] = []; // text index and start + 1 of each entry, counted before the table is sized
    this.texts.forEach((text, t) => {
      for (let start = 0; start < text.length; ) {
        const end = entryEnd(text, start);
        if (end > start && (!keep || keep(text, start, end))) found.push((t << START_BITS) | (start + 1));
        start = end + 1;
      }
    });
    const slots = new Uint32Array(Math.max(8, Math.ceil(found.length / LOAD)));
    let size = 0;
    for (const entry of found) {
      const text = this.texts[entry >>> START_BITS] ?? '';
      const start = (entry & START_MASK) - 1;
      const end = entryEnd(text, start);
      const h = hash(text, start, end);
      const print = h & PRINT_MASK;
      for (let i = home(h, slots.length); ; i = i + 1 === slots.length ? 0 : i + 1) {
        const slot = slots[i] ?? 0;
        if (slot === 0) {
          slots[i] = ((print << PRINT_SHIFT) | entry) >>> 0;
          size++;
          break;
        }
        if (slot >>> PRINT_SHIFT === print && this.slotEquals(slot, text, start, end)) break; // a repeated entry ("van" of many surnames)
      }
    }
    this.slots = slots;
    this.size = size;
  }

  has(word: string): boolean {
    return this.hasFrom(word, 0);
  }

  /** Is `word.slice(from)` an entry? Without making the slice. */
  hasFrom(word: string, from: number): boolean {
    const end = word.length;
    if (from >= end) return false;
    const { slots } = this;
    const h = hash(word, from, end);
    const print = h & PRINT_MASK;
    for (let i = home(h, slots.length); ; i = i + 1 === slots.length ? 0 : i + 1) {
      const slot = slots[i] ?? 0;
      if (slot === 0) return false;
      if (slot >>> PRINT_SHIFT === print && this.slotEquals(slot, word, from, end)) return true;
    }
  }

  /** The entries, as strings, in no particular order (allocates: for rare derived data only). */
  *[Symbol.iterator](): IterableIterator<string> {
    for (const slot of this.slots) {
      if (slot === 0) continue;
      const text = this.texts[(slot >>> START_BITS) & TEXT_MASK] ?? '';
      const start = (slot & START_MASK) - 1;
      yield text.slice(start, entryEnd(text, start));
    }
  }

  /** Is the entry in `slot` equal to `word.slice(from, end)`? */
  private slotEquals(slot: number, word: string, from: number, end: number): boolean {
    const text = this.texts[(slot >>> START_BITS) & TEXT_MASK] ?? '';
    const start = (slot & START_MASK) - 1;
    const n = end - from;
    if (start + n > text.length) return false;
    for (let k = 0; k < n; k++) if (text.charCodeAt(start + k) !== word.charCodeAt(from + k)) return false;
    return start + n === text.length || isSeparator(text.charCodeAt(start + n));
  }
}

function isSeparator(code: number): boolean {
  return code === SPACE || code === NEWLINE;
}

/** The slot a hash starts probing at: its top bits scaled to the table (no power-of-two size needed). */
function home(h: number, size: number): number {
  return Math.floor(((h >>> 0) / 4294967296) * size);
}

function entryEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && !isSeparator(text.charCodeAt(i))) i++;
  return i;
}

/** FNV-1a over the UTF-16 code units of `s.slice(start, end)`, with a final mix so the low bits spread well. */
function hash(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b);
  return h ^ (h >>> 16);
}
