/** Likely personal names and initials. */
import { FIRST_NAMES, TUSSENVOEGSELS, isCommonWord, isDutchSurname, isFirstName, isFrequentWord, isListedName, isLowercaseDoubleFirstName, isNameWord, isNotName, isPersonListName, isSurnameCore } from './name-lists.js';
import { isKnownPlace, isListedPlace, isPlaceOrRegion, mayBePlace } from './geo.js';
import { lexicalClass } from './context-model.js';
import { isInstitutionType } from './places.js';
import { charOf, codeAt, fold, INITIAL_WITH_DOT, isAbbreviation, isSentenceInitial, linesWith, matchAllInLines, sentenceAfter, sentenceBefore, startsLower, startsUpper, WordMemo } from './text.js';
import type { Candidate } from './types.js';
import { endsLikeCompound, isCompound, isKnownThing, isKnownWord, isPronominalAdverb, isUnknownCapitalised } from './unknown-words.js';

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** fold(text), computed once per token: the rules fold the same neighbouring tokens tens of times per token. */
  readonly folded: string;
}

const TOKEN = /['’]t(?![\p{L}\p{N}])|\p{L}+(?:['’-]\p{L}+)*/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length, folded: fold(m[0]) });
  return out;
}

/** Capitalised like a proper name: "Sanne", "El-Amrani", "D'Souza"; not "GGD" or "A". */
export function isCapitalised(word: string): boolean {
  return IS_CAPITALISED_MEMO.get(word, isCapitalisedUncached);
}

const IS_CAPITALISED_MEMO = new WordMemo();

function isCapitalisedUncached(word: string): boolean {
  // "CoP", "TikTok", "iPad" and "toBe" are no names; "McDonald", "D'Souza", "El-Amrani", "Emre's" can be.
  return /^(?:Mc|Mac)?\p{Lu}(?:['’]\p{Lu})?\p{Ll}+(?:[-'’]\p{L}\p{Ll}*)*$/u.test(word);
}

function adjacent(text: string, a: Token | undefined, b: Token | undefined): boolean {
  if (!a || !b) return false;
  const gap = text.slice(a.end, b.start);
  return gap === ' ' || gap === '\u00a0';
}

const TUSSEN_SEQS = TUSSENVOEGSELS.map((t) => t.split(' ')).sort((x, y) => y.length - x.length);

/** Number of tokens from `i` that form a tussenvoegsel ("van der" = 2), 0 if none. */
function tussenvoegselAt(text: string, tokens: readonly Token[], i: number): number {
  for (const seq of TUSSEN_SEQS) {
    let ok = true;
    for (let k = 0; k < seq.length; k++) {
      const tok = tokens[i + k];
      if (!tok || tok.folded !== seq[k] || (k > 0 && !adjacent(text, tokens[i + k - 1], tok))) {
        ok = false;
        break;
      }
    }
    if (ok) return seq.length;
  }
  return 0;
}

/** The word without a possessive ending: "Emre's" → "Emre", "Yasmina’s" → "Yasmina". */
function bare(tok: Token): Token {
  const m = /['’]s$/u.exec(tok.text);
  if (!m || tok.text.length < 4) return tok;
  const text = tok.text.slice(0, m.index);
  return { text, start: tok.start, end: tok.start + m.index, folded: fold(text) };
}

function nameWord(tok: Token | undefined): boolean {
  // After AE: not a pronominal adverb capitalised after a salutation ("Geachte collega, Hierbij verwijs ik ...").
  return !!tok && isCapitalised(tok.text) && !isNotName(bare(tok).text) && !isPronominalAdverb(tok.folded);
}

/** A tussenvoegsel that starts with a preposition ("op de", "in 't") is never followed by a capitalised article. */
function tussenOk(text: string, tokens: readonly Token[], i: number, t: number): boolean {
  for (let k = 1; k < t; k++) if (isCapitalised(tokens[i + k]?.text ?? '') || startsUpper(tokens[i + k]?.text ?? '')) return false;
  const first = (tokens[i]?.folded ?? '');
  if ((first === 'op' || first === 'in' || first === 'uit') && !startsLower(tokens[i]?.text ?? '')) return false;
  return true;
}

const AREA_OR_STREET = /(?:wijk|buurt|kwartier|dorp|straat|laan|weg|plein|park|polder)$/u;

/** If a surname (with optional tussenvoegsel) follows token `i - 1`, the index of its last token. */
function surnameAfter(text: string, tokens: readonly Token[], i: number): number {
  if (!adjacent(text, tokens[i - 1], tokens[i])) return -1;
  const t = tussenvoegselAt(text, tokens, i);
  if (t > 0 && !tussenOk(text, tokens, i, t)) return -1;
  const j = i + t;
  if (t > 0 && !adjacent(text, tokens[j - 1], tokens[j])) return -1;
  // After BE: "Ahmad uit Kabul", "Sanne in Gent": a preposition alone before a capitalised word is where the person is from or
  // lives (a surname keeps an article after it: "Uit den Bogaard", "In 't Veld").
  if (t === 1 && /^(?:uit|in|op|aan|te|bij)$/u.test(tokens[i]?.text ?? '')) return -1;
  const tok = tokens[j];
  if (!nameWord(tok) || !tok) return -1;
  // "Nicole van Kinderopvang Het Speelhuis": a type of institution after "van" is no surname.
  if (t > 0 && isInstitutionType(tok.text)) return -1;
  // "tante Gülsen in de Schilderswijk": an area or street after "in de" is no surname.
  if (t > 0 && (isKnownPlace(tok.text) || AREA_OR_STREET.test(tok.text))) return -1;
  // "Kenji op de Vrije School Zutphen", "op de Johan Friso School": capitalised words that a type of institution ends start
  // the institution's name.
  if (t > 0) {
    for (let k = j + 1; k <= j + 3 && adjacent(text, tokens[k - 1], tokens[k]) && startsUpper(tokens[k]?.text ?? ''); k++) {
      if (isInstitutionType(tokens[k]?.text ?? '')) return -1;
    }
  }
  return j;
}

/** Lowercase surname after a lowercase first name: "lotte de jong", "kevin jansen". */
function lowerSurnameAfter(text: string, tokens: readonly Token[], i: number): number {
  if (!adjacent(text, tokens[i - 1], tokens[i])) return -1;
  const t = tussenvoegselAt(text, tokens, i);
  const j = i + t;
  const tok = tokens[j];
  if (!tok || (t > 0 && !adjacent(text, tokens[j - 1], tok))) return -1;
  // "lotte de jong": after a tussenvoegsel a surname that is also a word ("jong", "boer") still counts.
  if (!startsLower(tok.text) || !isSurnameCore(bare(tok).text) || (t === 0 && isNameWord(bare(tok).text)) || isNotName(tok.text)) return -1;
  return j;
}

const CUES = new Set(
  `heet heette genaamd zoon zoontje dochter dochtertje moeder vader broer broertje zus zusje oma opa tante oom
stiefvader stiefmoeder stiefbroer stiefzus pleegvader pleegmoeder pleegzoon pleegdochter pleegbroer pleegzus pleegkind
halfbroer halfzus juf juffrouw meester zuster zr mevrouw meneer mijnheer mevr mw dhr hr heer mentor mentrix vriend vriendje
vriendin vriendinnetje leerling leerlinge jongen jongetje meisje cliënt client cliënte jongere neef nicht neefje nichtje
buurman buurvrouw buurjongen buurmeisje collega dokter huisarts tweelingbroer tweelingzus klasgenoot klasgenote
klasgenootje baby kleuter peuter partner familie gezin echtgenoot echtgenote ex papa mama kleinzoon kleindochter
coach trainer docent leerkracht begeleider verpleegkundige fam cliente casemanager mati ruman student studente
stagiair stagiaire pake beppe mdr vdr pani teyze amca abla hala dayi wijkagent bewindvoerder advocaat advocate kinderrechter buurvr buurm ouders`.split(/\s+/),
);
/** Cues written abbreviated, with a dot before the name: "mevr. Jansen", "dhr. Kuipers", "zr. Anja". */
const ABBREVIATED_CUES = new Set(['mevr', 'mw', 'dhr', 'hr', 'fam', 'zr', 'mr', 'dr', 'drs', 'prof', 'ir', 'ing', 'st', 'ms', 'mrs', 'mx', 'jr', 'sr']);
/** Form labels that name a person only as a field: "Kind: Gerold (geb. ...)", "Betreft: Sanne". Never as running text ("het kind Daarna"). */
const FIELD_CUES = new Set('kind jeugdige pupil betreft patiënt patient aanmelder'.split(' '));
/** Before a lowercase listed name in chat text: "naar hidde kijken", "met dijkstra gebeld". */
const PERSON_PREPOSITIONS = new Set(['met', 'van', 'naar', 'om', 'voor', 'aan', 'tegen', 'zoals', 'mevrouw', 'meneer']);
const PREPOSITIONS = new Set(['in', 'op', 'uit', 'naar', 'bij', 'aan', 'rond', 'door', 'langs', 'over', 'vanuit', 'richting', 'onder', 'achter', 'voor']);
const AREA_WORDS = new Set([
  'wijk', 'buurt', 'stadsdeel', 'woonwijk', 'dorp', 'stadje', 'gemeente', 'woonplaats', 'regio', 'stad', 'gehucht', 'dorpje',
  'wijkteam', 'buurtteam', 'gebiedsteam', 'jeugdteam', 'dorpsteam', 'stadsdeelteam',
]);
const LOCATIVE_BEFORE = new Set(['in', 'uit', 'naar', 'te', 'bij', 'vanuit', 'richting', 'rond', 'nabij']);
/** Before these, a capitalised word is no subject person ("de Jeugd-GGZ heeft", "volgens Bowlby speelt"). */
const NOT_SUBJECT_BEFORE = new Set(
  `de het een die deze dat dit onze mijn zijn haar hun jullie volgens met voor na bij door van aan over om zonder tegen via naast op in uit
naar tot tijdens sinds vanaf`.split(/\s+/),
);
const DETERMINERS = new Set('de het een die deze dat dit onze mijn zijn haar hun jullie elke iedere'.split(' '));
/**
 * After these a name is an animal's or a toy's, not a person's: "haar knuffel Beer", "de hond Storm",
 * "onze hond Luna", "hun kat heet Max".
 */
const PET_OR_TOY = new Set(
  `knuffel knuffeltje knuffelbeer knuffelkonijn hond hondje honden kat katje katten kater poes poesje konijn konijntje cavia
hamster paard pony pop popje vis puppy pup kitten parkiet vogel vogeltje schildpad rat muis kip geit`.split(/\s+/),
);
/**
 * After these a capitalised name is a famous person or a character, not someone in the casus: "fan van Messi", "verkleed als Elsa",
 * "filmpjes van MrBeast" (media), "bidt tot Jezus" (faith).
 */
const FAME_BEFORE =
  /(?:\bfan[ \u00a0]+van|\bidool(?:[ \u00a0]+is)?|\bvoorbeeld[ \u00a0]+is|\bheld[ \u00a0]+is|\bposters?[ \u00a0]+van|\bshirt[ \u00a0]+van|\bmuziek[ \u00a0]+van|\bliedjes?[ \u00a0]+van|\bliederen[ \u00a0]+van|\bconcert[ \u00a0]+van|\balbum[ \u00a0]+van|\boptreden[ \u00a0]+van|\bverkleed[ \u00a0]+als|\bfilmpjes?[ \u00a0]+van|\bvideo['’]?s?[ \u00a0]+van|\bvlogs?[ \u00a0]+van|\bkanaal[ \u00a0]+van|\bstreams?[ \u00a0]+van|\bbid(?:t|den)?[ \u00a0]+tot|\bbad(?:en)?[ \u00a0]+tot|\bgebeden[ \u00a0]+tot)[ \u00a0]+["'“‘]?$/iu;
/**
 * After these a full name (two capitalised words or more) is an author or a public figure: "een boek van Roald
 * Dahl", "een documentaire over Nelson Mandela". A first name alone may be the child's ("het boek van Sanne").
 */
// Also a quoted title before "van": '"Hoe overleef ik" van Francine Oomen' (the author; a full name only, as below).
const WORK_BEFORE = /(?:(?:\bboek(?:en|je|jes)?|\bfilms?|\bdocumentaire|\bbiografie|\bstrips?|\bgedichten|\bverhalen|\bspreekbeurt|\bwerkstuk)[ \u00a0]+(?:van|over)|\p{L}["”’][ \u00a0]+van)[ \u00a0]+["'“‘]?$/iu;
/** After these one name is a theorist's or a method's: "het model van Gordon", "de theorie van Piaget". */
const THEORY_BEFORE = /(?:\btheorie(?:ën)?|\bmodel(?:len)?|\bmethodes?|\bpiramide|\bcirkel|\bladder|\bstadia|\bfasen|\bfases|\bprincipes?|\bkwadrant)[ \u00a0]+van[ \u00a0]+$/iu;
/** Things one wears or owns: after "<product> van" a brand, not a person ("trui van Nike"). */
const PRODUCTS = new Set(
  `trui truien shirt shirtje t-shirt shirts jas jasje jack broek broeken jeans schoenen schoen sneakers sportschoenen voetbalschoenen
pet petje muts sokken hoodie vest jurk jurkje rok kleding kleren trainingspak tas tasje rugzak telefoon mobiel laptop tablet
horloge koptelefoon oordopjes fiets scooter brommer spelcomputer console merk parfum tandpasta slippers laarzen`.split(/\s+/),
);
/** "wil Elsa zijn", "mag Maria zijn": wanting or being allowed to be someone. Not "gaat Sanne spelen", "kan Sanne zijn die belde". */
const MODALS = new Set('wil wilde wou willen wilden mag mocht mogen'.split(' '));
const ROLE_VERBS = new Set(['zijn', 'worden']);
/** "wil later Ronaldo worden", "wil ook Elsa zijn". */
const ROLE_ADVERBS = new Set('later ook graag ooit altijd zelf echt net liefst eens'.split(' '));
/** Verbs after which a lowercase first name that is also a word is the subject ("wout zit", "mees zegt"). */
const STRONG_PERSON_VERBS = new Set(
  `zit zat zegt zei vertelt vertelde vraagt vroeg huilt huilde lacht lachte woont woonde slaapt sliep praat praatte
durft durfde vindt vond weet wist wil wilde wou schreeuwt schreeuwde scheldt schold spijbelt spijbelde blowt blowde
belt belde appt appte voelt voelde weigert weigerde speelt speelde liegt loog steelt stal vecht vocht pest pestte schopt schopte
spuugt spuugde gilt gilde jankt jankte treitert treiterde dreigt dreigde denkt dacht snapt snapte begrijpt begreep baalt baalde
smeekt smeekte antwoordt antwoordde herkent herkende`.split(/\s+/),
);
/** Plural verbs after "X en Y" that make two lowercase first names two people ("mees en joep hadden ruzie"). */
export const PLURAL_PERSON_VERBS: ReadonlySet<string> = new Set(
  `zitten zaten hebben hadden willen wilden zeggen zeiden spelen speelden wonen woonden gaan gingen komen kwamen huilen
lachen praten vechten vochten maken maakten krijgen kregen doen deden mogen mochten moeten moesten kunnen konden`.split(/\s+/),
);
/** Greetings: a first name after them, before a comma or the end, is the addressee ("hoi fleur,", "hee roos!"). */
// After AH also the greetings of youth texts ("yo mo", "ewa kimo").
const GREETINGS = new Set('hoi hoii hey hee hai hallo hi he beste lieve dag goedemorgen goedemiddag yo ey ewa'.split(' '));
/** Conjunctions after which a word starts a clause, as at the start of a sentence ("omdat wout zit"). */
const CLAUSE_STARTS = new Set('dat omdat toen maar want en of als nu terwijl zodat'.split(' '));
/** Cues that name a person's relation or role: after them a lowercase first name is a name even if it is a word. */
const RELATIVE_CUES = new Set(
  `zoon dochter moeder vader broer broertje zus zusje oma opa tante oom juf meester zuster mama papa neef nicht vriend vriendje
vriendin vriendinnetje stiefvader stiefmoeder pleegmoeder pleegvader pake beppe mdr vdr ome`.split(/\s+/),
);
// After AO also "gezin" and "ouders" before a family name ("gezin de boer", "ouders el idrissi").
const FORMAL_CUES = new Set(['mevrouw', 'meneer', 'mijnheer', 'mevr', 'mw', 'dhr', 'hr', 'heer', 'familie', 'fam', 'gezin', 'ouders']);
/** Titles written with a dot before a surname: "Dr. Scheepmaker", "Prof. Hendriks"; after W/X the English "Ms. Okafor", "Mrs. Nguyen". */
const TITLE_CUES = new Set(['dr', 'drs', 'prof', 'ms', 'mrs']);
/**
 * "Mr. Dekker", "Mr. Van Rijn" (English, or the Dutch lawyer's title): only a listed name or one with a capitalised tussenvoegsel,
 * because a character is known by an unlisted word ("Mr. Bean").
 */
const MISTER_CUES = new Set(['mr', 'mister']);
/** How pupils and teachers shorten "meester" in chat: "mees joep zegt" (before a lowercase first name and a person verb). */
const CHAT_TITLES = new Set(['mees', 'mstr']);
/** "naam is X", "achternaam: X", "de roepnaam is X": a name follows (and "X is de achternaam van ..." names X). */
const NAMING_VERBS = new Set(['noemen', 'noem', 'noemt', 'noemde', 'noemden']);
export const NAME_NOUNS: ReadonlySet<string> = new Set(['naam', 'achternaam', 'voornaam', 'roepnaam', 'bijnaam', 'familienaam', 'meisjesnaam']);
const PRONOUNS = new Set(['we', 'wij', 'ik', 'hem', 'haar', 'het', 'hier', 'in', 'deze', 'casus']);

/**
 * Verbs that, right after a word, make it the subject: a person ("Roos vertelde", "Sevda zegt").
 * Deliberately without is/was/wordt/doet, which also follow ordinary nouns ("Roos is een bloem").
 */
const PERSON_VERBS = new Set(
  `zit zat heeft had wil wilde wou zegt zei vertelt vertelde vraagt vroeg gaat ging komt kwam woont woonde speelt speelde
huilt huilde lacht lachte loopt liep rent rende slaapt sliep praat praatte kan kon mag mocht moet moest durft durfde
vindt vond weet wist krijgt kreeg schreeuwt schreeuwde slaat sloeg scheldt schold reageert reageerde voelt voelde
spijbelt spijbelde verzuimt verzuimde blowt blowde belt belde appt appte noemt noemde hoort hoorde ziet zag
weigert weigerde vertrekt vertrok begint begon kijkt keek leest las schrijft schreef gedraagt gedroeg
merkt merkte geeft gaf eet drinkt dronk denkt dacht snapt snapte antwoordt antwoordde mailt mailde herkent herkende
stuurt stuurde legt legde vergat vergeet herinnert herinnerde`.split(/\s+/),
);

/** Lowercase words that are first names in the lists but far more often ordinary chat words. */
// After AC also the adverbs of "er" + a preposition, which the lists hold as names ("erin", "erna"): "foto's van zijn oma erin".
const LOWERCASE_NOT_NAMES = new Set(
  'ok oke okay ff btw idd lol top echt erin eruit erop erbij eraan ervan erna ermee erover erdoor erheen ertegen eronder erachter ervoor door voor naar over tot bent'.split(' '),
);

const ORG_HEADS = new Set(
  `raad huis hof ministerie universiteit hogeschool gemeente centrum stichting bureau dienst inspectie kerk vereniging college
rijksuniversiteit dag week maand jaar nacht feest museum paleis kasteel kamer tweede eerste provincie staten rijk koninkrijk
republiek zee rivier park federatie bond academie instituut partij commissie nationale landelijke hoek albert`.split(/\s+/),
);

const SUBJECT_PRONOUNS = new Set('ik je jij ze zij hij we wij u men'.split(' '));
/** "Hoop had ik eigenlijk ...": a subject pronoun right after the verb after token i (the word before the verb is its object). */
function invertedSubjectAfter(tokens: readonly Token[], i: number): boolean {
  return SUBJECT_PRONOUNS.has(tokens[i + 2]?.folded ?? '');
}

function personVerbAfter(text: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  const tok = tokens[i];
  if (!next || !tok) return false;
  const gap = text.slice(tok.end, next.start);
  if (!/^[ \u00a0]+$/.test(gap)) return /^[ \u00a0]*\(\d{1,2}\)/.test(text.slice(tok.end, tok.end + 6)) || nicknameAfter(text, tok) || roleAfter(text, tok) || appositionAfter(text, tokens, i);
  return PERSON_VERBS.has(next.folded) || personCopulaAfter(text, tokens, i);
}

/** Roles written in brackets after a name: "Sjoerd (ib'er) en ik", "Fatima (moeder)", "Kees (mentor)". */
const ROLE_IN_BRACKETS = new Set(
  `ib'er ib-er ib ibber intern begeleider mentor mentrix leerkracht docent juf meester directeur zorgcoördinator zorgcoordinator
gezinsvoogd jeugdbeschermer casemanager hulpverlener gezinscoach jeugdarts huisarts orthopedagoog psycholoog gedragswetenschapper
maatschappelijk werker wijkagent leerplichtambtenaar begeleider pleegmoeder pleegvader moeder vader oma opa tante oom broer zus
stiefvader stiefmoeder vriend vriendin buurvrouw buurman collega stagiair stagiaire voogd trainer coach
wijkteam jeugdteam school gemeente jgz ggd cjg leerplicht jeugdbescherming
kinderarts kinderpsychiater psychiater logopedist fysiotherapeut ergotherapeut verpleegkundige jeugdverpleegkundige schoolarts
ambulant ambulante hulpverlener jeugdhulpverlener jeugdconsulent consulent`.split(/\s+/),
);
const ROLE_AFTER = /^[ \u00a0]*\(([\p{L}'’-]+(?:[ \u00a0][\p{L}'’-]+)?)(?:,[^)]{0,30})?\)/u;

function roleAfter(text: string, tok: Token): boolean {
  const m = ROLE_AFTER.exec(text.slice(tok.end, tok.end + 50));
  // "(ib'er)", "(intern begeleider)", "(moeder, 34)": the role is the first word (not "Veendam (bij opa)").
  const first = fold(m?.[1] ?? '').split(/[ \u00a0]/)[0] ?? '';
  return !!m && (ROLE_IN_BRACKETS.has(first) || CUES.has(first));
}

/** Determiners that open an apposition describing a person: "Edson, de vriend van moeder, komt ...". */
const APPOSITION_DETERMINERS = new Set('de het een mijn zijn haar hun onze z\'n d\'r'.split(' '));

/**
 * "Edson, de vriend van moeder, komt ...", "Mirthe, een meisje van 9, ...": a comma, a determiner and a person word.
 * In signatures and contact lines also a bare role that ends the item: "Annemijn Rutgers, ambulant hulpverlener, 06-...".
 */
function appositionAfter(text: string, tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i];
  const det = tokens[i + 1];
  if (!tok || !det || !/^,[ \u00a0]+$/.test(text.slice(tok.end, det.start))) return false;
  if (!APPOSITION_DETERMINERS.has(det.folded)) {
    // One or two lowercase words, the last a role, then a comma, a line end or the end: "..., ambulant hulpverlener,".
    for (let k = i + 1; k < i + 3; k++) {
      const w = tokens[k];
      if (!w || !startsLower(w.text) || (k > i + 1 && !adjacent(text, tokens[k - 1], w))) return false;
      const f = w.folded;
      if ((ROLE_IN_BRACKETS.has(f) || (CUES.has(f) && !FORMAL_CUES.has(f) && !TITLE_CUES.has(f))) && /^[ \u00a0]*(?:[,;\n]|$)/u.test(text.slice(w.end, w.end + 2))) return true;
    }
    return false;
  }
  for (let k = i + 2; k < i + 5; k++) {
    const f = (tokens[k]?.folded ?? '');
    if (f === '' || PHRASE_STOPS.has(f)) return false;
    if (CUES.has(f) || PERSON_NOUNS.has(f) || ROLE_IN_BRACKETS.has(f) || /jarige$/u.test(f)) return true;
  }
  return false;
}

const CALLING_NAME = /(?<![\p{L}.])(?:\p{Lu}\.[ \u00a0]?){1,4}[ \u00a0]*\((\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\)/gu;

function surnameFollows(text: string, m: RegExpExecArray | RegExpMatchArray): boolean {
  const end = (m.index ?? 0) + m[0].length;
  return !isNotName(m[1] ?? '') && /^[ \u00a0]*(?:(?:van|de|der|den|ter|ten|van der|van den|van de)[ \u00a0]+)?\p{Lu}\p{Ll}/u.test(text.slice(end, end + 14));
}

const NICKNAME_AFTER = /^[ \u00a0]*\((?:(?:eigenlijk|voluit|officieel|echte naam|roepnaam van|afkorting van)[ \u00a0:]+)?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\)/u;

/** "Mo (eigenlijk Mohammed)", "Bo (Bodine)": a word followed by the full first name in brackets is a nickname. */
function nicknameAfter(text: string, tok: Token): boolean {
  const m = NICKNAME_AFTER.exec(text.slice(tok.end, tok.end + 40));
  if (!m) return false;
  const full = m[1] ?? '';
  // With "eigenlijk"/"voluit" any capitalised word; bare brackets need a listed name ("Roos (Bijlage)" is no nickname).
  return /\((?:eigenlijk|voluit|officieel|echte|roepnaam|afkorting)/u.test(m[0]) ? !isNotName(full) : isFirstName(full) || (isListedName(full) && !isNameWord(full));
}

/**
 * "Lieve is bang", "Roos is twaalf", "Storm is 9", "Mila is een vrolijk meisje": a copula and a state, an age or a
 * person noun. Strong enough for any capitalised word starting a sentence ("Beer is een lief jongetje van 4").
 */
function personCopulaAfter(text: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  const tok = tokens[i];
  // "Papa is een lieve man", "Oma is ziek": a relative, not a name.
  if (!next || !tok || CUES.has(tok.folded) || !/^[ \u00a0]+$/.test(text.slice(tok.end, next.start))) return false;
  const f = next.folded;
  if (f !== 'is' && f !== 'was' && f !== 'wordt' && f !== 'werd') return false;
  // After AI up to two adverbs, also of time ("Roos was vanochtend erg prikkelbaar").
  const after = /^[ \u00a0]+((?:(?:erg|heel|zo|vaak|soms|nog|al|niet|ook|wel|best|echt|snel|wat|vanochtend|vanmiddag|vanavond|vandaag|gisteren|weer|steeds)[ \u00a0]+){0,2})(\p{L}+|\d{1,2})/u.exec(text.slice(next.end, next.end + 40));
  const word = after?.[2] ?? '';
  // An adverb of time before the state only for a listed name: "Ouderkamer was vandaag druk" is a room.
  if (/vanochtend|vanmiddag|vanavond|vandaag|gisteren|weer|steeds/u.test(after?.[1] ?? '') && !isListedName(tok.text)) return false;
  // "Tjitske ... is moeder van drie", "Kees is mentor.": a listed name with a bare person or role noun after the copula, before
  // "van" or the end (not "Helaas is moeder niet gekomen": an adverb, and the noun is the subject).
  const bareNoun = (PERSON_NOUNS.has(fold(word)) || ROLE_IN_BRACKETS.has(fold(word))) && isListedName(tok.text) &&
    /^(?:[ \u00a0]+van[ \u00a0]|[ \u00a0]*(?:[,.;!?]|$))/u.test(text.slice(text.indexOf(word, next.end) + word.length).slice(0, 6));
  return /^\d{1,2}$/.test(word) || PERSON_STATES.has(fold(word)) || bareNoun || (fold(word) === 'een' && personNounAfter(tokens, tokens[i + 2]?.text === word ? i + 3 : i + 4));
}

/** Modal verbs and "gaan": after a name opening a chat line ("bo mag niet mee"); before one, a word is no name (name-company.ts). */
export const MODAL_VERBS: ReadonlySet<string> = new Set('mag mocht moet moest wil wilde kan kon gaat ging zal zou'.split(' '));
/** After "is"/"was" at the start of a chat line, words that place a person: "mo is er weer vandoor", "sem was vandaag ziek". */
const CHAT_PERSON_AFTER = new Set('er weer vandaag gisteren vanochtend vanmiddag nog niet ook al net thuis weg vandoor pas ineens opeens bij'.split(' ')); // after CU "bij"
const TUSSEN_WORDS = new Set(TUSSENVOEGSELS.flatMap((t) => t.split(' ')));

/** First names that are abstract nouns: "is er" after them is existence, not a person's presence ("hoop is er zeker"). */
const ABSTRACT_NAME_WORDS = new Set(['hoop', 'liefde', 'vrede', 'rust', 'geluk']);

function lineSubjectPredicate(text: string, tokens: readonly Token[], i: number): boolean {
  const verb = (tokens[i + 1]?.folded ?? '');
  if (verb === 'heeft' || verb === 'had') return true;
  if (verb !== 'is' && verb !== 'was') return false;
  // (After DD–DI: "hoop is er zeker": an abstract noun that is also a first name "is er" as the thing it is.)
  if (tokens[i + 2]?.folded === 'er' && ABSTRACT_NAME_WORDS.has(tokens[i]?.folded ?? '')) return false;
  return CHAT_PERSON_AFTER.has((tokens[i + 2]?.folded ?? '')) || personCopulaAfter(text, tokens, i);
}

/** Endings of Dutch derivations and inflections that open a line without being names: -ing, -heid, -er(s) agents, -je(s), -en. */
const DUTCH_WORD_SHAPE = /(?:ing|heid|schap|isme|tie|teit|lijk|ig|ers|ster|je|jes|en|st|aal|eur|iek|uur|ief)$/u;

/** An unlisted lowercase word at the start of a chat line acting as a person (see detectNames, step 2). */
function unlistedLineSubject(text: string, tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i];
  if (!tok) return false;
  const f = tok.folded;
  if (isListedName(f) || isNameWord(f) || isNotName(f) || CUES.has(f) || SUBJECT_WORDS.has(f) || LIGHT_ADVERBS.has(f) || PERSON_NOUNS.has(f) ||
    ROLE_IN_BRACKETS.has(f) || NOT_SUBJECTS.has(f) || LOWERCASE_NOT_NAMES.has(f) || DUTCH_WORD_SHAPE.test(f) || isKnownPlace(f) || isCommonWord(f) || isKnownWord(f)) return false;
  const verb = (tokens[i + 1]?.folded ?? '');
  if (verb === 'is' || verb === 'was') return lineSubjectPredicate(text, tokens, i);
  // A possessive after the verb starts the object ("jayvano heeft zijn telefoon ingeleverd"), a pronoun or article the subject.
  // (After CU: "dat" after a verb of saying opens a clause, it is no subject: "filmon zegt dat hij ...".)
  return (PERSON_VERBS.has(verb) || STRONG_PERSON_VERBS.has(verb)) && (POSSESSIVES.has((tokens[i + 2]?.folded ?? '')) || !subjectAt(text, tokens, i + 2) ||
    (SAY_VERBS.has(verb) && tokens[i + 2]?.folded === 'dat'));
}
/** Verbs of sending or passing on, for a lowercase first name after "naar"/"aan" (see detectNames, step 2). */
const SEND_BEFORE = /(?:^|[^\p{L}])(?:stuur|stuurt|stuurde|stuurden|sturen|gestuurd|doorsturen|doorgestuurd|doorgeven|doorgegeven|mail|mailt|mailde|mailen|gemaild|app|appt|appte|appen|geappt|geef|geeft|gaf|gegeven|breng|brengt|bracht|gebracht|forward|forwarden)(?![\p{L}])[^.;!?\n]*$/iu;
const POSSESSIVES = new Set(["zijn", "haar", "hun", "z'n", "d'r", "m'n", 'mijn', 'onze']);

/** Family and person words after a genitive: "Buraks vader", "Noors broertje". */
const FAMILY_AFTER = new Set(
  `vader moeder ouders broer broertje broers zus zusje zussen oma opa tante oom stiefvader stiefmoeder pleegouders pleegmoeder
pleegvader vriend vriendje vriendin vriendinnetje familie juf mentor papa mama`.split(/\s+/),
);

function sGenitive(text: string, tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i];
  if (!tok || !/^\p{L}+s$/u.test(tok.text) || tok.text.length < 4 || !FAMILY_AFTER.has((tokens[i + 1]?.folded ?? '')) || !adjacent(text, tok, tokens[i + 1])) return false;
  const stem = tok.text.slice(0, -1);
  // Not "Kees" or "Joris" (a name already), not "Alles" or "Huis": the stem must be a first name that is no word.
  if (isFirstName(tok.text) || isNotName(tok.text) || isNameWord(stem) || isNotName(stem)) return false;
  return startsUpper(tok.text) ? isFirstName(stem) : FIRST_NAMES.has(fold(stem));
}

/** "Vries-Bouma", "Jansen-El Amrani"'s first part: two listed surnames joined by a hyphen, not a place ("Alphen-Oost"). */
function isDoubleSurname(word: string): boolean {
  const parts = word.split('-');
  if (parts.length !== 2 || !parts.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p) && isSurnameCore(p) && !isNotName(p))) return false;
  return !isKnownPlace(word) && parts.some((p) => !isNameWord(p) && !isKnownPlace(p));
}

/** Sentence starters that are no names and no Dutch word list keeps out: "Iedereen is bang", "Niemand heeft ...". */
const NOT_SUBJECTS = new Set('iedereen niemand iemand alles niets veel weinig allebei beiden elk ieder welk zulk'.split(' '));
/** Words that open a subject right after a finite verb: "Gisteren heeft [hij]", "Daarna belde [de moeder]", "Thuis speelt [Sanne]". */
const SUBJECT_WORDS = new Set(
  `hij zij ze ik we wij jij je u het er men iedereen niemand iemand dat dit die deze de een mijn zijn haar hun onze jullie zijn
z'n d'r m'n school thuis alles niets veel weinig geen meer minder`.split(/\s+/),
);

/** Light adverbs between the verb and the subject: "Daarnaast heeft ook de school ...". */
const LIGHT_ADVERBS = new Set('ook nog al wel niet weer vaak soms toen dan echt inmiddels vandaag gisteren zelf meteen direct mogelijk waarschijnlijk misschien duidelijk zeker'.split(' '));
/** Separable particles: "Waarschijnlijk speelt mee dat ...": a particle ending the clause means an adverb started it. */
const PARTICLES = new Set('mee op af in uit door aan toe terug bij mee weg langs'.split(' '));

/** After "<word> <verb>": does a subject follow (so the word was an adverb), or a particle that ends the clause? */
function subjectAt(text: string, tokens: readonly Token[], j: number): boolean {
  let k = j;
  while (k < j + 2 && LIGHT_ADVERBS.has((tokens[k]?.folded ?? ''))) k++;
  const tok = tokens[k];
  if (!tok) return true;
  const f = tok.folded;
  if (PARTICLES.has(f) && /^(?:[ \u00a0]*[,.;:!?]|[ \u00a0]*$|[ \u00a0]+dat\b)/u.test(text.slice(tok.end, tok.end + 5))) return true;
  return SUBJECT_WORDS.has(f) || CUES.has(f) || startsUpper(tok.text);
}

/**
 * Shapes of Dutch adverbs, infinitives and abstract nouns that start sentences ("Waarschijnlijk", "Inmiddels", "Pesten",
 * "Hulpverlening", "Samenvattend"), not of names.
 */
const ADVERB_SHAPE = /(?:lijk|lijks|ig|els|ens|ands|ds|aan|ien|eren|en|end|ing|heid|schap|isme|tie|teit|ngs|nks)$|^(?:daar|hier|waar|van|ver|over|onder|tussen)\p{Ll}{3}/u;

/** Nouns that make "X is een ..." a description of a person: "Mila is een vrolijk meisje", "Beer is een lief jongetje". */
/** Ordinals and superlatives that name a child by rank ("de jongste", "de oudste"). */
const RANKS = new Set('jongste oudste middelste kleinste grootste eerste tweede derde laatste'.split(' '));
const PERSON_NOUNS = new Set(
  `jongen jongetje meisje meid meidje kind kindje knul knulletje tiener puber peuter kleuter baby dreumes leerling leerlinge
scholier student jongere zoon dochter broer zus vrouw man moeder vader dame schat schatje lieverd`.split(/\s+/),
);
/** Words that end the noun phrase after "een": "Mei is een maand waarin kinderen ..." stops at "waarin". */
const PHRASE_STOPS = new Set('die dat waar waarin met van voor in op en of maar om als uit'.split(' '));

/** "een vrolijk meisje", "een 8-jarige", "een lief jongetje": a person noun within the next four words from token `j`. */
function personNounAfter(tokens: readonly Token[], j: number): boolean {
  for (let k = j; k < j + 4; k++) {
    const f = (tokens[k]?.folded ?? '');
    if (f === '' || PHRASE_STOPS.has(f)) return false;
    if (PERSON_NOUNS.has(f) || /jarige$/u.test(f)) return true;
  }
  return false;
}

/** States and ages after "is"/"was" that describe a person, not a thing ("Lieve is bang"). */
const PERSON_STATES = new Set(
  `bang boos verdrietig ziek moe jarig zwanger depressief angstig stil teruggetrokken onrustig druk agressief eenzaam
ongelukkig gelukkig blij verliefd dakloos verslaafd opgenomen geschorst zoek weggelopen overleden geboren gepest
overprikkeld prikkelbaar gespannen ongerust verward afwezig vermoeid emotioneel
aangehouden opgepakt gearresteerd verhoord meegenomen uitgeplaatst overgeplaatst aangemeld doorverwezen
twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien`.split(/\s+/),
);

/** "gijsje", "Daantje", "Pietje": a diminutive of a listed first name that is no word itself ("roosje" is). */
export function isDiminutiveOfFirstName(word: string): boolean {
  return IS_DIMINUTIVE_OF_FIRST_NAME_MEMO.get(word, isDiminutiveOfFirstNameUncached);
}

const IS_DIMINUTIVE_OF_FIRST_NAME_MEMO = new WordMemo();

function isDiminutiveOfFirstNameUncached(word: string): boolean {
  const f = fold(word);
  const m = /^(\p{L}{3,}?)(?:etje|tje|pje|je)$/u.exec(f);
  if (!m || f.length < 5) return false;
  const stem = m[1] ?? '';
  return FIRST_NAMES.has(stem) && !isNameWord(stem) && !isNotName(stem);
}

function isLowercaseFirstName(word: string): boolean {
  return IS_LOWERCASE_FIRST_NAME_MEMO.get(word, isLowercaseFirstNameUncached);
}

const IS_LOWERCASE_FIRST_NAME_MEMO = new WordMemo();

function isLowercaseFirstNameUncached(word: string): boolean {
  if (!startsLower(word) || word.length < 3) return false;
  if (isDiminutiveOfFirstName(word)) return true;
  const f = fold(word);
  return (FIRST_NAMES.has(f) || (f.includes('-') && isFirstName(word))) && !isNameWord(word) && !isNotName(word) && !LOWERCASE_NOT_NAMES.has(f);
}

/** Verbs of saying: the word right after them, before "dat", ":" or a comma, is who says it ("zegt Sohrab dat"). */
export const SAY_VERBS: ReadonlySet<string> = new Set(
  'zegt zei zeggen vertelt vertelde vraagt vroeg antwoordt antwoordde schrijft schreef appt appte meldt meldde roept riep geeft gaf'.split(' '),
);
/** Verbs of coming and going: the word right after them, before a preposition, is who comes ("kwam Lan met"). */
const MOTION_VERBS = new Set('kwam komt kwamen ging gaat liep loopt rende rent stond staat zat zit belde belt'.split(' '));
const MOTION_NEXT = new Set('met bij naar op thuis binnen langs terug alleen zelf vandaag gisteren niet ook nog weer te gewoon meteen boos weg'.split(' '));
export const AUXILIARIES: ReadonlySet<string> = new Set('heb hebt heeft hebben had hadden'.split(' '));
const OBJECT_PRONOUNS = new Set('ik jij je hij ze zij we wij u'.split(' '));
/** Participles of talking to or meeting someone: "heb Indah gisteren gesproken". */
const MEET_PARTICIPLES = new Set(
  'gesproken gebeld ontmoet geappt gemaild bezocht opgehaald gevraagd uitgenodigd aangesproken getroost geholpen begeleid gesproken teruggebeld'.split(' '),
);

/** A capitalised word no list knows as something else: no frequent word, capitalised noun, place, cue or organisation head. */
function unknownPersonWord(word: string): boolean {
  return UNKNOWN_PERSON_WORD_MEMO.get(word, unknownPersonWordUncached);
}

const UNKNOWN_PERSON_WORD_MEMO = new WordMemo();

function unknownPersonWordUncached(word: string): boolean {
  const f = fold(word);
  return word.length >= 3 && !isNotName(word) && !isKnownThing(f) && !isFrequentWord(f) && !isPlaceOrRegion(word) && !ORG_HEADS.has(f) && !CUES.has(f) &&
    !NOT_SUBJECTS.has(f) && !SUBJECT_WORDS.has(f) && !derivedWord(word);
}

/** After AU: a compound or derivation of frequent words that no name list has ("Melder", "Enkelband", "Schoolverzuim"). */
function derivedWord(word: string): boolean {
  return DERIVED_WORD_MEMO.get(word, derivedWordUncached);
}

const DERIVED_WORD_MEMO = new WordMemo();

function derivedWordUncached(word: string): boolean {
  return isCompound(fold(word)) && !isListedName(word);
}

/** Conjunctions opening a subclause, before its subject: "dat Semhar zich ...". */
const SUBCLAUSE_OPENERS = new Set('dat omdat zodat terwijl toen nadat voordat sinds of als hoewel doordat'.split(' '));
/** Nouns of a work before its title: "de film Frozen van Disney". */
const TITLE_NOUNS = new Set('film films serie boek boeken game spel liedje lied song musical voorstelling toneelstuk prentenboek'.split(' '));
/** Directions that name a district, not a person: "Het Jeugdteam van Zuid". */
const DIRECTION_WORDS = new Set('noord zuid oost west noordoost noordwest zuidoost zuidwest centrum'.split(' '));

/** Nouns of case work: after "<noun> van" an unknown capitalised word is the person ("de casus van Liekele"). */
const CASE_NOUNS = new Set('casus casuïstiek dossier situatie thuissituatie aanmelding hulpvraag gezin ouders zorgen'.split(' '));

/**
 * Everyday activities only people do, for an unknown sentence-initial word (5d). Apart from PERSON_VERBS on purpose:
 * things help and work too ("Structuur helpt", "Medicatie werkt"), so these need an unknown word and no object after them.
 */
const ACTIVITY_VERBS = new Set(
  `helpt hielp werkt werkte studeert studeerde logeert logeerde sport sportte traint trainde voetbalt voetbalde fietst fietste
zwemt zwom danst danste kookt kookte zingt zong tekent tekende gamet gamede scoort scoorde`.split(/\s+/),
);
/**
 * After Y: function words of regional Dutch that the first-name lists hold as names (Limburgs, Twents, Gronings "mien" = mijn,
 * "dien"/"zien"; Zeeuws, Twents "noa", Limburgs "nao", "noar" = naar), from the dialect grammars, not from one batch's text.
 */
const DIALECT_POSSESSIVES = new Set(['mien', 'dien', 'zien']);
const DIALECT_TO = new Set(['noa', 'nao', 'noar']);
const DIALECT_ARTICLES = new Set(['de', 'het', "'t", 't', 'den', 'n', "'n"]);
/** Words after "mien" that make it a name, not a possessive: the verbs and function words the guard knows ("mien zegt", "mien en ..."). */
const KNOWN_VERBS = new Set([
  ...PERSON_VERBS, ...STRONG_PERSON_VERBS, ...SAY_VERBS, ...MOTION_VERBS, ...ACTIVITY_VERBS, ...AUXILIARIES,
  ...'is was wordt werd zal zou en of maar die dat met van bij heeft had gaat ging komt kwam'.split(' '),
]);
/** After Z: verbs after "<name> uit <place>" that make the name a person, not a character from a title ("Yulia uit Marioepol vertelt"). */
const FROM_PLACE_VERBS = new Set([...PERSON_VERBS, ...STRONG_PERSON_VERBS, ...SAY_VERBS, ...ACTIVITY_VERBS]);

/**
 * After Z: what follows a name that opens a sentence and shows a person: "uit" and one capitalised word before a person or
 * activity verb ("Yulia uit Marioepol vertelt", "Bram uit Presikhaaf speelt"), or "en zijn/haar" and a relative or person noun
 * ("Piotr Wiśniewski en zijn vrouw"). j is the token after the name.
 */
function personAfterName(text: string, tokens: readonly Token[], j: number): boolean {
  const a = tokens[j];
  const b = tokens[j + 1];
  const c = tokens[j + 2];
  if (!a || !b || !c || !adjacent(text, tokens[j - 1], a) || !adjacent(text, a, b) || !adjacent(text, b, c)) return false;
  if (a.text === 'uit') return /^\p{Lu}\p{Ll}+$/u.test(b.text) && FROM_PLACE_VERBS.has(c.text);
  return a.text === 'en' && (b.text === 'zijn' || b.text === 'haar') && (PERSON_NOUNS.has(c.text) || FAMILY_AFTER.has(c.text));
}

/** 'aka "Dammie"', "alias Skinny", lowercase after GU–GY ("omar aka lil o", "aka dammie"), "@dj_rocky010" (a handle: not after a letter, digit or dot, so not an e-mail address). */
const ALIAS_OR_HANDLE =
  /(?<![\p{L}])(?:aka|a\.k\.a\.|alias)[ \u00a0:]+["“'‘]?(\p{Lu}[\p{L}'’-]+|(?:lil|big|young|yung|mc|dj|king|baby|kid|kleine|grote|little)[ \u00a0]\p{Ll}[\p{L}'’-]*|\p{Ll}[\p{L}'’-]{2,})|(?<![\p{L}\p{N}._%+-])@([\p{L}\p{N}_.]*[\p{L}_][\p{L}\p{N}_.]*)(?![\p{L}\p{N}@])/gu;

/**
 * After GP–GT: a handle without its "@" ("haar snap is noaa.xo", "de maker is jasmijn_vdb08", "bella.xo.17"): lowercase letters and
 * digits joined by dots or underscores. Not inside an e-mail address, a link or a file name, not a dotted abbreviation.
 */
const HANDLE_WITHOUT_AT = /(?<![\p{L}\p{N}._%+@/\\-])(_*\p{Ll}[\p{Ll}\p{N}]*(?:(?:[._]+[\p{Ll}\p{N}]+)+_*|_+))(?![\p{L}\p{N}@/\\]|[._-][\p{L}\p{N}])/gu;
/**
 * After HJ–HN: what follows the word for an account's name ("met de snapnaam lilrayy", "zn account is lil.papi.zuid", "gamertag
 * xxdark"), after HO–HS also what someone is called on a platform ("op discord heet ik sniperboy"): the handle, also one of letters
 * only. Not a word the lists know ("zn account is privé", "het account van lieke"). The lookahead holds the first letters of the cues
 * (as startsWithOneOf in text.ts does), and only the lines with a cue are searched (ACCOUNT_NAME_GATE).
 */
const ACCOUNT_NAME_CUE =
  /(?=[agiopstu])(?:(?<![\p{L}])(?:snap|snapchat|insta|instagram|tiktok|gebruikers|account|profiel|user)[ \u00a0]?(?:naam|name)[ \u00a0:]+(?:(?:van[ \u00a0]+(?:hem|haar)|is|was|heet|echt|dan|nu)[ \u00a0:]+)*|(?<![\p{L}])(?:gamertag|account)[ \u00a0:]+(?:(?:is|was|heet|echt)[ \u00a0:]+)*|(?<![\p{L}])(?:op|in)[ \u00a0]+(?:discord|snap|snapchat|insta|instagram|tiktok|fortnite|roblox|twitch|telegram)[ \u00a0]+(?:heet|heette|ben|is|was)[ \u00a0]+(?:ik|hij|ze|zij)[ \u00a0]+)/giu;
/** What every match of ACCOUNT_NAME_CUE holds: the other lines are not searched. */
const ACCOUNT_NAME_GATE = /naam|name|gamertag|account|discord|snap|insta|tiktok|fortnite|roblox|twitch|telegram/iu;
/** The last part of a file name or a web address, not of a handle ("verslag.docx", "school.nl"). */
const FILE_OR_DOMAIN_END = new Set('docx doc pdf xlsx xls pptx ppt txt csv jpg jpeg png gif heic mp4 mov mp3 zip odt rtf nl com be org net eu io de pl bg fr uk info app nu'.split(' '));
/** Parts of abbreviations written with a dot ("geb.datum", "tel.nr", "lln.nr"). */
const ABBREVIATION_PART = /^(?:nr|nrs|no|datum|tel|geb|dos|pt|lln|llnr|bijv|ca|evt|incl|excl|mob|adr|max|min|etc|enz|www|http|https)$/u;

/**
 * After GU–GY: a gamer tag or account name of letters and a number ("xxdarkwolf14", "snoepie2011"): six letters or more that no list
 * knows, or only by a place's shape ("shadowhunter07"; not a word, "groep78", "groepsapp2023", a known thing, "covid19", or a place), or
 * a listed first name or surname of three letters or more ("daan17", after GZ–HD), then two to four digits.
 */
/** After HT–HX: a Discord tag, a name and four digits after "#" ("shadowboy#4412"). */
const DISCORD_TAG = /(?<![\p{L}\p{N}@._-])\p{L}[\p{L}\p{N}_.]{2,31}#\d{4}(?![\p{N}])/gu;
const LETTERS_AND_NUMBER_HANDLE = /(?<![\p{L}\p{N}@._/-])(\p{Ll}{3,})(\d{2,4})(?![\p{L}\p{N}]|[._-][\p{L}\p{N}])/gu;
/** What every match of LETTERS_AND_NUMBER_HANDLE holds. */
const LETTERS_AND_NUMBER_GATE = /\p{Ll}{3}\d\d/u;
/** What every match of HANDLE_WITHOUT_AT holds (a letter or digit, then dots or underscores and another, or an underscore). */
const HANDLE_LINE_GATE = /[\p{Ll}\p{N}](?:[._]+[\p{Ll}\p{N}]|_)/u;

/**
 * A handle found at start–end: the whole handle is the finding, not only a name in it that another rule found ("jordy" of
 * "jordy.b_official"); names inside it are dropped, and nothing is added where another finding overlaps it.
 */
function claimHandle(out: Candidate[], start: number, end: number): void {
  for (let k = out.length - 1; k >= 0; k--) if (start <= (out[k] as Candidate).start && (out[k] as Candidate).end <= end) out.splice(k, 1);
  if (!out.some((c) => c.start < end && start < c.end)) out.push({ kind: 'name', start, end });
}

function isHandleWithoutAt(text: string, handle: string, end: number): boolean {
  const parts = handle.split(/[._]+/u);
  // (A file's or site's ending only after a dot: "ghostrider_nl" is a handle, "school.nl" a site.)
  if (parts.some((p) => ABBREVIATION_PART.test(p)) || (/\.[\p{Ll}\p{N}]+$/u.test(handle) && FILE_OR_DOMAIN_END.has(parts[parts.length - 1] ?? ''))) return false;
  // An e-mail address said or typed with a space: "j.pinas2001 apenstaartje gmail punt com", "h.dijkstra at pleegzorg".
  if (/^[ \u00a0]*(?:@|apenstaartje\b|at\b)/u.test(text.slice(end, end + 14))) return false;
  if (parts.every((p) => p.length <= 1) || isAbbreviation(handle.replace(/\.$/u, ''))) return false; // initials, "o.a."
  // (After HJ–HN an underscore first: "x_youngsosa_x", "danimartina_"; no room or abbreviation has one.)
  // (With the underscore only at an end, the word itself must be no word a list knows: "_belangrijk_" is emphasis.)
  const core = handle.replace(/^_+|_+$/gu, '');
  if (!/[._]/u.test(core)) return /_/u.test(handle) && core.length >= 3 && !/[QKNPT]/u.test(lexicalClass(core.replace(/\p{N}+$/u, '')));
  if (handle.includes('_') && parts.some((p) => p.replace(/\p{N}/gu, '').length >= 3)) return true;
  if ((parts[0] ?? '').replace(/\p{N}/gu, '').length < 2) return false; // a room, "b1.04"
  if (/\p{N}/u.test(handle)) return true;
  // Dots only: a word no list knows or a name among the parts, not two words with the space missing ("ok.ik", "klopt.dan").
  return parts.some((p) => p.length >= 3 && !isFrequentWord(p) && !isKnownWord(p));
}

/** After Y: prepositions after a dictated "mevrouw <surname>" that open the topic of a talk ("mevrouw ter horst over de omgang"). */
const FORMAL_TOPIC_AFTER = new Set(['over', 'met', 'om', 'voor', 'namens']);

const CASE_HYPHEN_NAME = /(?=[cdfgz])(?<![\p{L}])(?:casus|gezin|familie|dossier|zaak)-(\p{Lu}\p{Ll}+)(?![\p{L}-])/giu;

/** Verbs that things do too ("Melatonine helpt 's avonds", "Strattera werkt pas na weken"): they need a place of work after them. */
const THING_VERBS = new Set('helpt hielp werkt werkte'.split(' '));
/** After an activity verb these make the first word a thing: "Ritalin helpt hem", "Concerta werkt goed". */
const NOT_AFTER_ACTIVITY = new Set(
  'hem mij me ons hen jou je u hun kinderen jongeren leerlingen ouders goed niet wel beter prima slecht averechts uitstekend enorm echt'.split(' '),
);

function activityVerbAfter(text: string, tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i];
  const verb = tokens[i + 1];
  if (!tok || !verb || !adjacent(text, tok, verb) || !ACTIVITY_VERBS.has(verb.folded) || ADVERB_SHAPE.test(tok.folded)) return false;
  const next = tokens[i + 2];
  if (!next) return true;
  const f = next.folded;
  // "helpt haar" alone is an object; "helpt haar moeder" is a possessive and an object noun, fine.
  if (f === 'haar' && /^[ \u00a0]*(?:[,.;!?]|$|[ \u00a0](?:bij|met|om|te|door|niet|ook|erg|veel)\b)/u.test(text.slice(next.end, next.end + 8))) return false;
  if (NOT_AFTER_ACTIVITY.has(f) || subjectAt(text, tokens, i + 2)) return false;
  if (!THING_VERBS.has(verb.folded)) return true;
  // "Yiyun helpt 's avonds in het restaurant", "werkt op een boerderij": a place of work in the clause ("helpt bij het inslapen" is none).
  const clause = /^[^.,;:!?\n]{0,40}/u.exec(text.slice(verb.end))?.[0] ?? '';
  return /(?:^|[ \u00a0])(?:in|op)[ \u00a0]+(?:de|het|een|'t|haar|zijn|hun)[ \u00a0]/u.test(clause);
}

/**
 * After U/V: "Gerda van het samenwerkingsverband wil ...", "Ron van Basisschool De Wilgen wil ...": a word opening a sentence,
 * then "van" and an organisation (de/het and a lowercase organisation noun, or a type of institution and its capitalised name),
 * then a person verb: the word is someone who works there (a person verb after an organisation has the person as subject).
 */
function affiliationAfter(text: string, tokens: readonly Token[], i: number): boolean {
  const van = tokens[i + 1];
  const first = tokens[i + 2];
  if (!van || !first || van.text !== 'van' || !adjacent(text, tokens[i], van) || !adjacent(text, van, first)) return false;
  let k = i + 2;
  if (first.text === 'de' || first.text === 'het') {
    const noun = tokens[k + 1];
    if (!noun || !/^\p{Ll}+$/u.test(noun.text) || !adjacent(text, first, noun) || !(ORGANISATION_END.test(noun.text) || isInstitutionType(noun.text))) return false;
    k += 2;
  } else if (startsUpper(first.text) && isInstitutionType(first.text)) {
    k += 1;
    // The institution's name: up to four capitalised words or articles ("Basisschool De Wilgen").
    for (let n = 0; n < 4 && tokens[k] && adjacent(text, tokens[k - 1], tokens[k]) && /^(?:\p{Lu}|'t$)/u.test(tokens[k]?.text ?? ''); n++) k++;
  } else return false;
  const verb = tokens[k];
  return !!verb && adjacent(text, tokens[k - 1], verb) && PERSON_VERBS.has(verb.folded);
}

/**
 * Where a name ending at token i starts: one token earlier when a capitalised word right before it can be a first name
 * (no frequent word, capitalised noun, place, cue or organisation head), as in "Annemijn Rutgers, ambulant hulpverlener".
 */
function namePairStart(text: string, tokens: readonly Token[], i: number, starts: ReadonlySet<number>): number {
  const prev = tokens[i - 1];
  if (!prev || starts.has(i - 1) || !adjacent(text, prev, tokens[i]) || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(prev.text)) return i;
  const f = prev.folded;
  return !isNotName(prev.text) && !isFrequentWord(f) && !isPlaceOrRegion(prev.text) && !ORG_HEADS.has(f) && !CUES.has(f) && !SUBJECT_WORDS.has(f) ? i - 1 : i;
}

/** Is token i in a person slot: the subject of a saying verb, an inverted subject, the object of meeting, the agent after "door"? */
function personSlot(text: string, tokens: readonly Token[], i: number, initial: boolean): boolean {
  const tok = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!tok) return false;
  const nextF = fold(next?.text ?? '');
  const after = text.slice(tok.end, tok.end + 2);
  const closes = /^(?:[ \u00a0]*[:,]|[ \u00a0]*$)/u.test(after);
  // "Ivanilda vertelt dat ...": a saying verb and "dat" after a sentence-initial word ("Gisteren vertelde dat" is no Dutch).
  if (initial) {
    return !!next && SAY_VERBS.has(nextF) && adjacent(text, tok, next) && (tokens[i + 2]?.folded ?? '') === 'dat' && !ADVERB_SHAPE.test(tok.folded);
  }
  if (!prev || !adjacent(text, prev, tok)) return false;
  const prevF = prev.folded;
  if (SAY_VERBS.has(prevF)) return closes || nextF === 'dat' || nextF === 'ook';
  // "zei oma tegen Ruthmila, ...": the one spoken to, after "tegen" and a saying verb earlier in the clause, before a comma or colon.
  if (prevF === 'tegen' && closes) {
    for (let k = i - 2; k >= i - 4 && tokens[k] && adjacent(text, tokens[k], tokens[k + 1]); k--) if (SAY_VERBS.has((tokens[k]?.folded ?? ''))) return true;
  }
  if (MOTION_VERBS.has(prevF)) return !!next && adjacent(text, tok, next) && MOTION_NEXT.has(nextF);
  // "heb Indah gisteren gesproken", "heb ik Yeabsira nog gebeld": an auxiliary, an optional subject pronoun, the object.
  if (AUXILIARIES.has(prevF) || (OBJECT_PRONOUNS.has(prevF) && AUXILIARIES.has((tokens[i - 2]?.folded ?? '')))) {
    for (let k = i + 1; k <= i + 4 && tokens[k] && adjacent(text, tokens[k - 1], tokens[k]); k++) {
      if (MEET_PARTICIPLES.has((tokens[k]?.folded ?? ''))) return true;
    }
    return false;
  }
  // "Doorgestuurd door Sjaak:", "gemeld door Ayla, ...": the agent after a participle, one word before a colon, comma or the end.
  return prevF === 'door' && /ge\p{Ll}+(?:[dt]|en)$/u.test((tokens[i - 2]?.folded ?? '')) && closes;
}

/** A card or transcript label opening the line: "Tip:", "Hypothese:", "Deelnemer 3:", "Inbrenger:" (one word, an optional number). */
// After Z: also with an opening quote after the colon, as a quoted report starts ('Logopedist: "Bente spreekt ...').
// After AE also with a date after the label ("Evaluatie 14-01-2026:", "Zorgteam 12 november:"); after AI of up to three words
// ("Vroege dienst:", "Stand van zaken:").
const LINE_LABEL =
  /^[ \t]*[-•*]?[ \t]*\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Ll}{2,12}){0,2}(?:[ \u00a0](?:\d{1,2}(?:[-/.]\d{1,2}(?:[-/.]\d{2,4})?|[ \u00a0]\p{Ll}{3,9})?))?[ \u00a0]*:[ \u00a0]+["“']?$/u;
/** After AE: after a card label, a first name, is/was and these place a person in time ("Voortgang: Fleur is sinds ..."). */
const CARD_SINCE = new Set(['sinds', 'vanaf', 'afgelopen', 'om', 'vanochtend', 'vanmiddag', 'vanavond']);
const VOWEL_T_VERBS = new Set('laat gaat staat doet ziet weet slaat komt zit'.split(' '));
/** After a name opening a card: a word that only a person's clause has there ("Kwame zelf laten kiezen", "Noor eerst ..."). */
const CARD_PERSON_NEXT = new Set('zelf eerst ook nog even alleen steeds vaak samen liever'.split(' '));

/** Is token i the first word after a line label and a colon ("Tip: X ...")? */
function afterLineLabel(text: string, tok: Token): boolean {
  // Fast path: a colon right before the word (and its space) or nothing to test.
  if (codeAt(text, tok.start - 2) !== 58 && codeAt(text, tok.start - 1) !== 58 && !text.slice(Math.max(0, tok.start - 4), tok.start).includes(':')) return false;
  const lineStart = text.lastIndexOf('\n', tok.start - 1) + 1;
  return tok.start - lineStart <= 36 && codeAt(text, tok.start - 2) !== 46 && LINE_LABEL.test(text.slice(lineStart, tok.start));
}

/**
 * A label and a colon open a clause: "Tip: Kwame zelf laten kiezen", "Hypothese: Bo imiteert ...". The word after it is the person
 * when a person verb, a verb in -eert ("imiteert", "provoceert") or an adverb of a person's own part ("zelf", "eerst") follows.
 */
function cardSubject(text: string, tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i];
  const next = tokens[i + 1];
  if (!tok || !next || !adjacent(text, tok, next) || !/^\p{Ll}+$/u.test(next.text) || !afterLineLabel(text, tok)) return false;
  const f = next.text;
  // After Z: a listed first name before any verb of the present tense's third person ("Hypothese: Sara neemt ...", "Besluit: Sara
  // blijft ..."): a label's clause that opens with a first name and a finite verb is about that person.
  return CARD_PERSON_NEXT.has(f) || PERSON_VERBS.has(f) || STRONG_PERSON_VERBS.has(f) || /\p{Ll}{2}eert$/u.test(f) ||
    (isFirstName(tok.text) && /^\p{Ll}{2,}[^aeiouy]t$/u.test(f) && !isFirstName(f)) ||
    // After AE: "Voortgang: Fleur is sinds de herfstvakantie ...": is/was and a word that places a person in time or place.
    (isFirstName(tok.text) && (f === 'is' || f === 'was') && (CHAT_PERSON_AFTER.has((tokens[i + 2]?.folded ?? '')) || CARD_SINCE.has((tokens[i + 2]?.folded ?? '')))) ||
    // "Evaluatie 14-01-2026: Sara laat ...": the verbs in -t after a vowel that the shape above leaves out (it keeps out "niet").
    (isFirstName(tok.text) && VOWEL_T_VERBS.has(f));
}

/** 'noemen hem daar gewoon "Bigi Man"', "noemt haar 'Kleintje'": a quoted nickname after naming a person (not "noemen het ..."). */
const QUOTED_NICKNAME =
  /(?<![\p{L}])noem(?:en|t|de|den)?[ \u00a0]+(?:(?:we|ze|ik|zij|hij|jullie)[ \u00a0]+)?(?:hem|haar|hen|'m)(?:[ \u00a0]+(?:daar|hier|thuis|gewoon|altijd|vaak|ook|nog|wel|meestal|soms|liever|eigenlijk)){0,3}[ \u00a0]+["“'‘](\p{Lu}[\p{L}'’-]*(?:[ \u00a0]\p{L}[\p{L}'’-]*){0,2}|\p{Ll}[\p{L}'’-]*)["”'’]/gu; // lowercase only one word (after CP: 'kapsalon', not 'de baas')
/**
 * After CP: a nickname in quotes before what the person is really called ("'sniper' heet eigenlijk soufian", "'kubi' is jakub nowak",
 * "'storm' is gewoon zijn echte naam").
 */
const QUOTED_THEN_NAME =
  /["“'‘](\p{L}[\p{L}'’-]{1,14})["”'’][ \u00a0]+(?:(?:heet|heette)(?![\p{L}])(?![ \u00a0]+(?:het|dat|dit|die|zo|ook)(?![\p{L}]))|is[ \u00a0]+(?:(?:gewoon|echt|eigenlijk)[ \u00a0]+)?(?:(?:zijn|haar)[ \u00a0]+echte[ \u00a0]+naam|(\p{L}+)))/gu;

/** Chat interjections that open a line before a comma: "kijk, roos heeft ...", "nou, sem was er weer". */
const INTERJECTIONS = new Set('kijk nou ja jaa nee oke ok joh wollah serieus man bro'.split(' '));

function afterInterjection(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const tok = tokens[i];
  return !!prev && !!tok && INTERJECTIONS.has(prev.text) && /^,[ \u00a0]+$/u.test(text.slice(prev.end, tok.start)) && isSentenceInitial(text, prev.start);
}

/** Verbs that open a yes/no question before their subject: "Is Rahwa al aangemeld?", "Heeft Tsegai ...?". */
const QUESTION_VERBS = new Set('is was heeft had gaat ging komt kwam wil wilde kan kon zit zat woont mag moet weet'.split(' '));

/**
 * "Deelnemer 3: Is Rahwa eigenlijk al aangemeld ...?": an unknown word right after a question verb that opens the sentence, before a
 * lowercase word, in a sentence that ends in a question mark, is the subject.
 */
function questionSubject(text: string, tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i - 1];
  const tok = tokens[i];
  const next = tokens[i + 1];
  if (!verb || !tok || !next || !/^\p{Lu}\p{Ll}+$/u.test(verb.text) || !QUESTION_VERBS.has(verb.folded)) return false;
  if (!adjacent(text, verb, tok) || !adjacent(text, tok, next) || !startsLower(next.text) || !isSentenceInitial(text, verb.start)) return false;
  const rest = text.slice(tok.end, tok.end + 160);
  const end = /[.!?\n]/.exec(rest);
  return !!end && end[0] === '?';
}

/**
 * "net als Cristiano Ronaldo": a comparison with a full name whose surname only OpenTaal's proper names have (they include
 * public figures), not the Dutch surname list, is a public figure. "net als Daan de Vries" (a classmate) stays a name.
 */
function publicFigureAt(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tussenvoegselAt(text, tokens, i + 1);
  const last = tokens[i + 1 + t];
  if (!last || !adjacent(text, tokens[i], tokens[i + 1]) || (t > 0 && !adjacent(text, tokens[i + t], last)) || !/^\p{Lu}\p{Ll}+$/u.test(last.text)) return false;
  return isSurnameCore(last.text) && !isPersonListName(last.text);
}

/** Watching or following earlier in the clause: "kijkt elke avond naar", "fan van", "filmpjes van". */
const MEDIA_BEFORE = /(?:^|[^\p{L}])(?:kijk\p{L}*|keek|keken|gekeken|volgt|volgde|luister\p{L}*|fan|afleveringen?|programma|show|podcast|filmpjes?|video['’]?s)(?![\p{L}])[^.;:!?\n]*$/u;
/** Words before a game's name in "die alleen nog Fortnite speelt", "omdat hij Minecraft speelt" (the player comes earlier). */
const GAME_OBJECT_BEFORE = new Set('nog alleen vooral graag veel vaak liever steeds altijd urenlang online samen dag avond nacht weekend hij zij ze ik jij je we wij die'.split(' '));
const GAME_VERBS = new Set('speelt speelde spelen speelden gamet gamede gamen'.split(' '));
/** Verbs of writing or claiming before a known statement: "Carl Rogers schreef al dat ...". */
const AUTHOR_VERBS = new Set('schreef schrijft stelde stelt beschreef beschrijft betoogde betoogt zei zegt noemde noemt'.split(' '));
/** A published statement: "in zijn boek", "in haar theorie", "in 1970" (group 1), or only a known one: "al", "ooit". */
const KNOWN_STATEMENT = /[ \u00a0]+(?:((?:al[ \u00a0]+)?in[ \u00a0]+(?:zijn|haar|het|de)[ \u00a0]+(?:boek|boeken|theorie|artikel|klassieker|werk|onderzoek)|(?:al[ \u00a0]+)?in[ \u00a0]+(?:1[89]|20)\d\d)|al|ooit)(?![\p{L}\p{N}])/uy;

function authorAt(text: string, tokens: readonly Token[], i: number): boolean {
  const last = tokens[i + 1];
  const verb = tokens[i + 2];
  if (!last || !verb || !adjacent(text, tokens[i], last) || !adjacent(text, last, verb) || !AUTHOR_VERBS.has(verb.folded)) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(last.text) || isDutchSurname(last.text)) return false;
  KNOWN_STATEMENT.lastIndex = verb.end;
  const m = KNOWN_STATEMENT.exec(text);
  // After a published work any surname the Dutch list lacks; after "al"/"ooit" only one the lists have as something else
  // (a foreign first name, OpenTaal's public figures): an unlisted surname there is as likely a family's.
  return !!m && (!!m[1] || isListedName(last.text));
}

/** After T: "schreef er ooit een heel boek over": a verb of writing, up to three adverbs and a book (not "een boekverslag"). */
const WROTE_A_BOOK =
  /(?:[ \u00a0]+(?:er|ooit|al|zelfs|eens|daar|hier|daarover|hierover|toen|later)){0,3}[ \u00a0]+(?:een|het|zijn|haar|dat|dit)(?:[ \u00a0]+\p{Ll}+){0,2}?[ \u00a0]+(?:boek|boeken|handboek|kinderboek|roman|klassieker)(?![\p{L}])/uy;
const WRITE_VERBS = new Set('schreef schrijft schreven'.split(' '));

/**
 * "Carry Slee schreef er ooit een heel boek over": a full name (two plain capitalised words) before a verb of writing and a book later
 * in the clause is an author, when the surname is no Dutch surname of the list ("Noor Visser schreef een boek" stays a name).
 */
function wroteBookAt(text: string, tokens: readonly Token[], i: number): boolean {
  const first = tokens[i];
  const last = tokens[i + 1];
  const verb = tokens[i + 2];
  if (!first || !last || !verb || !WRITE_VERBS.has(verb.folded) || !adjacent(text, first, last) || !adjacent(text, last, verb)) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(first.text) || !/^\p{Lu}\p{Ll}+$/u.test(last.text) || isDutchSurname(last.text)) return false;
  WROTE_A_BOOK.lastIndex = verb.end;
  return WROTE_A_BOOK.test(text);
}

/** Singing: "zoals André Hazes zingt". */
const SING_VERBS = new Set('zingt zong zongen zingen rapt rapte'.split(' '));
/** Quoting an author: "citeerde Bessel van der Kolk". */
const QUOTE_VERBS = new Set('citeerde citeert citeerden citeren citeer quote quootte'.split(' '));
/** A body of work before "van": "het werk van Ross Greene", "de visie van ...". */
const SOURCE_OF_BEFORE = /(?:\bwerk|\bvisie|\bideeën|\bgedachtegoed|\btheorieën)[ \u00a0]+van[ \u00a0]+$/iu;

/**
 * A work, theory or method and "van" (after R): after these a full name is the author whatever the surname ("het boek van Micha de
 * Winter", "de aanpak van Ross Greene"); "werk" and "alles" alone are not (one's job, one's things): see workInContext.
 */
const WORK_OF_BEFORE =
  /(?:\bboek(?:en)?|\btheorie(?:ën)?|\bmodel(?:len)?|\bmethodes?|\baanpak|\bvisie|\bideeën|\bgedachtegoed|\blezing(?:en)?|\bartikel(?:en)?|\bpodcast(?:s)?|\bTED-talk)[ \u00a0]+van[ \u00a0]+$/iu;
/**
 * After S: a work and its capitalised title before "van" ("het boek Het explosieve kind van Ross Greene", "de film Inside Out van
 * ..."): the name after it is the author. The title starts with a capital right after the work noun, at most six words.
 */
const TITLED_WORK_BEFORE =
  /\b(?:boek|boekje|film|documentaire|artikel|podcast)[ \u00a0]+["'“‘]?\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+[\p{L}'’-]+){0,5}["'”’]?[ \u00a0]+van[ \u00a0]+$/u;
/** Reading or published work earlier in the sentence makes "werk/alles van" a body of work ("leest ... alles van", "het werk van X over"). */
const READING_BEFORE = /(?:\blees\p{L}*|\blas\b|\blazen\b|\bgelezen|\bboek\p{L}*|\bschrijver|\bauteur)[^.;!?\n]*$/iu;
/** A private person marked right after a name: an age or a relation ("Sanne de Wit (12)", ", de moeder van", ", haar zus"). */
const PRIVATE_AFTER =
  /^[ \u00a0]*[,(][ \u00a0]*(?:\d|(?:de|haar|zijn|hun|onze|mijn|een)?[ \u00a0]*(?:moeder|vader|ouders?|zus\p{L}*|broer\p{L}*|oma|opa|tante|oom|nicht|neef|klasgeno\p{L}+|vriend\p{L}*|buur\p{L}*|leerling|pleeg\p{L}*|stief\p{L}*|dochter|zoon|juf|meester|mentor|cliënt\p{L}*)(?![\p{L}]))/iu;

/** "werk van"/"alles van" with a topic after the name ("het werk van X over schaamte") or reading earlier in the sentence. */
function workInContext(text: string, tokens: readonly Token[], i: number, last: number): boolean {
  const cue = (tokens[i - 2]?.folded ?? '');
  if (cue !== 'werk' && cue !== 'alles') return false;
  if ((tokens[last + 1]?.folded ?? '') === 'over' && adjacent(text, tokens[last], tokens[last + 1])) return true;
  return READING_BEFORE.test(text.slice(Math.max(0, (tokens[i - 2]?.start ?? 0) - 60), tokens[i - 2]?.start ?? 0));
}

/** "Nieuwe Autoriteit van", "Collaborative Problem Solving van": two capitalised words before "van" (token `v`), no person's name. */
function methodNameBefore(text: string, tokens: readonly Token[], v: number): boolean {
  const a = tokens[v - 2];
  const b = tokens[v - 1];
  if (!a || !b || !/^\p{Lu}\p{Ll}+$/u.test(a.text) || !/^\p{Lu}\p{Ll}+$/u.test(b.text)) return false;
  if (!adjacent(text, a, b) || !adjacent(text, b, tokens[v])) return false;
  // "het Sociaal Team van Anouk Vermeulen", "de Raad van ...": an organisation or its part is no method; its people stay names.
  return !isPersonListName(a.text) && !isPersonListName(b.text) && !isInstitutionType(b.text) && !ORGANISATION_END.test(b.folded);
}
const ORGANISATION_END = /(?:team|dienst|afdeling|groep|raad|bureau|centrum|huis|punt|loket|zorg|hulp|school|college|praktijk|stichting|vereniging|gemeente|instituut)$/u;

/** First names that start a chain named after a person (the hand-picked list in places.ts: "Dirk van den Broek", "Jan Linders"). */
const CHAIN_FIRST_NAMES = new Set(['Dirk', 'Jan', 'Hans', 'Bart']);
const SHOP_PREPOSITIONS = new Set(['bij', 'naar', 'van', 'in', 'langs']);

/** After S: the animal's name in apposition ends at a comma, or at the end of the sentence ("Zijn hond, Max."). */
const PET_APPOSITION_END = /^(?:,|[.!?](?:\s|$)|$)/u;
/** "een hond die hij zelf Bobbie had genoemd": a relative clause on an animal that names it. */
const NAMED_VERBS = new Set(['genoemd', 'noemde', 'noemden', 'noemt', 'noemen', 'gedoopt', 'doopte']);
/** Names of the idiom for turning fifty ("heeft Abraham gezien", "wordt Sarah"). */
const FIFTY_IDIOM = new Set(['Abraham', 'Sarah', 'Sara']);
/**
 * Demonyms that are also first names: after "is/een/als" with the country or language in the same sentence it is the nationality
 * ("Stiefvader is Noor en spreekt Noors"); "Noor is ziek" and "de leerling heet Noor" stay names.
 */
const DEMONYM_NAMES = new Map<string, RegExp>([
  ['Noor', /\bNoor(?:s|se|wegen)\b/u],
  ['Fin', /\bFin(?:s|se|land)\b/u],
  ['Deen', /\bDe(?:ens|ense|nemarken)\b/u],
  ['Zweed', /\bZwe(?:eds|edse|den)\b/u],
]);
/** After S: a policy or programme named as a compound and a capitalised word ("De Hervormingsagenda Jeugd", "Actieplan Jeugd"). */
// After AM: a head of three letters or more ("Hiwet", a first name, is no law).
const POLICY_NAME = /^\p{Lu}\p{Ll}{2,}(?:agenda|plan|akkoord|programma|regeling|pact|deal|strategie|nota|wet|beleid|convenant)$/u;

/** After U/V: a name as the theme of an activity: "een avondspel met Robin Hood als thema". */
const THEME_AFTER = /^[ \u00a0]+als[ \u00a0]+(?:thema|motto|titel)(?![\p{L}])/u;
/** After V: verbs of drawing; what a child draws over and over is a character more often than a person. */
const DRAW_VERBS = new Set('tekent tekende tekenden tekenen kleurt kleurde kleurden boetseert boetseerde'.split(' '));
const DRAW_ADVERBS = new Set('steeds vaak altijd graag alleen nog weer telkens vooral het liefst elke dag'.split(' '));
/** After V: a surname alone after a published work (optionally "over" a topic) and "van" is its author. */
const WORK_SURNAME_BEFORE =
  /(?:\bboek(?:en|je)?|\bhandboek|\bartikel|\bstudie|\bonderzoek|\bbiografie)(?:[ \u00a0]+over(?:[ \u00a0]+\p{Ll}+){1,3})?[ \u00a0]+van[ \u00a0]+$/iu;
/** After V: a person's name is given after these, not an animal's: a person noun or cue between the animal and the name. */
const NAMING_PRONOUNS = new Set(['ie', 'hij', 'ze', 'zij', 'het']);

/**
 * The end of a run of capitalised words (and tussenvoegsels between them) starting at token i. `runEnds` remembers the end for every
 * token the run passed (the same from each of them), so asking from each word of a long run stays linear: "de Vries de Vries ..."
 * repeated over a text was quadratic.
 */
function capitalRunEnd(text: string, tokens: readonly Token[], i: number, runEnds: Int32Array): number {
  let k = i;
  const passed: number[] = [];
  for (;;) {
    const known = runEnds[k] ?? -1;
    if (known >= 0) {
      k = known;
      break;
    }
    passed.push(k);
    const t = tussenvoegselAt(text, tokens, k + 1);
    const n = k + 1 + t;
    if (!adjacent(text, tokens[k], tokens[k + 1]) || !adjacent(text, tokens[n - 1], tokens[n]) || !startsUpper(tokens[n]?.text ?? '')) break;
    k = n;
  }
  for (const p of passed) runEnds[p] = k;
  return k;
}

/** After V: "heb je de hond gezien? zo'n grote, Max heette ie": an animal word earlier on the line, and no person word after it. */
function animalNamedBefore(text: string, tokens: readonly Token[], i: number): boolean {
  const lineStart = text.lastIndexOf('\n', tokens[i]?.start ?? 0);
  for (let k = i - 1; k >= Math.max(0, i - 12) && (tokens[k]?.start ?? -1) > lineStart; k--) {
    const w = (tokens[k]?.folded ?? '');
    if (PET_OR_TOY.has(w)) return true;
    if (PERSON_NOUNS.has(w) || CUES.has(w) || (isListedName(tokens[k]?.text ?? '') && startsUpper(tokens[k]?.text ?? ''))) return false;
  }
  return false;
}

const ENGLISH_MONTH_NAMES = new Set(['april', 'may', 'june', 'august']);
const ENGLISH_TIME_BEFORE = new Set('of by before until till since early late mid next last during in'.split(' '));
const HEAD_TITLES = new Set(['Koning', 'Koningin', 'Paus', 'Keizer', 'Prins', 'Prinses', 'Sultan', 'Dalai']);

/**
 * Tokens that name no one in the casus: an animal or toy ("hond Luna", "kat heet Max"), a famous person or a
 * character ("fan van Messi en Ronaldo", "verkleed als Elsa", "een boek van Roald Dahl"). The whole name
 * (capitalised words, tussenvoegsels, a second name after "en") is covered.
 */
function notPersonTokens(text: string, tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  const runEnds = new Int32Array(tokens.length + 1).fill(-1);
  // "De Koning sprak op Koningsdag", "De Paus zei": a sentence opening with "De" and a head of state or church is the title,
  // not the surname (a person of that name is "meneer De Koning" or "Jan de Koning").
  for (let i = 0; i + 1 < tokens.length; i++) {
    // After W/X: "the second week of May", "by June": an English month that is also a first name, after an English word of time, is the
    // month ("met May" stays a name); "Let's discuss" is the English contraction, not a possessive of a name.
    if (ENGLISH_MONTH_NAMES.has((tokens[i + 1]?.folded ?? '')) && ENGLISH_TIME_BEFORE.has((tokens[i]?.folded ?? '')) && adjacent(text, tokens[i], tokens[i + 1])) {
      out.add(i + 1);
    }
    if (tokens[i]?.text.length === 5 && /^Let['’]s$/u.test(tokens[i]?.text ?? '') && startsLower(tokens[i + 1]?.text ?? '')) out.add(i);
    // After Y: regional Dutch (Limburgs, Zeeuws, Twents) writes "mijn" as "mien" and "naar" as "noa"/"nao", which the first-name
    // lists hold (Mien, Noa). Such a word is the function word when its function shows in the next word: a possessive before a
    // lowercase word that is no verb the guard knows ("mien sjoonmoder", "Mien dochter"), a preposition before an article and no
    // surname ("noa de zomer", "noa 't Walcherse"; "noa de jong" keeps its surname). And the word after a clitic "'k" opening a
    // clause is its verb ("'k Ebbe mee de juf gepraot").
    // (Only short tokens can be one of these words: the length test spares a fold per token on the hot path.)
    if ((tokens[i]?.text.length ?? 0) <= 4) {
      const w = tokens[i];
      const f = fold(w?.text ?? '');
      const next = tokens[i + 1];
      if (w && next && adjacent(text, w, next)) {
        if (DIALECT_POSSESSIVES.has(f) && /^\p{Ll}{2,}$/u.test(next.text) && !KNOWN_VERBS.has(next.text) && !isFirstName(next.text) && !TUSSEN_WORDS.has(next.text)) out.add(i);
        // (After CG not before a capitalised listed surname that is also a place: "Noa de Vries".)
        else if (DIALECT_TO.has(f) && DIALECT_ARTICLES.has(next.folded) && surnameAfter(text, tokens, i + 1) < 0 && lowerSurnameAfter(text, tokens, i + 1) < 0 &&
          !(/^\p{Lu}\p{Ll}+$/u.test(tokens[i + 2]?.text ?? '') && isSurnameCore(tokens[i + 2]?.text ?? ''))) out.add(i);
      }
      if (f === 'k' && i + 1 < tokens.length && /['’]$/u.test(text.slice(Math.max(0, (w?.start ?? 0) - 1), w?.start ?? 0)) && /^[ \u00a0]+$/u.test(text.slice(w?.end ?? 0, next?.start ?? 0))) out.add(i + 1);
    }
    if (tokens[i]?.text === 'De' && HEAD_TITLES.has(tokens[i + 1]?.text ?? '') && adjacent(text, tokens[i], tokens[i + 1]) && isSentenceInitial(text, tokens[i]?.start ?? 0)) {
      out.add(i);
      out.add(i + 1);
    }
    // "Carl Rogers schreef al dat ...": a full name whose surname the lists have only as a foreign first name or proper name, not
    // as a Dutch surname, before a verb of writing or claiming and a mark of a known statement ("al", "ooit", "in zijn boek") is
    // an author. "Marloes schreef in het verslag" and "Marloes Jansen schreef al" stay names.
    if (AUTHOR_VERBS.has((tokens[i + 2]?.folded ?? '')) && ((isFirstName(tokens[i]?.text ?? '') && authorAt(text, tokens, i)) || wroteBookAt(text, tokens, i))) {
      out.add(i);
      out.add(i + 1);
    }
    // "Net zoals André Hazes zingt, ...": a comparison with a full name that sings is a singer, when the surname is no Dutch
    // surname of the list ("zoals Sanne Bakker zingt" stays a name).
    if (SING_VERBS.has((tokens[i + 2]?.folded ?? '')) && ((tokens[i - 1]?.folded ?? '') === 'zoals' || (tokens[i - 1]?.folded ?? '') === 'als') &&
      isFirstName(tokens[i]?.text ?? '') && /^\p{Lu}\p{Ll}+$/u.test(tokens[i + 1]?.text ?? '') && !isDutchSurname(tokens[i + 1]?.text ?? '') &&
      adjacent(text, tokens[i], tokens[i + 1]) && adjacent(text, tokens[i + 1], tokens[i + 2])) {
      out.add(i);
      out.add(i + 1);
    }
  }
  for (let i = 1; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok) continue;
    const upper = startsUpper(tok.text);
    const prev = (tokens[i - 1]?.folded ?? '');
    // After T: "noemt zijn knuffel Pluk, naar Pluk van de Petteflet": a pet or toy named after someone of the same name, given
    // right after the pet's name, is a namesake (a character or a famous person). A relative named there keeps its cue ("naar opa Kees").
    if (upper && prev === 'naar' && i >= 2 && out.has(i - 2) && tokens[i - 2]?.text === tok.text && /^,[ \u00a0]+$/u.test(text.slice(tokens[i - 2]?.end ?? 0, tokens[i - 1]?.start ?? 0))) {
      out.add(i);
      for (let j = i + 1; j < tokens.length && adjacent(text, tokens[j - 1], tokens[j]); j++) {
        const t = tokens[j]?.text ?? '';
        if (!startsUpper(t) && !TUSSEN_WORDS.has(fold(t))) break;
        out.add(j);
      }
      continue;
    }
    const petGap = text.slice(tokens[i - 1]?.end ?? 0, tok.start);
    // "dat paard, Storm, was zijn beste vriend": also the animal's name as an apposition between commas.
    const petBefore =
      (PET_OR_TOY.has(prev) && (/^[ \u00a0]*["'“‘]?$/u.test(petGap) || (/^,[ \u00a0]+$/u.test(petGap) && PET_APPOSITION_END.test(text.slice(tok.end, tok.end + 2))))) ||
      ((prev === 'heet' || prev === 'heette' || prev === 'genaamd') && PET_OR_TOY.has((tokens[i - 2]?.folded ?? '')));
    const pet = petBefore && (upper || isFirstName(tok.text));
    if (!pet && !upper) continue;
    const startsRun = !startsUpper(tokens[i - 1]?.text ?? '') || !adjacent(text, tokens[i - 1], tok);
    // After U: "een avondspel met Robin Hood als thema": a name given as the theme or title of an activity is no one in the casus.
    if (startsRun) {
      const end = capitalRunEnd(text, tokens, i, runEnds);
      if (THEME_AFTER.test(text.slice(tokens[end]?.end ?? 0, (tokens[end]?.end ?? 0) + 24))) {
        for (let k = i; k <= end; k++) out.add(k);
        i = end;
        continue;
      }
    }
    // After V: "starten met Parent Management Training Oregon": mid-sentence, a capitalised word before two or more capitalised
    // frequent words that no list has as a name is part of a title (a method, programme or organisation), not a person. Only
    // after a lowercase word, so that a heading in title case ("Gesprek Met Sanne Over School") keeps its names.
    if (startsRun && startsLower(tokens[i - 1]?.text ?? '') && adjacent(text, tokens[i - 1], tok)) {
      const a = tokens[i + 1];
      const b = tokens[i + 2];
      const titleWord = (t: Token | undefined): boolean => !!t && /^\p{Lu}\p{Ll}{3,}$/u.test(t.text) && isFrequentWord(t.text) && !isPersonListName(t.text) && !isKnownPlace(t.text);
      if (adjacent(text, tok, a) && adjacent(text, a, b) && titleWord(a) && titleWord(b)) {
        const end = capitalRunEnd(text, tokens, i, runEnds);
        for (let k = i; k <= end; k++) out.add(k);
        i = end;
        continue;
      }
    }
    // After V: "Hij tekent steeds Pikachu en Mario": after a verb of drawing (and adverbs), capitalised names joined by "en" or commas
    // are characters when one of them is no listed name, frequent word or place ("tekent Sanne en haar broer" keeps Sanne).
    if (startsRun) {
      let v = i - 1;
      while (v > 0 && DRAW_ADVERBS.has((tokens[v]?.folded ?? ''))) v--;
      {
        if (DRAW_VERBS.has((tokens[v]?.folded ?? ''))) {
          // Each item is a run of capitalised words ("Dikkie Dik"); items are joined by "en" or a comma.
          const items: number[] = [];
          let k = i;
          for (;;) {
            if (!/^\p{Lu}\p{L}+$/u.test(tokens[k]?.text ?? '')) break;
            const end = capitalRunEnd(text, tokens, k, runEnds);
            for (let m = k; m <= end; m++) items.push(m);
            const sep = text.slice(tokens[end]?.end ?? 0, tokens[end + 1]?.start ?? 0);
            if ((tokens[end + 1]?.folded ?? '') === 'en' && startsUpper(tokens[end + 2]?.text ?? '')) k = end + 2;
            else if (/^,[ \u00a0]+$/u.test(sep) && startsUpper(tokens[end + 1]?.text ?? '')) k = end + 1;
            else break;
          }
          const character = (t: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(t) && !isListedName(t) && !isFrequentWord(t) && !isKnownPlace(t) && !isNotName(t);
          if (items.length > 1 && items.some((k2) => character(tokens[k2]?.text ?? ''))) {
            for (const k2 of items) out.add(k2);
            i = items[items.length - 1] ?? i;
            continue;
          }
        }
      }
    }
    // After V: "zo'n grote, Max heette ie": a name before "heet(te)" and a pronoun, with an animal earlier on the line, is the animal's.
    if (upper && /^(?:heet|heette)$/u.test((tokens[i + 1]?.folded ?? '')) && NAMING_PRONOUNS.has((tokens[i + 2]?.folded ?? '')) &&
      adjacent(text, tok, tokens[i + 1]) && animalNamedBefore(text, tokens, i)) {
      out.add(i);
      continue;
    }
    // After V: "het boek over intervisie van Hendriksen": a listed surname alone (no first name, nothing capitalised after it) after a
    // published work and "van" is its author ("het boek van Sanne" keeps a first name: a child's own book).
    if (prev === 'van' && isSurnameCore(tok.text) && !isFirstName(tok.text) && !(adjacent(text, tok, tokens[i + 1]) && startsUpper(tokens[i + 1]?.text ?? '')) &&
      WORK_SURNAME_BEFORE.test(text.slice(Math.max(0, tok.start - 60), tok.start))) {
      out.add(i);
      continue;
    }
    // "een trui van Nike", "schoenen van Puma": after a product and "van" one capitalised word that no name list has
    // as a person's name (OpenTaal's proper names include brands) is the maker.
    if (!pet && prev === 'van' && PRODUCTS.has((tokens[i - 2]?.folded ?? '')) && !isPersonListName(tok.text) && !startsUpper(tokens[i + 1]?.text ?? '')) {
      out.add(i);
      continue;
    }
    // "wil Elsa zijn in het kerstspel", "wil Messi worden": a name as the part someone wants to be or play is a role.
    const modal = MODALS.has(prev) || (ROLE_ADVERBS.has(prev) && MODALS.has((tokens[i - 2]?.folded ?? '')));
    if (!pet && modal && ROLE_VERBS.has((tokens[i + 1]?.folded ?? '')) && adjacent(text, tok, tokens[i + 1]) &&
      /^(?:[ \u00a0]*(?:[,.;:!?)]|$)|[ \u00a0]+(?:in|bij|als|op|tijdens|met|voor|en)\b)/u.test(text.slice(tokens[i + 1]?.end ?? 0, (tokens[i + 1]?.end ?? 0) + 10))) {
      out.add(i);
      continue;
    }
    // "kijkt elke avond naar Dr. Phil": after watching or following, a title before a lone first name that is no surname is a TV
    // persona. A doctor in a casus is named by surname ("Dr. Scheepmaker"), in full, or acts ("Dr. Anna belde"): those stay names.
    if (!pet && (prev === 'dr' || prev === 'prof') && codeAt(text, tokens[i - 1]?.end ?? 0) === 46 && isFirstName(tok.text) && !isSurnameCore(tok.text) &&
      surnameAfter(text, tokens, i + 1) < 0 && MEDIA_BEFORE.test(text.slice(Math.max(0, tok.start - 45), tokens[i - 1]?.start ?? 0))) {
      out.add(i);
      continue;
    }
    // "die alleen nog Fortnite speelt", "dat hij Roblox speelde": an unlisted word between an adverb or a subject pronoun and a
    // verb of playing is the game (the player is the subject before it); "dat Sevda speelt" keeps the player.
    if (!pet && GAME_OBJECT_BEFORE.has(prev) && GAME_VERBS.has((tokens[i + 1]?.folded ?? '')) && adjacent(text, tokens[i - 1], tok) &&
      adjacent(text, tok, tokens[i + 1]) && !isListedName(tok.text)) {
      out.add(i);
      continue;
    }
    // "volgens Haim Omer": a full name whose surname the Dutch surname list lacks, after "volgens", is an author; "citeerde Bessel
    // van der Kolk": any full name quoted is. "volgens Marloes", "volgens Sanne Bakker" stay names (a colleague is cited too).
    // After R: after a strong cue of a work, theory or method and "van" (WORK_OF_BEFORE, a capitalised method name of two words:
    // "Nieuwe Autoriteit van", or "werk"/"alles" in a context of published work) any full name is its author, Dutch surname or not
    // ("het boek van Micha de Winter"), unless a private person is marked right after it ("het boek van Sanne de Wit (12)").
    // A first name alone stays a name ("het boek van Sanne"), and "Ik heb het werk van Jesse Smit nagekeken" stays one.
    if (!pet && (prev === 'volgens' || prev === 'van' || QUOTE_VERBS.has(prev)) && /^\p{Lu}\p{Ll}+$/u.test(tok.text) &&
      (isListedName(tok.text) || (prev === 'van' && !isFrequentWord(tok.text))) && adjacent(text, tokens[i - 1], tok)) {
      const last = surnameAfter(text, tokens, i + 1);
      const lastTok = tokens[last];
      if (last > i && lastTok) {
        const before = text.slice(Math.max(0, tok.start - 40), tok.start);
        const strong = prev === 'van' && (WORK_OF_BEFORE.test(before) || TITLED_WORK_BEFORE.test(text.slice(Math.max(0, tok.start - 90), tok.start)) || methodNameBefore(text, tokens, i - 1) || workInContext(text, tokens, i, last));
        const cue = QUOTE_VERBS.has(prev) || prev === 'volgens' || strong || SOURCE_OF_BEFORE.test(before.slice(-30));
        const privateAfter = PRIVATE_AFTER.test(text.slice(lastTok.end, lastTok.end + 30));
        if (cue && !privateAfter && (QUOTE_VERBS.has(prev) || strong || !isDutchSurname(lastTok.text))) {
          for (let k = i; k <= last; k++) out.add(k);
          i = last;
          continue;
        }
        // A private person after a work cue stays a name: skip the older work pattern below too.
        if (privateAfter && (strong || WORK_BEFORE.test(text.slice(Math.max(0, tok.start - 24), tok.start)))) {
          i = last;
          continue;
        }
      }
    }
    // After S: "zijn hond, die hij zelf Bobbie had genoemd": the name in a relative clause on an animal before a verb of naming.
    if (NAMED_VERBS.has((tokens[i + 1]?.folded ?? '')) || NAMED_VERBS.has((tokens[i + 2]?.folded ?? ''))) {
      for (let k = i - 1; k >= Math.max(1, i - 5); k--) {
        const w = (tokens[k]?.folded ?? '');
        if ((w === 'die' || w === 'dat') && PET_OR_TOY.has((tokens[k - 1]?.folded ?? ''))) {
          out.add(i);
          break;
        }
      }
      if (out.has(i)) continue;
    }
    // "vader heeft net Abraham gezien", "moeder wordt Sarah": the idiom for turning fifty (not "ik heb Abraham gezien": a boy seen).
    if (FIFTY_IDIOM.has(tok.text) && (((tokens[i + 1]?.folded ?? '') === 'gezien' && /^(?:heeft|had|net|al|pas|onlangs|zojuist)$/u.test(prev)) ||
      (/^(?:wordt|werd|worden)$/u.test(prev) && /^[ \u00a0]*(?:[.,;!?]|$)/u.test(text.slice(tok.end, tok.end + 2))) ||
      (((tokens[i + 1]?.folded ?? '') === 'gezien' || /^[ \u00a0]*(?:[.,;!?]|$|en[ \u00a0])/u.test(text.slice(tok.end, tok.end + 4))) && /\b(?:wordt|werd)\b[^.;!?]*$/u.test(text.slice(Math.max(0, tok.start - 30), tok.start))))) {
      out.add(i);
      continue;
    }
    const demonym = DEMONYM_NAMES.get(tok.text);
    if (demonym && (prev === 'is' || prev === 'een' || prev === 'als' || prev === 'was') && demonym.test(sentenceBefore(text, tok.start, 80) + tok.text + sentenceAfter(text, tok.end, 80))) {
      out.add(i);
      continue;
    }
    if (POLICY_NAME.test(tok.text) && !isFirstName(tok.text)) {
      out.add(i);
      if (/^\p{Lu}\p{Ll}+$/u.test(tokens[i + 1]?.text ?? '') && adjacent(text, tok, tokens[i + 1])) out.add(++i);
      continue;
    }
    // "een hamster die Kees heet", "een konijn dat Pluis heette": the animal's name in a relative clause before "heet".
    if ((prev === 'die' || prev === 'dat') && PET_OR_TOY.has((tokens[i - 2]?.folded ?? '')) && /^(?:heet|heette|heten)$/u.test((tokens[i + 1]?.folded ?? '')) &&
      adjacent(text, tok, tokens[i + 1])) {
      out.add(i);
      continue;
    }
    // "boodschappen bij de Dirk": "de" and the first name a chain named after a person starts with is the shop (a person is
    // "bij Dirk"); "naar de Jan Linders" likewise.
    if (prev === 'de' && CHAIN_FIRST_NAMES.has(tok.text) && startsLower(tokens[i - 1]?.text ?? '') && SHOP_PREPOSITIONS.has((tokens[i - 2]?.folded ?? '')) &&
      adjacent(text, tokens[i - 1], tok)) {
      out.add(i);
      continue;
    }
    // "Vader is een Limburger": after "een" a place, province or country with "-er" is its demonym, not a surname of that shape
    // (a stem of six letters or more that may be a place: "een Bakker" keeps its surname).
    if (prev === 'een' && /^\p{Lu}\p{Ll}{3,}er$/u.test(tok.text) && (isPlaceOrRegion(tok.text.slice(0, -2)) || (tok.text.length >= 8 && mayBePlace(tok.text.slice(0, -2)))) &&
      !startsUpper(tokens[i + 1]?.text ?? '')) {
      out.add(i);
      continue;
    }
    // Every fame and theory cue ends in one of these words: test the patterns only after them.
    if (!pet && prev !== 'van' && prev !== 'over' && prev !== 'als' && prev !== 'is' && prev !== 'idool' && prev !== 'tot') continue;
    const before = text.slice(Math.max(0, tok.start - 24), tok.start);
    const fame = !pet && (FAME_BEFORE.test(before) || THEORY_BEFORE.test(before) || (WORK_BEFORE.test(before) && adjacent(text, tok, tokens[i + 1]) && startsUpper(tokens[i + 1]?.text ?? '')) ||
      (prev === 'als' && (tokens[i - 2]?.folded ?? '') === 'net' && publicFigureAt(text, tokens, i)));
    if (!pet && !fame) continue;
    let k = i;
    out.add(k);
    for (;;) {
      const t = tussenvoegselAt(text, tokens, k + 1);
      const n = k + 1 + t;
      if (adjacent(text, tokens[n - 1], tokens[n]) && adjacent(text, tokens[k], tokens[k + 1]) && startsUpper(tokens[n]?.text ?? '')) {
        for (let m = k + 1; m <= n; m++) out.add(m);
        k = n;
      } else if (fame && (tokens[k + 1]?.folded ?? '') === 'en' && startsUpper(tokens[k + 2]?.text ?? '')) {
        out.add(k + 2);
        k += 2;
      } else break;
    }
    i = k;
  }
  return out;
}

/** Words around a character from a film, book, game or show ("Elsa uit Frozen"). */
export const STORY_CONTEXT =
  /film|serie|boek|game|spel|verhaal|tekenfilm|disney|kijk|speel|verkleed|fan|knuffel|pop|personage|rol|musical|carnaval|zing|liedje|tekent|tekenen|kostuum|poster|plaatje|held|prinses|superheld|figuur|voorbeeld|vriendin|lees|lezen|voorgelezen|net zo|idool|lievelings|favoriet/iu;

/** Before a title, a brand or a work rather than a person: "de Gruffalo", "een Fortnite-toernooi", "haar Snapchat", "the Caribbean". */
const OPEN_CLASS_BLOCKERS = new Set([
  ...DETERMINERS,
  ..."'t 'n ons m'n je jouw z'n uw welke the a an of and der den ter ten".split(' '),
]);

/**
 * Token i opens a sentence and is unknown (unknown-words.ts), shaped like no Dutch derivation, and a lowercase word follows
 * (no label colon): the subject of the sentence, a person ("Feruza is vandaag ...", "Olek huilde", "; Jaylano (15) ...").
 */
function openClassSubjectAt(text: string, tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i];
  const next = tokens[i + 1];
  if (!tok || !next || !/^\p{Lu}\p{Ll}/u.test(tok.text) || CUES.has(tok.folded) || !isSentenceInitial(text, tok.start)) return false;
  if (!startsLower(next.text) && !/^[ \u00a0]*\(\d/u.test(text.slice(tok.end, tok.end + 4))) return false;
  // Only spaces (and emoji: "Olek 😢 huilde") between: not a label colon, nor a comma of a list ("Smit, bakker of kapper").
  if (!/^[ \u00a0\p{Extended_Pictographic}\uFE0F]+$/u.test(text.slice(tok.end, next.start)) && !/^[ \u00a0]*\(\d/u.test(text.slice(tok.end, tok.end + 4))) return false;
  // "Deep dive:", "Key learning:": a label of two words.
  if (/^[ \u00a0]*:/u.test(text.slice(next.end, next.end + 2))) return false;
  // After AH: a finite verb must follow (or an age in brackets): a word of another language opening a sentence ("Salam juf,",
  // "Merhaba hocam,", "Przepraszam bardzo") or a Dutch word before a noun is no subject. "Feruza is", "Olek huilde", "Tyrone meldt".
  // Also "en" and another capitalised word ("Semhar en Filmon Tesfay zitten"), and "uit groep 8" ("Wessel uit groep 8 ligt").
  const pair = next.folded === 'en' && (startsUpper(tokens[i + 2]?.text ?? '') || PAIR_PRONOUNS.has((tokens[i + 2]?.folded ?? '')));
  const inClass = next.folded === 'uit' && /^[ \u00a0]+(?:groep|klas)[ \u00a0]*\d/u.test(text.slice(next.end, next.end + 12));
  if (!/^[ \u00a0]*\(\d/u.test(text.slice(tok.end, tok.end + 4)) && !pair && !inClass && !FINITE_AFTER_SUBJECT.has(next.folded) && !PERSON_VERBS.has(next.folded) &&
    !STRONG_PERSON_VERBS.has(next.folded) && !/^\p{Ll}{2,}(?:[^aeiou]t|de|te|den|ten)$/u.test(next.text)) return false;
  // At the start a Dutch word is capitalised too, and the frequent-word list has few of the rarer ones ("Herkenbaar", "Inloop"):
  // here a word ending like a compound (endsLikeCompound) and any adjective, participle, plural or learned-noun shape is a word.
  // (A listed name that is no word needs no shape test: "Actiepunt: Ingeborg mailt" ends in "borg".)
  return listedNameNoWord(tok) ||
    (!ADVERB_SHAPE.test(tok.folded) && !NOUN_SHAPE.test(tok.folded) && !ADJECTIVE_SHAPE.test(tok.folded) && !endsLikeCompound(tok.folded) &&
      isUnknownCapitalised(tok.text));
}

/** "Rianne en ik moesten": a subject pronoun after "en" makes the word before it a person. */
const PAIR_PRONOUNS = new Set(['ik', 'jij', 'hij', 'zij', 'ze', 'wij', 'we']);

/**
 * A lowercase listed name that is no word, thing or place (see listedNameNoWord), long enough not to be an abbreviation. OpenTaal's
 * proper names count too ("jolanda", "piotr" are only there), so a brand OpenTaal lists opening a lowercase line before a verb is
 * taken for a person ("nike heeft ..."): a known risk, rare in this field's chat.
 */
function lowercaseListedName(tok: Token | undefined): boolean {
  return !!tok && LOWERCASE_LISTED_NAME_MEMO.get(tok.text, lowercaseListedNameUncached);
}

const LOWERCASE_LISTED_NAME_MEMO = new WordMemo();

function lowercaseListedNameUncached(word: string): boolean {
  return /^\p{Ll}{4,}$/u.test(word) && listedNameNoWordUncached(word) && !isCommonWord(word) && !LOWERCASE_NOT_NAMES.has(fold(word));
}

/** Token i opens a line, a sentence or follows "en", is a lowercase listed name (no word) and a finite verb or "en" + another follows. */
function lowercaseSubjectAt(text: string, tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i];
  const next = tokens[i + 1];
  if (!lowercaseListedName(tok) || !tok || !next || !adjacent(text, tok, next)) return false;
  const prev = tokens[i - 1];
  const opens = isSentenceInitial(text, tok.start) || (prev?.folded === 'en' && adjacent(text, prev, tok) && lowercaseListedName(tokens[i - 2]));
  if (!opens) return false;
  if (next.folded === 'en') return lowercaseListedName(tokens[i + 2]) || isFirstName(tokens[i + 2]?.text ?? '');
  return FINITE_AFTER_SUBJECT.has(next.folded) || PERSON_VERBS.has(next.folded) || STRONG_PERSON_VERBS.has(next.folded) ||
    /^\p{Ll}{2,}(?:[^aeiou]t|de|te)$/u.test(next.text) || PLURAL_PERSON_VERBS.has(next.folded) || PLURAL_FINITE.has(next.folded);
}
/**
 * After IC–IG: the subject after the finite verb when something else opens the clause ("om drie uur werd hamid wakker", "daarna
 * kwam yusuf binnen"): a lowercase listed name that is no word (lowercaseListedName) right after a finite verb of FINITE_AFTER_SUBJECT.
 * (Only that list, not the verb shape: "albert heijn" ends like "-t".)
 */
function lowercaseInvertedSubjectAt(text: string, tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i];
  const verb = tokens[i - 1];
  return !!tok && !!verb && FINITE_AFTER_SUBJECT.has(verb.folded) && adjacent(text, verb, tok) && lowercaseListedName(tok);
}
const PLURAL_FINITE = new Set('zijn waren hebben hadden willen wilden kunnen konden moeten moesten gaan gingen komen kwamen zitten zaten'.split(' '));

/** Does a line (or the text) start at `at`, after optional spaces and a bullet? */
export function isLineStart(text: string, at: number): boolean {
  // Between the line's start and `at` only blanks, or a bullet and blanks (/^[ \t]*(?:[-•*][ \t]+)?$/), read backwards from `at`.
  const blanksBefore = (k: number): number => {
    while (k >= 0 && (codeAt(text, k) === 32 || codeAt(text, k) === 9)) k--;
    return k;
  };
  let k = blanksBefore(at - 1);
  if (k < 0 || codeAt(text, k) === 10) return true;
  const c = charOf(text, k);
  if (k === at - 1 || (c !== '-' && c !== '•' && c !== '*')) return false;
  k = blanksBefore(k - 1);
  return k < 0 || codeAt(text, k) === 10;
}

/** Finite verbs that may follow a sentence's subject and that the verb shape (-t, -de, -te) misses. */
export const FINITE_AFTER_SUBJECT: ReadonlySet<string> = new Set(
  `is was heeft had wil wilde kan kon mag mocht moet moest zal zou gaat ging komt kwam ziet zag doet deed staat stond zit zat ligt lag
blijft bleef krijgt kreeg liet liep zei vroeg gaf nam sliep viel hield schreef vond wist dacht bracht zocht kocht at las sprak reed
trok sloeg droeg riep werd bleek begon kent kende`.split(/\s+/),
);

/** Endings of Dutch adjectives, participles, plurals and learned nouns: "herkenbaar", "pedagogisch", "relevante", "openstaand", "genoemde", "broertjes", "scooters", "logopedie". */
const ADJECTIVE_SHAPE = /(?:baar|bare|isch|ische|ief|ieve|ant|ante|ent|ente|and|ende|ige|lijk|lijke|ale|ele|iek|ieke|oemde|erde|elde|jes|ers|logie|pedie|grafie|fobie|pathie|patie|nomie|sofie)$/u;

/**
 * After AC/AD: a first name (also one that is a word) or an unknown word with a school class after it, in brackets or after a
 * comma: "Mees (gr. 4)", "1. Nova (gr. 3) 2. Fleur (gr. 6)", "Besproken: Hylke, groep 7,". A class belongs to a child.
 */
function classAppositionAt(text: string, tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i];
  if (!tok || !/^\p{Lu}\p{Ll}/u.test(tok.text) || !CLASS_AFTER.test(text.slice(tok.end, tok.end + 16))) return false;
  if (isNotName(tok.text) || CUES.has(tok.folded) || OPEN_CLASS_BLOCKERS.has((tokens[i - 1]?.folded ?? ''))) return false;
  return (isFirstName(tok.text) && !isFrequentWord(tok.text)) || isNameWord(tok.text) || isUnknownCapitalised(tok.text) || listedNameNoWord(tok);
}

/** A listed name (first name, surname or OpenTaal proper name: "Tyrone", "Hylke") that is no word, thing or place. */
function listedNameNoWord(tok: Token): boolean {
  return LISTED_NAME_NO_WORD_MEMO.get(tok.text, listedNameNoWordUncached);
}

const LISTED_NAME_NO_WORD_MEMO = new WordMemo();

function listedNameNoWordUncached(word: string): boolean {
  // (A first name wins over a place shape: "Kasia", "Sofia" end like "Namibia".)
  return isListedName(word) && !isNameWord(word) && !isFrequentWord(word) && !isNotName(word) && !isKnownThing(fold(word)) &&
    (!isPlaceOrRegion(word) || (isFirstName(word) && !isListedPlace(word)));
}
// After AK also a birth after a comma ("Inbreng JGZ: Joy, geboren 28-06-2023").
// After CV also a school level and a year, with more after a comma ("Sara (havo 2, Erasmiaans)").
const CLASS_AFTER = /^[ \u00a0]*(?:\([ \u00a0]*(?:gr\.?|groep|klas|havo|vwo|vmbo|mavo)[ \u00a0]*\d{1,2}[a-z]?[ \u00a0]*[),]|,[ \u00a0]*(?:gr\.?|groep|klas)[ \u00a0]*\d{1,2}(?![\d])|,[ \u00a0]*(?:geboren|geb\.)[ \u00a0]+(?:op[ \u00a0]+)?\d)/u;

/** The ends of words for a group of people ("beginnersgroep", "brugklassers", "kleuterklas"). */
const GROUP_TAIL = /(?:groep|groepen|klas|klassen|klassers|team|teams|school|scholen)$/u;

/**
 * After AC: a lowercase word no frequent word is after a formal cue and a tussenvoegsel, as typed in a hurry ("mw de vriess
 * gebelld", "dhr van beurden"): the surname, with its tussenvoegsel. Returns the tussenvoegsel's token.
 */
function formalLowercaseSurnameAt(text: string, tokens: readonly Token[], i: number): Token | undefined {
  const tok = tokens[i];
  if (!tok || !/^\p{Ll}{2,}(?:-\p{Ll}+)?$/u.test(tok.text)) return undefined;
  // Back over up to three lowercase tussenvoegsels ("van den berg") to the cue.
  let j = i - 1;
  while (j >= 0 && i - j <= 3 && /^(?:de|van|der|den|ter|ten|te|el|al)$/u.test(tokens[j]?.text ?? '') && adjacent(text, tokens[j], tokens[j + 1])) j--;
  const cue = tokens[j];
  const first = tokens[j + 1];
  if (!cue || !first) return undefined;
  // After AQ also "pleeggezin van den berg": a compound of "gezin".
  // After AU also a title before a tussenvoegsel ("dokter van leeuwen", "meester de wit").
  // Not "juf van de kleutergroep", "meester van groep 5": a teacher "of" a group.
  const teacherOf = (cue.folded === 'juf' || cue.folded === 'meester') && first.folded === 'van';
  // (After EH–EK also foster parents: "de pleegouders bakker willen".)
  if (!FORMAL_CUES.has(cue.folded) && !(cue.folded.length > 5 && cue.folded.endsWith('gezin')) && cue.folded !== 'pleegouders' && !(j < i - 1 && TUSSEN_TITLES.has(cue.folded) && !teacherOf)) return undefined;
  if (!/^\.?[ \u00a0]$/u.test(text.slice(cue.end, first.start))) return undefined;
  const tussen = i - j - 1;
  // Two letters only after a tussenvoegsel ("mevrouw van os"), never alone ("mevrouw is").
  if (tok.text.length < 3 && tussen === 0) return undefined;
  // "ouders te motiveren": "te" and an infinitive.
  if (tussen === 1 && tokens[i - 1]?.text === 'te' && /en$/u.test(tok.text)) return undefined;
  // (After CJ a place's name is a family's too before where they live: "gezin haverkamp in assen".)
  const familyBeforePlace = tussen === 0 && (cue.folded.endsWith('gezin') || cue.folded === 'familie' || cue.folded === 'fam') && /^(?:in|uit|woont|wonen)$/u.test(tokens[i + 1]?.folded ?? '');
  if (familyBeforePlace && isPlaceOrRegion(tok.text) && !isNotName(tok.text)) return first;
  if (isNotName(tok.text) || (tussen < 2 && isPlaceOrRegion(tok.text) && !(tussen === 1 && isSurnameCore(tok.text)))) return undefined;
  // After DA–DC: "alle ouders van de beginnersgroep", "van de brugklassers": a group of people, not a surname.
  if (tussen > 0 && GROUP_TAIL.test(tok.folded) && !isSurnameCore(tok.text)) return undefined;
  // After DV–DY: an adjective before a person is no surname ("de ouders van de jongste jongen").
  // (After ED–EG also an ordinal or superlative alone: "de ouders van de jongste gebeld".)
  if (tussen > 0 && (PERSON_NOUNS.has(tokens[i + 1]?.folded ?? '') || RANKS.has(tok.folded))) return undefined;
  // (After ED–EG a plural with a diaeresis, which folding takes from the dictionary's spelling, is known too: "in de familie
  // allergieën voorkomen".)
  const knownWithDiaeresis = /[ëï]/u.test(tok.text) && /K/u.test(lexicalClass(tok.folded)) && !/[FS]/u.test(lexicalClass(tok.folded));
  if (!isKnownWord(tok.folded) && !knownWithDiaeresis) return tussen > 0 || FORMAL_TITLES.has(cue.folded) ? first : undefined;
  // After AV: after a title alone a listed surname that is no frequent word ("dhr rozenberg", "fam. chen"), and after
  // "familie"/"fam" any listed surname that names no role ("familie vos uit de kruidenbuurt").
  // (After CE not a plural verb: "In de familie komen depressie en angst voor".)
  // (After EH–EK also after a foster family, "pleeggezin visser in drachten", "de pleegouders bakker willen".)
  const foster = cue.folded === 'pleeggezin' || cue.folded === 'pleegouders';
  if (tussen === 0 && (FORMAL_TITLES.has(cue.folded) || foster) && (isSurnameCore(tok.text) || isDutchSurname(tok.text)) && !ROLE_WORDS.has(tok.folded) && !PLURAL_FINITE.has(tok.folded) &&
    (!isFrequentWord(tok.text) || cue.folded === 'familie' || cue.folded === 'fam' || (foster && /A/u.test(lexicalClass(tok.folded)) && !/(?:en|t)$/u.test(tok.folded)))) return first;
  // A word after a tussenvoegsel: a listed surname that names no role ("mevrouw de boer", "familie van den berg"; not "mevrouw de
  // directeur", "familie van de buren").
  if (tussen >= 1 && isSurnameCore(tok.text) && !ROLE_WORDS.has(tok.folded)) return first;
  return undefined;
}

/** Titles after which an unknown lowercase word is a surname without a tussenvoegsel (after AQ: "mevrouw oduya", "fam. bouali"). */
const FORMAL_TITLES = new Set(['mevrouw', 'meneer', 'mijnheer', 'mevr', 'mw', 'dhr', 'heer', 'familie', 'fam']);
/** Titles of a profession before a lowercase tussenvoegsel and surname. */
const TUSSEN_TITLES = new Set(['dokter', 'meester', 'juf', 'dr', 'drs', 'mr', 'advocaat', 'notaris', 'zuster', 'wijkagent']);
/** Roles that follow "de" after a title: "mevrouw de directeur", "meneer de voorzitter". */
const ROLE_WORDS = new Set('directeur directrice voorzitter rechter juf meester dokter arts mentor leraar lerares docent coordinator burgemeester wethouder officier notaris advocaat'.split(' '));

const COMMUNITY_ADJECTIVE = /(?:aanse|iaanse|landse|eese|ese|ische|ijnse|oonse|aase|ense)$/u;

/** A chat export line's time stamp and sender: "[10:18] ", "[12-03-2025 10:18:22] ", "12-03-2025 10:18 - ", then the name and a colon. */
const CHAT_SENDER = /^[ \t]*(?:\[(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \u00a0])?\d{1,2}:\d{2}(?::\d{2})?\][ \u00a0]*|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \u00a0]\d{1,2}:\d{2}[ \u00a0]+-[ \u00a0]+)((?:\p{L}[\p{L}'’.-]*[ \u00a0]?){1,4})[ \u00a0]*(?:\p{Extended_Pictographic}\uFE0F?[ \u00a0]*)*:/dgmu;
const SHARED_SURNAME_INITIAL = /(?<![\p{L}.])\p{Lu}\.(?=[ \u00a0]en[ \u00a0]\p{Lu}\.[ \u00a0]?(?:\p{Lu}\.[ \u00a0]?)*\p{Lu}\p{Ll}+)/gu;
const SPOKEN_POSSESSIVES = new Set(['zijn', "z'n", 'haar', "d'r"]);
/** One capital and a dot after a first name, then the end or a space: an initial of the surname. */
const INITIAL_AFTER = /^[ \u00a0]\p{Lu}\.(?=$|[ \u00a0\n,;:)])/u;

/** Fillers of speech that a transcript keeps: skipped between a naming cue and the name. */
const FILLERS = new Set(['eh', 'ehm', 'euh', 'uh', 'uhm', 'ehh', 'hm']);

/** Prepositions of place: an unknown word after them is where, not who. */
const OPEN_CLASS_PLACE_BEFORE = new Set(['in', 'uit', 'vanuit', 'te', 'nabij', 'richting']); // not "naar": "stuur het naar Feruza"

/** Nouns before the name of a product or work: "de methode Kleuterplein", "de app Parro", "de film Wonder". */
const PRODUCT_NOUNS = new Set([...TITLE_NOUNS, ...'methode programma training cursus app game merk website site platform module tool'.split(' ')]);

/** Token i is the open-class rule's name: unknown (unknown-words.ts), inside a sentence, not after a determiner or in quotes. */
function openClassNameAt(text: string, tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i];
  const prev = tokens[i - 1];
  if (!tok || !prev || !/^\p{Lu}\p{Ll}/u.test(tok.text)) return false;
  if (OPEN_CLASS_BLOCKERS.has(prev.folded) || PRODUCT_NOUNS.has(prev.folded) || ORG_HEADS.has(prev.folded) || ORG_HEADS.has(tok.folded) || CUES.has(tok.folded)) return false;
  // Only spaces, a comma, "&" or an opening bracket between the two words: a quote or a sentence boundary before it is no person slot.
  if (!/^[ \u00a0]*[,&(]?[ \u00a0]*\(?$/u.test(text.slice(prev.end, tok.start))) return false;
  if (isSentenceInitial(text, tok.start) || !isUnknownCapitalised(tok.text)) return false;
  // After AE: adjectives of a community or origin ("Hindoestaanse", "Chinees-Nederlandse") and pronominal adverbs capitalised after a
  // salutation ("Geachte collega, Hierbij ...") are no names.
  if (COMMUNITY_ADJECTIVE.test(tok.folded) || isPronominalAdverb(tok.folded)) return false;
  // Two or more unknown capitalised words in a row are a title or a brand ("Stranger Things", "Paw Patrol"), unless one is a
  // listed name ("Gulnara Karimov" has the surname).
  // A capitalised word next to it that is a known word makes a title, a brand or a programme ("Traumasensitief Opvoeden", "Vroeg
  // Signaleren", "Google Translate"); a listed name or another unknown word makes a full name ("Gulnara Karimov").
  const next = tokens[i + 1];
  const knownCapital = (t: Token): boolean => startsUpper(t.text) && !isListedName(t.text) && !isUnknownCapitalised(t.text);
  if (next && adjacent(text, tok, next) && knownCapital(next)) return false;
  // A known capitalised word before it, inside the sentence or before a comma ("Voorzitter, Notulist, Jeugdarts"), makes a title or a list.
  // (Not across a bracket: "Hendrika Zwart (Riek)" is a calling name after a surname that is a word.)
  if (knownCapital(prev) && !text.slice(prev.end, tok.start).includes('(') && (!isSentenceInitial(text, prev.start) || text.slice(prev.end, tok.start).includes(','))) return false;
  return true;
}

export function detectNames(text: string, tokens: readonly Token[] = tokenize(text)): Candidate[] {
  const out: Candidate[] = [];
  const notPerson = notPersonTokens(text, tokens);
  const starts = new Set<number>();
  const push = (a: number, b: number): void => {
    const s = tokens[a];
    const e = tokens[b];
    if (s && e) {
      out.push({ kind: 'name', start: s.start, end: bare(e).end });
      starts.add(a);
    }
  };

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok) continue;
    const folded = tok.folded;

    // 1. Cue words: "juf Anja", "de moeder van Jelte", "heet Dewi", "mevrouw De Vries", "dhr. Kuijpers", "juf anja".
    const fieldCue = FIELD_CUES.has(folded) && /^:[ \u00a0]/u.test(text.slice(tok.end, tok.end + 2));
    // "Dr. Scheepmaker", "drs. Van Aalst": a title with its dot is a cue for a capitalised name (not "dr" = "d'r" in chat).
    // After AM also a lowercase surname no word is after the title with its dot ("met dr. osei").
    const titleCue = (TITLE_CUES.has(folded) && (charOf(text, tok.end) === '.' || (folded === 'mrs' && startsUpper(tok.text))) &&
      (isCapitalised(tokens[i + 1]?.text ?? '') || (charOf(text, tok.end) === '.' && /^\p{Ll}{3,}$/u.test(tokens[i + 1]?.text ?? '') && !isCommonWord(tokens[i + 1]?.text ?? '')))) ||
      // "Mr Visser"; after AU also the lawyer's "mr. Van Rijn" in lowercase with its dot.
      (MISTER_CUES.has(folded) && (startsUpper(tok.text) || charOf(text, tok.end) === '.') && /^\.?[ \u00a0]$/u.test(text.slice(tok.end, (tokens[i + 1]?.start ?? 0))) &&
        (isListedName(tokens[i + 1]?.text ?? '') || tussenvoegselAt(text, tokens, i + 1) > 0) && isCapitalised(tokens[i + 1]?.text ?? ''));
    const nameNoun = NAME_NOUNS.has(folded);
    // "de case manager van Jurrick": the cue in two words.
    const caseManager = folded === 'manager' && (tokens[i - 1]?.folded ?? '') === 'case';
    // After AP also "iedereen noemt haar Tsega", "ze noemden hem Bo" (with the pronoun between, as for "noemen").
    const naming = NAMING_VERBS.has(folded);
    if (CUES.has(folded) || fieldCue || titleCue || caseManager || naming || nameNoun) {
      let j = i + 1;
      let gapOk = true;
      // skip "we haar", "is", "van", an abbreviation dot and a comma
      for (let skip = 0; skip < 3 && j < tokens.length; skip++) {
        const nxt = tokens[j];
        if (!nxt) break;
        const f = nxt.folded;
        const isCueVerb = (naming || nameNoun || folded === 'heet') && (PRONOUNS.has(f) || f === 'is' || f === 'was');
        const isVan = f === 'van' && !isCapitalised(nxt.text) && !['heet', 'heette', 'genaamd'].includes(folded) && !naming && !nameNoun;
        // After AE: a filler of speech between ("de jongen heet eh tayfun", speech-to-text).
        // After AR also after a title ("mevrouw eh de boer").
        const isFiller = FILLERS.has(f) && (folded === 'heet' || folded === 'heette' || folded === 'genaamd' || nameNoun || FORMAL_CUES.has(folded));
        if (isCueVerb || isVan || isFiller) j++;
        else break;
      }
      if (naming || nameNoun) {
        // only as "noemen we haar X" / "naam is X"; after AP also a form label "Achternaam Wijnaldum, met ij": a capitalised
        // name word opening its line or sentence, a capitalised word after it that ends the item.
        const label = nameNoun && isCapitalised(tok.text) && isSentenceInitial(text, tok.start) && isCapitalised(tokens[j]?.text ?? '') &&
          /^[ \u00a0]+$/u.test(text.slice(tok.end, tokens[j]?.start ?? tok.end)) && /^[ \u00a0]*(?:[,.;\n]|$)/u.test(text.slice(tokens[j]?.end ?? 0, (tokens[j]?.end ?? 0) + 2));
        if (j === i + 1 && !label) gapOk = false;
      }
      const prev = tokens[j - 1];
      const cand = tokens[j];
      if (gapOk && prev && cand) {
        const gap = text.slice(prev.end, cand.start);
        // "moeder: Youssra, 28" in notes: after a colon only a single word that ends the item, or a capitalised first name
        // and surname that end it ("Gegevens kind: Tessel Hooijmans, BSN ...") when neither is a frequent word.
        const endsItem = (tk: Token | undefined): boolean => !!tk && /^[ \u00a0]*(?:[,(\n]|$)/.test(text.slice(tk.end, tk.end + 2));
        const second = tokens[j + 1];
        const noteItem = /^:[ \u00a0]+$/.test(gap) && (endsItem(cand) ||
          (adjacent(text, cand, second) && endsItem(second) && nameWord(cand) && nameWord(second) &&
            ((!isFrequentWord(cand.text) && !isFrequentWord(second?.text ?? '')) ||
              // "Naam vader: Hans Kuipers   BSN: ...": a listed first name and a listed surname, both capitalised, fill the field
              // even when they are words too ("hans", "kuipers").
              (isFirstName(cand.text) && isSurnameCore(second?.text ?? '') && /^\p{Lu}\p{Ll}+$/u.test(cand.text) && /^\p{Lu}\p{Ll}+$/u.test(second?.text ?? '')))));
        // "Ger Wetzels (opa, Heerlen)": after a comma, a known place is where the person lives, not their name.
        const placeAfterComma = gap.includes(',') && isPlaceOrRegion(cand.text) && !isFirstName(cand.text);
        // After AF: a dot only after an abbreviated cue ("mevr. Jansen"); after a whole word it ends the sentence ("... met een collega.
        // Twijfel is ook een signaal").
        const dotOk = !gap.startsWith('.') || ABBREVIATED_CUES.has(folded);
        if (((!fieldCue && dotOk && /^[.]?,?[ \u00a0]{1,2}$/.test(gap)) || (/^:[ \u00a0]/.test(gap) && nameNoun) || noteItem) && !placeAfterComma) {
          const t = tussenvoegselAt(text, tokens, j);
          const k = j + t;
          // "bij een tante in de Vogelwijk": after a preposition as tussenvoegsel, an area or street is where, not who.
          // "bij haar tante in de Bijlmer": after a cue that is no formal title a lowercase preposition is one too (a surname
          // with "In de" is capitalised when no first name precedes it; in chat "mevrouw in 't veld" stays a name).
          const area = t > 0 && /^(?:in|op|uit|bij|aan)$/u.test(tokens[j]?.text ?? '') && (AREA_OR_STREET.test(tokens[k]?.text ?? '') || !FORMAL_CUES.has(folded) || folded === 'gezin' || folded === 'ouders');
          if (!area && nameWord(tokens[k]) && (t === 0 || (adjacent(text, tokens[k - 1], tokens[k]) && tussenOk(text, tokens, j, t)))) {
            let last = k;
            const more = surnameAfter(text, tokens, k + 1);
            if (more >= 0) last = more;
            push(j, last);
            i = last;
            continue;
          }
          // Lowercase, as typed in a chat: "juf anja", "de moeder van jayden", "zuster marloes".
          // "mevrouw de jong", "familie van dijk": a lowercase tussenvoegsel and surname after a formal cue.
          // (After "gezin"/"ouders" a preposition is where they live, not a tussenvoegsel: "het gezin in de wijk Presikhaaf".)
          const familyPreposition = (folded === 'gezin' || folded === 'ouders') && /^(?:in|op|uit|bij|aan)$/u.test(tokens[j]?.text ?? '');
          // (After DV–DY not an adjective before a person: "de ouders van de jongste jongen".)
          const formal = FORMAL_CUES.has(folded) && t > 0 && !familyPreposition && startsLower(tokens[k]?.text ?? '') && isSurnameCore(bare(tokens[k] ?? cand).text) && !isNotName(tokens[k]?.text ?? '') &&
            !PERSON_NOUNS.has(tokens[k + 1]?.folded ?? '') && !RANKS.has(tokens[k]?.folded ?? '');
          // "mevrouw bakker, wil ...", "meneer visser zegt": a lowercase surname that is also a word, right after a
          // formal cue, when a comma, the end or a person verb follows (not "mevrouw kan niet komen").
          const formalWord =
            FORMAL_CUES.has(folded) && t === 0 && startsLower(cand.text) && cand.text.length > 2 && isSurnameCore(bare(cand).text) && !isNotName(cand.text) &&
            // (After CC: after "ouders" a plural verb, "Ouders hebben, indien mogelijk, ...".)
            !PLURAL_FINITE.has(cand.folded) &&
            // (After DD–DI not a frequent infinitive at the end: "we moeten de ouders bellen".)
            !(/en$/u.test(cand.folded) && isFrequentWord(cand.text)) &&
            (/^(?:[ \u00a0]*[,.;:)!?]|[ \u00a0]*$)/u.test(text.slice(cand.end, cand.end + 2)) || PERSON_VERBS.has((tokens[j + 1]?.folded ?? '')));
          if (formal || formalWord) {
            push(j, k);
            i = k;
            continue;
          }
          // A first name that is also a word ("wout", "roos") after "de opa van", "juf": the cue decides.
          // After "heet"/"genaamd" the word is a name whatever else it means: "zijn zusje heet iris".
          const naming = folded === 'heet' || folded === 'heette' || folded === 'genaamd';
          const plain = !isNameWord(bare(cand).text) || (isFirstName(bare(cand).text) && (personVerbAfter(text, tokens, j) || RELATIVE_CUES.has(folded) || naming));
          if (t === 0 && startsLower(cand.text) && !isNotName(cand.text) && !LOWERCASE_NOT_NAMES.has(cand.folded) && plain && isListedName(bare(cand).text) && bare(cand).text.length > 2) {
            let last = j;
            const more = lowerSurnameAfter(text, tokens, j + 1);
            if (more >= 0) last = more;
            push(j, last);
            i = last;
            continue;
          }
        }
      }
    }

    // "Buraks vader", "lindas moeder": a listed first name with a bare genitive s before a family word.
    if (sGenitive(text, tokens, i)) {
      push(i, i);
      continue;
    }

    const word = bare(tok);
    // "Emre's", and "Max' ouders", "Guus’ moeder": an apostrophe alone after s, x or z.
    const possessive = word !== tok || (/[sxz]$/u.test(tok.text) && /^['’](?!\p{L})/u.test(text.slice(tok.end, tok.end + 2)));

    // 2. Lowercase first names in chat-like text: "kevin", "lotte de jong", "kenzo's".
    // (After DD–DI: a demonym after "een" is the nationality as chat writes it: "is een noor en spreekt nog geen nederlands".)
    if (startsLower(tok.text) && !((tokens[i - 1]?.folded ?? '') === 'een' && DEMONYM_NAMES.has(tok.text.charAt(0).toUpperCase() + tok.text.slice(1)))) {
      let hit = isLowercaseFirstName(word.text);
      // The rules below are tried in turn until one holds: most lowercase tokens are ordinary words, so most of them are never asked.
      if (!hit) hit = isListedName(word.text) && !isNameWord(word.text) && !isNotName(word.text) && word.text.length > 3 &&
        (personVerbAfter(text, tokens, i) || PERSON_PREPOSITIONS.has((tokens[i - 1]?.folded ?? '')));
      // (After CL–CO also a first name of two letters: "mo (11) was er niet".)
      if (!hit) hit = isFirstName(word.text) && !isNotName(word.text) && word.text.length >= 2 && /^[ \u00a0]*\(\d{1,2}\)/.test(text.slice(tok.end, tok.end + 6)) && !NOT_SUBJECT_BEFORE.has((tokens[i - 1]?.folded ?? ''));
      const prevFolded = (tokens[i - 1]?.folded ?? '');
      const lowerFirst = (): boolean => isFirstName(word.text) && !isNotName(word.text) && !LOWERCASE_NOT_NAMES.has(word.folded) && word.text.length > 2;
      // "hoi fleur,", "hee roos!": a first name between a greeting that opens the line and a comma, "!" or the end.
      if (!hit) hit =
        GREETINGS.has(prevFolded) && adjacent(text, tokens[i - 1], tok) && /^(?:[ \u00a0]*[,!?:]|[ \u00a0]*\n|[ \u00a0]*$)/u.test(text.slice(tok.end, tok.end + 2)) &&
        isSentenceInitial(text, tokens[i - 1]?.start ?? 0) && (lowerFirst() || isLowercaseDoubleFirstName(word.text));
      // "wout zit thuis", "omdat mees zegt": a first name that is also a word, as the subject of a verb only a person does.
      // Also after a chat title: "mees joep zegt dat ..." (meester Joep).
      if (!hit) hit =
        STRONG_PERSON_VERBS.has((tokens[i + 1]?.folded ?? '')) && adjacent(text, tok, tokens[i + 1]) &&
        (isSentenceInitial(text, tok.start) || CLAUSE_STARTS.has(prevFolded) || (CHAT_TITLES.has(prevFolded) && adjacent(text, tokens[i - 1], tok))) && lowerFirst();
      // "sem was vandaag weer niet op school", "mo is er weer vandoor", "kees heeft t dossier": a first name opening a chat
      // line before heeft/had, or before is/was and a word that says where or how a person is (not "roos is mooi").
      // Also after an interjection and a comma opening the line: "kijk, roos heeft die foto ...".
      if (!hit) hit =
        !possessive && (isSentenceInitial(text, tok.start) || afterInterjection(text, tokens, i)) && adjacent(text, tok, tokens[i + 1]) && word.text.length >= 2 &&
        isFirstName(word.text) && !isNotName(word.text) && !LOWERCASE_NOT_NAMES.has(word.folded) && !TUSSEN_WORDS.has(word.folded) &&
        lineSubjectPredicate(text, tokens, i);
      // After CN: a first name of two letters that is no word ("bo", "jo", "mo") opening a chat line before a verb a person does
      // ("bo mag van haar moeder niet meer"); a name of three letters or more that is no word was found above, anywhere.
      if (!hit) hit =
        !possessive && word.text.length === 2 && isSentenceInitial(text, tok.start) && adjacent(text, tok, tokens[i + 1]) && isFirstName(word.text) &&
        !isNameWord(word.text) && !isFrequentWord(word.text) && !isCommonWord(word.text) && !isNotName(word.text) && !LOWERCASE_NOT_NAMES.has(word.folded) &&
        !TUSSEN_WORDS.has(word.folded) && (PERSON_VERBS.has(tokens[i + 1]?.folded ?? '') || STRONG_PERSON_VERBS.has(tokens[i + 1]?.folded ?? '') || MODAL_VERBS.has(tokens[i + 1]?.folded ?? ''));
      // "jurick is weer weggelopen", "filmon zit sinds maart op de ISK": a word no list has opening a chat line before a person
      // predicate, when it is no frequent Dutch word, no compound of one and not shaped like a Dutch derivation.
      if (!hit) hit =
        !possessive && /^\p{Ll}{3,}$/u.test(tok.text) && isSentenceInitial(text, tok.start) &&
        adjacent(text, tok, tokens[i + 1]) && unlistedLineSubject(text, tokens, i);
      // After V: "stuur jij het verslag naar marjolein?": a first name that is also a word, after a verb of sending earlier in
      // the clause and "naar"/"aan", ending the clause (a message is sent to a person).
      if (!hit) hit =
        (prevFolded === 'naar' || prevFolded === 'aan') && adjacent(text, tokens[i - 1], tok) && lowerFirst() && !possessive &&
        /^[ \u00a0]*(?:[,.;:!?)\n]|$)/u.test(text.slice(tok.end, tok.end + 2)) && SEND_BEFORE.test(sentenceBefore(text, tokens[i - 1]?.start ?? 0, 60));
      if (hit) {
        let last = i;
        const more = possessive ? -1 : lowerSurnameAfter(text, tokens, i + 1);
        if (more >= 0) last = more;
        push(i, last);
        i = last;
      }
      continue;
    }

    if (!isCapitalised(tok.text) || isNotName(word.text)) continue;
    // "Jansen & Jansen", "Bakker & Zn": a firm, not a person.
    if (/&[ \u00a0]*$/.test(text.slice(Math.max(0, tok.start - 3), tok.start)) || /^[ \u00a0]*&/.test(text.slice(tok.end, tok.end + 3))) continue;
    const initial = isSentenceInitial(text, tok.start);
    // Two-letter names ("An", "Bo", "Mo") are ambiguous too at the start of a sentence.
    const ambiguous = isNameWord(word.text) || word.text.length <= 2;
    // A name that is also a word starts a sentence: only with a person verb or a possessive ("Storm zit", "Roos' moeder").
    const card = initial && cardSubject(text, tokens, i);
    // A surname that is a frequent word ("Gedrag", "Visser") opening a card is the word: "Hypothese: Gedrag komt voort uit ...".
    const cardSurname = card && !isFrequentWord(word.text);
    // After V: a listed first name that is also a word opens a sentence before an everyday activity ("Adam scoort bij de Cito ...").
  // After CN: not when a subject pronoun follows the verb, which makes the word its object ("Hoop heeft ze niet meer", "Hoop had ik").
  const initialOk = !initial || !ambiguous || possessive || (personVerbAfter(text, tokens, i) && !invertedSubjectAfter(tokens, i)) || card ||
    (isFirstName(word.text) && activityVerbAfter(text, tokens, i)) || affiliationAfter(text, tokens, i) ||
    (isFirstName(word.text) && !isFrequentWord(word.text) && personAfterName(text, tokens, i + 1));

    // "haar knuffel "Beer"", "onze hond Luna", "fan van Messi": an animal, a toy or a famous person.
    if (notPerson.has(i)) continue;

    // 3. Listed first names, with a following surname: "Sanne de Vries", "Mohammed El Amrani", "Emre's".
    if ((isFirstName(word.text) || isDiminutiveOfFirstName(word.text)) && initialOk) {
      let last = i;
      const more = possessive ? -1 : surnameAfter(text, tokens, i + 1);
      if (more >= 0) last = more;
      push(i, last);
      i = last;
      continue;
    }

    // 4. Listed surnames: "de Vries", "Van Dijk", "Yılmaz", "Joris Jansen".
    if ((isSurnameCore(word.text) || isDoubleSurname(word.text)) && !isFirstName(word.text)) {
      let first = i;
      // walk back over a tussenvoegsel
      for (let back = 3; back >= 1; back--) {
        const t = tussenvoegselAt(text, tokens, i - back);
        if (t === back && adjacent(text, tokens[i - 1], tok) && tussenOk(text, tokens, i - back, t)) {
          first = i - back;
          break;
        }
      }
      // "in de Noordzee", "op de Veluwe": a tussenvoegsel that starts with a preposition needs a first name before it.
      if (first < i && /^(?:in|op|uit)$/.test(tokens[first]?.text ?? '') && !nameWord(tokens[first - 1])) continue;
      // "in Charlois", "uit Vries": a lone surname right after "in" or "uit" is a place, not a person.
      if (first === i && ((tokens[i - 1]?.folded ?? '') === 'in' || (tokens[i - 1]?.folded ?? '') === 'uit')) continue;
      // "in de Bijlmer", "bij de Vries", "op de Veluwe": after a preposition, a lowercase article is an article.
      if (first < i && startsLower(tokens[first]?.text ?? '') && PREPOSITIONS.has((tokens[first - 1]?.folded ?? '')) && !nameWord(tokens[first - 1])) continue;
      // After T: "Het Buurtteam van West heeft": a direction after a team or a type of institution and "van" is its district.
      const orgBefore = tokens[first - 1]?.text ?? '';
      if (first < i && DIRECTION_WORDS.has(word.folded) && (/team$/iu.test(orgBefore) || isInstitutionType(orgBefore))) continue;
      // "de wijk Woensel", "gemeente Tynaarlo": after an area word it is a place.
      if (first === i && AREA_WORDS.has((tokens[i - 1]?.folded ?? ''))) continue;
      // a lone capitalised surname starting a sentence is too weak, unless it clearly acts as a person
      // ("Erna heeft op de gang geroepen": a person verb with no other subject after it counts for a word-like one too)
      // After T: also a verb in -eert/-eerde of advising or reacting for a surname that is no frequent word ("; Ramdin adviseerde altijd").
      const eertVerb = /^\p{Ll}{3,}eer(?:t|de|den)$/u.test(tokens[i + 1]?.text ?? '') && !isFrequentWord(word.text) && !isKnownPlace(word.text);
      const actsAlone = (PERSON_VERBS.has((tokens[i + 1]?.folded ?? '')) || eertVerb) && adjacent(text, tok, tokens[i + 1]) && !subjectAt(text, tokens, i + 2);
      // "Doorgestuurd door Sjaak:", "zegt Visser dat": a person slot (5b) counts like a person verb.
      const slot = first === i && !isFrequentWord(word.text) && !isNotName(word.text) && personSlot(text, tokens, i, initial);
      // After U/V: "Gerda van het samenwerkingsverband wil ..." (a listed name the first-name list lacks), not a frequent word or place.
      const affiliated = first === i && initial && !isFrequentWord(word.text) && !isKnownPlace(word.text) && affiliationAfter(text, tokens, i);
      if (first === i && initial && !(possessive || (!ambiguous && personVerbAfter(text, tokens, i)) || personCopulaAfter(text, tokens, i) || actsAlone || slot || cardSurname || affiliated)) continue;
      // a lone surname that is also an ordinary word ("Water", "Visser") needs a first name, cue or verb
      if (first === i && ambiguous && !possessive && !personVerbAfter(text, tokens, i) && !slot && !cardSurname) continue;
      // "in Emmen", "uit Vries": a lone surname that is a Dutch place, after a locative preposition, is the place
      if (first === i && isKnownPlace(word.text) && LOCATIVE_BEFORE.has((tokens[i - 1]?.folded ?? ''))) continue;
      const before = tokens[first - 1];
      if (before && adjacent(text, before, tokens[first]) && nameWord(before) && !ORG_HEADS.has(before.folded) && !starts.has(first - 1)) {
        if (!(isSentenceInitial(text, before.start) && isNameWord(before.text) && !isFirstName(before.text))) first -= 1;
      }
      push(first, i);
      continue;
    }

    // 5. An unknown capitalised word in the middle of a sentence acting as a person: "dat Sevda zegt", "Sevda (14)".
    const before = (tokens[i - 1]?.folded ?? '');
    const plainWord = /^\p{Lu}\p{Ll}+$/u.test(tok.text); // not "Jeugd-GGZ", not "TikTok"
    // "Gemeente Emmen heeft": after an area word the place acts, not a person.
    // "dorpen als Ureterp weet iedereen": a place of the GeoNames list acts there (the place detector reports it).
    // After V: a frequent word that no list has as a name is the word there too ("en God speelt een grote rol"), as at the start (5a),
    // unless a first name may stand right before it ("Okke Zwart vroeg": then it is a surname).
    if (!initial && plainWord && !ORG_HEADS.has(folded) && !possessive && !NOT_SUBJECT_BEFORE.has(before) && !AREA_WORDS.has(before) && !isListedPlace(tok.text) &&
      !(isFrequentWord(tok.text) && !isPersonListName(tok.text) && namePairStart(text, tokens, i, starts) === i) && personVerbAfter(text, tokens, i)) {
      // "Voor vragen: Annemijn Rutgers, ambulant hulpverlener": a first name right before it is part of the name.
      push(namePairStart(text, tokens, i, starts), i);
      continue;
    }
    // 5g. After Z: the second word of a name opening a sentence, "Oksana Kovalenko uit Charkiv werkt ...", "Piotr Wiśniewski en zijn
    // vrouw ...": a listed name (no frequent word) and an unknown word (no listed name, frequent word or place) before a person shape.
    if (!initial && plainWord && !possessive && i >= 1 && personAfterName(text, tokens, i + 1) && /^\p{Lu}\p{Ll}+$/u.test(tokens[i - 1]?.text ?? '') &&
      isSentenceInitial(text, tokens[i - 1]?.start ?? 0) &&
      adjacent(text, tokens[i - 1], tok) && isListedName(tokens[i - 1]?.text ?? '') && !isFrequentWord(tokens[i - 1]?.text ?? '') &&
      !isListedName(tok.text) && !isFrequentWord(tok.text) && !isKnownPlace(tok.text) && !starts.has(i - 1)) {
      push(i - 1, i);
      continue;
    }
    // 5c. After a noun of case work and "van", an unknown capitalised word is the person it is about: "de casus van Liekele",
    // "het gezin van Yiyun" (listed names are found anyway; places, frequent words and capitalised nouns stay clean).
    if (!initial && plainWord && before === 'van' && CASE_NOUNS.has((tokens[i - 2]?.folded ?? '')) && unknownPersonWord(tok.text) &&
      !isCommonWord(tok.text) && adjacent(text, tokens[i - 1], tok)) {
      push(i, i);
      continue;
    }
    // 5d. An unknown word (no frequent word, compound of one, place or noun) starting a sentence before an apposition closed
    // by a comma ("Farnaz, de moeder, studeert ..."; not "Zwemles, de moeder wil dat graag") or before an everyday activity
    // verb with no subject or object pronoun after it ("Yiyun helpt 's avonds"; not "Ritalin helpt hem", "Concerta werkt goed").
    if (initial && plainWord && !possessive && unknownPersonWord(tok.text) && !isCommonWord(tok.text) && !ADVERB_SHAPE.test(folded) &&
      ((appositionAfter(text, tokens, i) && /^,[^,.;:!?\n]{3,40},/u.test(text.slice(tok.end, tok.end + 44))) || activityVerbAfter(text, tokens, i))) {
      push(i, i);
      continue;
    }
    // 5a. An unknown word starting a sentence, described as a person ("Wei is een stil meisje") or acting as one before
    // no other subject ("Rignaldo heeft op het schoolplein ...", not "Gisteren heeft hij ...", "Daarna belde moeder").
    if (initial && plainWord && tok.text.length > 2 && !possessive && !ORG_HEADS.has(folded) && !CUES.has(folded) && !NOT_SUBJECTS.has(folded) && !isKnownPlace(tok.text) &&
      (personCopulaAfter(text, tokens, i) || (PERSON_VERBS.has((tokens[i + 1]?.folded ?? '')) && adjacent(text, tok, tokens[i + 1]) && tok.text.length <= 10 && !ADVERB_SHAPE.test(folded) &&
        // After T: a frequent word no list has as a name is the word before a verb ("Hypothese: Angst speelt mee").
        !(isFrequentWord(tok.text) && !isSurnameCore(tok.text)) && !derivedWord(tok.text) && !subjectAt(text, tokens, i + 2)))) {
      push(i, i);
      continue;
    }
    // 5f. After T: "Ik denk dat Semhar zich schuldig voelt": an unknown word (no frequent word or compound of one, place or noun)
    // between a conjunction and a reflexive "zich" is the subject ("dat Nederland zich", "dat Jeugdzorg zich" stay clean).
    if (!initial && plainWord && !possessive && SUBCLAUSE_OPENERS.has(before) && (tokens[i + 1]?.folded ?? '') === 'zich' && adjacent(text, tok, tokens[i + 1]) &&
      unknownPersonWord(tok.text) && !isCommonWord(tok.text) && !isKnownPlace(tok.text)) {
      push(i, i);
      continue;
    }
    // 5e. "Tip: Kwame zelf laten kiezen" (a card opening with a person), "Deelnemer 3: Is Rahwa al aangemeld ...?" (a question
    // opening with its verb): an unknown word (no frequent word or compound of one, place or noun) in the subject's place.
    if (plainWord && !possessive && unknownPersonWord(tok.text) && !isCommonWord(tok.text) && (card || (!initial && questionSubject(text, tokens, i)))) {
      push(i, i);
      continue;
    }
    // 5b. An unknown word in a person slot between clause verbs: "zegt Sohrab dat", "kwam Lan met", "Ik heb Indah gisteren
    // gesproken", "Doorgestuurd door Sjaak:"; "Ivanilda vertelt dat" at the start. Frequent words, places and capitalised
    // nouns stay clean ("zegt Google dat" is no name only when the word lists know it; see the README).
    if (plainWord && !possessive && unknownPersonWord(tok.text) && personSlot(text, tokens, i, initial)) {
      push(i, i);
      continue;
    }
    if (!initial && possessive && !ORG_HEADS.has(folded)) {
      push(i, i);
      continue;
    }

    // 6. Name shape: "Pieter van Houten" (capitalised word, tussenvoegsel, capitalised word), mid-sentence.
    // After T: not a title after a work noun ("de film Frozen van Disney") nor a team of a district ("Het Jeugdteam van Zuid").
    if (!initial && !ORG_HEADS.has(folded) && !TITLE_NOUNS.has(before) && !isInstitutionType(tok.text)) {
      const t = tussenvoegselAt(text, tokens, i + 1);
      if (t > 0 && adjacent(text, tok, tokens[i + 1]) && !isCapitalised(tokens[i + 1]?.text ?? '') && tussenOk(text, tokens, i + 1, t)) {
        const k = i + 1 + t;
        if (adjacent(text, tokens[k - 1], tokens[k]) && nameWord(tokens[k]) && !DIRECTION_WORDS.has((tokens[k]?.folded ?? ''))) {
          push(i, k);
          i = k;
        }
      }
    }
  }

  // 6a. "moeder van abena (akosua mensah)": a lowercase first name and surname in brackets right after a name found above
  // (the person's full name, typed in chat). Both must be listed names that are no frequent or ambiguous word.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    // The bracket test first: it rules out almost every token pair without a regular expression.
    if (!a || !b || codeAt(text, a.start - 1) !== 40 || codeAt(text, b.end) !== 41) continue;
    if (!/^\p{Ll}+$/u.test(a.text) || !/^\p{Ll}+(?:-\p{Ll}+)?$/u.test(b.text) || !adjacent(text, a, b)) continue;
    const before = /[ \u00a0]*\($/u.exec(text.slice(Math.max(0, a.start - 4), a.start));
    const nameEnd = a.start - (before?.[0].length ?? 0);
    if (!before || !out.some((c) => c.end === nameEnd)) continue;
    const nameLike = (w: string): boolean => w.length > 2 && !isNameWord(w) && !isNotName(w) && !isFrequentWord(w);
    if (!isListedName(a.text) || !nameLike(a.text) || !isSurnameCore(b.text.split('-')[0] ?? '') || !nameLike(b.text)) continue;
    out.push({ kind: 'name', start: a.start, end: b.end });
    starts.add(i);
    i++;
  }

  // 7. Coordination: "Mo en zijn broertje Younes", "Kenzo en Sevda": a capitalised word joined by "en"
  // to a name found above is a name too, unless it is an ordinary word.
  for (let i = 0; i + 2 < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok || starts.has(i) || (tokens[i + 1]?.folded ?? '') !== 'en') continue;
    // "Marinus Kodde en Adriana Kodde-Verhage": two capitalised listed names before "en" and a full name found above are a
    // full name too, even when the surname is also a word ("kodde"); neither may be a frequent word or a noun.
    const first = tokens[i - 1];
    const joined = out.find((c) => c.start === tokens[i + 2]?.start);
    if (first && joined && /\s/u.test(text.slice(joined.start, joined.end)) && adjacent(text, first, tok) && !starts.has(i - 1) &&
      [first, tok].every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text) && isListedName(w.text) && !isNotName(w.text) && !isFrequentWord(w.text) && !ORG_HEADS.has(w.folded)) &&
      !out.some((c) => c.start < tok.end && first.start < c.end)) {
      out.push({ kind: 'name', start: first.start, end: tok.end });
      starts.add(i - 1);
      continue;
    }
    const lower = startsLower(tok.text);
    if (lower ? !isFirstName(tok.text) : !isCapitalised(tok.text)) continue;
    if (isNotName(tok.text) || ORG_HEADS.has(tok.folded)) continue;
    if (out.some((c) => c.start <= tok.start && tok.end <= c.end)) continue;
    // "mees en joep hadden ruzie": two lowercase first names (words too) as the subject of a plural person verb.
    const other = tokens[i + 2];
    if (lower && other && !starts.has(i + 2) && startsLower(other.text) && isFirstName(other.text) && !isNotName(other.text) &&
      tok.text.length > 2 && other.text.length > 2 && PLURAL_PERSON_VERBS.has((tokens[i + 3]?.folded ?? ''))) {
      out.push({ kind: 'name', start: tok.start, end: tok.end }, { kind: 'name', start: other.start, end: other.end });
      starts.add(i + 2);
      continue;
    }
    let j = i + 2;
    const f = (tokens[j]?.folded ?? '');
    if (f === 'zijn' || f === 'haar' || f === 'zn' || f === "z'n" || f === 'dr' || f === "d'r" || f === 'hun') j++;
    const cue = CUES.has((tokens[j]?.folded ?? ''));
    if (cue) j++;
    // "Jasmijn en haar tweelingzus zitten ...": a listed first name with "en zijn/haar <relative>".
    if (!starts.has(j)) {
      // Also an unknown capitalised word mid-sentence: "met Priyanka en haar moeder".
      const unknownPerson = !lower && /^\p{Lu}\p{Ll}+$/u.test(tok.text) && !isNameWord(tok.text) && !CUES.has(tok.folded) && !DETERMINERS.has(fold(tokens[i - 1]?.text ?? '-')) && !LOCATIVE_BEFORE.has(fold(tokens[i - 1]?.text ?? '-')) && !isKnownPlace(tok.text);
      if (cue && j === i + 4 && (isFirstName(tok.text) || unknownPerson) && !out.some((c) => c.start <= tok.start && tok.end <= c.end)) out.push({ kind: 'name', start: tok.start, end: tok.end });
      continue;
    }
    // "Bram en Daan": a first name that is also a word is still a name next to another name;
    // "Mo en zijn broertje Younes": with "zijn broertje" in between, any capitalised word is.
    const strong = j > i + 2;
    const ok = strong || isFirstName(tok.text) || !isNameWord(tok.text);
    if (ok) out.push({ kind: 'name', start: tok.start, end: tok.end });
  }
  // 7b. "Cas/Guus", "Noor / Fenna": first names joined by a slash; one found above makes a listed first name on the other side a
  // name too, also a word-like one at the start ("Cas"). "Havo/Vwo", "Juf/Meester" have no first name on either side.
  if (text.includes('/')) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      const a = tokens[i];
      const b = tokens[i + 1];
      if (!a || !b || !/^[ \u00a0]?\/[ \u00a0]?$/u.test(text.slice(a.end, b.start))) continue;
      const foundA = out.some((c) => c.start <= a.start && a.end <= c.end);
      const foundB = out.some((c) => c.start <= b.start && b.end <= c.end);
      if (foundA === foundB) continue;
      const [other, k] = foundA ? [b, i + 1] : [a, i];
      if (/^\p{Lu}\p{Ll}+$/u.test(other.text) && isFirstName(other.text) && !isNotName(other.text) && !notPerson.has(k)) {
        out.push({ kind: 'name', start: other.start, end: other.end });
      }
    }
  }
  // 7c. "vraag het aan Sami en Jaylano": after a first name found above and "en", an unknown capitalised word (no frequent word or
  // compound of one, place or noun) is the second person.
  for (let i = 0; i + 2 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 2];
    if (!a || !b || (tokens[i + 1]?.folded ?? '') !== 'en' || !adjacent(text, a, tokens[i + 1]) || !adjacent(text, tokens[i + 1], b)) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(b.text) || !isFirstName(a.text) || notPerson.has(i + 2) || /^[ \u00a0]+\p{Lu}/u.test(text.slice(b.end, b.end + 2))) continue;
    if (!out.some((c) => c.start <= a.start && a.end <= c.end) || out.some((c) => c.start < b.end && b.start < c.end)) continue;
    if (unknownPersonWord(b.text) && !isCommonWord(b.text) && !isKnownPlace(b.text)) out.push({ kind: 'name', start: b.start, end: b.end });
  }
  // 7d. "de minderjarige DANIËLLE BROUWER": a first name and a surname in capitals (a letterhead, a form), when the first name is
  // no frequent word and the second word is a listed surname or no word.
  // (No test of the whole text first: the token tests below are cheaper than a search of the text for two words in capitals.)
  {
    for (let i = 0; i + 1 < tokens.length; i++) {
      const a = tokens[i];
      const b = tokens[i + 1];
      if (!a || !b || !startsUpper(a.text) || !/^\p{Lu}{3,}$/u.test(a.text) || !/^\p{Lu}{3,}(?:-\p{Lu}{3,})?$/u.test(b.text) || !adjacent(text, a, b)) continue;
      if (!isFirstName(a.text) || isFrequentWord(a.text) || isNotName(a.text) || isNotName(b.text) || isPlaceOrRegion(b.text)) continue;
      if (!(isSurnameCore(b.text.split('-')[0] ?? '') || !isCommonWord(b.text))) continue;
      if (!out.some((c) => c.start < b.end && a.start < c.end)) out.push({ kind: 'name', start: a.start, end: b.end });
      i++;
    }
  }
  if (/["“'‘]/u.test(text)) {
    for (const m of text.matchAll(QUOTED_THEN_NAME)) {
      const nick = m[1] ?? '';
      if (m[2] !== undefined && !isFirstName(m[2])) continue;
      const start = m.index + 1;
      if (!out.some((c) => c.start < start + nick.length && start < c.end)) out.push({ kind: 'name', start, end: start + nick.length });
    }
  }
  // 7e. 'Ze noemen hem daar gewoon "Bigi Man"': a nickname in quotes after "noemen" and a person pronoun.
  if (/noem/u.test(text)) {
    for (const m of text.matchAll(QUOTED_NICKNAME)) {
      const nick = m[1] ?? '';
      const start = m.index + m[0].length - nick.length - 1;
      if (!out.some((c) => c.start < start + nick.length && start < c.end)) out.push({ kind: 'name', start, end: start + nick.length });
    }
  }
  // After Z: a nickname after "aka"/"alias" (quoted or capitalised: 'Damian aka "Dammie"'), and a social-media handle ("gepost door
  // @dj_rocky010"): a handle points at one account, so it identifies like a name. Not the "@" inside an e-mail address.
  if (text.includes('@') || /\b(?:aka|a\.k\.a\.|alias)\b/iu.test(text)) {
    for (const m of text.matchAll(ALIAS_OR_HANDLE)) {
      const id = m[1] ?? `@${(m[2] ?? '').replace(/[._]+$/u, '')}`;
      // "@allen", "@iedereen": a group mention in a chat is a word, not an account (unless it is a listed name).
      if (id.length < 3 || (m[2] && /^@\p{L}+$/u.test(id) && isFrequentWord(id.slice(1)) && !isPersonListName(id.slice(1)))) continue;
      const start = m[1] ? m.index + m[0].lastIndexOf(id) : m.index;
      if (!out.some((c) => c.start < start + id.length && start < c.end)) out.push({ kind: 'name', start, end: start + id.length });
    }
  }
  if (/[\p{Ll}\p{N}][._][\p{Ll}\p{N}]|\p{Ll}_|_\p{Ll}/u.test(text)) {
    for (const m of matchAllInLines(linesWith(text, HANDLE_LINE_GATE), HANDLE_WITHOUT_AT)) {
      const handle = m[1] ?? '';
      if (!isHandleWithoutAt(text, handle, m.index + handle.length)) continue;
      const end = m.index + handle.length;
      claimHandle(out, m.index, end);
    }
  }
  if (text.includes('#')) {
    for (const m of text.matchAll(DISCORD_TAG)) {
      const end = m.index + m[0].length;
      // (Not a word and a number: "issue#1234", "punt#2".)
      const user = m[0].slice(0, m[0].indexOf('#')).toLowerCase();
      if (/^\p{L}+$/u.test(user) && /[QKNP]/u.test(lexicalClass(user))) continue;
      claimHandle(out, m.index, end);
    }
  }
  for (const m of matchAllInLines(linesWith(text, LETTERS_AND_NUMBER_GATE), LETTERS_AND_NUMBER_HANDLE)) {
    const letters = m[1] ?? '';
    const cls = lexicalClass(letters);
    // (After GZ–HD also a first name or surname with a number, "daan17", "vosje2011" is not: a known word.)
    const nameWithNumber = /[FS]/u.test(cls) && !/[QN]/u.test(cls);
    if (!((letters.length >= 6 && /^[UP]$/u.test(cls)) || nameWithNumber) || isPlaceOrRegion(letters) || /^[ \u00a0]*(?:@|apenstaartje\b)/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) continue;
    if (!out.some((c) => c.start < m.index + m[0].length && m.index < c.end)) out.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
  }
  for (const m of matchAllInLines(linesWith(text, ACCOUNT_NAME_GATE), ACCOUNT_NAME_CUE)) {
    const at = m.index + m[0].length;
    const handle = /^[\p{Ll}\p{N}_][\p{Ll}\p{N}._]*[\p{Ll}\p{N}_]/u.exec(text.slice(at, at + 40))?.[0] ?? '';
    // (Letters only: a word no list knows as an ordinary word, "lilrayy"; with a dot, an underscore or a digit any.)
    if (handle.length < 3 || /[._]$/u.test(handle.replace(/_+$/u, '')) || (/^\p{Ll}+$/u.test(handle) && /[QKNPT]/u.test(lexicalClass(handle)))) continue;
    if (/^[ \u00a0]*(?:@|apenstaartje\b)/u.test(text.slice(at + handle.length, at + handle.length + 14))) continue;
    claimHandle(out, at, at + handle.length);
  }
  // After Y: "de ergotherapeut, Hub, erbij kwam", "De jeugdconsulent, Wiel Frissen, kump": a role and a comma, then one or two
  // capitalised words closed by a comma, name who holds the role (the first word a listed first name or no frequent word, so that
  // a list of roles or subjects, "de logopedist, Fysiotherapie, ...", stays clean).
  if (text.includes(', ')) {
    for (let i = 0; i + 2 < tokens.length; i++) {
      const role = tokens[i];
      const a = tokens[i + 1];
      if (!role || !a || !ROLE_IN_BRACKETS.has(role.folded) || codeAt(text, role.end) !== 44 || !/^,[ \u00a0]+$/u.test(text.slice(role.end, a.start))) continue;
      if (!/^\p{Lu}\p{Ll}+$/u.test(a.text) || isNotName(a.text)) continue;
      const b = tokens[i + 2];
      const two = !!b && adjacent(text, a, b) && /^\p{Lu}\p{Ll}+$/u.test(b.text) && !isNotName(b.text);
      const person = isFirstName(a.text) || (two && b && isSurnameCore(b.text) && (isListedName(a.text) || !isFrequentWord(b.text))) ||
        (!isCommonWord(a.text) && !isKnownPlace(a.text) && !isInstitutionType(a.text) && !NOUN_SHAPE.test(a.folded));
      if (!person) continue;
      const last = two && b ? b : a;
      if (codeAt(text, last.end) !== 44) continue;
      if (!out.some((c) => c.start < last.end && a.start < c.end)) out.push({ kind: 'name', start: a.start, end: last.end });
    }
  }
  // After Y: "Les uit de casus-Tahiri": a case word joined by a hyphen to a capitalised word that is no frequent word or place.
  if (text.includes('-')) {
    for (const m of text.matchAll(CASE_HYPHEN_NAME)) {
      const w = m[1] ?? '';
      if (isFrequentWord(w) || isKnownPlace(w) || isNotName(w) || isPlaceOrRegion(w)) continue;
      const start = m.index + m[0].length - w.length;
      if (!out.some((c) => c.start < start + w.length && start < c.end)) out.push({ kind: 'name', start, end: start + w.length });
    }
  }
  out.push(...detectDictatedAndNoteNames(text, tokens));
  // "E.M. (Els) Gerritsen": a first name in brackets between initials and a surname (a signature) is the calling name.
  // (Both initials patterns need a capital with a dot and cross no line: only the lines that have one are searched.)
  const initialLines = linesWith(text, INITIAL_WITH_DOT);
  for (const m of matchAllInLines(initialLines, CALLING_NAME)) {
    const name = m[1] ?? '';
    if (!surnameFollows(text, m)) continue;
    const start = m.index + m[0].length - name.length - 1;
    if (!out.some((c) => c.start <= start && start < c.end)) out.push({ kind: 'name', start, end: start + name.length });
  }
  // "Elsa uit Frozen", "Woody uit Toy Story": one capitalised name right before "uit" and a title that cannot be a place is
  // a character. "Sanne uit Vathorst", "Ahmed uit Syrië", "Fenna uit groep 6" stay names.
  for (let i = 0; i + 2 < tokens.length; i++) {
    const tok = tokens[i];
    const title = tokens[i + 2];
    if (!tok || !title || (tokens[i + 1]?.folded ?? '') !== 'uit' || !adjacent(text, tok, tokens[i + 1]) || !adjacent(text, tokens[i + 1], title)) continue;
    if (!startsUpper(title.text) || isNotName(title.text) || mayBePlace(title.text) || CUES.has((tokens[i - 1]?.folded ?? ''))) continue;
    // After Z: "Yulia uit Marioepol vertelt dat ...": a person verb right after a one-word title shows a person from a place no list has.
    if (personAfterName(text, tokens, i + 1)) continue;
    if (startsUpper(tokens[i - 1]?.text ?? '') && adjacent(text, tokens[i - 1], tok)) continue; // "Sanne Jansen uit ..." is a person
    // After BE: a one-word title needs a story around it ("Elsa uit Frozen zingen", "verkleed als Woody uit Toy Story"): "Ahmad uit
    // Kabul spreekt nog weinig Nederlands" is a boy from a city no list has.
    const oneWord = !(startsUpper(tokens[i + 3]?.text ?? '') && adjacent(text, title, tokens[i + 3]));
    if (oneWord && !STORY_CONTEXT.test(text)) continue;
    notPerson.add(i);
    // The title is nobody either ("Moana uit Vaiana", "Woody uit Toy Story").
    for (let k = i + 2; startsUpper(tokens[k]?.text ?? '') && (k === i + 2 || adjacent(text, tokens[k - 1], tokens[k])); k++) notPerson.add(k);
  }
  // After AE: the sender of a chat export line ("[10:18] Hoop ✨: ...", "12-03-2025 10:18 - Sanne de Vries: ..."): whatever the
  // display name is, it names a person, unless it is only a role ("[10:18] Moeder:").
  if (text.includes(':')) {
    for (const m of text.matchAll(CHAT_SENDER)) {
      const name = (m[1] ?? '').trimEnd();
      const words = name.split(/[ \u00a0]+/u);
      // A role as display name ("Klassenouder", "Coördinator BSO", "Oppas-opa") is nobody: a listed name or a word no list has is needed.
      const someone = (w: string): boolean =>
        !CUES.has(fold(w)) && !isNotName(w) && (isListedName(w) || w.split('-').some((part) => part.length > 1 && !isCommonWord(part) && !/^\p{Lu}+$/u.test(part)));
      if (!words.some(someone)) continue;
      const start = m.indices?.[1]?.[0] ?? -1;
      if (start < 0) continue;
      out.push({ kind: 'name', start, end: start + name.length }); // the guard merges it with names found inside
    }
  }
  // After AF: a first name and one capital with a dot is a name and an initial ("verlenging beschikking Amira K."): the initial too.
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok || !startsUpper(tok.text) || !/^\p{Lu}\p{Ll}+$/u.test(tok.text) || !INITIAL_AFTER.test(text.slice(tok.end, tok.end + 5)) || !isFirstName(tok.text) || isFrequentWord(tok.text)) continue;
    const at = tok.end + 1;
    if (!out.some((c) => c.start <= at && at < c.end)) out.push({ kind: 'initials', start: at, end: at + 2 });
  }
  // After AG: "Ouders: R. en M. Pinas": an initial before "en" and initials with a surname shares that surname.
  for (const m of matchAllInLines(initialLines, SHARED_SURNAME_INITIAL)) {
    if (!out.some((c) => c.start <= m.index && m.index < c.end)) out.push({ kind: 'initials', start: m.index, end: m.index + 2 });
  }
  // After AH: spoken Dutch's possessive, a first name and "zijn"/"haar" before a noun ("Emir zijn BSN is ...", "Sanne haar fiets").
  for (let i = 0; i + 2 < tokens.length; i++) {
    const tok = tokens[i];
    const next = tokens[i + 1];
    if (!tok || !next || !startsUpper(tok.text) || !/^\p{Lu}\p{Ll}+$/u.test(tok.text) || !SPOKEN_POSSESSIVES.has(next.folded) || !adjacent(text, tok, next)) continue;
    if (!isFirstName(tok.text) || isFrequentWord(tok.text) || isNotName(tok.text) || !/^\p{L}/u.test(tokens[i + 2]?.text ?? '')) continue;
    if (!out.some((c) => c.start < tok.end && tok.start < c.end)) out.push({ kind: 'name', start: tok.start, end: tok.end });
  }
  // After AB, the open-class rule: a capitalised word inside a sentence that no list knows as anything is a person
  // ("met Feruza", "voor Jurensly", "Hoi Giorgos,"); see unknown-words.ts for why and what it knows.
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    // A platform, medication, language or theorist that no name list has is nobody, whatever rule above took it ("wat Winnicott schreef").
    if (tok && isKnownThing(tok.folded) && startsUpper(tok.text) && !isListedName(tok.text)) notPerson.add(i);
    // Not a token the rules above found to be nobody, nor the word after one (a character's or a public figure's second name).
    if (!tok || notPerson.has(i) || notPerson.has(i - 1)) continue;
    // After AM: a lowercase word no known word is after a title with its dot ("mdo met dr. amponsah"): the surname.
    if (TITLE_CUES.has((tokens[i - 1]?.folded ?? '')) && charOf(text, tokens[i - 1]?.end ?? 0) === '.' && /^\p{Ll}{3,}$/u.test(tok.text) &&
      /^\.[ \u00a0]$/u.test(text.slice(tokens[i - 1]?.end ?? 0, tok.start)) && !isKnownWord(tok.folded) && !isNotName(tok.text) && !isPlaceOrRegion(tok.text)) {
      if (!out.some((c) => c.start < tok.end && tok.start < c.end)) out.push({ kind: 'name', start: tok.start, end: tok.end });
      continue;
    }
    const formalLower = formalLowercaseSurnameAt(text, tokens, i);
    if (formalLower && !out.some((c) => c.start < tok.end && formalLower.start < c.end)) {
      out.push({ kind: 'name', start: formalLower.start, end: tok.end });
      continue;
    }
    // After AO: a lowercase first name that is no word alone in brackets ("meisje 13 jr (jasmijn)"), or opening a line of notes before
    // a dash or an equals sign ("tjitske - brus;", "krista vd berg = gezinsvoogd").
    // (In brackets also a first name that is a word but no frequent one: "(mila)", "(jasmijn)".)
    const bracketed = charOf(text, tok.start - 1) === '(' && charOf(text, tok.end) === ')';
    if ((bracketed || isLineStart(text, tok.start)) && /^\p{Ll}{3,}$/u.test(tok.text) && !LOWERCASE_NOT_NAMES.has(tok.folded) && !isNotName(tok.text) &&
      ((bracketed && isFirstName(tok.text) && !isFrequentWord(tok.text)) ||
        (isLineStart(text, tok.start) && lowercaseListedName(tok) && /^[ \u00a0]+(?:\p{Ll}+[ \u00a0]+){0,3}[-=][ \u00a0]/u.test(text.slice(tok.end, tok.end + 30))))) {
      if (!out.some((c) => c.start < tok.end && tok.start < c.end)) out.push({ kind: 'name', start: tok.start, end: tok.end });
      continue;
    }
    // After AM: a lowercase name of the lists that is no word, as the subject of a chat line ("jolanda wacht op de notulen",
    // "piotr en kasia zijn de ouders").
    // After AM: a lowercase first name after a name found and "en" ("Aaron en nahom", "voor saar en mees"): a word that is also a
    // name only at the end of the clause or before a plural verb.
    if (tokens[i - 1]?.folded === 'en' && /^\p{Ll}{3,}$/u.test(tok.text) && adjacent(text, tokens[i - 1], tok) && isFirstName(tok.text) &&
      !LOWERCASE_NOT_NAMES.has(tok.folded) && !isNotName(tok.text) && out.some((c) => c.kind === 'name' && c.end === tokens[i - 2]?.end) &&
      (!isNameWord(tok.text) || /^[ \u00a0]*(?:[,.;:!?)]|$)/u.test(text.slice(tok.end, tok.end + 2)) || PLURAL_FINITE.has((tokens[i + 1]?.folded ?? '')))) {
      out.push({ kind: 'name', start: tok.start, end: tok.end });
      continue;
    }
    if (lowercaseSubjectAt(text, tokens, i) || lowercaseInvertedSubjectAt(text, tokens, i)) {
      if (!out.some((c) => c.start < tok.end && tok.start < c.end)) out.push({ kind: 'name', start: tok.start, end: tok.end });
      continue;
    }
    if (!(openClassNameAt(text, tokens, i) || openClassSubjectAt(text, tokens, i) || classAppositionAt(text, tokens, i))) continue;
    // "geboren in Paramaribo", "komt uit Nador": after a preposition of place the unknown word is a place, which warns.
    if (OPEN_CLASS_PLACE_BEFORE.has((tokens[i - 1]?.folded ?? '')) && adjacent(text, tokens[i - 1], tok) && !isListedName(tok.text)) {
      out.push({ kind: 'place', start: tok.start, end: tok.end });
      continue;
    }
    if (out.some((c) => c.start < tok.end && tok.start < c.end)) continue;
    // A listed name right next to it that the rules above left alone was judged nobody ("Ross Greene stelt in zijn boek").
    const leftAlone = (t: Token | undefined): boolean =>
      !!t && startsUpper(t.text) && isListedName(t.text) && !(isSentenceInitial(text, t.start) && isFrequentWord(t.text)) && !out.some((c) => c.start < t.end && t.start < c.end);
    if ((adjacent(text, tokens[i - 1], tok) && leftAlone(tokens[i - 1])) || (adjacent(text, tok, tokens[i + 1]) && leftAlone(tokens[i + 1]))) continue;
    // "Nazanin Rahimzadeh": the second word of a name found just before it makes one finding.
    const before = adjacent(text, tokens[i - 1], tok) ? out.findIndex((c) => c.kind === 'name' && c.end === tokens[i - 1]?.end) : -1;
    const found = out[before];
    if (found) out[before] = { ...found, end: tok.end };
    else out.push({ kind: 'name', start: tok.start, end: tok.end, weak: true });
  }
  if (notPerson.size === 0) return out;
  // A name found through a cue or a surname ("kat heet Max", "Marco Borsato") may still cover one of those tokens.
  // (A loop, not a spread of the set: V8 deoptimised this whole function at the spread, "wrong map", and optimised it again.)
  const covered: Token[] = [];
  for (const k of notPerson) {
    const t = tokens[k];
    if (t) covered.push(t);
  }
  return out.filter((c) => !covered.some((t) => t.start < c.end && c.start < t.end));
}

/** Not a name after "het meisje heet ...": adverbs, articles and fillers of dictated text. */
const NAMING_STOP = new Set(
  `ook eigenlijk nu niet zo dus officieel voluit anders hetzelfde net echt wel toch nog de het een van naar volgens trouwens gewoon ja
nee hoe wat al nog bijna precies zoals echt helemaal bij voor met thuis sinds tegenwoordig inmiddels hier daar`.split(/\s+/),
);
const NAMING_SUBJECTS = new Set([...PERSON_NOUNS, 'ze', 'zij', 'hij', 'kindje', 'zusje', 'broertje', 'dochtertje', 'zoontje', 'baby']);
const FORMAL_VERBS = new Set([...PERSON_VERBS, 'is', 'was', 'zal', 'zou', 'heeft', 'had', 'belde', 'meldde', 'meldt', 'schreef', 'mailde', 'stuurde']);
// The patterns below are tails tested right after a cue word found in the token loop (sticky: one test per cue, not a
// scan of the whole text).
/** Relatives in dictated text: "oma van moederskant sjoukje", "opa van vaderskant Geert". */
const SIDE_CUES = new Set('oma opa tante oom neef nicht familie'.split(' '));
const SIDE_OF_FAMILY = /[ \u00a0]+van[ \u00a0]+(?:moeders|vaders|mama'?s|papa'?s|moeder'?s|vader'?s)[ \u00a0]?kant[ \u00a0,]+(\p{L}[\p{L}'’-]+)/iuy;
/** "moeder (Wendelien)?", "broer (Jurre)": a relative or role, then a capitalised name alone in brackets. */
const BRACKET_CUES = new Set(
  `moeder vader mama papa oma opa broer broertje zus zusje tante oom stiefvader stiefmoeder pleegmoeder pleegvader vriend vriendin
juf meester mentor leerkracht gezinsvoogd ib'er ib-er`.split(/\s+/),
);
const BRACKET_NAME = /[ \u00a0]+\((\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\)/uy;
/** Card and to-do fragments: "to do Tsjalling:", "actie Marloes:" (who does it). */
const TODO_CUES = new Set(['todo', 'to-do', 'actie', 'actiepunt', 'taak']);
const TODO_NAME = /[ \u00a0]+(\p{Lu}\p{Ll}+)[ \u00a0]*:/uy;
/** Formal cues, abbreviated or not; after them a surname in shapes the other rules miss. */
const FORMAL_TAIL_CUES = new Set(['mevrouw', 'meneer', 'mijnheer', 'mevr', 'mw', 'dhr', 'hr', 'fam', 'familie', 'juf', 'meester']);
/** Roles before a listed surname in capitals: "huisarts DIJKSTRA", "mentor BAKKER" (registration systems print surnames so). */
const CAPITALS_ROLE_CUES = new Set(['huisarts', 'dokter', 'arts', 'jeugdarts', 'mentor', 'gezinsvoogd', 'jeugdbeschermer', 'regisseur', 'behandelaar']);
/** A word in capitals shaped like a surname, not an abbreviation: four letters or more with a vowel ("NOVAK"; not "GGZ", "HAVO"). */
function capitalsSurnameShape(word: string): boolean {
  return /^\p{Lu}{4,}(?:['’-]\p{Lu}{2,})*$/u.test(word) && /[AEIOUYÄËÏÖÜÁÉÍÓÚ]/u.test(word) && !ABBREVIATIONS.has(word.replace(/[^\p{Lu}]/gu, ''));
}
/**
 * After W/X: registration systems print "SURNAME, First name" ("Naam: EL HADDOUCHI, Yassir", "vader KAYA, Serkan", "(ABEBE, Selam)").
 * Words in capitals (with tussenvoegsels in capitals) before a comma and a first name (listed, or no frequent word), at the start of a field (after a
 * colon, semicolon, bracket, bar or line start) or after a person cue.
 */
const CAPITALS_SURNAME_COMMA =
  /(?<![\p{L}\p{N}])((?:(?:VAN|DE|DER|DEN|TER|TEN|EL|AL|LE|LA|DA|DOS|DI)[ \u00a0]+)*\p{Lu}{2,}(?:['’-]\p{Lu}{2,})*)[ \u00a0]*,[ \u00a0]*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu;
/** What every match of CAPITALS_SURNAME_COMMA holds: the lines without it are not searched (matchAllInLines). */
const CAPITALS_COMMA_GATE = /\p{Lu}{2}[ \u00a0]*,/u;
const FIELD_START_BEFORE = /(?:^|[:;(|\n])[ \u00a0]*$/u;
/** "dhr v.d. Heuvel", "mw. v/d Berg": an abbreviated tussenvoegsel before a capitalised surname. */
const FORMAL_ABBREVIATED_TUSSEN = /\.?[ \u00a0]+((?:v\.[ \u00a0]?d\.?|v\/d|vd|v\.|v\.[ \u00a0]?'t|i\.?[ \u00a0]?'t)[ \u00a0]?\p{Lu}\p{Ll}+)/uy;
/** "mevrouw VAN DER SCHAAF", "meneer JANSEN": a surname in capitals. */
const FORMAL_CAPITALS = /\.?[ \u00a0]+((?:(?:VAN|DE|DER|DEN|TER|TEN|VAN 'T|IN 'T|OP DE|EL|AL)[ \u00a0]+)*\p{Lu}{3,}(?:-\p{Lu}{3,})?)(?![\p{L}])/uy;
/** "meneer In 't Veld", "mevrouw Op de Beek": a capitalised tussenvoegsel that starts with a preposition. */
const ROLE_CAPITAL_TUSSEN = /[ \u00a0]+((?:Van|De|Ter|Ten|Van der|Van den|Van de|Van 't|Den|Te)[ \u00a0]+\p{Lu}\p{Ll}+)(?![\p{L}])/uy;
const FORMAL_PREPOSITION_TUSSEN = /\.?[ \u00a0]+((?:In|Op|Uit|Onder|Bij)[ \u00a0]+(?:'t|de|den|het|der)[ \u00a0]+\p{Lu}\p{Ll}+)/uy;
/** SMS shorthand: "mam vn teije", "pap v jurre": a parent abbreviated and "van" as "vn"/"v". */
const SMS_PARENT_CUES = new Set('mam pap mams paps mama papa moeder vader ma pa'.split(' '));
const SMS_PARENT_OF = /[ \u00a0]+(?:vn|v)[ \u00a0]+(\p{L}[\p{L}'’-]+)/uy;
/** "gepraat mt Wibo", "gebeld met Tjerk": talking or meeting with a capitalised word; "mt" is SMS for "met". */
const TALK_CUES = new Set(
  'gepraat gesproken gebeld geappt gemaild overlegd afgesproken praten spreken bellen appen overleggen contact gesprek gesprekje'.split(' '),
);
const TALKED_WITH = /[ \u00a0]+(?:met|mt|m\/)[ \u00a0]+(\p{Lu}\p{Ll}+)(?![\p{L}])/uy;
/** An age as an apposition after a capitalised word: "Shurendy, is 16 en ...", "over Jaydeline, 3 jr, ...". */
const AGE_APPOSITION =
  /,[ \u00a0]+(?:\d{1,2}[ \u00a0]*,(?![ \u00a0]*\d)|is[ \u00a0]+\d{1,2}(?![\p{N},.]|[ \u00a0]*(?:%|procent|keer|uur|minuten|euro|weken|week|dagen|maanden|graden|km|kilo|cm|meter|bladzijden|pagina|punten|lessen|les)(?![\p{L}]))|\d{1,2}[ \u00a0]*(?:jr|jaar|j)(?![\p{L}]))/uy;
/** "X is de achternaam", "X was haar meisjesnaam": after "is"/"was", a name noun describing the word before. */
const NAME_PREDICATE = /[ \u00a0]+((?:de|zijn|haar|hun|z'n|d'r|onze|mijn)[ \u00a0]+(?:achter|voor|roep|bij|familie|meisjes)naam)(?![\p{L}])/uy;
/**
 * A field list of notes and cards: "Inbrenger: Anouschka; casus: meisje van 8; vraag: ...". One capitalised word after a label
 * and a colon, ending at a semicolon (or at the end of the line after one): a list of fields, not running text.
 */
const FIELD_LIST_ITEM = /(?<=^|[;\n|])[ \u00a0]*\p{L}[\p{L}'’-]*(?:[ \u00a0]\p{L}[\p{L}'’-]*)?[ \u00a0]*:[ \u00a0]*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \u00a0]*(?=;|[ \u00a0]*$|[ \u00a0]*\n)/gmu;
const TOPIC_LABELS = new Set(
  `thema onderwerp methode werkvorm vorm doel vraag hulpvraag kernvraag casus locatie plaats datum tijd duur fase status diagnose
school groep klas taal vak titel boek film spel app niveau route advies conclusie`.split(/\s+/),
);
const NOUN_SHAPE = /(?:ing|heid|schap|isme|tie|teit)$/u;
/** Minutes: "Aanwezig: Hiske (vz), jgz, ib": names in the list after a label of who was there. */
// After AK also the owner of an action ("Eigenaar: Rik.", "Trekker: Anouk").
const ATTENDANCE = /(?<![\p{L}])(?:aanwezig|afwezig|afgemeld|met kennisgeving afwezig|deelnemers|notulist|voorzitter|notulen|facilitator|gespreksleider|procesbegeleider|eigenaar|trekker|actiehouder|contactpersoon)[ \u00a0]*:[ \u00a0]*([^\n]+)/giu;
/** "Beer Timmerman | 6b | 3": a first name and a surname filling the first cell of a table row. */
const TABLE_FIRST_CELL = /(?<=^|\n)[ \u00a0]*(?:\|[ \u00a0]*)?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \u00a0]+((?:(?:van|de|der|den|ter|ten|van de|van der|van den|in 't|van 't)[ \u00a0]+)?\p{Lu}[\p{L}'’-]+)[ \u00a0]*(?=\||\t)/gu;

/** The whole text is a first name and an age in brackets: a reply naming a child ("Sem (9)"). */
const WHOLE_NAME_AGE = /^[ \u00a0]*(\p{Lu}\p{Ll}+)[ \u00a0]*\([ \u00a0]*\d{1,2}[ \u00a0]*(?:jaar|jr\.?)?[ \u00a0]*\)[ \u00a0.]*$/u;
/** A capitalised word before "uit" and a school class: "Eva uit 4V", "Daan uit 2b", "Sara uit groep 6", "uit klas 3". */
const NAME_FROM_CLASS = /(?<![\p{L}])(\p{Lu}\p{Ll}+)[ \u00a0]+uit[ \u00a0]+(?:\d[A-Za-z]{1,2}|(?:groep|klas|leerjaar)[ \u00a0]+\d{1,2}[a-z]?)(?![\p{L}\p{N}])/gu;

const FROM_CLASS_GATE = /[ \u00a0]uit[ \u00a0]+(?:\d|groep|klas|leerjaar)/u;

/** One capitalised word alone after a sentence end, ending the text: a signature. */
const SIGNATURE_END = /(?:[.!?][ \u00a0]+|\n[ \u00a0]*)(\p{Lu}\p{Ll}+)[.!]?[ \u00a0]*$/u;

/** A capitalised word that may stand for a person: no frequent word, place, capitalised noun or type of institution. */
function possiblePerson(word: string): boolean {
  return !isFrequentWord(word) && !isNotName(word) && !isPlaceOrRegion(word) && !isInstitutionType(word);
}

/** The first group of a sticky pattern tested at `at`, with its offset; undefined when it does not match there. */
function tailAt(re: RegExp, text: string, at: number): { text: string; start: number } | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  const g = m?.[1];
  if (!m || !g) return undefined;
  return { text: g, start: at + m[0].lastIndexOf(g) };
}

/**
 * Names in dictated text (no capitals, no punctuation) and in notes, cards, minutes and pasted tables, which the rules
 * above read as running text: each pattern is anchored on a cue of its own style.
 */
function detectDictatedAndNoteNames(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  const add = (g: { text: string; start: number } | undefined, ok: (w: string) => boolean = () => true): boolean => {
    if (!g || !ok(g.text)) return false;
    out.push({ kind: 'name', start: g.start, end: g.start + g.text.length });
    return true;
  };
  const lowerOrUnknown = (w: string): boolean =>
    startsUpper(w) ? possiblePerson(w) || isFirstName(w) : w.length > 2 && (isListedName(w) || !isCommonWord(w)) && !NAMING_STOP.has(fold(w));
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok) continue;
    const f = tok.folded;
    const next = tokens[i + 1];
    const nf = fold(next?.text ?? '');
    // "jade heet ze", "Sami heette hij": a name, then the naming verb and a pronoun (dictated word order).
    if (next && (nf === 'heet' || nf === 'heette') && adjacent(text, tok, next) && ['ze', 'zij', 'hij'].includes((tokens[i + 2]?.folded ?? '')) &&
      tok.text.length > 2 && (isFirstName(tok.text) || !isCommonWord(tok.text)) && !NAMING_STOP.has(f) && !isNotName(tok.text)) {
      out.push({ kind: 'name', start: tok.start, end: tok.end });
    }
    // "Vos is de achternaam van het pleeggezin", "Jansen was haar meisjesnaam": a word described as a name is one.
    if (next && (nf === 'is' || nf === 'was') && adjacent(text, tok, next) && tok.text.length > 1 && !isNotName(tok.text) && !NAMING_STOP.has(f) &&
      tailAt(NAME_PREDICATE, text, next.end)) {
      out.push({ kind: 'name', start: tok.start, end: tok.end });
    }
    // "het meisje heet hoop", "ze heet lieve": after a person and "heet", the next word is a name, whatever else it means.
    if (next && (f === 'heet' || f === 'heette') && NAMING_SUBJECTS.has((tokens[i - 1]?.folded ?? '')) && adjacent(text, tok, next) &&
      !NAMING_STOP.has(nf) && !PRONOUNS.has(nf) && next.text.length > 2 && /^\p{L}+$/u.test(next.text)) {
      out.push({ kind: 'name', start: next.start, end: next.end });
    }
    // "mevrouw bouwmeester wil ...", "meneer van den hoven komt ...": a lowercase surname that no list has after a formal
    // cue, when it is no frequent word and a verb, a comma or the end follows (dictated text has no capitals).
    if (next && (f === 'mevrouw' || f === 'meneer' || f === 'mijnheer') && adjacent(text, tok, next)) {
      const t = tussenvoegselAt(text, tokens, i + 1);
      const sur = tokens[i + 1 + t];
      if (sur && startsLower(sur.text) && (t === 0 || adjacent(text, tokens[i + t], sur)) && sur.text.length > 3 &&
        !isFrequentWord(sur.text) && !isInstitutionType(sur.text) && !isNotName(sur.text) && (t > 0 || startsLower(next.text))) {
        const after = tokens[i + 2 + t];
        const tail = text.slice(sur.end, sur.end + 2);
        // After Y: also before a preposition that opens what the talk was about ("mevrouw ter horst over de omgang").
        // After CZ: also before "van" and an article, the service they work for ("mevrouw achterberg van de jeugdbescherming").
        const ofService = after?.folded === 'van' && /^(?:de|het|'t)$/u.test((tokens[i + 3 + t]?.folded ?? ''));
        if (/^(?:[ \u00a0]*[,.;:)!?]|[ \u00a0]*$)/u.test(tail) || (after && (FORMAL_VERBS.has(after.folded) || FORMAL_TOPIC_AFTER.has(after.text))) || ofService) {
          out.push({ kind: 'name', start: next.start, end: sur.end });
        }
      }
    }
    if (FORMAL_TAIL_CUES.has(f) || CAPITALS_ROLE_CUES.has(f)) {
      // With a tussenvoegsel in capitals any word ("VAN DEN BERG"); alone a listed surname that is no frequent word, after W/X also
      // after a doctor's or mentor's role ("huisarts DIJKSTRA"), and after a formal title any word in capitals of four letters or more
      // that is no frequent word or abbreviation, as registration systems print surnames ("dhr. NOVAK"; not "mevrouw AVG").
      const capitalsOk = (w: string): boolean => {
        const words = w.split(/[ \u00a0]+/);
        const last = words.at(-1) ?? '';
        if (isInstitutionType(last)) return false;
        if (words.length > 1) return FORMAL_TAIL_CUES.has(f);
        return (isSurnameCore(last) && !isFrequentWord(last)) || (FORMAL_CUES.has(f) && capitalsSurnameShape(last) && !isFrequentWord(last));
      };
      if (!add(tailAt(FORMAL_ABBREVIATED_TUSSEN, text, tok.end)) && !add(tailAt(FORMAL_PREPOSITION_TUSSEN, text, tok.end))) {
        add(tailAt(FORMAL_CAPITALS, text, tok.end), capitalsOk);
      }
    }
    // After Z: "Jeugdarts Van Rijn adviseert": after a doctor's or mentor's role a capitalised tussenvoegsel and a listed surname.
    // The capitalised tussenvoegsel mid-sentence is the mark, so the surname need not be listed ("Van Rijn").
    if (CAPITALS_ROLE_CUES.has(f)) add(tailAt(ROLE_CAPITAL_TUSSEN, text, tok.end), (w) => !isInstitutionType(w.split(/[ \u00a0]+/).at(-1) ?? ''));
    if (SIDE_CUES.has(f)) add(tailAt(SIDE_OF_FAMILY, text, tok.end), lowerOrUnknown);
    if (BRACKET_CUES.has(f)) add(tailAt(BRACKET_NAME, text, tok.end), (w) => possiblePerson(w) || isFirstName(w));
    if (TODO_CUES.has(f) || (f === 'do' && (tokens[i - 1]?.folded ?? '') === 'to')) add(tailAt(TODO_NAME, text, tok.end), possiblePerson);
    if (SMS_PARENT_CUES.has(f)) add(tailAt(SMS_PARENT_OF, text, tok.end), (w) => (startsUpper(w) ? possiblePerson(w) : lowerOrUnknown(w)));
    if (TALK_CUES.has(f)) add(tailAt(TALKED_WITH, text, tok.end), (w) => possiblePerson(w) && !isCommonWord(w));
    if (codeAt(text, tok.end) === 44 && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(tok.text)) {
      AGE_APPOSITION.lastIndex = tok.end;
      if (AGE_APPOSITION.test(text) && possiblePerson(tok.text) && (isFirstName(tok.text) || !isCommonWord(tok.text))) {
        out.push({ kind: 'name', start: tok.start, end: tok.end });
      }
    } else if (codeAt(text, tok.end) === 44 && /^\p{Ll}{3,}$/u.test(tok.text) && isFirstName(tok.text) && !isNotName(tok.text) &&
      !LOWERCASE_NOT_NAMES.has(f) && !NOT_SUBJECT_BEFORE.has((tokens[i - 1]?.folded ?? ''))) {
      // Chat: "ik heb hier joep, 15, die ...": a lowercase first name (also a word) before an age apposition.
      AGE_APPOSITION.lastIndex = tok.end;
      if (AGE_APPOSITION.test(text)) out.push({ kind: 'name', start: tok.start, end: tok.end });
    }
  }
  for (const m of matchAllInLines(linesWith(text, CAPITALS_COMMA_GATE), CAPITALS_SURNAME_COMMA)) {
    const surname = m[1] ?? '';
    const first = m[2] ?? '';
    const last = surname.split(/[ \u00a0]+/).at(-1) ?? '';
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const cue = fold(/(\p{L}+)[ \u00a0]+$/u.exec(before)?.[1] ?? '');
    if (!FIELD_START_BEFORE.test(before) && !CUES.has(cue)) continue;
    // The capitals are a surname: a tussenvoegsel before them, a listed surname that is no frequent word, or a surname's shape.
    const surnameOk = surname !== last || (isSurnameCore(last) && !isFrequentWord(last)) || (capitalsSurnameShape(last) && !isFrequentWord(last));
    if (!surnameOk || isInstitutionType(last) || !(isFirstName(first) || (possiblePerson(first) && !isCommonWord(first))) || isNotName(first)) continue;
    out.push({ kind: 'name', start: m.index, end: m.index + surname.length });
  }
  // After Z: "notul" is the stem of "notulist" and "notulen" (the quick test missed both, so "Notulist: ..." was never read).
  if (/(?:aanwezig|afwezig|afgemeld|deelnemers|notul\p{L}*|voorzitter|facilitator|gespreksleider|procesbegeleider|eigenaar|trekker|actiehouder|contactpersoon)[ \u00a0]*:/iu.test(text)) {
    for (const m of text.matchAll(ATTENDANCE)) {
      const list = m[1] ?? '';
      const listStart = m.index + m[0].length - list.length;
      for (const item of list.matchAll(/(?<=^|,|;)[ \u00a0]*(\p{Lu}\p{Ll}+)(?=[ \u00a0]*(?:\(|,|;|\.(?:[ \u00a0]|$)|$)|[ \u00a0]+(\p{Lu}\p{Ll}+)[ \u00a0]*(?:\(|,|;|$))/gu)) {
        const w = item[1] ?? '';
        // After Z: a listed name that the first-name list lacks ("Willemijn") before a listed surname is a full name too.
        const full = !!item[2] && isListedName(w) && isSurnameCore(item[2]) && !isNotName(w);
        if (!full && !isFirstName(w) && !(possiblePerson(w) && !isCommonWord(w))) continue;
        const start = listStart + item.index + item[0].indexOf(w);
        const gap = full ? (/^[ \u00a0]+/u.exec(list.slice(item.index + item[0].length))?.[0].length ?? 0) + (item[2]?.length ?? 0) : 0;
        out.push({ kind: 'name', start, end: start + w.length + gap });
      }
    }
  }
  if (text.includes(';') && text.includes(':')) {
    for (const m of text.matchAll(FIELD_LIST_ITEM)) {
      const w = m[1] ?? '';
      const start = m.index + m[0].lastIndexOf(w);
      // Ending at the line's end, the item must follow a semicolon: "...; inbrenger: Anouschka".
      if (charOf(text, start + w.length) !== ';' && charOf(text, m.index - 1) !== ';') continue;
      const label = fold(/^[ \u00a0]*(\p{L}+)/u.exec(m[0])?.[1] ?? '');
      // Not a topic or a setting ("Thema: Hechting;", "Methode: Taakspel;"); an unlisted value not shaped like a Dutch noun.
      if (TOPIC_LABELS.has(label) || !possiblePerson(w) || (!isListedName(w) && (isCommonWord(w) || NOUN_SHAPE.test(fold(w))))) continue;
      out.push({ kind: 'name', start, end: start + w.length });
    }
  }
  if (text.includes('|') || text.includes('\t')) {
    for (const m of text.matchAll(TABLE_FIRST_CELL)) {
      const first = m[1] ?? '';
      const last = (m[2] ?? '').split(/[ \u00a0]+/).at(-1) ?? '';
      // Both listed names, or one listed and the other no ordinary word ("Eerste Gesprek |" is a header).
      if ((isListedName(first) || isFirstName(first)) && (isListedName(last) || possiblePerson(last)) && !isNotName(first) && !isNotName(last) &&
        (!isFrequentWord(first) || !isFrequentWord(last) || (isSurnameCore(last) && isListedName(first)))) {
        const start = m.index + m[0].indexOf(first);
        out.push({ kind: 'name', start, end: m.index + m[0].lastIndexOf(m[2] ?? '') + (m[2] ?? '').length });
      }
    }
  }
  // After S: a reply that is only a first name and an age ("Sem (9)"), or a first name before "uit" and a class ("Eva uit 4V",
  // "uit groep 6": a class holds pupils, a title or place does not look like one).
  const reply = WHOLE_NAME_AGE.exec(text);
  if (reply?.[1] && isFirstName(reply[1]) && !isNotName(reply[1]) && !isPlaceOrRegion(reply[1])) {
    const start = reply.index + reply[0].indexOf(reply[1]);
    out.push({ kind: 'name', start, end: start + reply[1].length });
  }
  for (const m of matchAllInLines(linesWith(text, FROM_CLASS_GATE), NAME_FROM_CLASS)) {
    const w = m[1] ?? '';
    if (isFirstName(w) && !isNotName(w) && !isPlaceOrRegion(w)) out.push({ kind: 'name', start: m.index, end: m.index + w.length });
  }
  // "... naar de volgende sessie? Sietse.", "Groetjes en tot morgen! Fenna": a listed first name standing alone as the last
  // sentence of a message is its signature (no capitalised noun or place; a frequent word only after "?" or "!", an answer or a
  // closing greeting: "Wie doet het? Kim.", "Doei! Roos"; "Prima.", "Dank!" are no first names).
  const sig = SIGNATURE_END.exec(text);
  const w = sig?.[1];
  if (sig && w && isFirstName(w) && (!isFrequentWord(w) || /^[?!]/u.test(sig[0])) && !isNotName(w) && !isPlaceOrRegion(w) && !isKnownPlace(w)) {
    const start = sig.index + sig[0].lastIndexOf(w);
    out.push({ kind: 'name', start, end: start + w.length });
  }
  return out;
}

const INITIAL_EXCLUDED_BEFORE = new Set(
  'groep klas bijlage fase stap niveau optie type vitamine punt plan route cluster blok lokaal kind deel versie variant scenario'.split(' '),
);
const ABBREVIATIONS = new Set(
  'NB PS BV NV VS EU AUB OA IPV TAV MBT SVP ZSM IVM DWZ ED VO PO SO MAW OK AD AM PM NAV TV AS EV MI NL UK VWO HAVO MBO HBO WO VMBO ISK GGZ GGD AVG BSN ZGAN CV RIP BVB WC'.split(' '),
);

const TIME_ABBREVIATIONS = new Set(['AM', 'PM']);
/** A lowercase label and a colon ("gezinsvoogd:", "moeder:") before a name: a form field, not a sentence start. */
const FIELD_LABEL_BEFORE = /(?<![\p{L}])\p{Ll}{3,}[ \u00a0]*:[ \u00a0]*$/u;

function ci(words: string): string {
  return words
    .split('|')
    .map((w) => `[${w.charAt(0).toLowerCase()}${w.charAt(0).toUpperCase()}]${w.slice(1).replace(/\./g, '\\.')}`)
    .join('|');
}

const TUSSEN_RE = `(?:${ci("van der|van den|van de|van 't|van|de|der|den|ter|ten|te|el|al")}|'t)`;
// "J. de Vries", "A.B. Jansen", "J.P. van der Berg"
const INITIALS_SURNAME = new RegExp(
  `(?<![\\p{L}\\p{N}.])((?:\\p{Lu}\\.[ \\u00a0]?){1,4})(?:(${TUSSEN_RE})[ \\u00a0]+)?(\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}\\p{Ll}+)?)`,
  'gu',
);
// "T.v.d.H.", "J.v.d. Berg", "A. v.d. Heuvel": initials with an abbreviated tussenvoegsel.
const INITIALS_TUSSEN = /(?<![\p{L}\p{N}.])(?:\p{Lu}\.[ \u00a0]?){1,4}(?:v\.[ \u00a0]?(?:d\.|'t)?|vd\.?)[ \u00a0]?(?:\p{Lu}\.|\p{Lu}\p{Ll}+)/gu;
/** Roles and bodies written like initials with "v." ("O.v.J." officier van justitie, "R.v.d.K.", "K.v.K."): nobody's initials. */
const ROLE_ABBREVIATIONS = new Set(['ovj', 'rvdk', 'rvk', 'rvb', 'rvt', 'kvk', 'mvr']);
// "A.B." standing alone
const INITIALS_ONLY = /(?<![\p{L}\p{N}.])(?:\p{Lu}\.[ \u00a0]?){2,4}(?![\p{L}])/gu;
// "mevrouw K.", "dhr. P.", "juf A."
const ROLE_INITIAL = new RegExp(
  `(?<![\\p{L}])(?:${ci('mevrouw|meneer|mevr.|mw.|dhr.|hr.|juf|juffrouw|meester|moeder|vader|dokter|dr.|cliënt|client|leerling|jongen|meisje|broer|zus|zoon|dochter|oma|opa|mentor|vriend|vriendin|familie|fam.|buurman|buurvrouw')})[ \\u00a0]+(\\p{Lu}\\.)(?![\\p{L}])`,
  'gu',
);
// After V: "op naam van r. bakker", "t.a.v. mw. j. de vries": lowercase initials and a listed surname after a cue that names
// a person (chat text has no capitals); after AO also after "mr.", "naar" and "aan" ("mr. a. hofstra", "naar r. de vries").
const LOWER_INITIALS = new RegExp(
  `(?=\\p{Ll})(?<=(?:^|[^\\p{L}])(?:naam(?:[ \\u00a0]+van|:)?|t\\.a\\.v\\.|tav|mevrouw|meneer|mevr\\.?|mw\\.?|dhr\\.?|familie|fam\\.?|mr\\.|naar|aan)[ \\u00a0]+)((?:\\p{Ll}\\.[ \\u00a0]?){1,3})(?:(${TUSSEN_RE})[ \\u00a0]+)?(\\p{Ll}{3,}(?:-\\p{Ll}+)?)(?![\\p{L}.])`,
  'giu',
);
// "De jongen (J.) wil ..." — an initial alone in parentheses
const PAREN_INITIAL = /(?<=\()(\p{Lu})\.(?=\)|,[ \u00a0]*\d{1,2}(?:[ \u00a0]*(?:jr|jaar))?[ \u00a0]*\))/gu; // after CK also with an age: "(K., 14)"
// "dat K. vaak ..." — a single initial used as a name in the middle of a sentence
const LONE_INITIAL = /(?<=[\p{Ll},][ \u00a0])(\p{Lu})\.(?=[ \u00a0]\p{Ll}|,[ \u00a0])/gu;
// "J. weet ervan.", "ingebracht; M. zegt dat ..." — a single initial opening a sentence or a clause after a semicolon before a verb
// only a person does (not "A. Inleiding", not "; A. ja of nee")
const INITIAL_SUBJECT = /(?<![\p{L}\p{N}.])(\p{Lu})\.[ \u00a0]+(\p{Ll}+)(?![\p{L}])/gu;
/** After GZ–HD: an initial said without its dot and a surname with its tussenvoegsel, after a name's or address's cue ("naam van s van dalen"). */
const DOTLESS_INITIAL_SURNAME =
  /(?<![\p{L}])(?:naam(?:[ \u00a0]+van)?|mevrouw|meneer|mw|mevr|dhr|aan|door)[ \u00a0]+((\p{Ll})[ \u00a0]+(?:van|de|ter|ten|el|al)(?:[ \u00a0]+(?:de|der|den))?[ \u00a0]+(\p{Ll}{3,}))(?![\p{L}])/gu;
/** One lowercase letter and its dot, not inside a dotted group, an address or a word ("voor j. is", "met d. sinds", "van l.,"). */
const SINGLE_LOWER_INITIAL = /(?<![\p{L}\p{N}.@/'’-])(\p{Ll})\.(?=[ \u00a0]*(?:[,:;)?!]|$)|[ \u00a0]+\p{Ll})(?![ \u00a0]*\p{Ll}\.)/gmu;
/** The cheap test before SINGLE_LOWER_INITIAL: a lowercase letter with a dot after a space or bracket, then a space, a sign or the end. */
const SINGLE_LOWER_INITIAL_GATE = /(?:^|[ \u00a0(])\p{Ll}\.(?:[ \u00a0,:;)?!]|$)/mu;
/** Words after which a letter is an option, a part or a letter itself ("plan b.", "bijlage a.", "met een v.", "onder a."). */
const OPTION_WORDS = new Set(
  'plan bijlage optie groep fase niveau letter een één dubbel zonder vitamine type klas blok stap deel punt route variant categorie model versie scenario hoofdstuk paragraaf sectie item vraag antwoord kolom rij lokaal de onder artikel lid sub'.split(' '),
);
/**
 * After EX–EZ: lowercase initials of two to four letters, each with its dot, standing for a person in chat and dictation ("heeft
 * j.w. een gebiedsverbod", "in het plan van k.m. staat", "b.k. heeft zich"); not an abbreviation ("o.a.", "i.p.v.", "d.w.z.",
 * "z.s.m.": isAbbreviation). After GP–GT without a cue word, except next to a number.
 */
// (After HJ–HN also where the sentence or line ends: "broertje heet t.v.d.b.".)
const LOWER_INITIAL_GROUP = /(?<![\p{L}\p{N}.@/])((?:\p{Ll}\.){2,4})(?=[ \u00a0,:;)?!\n]|$)/gu;
const BEFORE_LOWER_INITIALS = /(?:^|[ \u00a0(])(?:van|voor|met|dat|eh|ehm|en|bij|aan|over|heeft|had|is|was|zegt|zei|wil|moet|mag|kan|we|wij)[ \u00a0]+$/u;

/** An initial as a pseudonym: after "noemen hem (hierna)" or before "(eigenlijk ...)" / "(echte naam ...)". */
const PSEUDONYM_INITIAL = [
  // (After HO–HS also lowercase initials, and "even" or "maar" before them: "ik noem haar even n.b.".)
  /(?<![\p{L}])noem(?:en|t|de|den)?[ \u00a0]+(?:(?:we|ze|ik|zij|hij)[ \u00a0]+)?(?:hem|haar|hen|'m)[ \u00a0]+(?:(?:hierna|voortaan|verder|hier|kortweg|gewoon|even|maar)[ \u00a0]+){0,2}(?:\p{Lu}\.|(?:\p{Ll}\.){1,3})(?![\p{L}])/gu,
  /(?<![\p{L}\p{N}.])\p{Lu}\.(?=[ \u00a0]*\((?:eigenlijk|echte naam|roepnaam)[ \u00a0)])/gu,
];

function wordBefore(text: string, index: number): string {
  const m = /(\p{L}+)[ \u00a0]*$/u.exec(text.slice(Math.max(0, index - 30), index));
  return m ? fold(m[1] ?? '') : '';
}

export function detectInitials(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Every pattern below but the lone reply holds a letter with a dot and none crosses a line: only those lines are searched.
  const lines = linesWith(text, INITIAL_WITH_DOT);
  for (const m of matchAllInLines(lines, INITIALS_SURNAME)) {
    const surname = m[3] ?? '';
    if (isNotName(surname)) continue;
    if (INITIAL_EXCLUDED_BEFORE.has(wordBefore(text, m.index))) continue;
    const letters = (m[1] ?? '').replace(/[^\p{Lu}]/gu, '');
    // "A.M." before a surname is initials; as a time it follows a number ("9 A.M.").
    if (letters.length > 1 && ABBREVIATIONS.has(letters) && !(TIME_ABBREVIATIONS.has(letters) && !/\d[ \u00a0]*$/u.test(text.slice(0, m.index)))) continue;
    // "... in 2019 A. Daarna" is not a name; a single initial before a sentence-like word needs a tussenvoegsel or a listed surname.
    // After a field label ("gezinsvoogd: W. Kartoidjojo") it is no sentence start.
    if (letters.length === 1 && !m[2] && isSentenceInitial(text, m.index) && !isSurnameCore(surname) && !isFirstName(surname) && !(FIELD_LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) && !isFrequentWord(surname))) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      if (!/^[ ,]/.test(after)) continue;
    }
    // A double surname without a hyphen ("A.M. Lopes Semedo"): the next capitalised word too, unless it is a word or a place.
    const next = /^[ \u00a0](\p{Lu}\p{Ll}+)(?![\p{L}.])/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 30))?.[1];
    const extra = next && !isNotName(next) && !isFrequentWord(next) && !isKnownPlace(next) ? next.length + 1 : 0;
    out.push({ kind: 'initials', start: m.index, end: m.index + m[0].length + extra });
  }
  for (const m of matchAllInLines(lines, INITIALS_TUSSEN)) {
    if (ROLE_ABBREVIATIONS.has(m[0].replace(/[^\p{L}]/gu, '').toLowerCase())) continue;
    out.push({ kind: 'initials', start: m.index, end: m.index + m[0].length });
  }
  for (const m of matchAllInLines(lines, INITIALS_ONLY)) {
    const letters = m[0].replace(/[^\p{Lu}]/gu, '');
    // "dank aan A.M. en ...": A.M./P.M. are a time only after a number ("9 A.M.").
    if (ABBREVIATIONS.has(letters) && !(TIME_ABBREVIATIONS.has(letters) && !/\d[ \u00a0]*$/u.test(text.slice(Math.max(0, m.index - 4), m.index)))) continue;
    const end = m.index + m[0].trimEnd().length;
    out.push({ kind: 'initials', start: m.index, end });
  }
  for (const m of matchAllInLines(lines, ROLE_INITIAL)) {
    const init = m[1] ?? '';
    const start = m.index + m[0].length - init.length;
    out.push({ kind: 'initials', start, end: start + init.length });
  }
  // After S: a reply that is one initial only ("J.") signs or names someone; A to D stay answer options ("A." to "A of B?").
  const lone = /^[ \u00a0]*([E-Z])\.[ \u00a0]*$/u.exec(text);
  if (lone) out.push({ kind: 'initials', start: lone.index + lone[0].indexOf(lone[1] ?? ''), end: lone.index + lone[0].indexOf(lone[1] ?? '') + 2 });
  for (const m of matchAllInLines(lines, PAREN_INITIAL)) {
    // "groep (B.)" is a label, but "Kind (N.)" is the child's initial: a dot in brackets after a person word.
    const before = wordBefore(text, m.index - 1);
    if (INITIAL_EXCLUDED_BEFORE.has(before) && before !== 'kind') continue;
    out.push({ kind: 'initials', start: m.index, end: m.index + m[0].length });
  }
  // "P. (Pim) de Boer": initials before a calling name in brackets.
  for (const m of matchAllInLines(lines, CALLING_NAME)) {
    if (!surnameFollows(text, m)) continue;
    const initials = /^(?:\p{Lu}\.[ \u00a0]?)+/u.exec(m[0])?.[0].trimEnd() ?? '';
    out.push({ kind: 'initials', start: m.index, end: m.index + initials.length });
  }
  for (const m of matchAllInLines(lines, LONE_INITIAL)) {
    if (INITIAL_EXCLUDED_BEFORE.has(wordBefore(text, m.index))) continue;
    out.push({ kind: 'initials', start: m.index, end: m.index + m[0].length });
  }
  // "J. (eigenlijk Jasmijn) wil ...", "Ik noem hem hierna D.;", "(we noemen hem P.)": an initial used as a pseudonym.
  for (const re of PSEUDONYM_INITIAL) {
    for (const m of matchAllInLines(lines, re)) {
      // The initials: the letters with their dots at the end of the match (one capital, or up to three lowercase ones).
      const size = /(?:\p{Ll}\.){1,3}$|\p{Lu}\.$/u.exec(m[0])?.[0].length ?? 2;
      const start = m.index + m[0].length - size;
      out.push({ kind: 'initials', start, end: start + size });
    }
  }
  for (const m of matchAllInLines(lines, LOWER_INITIALS)) {
    const surname = m[3] ?? '';
    // (After EQ–EW also a surname no list has that is no frequent word: "t.a.v. j. schuurman".)
    const core = surname.split('-')[0] ?? '';
    // (After FT–FW also a word the lists know that is no frequent one after a cue other than "naar" or "aan": "naam d. bouwman";
    // "naar o.a. school" is no name, an abbreviation.)
    const strongCue = !/(?:naar|aan)[ \u00a0]+$/u.test(text.slice(Math.max(0, m.index - 6), m.index)) && !isAbbreviation((m[1] ?? '').replace(/[ \u00a0]/gu, '').slice(0, -1));
    if (/\p{Lu}/u.test(m[0]) || !(isSurnameCore(core) || (core.length >= 4 && !isFrequentWord(core) && !isNameWord(core) && (strongCue || !isKnownWord(core)))) || isNotName(surname)) continue;
    out.push({ kind: 'initials', start: m.index, end: m.index + m[0].length });
  }
  for (const m of matchAllInLines(lines, LOWER_INITIAL_GROUP)) {
    const group = m[1] ?? '';
    if (isAbbreviation(group.slice(0, -1))) continue;
    const after = /^[ \u00a0,]+(\p{Ll}+)/u.exec(text.slice(m.index + group.length, m.index + group.length + 20))?.[1] ?? '';
    // (After GK–GO also opening a line before a number label, "k.v.d.l. lln 210377", and before "en" and a relative, "m.t. en haar
    // broertje".)
    // (After GP–GT without a cue word too, "heb jij j.b. vandaag nog gezien", "zit f.h. nou bij": across the corpus every such group
    // that is no listed abbreviation was someone's initials. After a number it is a range or a date, "4 t.m. 12", "d.d. 19-09".)
    if (/\d[ \u00a0]*$/u.test(text.slice(Math.max(0, m.index - 3), m.index)) || /^[ \u00a0]*\d/u.test(text.slice(m.index + group.length, m.index + group.length + 3))) {
      if (!BEFORE_LOWER_INITIALS.test(text.slice(Math.max(0, m.index - 12), m.index)) && !PERSON_VERBS.has(after)) continue;
    }
    out.push({ kind: 'initials', start: m.index, end: m.index + group.length });
  }
  // After GZ–HD: one lowercase letter with its dot for a child, in chat ("de afspraak voor j. is verzet", "gaat goed met d. sinds",
  // "alleen z. slaapt slecht"): across the corpus 341 such letters were initials and 4 were not. Not "u.", a letter after an option's or
  // a letter's word ("plan b.", "bijlage a.", "met een v.", "na de w."), a range ("van a. naar b.", "van e naar d."), nor "v." for "van".
  for (const m of SINGLE_LOWER_INITIAL_GATE.test(text) ? matchAllInLines(lines, SINGLE_LOWER_INITIAL) : []) {
    const letter = m[1] ?? '';
    if (letter === 'u') continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const word = /(\p{L}+)[ \u00a0]*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    if (OPTION_WORDS.has(word) || /\d[ \u00a0]*$/u.test(before)) continue;
    const after = text.slice(m.index + 2, m.index + 16);
    if (/^[ \u00a0]*(?:naar|of|en|tot|t\/m)[ \u00a0]+\p{Ll}\.?(?![\p{L}])/u.test(after) || /(?<![\p{L}])\p{Ll}\.?[ \u00a0]+(?:naar|of|en|tot)[ \u00a0]+$/u.test(before)) continue;
    if (letter === 'v' && /^[ \u00a0]+\p{Ll}{3,}/u.test(after)) continue;
    if (!out.some((c) => c.start <= m.index && m.index < c.end)) out.push({ kind: 'initials', start: m.index, end: m.index + 2 });
  }
  // After GZ–HD: an initial said without its dot before a surname with its tussenvoegsel, after a name's or an address's cue ("op naam
  // van s van dalen", "mevrouw j de vries").
  if (/ [a-z] (?:van|de|ter|ten|el|al) /u.test(text)) {
    for (const m of text.matchAll(DOTLESS_INITIAL_SURNAME)) {
      const span = m[1] ?? '';
      const start = m.index + m[0].length - span.length;
      if ((m[2] ?? '') === 'u' || isNotName(m[3] ?? '')) continue;
      out.push({ kind: 'initials', start, end: start + span.length });
    }
  }
  for (const m of matchAllInLines(lines, INITIAL_SUBJECT)) {
    if (!PERSON_VERBS.has(m[2] ?? '') || !isSentenceInitial(text, m.index)) continue;
    out.push({ kind: 'initials', start: m.index, end: m.index + 2 });
  }
  return out;
}
