/**
 * Held-out batch E. Written on 2026-12-01 after the last change made while looking at batch D, and
 * measured once as it stands: the guard was not changed for it. Its first run is part of the
 * held-out figures in README.md. New names (with diacritics, Polish, Turkish, Arabic), places,
 * streets, institutions and clean traps, in chat, dictated, note and casus styles.
 *
 * All names, numbers and addresses are fictitious.
 */
import type { CorpusSentence, ExpectedFinding } from './casus-sentences.js';
import type { PrivacyKind } from '../types.js';

const e = (kind: PrivacyKind, match: string): ExpectedFinding => ({ kind, match });

export const HELD_OUT_E_IDENTIFYING: readonly CorpusSentence[] = [
  // Lowercase chat
  { text: 'kacper spreekt nog weinig nederlands, hoe pakken jullie dat aan?', expected: [e('name', 'kacper')] },
  { text: 'ik maak me echt zorgen om wiktoria', expected: [e('name', 'wiktoria')] },
  { text: 'de stiefmoeder van daniël wil geen contact met school', expected: [e('name', 'daniël')] },
  { text: 'meryem komt elke dag zonder eten naar school', expected: [e('name', 'meryem')] },
  { text: 'juf femke vroeg of ik wilde meedenken', expected: [e('name', 'femke')] },
  { text: 'gisteren heeft oskar een mes meegenomen naar school', expected: [e('name', 'oskar')] },
  { text: 'moeder haar nummer is 06-24681357', expected: [e('phone', '06-24681357')] },
  { text: 'het adres is zonnebloemstraat 9 in de nieuwbouwwijk', expected: [e('street_address', 'zonnebloemstraat 9')] },
  { text: 'postcode is 7522 nb of zoiets', expected: [e('postcode', '7522 nb')] },
  { text: 'mail de ib maar op ib.dewaterlelie@gmail.com', expected: [e('email', 'ib.dewaterlelie@gmail.com')] },
  { text: 'zijn bsn is 111222333 als je dat nodig hebt', expected: [e('bsn', '111222333')] },
  { text: 'guus is weer betrapt op stelen', expected: [e('name', 'guus')] },
  // Dictated
  {
    text: 'en dan zegt de vader van Chloë dat hij haar komt ophalen en dat niemand hem kan tegenhouden en dan loopt hij weg',
    expected: [e('name', 'Chloë')],
  },
  {
    text: 'ik heb toen gebeld met de huisarts dokter Verbruggen en die zei dat hij de moeder al jaren kent',
    expected: [e('name', 'Verbruggen')],
  },
  {
    text: 'het gaat om een meisje Zoë van zeven jaar dat woont in Hoorn met haar moeder en een oom',
    expected: [e('name', 'Zoë'), e('place', 'Hoorn')],
  },
  {
    text: 'de datum van het incident was 17-02-2026 in de ochtend voor schooltijd bij het hek',
    expected: [e('date', '17-02-2026')],
  },
  {
    text: 'oom Abdelilah is degene die het gezin financieel steunt maar hij woont in België',
    expected: [e('name', 'Abdelilah')],
  },
  // Notes
  { text: '- leerling: Yaşar, groep 7\n- leerkracht: mevrouw Pauwels', expected: [e('name', 'Yaşar'), e('name', 'Pauwels')] },
  { text: '- thuissituatie: woont bij vader (Marco) in Apeldoorn', expected: [e('name', 'Marco'), e('place', 'Apeldoorn')] },
  { text: '• school: ikc De Vlinder\n• klas: groep 4', expected: [e('institution', 'ikc De Vlinder')] },
  { text: '- adres: Stationsweg 101b, 9401 KJ', expected: [e('street_address', 'Stationsweg 101b'), e('postcode', '9401 KJ')] },
  // Possessives and names
  { text: "Guus' moeder is alleenstaand en heeft drie banen.", expected: [e('name', 'Guus')] },
  { text: "Wiktoria's vader werkt in de kassen.", expected: [e('name', 'Wiktoria')] },
  { text: 'Roos heeft sinds de zomer een nieuwe stiefvader.', expected: [e('name', 'Roos')] },
  { text: 'Hugo zegt dat hij zich niet veilig voelt thuis.', expected: [e('name', 'Hugo')] },
  { text: 'Ik vroeg Jurriaan waarom hij zo boos was.', expected: [e('name', 'Jurriaan')] },
  { text: 'De tweeling, Lot en Fien, wordt thuis verschillend behandeld.', expected: [e('name', 'Lot'), e('name', 'Fien')] },
  { text: 'Haar broer, Mehmet Demir, zit in de gevangenis.', expected: [e('name', 'Mehmet Demir')] },
  { text: 'De moeder, mevrouw De Graaf, is erg wantrouwend.', expected: [e('name', 'De Graaf')] },
  { text: 'Het contact met Amira verloopt via een tolk.', expected: [e('name', 'Amira')] },
  { text: 'Na de les bleef Pepijn nog even hangen.', expected: [e('name', 'Pepijn')] },
  { text: 'Volgens meester Hans is ze erg gegroeid.', expected: [e('name', 'Hans')] },
  { text: 'Met Babette en haar moeder heb ik een afspraak gemaakt.', expected: [e('name', 'Babette')] },
  { text: 'Ik heb W. van den Heuvel van Veilig Thuis gesproken.', expected: [e('initials', 'W. van den Heuvel')] },
  { text: 'De jongen (J.) wil niet dat zijn naam genoemd wordt.', expected: [e('initials', 'J.')] },
  // Institutions
  { text: 'Ze zit op het Bonhoeffer College in 3 havo.', expected: [e('institution', 'Bonhoeffer College')] },
  { text: 'Hij gaat naar dagbehandeling bij Lucertis.', expected: [e('institution', 'Lucertis')] },
  { text: 'Na groep 8 gaat ze naar het Sint-Janscollege.', expected: [e('institution', 'Sint-Janscollege')] },
  { text: 'Hij is bekend bij het Catharina Ziekenhuis.', expected: [e('institution', 'Catharina Ziekenhuis')] },
  { text: 'Zijn zusje zit op peuterspeelzaal De Hummeltjes.', expected: [e('institution', 'peuterspeelzaal De Hummeltjes')] },
  // Streets
  { text: 'Ze wonen aan de Vleutenseweg 300 in een bovenwoning.', expected: [e('street_address', 'Vleutenseweg 300')] },
  { text: 'Het gezin woont op de Laan van Vollenhove 12.', expected: [e('street_address', 'Laan van Vollenhove 12')] },
  { text: 'Oma woont in de Kerkstraat, vlak bij de school.', expected: [e('street_address', 'Kerkstraat')] },
  { text: 'Vader zit in een pension op de Prinses Irenestraat 7.', expected: [e('street_address', 'Prinses Irenestraat 7')] },
  // Places
  { text: 'Het gezin woont in Almelo.', expected: [e('place', 'Almelo')] },
  { text: 'Ze komen uit Den Bosch en zijn naar Breda verhuisd.', expected: [e('place', 'Den Bosch'), e('place', 'Breda')] },
  { text: 'Hij woont in Rotterdam Zuid, in Charlois.', expected: [e('place', 'Rotterdam Zuid'), e('place', 'Charlois')] },
  { text: 'Moeder woont in een dorpje bij Winschoten.', expected: [e('place', 'Winschoten')] },
  { text: 'Vader is verhuisd naar Hellevoetsluis.', expected: [e('place', 'Hellevoetsluis')] },
  // Long paragraphs
  {
    text:
      'Ik breng een casus in over Noah (14). Hij woont met zijn moeder en haar nieuwe vriend in Zoetermeer. ' +
      'Zijn vader woont in Marokko. Noah zit op het Oranje Nassau College en spijbelt veel. Zijn mentor, ' +
      'meneer Hoogendoorn, heeft al vaak gebeld, maar moeder neemt niet op. Noah zegt zelf dat hij wil stoppen ' +
      'met school en wil werken bij zijn oom.',
    expected: [
      e('name', 'Noah'),
      e('place', 'Zoetermeer'),
      e('institution', 'Oranje Nassau College'),
      e('name', 'Hoogendoorn'),
    ],
  },
  {
    text:
      'Context: meisje van 6, Evi, woont met moeder in een opvang voor vrouwen. Vader heeft een straatverbod. ' +
      'Evi zit op de Willibrordusschool. De moeder is bereikbaar op 0623456789 en via evi.mama@hotmail.com. ' +
      'Het eerste gesprek was op 4 november.',
    expected: [
      e('name', 'Evi'),
      e('institution', 'Willibrordusschool'),
      e('phone', '0623456789'),
      e('email', 'evi.mama@hotmail.com'),
      e('date', '4 november'),
    ],
  },
  {
    text:
      'samenvatting: ik ben de mentor van bas (15). hij woont bij zijn oma in een klein dorp. zijn moeder ' +
      'woont in een beschermde woonvorm. oma heet mevrouw de jong en ze is 78. bas heeft zelf gevraagd om hulp.',
    expected: [e('name', 'bas'), e('name', 'de jong')],
  },
  {
    text:
      'Het gaat over de familie Aydın: vader, moeder en vier kinderen, sinds een jaar in Nijmegen. De oudste, ' +
      'Elif, is 16 en zorgt voor haar broertjes. Ze zit op het Dominicus College en haar leerlingnummer ' +
      'is 20231145. Op 2 oktober 2026 meldde de school zich bij Veilig Thuis.',
    expected: [
      e('name', 'Aydın'),
      e('place', 'Nijmegen'),
      e('name', 'Elif'),
      e('institution', 'Dominicus College'),
      e('client_number', '20231145'),
      e('date', '2 oktober 2026'),
    ],
  },
  // Numbers
  { text: 'BSN 784 447 135 staat in de verwijsbrief.', expected: [e('bsn', '784 447 135')] },
  { text: 'Het telefoonnummer van school is 0546-812345.', expected: [e('phone', '0546-812345')] },
  { text: 'Haar geboortedatum: 11 november 2015.', expected: [e('birth_date', '11 november 2015')] },
  { text: 'Op vrijdag 23 januari was de uithuisplaatsing.', expected: [e('date', '23 januari')] },
  { text: 'Postcode 2034AB, vlak bij het station.', expected: [e('postcode', '2034AB')] },
];

export const HELD_OUT_E_CLEAN: readonly CorpusSentence[] = [
  // Words that look like names
  { text: 'Roos is een bloem en geen naam, zei de juf in de taalles.', expected: [] },
  { text: 'Storm en wind hadden het schoolplein verwoest.', expected: [] },
  { text: 'Hoop geeft moeder de kracht om door te gaan.', expected: [] },
  { text: 'Bos of duin: het maakt hem niet uit.', expected: [] },
  { text: 'Mei is een drukke maand met veel vrije dagen.', expected: [] },
  { text: 'Lente en zomer zijn voor hem de beste tijden.', expected: [] },
  { text: 'Kok, bakker of slager: hij heeft nog geen idee.', expected: [] },
  { text: 'Merel, mus en duif voeren ze op het plein.', expected: [] },
  { text: 'De zon scheen en toch bleef hij binnen.', expected: [] },
  { text: 'Iris, pupil en netvlies zijn onderzocht door de oogarts.', expected: [] },
  // Realistic traps
  { text: 'Hij is fan van PSV en gaat met zijn vader naar de wedstrijden.', expected: [] },
  { text: 'In de vakantie gingen ze naar de Veluwe.', expected: [] },
  { text: 'Ze heeft alle boeken van Dolfje Weerwolfje gelezen.', expected: [] },
  { text: 'Op zondag gaat het gezin naar de moskee.', expected: [] },
  { text: 'Met Koningsdag verkocht hij speelgoed op de vrijmarkt.', expected: [] },
  { text: 'Ze zwemmen graag in de Noordzee.', expected: [] },
  // Days, months
  { text: 'Dinsdag is de drukste dag op school.', expected: [] },
  { text: 'In september is hij begonnen op de nieuwe school.', expected: [] },
  { text: 'Na de kerstvakantie en voor de voorjaarsvakantie ging het goed.', expected: [] },
  // Methods, intervisie
  { text: 'We werken volgens de Socratische methode.', expected: [] },
  { text: 'De Balintmethode helpt om naar de relatie te kijken.', expected: [] },
  { text: 'Oplossingsgericht werken en Signs of Safety vullen elkaar aan.', expected: [] },
  { text: 'De inbrenger kiest een kernvraag en de groep stelt vragen.', expected: [] },
  { text: 'Hij heeft Triple P gedaan en daarna Video-hometraining.', expected: [] },
  // Roles
  { text: 'De juf zegt dat het beter gaat.', expected: [] },
  { text: 'de intern begeleider heeft het dossier opgevraagd', expected: [] },
  { text: 'Meester en juf zijn het eens over de aanpak.', expected: [] },
  { text: 'De wijkagent kent de jongen al jaren.', expected: [] },
  { text: 'Een zuster uit het ziekenhuis heeft de melding gedaan.', expected: [] },
  { text: 'De leerplichtambtenaar nodigt de ouders uit.', expected: [] },
  { text: 'Oma en tante helpen met de opvoeding.', expected: [] },
  // Organisation types
  { text: 'De basisschool heeft een zorgteam.', expected: [] },
  { text: 'Het ikc wil meer samenwerken met de opvang.', expected: [] },
  { text: 'De praktijkondersteuner van de huisarts kent het gezin.', expected: [] },
  { text: 'Een gezinshuis is nog niet gevonden.', expected: [] },
  { text: 'De jeugdinrichting ligt ver van huis.', expected: [] },
  // Chat
  { text: 'dankjewel voor jullie reacties!', expected: [] },
  { text: 'goed punt, daar had ik nog niet aan gedacht', expected: [] },
  { text: 'ik ga het morgen met mijn leidinggevende bespreken', expected: [] },
  { text: 'heeft iemand een goede vragenlijst voor ouders?', expected: [] },
  { text: 'nou ja, we zien wel hoe het loopt', expected: [] },
  { text: 'Achteraf had ik eerder moeten bellen.', expected: [] },
  { text: 'Daarnaast speelt er nog iets.', expected: [] },
  { text: 'Momenteel is er geen hulp.', expected: [] },
  { text: 'Inmiddels is het gezin verhuisd.', expected: [] },
  // Numbers
  { text: 'Ze is 9 jaar en zit in groep 6.', expected: [] },
  { text: 'Het traject duurt 12 weken.', expected: [] },
  { text: 'Om 10.30 uur is de pauze.', expected: [] },
  { text: 'In 2017 is vader vertrokken.', expected: [] },
  { text: 'Hij heeft 2 broers en 1 zus.', expected: [] },
  { text: 'De klas heeft 24 leerlingen.', expected: [] },
  { text: 'Haar cijfer voor Engels is een 6,2.', expected: [] },
  // Countries, languages, apps, brands
  { text: 'De familie komt uit Eritrea en spreekt Tigrinya.', expected: [] },
  { text: 'Vader werkt in België.', expected: [] },
  { text: 'Hij zit veel op TikTok en Instagram.', expected: [] },
  { text: 'Ze spaart voor een telefoon van Samsung.', expected: [] },
  { text: 'Thuis spreken ze Turks en Koerdisch.', expected: [] },
  { text: 'Ze haalt boodschappen bij de Lidl.', expected: [] },
  // Long paragraphs
  {
    text:
      'Een jongen van 11 die steeds vaker boos wordt in de klas. Thuis zijn er financiële problemen en vader is ' +
      'vaak weg. De leerkracht heeft een beloningssysteem geprobeerd. Mijn vraag aan de groep: hoe krijg ik ' +
      'zicht op wat er thuis speelt zonder de ouders af te schrikken?',
    expected: [],
  },
  {
    text:
      'ze is 14 en zit in de tweede klas, ze heeft weinig vriendinnen en wordt soms gepest via de groepsapp, ' +
      'moeder weet ervan maar vindt dat ze het zelf moet oplossen',
    expected: [],
  },
];
