/**
 * Dutch number words as speech-to-text writes them ("nul zes twaalf", "vijftien maart", "tweeduizend zestien"):
 * dictated casus text has no digits, so phone numbers and dates must be read from the words.
 */

const UNITS = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const TEENS = ['tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'];
const TENS = ['', '', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];
const ORDINAL_UNITS = ['', 'eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende'];

/** 0–99 written as one word, with and without the diaeresis ("tweeëntwintig", "tweeentwintig"), and "één". */
const CARDINALS = new Map<string, number>();
/** Day ordinals 1–31 ("vijftiende", "eenentwintigste"). */
const ORDINALS = new Map<string, number>();

for (let n = 0; n < 100; n++) {
  const forms: string[] = [];
  if (n < 10) forms.push(UNITS[n] ?? '');
  else if (n < 20) forms.push(TEENS[n - 10] ?? '');
  else {
    const unit = UNITS[n % 10] ?? '';
    const tens = TENS[Math.floor(n / 10)] ?? '';
    if (n % 10 === 0) forms.push(tens);
    else forms.push(`${unit}${unit.endsWith('e') ? 'ën' : 'en'}${tens}`, `${unit}en${tens}`);
  }
  for (const f of forms) CARDINALS.set(f, n);
  if (n >= 1 && n <= 31) {
    const ord = n < 10 ? (ORDINAL_UNITS[n] ?? '') : n === 11 ? 'elfde' : n === 12 ? 'twaalfde' : n < 20 ? `${forms[0] ?? ''}de` : `${forms[0] ?? ''}ste`;
    ORDINALS.set(ord, n);
    if (n > 20 && n % 10 !== 0) ORDINALS.set(`${forms[1] ?? ''}ste`, n);
  }
}
CARDINALS.set('één', 1);

/** The value of a number word 0–99 ("zes" → 6, "vierendertig" → 34), or undefined. */
export function cardinalValue(word: string): number | undefined {
  return CARDINALS.get(word.toLowerCase());
}

/** A day of the month as a cardinal or ordinal word ("vijftien", "vijftiende"), or undefined. */
export function dayWordValue(word: string): number | undefined {
  const w = word.toLowerCase();
  const n = CARDINALS.get(w) ?? ORDINALS.get(w);
  return n !== undefined && n >= 1 && n <= 31 ? n : undefined;
}

/** Every cardinal and ordinal word, longest first, for building regular expressions. */
export const NUMBER_WORD_ALTERNATION = [...CARDINALS.keys(), ...ORDINALS.keys()].sort((a, b) => b.length - a.length).join('|');

/**
 * The digits spoken by a run of number words and digit groups ("nul zes een vier" → "0614", "nul zes 12 34" → "061234"):
 * a unit word is one digit, 10–99 two digits, a digit group its digits. Undefined when a token is neither.
 */
export function spokenDigits(token: string): string | undefined {
  if (/^\d+$/.test(token)) return token;
  const n = cardinalValue(token);
  if (n === undefined) return undefined;
  return String(n);
}
