/** Exact dates and birth dates. Years alone, ages, times, counts and school years are not dates. */
import { NUMBER_WORD_ALTERNATION, dayWordValue } from './number-words.js';
import { sentenceBefore } from './text.js';
import type { Candidate, PrivacyKind } from './types.js';

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const MONTH_ABBR = 'jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const WEEKDAYS = 'maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo';

const BIRTH_CUE = /(?:geboren|\bborn\b|\bdate of birth\b|geboorte(?:datum|dag|jaar)?|geb\.|\bgeb\b|\bdob\b|d\.o\.b\.?|verjaardag|jarig)/iu;

// 12-03-2024, 12/3/2024, 12.03.24, 2024-03-12
const NUMERIC =
  /(?<![\p{L}\p{N}.\-/])(?:(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})|(\d{4})-(\d{1,2})-(\d{1,2}))(?![\p{L}\p{N}]|[-/.]\p{N})/gu;
// (maandag) 3 maart (2024), 14 februari, 1e januari, 3 mrt. 2024
const TEXTUAL = new RegExp(
  `(?=[dmvwz\\d])(?<![\\p{L}\\p{N}])(?:(?:${WEEKDAYS})\\.?\\s+)?(\\d{1,2})(?:e|ste|de)?\\s+(?:(?:${MONTHS})|(?:${MONTH_ABBR})\\.?)(?![\\p{L}])(?:\\s+'?(\\d{4}|\\d{2})(?![\\p{L}\\p{N}]))?`,
  'giu',
);
// After W/X, English: "15 January", "3rd March 2025" (capitalised, so "may" and "march" as words stay out).
const ENGLISH_TEXTUAL =
  /(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th)?[ \u00a0]+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}])(?:[ \u00a0]+(\d{4})(?![\p{L}\p{N}]))?/gu;
// "op 12-3", "sinds 1/9": a day-month pair right after a time preposition; "MDO 14-02", "oudergesprek 3/10": after a meeting word.
const DAY_MONTH =
  /(?=\d)(?<=(?:\b(?:op|sinds|vanaf|per|tot|voor|na|datum|d\.d\.|mdo|intake|evaluatie|huisbezoek|zitting|vergadering|afspraak|notitie|navraag|deadline|uiterlijk|(?:verzet|verplaatst|verschoven|uitgesteld)\s+(?:naar|tot))|(?<![\p{L}])\p{L}*(?:overleg|gesprek|bespreking|afspraak|contact))\s+)(\d{1,2})([-/])(\d{1,2})(?![\p{L}\p{N}]|[-/.]\p{N})/giu;
const UNIT_AFTER =
  /^\s+(?:keer|maal|x|dag|dagen|week|weken|maand|maanden|jaar|jaren|uur|uren|minuten|min|kinderen|leerlingen|punten|kwartier|procent|%|jongens|meisjes)\b/iu;
// "geboren in maart 2016": month and year are enough when they are a birth date.
const MONTH_YEAR = new RegExp(`(?=[adfjmnos])(?<![\\p{L}\\p{N}])(?:${MONTHS})\\s+(\\d{4})(?![\\p{N}])`, 'giu');

// Dictated dates: "vijftien maart", "op de vijftiende maart", "twaalf juni tweeduizend zestien", "(maandag) drie mei 2016".
// Found from the month (rare in text) backwards, so that the long list of number words is not tried at every position.
const MONTH_WORD = new RegExp(`(?=[adfjmnos])(?<![\\p{L}])(?:${MONTHS})(?![\\p{L}])`, 'giu');
const DAY_WORD_BEFORE = new RegExp(`(?<![\\p{L}])(?:(?:${WEEKDAYS})\\s+)?(\\p{L}+)\\s+$`, 'iu');
const YEAR_WORDS_AFTER = new RegExp(
  `^\\s+(?:tweeduizend(?:\\s?(?:${NUMBER_WORD_ALTERNATION}))?(?![\\p{L}])|negentien(?:honderd)?\\s?(?:${NUMBER_WORD_ALTERNATION})(?![\\p{L}])|\\d{4}(?![\\p{N}]))`,
  'iu',
);
/** "een maart" may be an article; the day "een" only counts after a time preposition ("op een maart"). */
const ONE_NEEDS = /(?:^|\s)(?:op|tot|per|vanaf|sinds|voor|na)\s+$/iu;
/** "art. 7.3.11", "artikel 1.4.2", "§ 2.3.1": a numbered article or section, not a date. */
const SECTION_BEFORE = /(?:\bart(?:ikel)?\.?|\blid|\bhoofdstuk|\bpar(?:agraaf)?\.?|§|\bversie|\bv\.|\bbijlage|\bstap|\bnorm|\bnr\.?)\s*$/iu;
const TABLE_DATE_HEADER = /datum|wanneer|^\s*(?:dag|date)\s*$/iu;
const CELL_DAY_MONTH = /^\s*(\d{1,2})[-/](\d{1,2})\s*$/u;

/**
 * Pasted tables (cells between "|" or tabs): a date in a column under a birth-date header ("Geb.datum") is a birth date;
 * a bare day and month that fills a cell is a date under a date header ("Datum | Wie | Wat") or when written with two
 * digits each ("03-10 |"), not a class or a count ("1-2").
 */
function detectTableDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  let header: string[] | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (!line.includes('|') && !line.includes('\t')) {
      header = undefined;
      continue;
    }
    const cells: Array<{ text: string; start: number }> = [];
    let from = 0;
    for (let i = 0; i <= line.length; i++) {
      if (i === line.length || line[i] === '|' || line[i] === '\t') {
        cells.push({ text: line.slice(from, i), start: lineStart + from });
        from = i + 1;
      }
    }
    if (!header) {
      header = cells.map((c) => c.text);
      // A header row has no dates itself; a row that does is data without a header.
      if (!cells.some((c) => /\d{1,2}[-/.]\d{1,2}/.test(c.text))) continue;
    }
    cells.forEach((cell, k) => {
      const head = header?.[k] ?? '';
      if (BIRTH_CUE.test(head)) {
        for (const m of cell.text.matchAll(NUMERIC)) out.push({ kind: 'birth_date', start: cell.start + m.index, end: cell.start + m.index + m[0].length });
        return;
      }
      const m = CELL_DAY_MONTH.exec(cell.text);
      if (!m || !validDay(Number(m[1]), Number(m[2]))) return;
      if (!TABLE_DATE_HEADER.test(head) && !(/^\d\d$/.test(m[1] ?? '') && /^\d\d$/.test(m[2] ?? ''))) return;
      const start = cell.start + cell.text.search(/\d/);
      out.push({ kind: 'date', start, end: start + (m[1] ?? '').length + 1 + (m[2] ?? '').length });
    });
  }
  return out;
}

function validDay(d: number, m: number): boolean {
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

const GEBOORTEDATUM = /geboortedatum|geboortedata/iu;
// "op 9 maart jarig": a birthday is a birth date without the year.
const BIRTH_CUE_AFTER = /^[^.;!?]{0,25}?\b(?:geboren|ter wereld|jarig)/iu;

const AFTER_BIRTH_DATE = /\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}[^.;!?]*\b(?:vanaf|sinds|tot|per|na)\s+(?:\d{1,2}\s+)?$/iu;

/** "wordt 16 op" right before a date, or "wordt op" and an age after it ("wordt op 2 mei 18"): the day of turning an age. */
const TURNS_AGE_BEFORE = /(?<![\p{L}])(?:wordt|werd)[ \u00a0]+(?:(\d{1,2})[ \u00a0]+)?op[ \u00a0]*$/u;
/** An age and "geworden" after a date ("op 3 september 18 geworden": the date's two digits may be read as its year). */
const TURNED_AGE_AFTER = /^(?:[ \u00a0]+\d{1,2})?[ \u00a0]+(?:jaar[ \u00a0]+)?geworden(?![\p{L}])/u;
/** Between two readings of one date: "of", "en" or a slash ("03-06-2014 of 06-03-2014"). */
const ALTERNATIVE_BETWEEN = /^[ \u00a0]*(?:of|en|\/)[ \u00a0]*$/u;

function kindFor(text: string, start: number, end = start): PrivacyKind {
  // 64 characters: dictated text runs on ("geboren op vijftien maart nee sorry op 15-03-2016").
  // (After GU–GY the dots of initials end no sentence here: "geboortedatum van t.n. is 3 juli 2012".)
  const window = text.slice(Math.max(0, start - 64), start);
  const before = /(?<![\p{L}])\p{L}\.[ \u00a0]?(?:\p{L}\.)*[^.!?\n]*$/u.test(window)
    ? (/[^.!?;\n]*$/u.exec(window.replace(/(?<![\p{L}])(\p{L})\./gu, '$1 '))?.[0] ?? '')
    : sentenceBefore(text, start, 64);
  // After S: "(geb. 17-05-2008) is vanaf 22 november ziek": once the birth date is given, a date after vanaf/sinds/tot/per/na is
  // another date.
  if (BIRTH_CUE.test(before)) return AFTER_BIRTH_DATE.test(before) ? 'date' : 'birth_date';
  // After DV–DY: a date with its year further on in a sentence about the birth date ("de geboortedatum van de oudste klopt niet in
  // het systeem daar staat 02-03-2009 maar volgens moeder is het 03-02-2009").
  if (/(?:19|20)\d{2}$/u.test(text.slice(start, end)) && GEBOORTEDATUM.test(sentenceBefore(text, start, 120))) return 'birth_date';
  // After DA–DC: the day someone turns an age is a birth date without the year ("wordt op 2 mei 18", "wordt 16 op 2 april", "is op
  // 3 september 18 geworden").
  const turnsWithAge = TURNS_AGE_BEFORE.exec(before);
  if ((turnsWithAge && (turnsWithAge[1] !== undefined || / \d{1,2}$/u.test(text.slice(start, end)) || /^[ \u00a0]+\d{1,2}(?![\p{N}])/u.test(text.slice(end, end + 4)))) ||
    TURNED_AGE_AFTER.test(text.slice(end, end + 16))) return 'birth_date';
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
    if (SECTION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    out.push({ kind: kindFor(text, m.index, m.index + m[0].length), start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(TEXTUAL)) {
    const d = Number(m[1]);
    if (d < 1 || d > 31) continue;
    const dayStart = m.index + m[0].search(/\d/);
    out.push({ kind: kindFor(text, dayStart, m.index + m[0].length), start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(ENGLISH_TEXTUAL)) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    const end = m.index + m[0].length;
    out.push({ kind: kindFor(text, m.index, end), start: m.index, end });
  }
  for (const m of text.matchAll(DAY_MONTH)) {
    if (!validDay(Number(m[1]), Number(m[3]))) continue;
    const end = m.index + m[0].length;
    if (UNIT_AFTER.test(text.slice(end, end + 14))) continue;
    out.push({ kind: kindFor(text, m.index, end), start: m.index, end });
  }
  for (const m of text.matchAll(MONTH_WORD)) {
    const before = DAY_WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    const word = before?.[1] ?? '';
    if (!before || dayWordValue(word) === undefined) continue;
    const start = m.index - before[0].length;
    if (/^een$/iu.test(word) && !ONE_NEEDS.test(text.slice(Math.max(0, start - 8), start))) continue;
    let end = m.index + m[0].length;
    end += YEAR_WORDS_AFTER.exec(text.slice(end, end + 60))?.[0].length ?? 0;
    out.push({ kind: kindFor(text, start, end), start, end });
  }
  if (text.includes('|') || text.includes('\t')) out.push(...detectTableDates(text));
  for (const m of text.matchAll(MONTH_YEAR)) {
    if (kindFor(text, m.index) !== 'birth_date') continue;
    out.push({ kind: 'birth_date', start: m.index, end: m.index + m[0].length });
  }
  // After CZ: "is het 03-06-2014 of 06-03-2014?": a date offered as the other reading of a birth date is a birth date too.
  return out.map((c) =>
    c.kind === 'date' && out.some((b) => b.kind === 'birth_date' && b.end < c.start && ALTERNATIVE_BETWEEN.test(text.slice(b.end, c.start))) ? { ...c, kind: 'birth_date' } : c,
  );
}
