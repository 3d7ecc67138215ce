/**
 * Held-out batch F, the last one. Written on 2026-12-01 after the final guard change and measured
 * once as it stands: the guard was not changed for it. New phrasing (direct speech, quotes, names
 * right after "met", double surnames, "nr." in addresses, idioms with names, famous people and
 * characters) next to the styles of the earlier batches.
 *
 * All names, numbers and addresses are fictitious.
 */
import type { CorpusSentence, ExpectedFinding } from './casus-sentences.js';
import type { PrivacyKind } from '../types.js';

const e = (kind: PrivacyKind, match: string): ExpectedFinding => ({ kind, match });

export const HELD_OUT_F_IDENTIFYING: readonly CorpusSentence[] = [
  // Chat
  { text: 'morgen gesprek met de ouders van sanne, iemand tips?', expected: [e('name', 'sanne')] },
  { text: 'maud heeft haar arm opengekrast in de wc', expected: [e('name', 'maud')] },
  { text: 'ik zag dat damian en rayan weer samen wegliepen', expected: [e('name', 'damian'), e('name', 'rayan')] },
  { text: 'zijn tante heet fatima, die wil wel komen', expected: [e('name', 'fatima')] },
  { text: 'dus ik heb met lucas zijn vader gebeld', expected: [e('name', 'lucas')] },
  { text: 'tel vader 0612349876', expected: [e('phone', '0612349876')] },
  { text: 'ze wonen in 3822 ab amersfoort', expected: [e('postcode', '3822 ab')] },
  { text: 'huisadres: eikenlaan 17', expected: [e('street_address', 'eikenlaan 17')] },
  { text: 'school mailt via zorg@ikc-dekameleon.nl', expected: [e('email', 'zorg@ikc-dekameleon.nl')] },
  { text: 'bsn 242025894 stond er gewoon in', expected: [e('bsn', '242025894')] },
  // Direct speech and quotes
  { text: '"Kom hier, Finn!" riep de juf over het plein.', expected: [e('name', 'Finn')] },
  { text: "Moeder zei: 'Yara luistert gewoon niet.'", expected: [e('name', 'Yara')] },
  { text: 'Hij noemde zijn broer "Bas" en zijn zus "Fem".', expected: [e('name', 'Bas'), e('name', 'Fem')] },
  // Names in sentences
  { text: 'Daan, die al twee keer is blijven zitten, wil stoppen.', expected: [e('name', 'Daan')] },
  { text: 'Ik heb met Ahmed en zijn moeder gesproken.', expected: [e('name', 'Ahmed')] },
  { text: 'De familie Jansen-de Boer woont al jaren in het dorp.', expected: [e('name', 'Jansen-de Boer')] },
  { text: 'Mw. J. Pietersen is de nieuwe gezinsvoogd.', expected: [e('initials', 'J. Pietersen')] },
  { text: 'Thomas heeft een diagnose ADHD.', expected: [e('name', 'Thomas')] },
  { text: 'Het jongste kind, Floortje, is 3.', expected: [e('name', 'Floortje')] },
  { text: 'Samen met Anouk (13) werd ze betrapt.', expected: [e('name', 'Anouk')] },
  { text: 'Haar vriendje Jorn is 19 en heeft een auto.', expected: [e('name', 'Jorn')] },
  { text: 'Nina gaat sinds groep 4 niet meer naar gym.', expected: [e('name', 'Nina')] },
  { text: 'Tijdens het huisbezoek was ook de oom, Hakim, aanwezig.', expected: [e('name', 'Hakim')] },
  { text: 'Volgens mentor Van Wijk is het een slimme jongen.', expected: [e('name', 'Van Wijk')] },
  { text: 'De juf van Sem belde mij.', expected: [e('name', 'Sem')] },
  { text: 'Lieve is bang voor haar stiefvader.', expected: [e('name', 'Lieve')] },
  { text: 'Haar opa, Gerrit Bos, zorgt vaak voor haar.', expected: [e('name', 'Gerrit Bos')] },
  { text: 'Ik sprak P.J. Mulder, de trainer van de voetbalclub.', expected: [e('initials', 'P.J. Mulder')] },
  { text: 'Mijn collega Esther heeft het gezin eerder begeleid.', expected: [e('name', 'Esther')] },
  { text: "Max' ouders zijn allebei verslaafd.", expected: [e('name', 'Max')] },
  // Institutions
  { text: 'Ze zit op de Montessorischool Waalsdorp.', expected: [e('institution', 'Montessorischool Waalsdorp')] },
  { text: 'Hij is aangemeld bij Youké voor een intake.', expected: [e('institution', 'Youké')] },
  { text: 'Na de zomer gaat hij naar het Da Vinci Lyceum.', expected: [e('institution', 'Da Vinci Lyceum')] },
  { text: 'Op kinderdagverblijf Kids Planet zag men blauwe plekken.', expected: [e('institution', 'kinderdagverblijf Kids Planet')] },
  { text: 'Ze werd gezien op de SEH van het Rijnstate.', expected: [e('institution', 'Rijnstate')] },
  // Streets
  { text: 'Het adres is Kerkweg nr. 5, achter de kerk.', expected: [e('street_address', 'Kerkweg nr. 5')] },
  { text: 'Vader woont op de Van Heemstralaan 33.', expected: [e('street_address', 'Van Heemstralaan 33')] },
  { text: 'Ze zwerft vaak rond op het Stationsplein.', expected: [e('street_address', 'Stationsplein')] },
  { text: 'Het gezin woont aan de Laan van de Helende Meesters 4.', expected: [e('street_address', 'Laan van de Helende Meesters 4')] },
  // Places
  { text: 'Ze wonen tussen Gouda en Woerden in een boerderij.', expected: [e('place', 'Gouda'), e('place', 'Woerden')] },
  { text: 'Vader woont in Groningen, moeder in Haren.', expected: [e('place', 'Groningen'), e('place', 'Haren')] },
  { text: 'Het gezin is verhuisd naar Terneuzen.', expected: [e('place', 'Terneuzen')] },
  { text: 'Hij komt uit Schilderswijk en kent daar iedereen.', expected: [e('place', 'Schilderswijk')] },
  { text: 'Ze wonen in Leiden-Noord.', expected: [e('place', 'Leiden-Noord')] },
  // Long paragraphs
  {
    text:
      'Ik wil de casus van een jongen van 12 inbrengen, laten we hem Jesse noemen. Hij woont met zijn vader in ' +
      'Deventer. Zijn moeder is vorig jaar overleden. Op school, CBS De Regenboog, gaat het slecht: hij is vaak ' +
      'boos en slaat andere kinderen. Zijn vader (tel. 0570-654321) werkt in ploegendiensten en is weinig thuis. ' +
      'Oma Riet springt bij, maar zij is 80.',
    expected: [
      e('name', 'Jesse'),
      e('place', 'Deventer'),
      e('institution', 'CBS De Regenboog'),
      e('phone', '0570-654321'),
      e('name', 'Riet'),
    ],
  },
  {
    text:
      'In het kort: Amber (16) woont in een woongroep van Pluryn. Ze heeft contact met een man van 35, Erik, die ' +
      'haar cadeaus geeft. De groepsleider, Mohamed, maakt zich grote zorgen. Amber is geboren op 01-06-2010.',
    expected: [
      e('name', 'Amber'),
      e('institution', 'Pluryn'),
      e('name', 'Erik'),
      e('name', 'Mohamed'),
      e('birth_date', '01-06-2010'),
    ],
  },
  {
    text:
      'het gaat om twee zusjes, lisa en emma, van 7 en 9. ze wonen bij hun moeder in een flat in zwolle-zuid. ' +
      'vader ziet ze om het weekend. de juf van lisa, juf marleen, ziet dat lisa steeds magerder wordt.',
    expected: [e('name', 'lisa'), e('name', 'emma'), e('place', 'zwolle-zuid'), e('name', 'marleen')],
  },
  // Numbers and dates
  { text: 'Tel: 06 - 98 76 54 32 (moeder).', expected: [e('phone', '06 - 98 76 54 32')] },
  { text: 'Postcode 9999 AA, huisnummer 1.', expected: [e('postcode', '9999 AA')] },
  { text: 'Zijn geboortedatum is 2-3-2012.', expected: [e('birth_date', '2-3-2012')] },
  { text: 'Op maandag 9 maart was de eerste schorsing.', expected: [e('date', '9 maart')] },
  { text: 'Cliëntnummer: 2024-55123.', expected: [e('client_number', '2024-55123')] },
];

export const HELD_OUT_F_CLEAN: readonly CorpusSentence[] = [
  // Idioms, characters and famous people
  { text: 'Jan en alleman weet inmiddels van de situatie.', expected: [] },
  { text: 'Het gezin leeft ongeveer zoals Jan Modaal.', expected: [] },
  { text: 'Ze leest graag Nijntje en Kikker voor aan haar broertje.', expected: [] },
  { text: 'Hij kijkt elke dag naar Frozen.', expected: [] },
  { text: 'Zijn grote voorbeeld is Messi.', expected: [] },
  { text: 'Met Sint-Maarten loopt hij met een lampion.', expected: [] },
  // Words that look like names
  { text: 'Roos en hoop staan op de poster in de klas.', expected: [] },
  { text: 'Storm of niet, hij fietst altijd naar school.', expected: [] },
  { text: 'Bos en bloemen tekent ze steeds opnieuw.', expected: [] },
  { text: 'Zon en regen wisselen elkaar af.', expected: [] },
  { text: 'Hoop houdt hem op de been.', expected: [] },
  { text: 'Mei was een goede maand voor hem.', expected: [] },
  { text: 'Lieve woorden helpen bij hem niet.', expected: [] },
  { text: 'Visser en boer zijn beroepen in zijn familie.', expected: [] },
  // Days, months
  { text: 'Maandag en vrijdag heeft hij therapie.', expected: [] },
  { text: 'In november is er een evaluatie.', expected: [] },
  { text: 'Na Pasen wordt de hulp afgebouwd.', expected: [] },
  // Methods and intervisie
  { text: 'We volgen vandaag de Incidentmethode.', expected: [] },
  { text: 'Met de Waarderende methode zoeken we naar krachten.', expected: [] },
  { text: 'De Troika-methode is kort en krachtig.', expected: [] },
  { text: 'Hij volgt een Rots en Water-training.', expected: [] },
  { text: 'We werken met het Jeugd Preventie Programma.', expected: [] },
  // Roles
  { text: 'De juf heeft de ouders uitgenodigd.', expected: [] },
  { text: 'de mentor zegt dat hij niet meer komt', expected: [] },
  { text: 'De huisarts verwijst door naar de GGZ.', expected: [] },
  { text: 'Zuster of broeder: het maakt voor haar niet uit.', expected: [] },
  { text: 'De pleegouders en de voogd zijn het oneens.', expected: [] },
  { text: 'De trainer van de voetbalclub merkte het als eerste.', expected: [] },
  // Organisation types
  { text: 'Hij zit op een middelbare school in de stad.', expected: [] },
  { text: 'De opvang belde over ophalen.', expected: [] },
  { text: 'Het ziekenhuis heeft geen bedden vrij.', expected: [] },
  { text: 'De voedselbank helpt het gezin.', expected: [] },
  { text: 'De Kinderombudsman heeft een rapport over dit onderwerp.', expected: [] },
  { text: 'Via de Voedselbank en Stichting Leergeld krijgt het gezin hulp.', expected: [] },
  // Chat and starters
  { text: 'wat een herkenbare casus zeg', expected: [] },
  { text: 'ik zou eerst met de ouders praten', expected: [] },
  { text: 'ja klopt, dat zei ik ook al', expected: [] },
  { text: 'heel goed dat je dit inbrengt', expected: [] },
  { text: 'Eerlijk gezegd twijfel ik.', expected: [] },
  { text: 'Verder gaat het prima.', expected: [] },
  { text: 'Blijkbaar weet niemand ervan.', expected: [] },
  { text: 'Gelukkig is er nu een plek.', expected: [] },
  // Numbers
  { text: 'Hij is 15 en zit in 3 vmbo.', expected: [] },
  { text: 'De intake duurt 90 minuten.', expected: [] },
  { text: 'Om 12.00 uur eet hij alleen.', expected: [] },
  { text: 'In 2022 is het gezin verhuisd.', expected: [] },
  { text: 'Ze heeft 4 dagen per week opvang.', expected: [] },
  { text: 'Hij verdient 150 euro per maand met zijn bijbaan.', expected: [] },
  // Countries, languages, apps, brands
  { text: 'De ouders komen uit Irak en spreken Arabisch.', expected: [] },
  { text: 'Hij speelt Minecraft met vrienden uit Engeland.', expected: [] },
  { text: 'Ze bestelt kleding bij Shein.', expected: [] },
  { text: 'Hij werkt bij de Hema.', expected: [] },
  { text: 'Moeder belt met familie in Somalië.', expected: [] },
  // Long paragraphs
  {
    text:
      'Een meisje van 15 met veel verzuim en signalen van zelfbeschadiging. Ze woont bij haar moeder, die zelf ' +
      'psychische problemen heeft. De mentor en de zorgcoördinator hebben een plan gemaakt, maar het meisje wil ' +
      'niet praten. Mijn vraag: hoe bouw ik vertrouwen op?',
    expected: [],
  },
  {
    text:
      'nou het is gewoon zo dat hij thuis niks mag en op school alles wil, en dan botst het, en de ouders zeggen ' +
      'dat het aan ons ligt, en wij denken dat het thuis ligt, dus we komen niet verder',
    expected: [],
  },
];
