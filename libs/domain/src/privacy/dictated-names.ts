/**
 * Names as dictation and fast chat write them (after AQ and AR): spelled out letter by letter ("Owusu is O W U S U",
 * "E-G-E-R-E-D-A") and initials in lowercase ("leerling j.k. uit 1c", "(d.b., 15)", "dr. e. molenaar"); after DN–EK also an initial
 * said aloud ("m punt bouzid"), a surname after "achternaam", a word no list knows after "heet", a name in a relative clause ("die
 * storm heet"), and two passes over the names found: the names a speaker restates (spokenRestatements: "ferry of fredje",
 * "kromowidjojo met een k kromo widjojo") and the initials and list items beside them (namesBesideFound: "n.k. kwakye", "jamila,
 * tesfalem, viktor").
 */
import { lexicalClass } from './context-model.js';
import { isDutchSurname, isFirstName, isFrequentWord, isListedName, isNameWord, isNotName, isSurnameCore } from './name-lists.js';
import type { Token } from './names.js';
import { charOf, fold, INITIAL_WITH_DOT, isAbbreviation, linesWith, matchAllInLines } from './text.js';
import type { Candidate } from './types.js';
import { endsLikeCompound, isKnownWord } from './unknown-words.js';

/** Three letters or more, one by one, separated by spaces or hyphens, all capitals or all lowercase. */
// The leading lookahead restates that a separator follows the first letter: most positions fail there, before the lookbehind.
const SPELLED = /(?=[^ \u00a0-][ \u00a0-])(?<![\p{L}\p{N}])(\p{L})(?:[ \u00a0-]\p{L}(?![\p{L}])){2,}/gu;

/** Lowercase abbreviations written like initials: text.ts's ("o.a.", "i.v.m.") and these. */
const MORE_ABBREVIATIONS = new Set(
  ('z.s.m. a.s. p.p. n.v.t. v.a. s.v.p. a.u.b. c.q. d.d. i.o.m. m.i.v. o.b.v. m.n. t.z.t. i.c.m. v.w.b. z.o.z. i.s.m. m.u.v. e.e.a. p.s. b.v. t.b.v. ' +
    'i.h.a. o.i.d. m.i. a.d.h.v. n.b. o.v.v. t.o.v. p.a. a.h.w. m.m.v. i.h.k.v. i.o.v. o.l.v. d.m.v. v.v.t. i.e. e.g.'
  ).split(' '),
);
const isAbbreviated = (head: string): boolean => isAbbreviation(head.slice(0, -1)) || MORE_ABBREVIATIONS.has(head);

/** Words that announce a name or its spelling ("achternaam is", "ze heet", "ik spel het", "met de letters"). */
const SPELLING_CUE = /(?<![\p{L}])(?:(?:achter|voor|roep|familie|meisjes)?naam|heet|heten|heette|spel|spelt|gespeld|schrijf|schrijft|geschreven|letters?)(?![\p{L}])/u;

function spelledNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const spelled of text.matchAll(SPELLED)) {
    const all = spelled[0].replace(/[ \u00a0-]/gu, '');
    if (all !== all.toUpperCase() && all !== all.toLowerCase()) continue;
    // After FT–FW: "kozak, met een k k o z a k": the letter that "met een" names may open the run; the spelling is the rest.
    const cueLetter = all.length >= 5 && /met[ \u00a0]+een[ \u00a0]+$/iu.test(text.slice(Math.max(0, spelled.index - 9), spelled.index));
    const m = cueLetter ? { index: spelled.index + 2, 0: spelled[0].slice(2) } : { index: spelled.index, 0: spelled[0] };
    const letters = cueLetter ? all.slice(1) : all;
    const word = letters.toLowerCase();
    // The spelling of a word said just before ("Noah, N O A H", "Owusu is O W U S U"), or of a listed name.
    // (Folded, after CE: "Ouédraogo, dat is O-U-E-D-R-A-O-G-O".)
    const before = fold(text.slice(Math.max(0, m.index - 80), m.index));
    // After DV also a word no list knows, spelled after a naming cue ("haar achternaam is k o w a l s k a").
    // (Not a word spelled as a word: "hij spelt het woord b o o m verkeerd".)
    const near = before.slice(-40);
    if (/(?<![\p{L}])woord(?![\p{L}])/u.test(near)) continue;
    if (!new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u').test(before) && !isListedName(word) &&
      !(word.length >= 4 && SPELLING_CUE.test(near) && !isKnownWord(word) && !isFrequentWord(word))) continue;
    out.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
    // After FE–FK: the word said just before the spelling is the name too ("het meisje is rahaf r a h a f"), not only its letters.
    const from = Math.max(0, m.index - 40);
    const said = [...text.slice(from, m.index).toLowerCase().matchAll(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'gu'))].at(-1);
    if (said && !isFrequentWord(word)) out.push({ kind: 'name', start: from + said.index, end: from + said.index + word.length });
  }
  return out;
}

const PERSON_NOUN = 'leerling|leerlinge|jongen|meisje|kind|kindje|cli[eë]nte?|pupil|zoon|dochter|broer|broertje|zus|zusje|jongere|puber|pleegkind|baby|collega'; // after CW "collega m.t."
const INITIALS = '(?:\\p{Ll}\\.){1,3}';
/** "leerling j.k. uit 1c", "het meisje a.b. zei". */
// (After DV–DY also after "initialen": "een leerling met initialen m.k.".)
const SPOKEN_INITIALS = /(?<![\p{L}])initialen[ \u00a0]+(?:(?:zijn|waren|van|is)[ \u00a0]+)?(\p{L}(?:[ \u00a0]\p{L}){1,3})(?![\p{L}])/giu;
const AFTER_PERSON = new RegExp(`(?<![\\p{L}])(?:initialen|${PERSON_NOUN})[ \\u00a0]+(${INITIALS})(?![\\p{L}])`, 'giu');
/**
 * After DD–DI: the same after a lowercase form of address or role, case-sensitive ("meneer j. achterberg", "mentor r. pool"; a
 * capital initial there is read elsewhere: "mevrouw K. binnen"). (After IH–IK here and in TITLE_INITIALS the surname is no short
 * function word: "moeder a.b. en kind r.m." marked "a.b. en".)
 */
const ROLE_INITIALS = new RegExp(
  `(?<![\\p{L}])(?:meneer|mevrouw|mentor|mentrix|juf|meester|dokter|huisarts|jeugdarts|coach|trainer|brigadier|verbalisant|agent|wijkagent|moeder|vader|oma|opa|tante|oom|stiefvader|stiefmoeder)[ \\u00a0]+((?:\\p{Ll}\\.[ \\u00a0]?){1,3}(?:(?:van|de|der|den|ter|ten|el)[ \\u00a0]+)*(?!(?:en|of|in|op|is|te|er|om|al|nu|zo|na)(?![\\p{L}]))\\p{Ll}{2,}(?:-\\p{Ll}+)?)`,
  'gu',
);
/**
 * After DD–DI: a lowercase initial and a surname no frequent word is after a preposition ("op naam van r. pengel", "de intake van
 * w. ouedraogo"); the surname is checked in lowercaseInitialsInLine.
 */
const PREPOSITION_INITIAL = /(?<![\p{L}])(?:van|met|voor|aan|bij|door)[ \u00a0]+(\p{Ll}\.[ \u00a0]?(?:(?:van|de|der|den|ter|el)[ \u00a0]+)*(\p{Ll}{4,}(?:-\p{Ll}{3,})?))(?![\p{L}.])/gu;
/**
 * After DV–DY: an initial said aloud before a surname ("ik noteer vader als m punt bouzid"); the surname is no known word, and an
 * e-mail address said aloud ("r punt pinas apenstaartje ...") is the e-mail rule's.
 */
const SPOKEN_INITIAL = /(?<![\p{L}])\p{Ll}[ \u00a0]+punt[ \u00a0]+(\p{Ll}{3,})(?![\p{L}])(?![ \u00a0]+(?:apenstaartje|at|punt|streepje|underscore|liggend)(?![\p{L}]))/gu;
/** "(d.b., 15)", "m.k. (12)": initials with an age. */
const WITH_AGE = new RegExp(`(?<![\\p{L}.])(${INITIALS}\\p{Ll}?)(?:,?[ \\u00a0]*\\(?[ \\u00a0]*\\d{1,2}(?:[ \\u00a0]*(?:jr|jaar|j))?[ \\u00a0]*[),])`, 'gu');
/** "dr. e. molenaar", "mw. a. de vries": a title, lowercase initials and a surname. */
const TITLE_INITIALS = new RegExp(
  `(?<![\\p{L}])(?:dr|drs|mr|prof|mw|mevr|dhr|ir)\\.?[ \\u00a0]+((?:\\p{Ll}\\.[ \\u00a0]?){1,3}(?:(?:van|de|der|den|ter|ten|el)[ \\u00a0]+)*(?!(?:en|of|in|op|is|te|er|om|al|nu|zo|na)(?![\\p{L}]))\\p{Ll}{2,}(?:-\\p{Ll}+)?)`,
  'giu',
);

/** After AX: lowercase initials before a tussenvoegsel and a surname, without a title ("met m. de bruin van schuldhulp"). */
const INITIALS_TUSSEN = /(?<![\p{L}.])((?:\p{Ll}\.[ \u00a0]?){1,3}(?:van|de|der|den|ter|ten|el)(?:[ \u00a0]+(?:de|der|den))?[ \u00a0]+\p{Ll}{3,}(?:-\p{Ll}+)?)/gu;

/** After BD: lowercase initials of a pupil named by their class ("d.v. uit groep 7", "a.k. uit 1e"). */
const INITIALS_FROM_CLASS = /(?<![\p{L}.])((?:\p{Ll}\.){2,3})[ \u00a0]+uit[ \u00a0]+(?:groep|klas|\d)/gu;

/** After BF: lowercase initials, not after a letter or dot, before a listed surname ("a. bakker", "(k. verhoef)", "via a.m. smit"). */
const INITIALS_SURNAME = /(?:^|[^\p{L}\p{N}.])((?:\p{Ll}\.){1,3}[ \u00a0]?(\p{Ll}{3,}))(?![\p{L}.'’-])/gu;

/** After AV: "(p.k.)" alone in brackets, and a lowercase listed first name with the initial of the surname ("sara k. is"). */
const IN_BRACKETS = /\(((?:\p{Ll}\.){2,3})\)/gu;
/** After CJ: two lowercase initials joined by "en" opening a sentence ("r. en j. weer te laat"). */
const COORDINATED_INITIALS = /(?:^|[.!?;:][ \u00a0]+)(\p{Ll}\.)[ \u00a0]+en[ \u00a0]+(\p{Ll}\.)(?![\p{L}])/gu;
/** After DA–DC: two pairs of lowercase initials joined by "en" ("a.s. en m.s. zijn broers"). */
const COORDINATED_PAIRS = /(?<![\p{L}.])((?:\p{Ll}\.){2})[ \u00a0]+en[ \u00a0]+((?:\p{Ll}\.){2})(?![\p{L}])/gu;
/** After CD: lowercase initials before a role in brackets ("overleg met p.w. (aandachtsfunctionaris)"). */
const INITIALS_ROLE = /(?<![\p{L}.])((?:\p{Ll}\.){2,3})[ \u00a0]*\(\p{Ll}{5,}[\p{Ll} -]{0,30}\)/gu;
/**
 * After CL/CN: two or three lowercase initials opening a line or a sentence, before a verb a person does or a bracket ("s.k. heeft
 * vandaag", "j.k. (groep 2) spraak"); abbreviations ("z.s.m. is", "o.a. heeft") are left out below.
 */
const INITIALS_OPENING =
  /(?:^|[.!?;:][ \u00a0]+|\n[ \u00a0]*)((?:\p{Ll}\.){2,3})(?=[ \u00a0]+(?:heeft|had|is|was|wordt|werd|zegt|zei|vertelt|vertelde|komt|kwam|gaat|ging|wil|wilde|mag|mocht|moet|moest|kan|kon|zit|zat|woont|blijft|bleef|krijgt|kreeg|doet|deed|speelt|speelde|belt|belde|loopt|liep)(?![\p{L}])|[ \u00a0]*\()/gu;
const FIRST_NAME_INITIAL = /(?<![\p{L}])(\p{Ll}{3,})[ \u00a0](\p{Ll}\.)(?=[ \u00a0,;:)]|$)/gu;

/**
 * Every pattern of lowercaseInitials holds an initial and none crosses a line, so only the lines with an initial are searched
 * (a fifth of a long casus).
 */
function lowercaseInitials(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const line of linesWith(text, INITIAL_WITH_DOT)) {
    for (const c of lowercaseInitialsInLine(line.text)) out.push({ ...c, start: c.start + line.from, end: c.end + line.from });
  }
  return out;
}

function lowercaseInitialsInLine(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(FIRST_NAME_INITIAL)) {
    const first = m[1] ?? '';
    // A listed first name ("sara k.", also one the frequency list has from subtitles), not a word with a point ("plan b.").
    if (!isFirstName(first) || (isFrequentWord(first) && !isNameWord(first))) continue;
    const start = m.index + first.length + 1;
    out.push({ kind: 'name', start: m.index, end: m.index + first.length }, { kind: 'initials', start, end: start + 2 });
  }
  for (const m of text.matchAll(INITIALS_SURNAME)) {
    const initials = m[1] ?? '';
    const surname = m[2] ?? '';
    const head = /^(?:\p{Ll}\.)+/u.exec(initials)?.[0] ?? '';
    // (After ED–EG also two or three initials before a word no list knows: "of r.j. okonkwo het formulier al heeft".)
    if (!(isSurnameCore(surname) || isDutchSurname(surname) || (head.length >= 4 && lexicalClass(surname) === 'U'))) continue;
    if (isAbbreviated(head)) continue;
    const start = m.index + m[0].length - initials.length;
    out.push({ kind: 'initials', start, end: start + initials.length });
  }
  for (const m of text.matchAll(COORDINATED_INITIALS)) {
    const a = m[1] ?? '';
    const b = m[2] ?? '';
    // Not answer options ("a. en b. zijn de twee opties"): letters next to each other in the alphabet.
    if (isAbbreviated(a) || isAbbreviated(b) || Math.abs(a.charCodeAt(0) - b.charCodeAt(0)) === 1) continue;
    const start = m.index + m[0].indexOf(a);
    out.push({ kind: 'initials', start, end: start + 2 }, { kind: 'initials', start: m.index + m[0].length - 2, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(COORDINATED_PAIRS)) {
    const a = m[1] ?? '';
    const b = m[2] ?? '';
    // Siblings share the surname's letter ("a.s. en m.s."), which makes even an abbreviation's letters initials; else neither may be
    // an abbreviation ("m.n. en t.z.t.").
    if (a.charAt(2) !== b.charAt(2) && (isAbbreviated(a) || isAbbreviated(b))) continue;
    const start = m.index + m[0].indexOf(a);
    out.push({ kind: 'initials', start, end: start + a.length }, { kind: 'initials', start: m.index + m[0].length - b.length, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(PREPOSITION_INITIAL)) {
    const initials = m[1] ?? '';
    const surname = m[2] ?? '';
    if (isFrequentWord(surname) || isAbbreviated(initials.slice(0, 2))) continue;
    const start = m.index + m[0].length - initials.length;
    out.push({ kind: 'initials', start, end: start + initials.length });
  }
  for (const re of [AFTER_PERSON, WITH_AGE, TITLE_INITIALS, ROLE_INITIALS, IN_BRACKETS, INITIALS_TUSSEN, INITIALS_FROM_CLASS, INITIALS_ROLE, INITIALS_OPENING]) {
    for (const m of text.matchAll(re)) {
      const initials = (m[1] ?? '').trimEnd();
      const head = /^(?:\p{Ll}\.)+/u.exec(initials)?.[0] ?? '';
      // "dhr v.d. Molen": "v.d." is "van der", part of the surname, not initials.
      if (isAbbreviated(head) || /^v\.(?:d\.)?$/u.test(head)) continue;
      const start = m.index + m[0].indexOf(initials);
      out.push({ kind: 'initials', start, end: start + initials.length });
    }
  }
  return out;
}

/**
 * After AV: "hamid hier, ik werk bij ...", "Met Sanne hier", after CB also "sjors (jongerenwerk) hier": a name introducing the
 * writer at the start of a line or message,
 * a listed first name or a word no list knows (not "ik hier", "wij hier", "iedereen hier").
 */
const INTRODUCTION = /[ \t]*(?:(?:hoi|hallo|hi|hey|goedemorgen|goedemiddag|met)[ \u00a0,]+)?(\p{L}{3,})(?:[ \u00a0]*\([^()\n]{2,30}\))?[ \u00a0]+hier(?=[ \u00a0]*[,.!:;\n-]|[ \u00a0]+(?:van|vanuit|namens|bij)[ \u00a0])/iuy;

function introductions(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Only at the start of each line (a sticky match there, instead of a search through the whole text).
  for (let at = 0; at >= 0 && at < text.length; at = text.indexOf('\n', at) < 0 ? -1 : text.indexOf('\n', at) + 1) {
    INTRODUCTION.lastIndex = at;
    const m = INTRODUCTION.exec(text);
    if (!m) continue;
    const word = m[1] ?? '';
    if (!isFirstName(word) && (isKnownWord(word.toLowerCase()) || !/^\p{L}/u.test(word))) continue;
    if (isFrequentWord(word) && !isFirstName(word)) continue;
    const start = m.index + m[0].lastIndexOf(word, m[0].length - 4);
    out.push({ kind: 'name', start, end: start + word.length });
  }
  return out;
}

/** A letter alone before a dot: the only way initials start (a quick test before the patterns; a title's may be a capital). */

/**
 * After DV: a lowercase surname with a tussenvoegsel after the word for it ("achternaam de bruin", "zijn achternaam is van der
 * zee"), as dictation writes it.
 */
const SURNAME_NOUN_TUSSEN =
  /(?<![\p{L}])(?:achternaam|familienaam|meisjesnaam)[ \u00a0,:]+(?:(?:is|was|eh|ehm)[ \u00a0,]+){0,2}((?:van[ \u00a0]+(?:de|der|den|'t)[ \u00a0]+|van|de|den|der|ter|ten|el|al|in[ \u00a0]+'t)[ \u00a0]+(\p{Ll}{3,}(?:-\p{Ll}+)?))(?![\p{L}])/gu;

function surnamesAfterSurnameNoun(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(SURNAME_NOUN_TUSSEN)) {
    const whole = m[1] ?? '';
    if (isNotName(m[2] ?? '')) continue;
    const start = m.index + m[0].length - whole.length;
    out.push({ kind: 'name', start, end: start + whole.length });
  }
  return out;
}

/**
 * After DV: after "heet" or "genaamd", a lowercase word no list knows is what the person is called ("de vriend heet fredje",
 * "die heet eh jorrit-jan"); not after "het", "dat" or "wat" ("dat heet kanjertraining" is a thing's name) nor a compound.
 */
const NAMED = /(?<![\p{L}])(\p{Ll}+)[ \u00a0]+(?:heet|heette|genaamd)[ \u00a0,]+(?:(?:eh|ehm|dus)[ \u00a0,]+)?(\p{Ll}[\p{Ll}'’-]{2,})(?![\p{L}])/gu;
/** What every match of NAMED holds: the other lines are not searched. */
const NAMED_GATE = /[ \u00a0](?:heet|genaamd)/u;
const NOT_PERSON_SUBJECT = new Set('het dat dit wat hoe zo er ook dus ding programma methode training groep school app boek'.split(' '));

function namedUnknowns(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchAllInLines(linesWith(text, NAMED_GATE), NAMED)) {
    const word = m[2] ?? '';
    // (Not a title with its dot: "oma heet mevr. hoekstra".)
    const end = m.index + m[0].length;
    if (NOT_PERSON_SUBJECT.has(m[1] ?? '') || charOf(text, end) === '.' || lexicalClass(fold(word)) !== 'U' || endsLikeCompound(fold(word))) continue;
    const start = m.index + m[0].length - word.length;
    out.push({ kind: 'name', start, end: start + word.length });
    // "de tweeling heet geertje en bertje": a second such word joined by "en".
    AND_UNKNOWN.lastIndex = end;
    const second = AND_UNKNOWN.exec(text);
    if (second?.[1] && lexicalClass(fold(second[1])) === 'U' && !endsLikeCompound(fold(second[1]))) {
      out.push({ kind: 'name', start: end + second[0].length - second[1].length, end: end + second[0].length });
    }
  }
  return out;
}
const AND_UNKNOWN = /[ \u00a0]+en[ \u00a0]+(\p{Ll}[\p{Ll}'’-]{2,})(?![\p{L}])/uy;

/** After FX–GA: initials said letter by letter after "initialen" ("onder de initialen l v d v"). */
function initialsLetterByLetter(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(SPOKEN_INITIALS)) {
    const letters = m[1] ?? '';
    const start = m.index + m[0].length - letters.length;
    out.push({ kind: 'initials', start, end: start + letters.length });
  }
  return out;
}

function spokenInitials(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(SPOKEN_INITIAL)) {
    const cls = lexicalClass(m[1] ?? '');
    if (/[QKN]/u.test(cls) || (cls !== 'U' && !/[FS]/u.test(cls))) continue;
    out.push({ kind: 'initials', start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * After ED–EG: a first name, also one that is a word, in a relative clause about a person ending in "heet" ("een jongen uit groep 7
 * die storm heet"); an animal's name is left to the pet rules ("een hond die max heet").
 */
const RELATIVE_NAMED = /(?<![\p{L}])die[ \u00a0]+(\p{Ll}{2,}(?:-\p{Ll}+)?)[ \u00a0]+(?:heet|heette)(?![\p{L}])/gu;
const PERSON_BEFORE = new RegExp(`(?<![\\p{L}])(?:${PERSON_NOUN}|jongetje|vriend|vriendin|vriendje|vriendinnetje|klasgenoot|klasgenote|man|vrouw|neef|nicht|buurjongen|buurmeisje)(?![\\p{L}])`, 'u');

function namedInRelativeClause(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(RELATIVE_NAMED)) {
    const word = m[1] ?? '';
    const cls = lexicalClass(word);
    if (!/F/u.test(cls) || /N/u.test(cls) || !PERSON_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const start = m.index + m[0].indexOf(word, 3);
    out.push({ kind: 'name', start, end: start + word.length });
  }
  return out;
}

export function detectDictatedNames(text: string): Candidate[] {
  return [
    ...spelledNames(text),
    ...lowercaseInitials(text),
    ...(/hier/iu.test(text) ? introductions(text) : []),
    ...(/naam/iu.test(text) ? surnamesAfterSurnameNoun(text) : []),
    ...(/heet|genaamd/iu.test(text) ? namedUnknowns(text) : []),
    ...(/ punt /u.test(text) ? spokenInitials(text) : []),
    ...(/initialen/iu.test(text) ? initialsLetterByLetter(text) : []),
    ...(/die .{2,30}heet/u.test(text) ? namedInRelativeClause(text) : []),
  ];
}

/** "ferry of fredje", "ahmed nee eh achmed", "sara sorry sarah": the speaker's correction of a name just said. */
const CORRECTION = /[ \u00a0,]*(?:(?:eh|ehm|uh|nee|of|sorry|excuus)[ \u00a0,]+){1,3}/uy;
/** "kromowidjojo met een k kromo widjojo": the name spelled again in parts after the letter it starts with. */
const RESPELLING = /[ \u00a0,]+met[ \u00a0]+een[ \u00a0]+\p{L}[ \u00a0,]+/uy;

/**
 * After DV: names a speaker says again in another form right after a name found: a correction ("ferry of fredje zoiets") or the
 * name spelled in parts ("kromowidjojo met een k kromo widjojo").
 */
export function spokenRestatements(text: string, tokens: readonly Token[], found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const tokenAt = new Map<number, number>();
  for (const c of found) {
    if (c.kind !== 'name') continue;
    CORRECTION.lastIndex = c.end;
    const correction = CORRECTION.exec(text);
    if (correction && /(?:nee|of|sorry|excuus)/u.test(correction[0])) {
      if (tokenAt.size === 0) tokens.forEach((t, k) => tokenAt.set(t.start, k));
      const next = tokens[tokenAt.get(c.end + correction[0].length) ?? -1];
      if (next && next.folded.length >= 3 && isCorrectedName(next.folded)) out.push({ kind: 'name', start: next.start, end: next.end });
    }
    RESPELLING.lastIndex = c.end;
    const respelling = RESPELLING.exec(text);
    if (respelling) {
      if (tokenAt.size === 0) tokens.forEach((t, k) => tokenAt.set(t.start, k));
      const said = fold(text.slice(c.start, c.end).split(/[ \u00a0]+/u).pop() ?? '').replace(/[^\p{L}]/gu, '');
      const k = tokenAt.get(c.end + respelling[0].length) ?? -1;
      let joined = '';
      for (let n = k; n >= 0 && n < k + 3 && tokens[n]; n++) {
        joined += tokens[n]?.folded ?? '';
        if (!said.startsWith(joined)) break;
        if (joined === said && n > k) out.push({ kind: 'name', start: tokens[k]?.start ?? 0, end: tokens[n]?.end ?? 0 });
      }
    }
  }
  return out;
}

/** Lowercase initials right before a name (after ED–EG: "n.k. kwakye", whatever list knows the surname). */
const INITIALS_BEFORE = /(?<![\p{L}\p{N}.])((?:\p{Ll}\.){1,3})[ \u00a0]?$/u;
/** A list item after or before a name found: ", " between ("jamila, tesfalem, viktor"). */
const LIST_COMMA = /^,[ \u00a0]+$/u;

/**
 * After ED–EG: initials before a name found are the person's initials ("kijk of n.k. kwakye al heeft betaald"), and a listed name
 * that is no frequent word next to a name found in a comma list is one too ("de lijst: jamila, tesfalem, viktor en li na").
 */
export function namesBesideFound(text: string, tokens: readonly Token[], found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const nameStarts = new Set<number>();
  const nameEnds = new Set<number>();
  for (const c of found) {
    if (c.kind !== 'name') continue;
    nameStarts.add(c.start);
    nameEnds.add(c.end);
    const initials = INITIALS_BEFORE.exec(text.slice(Math.max(0, c.start - 8), c.start));
    // (One initial only when it is no "v." for "van" nor a letter named: "mama v. sami", "met een f. V-E-R-H-O-E-V-E-N"; after EH–EK
    // "de naam op de bel is m. bouzid".)
    const single = initials?.[1]?.length === 2;
    const letterNamed = single && /(?:een|de|letter)[ \u00a0]+$/u.test(text.slice(Math.max(0, c.start - 16), c.start - (initials?.[0].length ?? 0)));
    if (initials?.[1] && !(single && (initials[1] === 'v.' || letterNamed)) && !isAbbreviated(initials[1].slice(0, 2)) && !isAbbreviated(initials[1])) {
      out.push({ kind: 'initials', start: c.start - initials[0].length, end: c.end });
    }
  }
  if (nameStarts.size < 2 || !text.includes(',')) return out;
  const covered = new Uint8Array(text.length + 1);
  for (const c of found) covered.fill(1, c.start, c.end);
  tokens.forEach((t, k) => {
    // (Lowercase, as chat lists are, and no part of another finding: "in De Lier, Oksana" keeps its place.)
    if (covered[t.start] === 1 || t.folded.length < 3 || t.text !== t.text.toLowerCase()) return;
    const next = tokens[k + 1];
    const prev = tokens[k - 1];
    const beforeName = !!next && nameStarts.has(next.start) && LIST_COMMA.test(text.slice(t.end, next.start));
    const afterName = !!prev && nameEnds.has(prev.end) && LIST_COMMA.test(text.slice(prev.end, t.start));
    if (!beforeName && !afterName) return;
    const cls = lexicalClass(t.folded);
    if (/[FS]/u.test(cls) && !/[QNKP]/u.test(cls)) out.push({ kind: 'name', start: t.start, end: t.end });
  });
  return out;
}

/** A first or surname that is no frequent word, or a word no list knows ("fredje", "achmed"). */
function isCorrectedName(folded: string): boolean {
  const cls = lexicalClass(folded);
  return cls === 'U' || (/[FS]/u.test(cls) && !/[QN]/u.test(cls));
}
