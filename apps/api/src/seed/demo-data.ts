import type { Background, CommunityRole } from '@mao/domain';

/** The demo CoP a new user meets after `npm start`. Logins are listed in the README. */
export const DEMO_PASSWORD = 'demo-wachtwoord';

export interface DemoPerson {
  email: string;
  name: string;
  background: Background;
  organisation: string;
  role: CommunityRole;
}

export const DEMO_COMMUNITY = {
  name: 'Bindende afspraken',
  description:
    'Professionals uit onderwijs, zorg en jeugdhulp en een ervaringsdeskundige ouder werken aan duurzame, bindende afspraken tussen onderwijs, jeugdhulp en gemeente in de regio — aan de hand van casuïstiek uit de praktijk.',
  themes: ['bindende afspraken', 'interprofessionele samenwerking', 'bestuurlijke borging'],
};

export const DEMO_PEOPLE: DemoPerson[] = [
  { email: 'floor@demo.example', name: 'Floor Jansen', background: 'anders', organisation: 'Nederlands Jeugdinstituut', role: 'facilitator' },
  { email: 'sanne@demo.example', name: 'Sanne de Wit', background: 'onderwijs', organisation: 'Samenwerkingsverband Passend Onderwijs', role: 'member' },
  { email: 'anouk@demo.example', name: 'Anouk Visser', background: 'zorg', organisation: 'Jeugdgezondheidszorg', role: 'member' },
  { email: 'mehmet@demo.example', name: 'Mehmet Yilmaz', background: 'jeugdhulp', organisation: 'Wijkteam Jeugd', role: 'member' },
  { email: 'ingrid@demo.example', name: 'Ingrid Bos', background: 'ouder', organisation: 'Ouderplatform', role: 'member' },
];

/* ------------------------------------------------------------------------------------------
 * Lessons: a closed "Met Andere Ogen" session with its harvest, published lessons over all six
 * werkzame elementen, a few reflections and one action perspective — so a new user opens a
 * living library. No child, parent or family is identifiable in any of these texts.
 * ------------------------------------------------------------------------------------------ */

export const DEMO_SESSION = {
  title: 'Bindende afspraken tussen school, wijkteam en gemeente',
  /** Days before the first boot; the session started at 15:00 Amsterdam time. */
  daysAgo: 16,
  presenterEmail: 'sanne@demo.example',
  participantEmails: ['anouk@demo.example', 'mehmet@demo.example', 'ingrid@demo.example'],
};

export interface DemoLesson {
  /** Harvest entry id on the board (`oogst` step). */
  key: string;
  authorEmail: string;
  text: string;
  elementIds: string[];
  indicatorIds: string[];
  themes: string[];
  visibility: 'community' | 'platform';
}

export const DEMO_LESSONS: DemoLesson[] = [
  {
    key: 'les-01',
    authorEmail: 'anouk@demo.example',
    text: 'Begin een bindende afspraak niet bij de taakverdeling, maar bij de vraag wat de leerling en het gezin nodig hebben. Pas als school, wijkteam en gemeente hetzelfde verhaal vertellen, houden de afspraken stand wanneer het spannend wordt.',
    elementIds: ['gedeelde-visie'],
    indicatorIds: ['gedeelde-visie.een-verhaal'],
    themes: ['bindende afspraken'],
    visibility: 'platform',
  },
  {
    key: 'les-02',
    authorEmail: 'ingrid@demo.example',
    text: 'Nodig ouders uit aan tafel wanneer de afspraken over hun kind worden gemaakt, niet pas wanneer ze worden uitgevoerd. Ouders bleken vaak de enigen met overzicht over wat er al was geprobeerd en door wie.',
    elementIds: ['gedeelde-visie'],
    indicatorIds: ['gedeelde-visie.aansluiten-op-clienten'],
    themes: ['ouderbetrokkenheid'],
    visibility: 'platform',
  },
  {
    key: 'les-03',
    authorEmail: 'anouk@demo.example',
    text: 'Leg in het convenant ook afspraken over preventie vast, zoals een vaste jeugdprofessional op elke school. Afspraken die alleen over escalatie gaan, zorgen ervoor dat iedereen wacht tot het misgaat.',
    elementIds: ['gedeelde-visie'],
    indicatorIds: ['gedeelde-visie.preventief-positief-jeugdbeleid'],
    themes: ['preventief en positief jeugdbeleid', 'bindende afspraken'],
    visibility: 'community',
  },
  {
    key: 'les-04',
    authorEmail: 'mehmet@demo.example',
    text: 'Vertrouwen groeit door kleine afspraken die worden nagekomen: binnen twee werkdagen terugbellen en laten weten wanneer een aanmelding is opgepakt. Dat bleek voor de samenwerking belangrijker dan het grote convenant.',
    elementIds: ['cultuur-van-samenwerken'],
    indicatorIds: ['cultuur-van-samenwerken.onderling-vertrouwen'],
    themes: ['interprofessionele samenwerking'],
    visibility: 'community',
  },
  {
    key: 'les-05',
    authorEmail: 'sanne@demo.example',
    text: 'Een intern begeleider en een jeugdconsulent bedoelen met ondersteuningsbehoefte niet hetzelfde. Een korte begrippenlijst bij de samenwerkingsafspraken voorkomt maanden van langs elkaar heen praten.',
    elementIds: ['cultuur-van-samenwerken'],
    indicatorIds: ['cultuur-van-samenwerken.gedeelde-taal', 'cultuur-van-samenwerken.kennis-van-elkaars-rollen'],
    themes: ['interprofessionele samenwerking'],
    visibility: 'platform',
  },
  {
    key: 'les-06',
    authorEmail: 'mehmet@demo.example',
    text: 'Wacht niet op een formele aanmelding. Volgens de nieuwe werkafspraak legt de schoolmaatschappelijk werker zelf contact met het wijkteam zodra een leerling vaker afwezig is dan afgesproken.',
    elementIds: ['cultuur-van-samenwerken'],
    indicatorIds: ['cultuur-van-samenwerken.pro-activiteit'],
    themes: ['outreachend werken'],
    visibility: 'community',
  },
  {
    key: 'les-07',
    authorEmail: 'sanne@demo.example',
    text: 'Bindende afspraken werken alleen als ze op drie niveaus kloppen: bestuurders tekenen ze, teamleiders vertalen ze naar werkafspraken en professionals weten bij wie ze kunnen escaleren als het vastloopt.',
    elementIds: ['regie-op-samenwerking'],
    indicatorIds: ['regie-op-samenwerking.samenwerkingsafspraken'],
    themes: ['bindende afspraken', 'bestuurlijke borging'],
    visibility: 'platform',
  },
  {
    key: 'les-08',
    authorEmail: 'anouk@demo.example',
    text: 'Geef de professional die het gezin het best kent het mandaat om een arrangement te starten, met verantwoording achteraf. Elke extra handtekening kostte in de besproken situatie weken, terwijl de leerling thuis zat.',
    elementIds: ['regie-op-samenwerking'],
    indicatorIds: ['regie-op-samenwerking.mandaat-in-uitvoering'],
    themes: ['onderwijs-zorgarrangementen'],
    visibility: 'community',
  },
  {
    key: 'les-09',
    authorEmail: 'sanne@demo.example',
    text: 'Zet de samenwerkingsafspraken in het ondersteuningsplan van het samenwerkingsverband en in de lokale jeugdnota, zodat ze een wisseling van wethouder of directeur overleven.',
    elementIds: ['regie-op-samenwerking'],
    indicatorIds: ['regie-op-samenwerking.borging'],
    themes: ['bestuurlijke borging'],
    visibility: 'community',
  },
  {
    key: 'les-10',
    authorEmail: 'mehmet@demo.example',
    text: 'Spreek bij elke afspraak af hoe je merkt dat hij werkt, en meet op het niveau waarop de afspraak is gemaakt: het aantal thuiszitters in de regio, niet alleen het aantal verwijzingen per school.',
    elementIds: ['lerende-cyclus'],
    indicatorIds: ['lerende-cyclus.monitoring'],
    themes: ['monitoring'],
    visibility: 'platform',
  },
  {
    key: 'les-11',
    authorEmail: 'ingrid@demo.example',
    text: 'Plan twee keer per jaar een evaluatie met onderwijs, jeugdhulp, gemeente en ouders, en bespreek daar ook wat niet werkte. Zo worden afspraken bijgesteld in plaats van stilletjes genegeerd.',
    elementIds: ['lerende-cyclus'],
    indicatorIds: ['lerende-cyclus.lerende-cyclus-in-de-regio'],
    themes: ['handelingsgericht en cyclisch werken'],
    visibility: 'community',
  },
  {
    key: 'les-12',
    authorEmail: 'sanne@demo.example',
    text: 'Een gezamenlijk budget van gemeente en samenwerkingsverband voor onderwijs-zorgarrangementen voorkomt de discussie over wie betaalt, een discussie die anders wordt gevoerd terwijl de leerling thuis zit.',
    elementIds: ['faciliterend-stelsel'],
    indicatorIds: ['faciliterend-stelsel.gebundelde-financiering'],
    themes: ['onderwijs-zorgarrangementen', 'poreuze randen'],
    visibility: 'platform',
  },
  {
    key: 'les-13',
    authorEmail: 'anouk@demo.example',
    text: 'Maak afspraken over een passend aanbod voordat een vrijstelling van de leerplicht wordt aangevraagd. De leerplichtambtenaar hoort vanaf het eerste overleg aan tafel, niet pas bij de aanvraag.',
    elementIds: ['faciliterend-stelsel'],
    indicatorIds: ['faciliterend-stelsel.terugdringen-vrijstellingen'],
    themes: ['inclusiever onderwijs'],
    visibility: 'community',
  },
  {
    key: 'les-14',
    authorEmail: 'ingrid@demo.example',
    text: 'Zie school, wijkteam, jeugdarts en gemeente als één netwerk rond het kind. Eén vaste contactpersoon voor het gezin, die de anderen erbij haalt, werkte beter dan vier losse trajecten naast elkaar.',
    elementIds: ['een-ecosysteem'],
    indicatorIds: [],
    themes: ['interprofessionele samenwerking'],
    visibility: 'community',
  },
];

export const DEMO_REFLECTIONS: Array<{ lessonKey: string; authorEmail: string; text: string }> = [
  {
    lessonKey: 'les-07',
    authorEmail: 'mehmet@demo.example',
    text: 'Herkenbaar. Bij ons tekenden de bestuurders wel, maar wisten de teamleiders van het wijkteam niet dat de afspraken bestonden. Sindsdien staan ze in ons inwerkprogramma.',
  },
  {
    lessonKey: 'les-12',
    authorEmail: 'anouk@demo.example',
    text: 'Goed voorbeeld. Let er wel op dat het budget ook voor lichte ondersteuning in de klas kan worden ingezet, anders wordt het alleen een potje voor zware arrangementen.',
  },
  {
    lessonKey: 'les-02',
    authorEmail: 'ingrid@demo.example',
    text: 'Als ouder kan ik dit alleen maar onderstrepen. Het scheelt enorm als je niet bij elke nieuwe professional je verhaal opnieuw hoeft te vertellen.',
  },
];

export const DEMO_ACTION_PERSPECTIVE = {
  authorEmail: 'floor@demo.example',
  title: 'Een escalatieladder in het regionale convenant',
  text: 'We nemen in het regionale convenant een escalatieladder op: binnen vijf werkdagen overleg tussen school en wijkteam, binnen tien werkdagen een besluit van de teamleiders, daarna de bestuurders. Elke stap heeft een vaste contactpersoon en een termijn, en de professional die het gezin kent mag een arrangement alvast starten.',
  lessonKeys: ['les-07', 'les-08'],
};
