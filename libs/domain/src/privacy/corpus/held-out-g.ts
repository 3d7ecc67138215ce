/**
 * Held-out batch G, the final check. Written on 2026-12-01 after the last guard change (the fixes
 * for batch F) and measured once; the guard was not changed for it. Its figure is the last
 * held-out figure in README.md. Mixed styles: chat, dictated, notes, casus paragraphs, quotes.
 *
 * All names, numbers and addresses are fictitious.
 */
import type { CorpusSentence, ExpectedFinding } from './casus-sentences.js';
import type { PrivacyKind } from '../types.js';

const e = (kind: PrivacyKind, match: string): ExpectedFinding => ({ kind, match });

export const HELD_OUT_G_IDENTIFYING: readonly CorpusSentence[] = [
  // Chat
  { text: 'isabel wil niet meer naar huis na school', expected: [e('name', 'isabel')] },
  { text: 'de opa van wout is opgenomen', expected: [e('name', 'wout')] },
  { text: 'vandaag kwam noah met een blauw oog binnen', expected: [e('name', 'noah')] },
  { text: 'weet iemand of ik zonder toestemming van vader met yusra mag praten?', expected: [e('name', 'yusra')] },
  { text: 'meester joris heeft het al aan de directie gemeld', expected: [e('name', 'joris')] },
  { text: 'mama van tijn belt steeds tijdens de les', expected: [e('name', 'tijn')] },
  { text: 'nummer moeder 06 3344 5566', expected: [e('phone', '06 3344 5566')] },
  { text: 'adres is de wilgenlaan 4 in het dorp', expected: [e('street_address', 'wilgenlaan 4')] },
  { text: 'postcode: 4811 xh', expected: [e('postcode', '4811 xh')] },
  { text: 'mijn collega mailde naar ouders.vanwijk@ziggo.nl', expected: [e('email', 'ouders.vanwijk@ziggo.nl')] },
  // Dictated
  {
    text: 'toen kwam Kimberly naar mij toe en vertelde dat haar stiefvader haar had geslagen en dat ze niet meer naar huis durfde',
    expected: [e('name', 'Kimberly')],
  },
  {
    text: 'ik heb mevrouw Dekker van de jeugdbescherming gebeld en zij zei dat er al een onderzoek loopt',
    expected: [e('name', 'Dekker')],
  },
  {
    text: 'de jongen is geboren op 3 december 2011 in Paramaribo en woont sinds 2019 in Almere',
    expected: [e('birth_date', '3 december 2011'), e('place', 'Almere')],
  },
  {
    text: 'vader komt uit Capelle aan den IJssel en is daar bekend bij de wijkagent',
    expected: [e('place', 'Capelle aan den IJssel')],
  },
  // Notes
  { text: '- naam kind: Sofia\n- leeftijd: 8', expected: [e('name', 'Sofia')] },
  { text: '- contactpersoon school: dhr. Van Leeuwen', expected: [e('name', 'Van Leeuwen')] },
  { text: '• woonplaats: Emmeloord', expected: [e('place', 'Emmeloord')] },
  { text: '- adres: Hoofdweg 12, 9620 AA Slochteren', expected: [e('street_address', 'Hoofdweg 12'), e('postcode', '9620 AA'), e('place', 'Slochteren')] },
  // Names in sentences
  { text: 'Femke en haar moeder wonen sinds kort in de opvang.', expected: [e('name', 'Femke')] },
  { text: 'Het gaat over Yunus, een jongen van 13.', expected: [e('name', 'Yunus')] },
  { text: 'Ik heb gisteren met Niels gesproken over zijn cijfers.', expected: [e('name', 'Niels')] },
  { text: 'Zijn vader, Rob Hendriks, werkt als vrachtwagenchauffeur.', expected: [e('name', 'Rob Hendriks')] },
  { text: "Jasper's moeder wil een second opinion.", expected: [e('name', 'Jasper')] },
  { text: 'De kleuter, Lotje, praat nog niet.', expected: [e('name', 'Lotje')] },
  { text: 'Dat vertelde Soufiane aan zijn mentor.', expected: [e('name', 'Soufiane')] },
  { text: 'Tante Miriam wil de voogdij.', expected: [e('name', 'Miriam')] },
  { text: 'Bij Fleur thuis is het vaak onrustig.', expected: [e('name', 'Fleur')] },
  { text: 'Ik zag Jelmer huilen op het toilet.', expected: [e('name', 'Jelmer')] },
  { text: 'De gezinsvoogd, mevrouw Kuipers-Bakker, is op vakantie.', expected: [e('name', 'Kuipers-Bakker')] },
  { text: "'Ik wil naar papa,' zei Evy steeds.", expected: [e('name', 'Evy')] },
  { text: 'Het meisje, C.D., heeft een eetstoornis.', expected: [e('initials', 'C.D.')] },
  { text: 'Er was overleg met M. Yilmaz van het wijkteam.', expected: [e('initials', 'M. Yilmaz')] },
  { text: 'Jayden vindt het moeilijk om hulp te vragen.', expected: [e('name', 'Jayden')] },
  { text: 'Sara zit al weken thuis.', expected: [e('name', 'Sara')] },
  // Institutions
  { text: 'Hij zit op het Hervormd Lyceum Zuid.', expected: [e('institution', 'Hervormd Lyceum Zuid')] },
  { text: 'Ze is aangemeld bij Levvel voor gezinsbehandeling.', expected: [e('institution', 'Levvel')] },
  { text: 'Op basisschool De Fontein zit ook zijn zusje.', expected: [e('institution', 'basisschool De Fontein')] },
  { text: 'Na het ongeluk werd ze naar het UMCG gebracht.', expected: [e('institution', 'UMCG')] },
  { text: 'Ze gaat naar de Margrietschool.', expected: [e('institution', 'Margrietschool')] },
  // Streets
  { text: 'Ze wonen aan de Oosterstraat 18.', expected: [e('street_address', 'Oosterstraat 18')] },
  { text: 'Vader slaapt in een kamer op de Laan van Meerdervoort.', expected: [e('street_address', 'Laan van Meerdervoort')] },
  { text: 'De jongen werd aangehouden op de Coolsingel.', expected: [e('street_address', 'Coolsingel')] },
  { text: 'Oma woont aan het Wilhelminaplein 2.', expected: [e('street_address', 'Wilhelminaplein 2')] },
  // Places
  { text: 'Het gezin woont in Venlo.', expected: [e('place', 'Venlo')] },
  { text: 'Hij verhuist naar Meppel.', expected: [e('place', 'Meppel')] },
  { text: 'Ze zijn uit Hoogeveen weggegaan na de brand.', expected: [e('place', 'Hoogeveen')] },
  { text: 'De familie woont in Haarlem-Schalkwijk.', expected: [e('place', 'Haarlem')] },
  { text: 'Moeder werkt in Alkmaar en vader in Den Helder.', expected: [e('place', 'Alkmaar'), e('place', 'Den Helder')] },
  // Long paragraphs
  {
    text:
      'Mijn casus gaat over een meisje van 14, Ilse, dat in een pleeggezin in Ede woont. Haar biologische moeder, ' +
      'Tanja, wil haar terug. Ilse zit op het Marnix College. De pleegmoeder is bereikbaar op 0318-123456. ' +
      'Op 14 oktober is er een zitting bij de rechtbank.',
    expected: [
      e('name', 'Ilse'),
      e('place', 'Ede'),
      e('name', 'Tanja'),
      e('institution', 'Marnix College'),
      e('phone', '0318-123456'),
      e('date', '14 oktober'),
    ],
  },
  {
    text:
      'kort: jongen van 10, ik noem hem ruben, woont bij zijn vader. moeder zit in de gevangenis. ruben heeft ' +
      'een zus, anna, die bij oma woont. vader wil geen hulp. de school (obs het kompas) maakt zich zorgen.',
    expected: [e('name', 'ruben'), e('name', 'anna'), e('institution', 'obs het kompas')],
  },
  {
    text:
      'Situatie: gezin met drie kinderen in Apeldoorn-Zuid. De vader, Dennis Smit, heeft een alcoholprobleem. De ' +
      'middelste, Luuk, is 9 en heeft ADHD. Het BSN van Luuk (123456782) stond in de verwijzing van de huisarts.',
    expected: [e('place', 'Apeldoorn-Zuid'), e('name', 'Dennis Smit'), e('name', 'Luuk'), e('bsn', '123456782')],
  },
  // Numbers, dates
  { text: 'Telefoon: +31 6 4455 6677.', expected: [e('phone', '+31 6 4455 6677')] },
  { text: 'Zijn leerlingnummer is 778899.', expected: [e('client_number', '778899')] },
  { text: 'Geboren: 12-12-2012.', expected: [e('birth_date', '12-12-2012')] },
  { text: 'Op donderdag 2 april was het gesprek.', expected: [e('date', '2 april')] },
  { text: 'Postcode 1012 JS en huisnummer 45.', expected: [e('postcode', '1012 JS')] },
];

export const HELD_OUT_G_CLEAN: readonly CorpusSentence[] = [
  // Words, idioms and characters
  { text: 'Roos, lelie of tulp: ze tekent altijd bloemen.', expected: [] },
  { text: 'Storm kwam op en de kinderen moesten naar binnen.', expected: [] },
  { text: 'Hoop is er nauwelijks nog.', expected: [] },
  { text: 'Bos en water liggen vlak bij het huis.', expected: [] },
  { text: 'Zon, sneeuw of regen: hij komt altijd te laat.', expected: [] },
  { text: 'Mei en juni zijn toetsmaanden.', expected: [] },
  { text: 'Lieve help, zei moeder toen ze het hoorde.', expected: [] },
  { text: 'Hij speelt graag Pietje Bell na.', expected: [] },
  { text: 'Ze kijkt naar Peppa Pig op de tablet.', expected: [] },
  { text: 'Jan en alleman heeft er een mening over.', expected: [] },
  // Days and holidays
  { text: 'Donderdag is gymdag.', expected: [] },
  { text: 'In januari start de nieuwe begeleiding.', expected: [] },
  { text: 'Met Sinterklaas kreeg hij niets.', expected: [] },
  // Methods, intervisie
  { text: 'We doen de Met Andere Ogen-methode in vier stappen.', expected: [] },
  { text: 'De Balint-methode richt zich op de relatie.', expected: [] },
  { text: 'Zij heeft de Meldcode huiselijk geweld gevolgd.', expected: [] },
  { text: 'Hij krijgt Multisysteemtherapie.', expected: [] },
  { text: 'De gespreksleider bewaakt de tijd.', expected: [] },
  // Roles
  { text: 'De juf van groep 5 is ziek.', expected: [] },
  { text: 'de ib heeft contact gehad met de ouders', expected: [] },
  { text: 'De jeugdverpleegkundige kent de moeder.', expected: [] },
  { text: 'Volgens de wijkagent is er niets strafbaars gebeurd.', expected: [] },
  { text: 'Zijn oom en tante wonen in het buitenland.', expected: [] },
  { text: 'De trainer en de mentor delen hun zorgen.', expected: [] },
  // Organisation types
  { text: 'Hij zit op een school voor praktijkonderwijs.', expected: [] },
  { text: 'De kinderopvang heeft een melding gedaan.', expected: [] },
  { text: 'De ggz-instelling heeft een wachtlijst van een half jaar.', expected: [] },
  { text: 'Het ziekenhuis en de huisarts werken samen.', expected: [] },
  { text: 'Het samenwerkingsverband betaalt een arrangement.', expected: [] },
  // Chat and starters
  { text: 'fijn dat jullie meedenken', expected: [] },
  { text: 'ik ben er nog niet uit', expected: [] },
  { text: 'lastig hoor, sterkte ermee', expected: [] },
  { text: 'heeft iemand een goed boek over hechting?', expected: [] },
  { text: 'Kortom, ik weet het niet.', expected: [] },
  { text: 'Volgende week zie ik moeder weer.', expected: [] },
  { text: 'Ook thuis gaat het niet goed.', expected: [] },
  { text: 'Tja, wat moet je dan.', expected: [] },
  // Numbers
  { text: 'Hij is 6 en zit in groep 3.', expected: [] },
  { text: 'Het verzuim is 40 uur dit jaar.', expected: [] },
  { text: 'Om 16.00 uur komt de taxi.', expected: [] },
  { text: 'In 2024 is er een OTS uitgesproken.', expected: [] },
  { text: 'Ze heeft 3 jaar in een pleeggezin gewoond.', expected: [] },
  { text: 'De groep bestaat uit 8 jongeren.', expected: [] },
  // Countries, languages, apps, brands
  { text: 'De familie komt uit Marokko en spreekt Tamazight.', expected: [] },
  { text: 'Hij zit veel op Discord.', expected: [] },
  { text: 'Vader werkt in Engeland.', expected: [] },
  { text: 'Ze doet boodschappen bij de Aldi.', expected: [] },
  { text: 'Het gezin is uit Syrië gevlucht via Turkije.', expected: [] },
  { text: 'Moeder spreekt Pools en Russisch.', expected: [] },
  // Long paragraphs
  {
    text:
      'Het gaat om een jongen van 16 die steeds vaker blowt en niet meer naar school gaat. Thuis zijn er veel ' +
      'ruzies met zijn stiefvader. De mentor heeft contact met moeder, maar zij voelt zich machteloos. Mijn ' +
      'vraag is hoe ik de jongen zelf kan bereiken.',
    expected: [],
  },
  {
    text:
      'ik weet gewoon niet meer wat ik moet doen, ze praat niet, ze eet niet, en thuis zeggen ze dat alles goed ' +
      'gaat, dus ja',
    expected: [],
  },
];
