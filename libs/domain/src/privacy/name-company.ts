/**
 * Names known by the company they keep (2 December, after AX to BQ): a first name that is also a word, a surname, or a word no
 * list knows, where the sentence around it leaves little doubt even without a capital. The context model (context-model.ts)
 * weighs the two words on each side of a lowercase word; these patterns reach further (a name found three words away, a verb at
 * the end of the clause, an age in brackets) and hold in every line, capitalised or not. The patterns, each with its examples in
 * inCompany below and in name-company.spec.ts:
 *
 * - next to a name found: coordinated ("met ilse en roos"), a misheard name corrected ("Hoogeveen... Hogeveen?");
 * - after a word for a relative, title or profession ("zijn zusje bo", "meester vos", "dokter okafor", "huisarts van der meulen");
 * - in a phrase that only a person fits ("moeder van filmon", "kees van het wijkteam", "met roos gesproken", "roos zegt",
 *   "ik ben bas", "dank je wel dewi", "rob zijn huis", "dossiernr van storm", "jaylano's school");
 * - with what describes a person after it ("bo uit groep 7", "Liva (3 jr)", "Bram (groep 4)", "Hoop, het meisje dat ...",
 *   "kramer, met een k"), or opening a sentence alone ("Moeder: Oksana Kovalenko.").
 *
 * dropLetterOpenings (at the end) is the one rule the other way: the first word of a letter after its salutation is no name.
 */
import { lexicalClass, MASS_NOUN_NAMES } from './context-model.js';
import { isKnownPlace, isPlaceOrRegion } from './geo.js';
import { isLowercaseDoubleFirstName } from './name-lists.js';
import { AUXILIARIES, FINITE_AFTER_SUBJECT, isLineStart, MODAL_VERBS, NAME_NOUNS, PLURAL_PERSON_VERBS, SAY_VERBS, STORY_CONTEXT, type Token } from './names.js';
import { charOf, codeAt, isAbbreviation, isSentenceInitial, sentenceAfter, sentenceBefore, startsLower, startsUpper } from './text.js';
import { endsLikeCompound, isCompound, isFieldTerm, isKnownThing, isPronominalAdverb } from './unknown-words.js';
import type { Candidate } from './types.js';

// Words around a name.

/** Relatives and friends a name follows ("zijn zusje bo", "opa joop", "haar vriend jamiro"). */
const SIBLING_WORDS = new Set(
  `vriend vriendin vriendje vriendinnetje buurman buurvrouw opa oma tante oom neef nicht zusje broertje zus broer zoon zoontje
dochter dochtertje neefje nichtje tweelingzus tweelingbroer halfzus halfbroer halfzusje halfbroertje stiefzus stiefbroer pleegzoon
pleegdochter pleegkind pleegbroer pleegzus kleinzoon kleindochter jongste oudste middelste schoonzus schoonbroer schoonmoeder schoonvader zwager ome`.split(/\s+/u),
);
/** People whose child or pupil is named after "van" ("de moeder van filmon", "de juf van mees"). */
const OF_WORDS = new Set(
  `moeder vader mama papa mam pap ouders oma opa tante oom juf juffrouw meester mentor mentrix pleegmoeder pleegvader pleegouders
stiefvader stiefmoeder vriendje vriendinnetje vriend vriendin klasgenoot klasgenote broer zus broertje zusje gezinsvoogd begeleider
logopedist fysiotherapeut fysio therapeut psycholoog huisarts kinderarts jeugdarts behandelaar trainer coach kinderen kind zoon dochter`.split(/\s+/u),
);
/** A team, school or service after "X van (het/de)": "kees van het wijkteam", "kim van bso de boomhut". */
const SERVICE_WORDS = new Set(
  `wijkteam buurtteam sociaal school basisschool bso kdv opvang kinderopvang cjg ggd jgz consultatiebureau jeugdzorg jeugdhulp gemeente
leerplicht jeugdbescherming veilig zorgteam samenwerkingsverband thuiszorg praktijk huisartsenpraktijk ziekenhuis woningcorporatie
schuldhulp schuldhulpverlening politie moskee kerk buurthuis wijkcentrum jongerenwerk voedselbank bibliotheek voetbal voetbalclub
sportclub club vereniging pleegzorg ggz buurtkamer jongerencentrum`.split(/\s+/u),
);
/** Titles a first name or surname follows directly ("meester vos", "juf bregje", "mw. sluiter"). */
const PERSON_TITLES = new Set('juf juffrouw meester mentor trainer coach trainster dhr mw mevr mevrouw meneer'.split(' '));
/** Professions a surname follows ("dokter okafor", "huisarts van der meulen", "kinderfysio wibowo"). */
const ROLE_TITLES = new Set(
  `dokter huisarts jeugdarts kinderarts arts fysio kinderfysio fysiotherapeut ergotherapeut logopedist psycholoog psychiater
orthopedagoog conrector rector directeur directrice wijkcoach jeugdbeschermer gezinsvoogd jeugdconsulent leerplichtambtenaar wijkagent
jeugdagent agent zorgcoördinator pleeggezin gastgezin pm'er ib'er stagiair stagiaire leidster broeder zuster chauffeur taxichauffeur
buschauffeur chauffeuse gastouder oppas brigadier hoofdagent verbalisant conciërge concierge
gedragswetenschapper vrijwilliger vrijwilligster collega voogd begeleider begeleidster hulpverlener jeugdhulpverlener jongerenwerker
buurtsportcoach gezinscoach griffier wethouder burgemeester raadslid teamleider schoolleider locatieleider rechter pastor pastoor dominee imam priester pater
deurwaarder bewindvoerder budgetcoach schuldhulpverlener advocaat notaris`.split(/\s+/u),
);
/**
 * After EL–EO: a compound whose last part names a role is a role too ("gastmoeder mulder", "klantmanager els", "casemanager
 * bakker", "pleegmoeder de vries"): the head of a Dutch compound says what it is.
 */
const ROLE_HEADS = `moeder vader manager consulent coördinator coordinator begeleider begeleidster werker werkster verpleegkundige therapeut
arts coach agent docent leerkracht mentor trainer juf meester adviseur medewerker medewerkster`.split(/\s+/u);
function isRoleTitle(folded: string): boolean {
  if (ROLE_TITLES.has(folded)) return true;
  // No cache and no pattern: every rule with a title asks for the word before each token, and a cache keyed by words cut from the
  // text would keep each request's text alive (measure-privacy-guard.mjs saw +17 MiB after 400 texts).
  if (folded.length < 7 || folded.endsWith('waarts')) return false;
  for (const head of ROLE_HEADS) if (folded.length >= head.length + 3 && folded.endsWith(head)) return true;
  return false;
}
/** Titles of a teacher, doctor or nurse, used as a form of address before a surname ("juf bakker", "dokter achterberg"). */
const ADDRESS_TITLES = new Set('juf juffrouw meester dokter zuster broeder'.split(' '));
/** Words before a name that a correction's pattern holds ("niet X maar Y"; "of was het nou" is asked apart). */
const CORRECTION_CUES = new Set(['niet', 'maar']);
/** Words right before what someone is called: a subject, a verb of saying or calling, an adverb ("zeggen ze |kalo", "hem steeds |nelson"). */
const CALLED_BEFORE = new Set('ze we wij zij zegt zeggen zei zeiden noemt noemen iedereen men ik hem haar mij me steeds altijd vaak soms gewoon nog ook wel'.split(' '));
/** Verbs of saying before what someone is called ("iedereen zegt jw", "zegt nilo tegen hem"). */
const SAY_VERB = /^(?:zegt|zeggen|zei|zeiden)$/u;
/** Words of two letters that are no surname after "mevrouw van" ("mevrouw van je school"). */
const TWO_LETTER_FUNCTION_WORDS = new Set('je me ze we we ik u zo nu al er om af of na te in op is en eh uh oh ja ok hm mn zn dr ie da wa mo'.split(' '));
/** Forms of address that a tussenvoegsel after them makes a surname ("meneer van de molen", "mw. de wit"). */
const FORMAL_TITLES = new Set('meneer mijnheer mevrouw mevr mw dhr heer fam dr drs mr'.split(' '));
/** Words for a family that its surname follows ("de kinderen Wang", "het gezin Bakker"). */
const FAMILY_WORDS = new Set('kinderen gezin gezinnen familie families broers zussen broertjes zusjes tweeling'.split(' '));
/** After EQ–EW: a compound on "gezin" is a family too ("crisispleeggezin Koopmans", "het gastgezin de boer"). */
function isFamilyWord(folded: string): boolean {
  return FAMILY_WORDS.has(folded) || (folded.endsWith('gezin') && folded.length >= 8);
}
/** "noemen hem tank", "noemt zichzelf spook", "noemden haar Tsega": a verb of calling, an object, the name. */
const NAMING_VERBS = new Set('noem noemt noemen noemde noemden'.split(' '));
const NAMED_OBJECTS = new Set('hem haar hen ze zich zichzelf me mij je jou ons'.split(' '));
/** After FE–FK: who calls someone a name before it ("die ze kobra noemen", "wat wij tupac noemen"). */
const NAMING_SUBJECTS = new Set('ze we wij zij jullie iedereen'.split(' '));
const PASSIVE_AUXILIARIES = new Set('wordt werd worden werden'.split(' '));
/** Words for a child before an apposition ("het meisje, rosa, is ..."). */
const CHILD_NOUNS = new Set('meisje jongen kind jongere puber baby peuter kleuter leerling pupil'.split(' '));
/** Words for a child a first name follows ("het meisje roos", "onze mees"). */
const CHILD_WORDS = new Set('meisje jongen jongetje leerling leerlinge pupil onze baby'.split(' '));
/** Words for a person that an age follows: no name ("Kind (2 jr)", "Meisje, 15 jaar"). */
const PERSON_WORDS = new Set(
  `kind kinderen kindje baby peuter kleuter meisje jongen jongere puber tiener dochter zoon broer zus broertje zusje moeder vader
ouder leerling leerlinge cliënt client cliënte pupil jeugdige tweeling neef nicht oma opa man vrouw papa mama pap mam`.split(/\s+/u),
);
/** Verbs of talking that a name takes ("met roos gesproken"), and of saying ("roos zegt", "dan zegt bo"). */
const TALKED_WITH = /^(?:gesproken|gebeld|gepraat|overlegd|afgesproken|gemaild|geappt|contact)$/u;
const SAYS = new Set('zegt zei vertelt vertelde geeft gaf vraagt vroeg belde appte mailde'.split(' '));
const ARTICLES = new Set('de het een die deze dat dit zo'.split(' '));
const PREPOSITIONS = new Set('naar door voor aan op in uit over bij zonder tot na om tegen onze mijn zijn haar hun jullie ons'.split(' '));
/** Words after a name called at the start of a sentence ("Griet, jij ...", "Jo, ge moet ..."). */
const SECOND_PERSON = new Set('jij je jouw jullie u ge gij kun kan kunt wil wilt heb hebt weet'.split(' '));
/** Verbs before "dat" that open a clause with it ("ik zie dat", "ze zegt dat"): "dat" is then no article. */
const THAT_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  ...SAY_VERBS,
  ...`zie zag zien merk merkte hoor hoorde weet wist denk dacht vind vond blijkt bleek lijkt snap begrijp lees las gezien gezegd
geschreven gehoord verteld gemeld gelezen geappt gemerkt`.split(/\s+/u),
]);
/**
 * A clause opened after a verb of seeing, saying or asking ("ik zie dat", "hij vroeg of", "ik snap niet waarom"), and the words
 * that follow its subject before the rest of the clause ("dat storm weer ...", "of storm bij hem mag ...", "dat mees ook mee is").
 */
const CLAUSE_CONJUNCTIONS = new Set(['dat', 'omdat', 'of', 'waarom', 'zodat']);
const ASK_VERBS = new Set('vroeg vraagt vragen vroegen weet weten wist snap snapt begrijp twijfel checken check'.split(' '));
const AFTER_CLAUSE_SUBJECT = new Set(
  'weer ook al nog vaak altijd nooit soms voorlopig steeds zelf echt gewoon eigenlijk allebei pas net toch bij thuis vandaag gisteren elke iedere nu sinds hem'.split(' '),
);
const WITH_PERSON_AFTER = new Set('bij vandaag gisteren vanmiddag vanochtend vanavond'.split(' '));
/** The clause ends and the next begins with a person pronoun ("over roos. haar moeder ...", "om storm. hij zegt"). */
const PRONOUN_NEXT_CLAUSE = /^[ \u00a0]*[.?!,;][ \u00a0]*(?:ze|zij|hij|haar|zijn|hem)(?![\p{L}])/iu;
/** After HO–HS: a person's data before "van" and the person ("het bsn van mursal", "de geboortedatum van liam", "het adres van ..."). */
const PERSONAL_DATA_NOUN = /^(?:bsn|burgerservicenummer|geboortedatum|verjaardag|achternaam|voornaam|\p{L}*adres|\p{L}*nummer)$/u;
const DOCUMENT_WORDS = new Set('osr opp dossier verslag rapport groeidocument zorgplan handelingsplan gezinsplan plan verwijzing aanmelding intake'.split(' '));
/**
 * After DA–DC: a child's lessons, therapy or papers before "van" and the child ("de harples van indah", "de logopedie van bo", "de
 * viool van rosa", "de dyslexieverklaring van roos").
 */
const LESSON_OR_CARE = /^(?:\p{L}*les|\p{L}*lessen|logopedie|fysio|fysiotherapie|\p{L}*therapie|\p{L}*verklaring|diagnose|medicatie|behandeling|viool|gitaar|piano|fluit|trompet|tas|jas|fiets|spullen|lijst)$/u;
const VISIT_AFTER = new Set('kijken langs langsgaan langsgaat langsgeweest logeren logeert spelen speelt slapen slaapt eten'.split(' '));
/** Who is spoken to after these and "tegen": the verbs of saying, and the imperatives "zeg", "vertel". */
const TOLD_VERBS: ReadonlySet<string> = new Set([...SAY_VERBS, 'zeg', 'vertel', 'schreeuwde']);
/** Particles between "zeg" and "tegen" ("zeg maar tegen bo"). */
const TELL_PARTICLES = new Set('maar even ff ook nog dan wel'.split(' '));
const MONTHS = new Set('januari februari maart april mei juni juli augustus september oktober november december'.split(' '));
/** Possessives after a name ("rob zijn huis", "shanice d'r nummer"). */
const POSSESSIVES_AFTER = new Set(['zijn', "z'n", 'haar', "d'r", 'hun']);
/** Words that cannot follow a possessive: after them "zijn" is the verb ("amber zijn de kleuren", "zijn niet", "zijn er"). */
const NOT_A_NOUN = new Set(
  `de het een niet wel ook er al nog heel erg zo te in op bij met van voor naar dan dat als of echt gewoon eigenlijk samen allebei
beide mijn jouw zijn haar onze hun geen altijd nooit vaak weer`.split(/\s+/u),
);
/**
 * Frequent words that are also first names and never a name in these patterns ("ik ben", "zus en ben"); the function words of
 * Flemish and regional Dutch ("den oudste nie luistert", "da moet ge weten"); the chat's "mo" and "va" for moeder and vader ("mo
 * geeft aan dat ze schulden heeft"); words after "naam is" that are none ("zijn echte naam is anders").
 */
/** After CZ: relatives and partners after "<name> en zijn/haar" ("semhar en haar moeder", "skinny en zijn vriendin"). */
const COMPANION_WORDS = new Set([...SIBLING_WORDS, ...'moeder vader mama papa ouders moeke pa ma vrouw man kinderen kids familie vrienden vriendinnen maten'.split(' ')]);
const HIS_HER = new Set(['zijn', 'haar', "z'n", 'zn', "d'r", 'hun']);
const MY_OUR = new Set(['mijn', 'mn', "m'n", 'onze', 'ons', 'jouw', 'je']);
/** After CZ: the verbs of a clause whose subject opens it after a label and a colon ("let op: merel mag alleen ..."). */
const LABELLED_SUBJECT_VERBS = new Set('mag mocht moet moest wil wilde heeft had wordt werd'.split(' '));
/** After CZ: conjunctions before a subject and a reflexive "zich" ("hoe lieve zich in de kring beweegt"). */
const BEFORE_REFLEXIVE_SUBJECT = new Set('dat omdat zodat hoe of toen als terwijl waarom wanneer nadat'.split(' '));
/** Reflexive verbs of a person's conduct and feelings that end such a clause ("zich ... beweegt", not "storm zich ontwikkelt"). */
const PERSON_REFLEXIVE_VERBS = new Set(
  `voelt voelde gedraagt gedroeg beweegt bewoog opstelt opstelde schaamt schaamde ergert ergerde verveelt verveelde concentreert
aanpast aanpaste afsluit afsloot terugtrekt terugtrok verzet verzette uit uitte meldt meldde afmeldt afmeldde redt redde inzet
verstopt verstopte`.split(/\s+/u),
);
/** After CZ: participles of planning, registering or meeting someone after an auxiliary ("we hebben oksana nu ingepland"). */
const PLANNED_PARTICIPLES = new Set(
  'ingepland aangemeld ingeschreven doorverwezen uitgenodigd opgehaald gesproken gebeld geappt gemaild gezien bezocht teruggebeld'.split(' '),
);
/** Subject pronouns after a finite verb ("hebben we", "noemden ze"). */
const SUBJECT_PRONOUNS_AFTER_AUX = new Set('ik jij je hij ze zij we wij u jullie'.split(' '));
/** After DD–DI: adverbs between a naming verb's object and the name ("noemden ze hem gewoon rob"). */
// (After FL–FO also "thuis", "soms", "wel": "ze noemen hem thuis altijd pukkie".)
const NAMING_ADVERBS = new Set('gewoon altijd liever meestal ook vaak nog zelf eigenlijk allemaal thuis soms wel steeds alleen even'.split(' '));
/** Quantifiers and adverbs before a noun that a verb of saying follows: no name there ("er is altijd hoop zegt de dominee"). */
const QUANTIFIERS = new Set('altijd geen veel weinig nog wel er meer genoeg minder'.split(' '));
/** After DD–DI: participles of telling or asking someone, after "aan" and the person ("aan storm uitgelegd"). */
const TOLD_PARTICIPLES = new Set('uitgelegd verteld gevraagd gezegd beloofd gegeven gemeld voorgelegd doorgegeven'.split(' '));
/** After DD–DI: a partner before their name ("mijn man saïd"). */
const PARTNER_WORDS = new Set(['man', 'vrouw', 'partner', 'echtgenoot', 'echtgenote']);
/** After DA–DC: words after "mag <name>" that make it a question about a child ("mag jade vandaag mee?"). */
const QUESTION_SUBJECT_NEXT = new Set('vandaag morgen vanmiddag straks alleen zelf bij met'.split(' '));
/** After DA–DC: the real name after a nickname (", echte naam is", "maar zijn echte naam is", "(echte naam"). */
// (After FX–GA also "maar ik heet gewoon ilias"; after GB–GE "maar eigenlijk heet hij joris".)
const REAL_NAME_AFTER =
  /^[ \u00a0]*(?:[,(][ \u00a0]*)?(?:maar[ \u00a0]+)?(?:(?:(?:zijn|haar|zn|z'n|d'r|mijn|mn|m'n)[ \u00a0]+)?echte[ \u00a0]+naam(?:[ \u00a0]+is|[ \u00a0]*:)|(?:eigenlijk[ \u00a0]+)?(?:(?:ik|hij|zij|ze)[ \u00a0]+(?:heet|heette)|(?:heet|heette)[ \u00a0]+(?:ik|hij|zij|ze))[ \u00a0]+(?:(?:gewoon|eigenlijk|echt)[ \u00a0]+)?\p{L})/u;
/** After DA–DC: what follows a family's name after "familie"/"gezin" ("de familie sato woont ...", "familie king uit ..."). */
const FAMILY_NAME_NEXT = new Set('woont wonen woonde woonden uit in heeft hebben had is was komt komen kwam kwamen'.split(' '));
/** After DA–DC: verbs in the past a person does after a title and surname ("wijkagent peters kwam langs"). */
/** After DV–DY: more verbs a person does, in the present ("collega vos neemt de groep over"). */
const PRESENT_PERSON_VERBS = new Set('neemt kent weet doet kan moet zal zou blijft werkt woont'.split(' '));
/** Verbs that a person does, no copula ("moeder uitgeput is" is no name). */
const ACTING_VERBS = new Set('kwam komt ging gaat belde belt mailde appte wil wilde stuurde neemt kent weet doet deed werkt woont heeft had'.split(' '));
/** Adverbs after "naam" that are no name ("kunt u de naam even spellen"). */
const NAME_NOUN_ADVERBS = new Set('even ook nog wel niet al dan maar graag nu toch eens ff alsnog'.split(' '));
/** Jewellery, stones and colours: the sentence speaks of the stone jade, not of a girl. */
const JADE_AS_STONE = /(?<![\p{L}])(?:ketting\p{L}*|kettinkje\p{L}*|armband\p{L}*|steen\p{L}*|steentje\p{L}*|groen\p{L}*|kleur\p{L}*|ring\p{L}*|oorbel\p{L}*|hanger\p{L}*|kraal\p{L}*|kraaltjes|barnsteen|amber|edelsteen|stenen|mineral\p{L}*|stukje|sieraad\p{L}*|beeldje|plastic|glas)(?![\p{L}])|jade[ \u00a0]+(?:groen|kleur)/iu;
/** Sign-offs of a chat message that a name follows ("groetjes mirte"). */
const SIGN_OFFS = new Set('groetjes groetje groeten groet gr grtz grt liefs doei mvg xx xxx'.split(' '));
/** Greetings of chat a name follows ("yo jurensley heb je ..."). */
const CHAT_GREETINGS = new Set('hoi hey hee hai hallo hi yo ey dag'.split(' '));
/** A child's place among siblings before a name ("de kleinste jawid gaat"). */
const RANK_IN_FAMILY = new Set('kleinste jongste oudste middelste'.split(' '));
/** Slang for a guy, before a nickname ("die gast chucky heeft"). */
const GUY_WORDS = new Set('gast gozer vent kerel'.split(' '));
const PAST_PERSON_VERBS = new Set('kwam komt ging gaat belde belt mailde appte zei zegt vroeg vraagt wil wilde heeft had is was stuurde'.split(' '));
/** After CZ: verbs of planning whose bare object is a person ("kan ik bo inplannen"), and the words before such an object. */
const PLAN_INFINITIVES = new Set('inplannen verplaatsen aanmelden uitnodigen inschrijven doorverwijzen terugbellen oproepen'.split(' '));
const OBJECT_BEFORE_PLAN = new Set('ik jij je we wij u ze zij hij over voor nog even ook eerst'.split(' '));
/** After CZ: plural verbs of a subject that two coordinated people make ("scooter en patrick hangen elke avond ..."). */
const PAIR_VERBS: ReadonlySet<string> = new Set([...PLURAL_PERSON_VERBS, ...'hangen hingen slapen sliepen lopen liepen blowen rijden reden'.split(' ')]);
/**
 * Finite verbs a person does as the subject of a sentence (after IH–IK, for a name that is also a word opening its sentence: "roos
 * spaart lego friends", "vos zei vandaag dat ..."): names.ts's FINITE_AFTER_SUBJECT and verbs of what a person does. An explicit list,
 * not the verb's shape: "mooi moment", "wel goede" end like one.
 */
const PERSON_SUBJECT_VERBS: ReadonlySet<string> = new Set([
  ...FINITE_AFTER_SUBJECT,
  ...`wordt zegt vertelt vertelde speelt speelde noemt noemde woont woonde huilt huilde lacht lachte slaapt eet loopt rent belt belde
spaart weegt mist miste leest schrijft praat praatte vindt voelt voelde zwemt danst werkt werkte`.split(/\s+/u),
]);
/** How a thing, a flower or an animal looks or tastes, after "is" ("roos is mooi als cadeau"): then the word before is the thing. */
const THING_ADJECTIVES = new Set('mooi prachtig lekker vies duur goedkoop rood roze wit geel blauw groen zwart paars oranje giftig'.split(' '));
/** Names called before a comma that NEVER_HERE keeps out elsewhere ("mo, neem jij dinsdag ...": not "mo" for moeder there). */
const CALLED_NAMES = new Set(['mo', 'max']);
/** Pets and toys, which have names too ("een hond die storm heet"). */
const PETS_AND_TOYS = new Set('hond hondje kat katje poes poesje konijn konijntje cavia hamster paard pony vogel parkiet vis knuffel knuffeltje pop beer beertje kip'.split(' '));
/** Personal pronouns, which a nickname is not. */
const PERSONAL_PRONOUNS = new Set([...SUBJECT_PRONOUNS_AFTER_AUX, ...'hen hun men iemand niemand iedereen'.split(' ')]);
const NEVER_HERE = new Set(
  'ben bent mag kan wil dan was of als toen nog dat die dit met van voor door max per nie ni nen ne da wa ge gij zijt hedde kwee va anders onbekend mn zn extra'.split(' '),
);

// Patterns of the text after or before a word.

/** "uit groep 7", "uit de klas", "uit mijn groep", "uit 3b", "uit klas 2". */
const FROM_CLASS =
  /^[ \u00a0]+(?:(?:groep|klas)[ \u00a0]*(?:\d|(?:een|twee|drie|vier|vijf|zes|zeven|acht)(?![\p{L}]))|(?:de|mijn|onze|jouw|haar|zijn) (?:klas|groep|peutergroep|kleutergroep|babygroep|dreumesgroep|brugklas|[jm]o\d{1,2})(?![\p{L}])|\d[a-z]{0,3}(?![\p{L}\p{N}]))/u;
/** An age right after a word: "(2 jr)", "(14)", ", 9 maanden,", ", 15 jaar" (AGE_START: its first character, a quick test). */
const AGE_AFTER = /^(?:[ \u00a0]*\([ \u00a0]*\d{1,2}[ \u00a0]*(?:jr|jaar|j|mnd|maanden)?[ \u00a0]*\)|[ \u00a0]*,[ \u00a0]*\d{1,2}[ \u00a0]*(?:jr|jaar|j|mnd|maanden|weken)(?![\p{L}]))/u;
const AGE_START = /[ \u00a0(,]/u;
/** "(groep 4", "(gr. 6", "(klas 2", "(GGD)", "(JGZ)": a group or an organisation in brackets. */
const GROUP_OR_ORG_AFTER = /^ \((?:groep|gr\.?|klas)[ \u00a0]*\d|^ \(\p{Lu}{2,6}\)/u;
const GROUP_AFTER = /^ \((?:groep|gr\.?|klas)[ \u00a0]*\d/u;
/** "dank je wel", "bedankt", "dankjewel" right before a name. */
const THANKS = /(?:dank[ \u00a0]+je[ \u00a0]+wel|dank[ \u00a0]+u[ \u00a0]+wel|bedankt|dankjewel)[ \u00a0,]*$/iu;
/** ", het meisje dat", ", de jongen van", ", mijn zoon": an apposition that says who a name is. */
const APPOSITION_AFTER =
  /^,[ \u00a0]+(?:(?:het|dat)[ \u00a0]+(?:meisje|jongetje|kind|zoontje|dochtertje)|(?:die|dat)[ \u00a0]+(?:jongen|joch|ventje)|de[ \u00a0]+(?:jongen|jongste|oudste|moeder|vader|zoon|dochter)|(?:mijn|haar|zijn|hun|onze)[ \u00a0]+(?:zoon|dochter|broer|zus|moeder|vader|jongste|oudste)|(?:de|haar|zijn|hun)[ \u00a0]+(?:zus|zusje|broer|broertje|tante|oom|oma|opa|buurvrouw|buurman|vriendin|vriend|neef|nicht|stiefvader|stiefmoeder)[ \u00a0]+van)(?![\p{L}])/iu;
/** A record or number of a person: "dossiernr van", "bsn van", "leerlingnummer van", "adres van". */
const RECORD_WORDS = /^(?:dossier|dossiernr|bsn|adres|geboortedatum|verjaardag|rapport|indicatie|beschikking|verwijzing|telefoonnummer|telnr|\p{L}*nummer|\p{L}*nr)$/u;
/** "met een k", "met ij", "met een y aan het eind": how a name is spelled (not "met u"). */
const SPELLING_AFTER = /^[ \u00a0]+(?:een[ \u00a0]+(?:\p{L}|ij|ou|au|ei|dubbele?)|ij|y|ei|dubbele?[ \u00a0]\p{L}|(?!u\b)\p{L})(?=[ \u00a0,.;:!?]|$)/u;
/** Pauses and doubt between a name and its correction: "... ", "? ", ", eh, ", " of ", then tussenvoegsels and the word. */
const CORRECTION = /^(?:[ \u00a0]*(?:\.{2,3}|…|\?|,)[ \u00a0]*(?:(?:eh|ehm|nee|of)[ \u00a0,]+)?|[ \u00a0]+of[ \u00a0]+)(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Ee]l)[ \u00a0]+)*(\p{Lu}\p{Ll}{3,})/u;
/** After DD–DI: the same in lowercase dictation ("pieter de haan of de haas"): only after "of", a name of four letters or more. */
const LOWER_CORRECTION = /^[ \u00a0]+(?:(?:of|eh|ehm|nee|sorry)[ \u00a0,]+){1,2}(?:(?:van|de|der|den|ter|el)[ \u00a0]+)*(\p{Ll}{4,})(?![\p{L}])/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
/**
 * Endings of Dutch adverbs that the lists may lack ("wekelijks", "huiswaarts", "stapsgewijs", "harentwege"), and after DZ–EC of
 * adjectives ("de gezinsvoogd partijdig is").
 */
const ADVERB_OR_ADJECTIVE_ENDING = /(?:lijks|waarts|gewijs|halve|wege|(?:d|t|r|l|s|z|v|k|b|p)ig|lijk|isch|baar|zaam)$/u;
/** Abbreviated forms of address that keep their dot ("mevr. achterberg"), and the words for "you" after a called name. */
// (After GU–GY also a lawyer's and a doctor's title: "de advocaat mr. kasanwirjo", "dr. hartono".)
const ABBREVIATED_ADDRESS = new Set(['mevr', 'mw', 'dhr', 'fam', 'mr', 'dr', 'drs']);
const YOU = new Set(['jij', 'je', 'u']);
/** Tussenvoegsels that start a surname after a lowercase first name (not a preposition of place: "roos in de tuin"). */
const TUSSEN_START = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 'el']);
/** One or two words, the second maybe a letter ("lil d"), then an opening bracket: what a nickname before "(name)" looks like. */
const NICKNAME_BEFORE_BRACKET = /(?<![\p{L}'’-])(\p{L}[\p{L}'’-]{1,14}(?:[ \u00a0]\p{L}[\p{L}'’-]{0,14})?)[ \u00a0]*\($/u;
/** A verb of writing or claiming after a full name: an author ("Thea Beckman schreef", "Young stelt"). */
const WRITES = /^[ \u00a0]+(?:schreef|schrijft|stelt|stelde|beschrijft|beschreef|zingt|zong|betoogt|noemt)(?![\p{L}])/u;

/** After BZ–CC: "X is gister 2 geworden", "X wordt 7": an age reached is a person's. */
const AGE_REACHED = /^[ \u00a0]+(?:is|was|wordt|werd)[ \u00a0]+(?:\p{L}+[ \u00a0]+){0,2}\d{1,2}[ \u00a0]+(?:jaar[ \u00a0]+)?(?:geworden|oud)(?![\p{L}])/u;
/** "(mikhailo, 13)": a word in brackets with an age. */
const BRACKET_AGE_AFTER = /^,[ \u00a0]*\d{1,2}[ \u00a0]*(?:jr|jaar|j)?[ \u00a0]*\)/u;
/** After CE: a pseudonym in quotes before a person word ('"Bo" - meisje, 12'). */
const QUOTED_PERSON_AFTER = /^["”'][ \u00a0]*[-–:,][ \u00a0]*(?:meisje|jongen|kind|jongere|puber|moeder|vader|zoon|dochter|leerling|cliënt|client)(?![\p{L}])/u;
/** A capital and a dot after a first name: its surname's initial ("Ellen V.,"). */
const INITIAL_NEXT = /^[ \u00a0]\p{Lu}\.(?=$|[ \u00a0\n,;:)])/u;
/** A label that names a person's role, before a colon ("casusinbrenger: Ellen |", "voorzitter: Rik,"). */
const PERSON_LABEL = /(?:er|ster|ist|eur|trice|naam|persoon)$/u;
/** Verbs of collecting or bringing someone ("kan iemand storm ophalen?", "wie brengt roos?"). */
const PICK_UP = new Set('ophalen halen brengen wegbrengen afhalen oppikken afzetten ophaalt haalt brengt ophaalde haalde bracht'.split(' '));
/** Words before a bare object of PICK_UP that leave no room for an article: a subject or an adverb of time. */
const BEFORE_PICKED_UP = new Set('iemand jij je ik u hij ze zij we wij jullie vanmiddag vanavond morgen straks even nog ook wel vandaag zometeen eerst'.split(' '));
/** How a speaker's turn in a transcript opens after the colon ("bas: ik wil", "roos: ja dat klopt", "kees: die moeder"). */
const SPEECH_OPENERS = /^[ \u00a0]+(?:ik|wij|we|ja|nee|eh|ehm|nou|dus|die|maar|goed|oke|oké|klopt|mijn|volgens|sorry|dank)(?![\p{L}])/u;
/** Subjects of "heet" that are people ("de oudste heet hoop", "zijn zusje heet iris"). */
const NAMED_SUBJECTS = new Set('hij zij ze oudste jongste middelste zoon dochter zoontje dochtertje baby kind meisje jongen broer zus broertje zusje familie gezin'.split(' '));
/** Words after "heet" that are no name ("hij heet eigenlijk anders", "het heet officieel ..."). */
const NOT_NAMED = new Set('eigenlijk anders officieel voluit echt zo niet wel nog gewoon dus ook'.split(' '));
// Helpers.

/** An inflected form of a known word ("braakt", "klampte"), not a name: the stem without -t, -te, -de, -en or -d, or the stem with -en, is known. */
function looksInflected(folded: string): boolean {
  // A participle, also in dialect ("gepraot", "geprot").
  if (/^ge\p{L}{3,}[td]$/u.test(folded)) return true;
  const stem = /^(.{3,}?)(?:te|de|t|d|en)$/u.exec(folded)?.[1];
  if (!stem) return false;
  const known = (word: string): boolean => lexicalClass(word) !== 'U' && !/[FS]/u.test(lexicalClass(word));
  return known(stem) || known(`${stem}en`);
}

/** Levenshtein distance of two short words (a misheard name differs in a letter or two); 3 for any larger difference in length. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length] ?? 0;
}

function gap(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}

/** Whether a and b are at most `max` insertions, deletions or substitutions apart (a banded Levenshtein distance). */
export function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return false;
    prev = row;
  }
  return (prev[b.length] as number) <= max;
}

/** Only spaces between a and b, at least one (without cutting the gap out of the text). */
function spaced(text: string, a: Token, b: Token): boolean {
  if (b.start <= a.end) return false;
  for (let k = a.end; k < b.start; k++) {
    const c = codeAt(text, k);
    if (c !== 32 && c !== 0xa0) return false;
  }
  return true;
}

/**
 * Names by their company in `text`, given the candidates found so far (`found`, after the national phrases are
 * masked): guard.ts runs it twice, the second time with the first's names as company. That second pass (`companyOnly`) tries
 * only the patterns that read the names found (coordination, a name in brackets after one, a corrected name): the others would
 * find what the first pass found.
 */
export function detectNamesByCompany(text: string, tokens: readonly Token[], found: readonly Candidate[], companyOnly = false): Candidate[] {
  const out: Candidate[] = [];
  const classes: (string | undefined)[] = [];
  const classOf = (j: number): string => (classes[j] ??= lexicalClass((tokens[j] as Token).folded));
  // A word that may be a first name here: a listed first name (also one that is a word, "roos"), not a function word.
  const firstName = (j: number): boolean => {
    const t = tokens[j];
    const cls = classOf(j);
    if (!t) return false;
    // After CZ: a double first name whose parts are both first names that are words ("moeder van dirk-jan").
    if (!/F/u.test(cls) && t.text.includes('-')) return isLowercaseDoubleFirstName(t.text);
    // (After HJ–HN "mo" is a first name too, as the blind batches use it, but not in a note's "mo geeft aan", where it is the mother.)
    if (t.folded === 'mo' && /^(?:geeft|gaf)$/u.test(tokens[j + 1]?.folded ?? '') && tokens[j + 2]?.folded === 'aan') return false;
    return t.folded.length >= 2 && !NEVER_HERE.has(t.folded) && !isPronominalAdverb(t.folded) && /F/u.test(cls) && !/N/u.test(cls) && (!/Q/u.test(cls) || /A/u.test(cls));
  };
  // Also a word no list knows ("filmon"), of three letters or more, in a line of Dutch words: a line with more unknown words is
  // dialect or another language ("'k Ebbe mee de juf gepraot"), where unknown words are no evidence of a name.
  const nameLike = (j: number): boolean => firstName(j) || unknownName(j);
  const unknownName = (j: number, neighbours = 0): boolean => {
    const t = tokens[j];
    if (!t) return false;
    // (A word only shaped like a place, "wijnands", "bep", no place a list has, counts as unknown.)
    const cls = classOf(j);
    const unknown = cls === 'U' || (cls === 'P' && t.folded.length <= 10 && !isPlaceOrRegion(t.folded));
    // (Not an abbreviation with its dot: "Saar Lammers, geb. 19-11-2018".)
    // (After DD–DI not an adverb's shape: "de mentor wekelijks een huisbezoek".)
    // (After HO–HS not a role either, a compound on one, "verzuimcoördinator", nor a word of the field, "bsn", "hielprik".)
    if (t.folded.length < 3 || NEVER_HERE.has(t.folded) || !/^\p{Ll}+$|^\p{Lu}\p{Ll}+$/u.test(t.text) || !unknown || looksInflected(t.folded) || ADVERB_OR_ADJECTIVE_ENDING.test(t.folded) || isRoleTitle(t.folded) ||
      isFieldTerm(t.folded) ||
      (codeAt(text, t.end) === 46 && isAbbreviation(t.folded))) return false;
    return unknownNeighbours(j) <= neighbours;
  };
  /** A word of ten letters or more on a Dutch word's tail ("consultatiebureau"), asked once per token. */
  const compounds: (boolean | undefined)[] = [];
  const longCompound = (k: number): boolean => (compounds[k] ??= (tokens[k] as Token).folded.length >= 10 && endsLikeCompound((tokens[k] as Token).folded));
  /** Unknown words of three letters or more within eight tokens of j, in its line. */
  const unknownNeighbours = (j: number): number => {
    const t = tokens[j] as Token;
    let n = 0;
    for (let k = Math.max(0, j - 8); k <= j + 8 && k < tokens.length; k++) {
      const o = tokens[k] as Token;
      if (k === j || o.folded.length < 3 || /\n/u.test(text.slice(Math.min(o.end, t.end), Math.max(o.start, t.start)))) continue;
      // (After FA–FD not the other of a pair, "met ruthmila en shurendy": two names no list has are not a line of dialect.)
      if (Math.abs(k - j) === 2 && /^(?:en|of)$/u.test(tokens[(k + j) / 2]?.folded ?? '')) continue;
      // (A profession before a name is often a compound no list has: "kinderfysio wibowo".)
      // (After GU–GY not a long compound on a Dutch word the lists lack whole: "op het consultatiebureau bij jeugdarts hartono".)
      if (/^\p{L}+$/u.test(o.text) && o.text !== o.text.toUpperCase() && classOf(k) === 'U' && !ROLE_TITLES.has(o.folded) && !longCompound(k) && !isFieldTerm(o.folded)) n++;
    }
    return n;
  };
  // A first name or surname of the lists that no list knows as a word, place or function word ("tariq", "oksana").
  const listedNoWord = (j: number): boolean => (tokens[j]?.folded.length ?? 0) >= 3 && /[FS]/u.test(classOf(j)) && !/[QNAPT]/u.test(classOf(j));
  const nameBeforeSurname = (j: number): boolean =>
    listedNoWord(j) && listedNoWord(j + 1) && /S/u.test(classOf(j + 1)) && !/K/u.test(classOf(j)) && !/K/u.test(classOf(j + 1));
  // A listed surname that is no word at all ("meester brouwer" is one, "de trainer delen" not).
  const surnameWord = (j: number): boolean => /S/u.test(classOf(j)) && !/[QKN]/u.test(classOf(j));
  // After FA–FD: a lowercase word made of Dutch words that no word list has whole, as Dutch surnames are ("achterberg", "nieuwenhuis");
  // not a verb's, adverb's or adjective's shape.
  // A rarer word the lists know only as a Dutch word or a compound of such words, not shaped like a verb, adverb or adjective.
  const rareWord = (j: number): boolean =>
    /^KP?$/u.test(classOf(j)) && !looksInflected((tokens[j] as Token).folded) && !ADVERB_OR_ADJECTIVE_ENDING.test((tokens[j] as Token).folded) && !isFieldTerm((tokens[j] as Token).folded);
  const compoundSurname = (j: number): boolean => {
    const t = tokens[j];
    return !!t && t.folded.length >= 6 && /^\p{Ll}+$/u.test(t.text) && rareWord(j) && !/(?:en|de|te|ing|heid|schap|isme|atie)$/u.test(t.folded) &&
      !/ge\p{L}{2,}[td]$/u.test(t.folded);
  };
  // Where the names found start and end, and which characters they cover: looked up per token, so sets, not scans.
  const starts = new Set<number>();
  const ends = new Set<number>();
  const covered = new Uint8Array(text.length + 1);
  for (const c of found) {
    if (c.kind !== 'name') continue;
    starts.add(c.start);
    ends.add(c.end);
    covered.fill(1, c.start, c.end);
  }
  const isFound = (t: Token): boolean => covered[t.start] === 1 && covered[t.end - 1] === 1;
  const startsFound = (t: Token): boolean => starts.has(t.start);
  const endsFound = (t: Token): boolean => ends.has(t.end);

  /**
   * How token i is joined to a found name on the side `side`: 'comma' (also "&", "+", "/"), 'and' ("en", "of"), or '' when it is
   * not. A comma also sets off a place ("meisje uit Lelystad, Mila, vertelt"), so it counts for fewer words.
   */
  const joinedTo = (i: number, side: -1 | 1): '' | 'comma' | 'and' => {
    const a = tokens[i] as Token;
    const b = tokens[i + side];
    if (!b) return '';
    const isName = side < 0 ? endsFound : startsFound;
    if (isName(b) && /^[ \u00a0]*[,&+/][ \u00a0]*$/u.test(side < 0 ? gap(text, b, a) : gap(text, a, b))) return 'comma';
    const c = tokens[i + 2 * side];
    if (!c || (b.folded !== 'en' && b.folded !== 'of') || !isName(c)) return '';
    const bothSpaced = side < 0 ? spaced(text, c, b) && spaced(text, b, a) : spaced(text, a, b) && spaced(text, b, c);
    return bothSpaced ? 'and' : '';
  };

  /** After "<name> en" token i closes the pair: the clause ends, or a plural verb or a preposition follows ("rasha en lama op ..."). */
  const pairEnds = (i: number): boolean => {
    const next = tokens[i + 1];
    if (!next || !spaced(text, tokens[i] as Token, next)) return true;
    return PAIR_VERBS.has(next.folded) || PREPOSITIONS.has(next.folded) || /^(?:zijn|waren|hebben|hadden|moeten|willen|gaan|komen|mogen|kunnen|zitten)$/u.test(next.folded);
  };
  /**
   * Coordinated with a found name, on either side ("ilse en roos", "roos, ilse"). After "en" also any capitalised word in
   * mid-sentence that is no place ("de tweeling Bo en Hoop"). (A word only shaped like a place, "Frijssen", "Oosterbroek", counts
   * after "of": "mevrouw Frissen of Frijssen".)
   */
  const joinedToFound = (i: number): boolean => {
    const tok = tokens[i] as Token;
    const joined = joinedTo(i, -1) || joinedTo(i, 1);
    if (!joined || isPlaceOrRegion(tok.folded)) return false;
    // "tom hendriks, ken je die?": a verb before "je" or "u" after the comma, not a name (after CH).
    if (joined === 'comma' && /^(?:je|jij|u)$/u.test(tokens[i + 1]?.folded ?? '') && spaced(text, tok, tokens[i + 1] as Token)) return false;
    if (nameLike(i) && !/P/u.test(classOf(i))) return true;
    // After GP–GT, after "en" also a word only the lists of other words or shapes of places know, no frequent one ("jimbo en kiki",
    // "shanice en dayenne"): next to a name, a person.
    // (Not the end of a place: "woont in leidsche rijn en sophie".)
    const prevWord = tokens[i - 1]?.folded ?? '';
    if (joined === 'and' && tok.folded.length >= 4 && /^(?:K|P)$/u.test(classOf(i)) && !isKnownPlace(tok.folded) && !isKnownThing(tok.folded) && !isFieldTerm(tok.folded) &&
      !/^(?:in|uit|naar|te|bij)$/u.test(prevWord) && !/^(?:in|uit|naar|te)$/u.test(tokens[i - 2]?.folded ?? '')) return true;
    // After "of" or "en" also a listed surname that is a rare word ("visser of fischer"); after HJ–HN also a name that is a frequent
    // word too, lowercase, after the name ("rasha en lama"; before it the word is as often a verb or a noun ending a clause: "als ze
    // naar school moet en storm").
    if (joined === 'and' && /[FS]/u.test(classOf(i)) && (!/[QN]/u.test(classOf(i)) || (/A/u.test(classOf(i)) && !/N/u.test(classOf(i)) && startsLower(tok.text) && joinedTo(i, -1) === 'and' && pairEnds(i) &&
      !NEVER_HERE.has(tok.folded) && !PERSON_WORDS.has(tok.folded) && !SIBLING_WORDS.has(tok.folded)))) return true;
    // After IC–IG: a listed name that is also a word, lowercase, opening an item of a list (after a colon or a comma) and joined to a
    // found name after it ("diplomazwemmen: vos, kiki jansen, ilias", "die tweeling, vos en merel, waren").
    if (joinedTo(i, 1) && /[FS]/u.test(classOf(i)) && !/[NPT]/u.test(classOf(i)) && startsLower(tok.text) && !!tokens[i - 1] &&
      /^[ \u00a0]*[,:][ \u00a0]*$/u.test(gap(text, tokens[i - 1] as Token, tok)) && !NEVER_HERE.has(tok.folded) && !PERSON_WORDS.has(tok.folded) &&
      !SIBLING_WORDS.has(tok.folded) && !OF_WORDS.has(tok.folded)) return true;
    // After CZ: after "<parent> van <name> en" any listed name ("de ouders van daantje en vos"): the two are the children.
    if (joined === 'and' && /[FS]/u.test(classOf(i)) && !/N/u.test(classOf(i)) && tokens[i - 1]?.folded === 'en' && tokens[i - 3]?.folded === 'van' &&
      OF_WORDS.has(tokens[i - 4]?.folded ?? '')) return true;
    // After CO also a month written with a capital, which Dutch does not do ("de kinderen Wei en Mei").
    return joined === 'and' && CAPITALISED.test(tok.text) && (!/N/u.test(classOf(i)) || MONTHS.has(tok.folded)) && !isSentenceInitial(text, tok.start);
  };
  /**
   * "Vos, dat is Lars Vos, kreeg ...", "Kev, Kevin Tan dus, zei ...": a word before a comma and a found name that repeats it or
   * begins with it (a surname said first, a nickname), after CE.
   */
  const namedAgainAfter = (i: number): boolean => {
    const tok = tokens[i] as Token;
    // (The comma is looked for first: this runs for every token, and most have none after them.)
    const comma = text.indexOf(',', tok.end);
    if (comma < 0 || comma >= (tokens[i + 1]?.start ?? 0)) return false;
    if (tok.folded.length < 2 || !/^[ \u00a0]*,[ \u00a0]*$/u.test(gap(text, tok, tokens[i + 1] ?? tok))) return false;
    // A capitalised word or a name, not a role ("huisarts, Huisartsenpraktijk De Linde").
    if (ROLE_TITLES.has(tok.folded) || PERSON_TITLES.has(tok.folded) || OF_WORDS.has(tok.folded) || PERSON_WORDS.has(tok.folded) || !(CAPITALISED.test(tok.text) || nameLike(i))) return false;
    let k = i + 1;
    if (tokens[k]?.folded === 'dat' && tokens[k + 1]?.folded === 'is') k += 2;
    const first = tokens[k];
    if (!first || !startsFound(first) || !startsUpper(first.text)) return false;
    for (let j = k; j < k + 4 && tokens[j] && covered[(tokens[j] as Token).start] === 1; j++) {
      const w = (tokens[j] as Token).folded;
      if (w === tok.folded || (j === k && tok.folded.length >= 3 && w.startsWith(tok.folded) && /F/u.test(classOf(j)))) return true;
    }
    return false;
  };
  /** "de zus van sky (amber)": a first name in brackets after a name found (after CB). */
  const bracketedAfterFound = (i: number): boolean => {
    const tok = tokens[i] as Token;
    const prev = tokens[i - 1];
    return !!prev && endsFound(prev) && /^[ \u00a0]*\($/u.test(gap(text, prev, tok)) && charOf(text, tok.end) === ')' && firstName(i);
  };

  /**
   * After CZ: "scooter en patrick hangen elke avond ...": a word opening a sentence, "en", a name found and a plural verb: the two are
   * the subject, whatever the word means elsewhere (a nickname often is a word). Not a person, a service, a pronoun or a place.
   */
  const pairedWithFound = (i: number): boolean => {
    const tok = tokens[i] as Token;
    const and = tokens[i + 1];
    const other = tokens[i + 2];
    if (!and || and.folded !== 'en' || !other || !startsFound(other) || !spaced(text, tok, and) || !spaced(text, and, other) || !isSentenceInitial(text, tok.start)) return false;
    let k = i + 2;
    while (tokens[k + 1] && covered[(tokens[k + 1] as Token).start] === 1 && !startsFound(tokens[k + 1] as Token)) k++;
    const verb = tokens[k + 1];
    if (!verb || !PAIR_VERBS.has(verb.folded) || !spaced(text, tokens[k] as Token, verb)) return false;
    const w = tok.folded;
    return w.length >= 3 && !PERSON_WORDS.has(w) && !COMPANION_WORDS.has(w) && !OF_WORDS.has(w) && !SERVICE_WORDS.has(w) && !ROLE_TITLES.has(w) && !PERSON_TITLES.has(w) &&
      !PERSONAL_PRONOUNS.has(w) && !NEVER_HERE.has(w) && !ARTICLES.has(w) && !/[NPT]/u.test(classOf(i));
  };
  /** A verb of picking up (PICK_UP) right after token i or later in its clause, within seven words ("bo en roos om 3 uur ophalen"). */
  const pickedUpLater = (i: number): boolean => {
    for (let k = i + 1; k <= i + 7 && k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (/[,.;:!?\n()]/u.test(gap(text, tokens[k - 1] as Token, t))) return false;
      if (PICK_UP.has(t.folded)) return true;
    }
    return false;
  };
  /**
   * After DA–DC: a verb of seeing or saying two to six words before the conjunction at k, in its clause ("ik zag bij de overdracht
   * dat storm ..."), the subject of the clause it opens being no article away.
   */
  const thatVerbEarlier = (k: number): boolean => {
    for (let j = k - 2; j >= k - 6 && j >= 0; j--) {
      if (/[,.;:!?\n()]/u.test(gap(text, tokens[j] as Token, tokens[j + 1] as Token))) return false;
      if (THAT_CLAUSE_VERBS.has((tokens[j] as Token).folded)) return true;
    }
    return false;
  };
  /** The folded word at k ('' outside the text), and whether only spaces join the tokens at a and b: shared by the rules below. */
  const wordAt = (k: number): string => tokens[k]?.folded ?? '';
  const spacedAt = (a: number, b: number): boolean => !!tokens[a] && !!tokens[b] && spaced(text, tokens[a] as Token, tokens[b] as Token);
  // The helpers of correctedName (defined once, not per token).
  const nameish = (k: number): boolean => !!tokens[k] && (tokens[k] as Token).folded.length >= 2 && !/[NPQT]/u.test(classOf(k)) &&
    !NEVER_HERE.has(wordAt(k)) && !ARTICLES.has(wordAt(k)) && !PERSONAL_PRONOUNS.has(wordAt(k));
  const strong = (k: number): boolean => /[FSU]/u.test(classOf(k)) && !/K/u.test(classOf(k));
  // One of the two a listed name: "niet onwillig maar overbelast" are two adjectives no list has as names.
  // (Or the same surname spelled again after tussenvoegsels, "niet de wit maar de witt": the spelling is what is corrected.)
  const respelled = (a: number, b: number): boolean => {
    const x = wordAt(a);
    const y = wordAt(b);
    return a !== b && /T/u.test(classOf(a - 1)) && /T/u.test(classOf(b - 1)) && x !== y && x[0] === y[0] && editDistanceAtMost(x, y, 2) && /S/u.test(classOf(a) + classOf(b));
  };
  const pair = (a: number, b: number): boolean =>
    (nameish(a) && nameish(b) && (strong(a) || strong(b)) && (/[FS]/u.test(classOf(a)) || /[FS]/u.test(classOf(b)))) || respelled(a, b);
  // (After GZ–HD past tussenvoegsels on both sides: "niet de wit maar de witt".)
  const afterTussen = (k: number): number => {
    let j = k;
    while (j < k + 3 && tokens[j + 1] && /T/u.test(classOf(j))) j++;
    return j;
  };
  const startOf = (k: number): number => {
    let j = k;
    while (j > k - 3 && j > 0 && /T/u.test(classOf(j - 1))) j--;
    return j;
  };
  /**
   * After GP–GT, a name corrected: "het is niet rocky maar ruqayya", "de naam is niet bram de ruiter maar brent de ruijter" (both words
   * names or words no list knows; "niet groot maar klein" are words), and "mevrouw benali ... of was het nou bennani" (after a name found).
   */
  const correctedName = (i: number): boolean => {
    // (The cheap test first: one of the pattern's words just before the token; the lists are asked only then.)
    let cue = (wordAt(i - 1) === 'het' && wordAt(i - 2) === 'was') || (wordAt(i - 1) === 'nou' && wordAt(i - 2) === 'het');
    for (let k = i - 1; k >= i - 6 && k >= 0 && !cue; k--) if (CORRECTION_CUES.has(wordAt(k))) cue = true;
    if (!cue) return false;
    const lead = wordAt(startOf(i) - 1);
    if (lead === 'niet') {
      for (let k = i + 1; k <= i + 4 && tokens[k + 1]; k++) if (wordAt(k) === 'maar') return pair(i, afterTussen(k + 1));
    }
    if (lead === 'maar') {
      for (let k = startOf(i) - 3; k >= startOf(i) - 6 && k >= 0; k--) if (wordAt(k) === 'niet') return pair(afterTussen(k + 1), i);
    }
    if (wordAt(i - 1) === 'nou' || wordAt(i - 1) === 'het') {
      const h = wordAt(i - 1) === 'het' ? i - 1 : i - 2;
      if (wordAt(h) !== 'het' || wordAt(h - 1) !== 'was' || wordAt(h - 2) !== 'of' || !nameish(i) || !strong(i)) return false;
      for (let k = h - 3; k >= 0 && k >= h - 12; k--) if (startsFound(tokens[k] as Token)) return true;
    }
    return false;
  };
  // The found words of four letters or more, in text order (variantOfFound compares each token only with these).
  const foundWords: number[] = [];
  for (let k = 0; k < tokens.length; k++) if ((tokens[k] as Token).folded.length >= 4 && isFound(tokens[k] as Token)) foundWords.push(k);
  /**
   * After GU–GY: another spelling of a name found in the same sentence, as dictation and corrections give them ("ghebremedhin, soms ook
   * gebremedhin", "mebrahtom ... mebrahtu", "el amrani ... elamrani", "tekle ... teklehaimanot"): the same first letter and at most two
   * letters apart (one for words of six letters or fewer: "Rayan ... Rabat" are two), or one the other's beginning (four letters or
   * more), or the same without its space.
   */
  const variantOfFound = (i: number): boolean => {
    if (foundWords.length === 0) return false;
    const tok = tokens[i] as Token;
    const w = tok.folded;
    if (w.length < 4) return false;
    let similar = false;
    // (The first found word within reach by binary search: a long text has hundreds.)
    let lo = 0;
    let hi = foundWords.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((foundWords[mid] as number) < i - 14) lo = mid + 1;
      else hi = mid;
    }
    for (let f = lo; f < foundWords.length; f++) {
      const k = foundWords[f] as number;
      if (k > i + 14) break;
      const o = tokens[k] as Token;
      const v = o.folded;
      if (k === i || v === w) continue;
      const close = v[0] === w[0] && editDistanceAtMost(v, w, Math.min(v.length, w.length) <= 6 ? 1 : 2);
      const prefix = Math.min(v.length, w.length) >= 4 && (v.startsWith(w) || w.startsWith(v));
      if ((close || prefix) && !/[.!?\n]/u.test(text.slice(Math.min(o.end, tok.end), Math.max(o.start, tok.start)))) {
        similar = true;
        break;
      }
    }
    if (!similar) {
      // "el amrani ... elamrani": two found words joined.
      for (let k = Math.max(0, i - 14); k + 1 <= i + 14 && k + 1 < tokens.length; k++) {
        const a = tokens[k] as Token;
        const b = tokens[k + 1] as Token;
        if (k === i || k + 1 === i || a.folded.length + b.folded.length !== w.length || !w.startsWith(a.folded) || !isFound(a) || !isFound(b)) continue;
        if (a.folded + b.folded === w) return /^\p{L}+$/u.test(tok.text) && !/[QN]/u.test(classOf(i));
      }
      return false;
    }
    const cls = classOf(i);
    return /^\p{L}+$/u.test(tok.text) && !/[QKNPT]/u.test(cls) && !NEVER_HERE.has(w) && !PERSON_WORDS.has(w) && !ROLE_TITLES.has(w);
  };
  /** "bolletje zo noemt |de juf hem": who calls someone so, one to three words then "hem" or "haar" (after GZ–HD). */
  const namedByWhoAfter = (k: number): boolean => {
    for (let j = k; j < k + 4 && tokens[j]; j++) if (/^(?:hem|haar)$/u.test((tokens[j] as Token).folded)) return j > k;
    return false;
  };
  /** "chappie |eh dat is dus jordi pieters": "dat is" (after a comma or a hesitation), an optional "dus", then a name found. */
  const restatedAfter = (i: number): boolean => {
    let k = i + 1;
    if (/^(?:eh|ehm|uh|uhm)$/u.test(tokens[k]?.folded ?? '')) k++;
    if (tokens[k]?.folded === 'dus' && tokens[k + 1] && startsFound(tokens[k + 1] as Token) && /^[ \u00a0]*$/u.test(gap(text, tokens[i] as Token, tokens[i + 1] as Token))) {
      k++;
    } else {
      if (tokens[k]?.folded !== 'dat' || tokens[k + 1]?.folded !== 'is') return false;
      k += 2;
      if (tokens[k]?.folded === 'dus') k++;
    }
    const who = tokens[k];
    return !!who && startsFound(who) && k > i + 2 && /^(?:[ \u00a0]*,)?[ \u00a0]*$/u.test(gap(text, tokens[i] as Token, tokens[i + 1] as Token));
  };
  /** See the rule that asks it: "noemen ze haar |mimi", "wil |mo genoemd worden", "zegt |nilo tegen hem", "zeggen ze |kalo". */
  const calledThis = (i: number): boolean => {
    // (The cheap test first: a word of one of the five shapes right before or after the token.)
    const before = wordAt(i - 1);
    const after = wordAt(i + 1);
    if (!(NAMED_OBJECTS.has(before) || CALLED_BEFORE.has(before) || after === 'genoemd' || after === 'tegen' || NAMING_VERBS.has(after))) return false;
    const tok = tokens[i] as Token;
    // Which of the five shapes the words around make; the lists are asked only for a word that fits one.
    const named = NAMED_OBJECTS.has(wordAt(i - 1)) && SUBJECT_PRONOUNS_AFTER_AUX.has(wordAt(i - 2)) && NAMING_VERBS.has(wordAt(i - 3)) && spacedAt(i - 2, i - 1) && spacedAt(i - 3, i - 2);
    const calledBy = wordAt(i + 1) === 'genoemd' && /^(?:worden|wordt|werd|werden|willen|wil)$/u.test(wordAt(i + 2)) && spacedAt(i, i + 1) && spacedAt(i + 1, i + 2);
    const saidTo = wordAt(i + 1) === 'tegen' && /^(?:hem|haar|mij|me|ons)$/u.test(wordAt(i + 2)) && spacedAt(i, i + 1) &&
      (SAY_VERB.test(wordAt(i - 1)) || (SAY_VERB.test(wordAt(i - 2)) && PERSONAL_PRONOUNS.has(wordAt(i - 1)) && spacedAt(i - 2, i - 1)));
    const next = tokens[i + 1];
    const clauseEnds = !next || !spaced(text, tok, next) || /^(?:maar|en|want|omdat|dus)$/u.test(next.folded);
    // (After GZ–HD also the subject before the verb, "iedereen zegt jw en ...", and the object before the name and the verb at the end,
    // "die hem steeds nelson noemt".)
    const saidAtEnd = ((/^(?:ze|we|wij|zij)$/u.test(wordAt(i - 1)) && /^(?:zeggen|noemen)$/u.test(wordAt(i - 2)) && spacedAt(i - 2, i - 1)) ||
      (/^(?:zegt|zeggen|noemt|noemen)$/u.test(wordAt(i - 1)) && /^(?:iedereen|ze|we|wij|zij|men|ik)$/u.test(wordAt(i - 2)) && spacedAt(i - 2, i - 1))) && clauseEnds;
    let k = i - 1;
    while (k > i - 3 && /^(?:steeds|altijd|vaak|soms|gewoon|nog|ook|wel)$/u.test(wordAt(k))) k--;
    // (After HJ–HN: a verb of saying and an adverb, the name where the clause ends: "zijn vriendin zegt altijd leefje".)
    const saidAfterAdverb = k < i - 1 && SAY_VERB.test(wordAt(k)) && clauseEnds && spacedAt(k, k + 1);
    const objectFirst = /^(?:hem|haar|mij|me)$/u.test(wordAt(k)) && NAMING_VERBS.has(wordAt(i + 1)) && !!next && spaced(text, tok, next);
    if (!(named || calledBy || saidTo || saidAtEnd || objectFirst || saidAfterAdverb) || !spacedAt(i - 1, i)) return false;
    const cls = classOf(i);
    // (After HO–HS not a preposition or a tussenvoegsel either: "zo noemen ze hem in de klas".)
    if (tok.folded.length < 2 || /[NT]/u.test(cls) || (/Q/u.test(cls) && !/A/u.test(cls)) || ARTICLES.has(tok.folded) || PERSONAL_PRONOUNS.has(tok.folded) || PREPOSITIONS.has(tok.folded) ||
      NAMED_OBJECTS.has(tok.folded) || NOT_NAMED.has(tok.folded)) return false;
    if (named || calledBy || (objectFirst && (!/Q/u.test(cls) || /F/u.test(cls)))) return true;
    // (After a verb of saying no word that is also an ordinary one, "iedereen zegt hoi tegen haar", "zeggen ze toch", nor a function word.)
    return !/Q/u.test(cls) && !NEVER_HERE.has(tok.folded);
  };
  /** "noemden ze hem gewoon |rob": a naming verb, an optional subject pronoun, an object, then one or two adverbs before token i. */
  const namedAfterAdverbs = (i: number): boolean => {
    let k = i - 1;
    let adverbs = 0;
    while (k >= 0 && adverbs < 2 && NAMING_ADVERBS.has((tokens[k] as Token).folded)) {
      k--;
      adverbs++;
    }
    if (adverbs === 0 || !NAMED_OBJECTS.has(tokens[k]?.folded ?? '')) return false;
    const verb = tokens[k - 1]?.folded ?? '';
    return NAMING_VERBS.has(verb) || (SUBJECT_PRONOUNS_AFTER_AUX.has(verb) && NAMING_VERBS.has(tokens[k - 2]?.folded ?? ''));
  };
  /** A participle of planning or meeting (PLANNED_PARTICIPLES) within four words after token i, in its clause. */
  const participleLater = (i: number): boolean => {
    for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (!spaced(text, tokens[k - 1] as Token, t)) return false;
      if (PLANNED_PARTICIPLES.has(t.folded)) return true;
    }
    return false;
  };
  /** A reflexive verb of a person (PERSON_REFLEXIVE_VERBS) within seven words after token k ("zich"), in its clause. */
  const reflexiveLater = (k: number): boolean => {
    for (let j = k + 1; j <= k + 7 && j < tokens.length; j++) {
      if (/[,.;:!?\n()]/u.test(gap(text, tokens[j - 1] as Token, tokens[j] as Token))) return false;
      if (PERSON_REFLEXIVE_VERBS.has((tokens[j] as Token).folded)) return true;
    }
    return false;
  };
  /** "jarig" within six words after token k, in its clause. */
  const birthdayLater = (k: number): boolean => {
    for (let j = k + 1; j <= k + 6 && j < tokens.length; j++) {
      if (/[,.;:!?\n()]/u.test(gap(text, tokens[j - 1] as Token, tokens[j] as Token))) return false;
      if ((tokens[j] as Token).folded === 'jarig') return true;
    }
    return false;
  };
  /** "bij" before token i, also with tussenvoegsels between ("bij el idrissi", "bij van dijk"). */
  const atHomeOf = (i: number): boolean => {
    let k = i - 1;
    while (k > 0 && i - k <= 3 && classOf(k) === 'T' && spaced(text, tokens[k] as Token, tokens[k + 1] as Token)) k--;
    const bij = tokens[k];
    return !!bij && bij.folded === 'bij' && spaced(text, bij, tokens[k + 1] as Token);
  };

  /**
   * Whether the company of token i makes it a name. The cheap test of each pattern (the words around it) comes first: the
   * lists (classOf) are asked only for the few tokens a pattern fits.
   */
  const inCompany = (i: number): boolean => {
    const tok = tokens[i] as Token;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const prev2 = tokens[i - 2];
    if (companyOnly) return joinedToFound(i) || bracketedAfterFound(i) || namedAgainAfter(i) || pairedWithFound(i) || correctedName(i) || variantOfFound(i);
    // After CR: "Marjolein is op vijftien december jarig": a first name (also one that is a word) before "is"/"wordt" and "jarig" later
    // in the clause, within six words.
    if (next && (next.folded === 'is' || next.folded === 'wordt' || next.folded === 'was') && firstName(i) && birthdayLater(i + 1)) return true;
    // After CR: a speaker's name opening a line of a transcript ("Oksana: Ik heb een moeder", "Kwame: Vanuit de politie ..."): a
    // capitalised name of the lists that is no word before a colon and a capital (a word no list knows is a label: "Eyeopener:").
    if (codeAt(text, tok.end) === 58 && CAPITALISED.test(tok.text) && listedNoWord(i) && /^:[ \u00a0]+\p{Lu}/u.test(text.slice(tok.end, tok.end + 4)) &&
      isLineStart(text, tok.start)) return true;
    // After CN: a lowercase surname of the lists that is no word, before a colon in the first two words of a line: the line is
    // about that person ("hoop bijlsma: ouders gescheiden", "bijlsma: afspraak verzet").
    if (codeAt(text, tok.end) === 58 && startsLower(tok.text) && listedNoWord(i) && /S/u.test(classOf(i)) &&
      (isLineStart(text, tok.start) || (!!prev && startsLower(prev.text) && spaced(text, prev, tok) && isLineStart(text, prev.start)))) return true;
    // After DV–DY: a lowercase first name, also one that is a word, opening a line of a transcript before a colon and what a speaker
    // says ("bas: ik wil even zeggen", "roos: ja dat klopt"); not a label ("let op: ik bel").
    if (codeAt(text, tok.end) === 58 && startsLower(tok.text) && SPEECH_OPENERS.test(text.slice(tok.end + 1, tok.end + 12)) &&
      isLineStart(text, tok.start) && /F/u.test(classOf(i)) && !/N/u.test(classOf(i))) return true;
    const before = prev && spaced(text, prev, tok) ? prev.folded : '';
    // A title may keep its abbreviation's dot ("mw. sluiter", "dhr. okafor").
    const title = before || (prev && /^\.[ \u00a0]+$/u.test(gap(text, prev, tok)) ? prev.folded : '');
    // After EL–EO: "dan nog tamar fokkema uit drachten": two lowercase words side by side that the name lists have and no Dutch
    // word list, place list or function words: a first name and a surname, or a double surname.
    // (The second a surname, neither an English or other known word: not "cliff edge", nor dialect, "gait noa".)
    if (tok.folded.length >= 3 && startsLower(tok.text) && ((!!next && next.folded.length >= 3 && startsLower(next.text) && spaced(text, tok, next) && nameBeforeSurname(i)) ||
      (!!prev && prev.folded.length >= 3 && startsLower(prev.text) && spaced(text, prev, tok) && nameBeforeSurname(i - 1)))) return true;
    // After IH–IK: a first name or surname that is also a word, lowercase, opening its sentence before a verb a person does ("roos spaart
    // lego friends", "vos zei vandaag dat oom ..."): not a feeling or the weather ("hoop doet leven", "storm was heftig"), nor "mo" for
    // the mother of a note, a person's word ("jongste zit", "tata komt") or a greeting.
    if (next && tok.folded.length >= 3 && startsLower(tok.text) && PERSON_SUBJECT_VERBS.has(next.folded) && spaced(text, tok, next) && isSentenceInitial(text, tok.start) &&
      /[FS]/u.test(classOf(i)) && /[AQ]/u.test(classOf(i)) && !/[NPT]/u.test(classOf(i)) && !MASS_NOUN_NAMES.has(tok.folded) && !PERSON_WORDS.has(tok.folded) &&
      !SIBLING_WORDS.has(tok.folded) && !ROLE_TITLES.has(tok.folded) && !PERSON_TITLES.has(tok.folded) && !OF_WORDS.has(tok.folded) && !CHAT_GREETINGS.has(tok.folded) && tok.folded !== 'tata' &&
      // (Not the thing before "is" and a word for how a thing looks or tastes: "roos is mooi als cadeau".)
      !((next.folded === 'is' || next.folded === 'was') && THING_ADJECTIVES.has(wordAt(i + 2)))) return true;
    // After IC–IG: "onze feike was vroeger net zo", "mn jorrit is": after "mijn" or "onze" a lowercase name of the lists that is no word.
    if (!!prev && /^(?:mijn|mn|m'n|onze|ons)$/u.test(before) && startsLower(tok.text) && tok.folded.length >= 3 && listedNoWord(i) && !/K/u.test(classOf(i)) && !PERSON_WORDS.has(tok.folded)) return true;
    // After IC–IG: "de baby van de bruijn", "de boerderij van de wubbels": after "van de", "van der" or "van den" a lowercase word of four
    // letters or more that only the surname list knows.
    if (tok.folded.length >= 4 && startsLower(tok.text) && classOf(i) === 'S' && !!prev && /^(?:de|der|den)$/u.test(prev.folded) && prev2?.folded === 'van' &&
      spaced(text, prev, tok) && spaced(text, prev2, prev)) return true;
    // After EL–EO: "mevrouw mulder-ter horst", "t. bakker-van loon": a surname joined by a hyphen to a tussenvoegsel and the
    // second surname, after a form of address or an initial.
    if (tok.text.includes('-') && startsLower(tok.text) && /^\p{Ll}{3,}-(?:van|de|der|den|ter|ten|el)$/u.test(tok.text) && /S/u.test(lexicalClass(tok.folded.slice(0, tok.folded.indexOf('-')))) &&
      !!next && spaced(text, tok, next) && next.folded.length >= 3 && !/N/u.test(classOf(i + 1)) &&
      (FORMAL_TITLES.has(title) || isRoleTitle(title) || /(?:^|[ \u00a0])\p{L}\.[ \u00a0]*$/u.test(text.slice(Math.max(0, tok.start - 4), tok.start)))) return true;
    // After EL–EO: "dat roos en ik de intake doen", "met roos de moeder van luuk": a first name, also one that is a word, before
    // "en ik", or before an apposition that names their role towards another person; no article before it ("de storm en ik").
    if (!!next && (next.folded === 'en' || next.folded === 'de') && startsLower(tok.text) && firstName(i) && !/^(?:de|het|een)$/u.test(before) && !PERSON_WORDS.has(tok.folded) && spaced(text, tok, next) &&
      ((next.folded === 'en' && tokens[i + 2]?.folded === 'ik' && /^[ \u00a0]+\p{Ll}/u.test(text.slice((tokens[i + 2] as Token).end))) ||
        (next.folded === 'de' && OF_WORDS.has(tokens[i + 2]?.folded ?? '') && tokens[i + 3]?.folded === 'van'))) return true;
    // After EX–EZ: "mikey de zoon van fam. tromp": the same apposition after a name of the lists that is no word, or one no list knows.
    if (next?.folded === 'de' && tokens[i + 3]?.folded === 'van' && OF_WORDS.has(tokens[i + 2]?.folded ?? '') && startsLower(tok.text) && spaced(text, tok, next) &&
      (listedNoWord(i) || unknownName(i))) return true;
    // After EX–EZ: "is marije de vries nog klassenouder": a first name of the lists that is no word before a tussenvoegsel and a listed
    // surname.
    if (!!next && TUSSEN_START.has(next.folded) && tok.folded.length >= 3 && startsLower(tok.text) && /F/u.test(classOf(i)) && !/[AQNT]/u.test(classOf(i)) && spaced(text, tok, next) &&
      surnameAfterTussen(i + 1)) return true;
    // After EQ–EW: "hallo, planning met ferry hier", "u spreekt met wendy": a caller or speaker naming themselves.
    if (before === 'met' && ((next?.folded === 'hier' && spaced(text, tok, next)) || prev2?.folded === 'spreekt') && startsLower(tok.text) && !PERSON_WORDS.has(tok.folded) &&
      !OF_WORDS.has(tok.folded) && (firstName(i) || listedNoWord(i) || unknownName(i))) return true;
    // After EQ–EW: "bel ellen op 0541-512378": whom to call, between "bel" and "op" and a number.
    if (before === 'bel' && next?.folded === 'op' && /^[ \u00a0]+op[ \u00a0]+(?:\+|0|nul)/u.test(text.slice(tok.end, tok.end + 12)) && !PERSON_WORDS.has(tok.folded) &&
      !OF_WORDS.has(tok.folded) && (firstName(i) || listedNoWord(i) || unknownName(i) || surnameWord(i))) return true;
    // After EL–EO: "eerst bij jou marjolein", "dat geldt ook voor jou storm, je ketting": a first name, also one that is a word,
    // called after "jou" where the clause ends.
    if (before === 'jou' && startsLower(tok.text) && firstName(i) && !PERSON_WORDS.has(tok.folded) && /^[ \u00a0]*(?:[,.;:!?)\n]|$)/u.test(text.slice(tok.end, tok.end + 2))) return true;
    if (joinedToFound(i) || namedAgainAfter(i) || pairedWithFound(i) || correctedName(i) || variantOfFound(i)) return true;
    if (next) {
      const after = next.folded;
      // "Griet, jij vroeg ...", "roos, kun je ...": called by name at the start of a sentence.
      if (SECOND_PERSON.has(after) && /^[ \u00a0]*,[ \u00a0]*$/u.test(gap(text, tok, next)) && isSentenceInitial(text, tok.start) && (firstName(i) || surnameWord(i))) return true;
      if (spaced(text, tok, next)) {
        // "roos zegt zelf", "en mees vertelde": a first name before a verb of saying, not after an article ("de storm zegt").
        // (After DD–DI not after a quantifier or adverb: "er is altijd hoop zegt de dominee".)
        if (SAYS.has(after) && !(prev && (ARTICLES.has(prev.folded) || QUANTIFIERS.has(prev.folded))) && firstName(i)) return true;
        // "met roos gesproken", "met kees gebeld".
        if (before === 'met' && TALKED_WITH.test(after) && nameLike(i)) return true;
        // After FA–FD: "met ruthmila en shurendy afgesproken": two of them.
        if (after === 'en' && before === 'met' && TALKED_WITH.test(tokens[i + 3]?.folded ?? '') && nameLike(i) && nameLike(i + 2)) return true;
        if (before === 'en' && tokens[i - 3]?.folded === 'met' && TALKED_WITH.test(after) && nameLike(i) && nameLike(i - 2)) return true;
        // "Farid uit Herat zit ...": a capitalised word opening a sentence before "uit" and a capitalised place, a listed name
        // (also one that is a rare word) or a word no list knows.
        if (after === 'uit' && CAPITALISED.test(tok.text) && CAPITALISED.test(tokens[i + 2]?.text ?? '') && isSentenceInitial(text, tok.start) &&
          (/[FS]/u.test(classOf(i)) || unknownName(i)) && !/[QNP]/u.test(classOf(i)) && !STORY_CONTEXT.test(text)) return true;
        // "bo uit groep 7", "kofi en ama uit groep 6", "sara uit 3b": a child named by their class.
        // (After BZ–CC also a surname after a first name: "bo kuipers uit groep vijf".)
        // (After CL also a name the lists have that is no word at all, "tariq uit de brugklas".)
        if (after === 'uit' && FROM_CLASS.test(text.slice(next.end, next.end + 22)) &&
          (firstName(i) || listedNoWord(i) || (surnameWord(i) && spaced(text, prev ?? tok, tok) && firstName(i - 1)))) return true;
        // "kees van het wijkteam", "kim van bso de boomhut"; an unknown word only without an article, preposition or comma before
        // it (not a job: "de jeugdconsulent van de gemeente").
        if (after === 'van' && serviceAt(i + 2)) {
          if (firstName(i)) return true;
          if (nameLike(i) && !(prev && (ARTICLES.has(prev.folded) || PREPOSITIONS.has(prev.folded) || /,/u.test(gap(text, prev, tok))))) return true;
          // After CO: a capitalised name the lists have that is no word ("wie er komt: Oksana van de opvang").
          if (CAPITALISED.test(tok.text) && listedNoWord(i) && !(prev && ARTICLES.has(prev.folded))) return true;
        }
      }
    }
    // After CL–CO: the subject of a clause after "dat"/"of"/"waarom" that a verb of seeing, saying or asking opens (or a comma), before
    // an adverb ("ik zie dat storm weer ...", "ze vroeg of storm bij hem mag komen", "ik snap niet waarom shurandy altijd ..."): a
    // first name (also one that is a word) or a name of the lists that is no word; a word no list knows only in a Dutch line.
    if (prev && CLAUSE_CONJUNCTIONS.has(prev.folded) && next && AFTER_CLAUSE_SUBJECT.has(next.folded) && spaced(text, prev, tok) && spaced(text, tok, next) &&
      startsLower(tok.text) && (firstName(i) || listedNoWord(i) || unknownName(i)) &&
      (THAT_CLAUSE_VERBS.has(prev2?.folded ?? '') || ASK_VERBS.has(prev2?.folded ?? '') || prev2?.folded === 'niet' || (prev2 !== undefined && /,[ \u00a0]*$/u.test(gap(text, prev2, prev))) ||
        thatVerbEarlier(i - 1))) return true;
    // After BZ–CC: "ken jij ene tyrone?", "er belde ene Kovacs": colloquial "a certain", only before a name (not "aan de ene kant").
    if (before === 'ene' && !(prev2 && ARTICLES.has(prev2.folded)) && !PERSON_TITLES.has(tok.folded) && !PERSON_WORDS.has(tok.folded) &&
      (nameLike(i) || (/[FS]/u.test(classOf(i)) && !/[QNP]/u.test(classOf(i))) || (CAPITALISED.test(tok.text) && !/[NPQ]/u.test(classOf(i))))) return true;
    // "bij kick in de klas", "bij roos in de groep": a child's class.
    if (before === 'bij' && next?.folded === 'in' && /^(?:de|haar|zijn)$/u.test(tokens[i + 2]?.folded ?? '') && /^(?:klas|groep)$/u.test(tokens[i + 3]?.folded ?? '') && (firstName(i) || unknownName(i))) return true;
    // After CU–CW: "even over roos. haar moeder ...", "zorgen om storm. hij zegt ...": a first name that is also a word after
    // "over"/"om" ending the clause, when the next one opens with a person pronoun; "ik was met roos bij de huisarts", "niet goed met hoop vandaag": after "met", before a place or a time;
    // "het osr van roos": after a document and "van".
    if ((((before === 'over' || before === 'om') && PRONOUN_NEXT_CLAUSE.test(text.slice(tok.end, tok.end + 14))) ||
        (before === 'met' && next && spaced(text, tok, next) && WITH_PERSON_AFTER.has(next.folded)) ||
        (before === 'van' && prev2 !== undefined && (DOCUMENT_WORDS.has(prev2.folded) || LESSON_OR_CARE.test(prev2.folded) || PERSONAL_DATA_NOUN.test(prev2.folded)))) &&
      startsLower(tok.text) && (firstName(i) || (before === 'van' && unknownName(i))) && !PERSON_WORDS.has(tok.folded)) return true;
    // "frank en ik hebben afgesproken": a first name opening a sentence, coordinated with "ik" or "wij".
    // (After DD–DI also a listed surname that is a word: "vos en ik hebben ...".)
    if (next?.folded === 'en' && /^(?:ik|wij|we|jij)$/u.test(tokens[i + 2]?.folded ?? '') && (firstName(i) || (/S/u.test(classOf(i)) && /A/u.test(classOf(i)) && !/N/u.test(classOf(i)))) &&
      isSentenceInitial(text, tok.start) && spaced(text, tok, next)) return true;
    // After CL–CO: "even bij roos kijken", "bij storm langs": a visit at someone's ("bij" without an article, a verb of visiting after).
    if (before === 'bij' && next && VISIT_AFTER.has(next.folded) && spaced(text, tok, next) && startsLower(tok.text) && !PERSON_WORDS.has(tok.folded) && (firstName(i) || listedNoWord(i) || unknownName(i))) return true;
    // "zei tegen shurandy uit het team", "zeg tegen vos dat hij ...": who is spoken to.
    // (After GB–GE also with a particle between: "zeg maar tegen bo dat", "zeg even tegen ivanko dat".)
    if (before === 'tegen' && prev2 && (TOLD_VERBS.has(prev2.folded) || (TELL_PARTICLES.has(prev2.folded) && TOLD_VERBS.has(tokens[i - 3]?.folded ?? ''))) &&
      spaced(text, prev2, prev as Token) && startsLower(tok.text) && !PERSON_WORDS.has(tok.folded) && !ROLE_TITLES.has(tok.folded) &&
      (firstName(i) || listedNoWord(i) || unknownName(i) || (/[FS]/u.test(classOf(i)) && !/[NPT]/u.test(classOf(i))))) return true;
    // After CZ: "de zitting van semhar en haar moeder", "skinny en zijn vriendin slapen ...": a lowercase word no list knows (or a name
    // of the lists that is no word) before "en zijn/haar" and a relative or partner; at the start of a sentence also an English word,
    // as nicknames often are. Not after an article ("het huis en zijn tuin").
    if (next?.folded === 'en' && HIS_HER.has(tokens[i + 2]?.folded ?? '') && COMPANION_WORDS.has(tokens[i + 3]?.folded ?? '') && startsLower(tok.text) &&
      !(prev && ARTICLES.has(prev.folded)) && !PERSON_WORDS.has(tok.folded) && !SIBLING_WORDS.has(tok.folded) && !COMPANION_WORDS.has(tok.folded) &&
      (unknownName(i) || listedNoWord(i) || firstName(i) || (classOf(i) === 'K' && tok.folded.length >= 4 && isSentenceInitial(text, tok.start)))) return true;
    // After CZ: "mo, neem jij dinsdag ...", "roos, heb je ...": called by name at the start of a sentence, before a verb and "jij"/"je"/"u".
    if (next && codeAt(text, tok.end) === 44 && YOU.has(tokens[i + 2]?.folded ?? '') && /^[ \u00a0]*,[ \u00a0]*$/u.test(gap(text, tok, next)) && spaced(text, next, tokens[i + 2] as Token) &&
      startsLower(next.text) && isSentenceInitial(text, tok.start) && (firstName(i) || surnameWord(i) || CALLED_NAMES.has(tok.folded))) return true;
    // After CZ: "let op: merel mag alleen door haar vader ...": a first name (also one that is a word) opening the clause after a
    // lowercase label of one or two words and a colon, before a modal verb or "heeft"/"wordt" with no pronoun after it (that one is
    // the subject: "let op: hoop mag je nooit opgeven").
    if (next && LABELLED_SUBJECT_VERBS.has(next.folded) && prev && codeAt(text, prev.end) === 58 && spaced(text, tok, next) && startsLower(tok.text) && firstName(i) &&
      !PERSONAL_PRONOUNS.has(tokens[i + 2]?.folded ?? '') &&
      /^:[ \u00a0]+$/u.test(gap(text, prev, tok)) && startsLower(prev.text) && (isLineStart(text, prev.start) || (!!prev2 && spaced(text, prev2, prev) && isLineStart(text, prev2.start)))) return true;
    // After CZ: "hoe lieve zich in de kring beweegt": a first name (also one that is a word) between a conjunction and "zich", when
    // a verb of a person's conduct ends the clause (not "hoe storm zich ontwikkelt").
    if (next?.folded === 'zich' && prev && BEFORE_REFLEXIVE_SUBJECT.has(prev.folded) && spaced(text, prev, tok) && spaced(text, tok, next) && startsLower(tok.text) &&
      !PERSON_WORDS.has(tok.folded) && (firstName(i) || listedNoWord(i)) && reflexiveLater(i + 1)) return true;
    // After CZ: "we hebben oksana nu ingepland", "heb je bilal al gesproken": the object between an auxiliary (and a pronoun) and a
    // participle of planning or meeting, within four words: a name of the lists that is no word or a word no list knows.
    if (prev && (AUXILIARIES.has(prev.folded) || (SUBJECT_PRONOUNS_AFTER_AUX.has(prev.folded) && AUXILIARIES.has(prev2?.folded ?? ''))) && startsLower(tok.text) &&
      !PERSON_WORDS.has(tok.folded) && (listedNoWord(i) || (unknownName(i) && !tok.folded.endsWith('s'))) && participleLater(i)) return true;
    // After CZ: "kan ik bo inplannen", "het mdo over bo verplaatsen": a first name (also one that is a word) as the bare object of a
    // verb of planning, after a pronoun or a preposition (no article: "de storm verplaatsen").
    if (next && PLAN_INFINITIVES.has(next.folded) && spaced(text, tok, next) && OBJECT_BEFORE_PLAN.has(before) && startsLower(tok.text) && !PERSON_WORDS.has(tok.folded) &&
      firstName(i)) return true;
    // After CZ: "storm kan terecht bij het leerwerkbedrijf": a first name (also one that is a word) opening a line before "kan terecht".
    if ((next?.folded === 'kan' || next?.folded === 'kon') && tokens[i + 2]?.folded === 'terecht' && isLineStart(text, tok.start) && firstName(i)) return true;
    // After DA–DC: "mag jade vandaag met lotte mee?": a first name (also one that is a word) after a modal opening a question line,
    // before an adverb of time, "alleen", "zelf", "bij" or "met" (not "kan", which weather takes too: "kan storm vandaag ...").
    // (After GB–GE also a word no list knows before "mee": "mag senait mee".)
    if (prev && /^(?:mag|mocht|wil|moet)$/u.test(prev.folded) && isLineStart(text, prev.start) && spaced(text, prev, tok) && next && spaced(text, tok, next) &&
      startsLower(tok.text) && ((QUESTION_SUBJECT_NEXT.has(next.folded) && firstName(i)) || ((QUESTION_SUBJECT_NEXT.has(next.folded) || next.folded === 'mee') && unknownName(i))) &&
      !PERSON_WORDS.has(tok.folded)) return true;
    // After DA–DC: "de juf heet mevrouw schaap": after "heet" and a title the word is the name, whatever else it means.
    if (prev2 && (prev2.folded === 'heet' || prev2.folded === 'heette') && (FORMAL_TITLES.has(before) || PERSON_TITLES.has(before)) && tok.folded.length >= 2 &&
      !NEVER_HERE.has(tok.folded) && !ARTICLES.has(tok.folded) && !NOT_NAMED.has(tok.folded) && !/N/u.test(classOf(i))) return true;
    // After DA–DC: "dat de jongen zichzelf snoopy noemt": a word between "zichzelf" and a verb of calling is what he calls himself.
    if (before === 'zichzelf' && next && NAMING_VERBS.has(next.folded) && spaced(text, tok, next) && !NEVER_HERE.has(tok.folded) && !ARTICLES.has(tok.folded) && !/N/u.test(classOf(i))) return true;
    // After DA–DC: "noemen hem jojo, echte naam is youssef": a nickname that the real name follows, whatever word it is.
    // (After FX–GA also "noemen mn broer boef maar zn echte naam is jamal": a possessive and a person's word as the object.)
    if (prev2 && (NAMED_OBJECTS.has(before) ? NAMING_VERBS.has(prev2.folded) : (HIS_HER.has(prev2.folded) || MY_OUR.has(prev2.folded)) && (PERSON_WORDS.has(before) || SIBLING_WORDS.has(before)) &&
      NAMING_VERBS.has(tokens[i - 3]?.folded ?? '')) && REAL_NAME_AFTER.test(text.slice(tok.end, tok.end + 40)) && !NEVER_HERE.has(tok.folded) &&
      !ARTICLES.has(tok.folded) && !NOT_NAMED.has(tok.folded) && !/N/u.test(classOf(i))) return true;
    // After DA–DC: "de familie sato woont ...": after a word for a family a lowercase word that is no frequent Dutch word, place or
    // function word (an English or other known word: "sato", "king"), before a verb of living or coming or where they are from (not
    // "het gezin wantrouwt hulp", "kinderen tolken alles").
    // (After EL–EO also a surname a place list has too, no frequent word: "adres gezin veldman is nu", "fam. achterberg".)
    // (After FX–GA also a listed surname that is a word before a verb of living: "de tweeling bos woont".)
    if (isFamilyWord(before) && startsLower(tok.text) && tok.folded.length >= 3 && !!next && FAMILY_NAME_NEXT.has(next.folded) && spaced(text, tok, next) &&
      (!/[QNT]/u.test(classOf(i)) || (/S/u.test(classOf(i)) && /A/u.test(classOf(i)) && !/[NT]/u.test(classOf(i)) && /^wo(?:on|n)/u.test(next.folded))) &&
      !isPlaceOrRegion(tok.folded) && !NEVER_HERE.has(tok.folded) && !looksInflected(tok.folded)) return true;
    // After DA–DC: "wijkagent peters kwam langs", "meester bakker zei": after a title or role a lowercase listed surname that is also a
    // name-word (not a verb: "de huisarts bellen?"), before a verb, a comma or the end.
    // (After DV–DY also a first name that is a word, a present verb, a surname after it, or "uit" and a place: "vrijwilliger kees, die",
    // "collega vos neemt", "gedragswetenschapper ellen vos", "wijkagent bos uit vlaardingen".)
    if ((PERSON_TITLES.has(title) || isRoleTitle(title)) && startsLower(tok.text) && /[FS]/u.test(classOf(i)) && (/A/u.test(classOf(i)) || !/Q/u.test(classOf(i))) &&
      !/N/u.test(classOf(i)) && !NEVER_HERE.has(tok.folded) && !looksInflected(tok.folded) && !(/Q/u.test(classOf(i)) && tok.folded.endsWith('en')) &&
      (/^[ \u00a0]*(?:[,.;:!?)]|$)/u.test(text.slice(tok.end, tok.end + 2)) ||
        (!!next && spaced(text, tok, next) && (SAYS.has(next.folded) || PAST_PERSON_VERBS.has(next.folded) || PRESENT_PERSON_VERBS.has(next.folded) ||
          (startsLower(next.text) && /S/u.test(classOf(i + 1)) && !/[QN]/u.test(classOf(i + 1))) ||
          (next.folded === 'uit' && /P/u.test(classOf(i + 2))))))) return true;
    // After FL–FO: "maar iedereen zegt riek", "iedereen zegt kevvie tegen hem": what everyone calls someone, a name of the lists or
    // one no list knows, where the clause ends or before "tegen".
    if ((before === 'zegt' || before === 'zeggen') && NAMING_SUBJECTS.has(prev2?.folded ?? '') && startsLower(tok.text) && (firstName(i) || listedNoWord(i) || unknownName(i)) &&
      (next?.folded === 'tegen' || /^[ \u00a0]*(?:[,.;:!?)]|$)/u.test(text.slice(tok.end, tok.end + 2)))) return true;
    // After FX–GA: "aanmelding: vos, thijmen, geboren ...": a form's surname first, then a comma and the first name (one of the lists
    // that is no word), where a line or a label opens.
    if (next && codeAt(text, tok.end) === 44 && startsLower(tok.text) && /S/u.test(classOf(i)) && !/[NT]/u.test(classOf(i)) && listedNoWord(i + 1) && /F/u.test(classOf(i + 1)) &&
      /^,[ \u00a0]*$/u.test(gap(text, tok, next)) && (isLineStart(text, tok.start) || (!!prev && /:[ \u00a0]*$/u.test(gap(text, prev, tok)))) &&
      /^[ \u00a0]*(?:[,(]|geb|$)/u.test(text.slice(next.end, next.end + 5))) return true;
    // After GK–GO: "jade", a frequent girl's name, is a name unless the sentence speaks of a stone or a colour ("een ketting van jade",
    // "jade groen"): across the blind batches it was missed more than any other name (ten times in FT–FW and GK–GO), and as a word
    // every clean sentence of the corpus had it with jewellery, a stone or a colour.
    if (tok.folded === 'jade' && !(prev && (ARTICLES.has(prev.folded) || prev.folded === 'nep' || prev.folded === 'groene')) && !JADE_AS_STONE.test(sentenceBefore(text, tok.start, 120) + sentenceAfter(text, tok.start, 120))) return true;
    // After GK–GO: a chat's sign-off, "groetjes mirte" at the end of a message, and whom to ask for on the phone, "vragen naar ewa":
    // a first name or surname of the lists or a word no list knows, where the message or clause ends.
    if ((SIGN_OFFS.has(before) || (before === 'naar' && prev2?.folded === 'vragen')) && startsLower(tok.text) && !PERSON_WORDS.has(tok.folded) &&
      !PERSON_TITLES.has(tok.folded) && !ARTICLES.has(tok.folded) && (firstName(i) || listedNoWord(i) || unknownName(i) || (/S/u.test(classOf(i)) && !/[QNP]/u.test(classOf(i)))) &&
      /^[ \u00a0]*(?:[.!,)\n]|$)/u.test(text.slice(tok.end, tok.end + 2))) return true;
    // (After GZ–HD also a first name and a surname ending the message, "groeten marek wisniewski": two words no frequent one, the second a
    // surname or a word no list knows.)
    if (SIGN_OFFS.has(before) && startsLower(tok.text) && next && spaced(text, tok, next) && /^[ \u00a0]*(?:[.!,)\n]|$)/u.test(text.slice(next.end, next.end + 2)) &&
      !/[QNPT]/u.test(classOf(i)) && !/[QNPT]/u.test(classOf(i + 1)) && !PERSON_WORDS.has(tok.folded) && !PERSON_TITLES.has(tok.folded) && tok.folded.length >= 3 &&
      (/S/u.test(classOf(i + 1)) || classOf(i + 1) === 'U')) return true;
    // After GF–GJ: "yo jurensley heb je ...", "hey shurwin, ...": a name no list knows (or one of the lists) after a greeting opening the
    // line, before a comma or the end, or before a verb and "je"/"jij"/"u".
    if (CHAT_GREETINGS.has(before) && isSentenceInitial(text, (prev as Token).start) && startsLower(tok.text) && !PERSON_WORDS.has(tok.folded) &&
      (unknownName(i) || listedNoWord(i) || firstName(i)) &&
      (/^[ \u00a0]*(?:[,!?:]|$)/u.test(text.slice(tok.end, tok.end + 2)) || (!!next && spaced(text, tok, next) && YOU.has(tokens[i + 2]?.folded ?? '')))) return true;
    // After GF–GJ: "de vader komma meneer eh gario komma woont ...": a hesitation between a form of address and the name.
    if ((before === 'eh' || before === 'ehm' || before === 'uh' || before === 'uhm') && prev2 && (FORMAL_TITLES.has(prev2.folded) || PERSON_TITLES.has(prev2.folded)) && startsLower(tok.text) &&
      (unknownName(i) || listedNoWord(i) || surnameWord(i))) return true;
    // After GF–GJ: "dikkie (mn zoon rafael) heeft ...": a nickname before a relative named in brackets.
    if (codeAt(text, tok.end + 1) === 40 && startsLower(tok.text) && tok.folded.length >= 2 && /^[ \u00a0]*\([ \u00a0]*(?:mn|mijn|m'n|zijn|zn|z'n|haar|onze|ons)[ \u00a0]+(?:zoon|dochter|broer|zus|broertje|zusje|neef|nicht|kleinzoon|kleindochter|pleegzoon|pleegdochter)[ \u00a0]+\p{L}/u.test(text.slice(tok.end, tok.end + 30)) &&
      !/N/u.test(classOf(i)) && (!/Q/u.test(classOf(i)) || /A/u.test(classOf(i))) && !PERSON_WORDS.has(tok.folded) && !ARTICLES.has(tok.folded) && !PREPOSITIONS.has(tok.folded)) return true;
    // After GB–GE: "een afspraak bij dokter de haan voor kees om half vier": whom an appointment is for, a first name of the lists
    // between "voor" and "om" and a time.
    if (before === 'voor' && next?.folded === 'om' && startsLower(tok.text) && firstName(i) && !PERSON_WORDS.has(tok.folded) && spaced(text, tok, next) &&
      /^[ \u00a0]+om[ \u00a0]+(?:\d|half|kwart|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)/u.test(text.slice(tok.end, tok.end + 14))) return true;
    // After GB–GE: a nickname: "de bijnaam van die jongen is tiktak", "snoepie dat is dat meisje van veertien", "chico ofwel dylan
    // martina", "bij mij heet ze gewoon puk, haar echte naam is pauline".
    if ((before === 'is' || before === 'gewoon' || before === 'eigenlijk' || next?.folded === 'dat' || next?.folded === 'ofwel') &&
      startsLower(tok.text) && tok.folded.length >= 2 && !/N/u.test(classOf(i)) && !NEVER_HERE.has(tok.folded) && !PERSONAL_PRONOUNS.has(tok.folded) &&
      !ARTICLES.has(tok.folded) && !PERSON_WORDS.has(tok.folded) && !PREPOSITIONS.has(tok.folded) &&
      ((before === 'is' && /(?<![\p{L}])bijnaam(?![\p{L}])/u.test(text.slice(Math.max(0, tok.start - 50), tok.start)) && !/Q/u.test(classOf(i))) ||
        (next?.folded === 'dat' && tokens[i + 2]?.folded === 'is' && /^(?:dat|die|de|het)$/u.test(tokens[i + 3]?.folded ?? '') && CHILD_NOUNS.has(tokens[i + 4]?.folded ?? '') &&
          isSentenceInitial(text, tok.start) && (!/Q/u.test(classOf(i)) || /A/u.test(classOf(i)))) ||
        (next?.folded === 'ofwel' && (nameLike(i + 2) || listedNoWord(i + 2)) && (!/Q/u.test(classOf(i)) || /A/u.test(classOf(i)))) ||
        ((before === 'gewoon' || before === 'eigenlijk') && (prev2?.folded === 'ze' || prev2?.folded === 'hij') && /^(?:heet|heette)$/u.test(tokens[i - 3]?.folded ?? '') &&
          REAL_NAME_AFTER.test(text.slice(tok.end, tok.end + 40))))) return true;
    // After GB–GE: "huisbezoek hoekstra verplaatst": a home visit at a family named by a listed surname that is no frequent word.
    if ((before === 'huisbezoek' || before === 'huisbezoeken') && startsLower(tok.text) && /S/u.test(classOf(i)) && !/[QNT]/u.test(classOf(i))) return true;
    // After FT–FW: "t.a.v. carola", "ter attentie van kim": whom a letter or message is for, a name of the lists or one no list knows.
    // (The cheap test first: the rules below run for every token.)
    if ((before === 'tav' || before === 'van' || (tok.start >= 2 && codeAt(text, tok.start - 2) === 46)) && startsLower(tok.text) &&
      /(?:^|[^\p{L}])(?:t\.a\.v\.?|tav|attentie[ \u00a0]+van)[ \u00a0]+$/u.test(text.slice(Math.max(0, tok.start - 16), tok.start)) &&
      !PERSON_WORDS.has(tok.folded) && !PERSON_TITLES.has(tok.folded) && !FORMAL_TITLES.has(tok.folded) && !isRoleTitle(tok.folded) &&
      (firstName(i) || listedNoWord(i) || unknownName(i))) return true;
    // After FT–FW: "vader dewkumar zegt", "oma ayaan belde": after a parent's, relative's or professional's word a word no list knows
    // before a verb of saying or doing, not a participle's shape (a listed name there is read above).
    // (And "die gast chucky heeft": after a slang word for a guy with "die" or "een" before it, also a rarer word, as nicknames are.)
    if (!!next && (SAYS.has(next.folded) || ACTING_VERBS.has(next.folded)) && startsLower(tok.text) && spaced(text, tok, next) &&
      (OF_WORDS.has(before) || PERSON_TITLES.has(before) || RANK_IN_FAMILY.has(before) || isRoleTitle(before) || (GUY_WORDS.has(before) && /^(?:die|een|ene|deze)$/u.test(prev2?.folded ?? '') && rareWord(i))) &&
      (unknownName(i) || GUY_WORDS.has(before)) && !/^(?:ge|be|ver|uit|op|aan|in|over|door)\p{L}{3,}[td]$/u.test(tok.folded)) return true;
    // After FT–FW: "via bas de consulent", "met jade de dochter": a first name, also one that is a word, before "de" and the person's role,
    // after a preposition (not "ik ben de consulent").
    if (next?.folded === 'de' && /^(?:via|met|bij|voor|naar|aan|van|tegen)$/u.test(before) && startsLower(tok.text) && firstName(i) && !PERSON_WORDS.has(tok.folded) &&
      spaced(text, tok, next) && (isRoleTitle(tokens[i + 2]?.folded ?? '') || ROLE_HEADS.includes(tokens[i + 2]?.folded ?? '') || OF_WORDS.has(tokens[i + 2]?.folded ?? ''))) return true;
    // After GZ–HD: "chappie eh dat is dus jordi pieters": a word no list knows before "dat is" and a name found, with a hesitation or
    // "dus" between: the nickname, then who it is.
    // (After HO–HS also with "dus" alone between: "chichi dus chidinma okonkwo".)
    if (startsLower(tok.text) && restatedAfter(i) && unknownName(i)) return true;
    // After FT–FW: "ruzie met skinny, zo noemen we sven", "dino heet eigenlijk dinesh": a nickname, a word of any kind but a frequent
    // one, before what the person is called or really called.
    // (After HO–HS opening a sentence before "heet eigenlijk" and a name also a frequent word: "jojo heet eigenlijk johanna".)
    if (next && (next.folded === 'zo' || next.folded === 'heet') && startsLower(tok.text) && tok.folded.length >= 2 && !/N/u.test(classOf(i)) &&
      (!/Q/u.test(classOf(i)) || /A/u.test(classOf(i)) || (next.folded === 'heet' && isSentenceInitial(text, tok.start) && /^(?:eigenlijk|echt|officieel)$/u.test(tokens[i + 2]?.folded ?? ''))) &&
      !NEVER_HERE.has(tok.folded) && !PERSONAL_PRONOUNS.has(tok.folded) && !ARTICLES.has(tok.folded) && !PERSON_WORDS.has(tok.folded) &&
      // (After GB–GE also without the comma at the start of a sentence: "vijfje zo noemen ze hem".)
      ((next.folded === 'zo' && (/^[ \u00a0]*,[ \u00a0]*$/u.test(gap(text, tok, next)) || (spaced(text, tok, next) && isSentenceInitial(text, tok.start))) &&
        NAMING_VERBS.has(tokens[i + 2]?.folded ?? '') && (NAMING_SUBJECTS.has(tokens[i + 3]?.folded ?? '') || namedByWhoAfter(i + 3))) ||
        (next.folded === 'heet' && spaced(text, tok, next) && /^(?:eigenlijk|echt|officieel)$/u.test(tokens[i + 2]?.folded ?? '') && (nameLike(i + 3) || listedNoWord(i + 3))))) return true;
    // After HJ–HN: "zegt dat hij lulu heet", "die sami heet": the name before "heet" where the clause ends, after its subject.
    if (next && (next.folded === 'heet' || next.folded === 'heette') && spaced(text, tok, next) && /^(?:hij|zij|ze|die|jij|ik)$/u.test(before) && startsLower(tok.text) && !PETS_AND_TOYS.has(prev2?.folded ?? '') &&
      tok.folded.length >= 2 && /^[ \u00a0]*(?:[,.;:!?)\n]|$|(?:en|maar|of|want|omdat|terwijl)(?![\p{L}]))/u.test(text.slice(next.end, next.end + 10)) && !/N/u.test(classOf(i)) &&
      (!/Q/u.test(classOf(i)) || /A/u.test(classOf(i))) && !NEVER_HERE.has(tok.folded) && !PERSONAL_PRONOUNS.has(tok.folded) && !ARTICLES.has(tok.folded) &&
      !NOT_NAMED.has(tok.folded) && !PERSON_WORDS.has(tok.folded)) return true;
    // After DD–DI: "daar noemden ze hem gewoon rob", "noemt zich liever jay": a naming verb, an object and one or two adverbs before
    // the name (not before an article or a frequent word only: "noemen hem gewoon lui" is no name; a first name or surname is).
    // (After FE–FK also a rarer word, as nicknames are: "noemen ze hem ook gewoon dikkie", "alleen nog kipje".)
    // (After HJ–HN also a name that is a word after "hem", "haar" or "zich", as without the adverb: "noemde zich alleen vos".)
    if (namedAfterAdverbs(i) && startsLower(tok.text) && (firstName(i) || listedNoWord(i) || unknownName(i) || surnameWord(i) || rareWord(i) ||
      (/A/u.test(classOf(i)) && !/N/u.test(classOf(i)) && !NEVER_HERE.has(tok.folded) && !NAMING_ADVERBS.has(tok.folded) &&
      !PERSON_WORDS.has(tok.folded) && !SIBLING_WORDS.has(tok.folded)))) return true;
    // After FE–FK: "die ze kobra noemen", "een jongen die ze in de buurt tupac noemen", "ze wordt thuis mimi genoemd": a name before the
    // verb of calling, its subject or a passive auxiliary shortly before; a nickname is often a word, but no frequent one ("die ze lastig
    // noemen" is no name).
    // (After IH–IK right after "die ze" also a word the lists keep from names, a nickname all the same: "die ze dushi noemen".)
    const calledBy = NAMING_VERBS.has(next?.folded ?? '') && NAMING_SUBJECTS.has(before) && prev2?.folded === 'die';
    if (next && spaced(text, tok, next) && (NAMING_VERBS.has(next.folded) || next.folded === 'genoemd') && tok.folded.length >= 2 && startsLower(tok.text) &&
      (!/N/u.test(classOf(i)) || calledBy) && (!/Q/u.test(classOf(i)) || /A/u.test(classOf(i))) && !NEVER_HERE.has(tok.folded) && !PERSONAL_PRONOUNS.has(tok.folded) && !NAMED_OBJECTS.has(tok.folded) &&
      !ADVERB_OR_ADJECTIVE_ENDING.test(tok.folded) && !PREPOSITIONS.has(tok.folded) && !ARTICLES.has(tok.folded)) {
      // (After HJ–HN: "ramon pinas ook wel ray genoemd", another name for someone just named.)
      if (next.folded === 'genoemd' && before === 'wel' && prev2?.folded === 'ook') return true;
      const cue = next.folded === 'genoemd' ? PASSIVE_AUXILIARIES : NAMING_SUBJECTS;
      // (Not after "dat": "een konijn dat ze bolletje noemt" names a pet or a toy; a person is "die".)
      let k = i - 1;
      while (k >= Math.max(0, i - 5) && !cue.has((tokens[k] as Token).folded)) k--;
      if (k >= Math.max(0, i - 5) && tokens[k - 1]?.folded !== 'dat') return true;
    }
    // After IH–IK: "hoop is het zusje van yasmina", "storm is trouwens de zoon van lisanne": who a name that is a word is to someone, with
    // the article and "van" after the relative (the feeling or the weather is nobody's sister).
    if ((next?.folded === 'is' || next?.folded === 'was') && startsLower(tok.text) && tok.folded.length >= 2 && /[FS]/u.test(classOf(i)) && !/[NPT]/u.test(classOf(i)) &&
      !PERSON_WORDS.has(tok.folded) && !SIBLING_WORDS.has(tok.folded) && !NEVER_HERE.has(tok.folded)) {
      const k = /^(?:trouwens|eigenlijk|dus|ook|echt)$/u.test(wordAt(i + 2)) ? i + 3 : i + 2;
      if (/^(?:de|het)$/u.test(wordAt(k)) && (SIBLING_WORDS.has(wordAt(k + 1)) || OF_WORDS.has(wordAt(k + 1))) &&
        wordAt(k + 2) === 'van') return true;
    }
    // After IH–IK: "de moeder van juni", "het broertje van juni", "zus juni komt": a month after a relative (and "van") is a girl's name;
    // a date has its day ("de moeder van 12 juni" does not come here) and no relative before it.
    if (MONTHS.has(tok.folded) && startsLower(tok.text) && !!prev && !/^[ \u00a0]*\d/u.test(text.slice(tok.end, tok.end + 3)) &&
      ((before === 'van' && (OF_WORDS.has(prev2?.folded ?? '') || SIBLING_WORDS.has(prev2?.folded ?? '') || prev2?.folded === 'geboortedatum') && spaced(text, prev2 as Token, prev)) ||
        SIBLING_WORDS.has(before))) return true;
    // After IH–IK: "geboortedatum roos 14-08-2023": a name of the lists, also one that is a word, between "geboortedatum" and the date.
    if (before === 'geboortedatum' && startsLower(tok.text) && /[FS]/u.test(classOf(i)) && !/[NPT]/u.test(classOf(i)) && /^[ \u00a0:]+\d/u.test(text.slice(tok.end, tok.end + 4))) return true;
    // After IH–IK: "rebin zijn kleine zus nazdar", "ahmed z'n moeder belde": the owner before "zijn"/"haar" and a relative (colloquial
    // possessive), a name of the lists that is no word or one no list knows (the cue is strong: other unknown words may be near);
    // not after an article ("de jongen zijn moeder").
    if (next && /^(?:zijn|haar|zn|z'n|d'r)$/u.test(next.folded) && startsLower(tok.text) && tok.folded.length >= 3 && (listedNoWord(i) || unknownName(i, 2)) &&
      !(prev && ARTICLES.has(prev.folded)) && !PERSON_WORDS.has(tok.folded) && spaced(text, tok, next)) {
      const k = /^(?:kleine|grote|oudere|jongere|oudste|jongste|lieve)$/u.test(wordAt(i + 2)) ? i + 3 : i + 2;
      if (SIBLING_WORDS.has(wordAt(k)) || OF_WORDS.has(wordAt(k))) return true;
    }
    // After IH–IK: "mijn vrouw shilan", "haar man yonas": the partner after a possessive, a name of the lists that is no word or one no list knows.
    if (prev2 && /^(?:mijn|mn|m'n|zijn|zn|z'n|haar|d'r)$/u.test(prev2.folded) && /^(?:vrouw|man|partner|echtgenote|echtgenoot|verloofde)$/u.test(before) &&
      startsLower(tok.text) && tok.folded.length >= 3 && (listedNoWord(i) || unknownName(i, 2)) && spaced(text, prev2, prev as Token)) return true;
    // After IH–IK: "vossie zoals ze hem noemen heeft ...": a nickname before "zoals", who calls the person so and the verb of calling.
    if (next?.folded === 'zoals' && NAMING_SUBJECTS.has(wordAt(i + 2)) && NAMED_OBJECTS.has(wordAt(i + 3)) && NAMING_VERBS.has(wordAt(i + 4)) && startsLower(tok.text) &&
      tok.folded.length >= 2 && !ARTICLES.has(tok.folded) && !PERSONAL_PRONOUNS.has(tok.folded) && !PERSON_WORDS.has(tok.folded) && !NEVER_HERE.has(tok.folded)) return true;
    // After DD–DI: "rik jij hebt toch nog ruimte?": called by name without a comma, at the start of a line before "jij" and a verb.
    if (next && (next.folded === 'jij' || next.folded === 'u') && spaced(text, tok, next) && isLineStart(text, tok.start) && startsLower(tok.text) && firstName(i) &&
      /^\p{Ll}{2,}$/u.test(tokens[i + 2]?.text ?? '') && !PERSON_WORDS.has(tok.folded)) return true;
    // After HJ–HN: "zei dat roos in de groep bijna niet praat", "vader wil dat mo in de zomer ...": a first name, also one that is a word,
    // as the subject of a clause after "dat", "omdat", "toen", "terwijl", "zodat" or (after HO–HS) "of", before anything but a pronoun
    // (then the word is a verb: "dat ken ik", "dat ben jij"); not a preposition ("dat door de ouders").
    // (Not a word for a feeling or the weather, which needs no article: "hij zegt dat hoop voor hem een moeilijk woord is".)
    if (next && /^(?:dat|omdat|toen|terwijl|zodat|of)$/u.test(before) && startsLower(tok.text) && spaced(text, tok, next) && firstName(i) && !PREPOSITIONS.has(tok.folded) &&
      !MASS_NOUN_NAMES.has(tok.folded) &&
      !PERSON_WORDS.has(tok.folded) && !PERSONAL_PRONOUNS.has(next.folded) && !NAMED_OBJECTS.has(next.folded) && !/^(?:beide|alle|mijn|jouw|uw)$/u.test(next.folded) &&
      spaced(text, prev as Token, tok)) return true;
    // After DD–DI: "volgens amber was het": a first name (also a word) after "volgens" before a finite verb.
    if (before === 'volgens' && next && /^(?:was|is|heeft|had|zei|zegt|wil|wilde|moet|kan)$/u.test(next.folded) && spaced(text, tok, next) && startsLower(tok.text) && firstName(i)) return true;
    // After DD–DI: "de jongste is storm die is vier": after "de jongste/oudste is" a first name (also one that is a word).
    if (before === 'is' && prev2 && /^(?:jongste|oudste|middelste)$/u.test(prev2.folded) && startsLower(tok.text) && firstName(i)) return true;
    // After DD–DI: "noemen ze snake": a naming verb and its subject pronoun before the name (a word no Dutch list has, or a name).
    if (prev2 && NAMING_VERBS.has(prev2.folded) && /^(?:ze|we|wij|zij|jullie)$/u.test(before) && startsLower(tok.text) && !NEVER_HERE.has(tok.folded) &&
      (firstName(i) || listedNoWord(i) || unknownName(i) || classOf(i) === 'K')) return true;
    // After DD–DI: "mevr. achterberg is opgenomen": after an abbreviated form of address with its dot a lowercase word that is no
    // frequent word, function word or never a name.
    if (prev && ABBREVIATED_ADDRESS.has(prev.folded) && codeAt(text, prev.end) === 46 && /^\.[ \u00a0]+$/u.test(gap(text, prev, tok)) && startsLower(tok.text) && tok.folded.length >= 3 &&
      !/[QNT]/u.test(classOf(i)) && !NEVER_HERE.has(tok.folded)) return true;
    // After DD–DI: "de kleine mia", "voor de kleine jun": a first name that is no word after "de kleine".
    if (before === 'kleine' && prev2?.folded === 'de' && startsLower(tok.text) && (listedNoWord(i) || (/F/u.test(classOf(i)) && !/[AQN]/u.test(classOf(i))))) return true;
    // After DD–DI: "wolf is de jongste op kamp": a first name (also a word) opening a line before "is de jongste/oudste/nieuwe"; after
    // HJ–HN also before a relative and "van" ("storm is de tweelingbroer van noor").
    if (next && (next.folded === 'is' || next.folded === 'was') && tokens[i + 2]?.folded === 'de' &&
      (/^(?:jongste|oudste|middelste|nieuwe|enige)$/u.test(tokens[i + 3]?.folded ?? '') || (SIBLING_WORDS.has(tokens[i + 3]?.folded ?? '') && tokens[i + 4]?.folded === 'van')) &&
      isLineStart(text, tok.start) && startsLower(tok.text) && firstName(i)) return true;
    // After DD–DI: "ik heb aan storm uitgelegd", "aan bo gevraagd": the one told or asked, after "aan" before a participle of telling.
    if (before === 'aan' && next && TOLD_PARTICIPLES.has(next.folded) && spaced(text, tok, next) && startsLower(tok.text) && !PERSON_WORDS.has(tok.folded) &&
      (firstName(i) || listedNoWord(i) || unknownName(i))) return true;
    // After DD–DI: "mijn man saïd en ik": a partner's name after "mijn/haar/zijn man/vrouw/partner".
    if (PARTNER_WORDS.has(before) && prev2 && /^(?:mijn|m'n|haar|zijn|z'n|d'r)$/u.test(prev2.folded) && startsLower(tok.text) && (firstName(i) || listedNoWord(i) || unknownName(i))) return true;
    // After DD–DI: "kees-jan wil ...": a lowercase double first name whose parts are both first names (words too) is one anywhere.
    if (tok.text.includes('-') && startsLower(tok.text) && !/F/u.test(classOf(i)) && firstName(i)) return true;
    if (bracketedAfterFound(i)) return true;
    // "(mikhailo, 13)": a word in brackets with an age.
    if (charOf(text, tok.start - 1) === '(' && BRACKET_AGE_AFTER.test(text.slice(tok.end, tok.end + 12)) && !PERSON_WORDS.has(tok.folded) && !SIBLING_WORDS.has(tok.folded) &&
      (nameLike(i) || surnameWord(i) || /A/u.test(classOf(i)) || (classOf(i) === 'U' && tok.folded.length >= 3))) return true;
    // "kan iemand storm ophalen?": a first name as the bare object of picking up.
    // (After CF also with words between: "kan ik bo en roos om kwart over 3 ophalen".)
    if (next && BEFORE_PICKED_UP.has(before) && pickedUpLater(i) && firstName(i)) return true;
    // After CD: "bij el idrissi thuis", "bij jansen thuis": at someone's home.
    if (next?.folded === 'thuis' && spaced(text, tok, next) && atHomeOf(i) && !OF_WORDS.has(tok.folded) && !SIBLING_WORDS.has(tok.folded) && !PERSON_WORDS.has(tok.folded) &&
      (nameLike(i) || surnameWord(i) || classOf(i) === 'U' || (/[FS]/u.test(classOf(i)) && !/[QN]/u.test(classOf(i))))) return true;
    // "de oudste heet hoop, met een h": a person's name after "heet", whatever word it is, where the clause ends.
    if ((before === 'heet' || before === 'heette') && prev2 && NAMED_SUBJECTS.has(prev2.folded) && tok.folded.length >= 2 && !NOT_NAMED.has(tok.folded) &&
      !ARTICLES.has(tok.folded) && !NEVER_HERE.has(tok.folded) && !/N/u.test(classOf(i)) && (/^[ \u00a0]*(?:[,.;:!?)\n]|$)/u.test(text.slice(tok.end, tok.end + 2)) || next?.folded === 'en')) return true;
    // "hoop is gister 2 geworden": a name or a word that is one reaching an age.
    if (next && (next.folded === 'is' || next.folded === 'was' || next.folded === 'wordt' || next.folded === 'werd') && AGE_REACHED.test(text.slice(tok.end, tok.end + 40)) && !PERSON_WORDS.has(tok.folded) && !SIBLING_WORDS.has(tok.folded) && !ARTICLES.has(tok.folded) &&
      (firstName(i) || unknownName(i) || (/A/u.test(classOf(i)) && !/N/u.test(classOf(i))))) return true;
    // After CE: "die jongen die ze Snelle noemen": a capitalised name someone is called by, before the verb of calling (a lowercase
    // word there is as often a pet's or a toy's: "een konijn dat ze bolletje noemt").
    if (next && NAMING_VERBS.has(next.folded) && spaced(text, tok, next) && /^(?:ze|we|wij|zij|hij|iedereen)$/u.test(before) && !NEVER_HERE.has(tok.folded) &&
      CAPITALISED.test(tok.text) && !/N/u.test(classOf(i))) return true;
    // '"Bo" - meisje, 12': a pseudonym in quotes before a person word.
    if (/["“']/u.test(charOf(text, tok.start - 1)) && QUOTED_PERSON_AFTER.test(text.slice(tok.end, tok.end + 20)) && CAPITALISED.test(tok.text) && !/N/u.test(classOf(i))) return true;
    // "Ellen V.,": a listed first name, also one that is a word, before its surname's initial.
    if (charOf(text, tok.end) === ' ' && CAPITALISED.test(tok.text) && INITIAL_NEXT.test(text.slice(tok.end, tok.end + 5)) && /F/u.test(classOf(i)) && !/N/u.test(classOf(i))) return true;
    // "casusinbrenger: Ellen |": a listed first name filling a person's field.
    if (prev && /^:[ \u00a0]+$/u.test(gap(text, prev, tok)) && PERSON_LABEL.test(prev.folded) && CAPITALISED.test(tok.text) && /F/u.test(classOf(i)) && !/N/u.test(classOf(i)) &&
      /^[ \u00a0]*(?:[|,;.\n(]|$)/u.test(text.slice(tok.end, tok.end + 3))) return true;
    // After CH: "het meisje, rosa, is ...": a first name between commas after a word for a child.
    if (prev && CHILD_NOUNS.has(prev.folded) && /^[ \u00a0]*,[ \u00a0]*$/u.test(gap(text, prev, tok)) && charOf(text, tok.end) === ',' && firstName(i)) return true;
    // After CK: "oma Mei", "tante Juni": a capitalised word in mid-sentence after a relative is their name, whatever else it means.
    if (SIBLING_WORDS.has(before) && CAPITALISED.test(tok.text) && !isSentenceInitial(text, tok.start) && !PERSON_WORDS.has(tok.folded) && !SIBLING_WORDS.has(tok.folded)) return true;
    // "zijn zusje bo", "haar dochter roos", "onze pleegzoon tesfay".
    // (After CD a word no list knows also among other unknown words: "zoon mingyu 2 mnd, moeder xiaoli".)
    // (... and then before a comma, a bracket, a number or the end, not a verb: "dochter heef geen", "oudste nie luistert".)
    // (After DD–DI also an English word that is no Dutch one: "mijn kleinzoon germ".)
    if (SIBLING_WORDS.has(before) && (nameLike(i) || surnameWord(i) || (/K/u.test(classOf(i)) && !/[QN]/u.test(classOf(i)) && startsLower(tok.text) && tok.folded.length >= 3 && !isCompound(tok.folded) && !looksInflected(tok.folded) &&
      !/(?:t|te|de|en|s)$/u.test(tok.folded) && !/^[ \u00a0]*\p{Ll}+en(?![\p{L}])/u.test(text.slice(tok.end, tok.end + 16))) ||
      (classOf(i) === 'U' && tok.folded.length >= 3 && /^\p{L}+$/u.test(tok.text) && !looksInflected(tok.folded) &&
      !NEVER_HERE.has(tok.folded) && /^[ \u00a0]*(?:[,.;()]|\d|$)/u.test(text.slice(tok.end, tok.end + 3))))) return true;
    // "dan zegt bo", "vroeg roos": a first name after a verb of saying.
    if (SAYS.has(before) && firstName(i)) return true;
    // "meester vos", "trainer kees", "dokter okafor": a title or profession right before a first name or surname.
    // (After CI also a capitalised surname that is a word too, in mid-sentence: "bij agent Vos".)
    // (After EX–EZ also a longer word only shaped like a place, no noun: "dokter baldewsingh"; not "de leidster van de dreumesgroep".)
    if ((PERSON_TITLES.has(title) || isRoleTitle(title)) && (nameLike(i) || surnameWord(i) ||
      (classOf(i) === 'P' && startsLower(tok.text) && !isPlaceOrRegion(tok.folded) && !/(?:s|d|t|de|te|en|ing|groep|heid|schap|team|klas)$/u.test(tok.folded)) ||
      (CAPITALISED.test(tok.text) && /S/u.test(classOf(i)) && !/N/u.test(classOf(i)) && !isSentenceInitial(text, tok.start)))) return true;
    // After HJ–HN: "we beginnen met de casus wisniewski": a case by the family's surname, a word no list knows or a listed surname only.
    if (before === 'casus' && startsLower(tok.text) && (unknownName(i) || surnameWord(i)) && !looksInflected(tok.folded)) return true;
    // "de kinderen Wang", "het gezin Bakker": a family by its surname, capitalised, or a listed surname that is no word.
    // (After GB–GE also a lowercase word no list knows where the clause ends or before "en" or a verb of living: "met kleine mo en de
    // broertjes essafi"; not a verb's shape, "15 kinderen gewogen", "de kinderen lazen samen".)
    if (isFamilyWord(before) && ((CAPITALISED.test(tok.text) && !/N/u.test(classOf(i)) && !isPlaceOrRegion(tok.folded)) || surnameWord(i) ||
      (startsLower(tok.text) && unknownName(i) && !/^ge\p{L}{3,}[dtn]$/u.test(tok.folded) &&
        (!next || !spaced(text, tok, next) || next.folded === 'en' || FAMILY_NAME_NEXT.has(next.folded))))) return true;
    // "ze noemen hem tank", "noemt zichzelf spook": a name someone is called by.
    // (After FP–FS also a name that is a word after "hem" or "haar": "ze noemen hem vos omdat hij zo snel wegrent"; not "hij noemt
    // zichzelf dom".)
    if (prev2 && NAMING_VERBS.has(prev2.folded) && NAMED_OBJECTS.has(before) &&
      (nameLike(i) || surnameWord(i) || ((before === 'hem' || before === 'haar') && /A/u.test(classOf(i)) && !/N/u.test(classOf(i)) && !NAMING_ADVERBS.has(tok.folded)) ||
        (CAPITALISED.test(tok.text) && !/[NP]/u.test(classOf(i))) ||
        // (After HJ–HN also a rarer word, as with an adverb between: "zijn zus noemt hem dikkie".)
        (startsLower(tok.text) && rareWord(i) && !NEVER_HERE.has(tok.folded)))) return true;
    // After GP–GT, the other ways of saying what someone is called: "noemen ze haar mimi" (a subject between verb and object), "wil mo
    // genoemd worden", "zegt nilo tegen hem", "op school zeggen ze kalo" (at the clause's end). Any word but a function word or an
    // ordinary word that is no name ("dat zeggen ze altijd", "zegt sorry tegen hem").
    if (calledThis(i)) return true;
    // After a form of address any listed surname, also one that is a word ("mw. sluiter", "mevrouw bakker").
    if (FORMAL_TITLES.has(title) && /S/u.test(classOf(i)) && !/N/u.test(classOf(i)) && !NEVER_HERE.has(tok.folded)) return true;
    // After FA–FD: after a teacher's or doctor's title the same, lowercase, unless it has a verb's shape ("juf bakker of meester de
    // jong", "dokter visser"; not "de juf belde").
    if (ADDRESS_TITLES.has(title) && startsLower(tok.text) && /S/u.test(classOf(i)) && !/N/u.test(classOf(i)) && !NEVER_HERE.has(tok.folded) &&
      !looksInflected(tok.folded) && !(/Q/u.test(classOf(i)) && tok.folded.endsWith('en'))) return true;
    // After FA–FD: "dokter achterberg", "mevrouw rijkaard", "dokter nieuwenhuis": after a form of address or a teacher's or doctor's
    // title such a compound surname ("de juf complimenteerde" is none); after FL–FO also after a family ("de gezinnen achterberg en sahin").
    // (After a family only before "en" or a verb of living or being: "het gezin kinderbijslag ontvangt" is no name.)
    if ((FORMAL_TITLES.has(title) || ADDRESS_TITLES.has(title) || (isFamilyWord(before) && !!next && (next.folded === 'en' || FAMILY_NAME_NEXT.has(next.folded)))) &&
      compoundSurname(i)) return true;
    // "Liva (3 jr), spraak", "Nova, 9 maanden, motoriek": a listed name or unknown word opening a note with an age after it, not a
    // person word ("Kind (2 jr)") nor a place.
    if (AGE_START.test(charOf(text, tok.end)) && AGE_AFTER.test(text.slice(tok.end, tok.end + 16)) && isSentenceInitial(text, tok.start) && (tok.folded.length >= 3 || firstName(i)) && !PERSON_WORDS.has(tok.folded) &&
      !SIBLING_WORDS.has(tok.folded) && !NEVER_HERE.has(tok.folded) && !/[NPT]/u.test(classOf(i)) && (/[FSA]/u.test(classOf(i)) || unknownName(i))) return true;
    // "de achternaam bakker?", "voornaam jasmijn", "de achternaam is bakker": a name after the word for it.
    // (After GK–GO a name-word only if it is no function word or adverb: not "de naam even spellen", "je bijnaam hoe vind je".)
    // (After HO–HS never a word NEVER_HERE holds: "schrijf naam anders dan papier".)
    // (After HT–HX as after "is" below: also a listed surname that is a word too, or any word no list has, "achternaam zuiderveld",
    // "naam guuleed".)
    if (NAME_NOUNS.has(before) && !NEVER_HERE.has(tok.folded) && (nameLike(i) || surnameWord(i) || (/[AS]/u.test(classOf(i)) && !/N/u.test(classOf(i)) && !NAME_NOUN_ADVERBS.has(tok.folded)) ||
      ((classOf(i) === 'U' || (classOf(i) === 'P' && !isPlaceOrRegion(tok.folded))) && tok.folded.length >= 3 && /^\p{L}+$/u.test(tok.text)))) return true;
    // "de bijnaam spook", "roepnaam tank": a nickname may be any word.
    // (Not a verb: "de bijnaam is leuk".)
    if ((before === 'bijnaam' || before === 'roepnaam') && !/N/u.test(classOf(i)) && !NEVER_HERE.has(tok.folded) && !ARTICLES.has(tok.folded) &&
      !PAST_PERSON_VERBS.has(tok.folded) && !PRESENT_PERSON_VERBS.has(tok.folded)) return true;
    // (After DD–DI also a word no list knows among others, as dictated names are: "achternaam is kromowidjojo met een k".)
    if (before === 'is' && prev2 && NAME_NOUNS.has(prev2.folded) && !NEVER_HERE.has(tok.folded) && (nameLike(i) || /[AS]/u.test(classOf(i)) || ((classOf(i) === 'U' || (classOf(i) === 'P' && !isPlaceOrRegion(tok.folded))) && tok.folded.length >= 3))) return true;
    // "ik ben bas trouwens", "ik heet sky", "dank je wel dewi": a speaker introducing themselves or thanking someone.
    if (((before === 'ben' || before === 'heet') && prev2?.folded === 'ik') || ((before === 'wel' || before === 'bedankt' || before === 'dankjewel') && THANKS.test(text.slice(Math.max(0, tok.start - 16), tok.start)))) {
      if (firstName(i) || surnameWord(i) || (CAPITALISED.test(tok.text) && !/[NP]/u.test(classOf(i)))) return true;
    }
    // "naar rob zijn huis", "Shanice d'r nummer": a first name before a possessive pronoun and a noun.
    // ("zijn" and "hun" are also a verb and a pronoun: not before an article or adverb, "amber zijn de kleuren", nor after a modal,
    // "wil Elsa zijn in het kerstspel".)
    // ("dat" after a verb of seeing or saying opens a clause, it is no article: "ik zie dat storm zijn leesboek ...", after CL.)
    if (next && POSSESSIVES_AFTER.has(next.folded) && spaced(text, tok, next) && firstName(i) &&
      !(prev && ((ARTICLES.has(prev.folded) && !(prev.folded === 'dat' && THAT_CLAUSE_VERBS.has(prev2?.folded ?? ''))) || MODAL_VERBS.has(prev.folded))) &&
      !((next.folded === 'zijn' || next.folded === 'hun') && NOT_A_NOUN.has(tokens[i + 2]?.folded ?? ''))) return true;
    // "over Hoop, het meisje dat ...": a name before an apposition that says who it is.
    // (After GK–GO a word no list knows not after an article: "over de vaccinaties, mijn moeder is er op tegen".)
    if (next && charOf(text, tok.end) === ',' && APPOSITION_AFTER.test(text.slice(tok.end, tok.end + 24)) && !/[NPT]/u.test(classOf(i)) &&
      (firstName(i) || surnameWord(i) || (unknownName(i) && !(prev && ARTICLES.has(prev.folded))) || (CAPITALISED.test(tok.text) && !isSentenceInitial(text, tok.start)))) return true;
    // "nee, kramer, met een k": a name whose spelling the speaker gives.
    if (next && next.folded === 'met' && /^[ \u00a0]*,?[ \u00a0]*$/u.test(gap(text, tok, next)) && SPELLING_AFTER.test(text.slice(next.end, next.end + 16)) &&
      (nameLike(i) || surnameWord(i) || /[AS]/u.test(classOf(i)))) return true;
    // "moeder (gloria)", "vader (wytse) is uit huis": a parent named in brackets.
    if (prev && OF_WORDS.has(prev.folded) && /^[ \u00a0]*\([ \u00a0]*$/u.test(gap(text, prev, tok)) && next && /^[ \u00a0]*\)/u.test(gap(text, tok, next)) && nameLike(i)) return true;
    // "het meisje roos", "onze mees".
    if (CHILD_WORDS.has(before) && firstName(i)) return true;
    // "dossiernr van storm is ...", "Leerlingnummer van Wei": a file, number or record of someone.
    // (A name-word only if it is no function word: not "het nummer van ons contract".)
    if (before === 'van' && prev2 && RECORD_WORDS.test(prev2.folded) && (firstName(i) || surnameWord(i) || unknownName(i) || (/A/u.test(classOf(i)) && !/N/u.test(classOf(i))))) return true;
    // "Bram (groep 4, OBS Het Palet)", "Ilona (GGD) meldt": a name with a group or an organisation in brackets.
    if (next && charOf(text, tok.end) === ' ' && GROUP_OR_ORG_AFTER.test(text.slice(tok.end, tok.end + 14))) {
      if (firstName(i) || surnameWord(i) || unknownName(i)) return true;
      // After CD: a word that is also a name with a group in brackets, after "van" or opening a sentence ("ouders van hoop (gr 2)").
      // (Opening a sentence only a word the name lists have: "Taakspel (groep 5) werkt goed" is a method.)
      if (GROUP_AFTER.test(text.slice(tok.end, tok.end + 14)) && (before === 'van' || (isSentenceInitial(text, tok.start) && /[FSA]/u.test(classOf(i)))) && tok.folded.length >= 2 &&
        !/N/u.test(classOf(i)) && !PERSON_WORDS.has(tok.folded) && !SIBLING_WORDS.has(tok.folded) && !NEVER_HERE.has(tok.folded) && !ARTICLES.has(tok.folded)) return true;
    }
    // "de moeder van filmon".
    // (After FA–FD a word no list knows there also with one more in its line, as a family's names are: "de voogd van merhawit heet
    // meneer ghebremedhin".)
    return before === 'van' && !!prev2 && !!prev && OF_WORDS.has(prev2.folded) && spaced(text, prev2, prev) && (nameLike(i) || unknownName(i, 1));
  };
  /**
   * "jaylano's school", "mo's vader", "de tahiri's": a word with an apostrophe s is a name unless it is a Dutch word ("auto's",
   * "oma's"): its base is a first name, a surname or a word no list knows.
   */
  const isPossessive = (i: number): boolean => {
    const tok = tokens[i] as Token;
    // Lowercase or capitalised, not an abbreviation ("KPI's", "amv's") nor English ("let's").
    if (tok.folded.charCodeAt(tok.folded.length - 1) !== 115 || !/^(?:\p{Ll}{2,}|\p{Lu}\p{Ll}+)['’]s$/u.test(tok.text)) return false;
    const base = tok.folded.slice(0, -2);
    const cls = lexicalClass(base);
    if (NEVER_HERE.has(base) || base === 'let' || /N/u.test(cls) || (/Q/u.test(cls) && !/A/u.test(cls))) return false;
    // A name that is also a rarer word ("tyrone's", the lists know Tyrone as a word too), not a word alone ("hobby's").
    return /[FS]/u.test(cls) || (cls === 'U' && base.length >= 4 && unknownNeighbours(i) === 0);
  };
  /**
   * "meneer van de molen", "huisarts van der meulen", "dokter de wit": a title, a tussenvoegsel and a surname; the end of the
   * surname, or 0. After a role (huisarts) the word must be a listed surname or one no list knows ("huisarts van de moeder" is no
   * name); after a form of address (meneer) any word but a person's or a service's ("meneer van de gemeente").
   */
  const surnameAfterTitle = (i: number): number => {
    const prev = tokens[i - 1];
    if (!prev || classOf(i) !== 'T' || !spaced(text, prev, tokens[i] as Token)) return 0;
    // (After EQ–EW also after a family or a relative before "de", not "van", which is "of" there: "de tweeling de vries", "opa de
    // haan"; not "de kinderen van de boer".)
    // (After FA–FD also "van der", "van den", "ter", "ten": "de familie van der zee", "de broers ter horst".)
    const particle = (tokens[i] as Token).folded;
    const relative = (isFamilyWord(prev.folded) || SIBLING_WORDS.has(prev.folded)) &&
      (particle === 'de' || particle === 'ter' || particle === 'ten' || (particle === 'van' && /^(?:der|den)$/u.test(tokens[i + 1]?.folded ?? '')));
    if (!(FORMAL_TITLES.has(prev.folded) || isRoleTitle(prev.folded) || relative)) return 0;
    // "jeugdarts in Genk", "meneer op school": a preposition, not a tussenvoegsel.
    if (/^(?:in|op|uit|te|'t|aan|bij)$/u.test((tokens[i] as Token).folded)) return 0;
    let k = i;
    while (tokens[k + 1] && classOf(k + 1) === 'T' && spaced(text, tokens[k] as Token, tokens[k + 1] as Token)) k++;
    const last = tokens[k + 1];
    // (After GU–GY a surname of two letters after a form of address, "mevrouw van os", "meneer de bo"; not a function word.)
    const shortSurname = last?.folded.length === 2 && FORMAL_TITLES.has(prev.folded) && !TWO_LETTER_FUNCTION_WORDS.has(last.folded);
    if (!last || !spaced(text, tokens[k] as Token, last) || (last.folded.length < 3 && !shortSurname) || !/^\p{L}+$/u.test(last.text) || NEVER_HERE.has(last.folded)) return 0;
    // (After GU–GY an Arabic article before a frequent word is no surname: "noemde de pleegvader al snel de koning".)
    if (/^(?:al|el)$/u.test(particle) && k === i && /Q/u.test(classOf(k + 1))) return 0;
    // (After DV–DY not a possessive: "de gedragswetenschapper van ons team".)
    if (OF_WORDS.has(last.folded) || SERVICE_WORDS.has(last.folded) || SIBLING_WORDS.has(last.folded) || CHILD_WORDS.has(last.folded) || ROLE_TITLES.has(last.folded) ||
      PREPOSITIONS.has(last.folded)) return 0;
    const cls = classOf(k + 1);
    if (/S/u.test(cls) || unknownName(k + 1)) return last.end;
    // An ordinary word after a form of address only after two tussenvoegsels or one that is no article ("meneer van de molen",
    // "mevrouw van dam"; not "hoi meneer de gymspullen liggen nog thuis").
    // (After IC–IG also after a role before "van der" or "van den", which lead into no ordinary phrase: "dokter van der zee".)
    const archaic = particle === 'van' && /^(?:der|den)$/u.test(tokens[i + 1]?.folded ?? '') && isRoleTitle(prev.folded);
    return (FORMAL_TITLES.has(prev.folded) || relative || archaic) && !/[NU]/u.test(cls) && (k > i || (tokens[i] as Token).folded !== 'de') ? last.end : 0;
  };
  /** Tussenvoegsels from token k on, then a listed surname that is no frequent word ("de vries", "van der berg"). */
  const surnameAfterTussen = (k: number): boolean => {
    let j = k;
    while (classOf(j) === 'T' && tokens[j + 1] && spaced(text, tokens[j] as Token, tokens[j + 1] as Token) && j - k < 3) j++;
    return j > k && /S/u.test(classOf(j)) && !/[QN]/u.test(classOf(j));
  };
  /** A team, school or service at token k, after an optional article. */
  const serviceAt = (k: number): boolean => {
    const at = /^(?:het|de|'t)$/u.test(tokens[k]?.folded ?? '') ? k + 1 : k;
    // (After EQ–EW also a compound on a service word: "puck van peuterspeelzaal de hummeltjes", "van de jeugdvoetbalclub".)
    const w = tokens[at]?.folded ?? '';
    return SERVICE_WORDS.has(w) || /^\p{L}{3,}(?:school|opvang|speelzaal|team|praktijk|centrum|club|vereniging)$/u.test(w);
  };

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    if (tok.folded.length < 2 || isFound(tok)) continue;
    if (inCompany(i)) out.push({ kind: 'name', start: tok.start, end: tok.end });
    else if (companyOnly) continue;
    else if (isPossessive(i)) out.push({ kind: 'name', start: tok.start, end: tok.end - 2 });
    else {
      const end = surnameAfterTitle(i);
      if (end > 0) out.push({ kind: 'name', start: tok.start, end });
    }
  }
  // "meneer Hoogeveen... Hogeveen?", "Van der Meulen? Van der Molen.": a speaker correcting a name they just said, a capitalised
  // word spelled almost the same within a few words after a name found.
  for (const name of found) {
    if (name.kind !== 'name') continue;
    const said = /\p{L}+$/u.exec(text.slice(name.start, name.end))?.[0]?.toLowerCase() ?? '';
    if (said.length < 4) continue;
    const after = CORRECTION.exec(text.slice(name.end, name.end + 40)) ?? (startsLower(said) ? LOWER_CORRECTION.exec(text.slice(name.end, name.end + 40)) : null);
    const again = after?.[1] ?? '';
    if (!after || again.toLowerCase() === said || editDistance(again.toLowerCase(), said) > 2) continue;
    const start = name.end + after[0].length - again.length;
    if (covered[start] !== 1) out.push({ kind: 'name', start, end: start + again.length });
  }
  // After DA–DC: "is toch nog steeds ellen de vries?": a lowercase first name that is also a word, a tussenvoegsel and a listed surname
  // that is no frequent word (or is a name-word), as one full name.
  for (let i = 0; i + 2 < tokens.length && !companyOnly; i++) {
    const tok = tokens[i] as Token;
    // (The cheap tests first: a tussenvoegsel after it, then the lists.)
    if (!TUSSEN_START.has((tokens[i + 1] as Token).folded) || !startsLower(tok.text) || covered[tok.start] === 1 || !firstName(i)) continue;
    let k = i + 1;
    while (k < tokens.length && k - i <= 3 && classOf(k) === 'T' && spaced(text, tokens[k - 1] as Token, tokens[k] as Token)) k++;
    const sur = tokens[k];
    if (k === i + 1 || !sur || !spaced(text, tokens[k - 1] as Token, sur) || !startsLower(sur.text) || sur.folded.length < 3) continue;
    const cls = classOf(k);
    if (/S/u.test(cls) && (!/Q/u.test(cls) || /A/u.test(cls)) && !/N/u.test(cls)) out.push({ kind: 'name', start: tok.start, end: sur.end });
  }
  // After CZ: "diesel (jordy) zijn oma ...", "lil d (dani) is opgepakt": one or two words opening a sentence before a found name
  // in brackets are the nickname it explains; not a person or relative ("moeder (gloria)"), a pronoun or a place. Lowercase, and the
  // first a word the lists know (nicknames are words, "skinny", "big"): a capitalised or unknown word there is a label or a role
  // ("Actie (Siham):", "Hypothese (Jan-Willem):", "smw (annemiek)", "akela (anouk)").
  for (const name of found) {
    if (name.kind !== 'name' || charOf(text, name.end) !== ')') continue;
    const m = NICKNAME_BEFORE_BRACKET.exec(text.slice(Math.max(0, name.start - 30), name.start));
    const nick = m?.[1];
    if (!m || !nick) continue;
    const start = name.start - m[0].length + m[0].indexOf(nick);
    if (!isSentenceInitial(text, start) || covered[start] === 1) continue;
    const words = nick.split(/[ \u00a0]+/u);
    if (!startsLower(nick) || nick !== nick.toLowerCase() || lexicalClass(words[0] ?? '') === 'U' || words.some((w) => PERSON_WORDS.has(w) || COMPANION_WORDS.has(w) || OF_WORDS.has(w) || ROLE_TITLES.has(w) || PERSON_TITLES.has(w) || PERSONAL_PRONOUNS.has(w) ||
      ARTICLES.has(w) || PREPOSITIONS.has(w) || NEVER_HERE.has(w) || /N/u.test(lexicalClass(w)) || isPlaceOrRegion(w))) continue;
    out.push({ kind: 'name', start, end: start + nick.length });
  }
  // "Oksana Kovalenko.", "Moeder: Oksana Kovalenko. We komen uit Charkiv": two capitalised words opening a sentence alone, a
  // listed name and a surname or a word no list knows (names.ts wants a verb after a lone surname that opens a sentence).
  for (let i = 0; i + 1 < tokens.length && !companyOnly; i++) {
    const a = tokens[i] as Token;
    const b = tokens[i + 1] as Token;
    if (!CAPITALISED.test(a.text) || !CAPITALISED.test(b.text) || !spaced(text, a, b) || isFound(a)) continue;
    // (Not before a verb of writing: "Thea Beckman schreef er een boek over" is an author.)
    if (!/^(?:[ \u00a0]*(?:[.,;!?\n]|$)|[ \u00a0]+\p{Ll})/u.test(text.slice(b.end, b.end + 2)) || !isSentenceInitial(text, a.start) || WRITES.test(text.slice(b.end, b.end + 16))) continue;
    const ca = classOf(i);
    const cb = classOf(i + 1);
    // A surname no word spells, or any listed surname after a first name that is no word ("Jeugdbeschermer: Marjolein Haak,").
    const surname = ((/S/u.test(cb) || cb === 'U') && !/[QKNPT]/u.test(cb)) || (/S/u.test(cb) && /^F+S?$/u.test(ca) && !/N/u.test(cb));
    // After CA: after a field label any listed surname that names no thing, also a place ("Melder: Gerda Brouwer, maar ...").
    const afterLabel = /\p{L}:[ \u00a0]*$/u.test(text.slice(Math.max(0, a.start - 4), a.start)) && /S/u.test(cb) && !/[NQ]/u.test(cb);
    if (/[FS]/u.test(ca) && !/[QKNPT]/u.test(ca) && (surname || afterLabel)) out.push({ kind: 'name', start: a.start, end: b.end });
  }
  return out;
}

/**
 * After DD–DI: a name found once names the same person where the word recurs in the text ("faisal zn broer zit vast dus faisal
 * voelt zich ...", "mees eh mees bakker", "piet: ik ben piet de boer"). A name no list knows as a word recurs anywhere; a name that
 * is also a word ("mees", "roos") only within five words, as a speaker repeats or corrects it (elsewhere it may be the word). A word no list knows at all counts as a name no list has.
 */
export function repeatedNames(text: string, tokens: readonly Token[], found: readonly Candidate[]): Candidate[] {
  const covered = new Uint8Array(text.length + 1);
  let anyName = false;
  for (const c of found) {
    covered.fill(1, c.start, c.end);
    if (c.kind === 'name') anyName = true;
  }
  if (!anyName) return [];
  // The words inside the names found, and at which tokens (one pass over the tokens, one over the names' tokens).
  const inName = new Uint8Array(text.length + 1);
  for (const c of found) if (c.kind === 'name') inName.fill(1, c.start, c.end);
  const foundAt = new Map<string, number[]>();
  tokens.forEach((t, k) => {
    if (t.folded.length >= 3 && inName[t.start] === 1 && inName[t.end - 1] === 1) {
      const list = foundAt.get(t.folded);
      if (list) list.push(k);
      else foundAt.set(t.folded, [k]);
    }
  });
  if (foundAt.size === 0) return [];
  const out: Candidate[] = [];
  const plainByWord = new Map<string, boolean | undefined>();
  tokens.forEach((t, k) => {
    const at = foundAt.get(t.folded);
    if (!at || covered[t.start] === 1) return;
    let plain = plainByWord.get(t.folded);
    if (!plainByWord.has(t.folded)) {
      const cls = lexicalClass(t.folded);
      plain = cls === 'U' || cls === 'K' ? true : !/[FS]/u.test(cls) || /N/u.test(cls) || NEVER_HERE.has(t.folded) ? undefined : !/[QAKP]/u.test(cls);
      plainByWord.set(t.folded, plain);
    }
    if (plain === undefined) return;
    // (Not after an article or possessive: "roos heeft de roos in de tuin geplant".)
    const before = tokens[k - 1]?.folded ?? '';
    if (plain || (at.some((f) => Math.abs(f - k) <= 5) && !ARTICLES.has(before) && !PREPOSITIONS.has(before))) out.push({ kind: 'name', start: t.start, end: t.end });
  });
  return out;
}

/** The salutation of a letter or e-mail: "Geachte mevrouw,", "Beste collega,", "Dag allen,". */
const SALUTATION =
  /(?:^|[\n.!?]\s*)(?:geachte|beste|lieve|dag|hallo|hoi|goedemorgen|goedemiddag|goedenavond)(?:[ \u00a0,]+(?:mevrouw|meneer|heer|heren|dames|collega|collega's|ouders|ouder|verzorgers|allen|team|juf|meester|mentor|iedereen|lezer))*[ \u00a0]*,[ \u00a0]*$/iu;

/**
 * After BH: the first word of a letter after its salutation ("Geachte mevrouw, Naar aanleiding van ...", "Beste collega, Dank voor
 * je bericht"): capitalised because the letter starts there, an ordinary word and no listed first name. Names found there by the
 * rules for a name after a title are dropped ("Beste collega, Sanne belde" keeps Sanne).
 */
export function dropLetterOpenings(text: string, cands: Candidate[]): Candidate[] {
  if (!/,/u.test(text)) return cands;
  return cands.filter((c) => {
    if (c.kind !== 'name') return true;
    const word = text.slice(c.start, c.end);
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !SALUTATION.test(text.slice(Math.max(0, c.start - 60), c.start))) return true;
    const cls = lexicalClass(word.toLowerCase());
    return !(/Q/u.test(cls) && !/F/u.test(cls));
  });
}
