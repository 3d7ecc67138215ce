/** Detectors for numeric and contact identifiers: BSN, client numbers, phone, postcode, e-mail. */
import { isValidBsn } from './bsn.js';
import { isKnownPlace } from './geo.js';
import { SERVICE_NUMBERS, detectSpokenPhones, readSpokenRun, runAfterCue } from './dictated-numbers.js';
import { ID_NUMBER_STEM_FIRST_LETTERS, ID_NUMBER_STEM_PATTERN } from './id-cues.js';
import { STREET_SUFFIX } from './places.js';
import { firstCharsOf, linesWith, matchAllInLines, sentenceBefore, startsWithOneOf } from './text.js';
import type { Candidate } from './types.js';

// 9 digits, plain or grouped 3-3-3 / 4-2-3 with one consistent separator. The look-arounds keep
// the number from being part of a longer digit run (phone numbers, amounts, IBANs).
const NINE_DIGITS =
  /(?<![\p{L}\p{N}]|\p{N}[.,-]|[+])(?:\d{9}|\d{3}([. \u00a0-])\d{3}\1\d{3}|\d{4}([. \u00a0-])\d{2}\2\d{3}|\d{3}([ \u00a0])\d{2}\3\d{2}\3\d{2})(?![\p{N}]|[.,-]\p{N})/gu;

const ID_CUE = new RegExp(String.raw`(?:${ID_NUMBER_STEM_PATTERN})[- ]?(?:nummer|nr\.?|code)|\bbsn\b|\bkenmerk\b|\bref\.|\bID\b`, 'giu');

/** Burgerservicenummers that pass the 11-proef; failing 9-digit numbers near an id cue become client numbers. */
export function detectBsn(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(NINE_DIGITS)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isValidBsn(m[0])) {
      out.push({ kind: 'bsn', start, end });
    } else if (hasIdCue(sentenceBefore(text, start, 60))) {
      out.push({ kind: 'client_number', start, end });
    }
  }
  // Old eight-digit sofi/BSN numbers written right after "BSN": pad with a leading zero.
  for (const m of text.matchAll(/(?=b)\b(?:bsn|burgerservicenummer)\b[\s:.]*(?:is|was)?[\s:]*(\d{8})(?![\p{N}])/giu)) {
    const digits = m[1] ?? '';
    const start = m.index + m[0].length - digits.length;
    out.push({ kind: isValidBsn(`0${digits}`) ? 'bsn' : 'client_number', start, end: start + digits.length });
  }
  out.push(...detectSpokenBsn(text));
  return out;
}

const DIGIT_WORDS = 'nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen';
const SPOKEN_DIGIT = new RegExp(`${startsWithOneOf(firstCharsOf(DIGIT_WORDS.split('|')), '\\d')}(?<![\\p{L}\\p{N}])(?:${DIGIT_WORDS}|\\d)(?![\\p{L}\\p{N}])`, 'giu');
const SPOKEN_DIGIT_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${DIGIT_WORDS}|\\d)(?:[ \u00a0,]|\\.{2,3}|…)+$`, 'iu');

// After AM also spelled out by dictation ("het b s n nummer", "b.s.n.").
const SPOKEN_BSN_CUE = /(?<![\p{L}])(?:bsn|burgerservicenummer|sofinummer|b[ .]s[ .]n\.?)(?![\p{L}])/giu;

/**
 * After Y: a BSN dictated as number words after its cue ("bsn van het kind is zes acht drie zeven acht zes acht een zeven"): a run
 * of number words and digit groups spelling nine digits, at least one a word, within twelve words after the cue (after AR and AU:
 * "bsn van de jongere voor de aanvraag van het ID is ..."; nine digits that pass the 11-proef leave little doubt). Passing the
 * 11-proef it is a BSN, else a client number (as for digits after a cue).
 */
function detectSpokenBsn(text: string): Candidate[] {
  const out: Candidate[] = [];
  // After BG: nine digits spoken one by one that pass the 11-proef are a BSN without a cue too ("en van Ilyas is het vier zes
  // acht, vijf drie negen, twee twee nul", the cue said a sentence earlier); no count or date is dictated as nine single digits.
  for (const m of text.matchAll(SPOKEN_DIGIT)) {
    if (SPOKEN_DIGIT_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue; // inside a run, not its start
    const run = readSpokenRun(text, m.index, 10);
    if (!run || run.digits.length !== 9 || !isValidBsn(run.digits)) continue;
    // One digit a group, as words or numerals ("2 5 5 4 8 2 8 0 2", read from a paper).
    if (text.slice(run.start, run.end).split(/[^\p{L}\p{N}]+/u).filter(Boolean).length === 9) out.push({ kind: 'bsn', start: run.start, end: run.end });
  }
  if (!/bsn|burgerservice|sofi|b[ .]s[ .]n/iu.test(text)) return out;
  for (const m of text.matchAll(SPOKEN_BSN_CUE)) {
    const run = runAfterCue(text, m.index + m[0].length, 9, 12);
    if (run && run.digits.length === 9 && run.words > 0) out.push({ kind: isValidBsn(run.digits) ? 'bsn' : 'client_number', start: run.start, end: run.end });
  }
  return out;
}

function hasIdCue(before: string): boolean {
  ID_CUE.lastIndex = 0;
  return ID_CUE.test(before);
}

/**
 * After GP–GT: a bare "nummer" earlier in the sentence before a number of six digits or more, in groups or with a prefix of letters:
 * "het nummer van ons dossier bij gemeente is 2023 114 07", "nummer bij de schuldhulp 55 09 13", "een nieuw nummer jb-77310". A
 * count, a house or shirt number has fewer digits; a phone number, with its leading 0, is the phone detector's ("bel het nummer 0800 1234").
 */
const BARE_NUMBER_CUE = /(?<![\p{L}])nummer(?![\p{L}])/iu;
/** A bare "dossier" or "dossiers", a file word that a number later on the line may belong to. */
const FILE_WORD = /(?<![\p{L}])dossiers?(?![\p{L}])/iu;
/**
 * After IC–IG: a code of letters, a hyphen and digits right after a bare "nummer" or "melding" ("nummer kdv-3381", "onder melding
 * M-26-0882"): a count or a house number has no letter prefix.
 */
const LETTER_CODE_AFTER_NUMBER_WORD = /(?<![\p{L}])(?:nummer|melding)[ \u00a0:]+(\p{L}{1,4}-(?:\d{2,}-)?\d{3,})(?![\p{L}\p{N}]|[.,-]\p{N})/giu;
const PREFIXED_LATER_ID = /(?<![\p{L}\p{N}.,/-])\p{Ll}{1,4}-?\d{5,8}(?![\p{L}\p{N}]|[.,/-]\p{N})/gu;

/** An id cue, or a file word and "nummer(s)" apart ("het dossier van kacper nowak ..., nummer is"). */
function hasIdOrFileNumberCue(before: string): boolean {
  return hasIdCue(before) || FILE_WORD_NUMBER_CUE.test(before);
}

// (After FX–GA also an abbreviation of three consonants between: "dossier jgz 20231187"; after GF–GJ also "dossiers" and "cl" for a
// client: "dossiers 4471 en 4502", "cl 88214".)
// (After EQ–EW also capitals, a hyphen and digits: "dossier PZ-4417"; and after "onder nummer" letters so: "pro-2291".)
// (After EL–EO also a child, a contract, a map or a beschikking: "de groeicurve van kind 7734512", "staat in contract 10455", "zit in map
// 2023-118". After FL–FO also four digits that are no year: "voor cliënt 3391".)
// A person or file word, or a "nr." label, also abbreviated (`dossier (nr. 55-30917)`, `dos.nr. 448120`), then a number; a letter suffix (`58812-B`) belongs to it.
const BARE_ID_RE =
  /(?<![\p{L}])(?:(?:cli[eë]nt|cli[eë]nte|pati[eë]nt|dossiers?|zaak|pupil|jeugdige|leerling|student|deelnemer|casus|kind|contract|map|dossiermap|beschikking|cl\.?)(?:[ \u00a0]+(?:\p{Ll}{4,}|[b-df-hj-np-tv-z]{2,3}))?[ \u00a0(]+(?:nr\.?[ \u00a0]*)?|(?<![\p{L}.])(?:\p{L}{2,6}\.[ \u00a0]?)?nr\.?[ \u00a0]*)(\d{5,}|\d{2,}[-/]\d{2,}(?:[-/]\d+)*|(?!(?:19|20)\d{2}(?!\d))\d{4}(?![ \u00a0]?(?!(?:en|of)(?![\p{L}]))[A-Za-z]{2}(?![\p{L}]))|\p{Lu}{2,4}-\d{3,})(?:-\p{Lu}{1,2})?(?![\p{L}\p{N}]|[.,]\d)/giu;

/** The number every match of BARE_ID_RE ends in (the pattern crosses no line, so only lines with one are searched). */
const BARE_ID_GATE = /\d{4}|\d{2}[-/]\d{2}|\p{L}-\d{3}/u;
const ID_WORDS = 'cli[eë]nt|cli[eë]nte|pati[eë]nt|dossier|zaak|pupil|jeugdige|leerling';
/** An id cue (a "-nummer"/"-nr." label or a bare person/file word), then digit groups of two to four with single spaces. */
const SPACED_ID_RE = new RegExp(
  `(?<![\\p{L}])(?:(?:${ID_WORDS}|dos|lln|ll)[- ]?(?:nummer|nr\\.?)|llnr\\.?)[ \u00a0:]*(?:(?:is|was|luidt)[ \u00a0]+)?((?:[A-Z][ \u00a0]?)?\\d{2,4}(?:[ \u00a0]\\d{2,4}){2,3}|\\d{3}[ \u00a0]\\d{3})(?![\\p{L}\\p{N}]|[.,-]\\d|[ \u00a0]\\d)`,
  'giu',
);
/** Case-sensitive on purpose: the letter group is capitals ("2023-JB-4418"), not a word ("2023-en-2024"). */
const LETTER_GROUP_ID_RE = new RegExp(
  `(?<![\\p{L}])(?:[Cc]li[eë]nt(?:e|nummer|nr\\.?)?|[Pp]ati[eë]nt(?:nummer)?|[Dd]ossier(?:nummer|nr\\.?)?|[Zz]aak(?:nummer|nr\\.?)?|[Pp]upil|[Ll]eerling(?:nummer)?)(?:[ \u00a0]+\\p{Ll}{4,})?[ \u00a0(:]+((?:[A-Z]{1,4}[-/])?\\d{2,}[-/][A-Z]{1,4}[-/]\\d{2,}|[A-Z]{2,4}[-/](?:\\d{5,}|\\d{2,}[-/]\\d{2,}))(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * (BARE_ID_RE: after CS also one lowercase word between the file word and its number, "Dossier wijkteam 2024-0388".)
 * "dossiernummer 2023-0456", "leerlingnummer: 445566", "cliëntnr. A-12345", "clientnummer Jeugdbescherming: 2024-J-551"; and a letter's
 * "kenmerk VT/2026/11873" (a file reference of the sender, four digits or more).
 */
const SECOND_NUMBER = /[ \u00a0]*\/[ \u00a0]*((?:[A-Z]{1,4}[ \u00a0]){0,3}\d[\d/-]*\d)(?![\p{L}\p{N}])/uy;

/**
 * After AV: a file number by its shape alone, a year and a group of letters in either order and a serial number
 * ("2024-jb-08817", "BT-2025-0419", "2023-JB-4418"): dates, amounts and counts have no letter group between hyphens.
 */
const YEAR_LETTERS_ID = /(?<![\p{L}\p{N}/-])(?:(?:19|20)\d{2}-[A-Za-z]{2,4}-\d{3,6}|[A-Za-z]{2,4}-(?:19|20)\d{2}-\d{3,6})(?![\p{L}\p{N}]|-\d)/gu;

const OWN_NUMBER_RE =
  /(?=[hjmouz])(?<![\p{L}])(?:onder|(?:haar|zijn|hun|mijn|ons|jouw|uw)(?:[ \u00a0]+eigen)?)[ \u00a0]+(?:het[ \u00a0]+)?nummer(?:[ \u00a0]+(?:bij|van|in)[ \u00a0]+(?:ons|onze|de|het|jullie)(?:[ \u00a0]+\p{Ll}{3,})?)?(?:[ \u00a0]+(?:is|was))?[ \u00a0:]*((?:[A-Z]{1,4}-)?\d{2,}[-/]\d{2,}(?:[-/]\d+)*|\d{5,}|\p{L}{2,4}-\d{3,}|\d{4,}-\p{L})(?![\p{L}\p{N}]|[.,]\d)/giu;

const COURT_OR_ID_RE =
  /(?<![\p{L}\p{N}/])(C\/\d{2}\/\d{5,7}|JE[ \u00a0]?RK[ \u00a0]?\d{2}-\d{3,5})(?![\p{N}])|(?:cli[eë]nt|klant|leerling|pati[eë]nt)[- ]?id[ \u00a0]*:?[ \u00a0]*(\d{5,9})(?![\p{N}])|(?:dossier|zaak)(?:[ \u00a0]+van[ \u00a0]+\p{Lu}\p{Ll}+)?[ \u00a0]+(?:is|was)[ \u00a0]+(?!(?:19|20)\d{2}[-/.](?:19|20)\d{2}(?!\d))(\d{2,4}[-/.]\d{4,8}|\d{5,9})(?![\p{N}]|[.,]\d)|(?<![\p{L}])nummer[ \u00a0:]+(?:is[ \u00a0]+)?(?:(?:eh|uh|ehm|uhm)[ \u00a0]+)?((?:19|20)\d{2}-\d{4,6}|[1-9]\d{5,9})(?![\p{N}]|[.,]\d)/giu;

/** Five to eight digits, for an id later in the sentence of its cue (see detectClientNumbers). */
// (After DD–DI up to ten digits, not starting with a zero, which a phone number does: "mutatienummer 2024045128".)
const CUED_LATER_ID = /(?<![\p{L}\p{N}.,/-])(?:\d{5,8}|[1-9]\d{8,9})(?![\p{N}]|[.,/-]\p{N})/gu;
/** After DA–DC: the same later in the sentence, in groups joined by a hyphen ("dossiernr van fam. nguyen is 2211-48"). */
/** A file word and "nummer" apart ("het dossier van kacper nowak ..., nummer is"). */
// (After DV–DY also a pupil, and "nummers": "leerling met nummer 88213", "een eigen dossier, nummers 77812 en 77813".)
const FILE_WORD_NUMBER_CUE = /(?:dossier|cli[eë]nt|zaak|leerling|student)[^\n]{0,60}(?<![\p{L}])nummers?(?![\p{L}])/iu;
/**
 * After DV–DY: a number dictated in groups later in the sentence of an id cue ("cliëntnummer van rowan is 55 30 19 2", "kindnummer in
 * het systeem is 5 5 0 9 1 2"): groups of one to four digits joined by single spaces, five digits or more.
 */
const CUED_LATER_SPACED_ID = /(?<![\p{L}\p{N}.,/-])\d{1,4}(?:[ \u00a0]\d{1,4}){1,8}(?![\p{N}]|[.,/-]\p{N})/gu;
// (After HJ–HN also with slashes: "nummer van aanvraag is 2023/71452"; after HO–HS with letters between: "2023-j-4471".)
const CUED_LATER_DASHED_ID = /(?<![\p{L}\p{N}.,/-])\d{2,5}([-/])(?:\p{Ll}{1,2}\1)?\d{2,6}(?:\1\d{1,5})?(?![\p{N}]|[.,/-]\p{N})/gu;

/**
 * After FP–FS: a bank account number (IBAN), reported as a client number: like one it leads back to a person. A Dutch one by its
 * shape (NL, two check digits, a bank's four letters, ten digits; also lowercase and in groups of four: "nl11 ingb 0007 8345 12"), a
 * foreign one only when its check digits hold (ISO 13616, mod 97), so that no other code is taken for one.
 */
const DUTCH_IBAN = /(?<![\p{L}\p{N}])nl[ \u00a0]?\d{2}[ \u00a0]?[a-z]{4}[ \u00a0]?\d{4}[ \u00a0]?\d{4}[ \u00a0]?\d{2}(?![\p{L}\p{N}])/giu;
// (After the bank's code every group of four holds a digit: "BE68 5390 0754 7034 graag" ends before "graag".)
const FOREIGN_IBAN = /(?<![\p{L}\p{N}])(?!nl)[a-z]{2}\d{2}[ \u00a0]?[a-z0-9]{4}(?:[ \u00a0]?(?=[a-z]{0,3}\d)[a-z0-9]{4}){1,6}(?:[ \u00a0]?\d{1,3})?(?![\p{L}\p{N}])/giu;

export function detectBankAccounts(text: string): Candidate[] {
  if (!/[a-z]{2}[ \u00a0]?\d{2}/iu.test(text)) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(DUTCH_IBAN)) out.push({ kind: 'client_number', start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(FOREIGN_IBAN)) {
    if (/^\p{L}+$/u.test(m[0].slice(4).replace(/[ \u00a0]/gu, '')) || !ibanChecks(m[0])) continue;
    out.push({ kind: 'client_number', start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** ISO 13616: the country and check digits moved to the end, letters as 10–35, the number mod 97 is 1. */
function ibanChecks(iban: string): boolean {
  const compact = iban.replace(/[ \u00a0]/gu, '').toUpperCase();
  if (compact.length < 15 || compact.length > 34) return false;
  let rest = 0;
  for (const ch of compact.slice(4) + compact.slice(0, 4)) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : ch;
    for (const digit of value) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest === 1;
}

/** Cues of a client number besides "<stem>nummer": English ones, "kenmerk", "ref", "llnr" (numbers.ts, detectClientNumbers). */
const OTHER_CLIENT_NUMBER_CUES = /\bhuurcontract|\breferentie|\b(?:coa|ind|v)-?nummer|\b(?:case|file|reference|client|patient|student)[ ]?(?:number|no\.|id)\b|\bkenmerk|\bref\b\.?(?=[\s:]*(?:[A-Z]{1,4}[-/ ]?)?\d)|\bllnr\.?|\blln\b\.?(?:[ ]?nr\.?)?/u;
/**
 * What may stand between a cue and its number, then the number itself (group 1). After U "van"/"bij" and a bare lowercase noun
 * ("van vader"); after BZ also "voor", a name and "in het systeem" ("klantnummer van Liam Bos in het systeem is 40127"); after CM a
 * question mark and a hesitation ("m'n leerlingnummer? Eh, 341907"); after CQ "ref" right before its number ("ref JW-25-3318").
 */
const CLIENT_NUMBER_AFTER_CUE = /(?:\s+(?:(?:van|bij|voor)\s+(?:(?:de|het|haar|zijn|hun|ons|onze|jullie)\s+\p{L}+|\p{Ll}{3,}|(?:\p{L}\.){1,4}(?=\s)|\p{Lu}\p{Ll}+(?:\s+\p{L}+){0,2})|in\s+(?:het\s+|ons\s+)?(?:systeem|\p{Ll}{3,})|volgens\s+mij|denk\s+ik|geloof\s+ik|is|was|luidt|:)|\s*\?(?=\s)|,?\s+(?:eh|ehm|uh|uhm|euh)(?![\p{L}])|\s+\p{Lu}[\p{L}-]+(?=\s*[:(])|\s+(?:in|bij)\s+\p{Lu}[\p{L}-]+(?=\s*:|\s+(?:is|was)\s)|\s+\p{Lu}{2,5}(?=\s+\d)|\s+\p{Ll}{3,}(?=[\s:]*\d)|\s+\p{Ll}{3,}(?=\s+(?:is|was)\s))*[\s:(,]*((?:[A-Z]{1,4}[-/ ]?)?\d[\d./-]*(?:[A-Z]{1,3}[-/]?\d[\d./-]*)?\d(?:-\p{Lu}{1,3})?)(?![\p{L}\p{N}])/u;
// The lookahead lists the first letters of the cues (startsWithOneOf in text.ts): the same matches, found faster.
const CLIENT_NUMBER = new RegExp(
  `${startsWithOneOf([...ID_NUMBER_STEM_FIRST_LETTERS, ...'hrcivfpskl'])}(?:(?:${ID_NUMBER_STEM_PATTERN})[- ]?(?:nummer|nr\\.?)|${OTHER_CLIENT_NUMBER_CUES.source})${CLIENT_NUMBER_AFTER_CUE.source}`,
  'giu',
);

export function detectClientNumbers(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(CLIENT_NUMBER)) {
    const id = m[1] ?? '';
    const digitCount = id.replace(/\D/g, '').length;
    if (digitCount < 4) continue;
    const start = m.index + m[0].length - id.length;
    out.push({ kind: 'client_number', start, end: start + id.length });
    // After W/X: a court cites its numbers together, "C/05/412877 / JE RK 25-1190": a second number after a slash, with up to
    // three groups of capitals before it, is a number of the same file.
    SECOND_NUMBER.lastIndex = start + id.length;
    const second = SECOND_NUMBER.exec(text);
    if (second?.[1] && second[1].replace(/\D/g, '').length >= 4) {
      const s2 = start + id.length + second[0].length - second[1].length;
      out.push({ kind: 'client_number', start: s2, end: s2 + second[1].length });
    }
  }
  // After AG/AH: the Dutch courts' case number (C/13/735210, also without a cue: its shape is unique), an ID label of a client
  // ("Client-ID 0088317", "cliënt-id: 55120"), and "mijn dossier is 2024-118374" (a file word, is/was, a number with a separator; after
  // CM also "het dossier van Milan is ...", not a span of years, "2023-2024"; after GB–GE also five digits or more, "jouw dossier is
  // 30917", and a year and a serial or six to nine digits after "nummer", "nummer 2024-02291", "met het nummer 7304122").
  for (const m of text.matchAll(COURT_OR_ID_RE)) {
    const id = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    if (/^(?:19|20)\d{2}-(?:19|20)\d{2}$/u.test(id) || /^[ \u00a0]*(?:euro|eur|€|km|kilo|mensen|pagina)/iu.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) continue;
    const start = m.index + m[0].length - id.length;
    out.push({ kind: 'client_number', start, end: start + id.length });
  }
  // After AY: "onder nummer 25-1187", "haar nummer bij ons is 2025/3381": a bare "nummer" after "onder" or a possessive, with a
  // number that has a separator or five digits or more (a count or a shirt number has neither).
  for (const m of text.matchAll(OWN_NUMBER_RE)) {
    const id = m[1] ?? '';
    if (id.replace(/\D/g, '').length < 4 || /^\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?$/.test(id)) continue;
    const start = m.index + m[0].length - id.length;
    out.push({ kind: 'client_number', start, end: start + id.length });
  }
  for (const m of text.matchAll(YEAR_LETTERS_ID)) out.push({ kind: 'client_number', start: m.index, end: m.index + m[0].length });
  // "Cliëntnr. 88 20 417": after a cue, digit groups separated by single spaces (three groups or more, so that
  // "leerlingnummer 2023 18" and a count stay out); two groups of three as dictated ("leerlingnummer is 208 417").
  for (const m of text.matchAll(SPACED_ID_RE)) {
    const id = m[1] ?? '';
    if (id.replace(/\D/g, '').length < 6) continue;
    const start = m.index + m[0].length - id.length;
    out.push({ kind: 'client_number', start, end: start + id.length });
  }
  // "Dossier 2023-JB-4418", "zaak JB-2023-4418": a file word before digits with a group of capitals between separators;
  // after T also a capital prefix before five digits or more ("(dossier JGZ-882041)"; not "dossier COVID-19").
  for (const m of text.matchAll(LETTER_GROUP_ID_RE)) {
    const id = m[1] ?? '';
    const start = m.index + m[0].length - id.length;
    out.push({ kind: 'client_number', start, end: start + id.length });
  }
  // "Cliënt 40817", "dossier 2024-118": a person or file word right before a number of five digits or more, or with a
  // separator; a bare year ("dossier 2023") or a count ("leerling 12") is no id.
  for (const m of matchAllInLines(linesWith(text, BARE_ID_GATE), BARE_ID_RE)) {
    const id = m[1] ?? '';
    if (/^\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?$/.test(id)) continue; // a date, not an id
    if (/^(?:19|20)\d{2}[-/](?:(?:19|20)\d{2}|\d{2})$/.test(id)) continue; // a span of years ("schooljaar 2023-2024", after CS: a word may stand between)
    if (/^(?:tel|fax)\./iu.test(m[0])) continue; // a phone number is the phone detector's (0800 numbers identify nobody)
    if (/^cl/iu.test(m[0]) && /\d[ \u00a0]*$/u.test(text.slice(Math.max(0, m.index - 3), m.index))) continue; // centilitres ("5 cl"), not a client
    const start = m.index + m[0].length - id.length;
    out.push({ kind: 'client_number', start, end: start + id.length });
  }
  // After CE: a number of five to eight digits later in the sentence of an id cue ("leerlingnummer staat op zijn pasje, dat is
  // 204917"), not an amount.
  for (const m of text.matchAll(CUED_LATER_ID)) {
    const before = sentenceBefore(text, m.index, 60);
    if (!(hasIdOrFileNumberCue(before)) || /(?:€|eur|euro)[ \u00a0]*$/iu.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    if (/^[ \u00a0]*(?:euro|eur|€|km|kilo|gram|mensen|leerlingen|inwoners)(?![\p{L}])/iu.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    out.push({ kind: 'client_number', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(CUED_LATER_SPACED_ID)) {
    const id = m[0];
    if (id.replace(/\D/gu, '').length < 5 || out.some((c) => c.start < m.index + id.length && m.index < c.end)) continue;
    const before = sentenceBefore(text, m.index, 60);
    if (!(hasIdOrFileNumberCue(before) || (BARE_NUMBER_CUE.test(before) && id.replace(/\D/gu, '').length >= 6 && !id.startsWith('0')))) continue;
    if (/^[ \u00a0]*(?:euro|eur|€|km|kilo|gram|mensen|leerlingen|inwoners|uur|minuten)(?![\p{L}])/iu.test(text.slice(m.index + id.length, m.index + id.length + 12))) continue;
    out.push({ kind: 'client_number', start: m.index, end: m.index + id.length });
  }
  // After FX–GA: "lln 219902 en 219903": a number of the same length right after one found, joined by "en", "of" or a comma.
  // (After GF–GJ also four digits that are no year, and a chain of them: "dossiers 4471 en 4502 lopen, 4399 gaat ...".)
  for (let k = 0; k < out.length; k++) {
    const c = out[k] as Candidate;
    const id = text.slice(c.start, c.end);
    const next = /^[ \u00a0]*(?:,|en|of|&)[ \u00a0]*(\d{4,})(?![\p{L}\p{N}]|[.,]\d)/u.exec(text.slice(c.end, c.end + 20));
    if (!next?.[1] || next[1].length !== id.length || /^(?:19|20)\d{2}$/u.test(next[1])) continue;
    const start = c.end + next[0].length - next[1].length;
    if (!out.some((o) => o.start === start)) out.push({ kind: 'client_number', start, end: start + next[1].length });
  }
  if (/nummer|melding/iu.test(text)) {
    for (const m of text.matchAll(LETTER_CODE_AFTER_NUMBER_WORD)) {
      const id = m[1] ?? '';
      const start = m.index + m[0].length - id.length;
      if (!out.some((c) => c.start < start + id.length && start < c.end)) out.push({ kind: 'client_number', start, end: start + id.length });
    }
  }
  // (After HO–HS also after an id cue or a bare "dossier": "staat wel in dossier z-33817".)
  if (/nummer|dossier|nr/iu.test(text)) {
    for (const m of text.matchAll(PREFIXED_LATER_ID)) {
      const id = m[0];
      const before = sentenceBefore(text, m.index, 60);
      if (out.some((c) => c.start < m.index + id.length && m.index < c.end) || !(BARE_NUMBER_CUE.test(before) || hasIdOrFileNumberCue(before) || FILE_WORD.test(before))) continue;
      out.push({ kind: 'client_number', start: m.index, end: m.index + id.length });
    }
  }
  if (/[-/]/u.test(text)) {
    for (const m of text.matchAll(CUED_LATER_DASHED_ID)) {
      const id = m[0];
      const digits = id.replace(/\D/gu, '').length;
      // Six digits or more; not a date ("12-06-2019", "12/06/2019") nor a span of years ("2023-2024", "2023/2024").
      if (digits < 6 || /^\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?$/u.test(id) || /^(?:19|20)\d{2}[-/](?:(?:19|20)\d{2}|\d{2})$/u.test(id)) continue;
      // The cue earlier on the line: abbreviations and initials have dots ("fam. nguyen", "(j.l. brink)"), so no sentence is cut.
      const line = text.slice(Math.max(0, text.lastIndexOf('\n', m.index) + 1, m.index - 80), m.index);
      // (After GU–GY also a bare "dossier" before a number of seven digits or more: "het dossier dat staat op die brief eh 55-10293".)
      // (After HJ–HN also a bare "nummer" before a number with a slash: "nummer van aanvraag is 2023/71452".)
      const fileWord = digits >= 7 && (FILE_WORD.test(line) || (id.includes('/') && BARE_NUMBER_CUE.test(line)));
      if (out.some((c) => c.start < m.index + id.length && m.index < c.end) || !(hasIdOrFileNumberCue(line) || fileWord)) continue;
      out.push({ kind: 'client_number', start: m.index, end: m.index + id.length });
    }
  }
  return out;
}


/** The gate of EMAIL: only the lines with an "@" are searched (linesWith keeps them per gate, so it is one object). */
const AT_SIGN = /@/u;
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;

const MAIL_CUE_BEFORE = /(?:e-?mail|mail(?:adres|en|t)?|adres)\b[^.!?\n]{0,12}$/iu;
const AT_BRACKETED = /[[({]at[\])}]/iu;
/** The gate of OBFUSCATED_EMAIL: an "@" or an "at" in brackets. */
const AT_WRITTEN = new RegExp(`@|${AT_BRACKETED.source}`, 'iu');
/**
 * An address written so that machines miss it, as people do in mails and forums: "j.de.vries[at]gmail.com", "jdevries @ gmail . com",
 * "naam (at) school [dot] nl". With spaces allowed around its parts, the address must end in a known top-level domain.
 */
const OBFUSCATED_EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+[ \u00a0]*(?:@|\[at\]|\(at\)|\{at\})[ \u00a0]*[\p{L}\p{N}-]+(?:[ \u00a0]*(?:\.|\[dot\]|\(dot\)|\[punt\]|\(punt\))[ \u00a0]*[\p{L}\p{N}-]+)*?[ \u00a0]*(?:\.|\[dot\]|\(dot\)|\[punt\]|\(punt\))[ \u00a0]*(?:nl|be|com|net|org|eu|info|de|fr|uk|nu|edu|gov)(?![\p{L}\p{N}])/giu;

export function detectEmail(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Only the lines with an "@": the pattern tries every letter of a line as the start of an address.
  for (const m of matchAllInLines(linesWith(text, AT_SIGN), EMAIL)) out.push({ kind: 'email', start: m.index, end: m.index + m[0].length });
  for (const m of matchAllInLines(linesWith(text, AT_WRITTEN), OBFUSCATED_EMAIL)) {
    const end = m.index + m[0].length;
    // A bare "@" with spaces around the parts only after a word for mail: chat writes "@" for "at" ("ik zit @ school . Nl is leuk").
    const spaced = /[ \u00a0]/u.test(m[0]);
    if (spaced && !AT_BRACKETED.test(m[0]) && !MAIL_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // (Nor a sentence that opens with a capital after the dot: "kom je (at) home. Com on".)
    if (spaced && /\p{Lu}\p{Ll}+$/u.test(m[0])) continue;
    if (!out.some((c) => c.start < end && m.index < c.end)) out.push({ kind: 'email', start: m.index, end });
  }
  return out;
}

// A run of digit groups ("06", "(0)6", "(020)") joined by single separators. Phone numbers are
// then looked for inside the run, window by window, so that a date or count next to a number
// does not hide it.
const DIGIT_RUN =
  /(?<![\p{L}\p{N}+])(?:\+[ \u00a0]?)?(?:\(\d{1,4}\)|\d)+(?:(?:[ \u00a0]?[-./][ \u00a0]?|[ \u00a0])(?:\(\d{1,4}\)|\d)+)*/gu;
const GROUP = /(?:\(\d{1,4}\)|\d)+/g;
// A window that starts with a complete date ("06-03-2024 10") is a date and a time, not a phone number;
// "06.12.34.56.78" continues with the same separator, so it is not a date.
const DATE_START = /^\d{1,2}([-/.])\d{1,2}\1\d{2,4}(?!\d|\1\d)/;

export function detectPhone(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const run of text.matchAll(DIGIT_RUN)) {
    const raw = run[0];
    const plus = raw.startsWith('+');
    const groups: Array<{ start: number; end: number; digits: string }> = [];
    GROUP.lastIndex = 0;
    for (const g of raw.matchAll(GROUP)) {
      groups.push({ start: run.index + g.index, end: run.index + g.index + g[0].length, digits: g[0].replace(/\D/g, '') });
    }
    let s = 0;
    while (s < groups.length) {
      let found = -1;
      let digits = '';
      // (Up to ten groups: a number dictated digit by digit, "0 7 4 2 5 5 3 1 8 6", after DP–DS.)
      for (let e = s; e < groups.length && e < s + 10; e++) {
        digits += groups[e]?.digits ?? '';
        if (digits.length > 17) break;
        const first = groups[s];
        if (!first) break;
        const windowText = text.slice(first.start, groups[e]?.end ?? first.end);
        if (isPhone(digits, plus && s === 0, first.digits, windowText)) found = e;
      }
      const first = groups[s];
      const last = groups[found];
      if (found >= 0 && first && last) {
        const start = plus && s === 0 ? run.index : first.start;
        out.push({ kind: 'phone', start, end: last.end });
        s = found + 1;
      } else {
        s++;
      }
    }
  }
  out.push(...detectSpokenPhones(text));
  return out;
}

const BELGIAN_LANDLINE = /^0\d(?:[ ./]\d{3}|\d[ ./]\d{2})[ ./]\d{2}[ ./]\d{2}$/;

function isPhone(digits: string, plus: boolean, firstGroup: string, windowText: string): boolean {
  let international = plus;
  let d = digits;
  if (!plus && d.startsWith('00')) {
    international = true;
    d = d.slice(2);
  }
  if (international) {
    if (d.startsWith('31')) {
      d = d.slice(2);
      if (d.startsWith('0')) d = d.slice(1); // "+31 (0)6 ..."
      return d.length === 9 && d[0] !== '0' && !SERVICE_NUMBERS.test(`0${d}`);
    }
    return d.length >= 9 && d.length <= 15 && d[0] !== '0';
  }
  // After AC: a Belgian landline written the Belgian way, nine digits in groups ("03 218 45 67", "050 12 34 56"); Flemish
  // colleagues write about the same children.
  if (d.length === 9 && d[0] === '0' && d[1] !== '0' && BELGIAN_LANDLINE.test(windowText)) return !DATE_START.test(windowText);
  if (d.length !== 10 || d[0] !== '0' || d[1] === '0' || SERVICE_NUMBERS.test(d)) return false;
  if (DATE_START.test(windowText)) return false;
  // Dutch numbers start with a mobile prefix "06" or an area code of three or four digits.
  const area = firstGroup;
  if (area.length === 10) return true;
  // After DP–DS: ten digits said one by one ("0 7 4 2 5 5 3 1 8 6").
  if (/^0(?:[ \u00a0]\d){9}$/u.test(windowText)) return d !== '0123456789'; // (not counting aloud)
  if (area === '06') return true;
  return (area.length === 3 || area.length === 4) && area[0] === '0';
}

const POSTCODE = /(?<![\p{L}\p{N}])([1-9]\d{3})([ \u00a0]?|-)(\p{L}{2})(?![\p{L}\p{N}])/gu;
const NOT_POSTCODE_WORDS = new Set([
  'km', 'cm', 'mm', 'dm', 'kg', 'mg', 'gr', 'ml', 'cl', 'dl', 'uur', 'en', 'de', 'in', 'op', 'is', 'te', 'om', 'of', 'na',
  'al', 'er', 'ze', 'we', 'je', 'ik', 'nu', 'zo', 'ja', 'nee', 'of', 'tv', 'pc', 'bv', 'ca', 'eu', 'mb', 'gb', 'kb', 'ct',
  'ad', 'vc', 'nc', 'am', 'pm', 'st', 'nd', 'rd', 'th', 'ha', 'hz', 'kw', 'kj', 'mi', 'pp', 'ov', 'zo', 'ma', 'di', 'wo',
  'do', 'vr', 'za', 'zo', 'jr', 'an', 'at', 'by', 'to', 'on', 'or', 'as', 'be', 'he', 'if', 'it', 'me', 'my', 'no',
  'wk', 'lb', 'cc', 'ok', 'oz', 'ft', 'mw', 'pk',
]);

/** Units that follow a number in capitals ("1500 KM"); any other two capitals after four digits are a postcode. */
const UNITS = new Set(['km', 'cm', 'mm', 'dm', 'kg', 'mg', 'gr', 'ml', 'cl', 'dl', 'mb', 'gb', 'kb', 'kw', 'hz', 'pk', 'ct', 'am', 'pm', 'nl', 'bv']);

/** "postcode 8232 KM", "de postcode is 8232 KM": the letters are a postcode's, not a unit or a word. */
/** After GF–GJ: where someone comes from or lives, before a postcode whose letters are also a word ("die komen uit 9723 za"). */
const FROM_POSTCODE_BEFORE = /(?:komen|komt|kwam|kwamen)[ \u00a0]+uit[ \u00a0]+$|(?:woont|wonen)[ \u00a0]+in[ \u00a0]+$/u;
/** After GF–GJ: a postcode said again after a correction ("postcode is 1102 eh nee 1103 pk"). */
const POSTCODE_CORRECTED_BEFORE = /postcode[^.\n]{0,24}\d{4}[ \u00a0]?[a-z]{0,2}[ \u00a0,]+(?:eh[ \u00a0]+)?(?:nee|sorry)[ \u00a0,]+$/iu;
// (After IC–IG also "postcodegebied"; after IH–IK where a move or the post goes to: "verhuisd is naar 3532 ad", "de post gaat nog naar 8226 kb".)
const POSTCODE_CUE_BEFORE = /postcode(?:gebied)?(?:[\s:]+(?:is|was|luidt|wordt))?[\s:]*$|(?:verhuisd|verhuist|verhuizen|verhuizing|post|brieven)[^.?!\n]{0,24}[ \u00a0]naar[ \u00a0]+$|postcode[^.?!\n]{0,60}(?:moet|is|wordt)[ \u00a0]+$/iu;
const STREET_NUMBER_COMMA = /\p{Lu}\p{Ll}{2,}[ \u00a0]\d{1,4}(?:[ \u00a0]?[a-zA-Z]|-\d{1,3})?,[ \u00a0]*$/u;
// (After EH–EK also without the comma: "aan de zuiderweg 21 6821 mb".)
const STREET_NUMBER_COMMA_ANY_CASE = new RegExp(`\\p{L}{2,}(?:${STREET_SUFFIX})[ \\u00a0]\\d{1,4}(?:[ \\u00a0]?[a-zA-Z]|-\\d{1,3})?,?[ \\u00a0]*$`, 'iu');

/** A house number and a comma right before a postcode, after any word ("de gagel 14, "). */
const NUMBER_COMMA_BEFORE = /\p{L}[ \u00a0]\d{1,4}[a-z]?,[ \u00a0]*$/iu;

/** The text before a postcode with a comma said as a word written as one ("210 komma " → "210, "). */
function spokenComma(before: string): string {
  return before.replace(/[ \u00a0]+komma[ \u00a0]+$/u, ', ');
}

export function detectPostcode(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(POSTCODE)) {
    const letters = m[3] ?? '';
    const space = m[2] ?? '';
    if (!/^[A-Za-z]{2}$/.test(letters)) continue;
    const upper = letters.toUpperCase();
    if (upper === 'SA' || upper === 'SD' || upper === 'SS') continue;
    const isUpperCase = letters === upper;
    // A postcode is asked for or follows a street and a house number: then its letters may be written in any case and after a
    // hyphen ("postcode: 9712 Cp", "Hoofdstraat 4, 9712-CP").
    const cued = (): boolean => POSTCODE_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index)) || STREET_NUMBER_COMMA_ANY_CASE.test(text.slice(Math.max(0, m.index - 46), m.index));
    // (A hyphen only then: "Leerplichtdossier 1187-LP" and "2024-AB" are numbers.)
    if (space === '-' && !cued()) continue;
    // After GF–GJ: a hesitation before a correction is no postcode's letters ("postcode is 1102 eh nee 1103 pk").
    if ((letters === 'eh' || letters === 'uh') && /^[ \u00a0,]+(?:nee|sorry|\d)/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    if (!isUpperCase) {
      // A word or unit ("2024 en", "1500 km"), unless right after a street, a house number and a comma ("zonnebloemstraat 19,
      // 7555 pk hengelo", after AX) or after "postcode".
      // After CT also after any word, a house number and a comma when a known place follows ("de gagel 14, 1187 mb amstelveen").
      // (After FP–FS also a spoken comma: "leidsevaart 210 komma 2014 ha haarlem".)
      // (After GZ–HD also when the same four digits are a postcode elsewhere in the text, corrected: "moet 3531 gk zijn ipv 3531 gr".)
      const digits = m[0].slice(0, 4);
      const correctedCode = NOT_POSTCODE_WORDS.has(letters.toLowerCase()) && [...text.matchAll(new RegExp(`(?<![\\p{N}])${digits}[ \\u00a0]?(\\p{Ll}{2})(?![\\p{L}])`, 'gu'))].some(
        (o) => o.index !== m.index && !NOT_POSTCODE_WORDS.has((o[1] ?? '').toLowerCase()),
      );
      if (NOT_POSTCODE_WORDS.has(letters.toLowerCase()) && !correctedCode && !STREET_NUMBER_COMMA_ANY_CASE.test(spokenComma(text.slice(Math.max(0, m.index - 46), m.index))) &&
        !POSTCODE_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index)) && !POSTCODE_CORRECTED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) &&
        !(FROM_POSTCODE_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index)) && !/^(?:19|20)\d{2}/u.test(m[0])) &&
        !(NUMBER_COMMA_BEFORE.test(spokenComma(text.slice(Math.max(0, m.index - 18), m.index))) && isKnownPlace(/^[ \u00a0]+(\p{L}+)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 30))?.[1] ?? ''))) continue;
      if (letters !== letters.toLowerCase() && !cued()) continue; // "2023 En" is a sentence, not a postcode
      // Lowercase with a space ("9712 cp") is a postcode too, unless the letters are a word or unit (checked above).
    } else if (UNITS.has(letters.toLowerCase()) && space !== '' && !POSTCODE_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))) {
      // "1234 KM" in capitals is still most likely a postcode if a place name follows, or right after a street, a house
      // number and a comma ("Wiardastraat 12, 8921 PK (bovenwoning)": no place at all).
      if (!/^[ \u00a0]+\p{Lu}\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)) &&
        !STREET_NUMBER_COMMA.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    }
    out.push({ kind: 'postcode', start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A cell holding "Surname, First name" in an export row ("Bakker, Tygo", "El Idrissi, Rania"). */
const EXPORT_NAME_CELL = /^\p{Lu}[\p{L}'’ -]+,[ \u00a0]?\p{Lu}\p{Ll}+$/u;

/**
 * After AF: rows of a semicolon-separated export (attendance and leerplicht systems) with a person's name cell
 * ("204871;Bakker, Tygo;6B;..."): the name cell is a name, and a cell of five to eight digits is that person's number (a student or
 * client number has no number word there).
 */
export function detectExportRows(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!text.includes(';')) return out;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const cells = line.split(';');
    if (cells.length >= 3 && cells.some((c) => EXPORT_NAME_CELL.test(c.trim()))) {
      let at = lineStart;
      for (const cell of cells) {
        const lead = cell.length - cell.trimStart().length;
        const value = cell.trim();
        if (/^\d{5,8}$/.test(value)) out.push({ kind: 'client_number', start: at + lead, end: at + lead + value.length });
        else if (EXPORT_NAME_CELL.test(value)) out.push({ kind: 'name', start: at + lead, end: at + lead + value.length });
        at += cell.length + 1;
      }
    }
    lineStart += line.length + 1;
  }
  return out;
}

/**
 * After AJ: text read by OCR from handwriting confuses digits and letters ("06-3l847209", "51-OO38271", "O9-O5-2O19"). In a run of
 * digits, separators and those letters, with five digits or more and at most three such letters, each letter stands for its digit
 * (l, I → 1; O, o → 0). Same length as the text, so the number detectors can read it and findings keep their positions.
 */
export function readOcrDigits(text: string): string {
  if (!/\d[OolI]|[OolI]\d/u.test(text)) return text;
  return text.replace(OCR_DIGIT_RUN, (run) => {
    const letters = run.replace(/[^OolI]/gu, '').length;
    const digits = run.replace(/\D/gu, '').length;
    return digits >= 5 && letters <= 3 ? run.replace(/[lI]/gu, '1').replace(/[Oo]/gu, '0') : run;
  });
}
const OCR_DIGIT_RUN = /(?<![\p{L}\p{N}])[\dOolI](?:[\dOolI]|[-./ ](?=[\dOolI])){4,}(?![\p{L}\p{N}])/gu;
