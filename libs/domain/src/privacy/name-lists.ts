/**
 * A modest embedded list of common first names and surnames in the Netherlands, including
 * common Moroccan-, Turkish-, Surinamese- and Antillean-Dutch names. Lookups are folded
 * (lowercase, no diacritics), so "Zoë"/"Zoe" and "Yılmaz"/"Yilmaz" both match.
 * It is a recall aid, not a registry: names outside it are found through cues ("heet",
 * "moeder", "juf" ...), initials and name shapes ("Pieter van Houten").
 */
import { fold } from './text.js';

const FIRST_NAMES_RAW = `
daan sem lucas levi finn luuk milan bram thijs jesse ruben thomas tim lars max sven stijn jens niels koen
joep gijs teun siem jurre hidde tygo owen noud mats thijmen floris julian pim jip noah liam sam mason
dex vince olivier benjamin hugo jayden jaylen jordy kevin dylan tom rik sander dennis robin marcel martijn
jeroen joost bas rob erik peter pieter jan piet kees henk gerard johan marco hans wim willem dirk frank
michiel wouter arjen arjan maarten vincent stefan patrick richard edwin ronald rene rené ferry tijn mees
luca adam rayan ryan
emma julia mila tess sophie zoe zoë sara sarah anna evi saar lotte eva nora lieke fenna sanne femke isa
noor yara nina liv fleur lisa maud elin esmee lynn vera jasmijn lauren sofie anne ilse britt demi romy
kiki luna hanna hannah amber floor merel lisanne marieke ingrid annemiek annelies hanneke marloes inge
janneke mieke ria marja anja petra monique linda sandra esther karin wendy saskia ellen mirjam yvonne
astrid femke marit iris roos bo lieve jade sterre fien puck feline maaike marleen manon kim chantal
sharon natasha kimberley priscilla naomi
mohammed mohamed mohammad muhammed ahmed ahmad youssef yousef yassin yassine ayoub bilal hamza anouar
anwar soufiane sofiane ilias ilyas amin amine zakaria said saïd mustafa mustapha karim abdel abdelkader
abdullah omar othman redouan redouane mehdi nordin khalid hicham rachid driss brahim ismail ibrahim yunus
younes anas reda
imane fatima fatma khadija aicha aisha aïcha nour salma hafsa meryem maryam ikram hajar malika latifa
naima samira souad zineb yousra ilham dounia hanane siham loubna najat rachida nadia amira sanae kaoutar
mehmet ahmet emre burak kerem yusuf mert efe ömer omer hüseyin huseyin hasan ali murat serkan baran berat
eymen enes furkan onur volkan cem can deniz arda emir kaan
elif zeynep ayse ayşe esra merve emine hatice kübra kubra büşra busra selin ecem sevgi eda ebru derya
dilara melike sude yasemin gizem
shanice shania jermaine quincy romano rigino giovanni shaquille dwayne xavier jaïr jair priya rishi
anjali ravi sunil kavita radjesh rakesh sunita anita shanti reshma jennifer jessica ashley
`;

const SURNAMES_RAW = `
jansen janssen de jong de vries van den berg van der berg van dijk bakker visser smit meijer meyer de boer
mulder de groot bos vos peters hendriks van leeuwen dekker brouwer de wit dijkstra smits de graaf
van der meer van der linden kok jacobs de haan vermeulen van den heuvel van der veen van den broek
de bruijn de bruin van der heijden schouten van beek willems van vliet van de ven hoekstra maas
verhoeven koster van dam van der wal prins blom huisman peeters de koning van wijk postma kuipers
veenstra kramer van den brink scholten martens vink de ruiter timmermans groen gerritsen jonker
van loon bosman pietersen hermans evers wouters van dongen claassen sanders van der laan
el amrani amrani el idrissi idrissi benali ouali chaouch azzouz el khatib khatib haddou boukhari
tahiri ziani bennani el bakkali bakkali el hamdaoui ait taleb boulahrouz el ouali ahmadi
yilmaz yılmaz kaya demir sahin şahin celik çelik yildiz yıldız yildirim yıldırım ozturk öztürk aydin
aydın ozdemir özdemir arslan dogan doğan kilic kılıç aslan cetin çetin kara koc koç kurt ozkan özkan
simsek şimşek polat erdogan erdoğan
ramdin sewdien ramautar biharie jagroep mahabier pinas kanhai sital doerga kross nelom wijngaarde
tjon sordam martina sedney
`;

export const TUSSENVOEGSELS = [
  'van der', 'van den', 'van de', "van 't", 'in de', "in 't", 'op de', 'uit de', 'van', 'de', 'der',
  'den', 'ter', 'ten', 'te', "'t", 'el', 'al', 'la', 'le', 'von', 'da', 'di', 'du',
] as const;

function words(raw: string): string[] {
  return raw.split(/\s+/).filter((w) => w.length > 0);
}

export const FIRST_NAMES: ReadonlySet<string> = new Set(words(FIRST_NAMES_RAW).map(fold));

/**
 * Surname cores: "de vries" contributes "vries", "el amrani" contributes "amrani", so that
 * "De Vries", "de Vries" and "Vries" all hit. Cores that are ordinary tussenvoegsels are skipped.
 */
const tussen = new Set<string>(TUSSENVOEGSELS.flatMap((t) => t.split(' ')));
export const SURNAME_CORES: ReadonlySet<string> = new Set(
  words(SURNAMES_RAW)
    .map(fold)
    .filter((w) => !tussen.has(w)),
);

/** First names that are also ordinary words and often start a sentence ("Ben", "Roos", "Iris"). */
export const AMBIGUOUS_FIRST_NAMES: ReadonlySet<string> = new Set(
  words(
    'ben roos iris mark bo job storm hoop lieve jade amber merel sterre lente jet can bas mees said ' +
      'max floor',
  ),
);

/**
 * Capitalised words that are never names: sentence starters, roles, organisations and
 * nationalities. They stop name spans and cue-based name detection.
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
kerst kerstmis pasen pinksteren ramadan suikerfeest offerfeest sinterklaas koningsdag divali
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
januari februari maart april mei juni juli augustus september oktober november december
nederland amsterdam rotterdam utrecht den haag
adhd add autisme ass odd dyslexie
`).map(fold),
);

/** A listed first name, also as part of a double name: "Lisa-Marie", "Anne-Sophie". */
export function isFirstName(word: string): boolean {
  const f = fold(word);
  if (FIRST_NAMES.has(f)) return true;
  if (!f.includes('-')) return false;
  const parts = word.split('-');
  return parts.every((p) => /^\p{Lu}\p{Ll}/u.test(p)) && parts.some((p) => FIRST_NAMES.has(fold(p)));
}

export function isSurnameCore(word: string): boolean {
  return SURNAME_CORES.has(fold(word));
}

export function isNotName(word: string): boolean {
  return NOT_NAMES.has(fold(word));
}
