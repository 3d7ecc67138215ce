/** Exact dates and birth dates. Years alone, ages, times, counts and school years are not dates. */
import { sentenceBefore } from './text.js';
import type { Candidate, PrivacyKind } from './types.js';

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const MONTH_ABBR = 'jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const WEEKDAYS = 'maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo';

const BIRTH_CUE = /(?:geboren|geboorte(?:datum|dag|jaar)?|geb\.|\bgeb\b|\bdob\b|d\.o\.b\.?|verjaardag|jarig)/iu;

// 12-03-2024, 12/3/2024, 12.03.24, 2024-03-12
const NUMERIC =
  /(?<![\p{L}\p{N}.\-/])(?:(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})|(\d{4})-(\d{1,2})-(\d{1,2}))(?![\p{L}\p{N}]|[-/.]\p{N})/gu;
// (maandag) 3 maart (2024), 14 februari, 1e januari, 3 mrt. 2024
const TEXTUAL = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${WEEKDAYS})\\.?\\s+)?(\\d{1,2})(?:e|ste|de)?\\s+(?:(?:${MONTHS})|(?:${MONTH_ABBR})\\.?)(?![\\p{L}])(?:\\s+'?(\\d{4}|\\d{2})(?![\\p{L}\\p{N}]))?`,
  'giu',
);
// "op 12-3", "sinds 1/9": a day-month pair right after a time preposition; "MDO 14-02", "oudergesprek 3/10": after a meeting word.
const DAY_MONTH =
  /(?<=(?:\b(?:op|sinds|vanaf|per|tot|voor|na|datum|d\.d\.|mdo|intake|evaluatie|huisbezoek|zitting|vergadering|afspraak)|(?<![\p{L}])\p{L}*(?:overleg|gesprek|bespreking))\s+)(\d{1,2})([-/])(\d{1,2})(?![\p{L}\p{N}]|[-/.]\p{N})/giu;
const UNIT_AFTER =
  /^\s+(?:keer|maal|x|dag|dagen|week|weken|maand|maanden|jaar|jaren|uur|uren|minuten|min|kinderen|leerlingen|punten|kwartier|procent|%|jongens|meisjes)\b/iu;
// "geboren in maart 2016": month and year are enough when they are a birth date.
const MONTH_YEAR = new RegExp(`(?<![\\p{L}\\p{N}])(?:${MONTHS})\\s+(\\d{4})(?![\\p{N}])`, 'giu');

function validDay(d: number, m: number): boolean {
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

const BIRTH_CUE_AFTER = /^[^.;!?]{0,25}?\b(?:geboren|ter wereld)/iu;

function kindFor(text: string, start: number, end = start): PrivacyKind {
  // 64 characters: dictated text runs on ("geboren op vijftien maart nee sorry op 15-03-2016").
  if (BIRTH_CUE.test(sentenceBefore(text, start, 64))) return 'birth_date';
  // "op 5 januari 2014 geboren"
  return BIRTH_CUE_AFTER.test(text.slice(end, end + 40)) ? 'birth_date' : 'date';
}

export function detectDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    const d = Number(m[1] ?? m[7]);
    const mo = Number(m[3] ?? m[6]);
    if (!validDay(d, mo)) continue;
    // "8.30.15" style times and version numbers use dots with a short last part; require a plausible year.
    const year = m[4] ?? m[5] ?? '';
    if (m[2] === '.' && year.length === 2 && Number(year) > 59 && Number(year) < 70) continue;
    out.push({ kind: kindFor(text, m.index, m.index + m[0].length), start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(TEXTUAL)) {
    const d = Number(m[1]);
    if (d < 1 || d > 31) continue;
    const dayStart = m.index + m[0].search(/\d/);
    out.push({ kind: kindFor(text, dayStart, m.index + m[0].length), start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(DAY_MONTH)) {
    if (!validDay(Number(m[1]), Number(m[3]))) continue;
    const end = m.index + m[0].length;
    if (UNIT_AFTER.test(text.slice(end, end + 14))) continue;
    out.push({ kind: kindFor(text, m.index, end), start: m.index, end });
  }
  for (const m of text.matchAll(MONTH_YEAR)) {
    if (kindFor(text, m.index) !== 'birth_date') continue;
    out.push({ kind: 'birth_date', start: m.index, end: m.index + m[0].length });
  }
  return out;
}
