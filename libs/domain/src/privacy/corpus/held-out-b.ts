/**
 * Held-out batch B. Written on 2026-12-01 AFTER the guard work for the "guard quality" issue was
 * finished, and measured once as it stands: the guard was not changed to pass it (see README.md
 * for its first and only measurement). Same styles as batch A but new sentences, names, places
 * and traps: lowercase chat, dictated run-on text, long casus paragraphs, possessives, streets,
 * neighbourhoods, and clean sentences with words that look like names.
 *
 * All names, numbers and addresses are fictitious.
 */
import type { CorpusSentence, ExpectedFinding } from './casus-sentences.js';
import type { PrivacyKind } from '../types.js';

const e = (kind: PrivacyKind, match: string): ExpectedFinding => ({ kind, match });

export const HELD_OUT_B_IDENTIFYING: readonly CorpusSentence[] = [
  // Lowercase chat
  { text: 'vraagje: jurre wil niet meer naar de opvang, iemand tips?', expected: [e('name', 'jurre')] },
  { text: 'heb net met de moeder van aylin gebeld, ze is erg ongerust', expected: [e('name', 'aylin')] },
  { text: 'nova en haar broer zitten al weken thuis', expected: [e('name', 'nova')] },
  { text: 'rayan heeft weer gevochten in de pauze', expected: [e('name', 'rayan')] },
  { text: 'kan iemand meekijken naar het plan van mirthe?', expected: [e('name', 'mirthe')] },
  { text: 'meester wessel zegt dat het in de klas wel gaat', expected: [e('name', 'wessel')] },
  { text: 'tante shirin haalt hem meestal op', expected: [e('name', 'shirin')] },
  { text: 'nummer van vader: 06 87 65 43 21', expected: [e('phone', '06 87 65 43 21')] },
  { text: 'ze woont op 2531 ks, bij het winkelcentrum', expected: [e('postcode', '2531 ks')] },
  { text: 'zijn adres is lindenlaan 7 maar hij slaapt vaak bij oma', expected: [e('street_address', 'lindenlaan 7')] },
  { text: 'mail van school kwam van m.dejong@stichting-kind.nl', expected: [e('email', 'm.dejong@stichting-kind.nl')] },
  { text: 'bsn staat in het dossier: 250591443', expected: [e('bsn', '250591443')] },
  { text: 'gisteren zei quinten dat hij niet meer wil leven', expected: [e('name', 'quinten')] },
  // Dictated, run-on
  {
    text: 'en toen belde de moeder van Senna dat ze niet kon komen omdat ze moest werken en ik heb gezegd dat we het verzetten',
    expected: [e('name', 'Senna')],
  },
  {
    text: 'de jongen zit bij juf Mariëlle in de klas en zij ziet dat hij steeds verder wegzakt punt nieuwe alinea',
    expected: [e('name', 'Mariëlle')],
  },
  {
    text: 'vader heeft gebeld vanaf nummer 0031 6 55 44 33 22 en zei dat hij de kinderen komt halen',
    expected: [e('phone', '0031 6 55 44 33 22')],
  },
  {
    text: 'het meisje heet Djamila en ze is twaalf en woont sinds de zomer bij haar oom in Kerkrade',
    expected: [e('name', 'Djamila'), e('place', 'Kerkrade')],
  },
  {
    text: 'ik heb contact gehad met mevrouw Van der Laan van het wijkteam en met meneer Ouali van de school',
    expected: [e('name', 'Van der Laan'), e('name', 'Ouali')],
  },
  {
    text: 'geboren 3 januari 2015 dus ze is nu elf jaar oud en zit in groep acht',
    expected: [e('birth_date', '3 januari 2015')],
  },
  // Possessives and names in sentences
  { text: "Liv's moeder heeft een nieuwe vriend.", expected: [e('name', 'Liv')] },
  { text: "Sami's gedrag is na de kerstvakantie verslechterd.", expected: [e('name', 'Sami')] },
  { text: 'Ik maak me zorgen om Gijs’ thuissituatie.', expected: [e('name', 'Gijs')] },
  { text: 'Bo vertelde dat ze niet meer naar papa wil.', expected: [e('name', 'Bo')] },
  { text: 'Jade zegt dat ze wordt uitgescholden op Instagram.', expected: [e('name', 'Jade')] },
  { text: 'De oudste, Xavi, is 16 en werkt bij een supermarkt.', expected: [e('name', 'Xavi')] },
  { text: 'Ik sprak Joëlle na de les over haar cijfers.', expected: [e('name', 'Joëlle')] },
  { text: 'Het contact met Dani loopt via haar mentor.', expected: [e('name', 'Dani')] },
  { text: 'Zijn stiefmoeder, Ilse Hoekstra, wil graag meedenken.', expected: [e('name', 'Ilse Hoekstra')] },
  { text: 'Samen met Noud en Teun heeft hij de fiets vernield.', expected: [e('name', 'Noud'), e('name', 'Teun')] },
  { text: 'Zuster Annemieke belde mij na de opname.', expected: [e('name', 'Annemieke')] },
  { text: 'De vader, meneer El Khatib, spreekt goed Nederlands.', expected: [e('name', 'El Khatib')] },
  { text: 'Op het plein werd Wessel door drie jongens geschopt.', expected: [e('name', 'Wessel')] },
  { text: 'Volgens de jeugdarts groeit Mila niet goed.', expected: [e('name', 'Mila')] },
  { text: 'Ik heb R. Verbeek van de GGD om advies gevraagd.', expected: [e('initials', 'R. Verbeek')] },
  { text: 'Daarna kwam mevrouw T. binnen om haar zoon op te halen.', expected: [e('initials', 'T.')] },
  // Institutions
  { text: 'Hij zit op Het Baken Park Lyceum in de tweede klas.', expected: [e('institution', 'Het Baken Park Lyceum')] },
  { text: 'ze gaat naar cbs de wegwijzer, groep 5', expected: [e('institution', 'cbs de wegwijzer')] },
  { text: 'Ze is in behandeling bij Accare in de regio.', expected: [e('institution', 'Accare')] },
  { text: 'Na de zomer start hij op het Ashram College.', expected: [e('institution', 'Ashram College')] },
  { text: 'Het Juliana Kinderziekenhuis heeft hem drie dagen opgenomen.', expected: [e('institution', 'Juliana Kinderziekenhuis')] },
  { text: 'Hij gaat twee middagen naar bso De Boomhut.', expected: [e('institution', 'bso De Boomhut')] },
  // Streets
  { text: 'Ze wonen op de Burgemeester Knappertlaan 10 in een hoekhuis.', expected: [e('street_address', 'Burgemeester Knappertlaan 10')] },
  { text: 'Het adres is Laan van Poot 201, ik ben er één keer geweest.', expected: [e('street_address', 'Laan van Poot 201')] },
  { text: 'Oma woont aan de Oude Rijn 12a.', expected: [e('street_address', 'Oude Rijn 12a')] },
  { text: 'De jongen werd opgepakt in de Spoorstraat bij het station.', expected: [e('street_address', 'Spoorstraat')] },
  // Places
  { text: 'Het gezin woont in Hoogezand in een rijtjeshuis.', expected: [e('place', 'Hoogezand')] },
  { text: 'Ze zijn vorig jaar verhuisd van Spijkenisse naar Den Helder.', expected: [e('place', 'Spijkenisse'), e('place', 'Den Helder')] },
  { text: 'Hij hangt veel rond in de Bijlmer met zijn neven.', expected: [e('place', 'Bijlmer')] },
  { text: 'Het gezin woont in Rotterdam-Zuid, in de Tarwewijk.', expected: [e('place', 'Rotterdam-Zuid'), e('place', 'Tarwewijk')] },
  { text: 'Moeder is opgegroeid in Appingedam.', expected: [e('place', 'Appingedam')] },
  // Long casus paragraphs
  {
    text:
      'Ik breng een casus in over een meisje van 13, hier Lieke genoemd. Ze woont met haar vader in Zwolle; ' +
      'moeder woont in Duitsland. Op school (het Thomas a Kempis College) valt ze op door verzuim. Haar vader ' +
      'zegt dat ze ziek is, maar de huisarts, dokter Smeets, heeft haar al maanden niet gezien. Vader is ' +
      'bereikbaar op 038-4567890. Mijn vraag: hoe bespreek ik mijn zorgen zonder dat vader het contact verbreekt?',
    expected: [
      e('name', 'Lieke'),
      e('place', 'Zwolle'),
      e('institution', 'Thomas a Kempis College'),
      e('name', 'Smeets'),
      e('phone', '038-4567890'),
    ],
  },
  {
    text:
      'Het gaat om een jongen van 9, Milan. Hij woont met zijn moeder, zijn zusje Evi en de nieuwe partner van ' +
      'moeder in een flat aan de Dr. Lelylaan 45. Op 12 september heeft de buurvrouw Veilig Thuis gebeld na ' +
      'geschreeuw. De partner, Ricardo, ontkent alles. Milan zegt op school dat hij niet naar huis wil.',
    expected: [
      e('name', 'Milan'),
      e('name', 'Evi'),
      e('street_address', 'Dr. Lelylaan 45'),
      e('date', '12 september'),
      e('name', 'Ricardo'),
    ],
  },
  {
    text:
      'casus: jongen 15 jaar, naam doet er niet toe maar hij heet thijs. woont bij pleegouders sinds 2023. ' +
      'zijn biologische moeder woont in leeuwarden. hij wil haar vaker zien maar de voogd, mevrouw dijkstra, ' +
      'vindt dat niet verstandig. pleegmoeder is bereikbaar via pleeggezin.boer@gmail.com.',
    expected: [e('name', 'thijs'), e('place', 'leeuwarden'), e('name', 'dijkstra'), e('email', 'pleeggezin.boer@gmail.com')],
  },
  {
    text:
      'Achtergrond: het gezin is drie jaar geleden vanuit Eritrea naar Nederland gekomen en woonde eerst in het azc ' +
      'in Budel. Nu wonen ze in Eindhoven, in de wijk Woensel. De oudste dochter, Senait, tolkt vaak voor haar ouders. ' +
      'Zij zit op het Lorentz Casimir Lyceum. Haar leerlingnummer is 884512.',
    expected: [
      e('place', 'Budel'),
      e('place', 'Eindhoven'),
      e('place', 'Woensel'),
      e('name', 'Senait'),
      e('institution', 'Lorentz Casimir Lyceum'),
      e('client_number', '884512'),
    ],
  },
  // Numbers and dates
  { text: 'Postcode: 6221AB, daar staat het huis van de grootouders.', expected: [e('postcode', '6221AB')] },
  { text: 'Het BSN (111 222 333) stond nog op het formulier.', expected: [e('bsn', '111 222 333')] },
  { text: 'Haar geboortedatum is 2 februari 2012.', expected: [e('birth_date', '2 februari 2012')] },
  { text: 'Op dinsdag 6 oktober was er een huisbezoek.', expected: [e('date', '6 oktober')] },
  { text: 'Bel de oma gerust op 0591-123456.', expected: [e('phone', '0591-123456')] },
];

export const HELD_OUT_B_CLEAN: readonly CorpusSentence[] = [
  // Words that look like names
  { text: 'Storm op zee is het thema van het prentenboek in de klas.', expected: [] },
  { text: 'Hoop en vertrouwen zijn de woorden die moeder steeds gebruikt.', expected: [] },
  { text: 'De roos op zijn arm is een tatoeage van zijn broer.', expected: [] },
  { text: 'Mei en juni zijn drukke maanden op school.', expected: [] },
  { text: 'Bij het bos achter de school spreken ze af.', expected: [] },
  { text: 'Jade en amber zijn de kleuren die ze voor haar kamer koos.', expected: [] },
  { text: 'Fleur is een mooi woord, zei ze in de taalles.', expected: [] },
  { text: 'Winter en zomer maakt voor zijn stemming niet uit.', expected: [] },
  { text: 'De visser in het verhaal verliest zijn boot.', expected: [] },
  { text: 'Bakker worden, dat is zijn droom.', expected: [] },
  { text: 'Zon, zee en strand: ze heeft nog nooit vakantie gehad.', expected: [] },
  { text: 'Iris en pupil reageren normaal, schreef de arts.', expected: [] },
  // Weekdays, months, holidays
  { text: 'Dinsdag en donderdag gaat hij naar de dagbesteding.', expected: [] },
  { text: 'In december is er thuis altijd spanning.', expected: [] },
  { text: 'Met Kerst ging het helemaal mis, met Oud en Nieuw ook.', expected: [] },
  { text: 'Tijdens de Ramadan vast hij mee met zijn vader.', expected: [] },
  // Methods and intervisie words
  { text: 'We werken met de Balintmethode en soms met de Socratische methode.', expected: [] },
  { text: 'De Troika-methode gebruiken we als er weinig tijd is.', expected: [] },
  { text: 'Het Sociaal Emotioneel Leren programma heet bij ons Leefstijl.', expected: [] },
  { text: 'Hij heeft Agressie Regulatie Training gevolgd.', expected: [] },
  { text: 'Met de Meldcode en het Afwegingskader ben ik bekend.', expected: [] },
  { text: 'De gespreksleider vat samen en de inbrenger reageert.', expected: [] },
  // Roles and professions
  { text: 'De juf van groep 3 en de intern begeleider zijn betrokken.', expected: [] },
  { text: 'de juf zei dat ze het ook niet meer weet', expected: [] },
  { text: 'De zuster van de jeugdgezondheidszorg heeft hem gewogen.', expected: [] },
  { text: 'Meester zegt dat hij erg onrustig is.', expected: [] },
  { text: 'De gezinsvoogd en de jeugdbeschermer zijn van dezelfde organisatie.', expected: [] },
  { text: 'Mijn collega van het wijkteam heeft meer ervaring met dit soort gezinnen.', expected: [] },
  { text: 'De kinderarts en de diëtist werken samen.', expected: [] },
  // Organisation types without names
  { text: 'Hij zit op een school voor speciaal onderwijs.', expected: [] },
  { text: 'Het kinderdagverblijf heeft zorgen over zijn ontwikkeling.', expected: [] },
  { text: 'De praktijk voor kinderfysiotherapie heeft een wachtlijst.', expected: [] },
  { text: 'Op de basisschool de hele dag stilzitten lukt hem niet.', expected: [] },
  { text: 'Een jeugdzorginstelling in de buurt kan hem misschien plaatsen.', expected: [] },
  { text: 'De huisartsenpraktijk belde terug.', expected: [] },
  // Chat-like and capitalised starters
  { text: 'thanks allemaal, ik ga het proberen', expected: [] },
  { text: 'ja precies dat bedoel ik', expected: [] },
  { text: 'ik denk dat moeder gewoon overvraagd is', expected: [] },
  { text: 'iemand ervaring met zo een situatie?', expected: [] },
  { text: 'hij kwam vandaag wel op tijd, dat is winst', expected: [] },
  { text: 'Misschien moet ik de ouders samen uitnodigen.', expected: [] },
  { text: 'Daarom vraag ik jullie om mee te denken.', expected: [] },
  { text: 'Vorige week was het weer raak.', expected: [] },
  { text: 'Uiteindelijk heeft moeder toestemming gegeven.', expected: [] },
  { text: 'Tot slot: wat zou jij doen?', expected: [] },
  // Numbers that are no identifiers
  { text: 'Ze is 8 jaar en zit in groep 5.', expected: [] },
  { text: 'De wachttijd is 10 tot 12 weken.', expected: [] },
  { text: 'Hij heeft 4 broers en zussen.', expected: [] },
  { text: 'Om 15.15 uur gaat de bel.', expected: [] },
  { text: 'In 2021 is de eerste melding gedaan.', expected: [] },
  { text: 'Hij kreeg een 4,5 voor zijn toets.', expected: [] },
  { text: 'Het verzuim is 30 procent van de lessen.', expected: [] },
  { text: 'Er zitten 27 leerlingen in de klas.', expected: [] },
  // Countries, languages, apps
  { text: 'Moeder komt uit Polen en vader uit Nederland.', expected: [] },
  { text: 'Thuis wordt Tigrinya gesproken.', expected: [] },
  { text: 'Hij zit hele nachten op Discord en Roblox.', expected: [] },
  { text: 'Via WhatsApp stuurt hij de juf berichten.', expected: [] },
  { text: 'De ouders zijn gevlucht uit Afghanistan.', expected: [] },
  { text: 'Het Engels en het Frans gaan hem goed af.', expected: [] },
  // Clean long paragraph
  {
    text:
      'Een jongen van 14 die sinds de zomer steeds vaker spijbelt. Thuis is er veel ruzie, vader werkt in ' +
      'ploegen en moeder heeft een depressie. De mentor heeft twee keer een gesprek gehad, de leerplichtambtenaar ' +
      'is op de hoogte. Mijn vraag: hoe krijg ik de jongen zelf aan tafel?',
    expected: [],
  },
];
