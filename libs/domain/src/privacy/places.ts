/** School and institution names, and street addresses. */
import { STREET_WORDS as STREET_WORDS_RAW } from './data/language-data.js';
import { houseNumberValue } from './dictated-numbers.js';
import { isKnownPlace, isPlaceOrRegion } from './geo.js';
import { FIRST_NAMES, isFirstName, isFrequentWord, isNotName, isSurnameCore } from './name-lists.js';
import { cardinalValue } from './number-words.js';
import { firstCharsOf, fold, linesWith, matchAllInLines, sentenceBefore, startsLower, startsWithOneOf } from './text.js';
import type { Candidate } from './types.js';
import { WordList } from './word-list.js';

/** Capitalised words of a proper name, optionally starting with an article: "De Regenboog", "Het Anker", "Sint Jozef". */
const NAME_SEQ =
  "(?:(?:'t|De|Het|de|het|Sint|St\\.|Den)[ \\u00a0])?\\p{Lu}[\\p{L}'’-]*(?:[ \\u00a0](?:(?:van|de|der|den|het|en|op|aan|in|'t)[ \\u00a0])?\\p{Lu}[\\p{L}'’-]*){0,3}";

const PREFIX_TYPES = [
  'basisschool', 'openbare basisschool', 'christelijke basisschool', 'katholieke basisschool', 'school', 'obs', 'cbs', 'rkbs',
  'pcbs', 'ikc', 'kindcentrum', 'integraal kindcentrum', 'sbo', 'vso', 'montessorischool', 'daltonschool', 'jenaplanschool',
  'vrije school', 'kinderdagverblijf', 'kdv', 'bso', 'peuterspeelzaal', 'peuteropvang', 'kinderopvang', 'gastouderbureau',
  'praktijk', 'huisartsenpraktijk', 'kinderpraktijk', 'therapiepraktijk', 'logopediepraktijk', 'fysiotherapiepraktijk',
  'ziekenhuis', 'kinderziekenhuis', 'kliniek', 'scholengemeenschap', 'lyceum', 'college', 'gymnasium', 'atheneum', 'mavo',
  'zorgboerderij', 'behandelcentrum', 'leefgroep', 'woongroep', 'gezinshuis', 'instelling', 'stichting', 'zorggroep',
  'kinderdagcentrum', 'mytylschool', 'tyltylschool', 'medisch centrum', 'jeugdzorginstelling', 'jeugdzorgaanbieder',
  'jeugdzorg', 'jeugdhulp', 'ggz-instelling', 'voetbalvereniging', 'voetbalclub', 'sportclub', 'vereniging', 'moskee',
  'kerk', 'buurthuis', 'jongerencentrum', 'internaat', 'azc', 'kinderboerderij', 'opvang', 'crèche', 'speeltuin',
  'peuterschool', 'kleuterschool', 'praktijkschool', 'isk', 'jeugdgevangenis', 'jeugdinrichting', 'justitiële jeugdinrichting',
  'ggz', 'jeugd-ggz', 'Jeugd-GGZ',
  // "ibs Al-Nour" (islamitische basisschool); "GGD Hollands Noorden": a GGD is named after its region, which places the family.
  'ibs', 'islamitische basisschool', 'hindoeïstische basisschool', 'ggd',
  // After S: a named regional body ("Samenwerkingsverband Vechtvallei", "Jeugdteam Rivierenland") places the child.
  'samenwerkingsverband', 'jeugdteam',
  // After U: speciaal onderwijs ("SO Het Klankbord"), and amateur sports clubs by their usual abbreviations or type words
  // ("VV Rood-Wit", "HC Berkel", "RKSV De Zwaluwen"): a club places a child like a school does. Not FC/SC: those name the
  // professional clubs ("FC Utrecht") that children are fans of.
  // The abbreviations in capitals: only the first letter may be lowercase ("tv" is the television).
  'SO', 'VV', 'SV', 'RKVV', 'RKSV', 'HC', 'MHC', 'HV', 'ZV', 'KV', 'LTC', 'AV', 'ZPC',
  'hockeyclub', 'hockeyvereniging', 'tennisclub', 'tennisvereniging', 'zwemvereniging', 'zwemclub', 'korfbalvereniging',
  'handbalvereniging', 'volleybalvereniging', 'atletiekvereniging', 'turnvereniging', 'gymvereniging', 'judoclub', 'judovereniging',
  'scoutinggroep', 'scouting', 'muziekschool', 'muziekvereniging', 'harmonie', 'fanfare',
  // After W/X: the abbreviations of types already listed (regionale/christelijke/openbare scholengemeenschap, justitiële
  // jeugdinrichting: "RSG De Borgen", "JJI De Hunnerberg") and the courts, named after their district ("rechtbank Gelderland").
  'rsg', 'csg', 'osg', 'jji', 'rechtbank', 'gerechtshof',
  // After Z: KC, the usual abbreviation of kindcentrum ("KC De Zevensprong"), and SKO, a school board's (Stichting Katholiek
  // Onderwijs, "SKO De Waarden"): a board names the few schools a child may attend, like a stichting does.
  'kc', 'sko',
  // After IC–IK: chat types a club's abbreviation lowercase before its capitalised name ("bij vv Hollandia", "sv Hoekse Boys").
  'vv', 'sv', 'rkvv', 'rksv',
];
const SUFFIX_TYPES = [
  'College', 'Lyceum', 'Gymnasium', 'Atheneum', 'Scholengemeenschap', 'Ziekenhuis', 'Kinderziekenhuis', 'Gasthuis',
  'Kliniek', 'Medisch Centrum', 'MC', 'UMC', 'umc', 'Academie', 'Kindcentrum', 'School', 'Basisschool', 'Montessorischool',
  'Daltonschool', 'Mavo', 'Kindercentrum', 'Kinderopvang', 'Kinderdagverblijf', 'Jeugdzorg', 'Jeugdhulp', 'Zorggroep',
  // After U: a mental-health provider named with its field ("Oostervaart Psychiatrie", "Rivierduinen Jeugdpsychiatrie").
  'Psychiatrie', 'Jeugdpsychiatrie', 'Kinderpsychiatrie', 'Verslavingszorg',
];
const TYPE_WORDS: ReadonlySet<string> = new Set([...PREFIX_TYPES, ...SUFFIX_TYPES].filter((t) => !t.includes(' ')).map(fold));

/** A word that names a kind of institution ("Kinderopvang", "Basisschool", "College"): no surname ("Nicole van Kinderopvang ..."). */
export function isInstitutionType(word: string): boolean {
  return TYPE_WORDS.has(fold(word));
}

/**
 * The end of an institution's name before "in <place>": "CBS De Finne in Drachten" is the school in a place, two
 * findings. A known place only: "Huis in de Duinen" keeps its "in".
 */
function endBeforePlace(match: string, start: number): number {
  const m = /[ \u00a0]in[ \u00a0]+(\p{Lu}[\p{L}'’-]*(?:[ \u00a0]\p{Lu}[\p{L}'’-]*)?)$/u.exec(match);
  if (!m) return start + match.length;
  const place = m[1] ?? '';
  return isKnownPlace(place) || isKnownPlace(place.split(/[ \u00a0-]/)[0] ?? '') ? start + m.index : start + match.length;
}
// Words after a type that are generic, not a name: "Jeugdzorg Plus", "school Nederland".
const GENERIC_AFTER = new Set(['plus', 'nederland', 'regio', 'nl', 'algemeen', 'speciaal']);
// Single compounds that are types, not names: "Basisschool", "Kinderziekenhuis".
const GENERIC_COMPOUNDS = new Set(
  `basisschool kleuterschool hogeschool praktijkschool mytylschool tyltylschool montessorischool daltonschool jenaplanschool
vrijeschool zomerschool dagschool weekendschool muziekschool zwemschool rijschool taalschool voetbalschool huiswerkschool
ziekenhuis kinderziekenhuis kliniek dagkliniek polikliniek jeugdkliniek academie middelbare school streekschool dorpsschool
schakelschool internationale brugschool kunstschool balletschool dansschool topsportschool hoofdschool vakschool`.split(/\s+/),
);

/** Well-known named hospitals and youth-care providers. Case-sensitive. */
const BRANDS = [
  'Erasmus MC', 'WKZ', 'UMC Utrecht', 'Amsterdam UMC', 'LUMC', 'UMCG', 'Radboudumc', 'AMC', 'VUmc', 'MUMC',
  'Isala', 'Rijnstate', 'Gelre', 'Karakter', 'Accare', 'Lucertis', 'Yulius', 'Youké', 'Levvel', 'Pluryn', 'Parlan',
  'Lijn5', 'Jeugdformaat', 'Cardea', 'Xonar', 'Juzt', 'Entrea Lindenhout', 'Curium', 'De Bascule', 'Kenter', 'iHUB',
  'Altra', 'Timon', 'Kompaan en De Bocht', 'Ipse de Bruggen', "'s Heeren Loo", 'Horizon Jeugdzorg', 'Spirit Jeugd',
  'Fier', 'Jeugdbescherming west', 'Vitalis', 'Triade', 'Reinaerde', 'Koraal', 'GGz Centraal', 'Mondriaan', 'Dimence',
  'Emergis', 'Amarant', 'Elker', 'Intermetzo', 'Trajectum', 'Lindenhout', 'Entrea', 'Pactum', 'Sterk Huis', 'Youz', 'Parnassia',
  'Enver', 'Jeugdbescherming Rotterdam Rijnmond', 'Ambiq', 'Zonnehuizen', 'Het Poortje', 'De Hondsberg',
];

/** National, generic organisations: naming them identifies nobody. Spans inside are never findings. */
export const NON_IDENTIFYING_PHRASES = [
  'Veilig Thuis', 'Raad voor de Kinderbescherming', 'Zorg- en Veiligheidshuis', 'Zorg en Veiligheidshuis',
  'Centrum voor Jeugd en Gezin', 'Kindertelefoon', 'De Kindertelefoon', 'William Schrikker', 'Leger des Heils',
  'Nederlands Jeugdinstituut', 'Kinderombudsman', 'Bureau Jeugdzorg', 'Jeugdzorg Nederland', 'Stichting Leergeld',
  'Jeugdfonds Sport', 'Home-Start', 'Humanitas', 'Halt', 'Jeugdzorg Plus', 'JeugdzorgPlus', 'Jeugdhulp Plus',
  'Zorg voor Jeugd', 'Sinterklaas', 'Kinderpostzegels', 'Kinderrechtswinkel', 'Inspectie van het Onderwijs',
  'Wet op de jeugdzorg', 'Passend Onderwijs', 'Jeugd en Gezin', 'Samen Veilig', 'Voedselbank',
  // After T: the national alert systems for a missing child ("Amber" is also a first name).
  'Amber Alert', 'AMBER Alert', 'Burgernet',
  // After AC: national help lines and sites for children and young people.
  'Helpwanted', 'Help Wanted', 'Mind Korrelatie', 'Stichting 113', '113 Zelfmoordpreventie', 'Sensoa', 'Awel', 'Fier Fryslân',
  // After AF: a national holiday and the national guidelines of the field.
  'Keti Koti', 'Richtlijnen Jeugdhulp en Jeugdbescherming', 'Richtlijnen Jeugdhulp', 'Richtlijn Jeugdhulp',
  // After AL: the national guardianship organisation for unaccompanied minors.
  'Nidos',
  // After IC–IG: the national screening agency that issues the VOG.
  'Justis',
  // Shops, chains and methods whose names look like personal names.
  // (After IC–IG: a brand that is also a surname, "dezelfde Nike tas"; after IH–IK a baby formula, "milliliter Nutrilon".)
  'Nike', 'Nutrilon',
  // Person-named methods, fictional characters and famous people: they identify no one in the casus.
  'Roos van Leary', 'piramide van Maslow', 'Maslow', 'Bowlby', 'Pietje Bell', 'Dikkie Dik', 'Pippi Langkous', 'Harry Potter',
  'Jip en Janneke', 'Bessel van der Kolk', 'Vaiana', 'Moana', 'Jona en de walvis', 'Bert en Ernie', 'Peppa Pig', 'Nijntje', 'Bumba', 'Paw Patrol', 'Spiderman', 'Spider-Man',
  'Annie M.G. Schmidt', 'Annie M. G. Schmidt', 'Donald Duck', 'Dolfje Weerwolfje', 'Kikker en zijn vriendjes',
  'Messi', 'Memphis Depay', 'Taylor Swift', 'Max Verstappen', 'Frenkie de Jong',
  // Figures Dutch children and parents name, whose names are also ordinary first names or surnames, chosen by hand from the
  // kinds of false alarms the held-out batches showed (M: a footballer, a game; N: a footballer, YouTubers, a cartoon
  // character, a religious figure, a greeting). Each has its own Wikipedia article; kept short on purpose: every entry hides
  // that exact name for a real person too, so only full names or names no child in a casus is likely to have.
  // Footballers:
  'Cristiano Ronaldo', 'Virgil van Dijk', 'Johan Cruijff', 'Kylian Mbappé', 'Erling Haaland',
  // YouTubers and streamers popular with Dutch children:
  'Enzo Knol', 'MrBeast', 'Mr Beast', 'Dylan Haegens', 'Kalvijn',
  // Cartoon and game characters (only with their whole title where the first name is common):
  'Dora de ontdekkingsreiziger', 'Dora the Explorer', 'SpongeBob', 'Bob de Bouwer', 'Brandweerman Sam', 'Mickey Mouse',
  'Super Mario', 'Mario Kart', 'Buurman en Buurman',
  // Religious figures and greetings ("Eid Mubarak" is a greeting, not a man called Mubarak):
  'Jezus', 'Jezus Christus', 'Jezus en Maria', 'Maria en Jozef', 'Jozef en Maria', 'Allah', 'profeet Mohammed', 'de Profeet', 'Boeddha', 'Eid Mubarak', 'Ramadan Mubarak', 'Ramadan Kareem',
  // After O: idioms with a name in them, historical figures taught at school, TV programmes, methods named like a school or a
  // person, and shops or chains named after a person (each a real, well-known one; full names where a first name is common).
  'Joost mag weten', 'Hoop doet leven', 'Joost mag het weten', 'Jan met de pet', 'Jan Rap en zijn maat', "Jan Rap en z'n maat", 'Klaas Vaak', 'Jantje lacht',
  'Jantje huilt', 'Brave Hendrik', 'Keesje Kluts', 'Anne Frank', 'Nelson Mandela', 'Martin Luther King', 'Willem van Oranje',
  'Vincent van Gogh', 'André Hazes', 'Brené Brown', 'LeBron James', 'Michiel de Ruyter', 'Albert Einstein', 'Mahatma Gandhi', 'Rosa Parks', 'Greta Thunberg', 'Malala Yousafzai',
  'Wie is de Mol', 'Boer zoekt Vrouw', 'Heel Holland Bakt', 'De Luizenmoeder', 'Sesamstraat', 'Het Klokhuis', 'Kinderen voor Kinderen',
  'Marte Meo', 'Theraplay', 'Uk & Puk', 'De Vreedzame School', 'Vreedzame School', 'De Gelukskoffer', 'Kanjertraining', 'Bakker Bart', 'Bart Smit',
  'Dirk van den Broek', 'Jan Linders', 'Hans Anders', 'Samsung Galaxy',
  // After BH: the national school test, named after its maker.
  'Cito', 'Cito-toets', 'Cito-toetsen',
  // After CC: a method of talking with children about their safety; after CF the national reporting code and children's shows.
  'De Drie Huizen', 'Drie Huizen', 'Meldcode', 'Cocomelon', 'Paw Patrol', 'Marvel',
  'Albert Heijn', 'Zwarte Piet', 'Jan Modaal', 'Jan en alleman', 'Sint-Maarten', 'Sint Maarten', 'Rots en Water', 'Triple P', 'Signs of Safety', 'McDonald\'s', 'Burger King', 'Kruidvat', 'Jumbo',
];

const STREET_WORDS = new WordList(STREET_WORDS_RAW);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function ci(word: string): string {
  return `[${word.charAt(0).toLowerCase()}${word.charAt(0).toUpperCase()}]${escape(word.slice(1))}`;
}

const PREFIX_RE = new RegExp(
  `${startsWithOneOf(firstCharsOf(PREFIX_TYPES, true))}(?<![\\p{L}])(${[...PREFIX_TYPES].sort((a, b) => b.length - a.length).map((t) => (t === t.toLowerCase() && t.length <= 4 ? `${escape(t.toUpperCase())}|${escape(t)}` : ci(t))).join('|')})[ \\u00a0]+(${NAME_SEQ})`,
  'gu',
);
// Lowercase, as typed in a chat: "zit op obs de klimop", "naar kdv het kabouterhuis". Only right after a
// specific type word without its own article ("de basisschool de hele dag" is no name) and not before a common word.
const LOWER_PREFIX_RE = /(?=[bckioprsv])(?<![\p{L}])(?<!(?:de|het|een|haar|zijn|deze|die|hun|onze|mijn|jullie|elke|iedere)[ \u00a0])(basisschool|obs|cbs|rkbs|pcbs|ikc|sbo|so|vso|kdv|bso|kinderdagverblijf|peuterspeelzaal|kindcentrum|praktijk|kliniek)[ \u00a0]+(?:de|het|'t)[ \u00a0]+(\p{Ll}[\p{L}'’-]{2,})(?![\p{L}])/gu;
const TYPE_AAN_NAME_RE = /(?<![\p{L}])(?:Lyceum|College|Gymnasium|Scholengemeenschap)[ \u00a0]+aan[ \u00a0]+(?:(?:de|den|het)[ \u00a0]+)?(\p{Lu}\p{Ll}+)(?![\p{L}])/gu;
/** After Y: dictated "het montessori lyceum oostpoort": a secondary school's type word and a lowercase name that is no frequent word. */
const LOWER_SCHOOL_NAME_RE = /(?=[acdgjklmos])(?<![\p{L}])(?:(?:montessori|dalton|jenaplan|christelijk|openbaar|katholiek|stedelijk)[ \u00a0]+)?(?:lyceum|gymnasium|atheneum|scholengemeenschap)[ \u00a0]+(\p{Ll}[\p{Ll}'’-]{3,})(?![\p{L}])/gu;
// Dictated: "zit nu op het sbo de wingerd in hoorn": with the type's own article only after a preposition, and only when the
// name ends the clause, comes before "in <place>" or a conjunction ("op het sbo de kinderen leren" has no such end).
const LOWER_ARTICLE_PREFIX_RE = /(?=[bnov])(?<![\p{L}])(?:op|naar|van|bij|via)[ \u00a0]+(?:de|het|een)[ \u00a0]+(basisschool|obs|cbs|rkbs|pcbs|ikc|sbo|so|vso|kdv|bso|kinderdagverblijf|peuterspeelzaal|kindcentrum)[ \u00a0]+(?:de|het|'t)[ \u00a0]+(\p{Ll}[\p{L}'’-]{2,})(?=[ \u00a0]+(?:in|te)[ \u00a0]+\p{L}|[ \u00a0]*[,.;:!?)]|[ \u00a0]*$|[ \u00a0]+(?:en|maar|want|omdat|waar|daar|dus|zit|zat|is|was)(?![\p{L}]))/gu;
// Dictated: "de ib er van de klimop zei ...": a school role, "van de" and a lowercase name that no frequent word is, before a
// verb of saying or reporting ("de juf van de klas zei", "de mentor van de brugklas zei" are parts of a school).
const ROLE_OF_LOWER_SCHOOL_RE = /(?=[cdijlmtz])(?<![\p{L}])(?:ib[ '’-]?er|intern begeleider|directeur|directrice|juf|meester|leerkracht|mentor|conci[eë]rge|zorgco[oö]rdinator|locatieleider|teamleider)[ \u00a0]+van[ \u00a0]+(?:de|het|'t)[ \u00a0]+(\p{Ll}[\p{L}'’-]{3,})(?=[ \u00a0]+(?:zei|zegt|belde|belt|vertelde|vertelt|vond|vindt|meldde|meldt|mailde|gaf|geeft|heeft|had|wil|wilde|liet|laat)(?![\p{L}]))/gu;
const SCHOOL_PART_SHAPE = /(?:klas|klassen|bouw|groep|groepen|school|afdeling|team|opvang|locatie|zorg|kant|gang|dag|week|les|jaar|leerlingen|kinderen)$/u;
/** "een school die met De Vreedzame School werkt", "werkt met Het Gelukskoffertje": a method or programme, not a school. */
const METHOD_BEFORE = /(?:\bwerk(?:t|en|te|ten)?|\bgewerkt|\bgebruik(?:t|en|te|ten)?|\bvolg(?:t|en|de|den)?)[ \u00a0]+met[ \u00a0]+(?:de[ \u00a0]+(?:methode|aanpak|training)[ \u00a0]+)?(?:(?:De|Het)[ \u00a0]+)?$/iu;
const METHOD_AFTER = /^[ \u00a0]+(?:werk(?:t|en|te|ten)|gewerkt|(?:gaat|gaan|ging|gingen)[ \u00a0]+werken)(?![\p{L}])/iu;
function isMethod(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return METHOD_BEFORE.test(before) || (/(?:^|[^\p{L}])met[ \u00a0]+(?:(?:De|Het|de|het)[ \u00a0]+)?$/u.test(before) && METHOD_AFTER.test(text.slice(end, end + 24)));
}
/** Chat: "naar t Dijkwater college", "op het Esdal lyceum": a capitalised name and a lowercase school type after a preposition and an article. */
const ARTICLE_LOWER_TYPE_RE =
  /(?=\p{Lu})(?<=(?:^|[^\p{L}])(?:naar|op|van|bij|via|in|uit)[ \u00a0]+(?:'t|t|het|de)[ \u00a0]+)\p{Lu}\p{Ll}[\p{L}'’-]+[ \u00a0](?:college|lyceum|gymnasium|atheneum|scholengemeenschap)(?![\p{L}])/gu;
/**
 * After IC–IK (dictated and chat text writes institutions lowercase, and their first runs found a quarter of them): lowercase type
 * words of care, clubs and services that a named place follows ("bij huisartsenpraktijk de korenbloem", "van kraamzorg de wieg",
 * "naar apotheek de zonnewijzer in almelo").
 */
const LOWER_TYPE_WORDS = [
  'huisartsenpraktijk', 'huisartsenpost', 'gezondheidscentrum', 'apotheek', 'consultatiebureau', 'kinderpraktijk', 'psychologenpraktijk',
  'verloskundigenpraktijk', 'tandartspraktijk', 'logopediepraktijk', 'fysiotherapiepraktijk', 'fysiotherapie', 'therapiepraktijk',
  'kinderfysiotherapie', 'ergotherapie', 'kraamzorg', 'audiologisch centrum', 'revalidatiecentrum', 'behandelcentrum', 'kinderdagcentrum',
  'jeugdhuis', 'jongerencentrum', 'buurthuis', 'wijkcentrum', 'leerwerkbedrijf', 'zorgboerderij', 'gezinshuis', 'leefgroep', 'woongroep',
  'stichting', 'zwembad', 'sportcentrum', 'sporthal', 'theater', 'bibliotheek', 'zwemclub', 'zwemvereniging', 'voetbalclub',
  'voetbalvereniging', 'hockeyclub', 'tennisclub', 'judoclub', 'dansschool', 'muziekschool', 'scouting', 'kinderopvang',
  'gastouderbureau', 'peuteropvang', 'ktc', 'kc', 'ibs', 'basisschool', 'obs', 'cbs', 'rkbs', 'pcbs', 'ikc', 'sbo', 'vso', 'kdv', 'bso',
  'kinderdagverblijf', 'peuterspeelzaal', 'kindcentrum', 'praktijk', 'kliniek', 'vv', 'hvv',
  // Where a parent works or a pupil does an internship ("bakkerij de korenschoof", "zorgcentrum de buitenhof").
  'bakkerij', 'autobedrijf', 'garage', 'transportbedrijf', 'schoonmaakbedrijf', 'bouwbedrijf', 'restaurant', 'snackbar', 'zorgcentrum',
  'verzorgingshuis', 'sportpark', 'csg', 'rsg', 'osg', 'jeugdhulp', 'woonstichting', 'kinderboerderij',
];
const LOWER_TYPE_ALTERNATION = [...LOWER_TYPE_WORDS].sort((a, b) => b.length - a.length).map((t) => t.replace(/ /g, '[ \\u00a0]+')).join('|');
/** A lowercase name's word ends at a word boundary (not inside a hyphenated word); where its phrase must end, see NAME_PHRASE_END. */
const LOWER_NAME_END = "(?![\\p{L}]|-\\p{L})";
/**
 * After a type with its own article ("het consultatiebureau de gegevens ...") the article and noun are mostly the verb's object: then
 * the name must end the phrase (a place after in/te/uit, punctuation, the end, a conjunction or a verb of the clause, op/om).
 */
const ARTICLE_BEFORE_TYPE = /(?:^|[^\p{L}])(?:de|het|een|dit|dat|deze|die|haar|zijn|hun|ons|onze|mijn|jullie|'t)[ \u00a0]+$/u;
/** "als wijkteam", "een eigen garage", "a wijkteam referral": the type as a common noun. */
const COMMON_NOUN_BEFORE_TYPE = /(?:^|[^\p{L}])(?:als|eigen|elk|ieder|a|an|the)[ \u00a0]+$/iu;
const NAME_PHRASE_END =
  /^(?:[ \u00a0]+(?:in|te|uit)[ \u00a0]+\p{L}|[ \u00a0]*[,.;:!?)]|[ \u00a0]*$|[ \u00a0]+(?:en|maar|want|omdat|waar|daar|dus|dat|die|zit|zat|is|was|heeft|had|u|gaat|ging|belde|zegt|zei|voor|om|op|sinds|tot|ter|over|ook|al|nog|eh|uh)(?![\p{L}]))/u;
/**
 * A lowercase type word, its name's article and the name: one word, or two when the first is an inflected adjective ("kdv de kleine
 * reus", "kindcentrum it fryske gea"), ending where LOWER_NAME_END says.
 */
const LOWER_TYPE_ARTICLE_NAME_RE = new RegExp(
  `${startsWithOneOf(firstCharsOf(LOWER_TYPE_WORDS))}(?<![\\p{L}])(?:${LOWER_TYPE_ALTERNATION})[ \\u00a0]+(?:de|het|'t|it)[ \\u00a0]+(?:(\\p{Ll}[\\p{L}'’-]*e)[ \\u00a0]+(\\p{Ll}[\\p{L}'’-]{2,})${LOWER_NAME_END}|(\\p{Ll}[\\p{L}'’-]{2,})${LOWER_NAME_END})`,
  'gu',
);
/** Chat: a lowercase type and a name without article, a word that is no frequent one ("kdv ukkepuk", "cjg westland", "vv halley"). */
const LOWER_TYPE_BARE_NAME_RE =
  /(?=[abcghikoprsvz])(?<![\p{L}])(?:cjg|vv|hvv|kdv|bso|obs|cbs|ikc|apotheek|praktijk|kinderpraktijk|huisartsenpraktijk|gezondheidscentrum|zwemclub|voetbalclub|stichting)[ \u00a0]+(\p{Ll}[\p{L}'’-]{2,})(?![\p{L}]|-\p{L})/gu;
/**
 * A business, club or local team and a bare name, with or without tussenvoegsels: "garage hoekstra", "bakkerij van der ploeg",
 * "judoclub sakura", "wijkteam laak". The name is a listed surname or no frequent word (checked in detectInstitutions).
 */
const BUSINESS_BARE_NAME_RE =
  /(?=[abghijkrstwz])(?<![\p{L}])(?:autobedrijf|bakkerij|garage|transportbedrijf|schoonmaakbedrijf|bouwbedrijf|installatiebedrijf|hoveniersbedrijf|judoclub|wijkteam|jeugdhulp|ziekenhuis|slagerij|kapsalon|restaurant)[ \u00a0]+((?:(?:van|de|der|den|ter|ten)[ \u00a0]+){0,2})(\p{Ll}[\p{L}'’-]{2,})(?![\p{L}]|-\p{L})/gu;
/** Dictated: "op het zuiderpark college", "naar hunzeborg college": a lowercase name before a lowercase type of secondary school or hospital. */
const LOWER_NAME_TYPE_RE =
  /(?=\p{Ll})(?<=(?:^|[^\p{L}])(?:naar|op|van|bij|via|in|uit|aan|het|t|'t)[ \u00a0]+)(\p{Ll}[\p{L}'’-]{2,})[ \u00a0]+(?:college|lyceum|gymnasium|atheneum|ziekenhuis)(?![\p{L}])/gu;
/** "het roc van amsterdam": a regional training centre is named after its town. */
const LOWER_ROC_RE = /(?<![\p{L}])roc[ \u00a0]+(?:van[ \u00a0]+)?(\p{Ll}[\p{L}'’-]{2,})(?![\p{L}])/gu;
/** Adjectives of time, order or amount: "het zwembad de hele middag", "de praktijk de volgende keer". */
const ORDER_ADJECTIVES = new Set(['hele', 'halve', 'eerste', 'tweede', 'derde', 'volgende', 'laatste', 'andere', 'zelfde', 'komende', 'afgelopen', 'vorige', 'meeste']);
/** A verb's shape (third person, plural or infinitive, past), not a bare name's: "kdv signaleert". */
const VERB_SHAPE = /(?:t|en|de|te)$/u;
/** An adjective's shape before a type, not a name's: "het academisch ziekenhuis", "het stedelijk gymnasium". */
const ADJECTIVE_SHAPE = /(?:isch|lijk|ig|ief|aal|eel|air|baar|ijk)$|^(?:algemeen|katholiek|protestants|openbaar)$/u;
/** Words that follow a type word without naming it ("apotheek gebeld", "stichting zelf"): the frequent ones, and these. */
const PERSON_OR_ROLE_AFTER = new Set(
  `moeder vader ouders oma opa kind kinderen zoon dochter broer zus juf meester mentor arts huisarts dokter assistente assistent
medewerker medewerkster leiding begeleider begeleiding coach trainer eigenaar`.split(/\s+/),
);

const LOWER_NAME_STOP = new Set(
  `hele heel laatste volgende eerste tweede andere zelfde komende afgelopen vorige nieuwe oude grote kleine hoek klas groep juf
meester leerlingen kinderen ouders pauze ochtend middag avond dag week weken maand tijd gang directeur zorg ib rest situatie
sfeer regels leerkracht leerkrachten school buurt wijk stad zomer winter herfst lente vakantie jongen meisje kleuters`.split(/\s+/),
);
const CARE_FIELDS = new Set(['psychiatrie', 'jeugdpsychiatrie', 'kinderpsychiatrie', 'verslavingszorg']);
const SUFFIX_RE = new RegExp(
  `(?<![\\p{L}])((?:(?:'t|De|Het|Sint|St\\.)[ \\u00a0])?\\p{Lu}[\\p{L}'’-]*(?:[ \\u00a0]\\p{Lu}[\\p{L}'’-]*){0,2})[ \\u00a0](${SUFFIX_TYPES.map(escape).join('|')})(?![\\p{L}])`,
  'gu',
);
const COMPOUND_RE =
  /(?<![\p{L}])\p{Lu}[\p{L}-]*(?:school|scholengroep|scholengemeenschap|college|lyceum|ziekenhuis|kliniek|gasthuis|kindcentrum)(?![\p{L}])/gu;
const BRAND_RE = new RegExp(`${startsWithOneOf(firstCharsOf(BRANDS))}(?<![\\p{L}])(?:${[...BRANDS].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}])`, 'gu');
// "zit op De Regenboog", "naar 't Palet": an article with a capital in the middle of a sentence.
const ARTICLE_NAME = /(?<=[\p{Ll},][ \u00a0]|[\p{Ll}][ \u00a0]\()(?:De|Het|'t)[ \u00a0]\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+)?/gu;
const INVERTED_AFTER = /^[ \u00a0]+\p{Ll}+[ \u00a0]+(?:we|wij|ze|zij|hij|ik|jullie|men)(?![\p{L}])/u;
const TEAM_OF_BEFORE = /(?:^|[^\p{L}])(?:team|teams|afdeling|locatie|medewerkers?|begeleiders?|hulpverleners?|behandelaars?|behandelteam|zorgteam)[ \u00a0]+van[ \u00a0]+$/iu;
const ARTICLE_CUE_BEFORE = /(?:mevrouw|meneer|familie|heer|vrouw|dhr\.|mw\.|mevr\.|juf|meester|moeder|vader)[ \u00a0]+$/iu;
/**
 * "lezen ze De Gruffalo voor", "kijken ze elke avond De Luizenmoeder", "het boek De Gruffalo": after a kind of work, or in a
 * clause with a verb of reading, watching or singing and no preposition right before it, "De X" is a title, not a school.
 * "zit op De Regenboog", "leest voor op De Regenboog" stay institutions.
 */
const WORK_NOUN_BEFORE =
  /\b(?:boek|boekje|prentenboek|voorleesboek|film|serie|musical|voorstelling|toneelstuk|liedje|lied|verhaal|sprookje|spel|game|programma|strip|stripboek)[ \u00a0]+["'“‘]?$/iu;
const MEDIA_VERB = /\b(?:(?:voor)?lees|(?:voor)?leest|(?:voor)?lezen|las|lazen|kijk|kijkt|kijken|keek|keken|zing|zingt|zingen|zong|zongen|bekijk|bekijkt|bekijken)\b/iu;
const PREPOSITION_BEFORE = /\b(?:op|in|naar|bij|van|aan|uit|via|door|voor|met|over|tegen|vanuit|richting|langs)[ \u00a0]+\(?$/iu;

const NAME_WITH_TYPE = /(?<![\p{L}])(?:(?:[Dd]e|[Hh]et|'t)[ \u00a0])?(\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+)?)[ \u00a0]\(([\p{L}-]{2,12})\)/gu;
/**
 * What every match of SUFFIX_RE, COMPOUND_RE and NAME_WITH_TYPE holds: these patterns cross no line, so only the lines with it are
 * searched (matchAllInLines in text.ts); a pattern that starts at every capital costs most on the lines that cannot match.
 */
const SUFFIX_GATE = new RegExp(`[ \\u00a0](?:${SUFFIX_TYPES.map(escape).join('|')})(?![\\p{L}])`, 'u');
const COMPOUND_GATE = /(?:school|scholengroep|scholengemeenschap|college|lyceum|ziekenhuis|kliniek|gasthuis|kindcentrum)(?![\p{L}])/u;
const NAME_WITH_TYPE_GATE = /[ \u00a0]\([\p{L}-]{2,12}\)/u;

function isTitle(text: string, index: number): boolean {
  if (WORK_NOUN_BEFORE.test(text.slice(Math.max(0, index - 30), index))) return true;
  return !PREPOSITION_BEFORE.test(text.slice(Math.max(0, index - 12), index)) && MEDIA_VERB.test(sentenceBefore(text, index, 50));
}

function nameIsGeneric(seq: string): boolean {
  const words = seq.split(/[ \u00a0]+/).filter((w) => !/^(?:'t|de|het|den|sint|st\.|van|der|en|op|aan|in)$/i.test(w));
  if (words.length === 0) return true;
  return words.every((w) => isNotName(w) || GENERIC_AFTER.has(fold(w)));
}

export function detectInstitutions(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(ARTICLE_LOWER_TYPE_RE)) {
    const name = m[0].split(/[ \u00a0]/)[0] ?? '';
    if (isNotName(name) || isFrequentWord(name)) continue;
    out.push({ kind: 'institution', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(PREFIX_RE)) {
    const type = fold(m[1] ?? '');
    const seq = m[2] ?? '';
    if (nameIsGeneric(seq)) continue;
    const firstWord = fold(seq.split(/[ \u00a0]/)[0] ?? '');
    if (type === 'school' && FIRST_NAMES.has(firstWord)) continue; // "na school Ahmed ..." is a name, found elsewhere
    out.push({ kind: 'institution', start: m.index, end: endBeforePlace(m[0], m.index) });
  }
  const lowerSchool = text.includes('lyceum') || text.includes('gymnasium') || text.includes('atheneum') || text.includes('scholengemeenschap');
  for (const m of lowerSchool ? text.matchAll(LOWER_SCHOOL_NAME_RE) : []) {
    const word = m[1] ?? '';
    if (isFrequentWord(word) || LOWER_NAME_STOP.has(fold(word)) || isNotName(word)) continue;
    out.push({ kind: 'institution', start: m.index, end: m.index + m[0].length });
  }
  // After Y: "het Lyceum aan Zee", "College aan de Maas": a capitalised type of secondary school and "aan" a capitalised word.
  if (text.includes(' aan ')) {
    // The capital mid-sentence is the mark of a proper name ("aan Zee"), so the word itself may be a frequent one.
    for (const m of text.matchAll(TYPE_AAN_NAME_RE)) {
      out.push({ kind: 'institution', start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of text.matchAll(LOWER_PREFIX_RE)) {
    const word = fold(m[2] ?? '');
    if (LOWER_NAME_STOP.has(word) || isNotName(word)) continue;
    out.push({ kind: 'institution', start: m.index, end: m.index + m[0].length });
  }
  // After IC–IK: lowercase types of care, clubs and services with their name (LOWER_TYPE_WORDS), bare names after a few, and a
  // lowercase name before a school or hospital type.
  for (const m of text.matchAll(LOWER_TYPE_ARTICLE_NAME_RE)) {
    // The noun decides ("de kleine reus" is a name, "de kleine kinderen" not); an adjective of time or order never starts one.
    const noun = m[2] ?? m[3] ?? '';
    if (LOWER_NAME_STOP.has(fold(noun)) || PERSON_OR_ROLE_AFTER.has(fold(noun)) || isNotName(noun) || ORDER_ADJECTIVES.has(fold(m[1] ?? ''))) continue;
    const end = m.index + m[0].length;
    if (ARTICLE_BEFORE_TYPE.test(text.slice(Math.max(0, m.index - 8), m.index)) && !NAME_PHRASE_END.test(text.slice(end, end + 20))) continue;
    // "in de praktijk" is the idiom ("wie heeft in de praktijk het gezag").
    if (m[0].startsWith('praktijk') && /(?:^|[^\p{L}])in[ \u00a0]+de[ \u00a0]+$/u.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    // Frequent words stay, as in LOWER_PREFIX_RE: such names often are words ("de wetering", "de korenbloem"); persons and times
    // after the article are kept out above ("de moeder", "de hele middag").
    out.push({ kind: 'institution', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(LOWER_TYPE_BARE_NAME_RE)) {
    const word = m[1] ?? '';
    const place = isKnownPlace(word);
    if (LOWER_NAME_STOP.has(fold(word)) || PERSON_OR_ROLE_AFTER.has(fold(word)) || isNotName(word) || (!place && (isFrequentWord(word) || VERB_SHAPE.test(word)))) continue;
    out.push({ kind: 'institution', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(BUSINESS_BARE_NAME_RE)) {
    const tussen = (m[1] ?? '').trim();
    const word = m[2] ?? '';
    const f = fold(word);
    if (LOWER_NAME_STOP.has(f) || PERSON_OR_ROLE_AFTER.has(f) || isNotName(word)) continue;
    // The type with an article, adjective or "als" before it is the common noun ("het ziekenhuis ligt", "als wijkteam flexibeler").
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    if (ARTICLE_BEFORE_TYPE.test(before) || COMMON_NOUN_BEFORE_TYPE.test(before)) continue;
    // After "van der"/"van den" any word is the surname; after another tussenvoegsel a listed surname; else a place or a word that is
    // no frequent one and not shaped like a verb (many words are surnames too: "ligt", "moet").
    const named = /(?:der|den)$/u.test(tussen) || (tussen !== '' && isSurnameCore(word)) || isKnownPlace(word) || (!isFrequentWord(word) && !VERB_SHAPE.test(word));
    if (named) out.push({ kind: 'institution', start: m.index, end: m.index + m[0].length });
  }
  const lowerType = lowerSchool || text.includes('college') || text.includes('ziekenhuis');
  for (const m of lowerType ? text.matchAll(LOWER_NAME_TYPE_RE) : []) {
    const word = m[1] ?? '';
    // Frequent words too, as school names often are ("het horizon college"), but no inflected adjective ("het nieuwe ziekenhuis").
    if (LOWER_NAME_STOP.has(fold(word)) || isNotName(word) || ADJECTIVE_SHAPE.test(word) || (isFrequentWord(word) && word.endsWith('e'))) continue;
    out.push({ kind: 'institution', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.includes('roc') ? text.matchAll(LOWER_ROC_RE) : []) {
    if (isKnownPlace(m[1] ?? '') || isPlaceOrRegion(m[1] ?? '')) out.push({ kind: 'institution', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(LOWER_ARTICLE_PREFIX_RE)) {
    const word = fold(m[2] ?? '');
    if (LOWER_NAME_STOP.has(word) || isNotName(word) || isFrequentWord(word)) continue;
    const start = m.index + (/^\p{L}+[ \u00a0]+\p{L}+[ \u00a0]+/u.exec(m[0])?.[0].length ?? 0);
    out.push({ kind: 'institution', start, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(ROLE_OF_LOWER_SCHOOL_RE)) {
    const word = m[1] ?? '';
    if (LOWER_NAME_STOP.has(fold(word)) || isNotName(word) || isFrequentWord(word) || SCHOOL_PART_SHAPE.test(fold(word))) continue;
    const end = m.index + m[0].length;
    const start = end - word.length - (/(?:de|het|'t)[ \u00a0]+$/u.exec(m[0].slice(0, m[0].length - word.length))?.[0].length ?? 0);
    out.push({ kind: 'institution', start, end });
  }
  for (const m of matchAllInLines(linesWith(text, SUFFIX_GATE), SUFFIX_RE)) {
    const seq = m[1] ?? '';
    if (nameIsGeneric(seq)) continue;
    // "Afdeling Psychiatrie": a field of care after one frequent word is a department, not a named provider.
    if (CARE_FIELDS.has(fold(m[2] ?? '')) && /^(?:(?:Bij|In|Op|Van|Naar|De|Het)[ \u00a0]+)?\p{L}+$/u.test(seq) && isFrequentWord(seq.split(/[ \u00a0]+/).at(-1) ?? '')) continue;
    // "Hij Lyceum" cannot happen, but a sentence starting "Daarna School ..." can: skip if the whole name is a sentence starter.
    out.push({ kind: 'institution', start: m.index, end: m.index + m[0].length });
  }
  for (const m of matchAllInLines(linesWith(text, COMPOUND_GATE), COMPOUND_RE)) {
    if (GENERIC_COMPOUNDS.has(fold(m[0]))) continue;
    // "Johan de Witt-scholengroep", "Prinses Margrietschool": include the name words before it.
    const start = m[0].includes('-') || /\p{Lu}\p{Ll}+[ \u00a0]$/u.test(text.slice(Math.max(0, m.index - 30), m.index)) ? extendBack(text, m.index) : m.index;
    out.push({ kind: 'institution', start, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(BRAND_RE)) {
    out.push({ kind: 'institution', start: m.index, end: m.index + m[0].length });
  }
  // "de Sterrenwachter (SBO)", "Het Baken (vso)": a name followed by a school or care type in brackets is that institution.
  for (const m of matchAllInLines(linesWith(text, NAME_WITH_TYPE_GATE), NAME_WITH_TYPE)) {
    if (!isInstitutionType(m[2] ?? '') || isNotName(m[1] ?? '')) continue;
    const name = m[1] ?? '';
    // After AP: "Fatima Azaouagh (GGD)", "Sanne de Wit (IB)": a person and, in brackets, where they work.
    if (!/^(?:[Dd]e|[Hh]et|'t)[ \u00a0]/u.test(m[0]) && /[ \u00a0]/u.test(name) && isFirstName(name.split(/[ \u00a0]/u)[0] ?? '')) continue;
    out.push({ kind: 'institution', start: m.index, end: m.index + m[0].indexOf(name) + name.length });
  }
  for (const m of text.matchAll(ARTICLE_NAME)) {
    const word = m[0].split(/[ \u00a0]/)[1] ?? '';
    // "school (De Bolster)": in brackets right after a type of institution the name is that institution, whatever else it is.
    const typeBefore = /(\p{L}+)[ \u00a0]+\($/u.exec(text.slice(Math.max(0, m.index - 30), m.index));
    // "het ambulante team van De Bolster", "begeleiders van Het Baken": a team or its staff belong to an institution.
    const named = (!!typeBefore && isInstitutionType(typeBefore[1] ?? '')) || TEAM_OF_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index));
    if (isNotName(word) || (isSurnameCore(word) && !named)) continue;
    // "meneer In 't Veld", "Van 't Hof": a capitalised tussenvoegsel before the article makes it a surname.
    // After S: a preposition opening the sentence before an inverted verb and subject is no tussenvoegsel ("Bij Het Kompas lopen
    // we ..."); "In 't Veld zei" stays a surname.
    if (/(?:^|[^\p{L}])(?:In|Op|Van|Uit|Onder|Bij|Ten|Ter)[ \u00a0]+$/u.test(text.slice(Math.max(0, m.index - 6), m.index)) &&
      !(/(?:^|[.!?:\n][ \u00a0]*)(?:Bij|Op|In)[ \u00a0]+$/u.test(text.slice(Math.max(0, m.index - 8), m.index)) && INVERTED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)))) continue;
    if (ARTICLE_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    if (isTitle(text, m.index)) continue;
    // "Marieke van 't Hof", "Sanne van De Berg": after a first name and "van" the article is part of a surname.
    const nameBefore = /(\p{Lu}\p{Ll}+)[ \u00a0]+van[ \u00a0]+$/u.exec(text.slice(Math.max(0, m.index - 30), m.index));
    if (nameBefore && isFirstName(nameBefore[1] ?? '')) continue;
    out.push({ kind: 'institution', start: m.index, end: m.index + m[0].length });
  }
  return out.filter((c) => !isMethod(text, c.start, c.end));
}

/** The endings of Dutch street names (also numbers.ts: a postcode after a street and a house number). */
export const STREET_SUFFIX =
  'straat|laan|weg|plein|gracht|singel|kade|dijk|hof|steeg|dreef|pad|plantsoen|straatweg|baan|markt|wal|burgwal|haven|erf|boulevard|vest|allee|passage|promenade|zijde|kamp|hage|gaarde|hoven|akker|weide|park|polder|veld|berg|stede|kwartier|heuvel|dal|bosch|daal|zoom|borg|hoek|schans|lei|brink|drift|tuin|tuinen|linie|strjitte|leane|dyk|paed|wei|beek';
const HOUSE_NUMBER = "\\d{1,4}(?:[ \\u00a0]?[a-zA-Z](?![\\p{L}\\p{N}])|-[a-zA-Z](?![\\p{L}\\p{N}])|-\\d{1,3}(?![\\p{N}])|[ \\u00a0-](?:bis|hs|huis|zw|rd|I{1,3})(?![\\p{L}]))?";
const STREET_RE = new RegExp(`(?<![\\p{L}])\\p{Lu}[\\p{L}'’-]*(?:${STREET_SUFFIX})[ \\u00a0]+${HOUSE_NUMBER}(?![\\p{N}]|[.,]\\d)`, 'gu');
/** A street's ending and a house number: what every match of STREET_RE and LOWER_STREET_RE holds (neither crosses a line). */
const NUMBERED_STREET_GATE = new RegExp(`(?:${STREET_SUFFIX})[ \\u00a0]+(?:nummer[ \\u00a0]+)?\\d`, 'u');
const STREET_PREFIX =
  'Lange|Korte|Oude|Nieuwe|Hoge|Lage|Grote|Kleine|Achter|Noord|Zuid|Oost|West|Binnen|Buiten|Sint|Prins|Prinses|Koningin|Burgemeester|Dokter|Pastoor|Generaal|Admiraal|Professor|Graaf|Jonkheer';
const PREFIXED_STREET_RE = new RegExp(
  `(?<![\\p{L}])(?:${STREET_PREFIX})[ \\u00a0](?:(?:van|de|der|den)[ \\u00a0])*\\p{Lu}[\\p{L}'’-]+[ \\u00a0]+${HOUSE_NUMBER}(?![\\p{N}]|[.,]\\d)`,
  'gu',
);
// "woont aan de Kerkstraat", "woont op Lindenhof 4", "adres: Molenweg 3"
const LIVING_CUE_RE = new RegExp(
  `(?:woon(?:t|de|den|en)?|verhuisd|verhuizen|adres|wonend)[ \\u00a0:]+(?:(?:nu|inmiddels|tegenwoordig)[ \\u00a0]+)?(?:(?:aan|op|in|naar|is|was)[ \\u00a0]+)?(?:(?:nu|inmiddels|tegenwoordig)[ \\u00a0]+)?(?:(?:de|het|De|Het)[ \\u00a0]+)?(\\p{Lu}[\\p{L}'’-]*(?:[ \\u00a0]\\p{Lu}[\\p{L}'’-]*){0,2}(?:(?:${STREET_SUFFIX})(?![\\p{L}])(?:[ \\u00a0]+${HOUSE_NUMBER})?|[ \\u00a0]+${HOUSE_NUMBER}))`,
  'gu',
);
// "op de Bijlmerdreef", "in de Kalverstraat": a street name after a preposition, mid-sentence.
/** "bij het Esdal College": a type of school after the name makes it the school, not a street in -dal. */
const SCHOOL_TYPE_AFTER = '(?:[Cc]ollege|[Ll]yceum|[Gg]ymnasium|[Aa]theneum|[Ss]chool|[Ss]cholengemeenschap|[Mm]avo|[Hh]avo|[Vv]wo)(?![\\p{L}])';
const PREPOSITION_STREET_RE = new RegExp(
  `(?=\\p{Lu})(?<=(?:^|[^\\p{L}])(?:op|aan|in|naar|bij|vanaf|langs|over)[ \\u00a0]+(?:de|het)[ \\u00a0]+)(?:(?:${STREET_PREFIX})[ \\u00a0]+(?:(?:van|de|der|den)[ \\u00a0]+)*)?\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:${STREET_SUFFIX})(?![\\p{L}])(?![ \\u00a0]+${SCHOOL_TYPE_AFTER})`,
  'gu',
);
// "Laan van Meerdervoort 55", "Weg naar Laren 12", "Laan van Nieuw Oost-Indië 120": the street word first.
const STREET_FIRST_RE = new RegExp(
  `(?<![\\p{L}])(?:Laan|Weg|Straatweg|Plein|Kade|Dijk|Singel|Gracht|Dreef|Pad|Park|Hof|Burgwal|Wal|Steeg)[ \\u00a0](?:(?:van|der|de|den|het|'t|op|aan|in|bij|naar|ten|ter|tot|over|achter|langs)[ \\u00a0]){1,2}\\p{Lu}[\\p{L}'’-]*(?:[ \\u00a0]\\p{Lu}[\\p{L}'’-]*){0,2}[ \\u00a0]+${HOUSE_NUMBER}(?![\\p{N}]|[.,]\\d)`,
  'gu',
);
// "op de Laan van Meerdervoort" without a number: after "op/aan/in de" the street-first shape is enough.
const STREET_FIRST_NO_NUMBER_RE =
  /(?=\p{Lu})(?<=(?:^|[^\p{L}])(?:op|aan|in|naar|bij|langs)[ \u00a0]+de[ \u00a0]+)(?:Laan|Weg|Plein|Kade|Dijk|Singel|Gracht|Dreef)[ \u00a0](?:van|der|de|den|naar|op|aan|ten|ter)(?:[ \u00a0](?:de|der|den|het|'t))?[ \u00a0]\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+){0,2}/gu;
// "kerkstraat 14" typed in lowercase; not an ordinary word such as "snelweg 12" (OpenTaal, see data/).
const COUNT_AFTER = /^[ \u00a0]*(?:minuten|min|uur|keer|km|kilometer|meter|procent|%|dagen|weken|maanden|jaar|euro|kinderen|mensen|leerlingen|jongens|meiden|meisjes|ouders|personen)(?![\p{L}])/u;
/**
 * After CB: a lowercase street without a street ending after "adres is" or "woont op" and before its house number ("adres is
 * schrans 44, 8932 ne leeuwarden"): the words must be no frequent word ("woont op kamer 12"). (After EQ–EW also "woont ook aan de
 * vlasakker 40", "is veranderd naar oosteinde 112".)
 */
const LOWER_LIVING_CUE_RE = new RegExp(
  `(?:adres(?:[ \\u00a0]+\\p{Ll}+)?:|adres|woon(?:t|de|den|en)|(?:verhuisd|verhuist|veranderd)[ \\u00a0]+naar)[ \\u00a0:]+(?:(?:nu|inmiddels|tegenwoordig|ook|al|sinds[ \\u00a0]+kort)[ \\u00a0]+)?(?:(?:aan|op|is|was)[ \\u00a0]+)?(?:(?:de|het)[ \\u00a0]+)?(\\p{Ll}[\\p{Ll}'’-]{2,}(?:[ \\u00a0]\\p{Ll}[\\p{Ll}'’-]+){0,2}[ \\u00a0]+${HOUSE_NUMBER})(?![\\p{L}\\p{N}]|[.,]\\d)`,
  'gu',
);
const LOWER_STREET_RE = new RegExp(
  `(?<![\\p{L}])\\p{Ll}[\\p{Ll}'’-]+(?:straat|laan|weg|plein|gracht|singel|kade|dijk|dreef|steeg|strjitte|leane|dyk|pad|hof|plantsoen|baan|allee|erf|beek|markt|haven|weide|akker|gaarde|wei|vaart)[ \\u00a0]+(?:nummer[ \\u00a0]+)?${HOUSE_NUMBER}(?![\\p{N}]|[.,]\\d)`,
  'gu',
);
/**
 * "aan de Markt 12" (after Y), "op de Slinge 212" (after CG): after "aan/op de" a capitalised street word, or a capitalised word of
 * four letters or more that is no frequent word, then a house number that is no count ("op de Veluwe 3 dagen").
 */
const PREP_CAPITAL_STREET_RE = new RegExp(
  `(?<![\\p{L}])(?:aan|op)[ \\u00a0]+de[ \\u00a0]+((\\p{Lu}\\p{Ll}{2,})[ \\u00a0]+\\d{1,4}(?:[ \\u00a0]?[a-zA-Z](?![\\p{L}\\p{N}]))?)(?![\\p{N}]|[.,]\\d|[ \\u00a0]*(?:%|uur|keer|minuten|min|dagen|weken|maanden|jaar|km|kilometer|meter|euro|kramen|mensen|kinderen|leerlingen)(?![\\p{L}]))`,
  'gu',
);
const BARE_STREET_WORDS = new Set(['Markt', 'Kade', 'Dijk', 'Haven', 'Brink', 'Singel', 'Gracht', 'Wal', 'Boulevard', 'Dreef', 'Vest', 'Lei']);
/**
 * After DD–DI, as dictated: a lowercase word that is no frequent word and a house number after "op/aan/naar/bij/van de", ending the
 * clause or before "in <place>" or "postcode" ("we zitten nu op de boterbloem 14 in roden", "op de zuidwal 7"); and such a word
 * and number before "in" and a known place ("dat is toch kortland 52 in almere?"). (After FX–GA also before a verb of living: "dat ze nu
 * op de hoefslag 19 woont"; after GF–GJ also after "het" and before a floor: "op het kraaiennest 114 driehoog".)
 */
// (After IC–IG also with a hesitation after the article: "wij wonen op de eh wolphaertsbocht 201".)
const PREP_LOWER_STREET_RE =
  /(?<![\p{L}])(?:op|aan|naar|bij|van)[ \u00a0]+(?:de|het)[ \u00a0]+(?:(?:eh|uh|ehm|uhm|euh)[ \u00a0]+)?((\p{Ll}{5,})[ \u00a0]+\d{1,3}[a-z]?)(?=[ \u00a0]*(?:[,.;!?)\n]|$)|[ \u00a0]+(?:in|postcode)[ \u00a0]+\p{L}|[ \u00a0]+(?:woont|wonen|woonde|woonden|\p{Ll}*hoog)(?![\p{L}]))/gu;
/**
 * After GP–GT: the same after a verb of living, before any word that is no count: "ik woon nu bij mn vader op de dotterbloem 17 dus",
 * "wij wonen op de brink 33 sinds mei".
 */
const LIVING_PREP_LOWER_STREET_RE =
  /(?<![\p{L}])(?:woon|woont|wonen|woonde|woonden|verhuisd|verhuizen|verblijft|verblijven|slaapt|slapen)(?:[ \u00a0]+\p{Ll}+){0,4}?[ \u00a0]+(?:op|aan)[ \u00a0]+(?:de|het)[ \u00a0]+(?:(?:eh|uh|ehm|uhm|euh)[ \u00a0]+)?((\p{Ll}{4,})[ \u00a0]+\d{1,3}[a-z]?)(?![\p{L}\p{N}]|[.,:]\d)/gu;
const WORD_NUMBER_IN_PLACE_RE = /(?<![\p{L}\p{N}])((\p{Ll}{5,})[ \u00a0]+\d{1,3}[a-z]?)[ \u00a0]+in[ \u00a0]+(\p{Ll}[\p{Ll}-]+)/gu;
/** What every match of WORD_NUMBER_IN_PLACE_RE holds: the other lines are not searched. */
const NUMBER_IN_GATE = /\d[a-z]?[ \u00a0]+in[ \u00a0]/u;
/** After DD–DI: the same street words lowercase, as dictated, with a house number that ends the clause ("thuis op de brink 3"). */
const LOWER_BARE_STREET_RE =
  /(?<![\p{L}])(?:aan|op|van|naar|bij)[ \u00a0]+de[ \u00a0]+((?:markt|kade|dijk|haven|brink|singel|gracht|wal|boulevard|dreef|vest)[ \u00a0]+\d{1,4}[a-z]?)(?=[ \u00a0]*(?:[,.;!?)\n]|$)|[ \u00a0]+in[ \u00a0]+\p{L})/gu;
const SPOKEN_STREET_RE = new RegExp(
  `(?<![\\p{L}])(?:aan|op)[ \\u00a0]+de[ \\u00a0]+(((?:\\p{L}[\\p{Ll}'’-]*)?(?:straat|laan|weg|plein|gracht|singel|kade|dijk|dreef|steeg|markt))[ \\u00a0]+(?:nummer[ \\u00a0]+)?(\\p{Ll}+))(?=[ \\u00a0]*(?:[,.;!?)\\n]|$)|[ \\u00a0]+(?:in|en)[ \\u00a0]+\\p{L})`,
  'giu',
);
/**
 * After FE–FK, dictated: a street's name (a compound on a street ending) and its house number as number words anywhere in a
 * sentence ("de lijsterlaan negentien in hoogezand", "de molenweg twee a", "de goudsbloemvallei honderdvier"); no count follows ("de
 * snelweg twee keer"), and a street word that is also an ordinary word only before a letter, a preposition or the clause's end.
 * (After GP–GT also with "nummer" before the number: "de pruimenhof nummer zeven".)
 */
const SPOKEN_NUMBER_STREET_ENDINGS = 'straat|laan|weg|plein|gracht|singel|kade|dijk|dreef|steeg|pad|hof|allee|vallei|weide|akker|erf|baan|markt|haven|beek';
const SPOKEN_NUMBER_STREET_RE = new RegExp(
  `(?<![\\p{L}])(\\p{Ll}{3,}(?:${SPOKEN_NUMBER_STREET_ENDINGS}))[ \\u00a0]+(?:nummer[ \\u00a0]+)?(\\p{Ll}+)(?=((?:[ \\u00a0]+\\p{Ll}+){0,2}))`,
  'gu',
);
const SPOKEN_NUMBER_STREET_GATE = new RegExp(
  `(?:${SPOKEN_NUMBER_STREET_ENDINGS})[ \\u00a0]+(?:nummer[ \\u00a0]+)?\\p{Ll}*(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|tig|honderd)(?![\\p{L}])`,
  'u',
);
// "op nr. 14 van de Populierenstraat", "nummer 3 aan de Dorpsweg": the number first.
const NUMBER_FIRST_STREET_RE = new RegExp(
  `(?<![\\p{L}])(?:nr\\.?|nummer|huisnummer)[ \\u00a0]*\\d{1,4}[a-zA-Z]?[ \\u00a0]+(?:van|aan|in|op)[ \\u00a0]+(?:de|het)[ \\u00a0]+(?:(?:${STREET_PREFIX})[ \\u00a0]+)?\\p{Lu}[\\p{L}'’-]*(?:${STREET_SUFFIX})(?![\\p{L}])`,
  'gu',
);
// "op de Grote Markt", "aan de Oude Gracht": a prefix and a bare street word, after a preposition.
const PREFIX_BARE_STREET_RE =
  /(?=\p{Lu})(?<=(?:^|[^\p{L}])(?:op|aan|in|naar|bij|vanaf|langs|over)[ \u00a0]+(?:de|het)[ \u00a0]+)(?:Grote|Kleine|Oude|Nieuwe|Lange|Korte|Hoge|Lage|Achter|Binnen|Buiten)[ \u00a0](?:Markt|Gracht|Haven|Kade|Dijk|Weg|Straat|Plein|Singel|Wal|Laan|Dreef|Steeg|Brink|Vest)(?![\p{L}])/gu;
const STREET_NAME_WORD = new RegExp(`^(?:\\p{Lu}[\\p{L}'’-]*|van|de|der|den|het|'t)$`, 'u');

/**
 * Extend a proper name backwards over preceding name words and tussenvoegsels:
 * "Burgemeester de Vlugtlaan 5", "Van Speijkstraat 4", "Johan de Witt-scholengroep".
 */
function extendBack(text: string, index: number): number {
  let start = index;
  for (let k = 0; k < 4; k++) {
    const before = /(\S+)[ \u00a0]$/u.exec(text.slice(Math.max(0, start - 25), start));
    const w = before?.[1];
    if (!w || !STREET_NAME_WORD.test(w) || (isNotName(w) && !/^(?:van|de|der|den|het|'t)$/.test(w))) break;
    const wStart = start - w.length - 1;
    start = wStart;
  }
  // Trim leading lowercase words we might have walked over ("aan de Kerkstraat" → "Kerkstraat").
  while (start < index && startsLower(text.slice(start, start + 1))) {
    const sp = text.indexOf(' ', start);
    if (sp < 0 || sp >= index) break;
    start = sp + 1;
  }
  return start;
}

/** A lowercase word (with "de") and a house number, then a comma, ending the text before a postcode. */
// (After ED–EG also without the comma: "is het nog steeds hoefsmid 27 9205 bk".)
const STREET_BEFORE_COMMA = /(?:^|[^\p{L}])((?:de[ \u00a0]+)?\p{Ll}[\p{Ll}'’-]{3,}[ \u00a0]+\d{1,4}[a-z]?),?[ \u00a0]*$/u;

/**
 * After CQ/CT: a lowercase word and a house number before a comma and a postcode the postcode rules found is an address whatever the
 * word ("hofstede 23, 3853 kl ermelo", "op de vlasakker 31, 7823 pk emmen"): the postcode says so (and numbers.ts decides what a
 * postcode is: not "1500 KM rijden").
 */
export function streetsBeforePostcodes(text: string, postcodes: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const p of postcodes) {
    const from = Math.max(0, p.start - 80);
    const m = STREET_BEFORE_COMMA.exec(text.slice(from, p.start));
    const street = m?.[1];
    if (!m || !street) continue;
    const start = from + m.index + m[0].indexOf(street);
    // (A word the window's start may have cut counts only when the window starts the text.)
    if (start === from && from > 0) continue;
    out.push({ kind: 'street_address', start, end: start + street.length });
  }
  return out;
}

export function detectStreetAddresses(text: string): Candidate[] {
  const out: Candidate[] = [];
  const numberedStreetLines = linesWith(text, NUMBERED_STREET_GATE);
  for (const m of matchAllInLines(numberedStreetLines, STREET_RE)) {
    out.push({ kind: 'street_address', start: extendBack(text, m.index), end: m.index + m[0].length });
  }
  for (const m of text.matchAll(STREET_FIRST_RE)) {
    out.push({ kind: 'street_address', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(STREET_FIRST_NO_NUMBER_RE)) {
    out.push({ kind: 'street_address', start: m.index, end: m.index + m[0].length });
  }
  // After Y: dictated, "woont bij oma aan de dorpsstraat zeventien", "aan de markt twaalf in assen": after "aan/op de" a street
  // word and a house number as a number word (1-99, not "een"), ending the clause or before "in" and a place. An ordinary word
  // ("op de markt twee kramen") goes on with a noun, so it stays out.
  if (/(?:aan|op)[ \u00a0]+de[ \u00a0]/iu.test(text)) {
    for (const m of text.matchAll(SPOKEN_STREET_RE)) {
      const n = cardinalValue(m[3] ?? '');
      if (n === undefined || n < 1 || fold(m[3] ?? '') === 'een') continue;
      const street = m[1] ?? '';
      const start = m.index + m[0].length - street.length;
      out.push({ kind: 'street_address', start, end: start + street.length });
    }
  }
  if (SPOKEN_NUMBER_STREET_GATE.test(text)) {
    for (const m of text.matchAll(SPOKEN_NUMBER_STREET_RE)) {
      const word = m[1] ?? '';
      if (houseNumberValue(m[2] ?? '') === undefined) continue;
      const after = m[3] ?? '';
      if (COUNT_AFTER.test(after)) continue;
      // (After FP–FS a street word that is also an ordinary word, "stationsstraat", "beukenlaan", when a house number's letter, the
      // clause's end or a preposition follows: "aan de stationsweg vier a voor", "naar de beukenlaan eenendertig in".)
      if ((STREET_WORDS.has(fold(word)) || isFrequentWord(word)) &&
        !/^(?:[ \u00a0]+(?:[a-d]|in|op|voor|bij|om|te|komma|en|maar)(?![\p{L}])|[ \u00a0]*(?:[,.;!?)]|$))/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
      // A house number's letter ("twee a", "zevenenveertig b"), not the article "een".
      const letter = /^[ \u00a0]+([a-d])(?![\p{L}])/u.exec(after);
      const end = m.index + m[0].length + (letter ? letter[0].length : 0);
      out.push({ kind: 'street_address', start: m.index, end });
    }
  }
  // (The pattern consumes "aan/op de" instead of looking behind for it: a lookbehind is tried at every position of the text.)
  if (/(?:aan|op)[ \u00a0]+de[ \u00a0]\p{Lu}/u.test(text)) {
    for (const m of text.matchAll(PREP_CAPITAL_STREET_RE)) {
      const street = m[1] ?? '';
      const word = m[2] ?? '';
      if (!BARE_STREET_WORDS.has(word) && (word.length < 4 || isFrequentWord(word) || isNotName(word) || isKnownPlace(word))) continue;
      const start = m.index + m[0].length - street.length;
      out.push({ kind: 'street_address', start, end: start + street.length });
    }
  }
  for (const m of matchAllInLines(numberedStreetLines, LOWER_STREET_RE)) {
    const word = m[0].split(/[ \u00a0]/)[0] ?? '';
    // "eikenlaan 17" is also an ordinary word; after "adres:" or "woont aan de" it is a street all the same.
    // After AC also after "wonen" and with an adverb of time between ("ze wonen nu lindelaan 7"); after AM also after "op de"/"aan de"
    // ("bij oma riet op de kastanjelaan 14").
    // After AV: a postcode right after the house number makes any street word an address ("lindelaan 7, 3951 bd maarn").
    // After CP/CT also "op" or "aan" without an article ("bij haar vader op dorpsstraat 62") and "verhuisd naar"; after DD–DI the
    // other prepositions of place and direction ("naar de stationsstraat 23", "achter kastanjelaan 5", "van de hoofdstraat 61"); after DZ–EC
    // "het adres van het stagebedrijf is havenstraat 9" and the endings -pad, -hof, -baan, -beek ... ("op kerkpad 6").
    // (After EH–EK also "in" before the postcode, and "adres" earlier in the sentence: "de lindelaan 17 in 7241 rc", "het adres van je
    // broer, t is toch parkweg 112".)
    // (After FA–FD also a spoken comma: "hoofdstraat 88 komma 8441 ed".)
    // (After FT–FW also after a location: "opvanglocatie eikenlaan 7", "de vestiging is lindelaan 3".)
    // (After GF–GJ also before "en" and another street with its number: "havenweg 21 en kerkstraat 4a"; after GP–GT after "in de", "bij
    // mama in de kastanjelaan 14", and with "nummer" before the number, "op de kastanjelaan nummer 18".)
    const postcodeAfter = /^(?:,|[ \u00a0]+komma)?[ \u00a0]*(?:in[ \u00a0]+)?\d{4}[ \u00a0]?[A-Za-z]{2}(?![\p{L}])/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 15)) ||
      /^[ \u00a0]+en[ \u00a0]+\p{Ll}+(?:straat|laan|weg|plein|gracht|singel|kade|dijk|pad|hof)[ \u00a0]+\d/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) ||
      /(?<![\p{L}])adres(?![\p{L}])/iu.test(sentenceBefore(text, m.index, 60));
    // After CB: a house number with a letter ("bergweg 117b") is no count.
    const numberWithLetter = /\d[ \u00a0]?[a-zA-Z]$/u.test(m[0]);
    // After FL–FO: a known place right after it ("hoofdweg 61 in nieuw-buinen").
    const placeAfter = /^[ \u00a0]+in[ \u00a0]+(\p{Ll}[\p{Ll}-]+)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (STREET_WORDS.has(fold(word)) && !postcodeAfter && !numberWithLetter && !(placeAfter?.[1] && isKnownPlace(placeAfter[1])) && !/(?:(?:adres(?:\s+van\s+(?:de|het|haar|zijn|hun)\s+\p{L}+)?|woon\p{L}*|wonen\p{L}*)[\s:(]+(?:(?:nu|inmiddels|tegenwoordig|sinds kort|ook)\s+)?(?:(?:aan|op|in|is)\s+)?(?:de\s+)?|(?:^|\s)(?:op|aan|naar|van|bij|achter|voor|vanaf|langs)\s+(?:(?:de|het)\s+)?|(?:^|\s)in\s+de\s+|verhuis\p{L}*\s+naar\s+|(?:^|\s)\p{L}*(?:locatie|vestiging)(?:\s+(?:is|op|aan))?\s+)$/iu.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // A count, not a house number: "op de snelweg 12 minuten stil".
    if (STREET_WORDS.has(fold(word)) && COUNT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    out.push({ kind: 'street_address', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(PREFIXED_STREET_RE)) {
    out.push({ kind: 'street_address', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(PREPOSITION_STREET_RE)) {
    if (isNotName(m[0])) continue;
    out.push({ kind: 'street_address', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(PREP_LOWER_STREET_RE)) {
    const street = m[1] ?? '';
    if (isFrequentWord(m[2] ?? '') || isNotName(m[2] ?? '')) continue;
    const start = m.index + m[0].length - street.length;
    out.push({ kind: 'street_address', start, end: start + street.length });
  }
  for (const m of text.matchAll(LIVING_PREP_LOWER_STREET_RE)) {
    const street = m[1] ?? '';
    if (isFrequentWord(m[2] ?? '') || isNotName(m[2] ?? '') || COUNT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    const start = m.index + m[0].length - street.length;
    out.push({ kind: 'street_address', start, end: start + street.length });
  }
  for (const m of matchAllInLines(linesWith(text, NUMBER_IN_GATE), WORD_NUMBER_IN_PLACE_RE)) {
    if (isFrequentWord(m[2] ?? '') || isNotName(m[2] ?? '') || !isKnownPlace(m[3] ?? '')) continue;
    out.push({ kind: 'street_address', start: m.index, end: m.index + (m[1] ?? '').length });
  }
  for (const m of text.matchAll(LOWER_BARE_STREET_RE)) {
    const street = m[1] ?? '';
    const start = m.index + m[0].length - street.length;
    out.push({ kind: 'street_address', start, end: start + street.length });
  }
  for (const re of [NUMBER_FIRST_STREET_RE, PREFIX_BARE_STREET_RE]) {
    for (const m of text.matchAll(re)) out.push({ kind: 'street_address', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(LOWER_LIVING_CUE_RE)) {
    const addr = m[1] ?? '';
    const words = addr.split(/[ \u00a0]+/u).slice(0, -1);
    if (words.some((w) => isFrequentWord(w) || isNotName(w))) continue;
    const start = m.index + m[0].length - addr.length;
    out.push({ kind: 'street_address', start, end: start + addr.length });
  }
  for (const m of text.matchAll(LIVING_CUE_RE)) {
    const addr = m[1] ?? '';
    const first = addr.split(/[ \u00a0]/)[0] ?? '';
    if (isNotName(first)) continue;
    // "woont in Roosendaal": a place with a street's ending and no house number is the place (after BZ).
    if (!/\d/u.test(addr) && isKnownPlace(addr)) continue;
    const start = m.index + m[0].length - addr.length;
    out.push({ kind: 'street_address', start, end: start + addr.length });
  }
  return out;
}
