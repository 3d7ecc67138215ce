/**
 * Held-out batch C. Written on 2026-12-01 after the last change made while looking at batch B, and
 * measured once as it stands: the guard was not changed for it. It gives the final held-out figure
 * in README.md. Styles as in A and B (lowercase chat, dictated run-on text, notes as bullet lists,
 * long casus paragraphs, possessives, streets, places) with new names, places and traps.
 *
 * All names, numbers and addresses are fictitious.
 */
import type { CorpusSentence, ExpectedFinding } from './casus-sentences.js';
import type { PrivacyKind } from '../types.js';

const e = (kind: PrivacyKind, match: string): ExpectedFinding => ({ kind, match });

export const HELD_OUT_C_IDENTIFYING: readonly CorpusSentence[] = [
  // Lowercase chat
  { text: 'tygo is vandaag weer weggelopen van school', expected: [e('name', 'tygo')] },
  { text: 'heeft iemand ervaring met een kind als hamza? hij praat niet op school', expected: [e('name', 'hamza')] },
  { text: 'de moeder van pien wil alleen via de mail contact', expected: [e('name', 'pien')] },
  { text: 'ik heb esmée en haar moeder gesproken', expected: [e('name', 'esmée')] },
  { text: 'juf ilse vindt dat hij naar het sbo moet', expected: [e('name', 'ilse')] },
  { text: 'oma van jelle belde me op zondag!', expected: [e('name', 'jelle')] },
  { text: 'ilyas zegt dat zijn vader hem slaat', expected: [e('name', 'ilyas')] },
  { text: 'zijn mobiel is 0687654321 maar hij neemt nooit op', expected: [e('phone', '0687654321')] },
  { text: 'ze wonen in 1103 bd, flat op de 9e', expected: [e('postcode', '1103 bd')] },
  { text: 'adres: van speijkstraat 3 hoog', expected: [e('street_address', 'van speijkstraat 3')] },
  { text: 'mailadres moeder is dunya_1990@hotmail.nl', expected: [e('email', 'dunya_1990@hotmail.nl')] },
  { text: 'zeynep zit al drie weken thuis met buikpijn', expected: [e('name', 'zeynep')] },
  // Dictated
  {
    text: 'toen ben ik met Fenne naar de gang gegaan en heb ik gevraagd wat er aan de hand was en ze begon te huilen',
    expected: [e('name', 'Fenne')],
  },
  {
    text: 'de vader meneer Bouzian komma heeft toen gezegd dat hij de school gaat aanklagen punt',
    expected: [e('name', 'Bouzian')],
  },
  {
    text: 'zijn geboortedatum is 14 juli 2014 en hij woont sinds kort in Zaandam met zijn moeder en stiefvader',
    expected: [e('birth_date', '14 juli 2014'), e('place', 'Zaandam')],
  },
  {
    text: 'telefoonnummer van de tante is 020 612 34 56 en die wil ook wel meedenken zei ze',
    expected: [e('phone', '020 612 34 56')],
  },
  {
    text: 'meester Ravi van groep zeven heeft het incident gezien en meteen de directeur erbij gehaald',
    expected: [e('name', 'Ravi')],
  },
  // Bullet notes
  { text: '- kind: Kaylee, 7 jaar\n- school: obs De Springplank', expected: [e('name', 'Kaylee'), e('institution', 'obs De Springplank')] },
  { text: '• moeder: Youssra, 28\n• vader: onbekend', expected: [e('name', 'Youssra')] },
  { text: '- woonadres: Jan van Galenstraat 88\n- sinds: 2022', expected: [e('street_address', 'Jan van Galenstraat 88')] },
  { text: '* betrokken: mw. Kramer (IB), dhr. Said (mentor)', expected: [e('name', 'Kramer'), e('name', 'Said')] },
  // Possessives and names in sentences
  { text: "Lars' vader komt nooit naar de oudergesprekken.", expected: [e('name', 'Lars')] },
  { text: "Bente's zusje zit ook op deze school.", expected: [e('name', 'Bente')] },
  { text: 'Merel huilt elke ochtend bij het afscheid.', expected: [e('name', 'Merel')] },
  { text: 'Fleur zit sinds groep 3 bij mij in de klas.', expected: [e('name', 'Fleur')] },
  { text: 'Het broertje van Kai, Yusuf, zit in groep 2.', expected: [e('name', 'Kai'), e('name', 'Yusuf')] },
  { text: 'Ik heb Silvan gevraagd wat hij zelf wil.', expected: [e('name', 'Silvan')] },
  { text: 'Moeder en Noëlla wonen sinds kort bij oma.', expected: [e('name', 'Noëlla')] },
  { text: 'Zijn vriendin Sanne-Lotte werd ook bedreigd.', expected: [e('name', 'Sanne-Lotte')] },
  { text: 'De stiefvader, Patrick Jansen, is bekend bij de politie.', expected: [e('name', 'Patrick Jansen')] },
  { text: 'Mevrouw Öztürk wil een tolk bij het gesprek.', expected: [e('name', 'Öztürk')] },
  { text: 'Het gesprek met Karim verliep beter dan verwacht.', expected: [e('name', 'Karim')] },
  { text: 'Zuster Bernadette van de wijkverpleging kent het gezin.', expected: [e('name', 'Bernadette')] },
  { text: 'Volgens juf Tamara is hij erg teruggetrokken.', expected: [e('name', 'Tamara')] },
  { text: 'Hij speelt vaak bij Thijmen en Jesse thuis.', expected: [e('name', 'Thijmen'), e('name', 'Jesse')] },
  { text: 'De jongste, Sophie, heeft een hartafwijking.', expected: [e('name', 'Sophie')] },
  { text: 'Ik sprak met A. Bakker, de orthopedagoog.', expected: [e('initials', 'A. Bakker')] },
  { text: 'Het meisje, L.M., is 15.', expected: [e('initials', 'L.M.')] },
  // Institutions
  { text: 'Ze zit op basisschool Het Palet in groep 6.', expected: [e('institution', 'basisschool Het Palet')] },
  { text: 'Hij is doorverwezen naar Karakter voor onderzoek.', expected: [e('institution', 'Karakter')] },
  { text: 'Op het Stedelijk Lyceum Zuid gaat het niet goed.', expected: [e('institution', 'Stedelijk Lyceum Zuid')] },
  { text: 'Hij werd opgenomen in het Máxima Medisch Centrum.', expected: [e('institution', 'Máxima Medisch Centrum')] },
  { text: 'Ze gaat naar kinderopvang De Zonnestraal.', expected: [e('institution', 'kinderopvang De Zonnestraal')] },
  // Streets
  { text: 'Het gezin woont aan de Plantage Middenlaan 2.', expected: [e('street_address', 'Plantage Middenlaan 2')] },
  { text: 'Vader woont op de Laan der Verenigde Naties 5.', expected: [e('street_address', 'Laan der Verenigde Naties 5')] },
  { text: 'Ze logeert bij een vriendin op de Groenestraat 210-3.', expected: [e('street_address', 'Groenestraat 210-3')] },
  { text: 'De politie werd gebeld naar de Burgemeester Reigerstraat.', expected: [e('street_address', 'Burgemeester Reigerstraat')] },
  // Places
  { text: 'Het gezin komt uit Veendam.', expected: [e('place', 'Veendam')] },
  { text: 'Hij woont bij zijn opa in Hoogvliet.', expected: [e('place', 'Hoogvliet')] },
  { text: 'Ze wonen in Utrecht, in Kanaleneiland.', expected: [e('place', 'Utrecht'), e('place', 'Kanaleneiland')] },
  { text: 'Vader woont nu in Heerlen-Noord.', expected: [e('place', 'Heerlen-Noord')] },
  { text: 'Moeder werkt in Drachten en de kinderen gaan daar naar school.', expected: [e('place', 'Drachten')] },
  { text: 'Ze zijn van Nieuwegein naar Purmerend verhuisd.', expected: [e('place', 'Nieuwegein'), e('place', 'Purmerend')] },
  // Long casus paragraphs
  {
    text:
      'Inbreng. Het gaat om een meisje van 10, Yasmin, dat sinds de scheiding van haar ouders wisselend bij haar ' +
      'moeder in Almere en haar vader in Lelystad woont. Op school (De Regenboog) valt op dat ze op maandag ' +
      'altijd moe is. Haar vader, Dennis, vindt dat de school overdrijft. Haar moeder is bereikbaar op 06-11223344. ' +
      'Mijn vraag: hoe houd ik beide ouders betrokken zonder partij te kiezen?',
    expected: [
      e('name', 'Yasmin'),
      e('place', 'Almere'),
      e('place', 'Lelystad'),
      e('institution', 'De Regenboog'),
      e('name', 'Dennis'),
      e('phone', '06-11223344'),
    ],
  },
  {
    text:
      'Sinds september begeleid ik een jongen van 16, Jayson, die in een gezinshuis in Assen woont. Zijn moeder ' +
      'is opgenomen en zijn vader is uit beeld. Hij heeft een broer, Damian, die in een jeugdinrichting zit. ' +
      'Jayson is geboren op 22-01-2010 en wordt over een paar jaar achttien. De gezinshuisouder, Wilma, maakt zich ' +
      'zorgen over wat er gebeurt als hij 18 wordt.',
    expected: [
      e('name', 'Jayson'),
      e('place', 'Assen'),
      e('name', 'Damian'),
      e('birth_date', '22-01-2010'),
      e('name', 'Wilma'),
    ],
  },
  {
    text:
      'hoi allemaal. ik wil graag jullie hulp bij een casus over sven (12). hij zit bij mij in de klas en ' +
      'heeft sinds kort een alcoholverslaafde stiefvader in huis. sven zijn moeder, marieke, ontkent het probleem. ' +
      'ik heb al overlegd met de ib en we twijfelen over een melding.',
    expected: [e('name', 'sven'), e('name', 'marieke')],
  },
  {
    text:
      'Context: gezin met drie kinderen, woonachtig op Texel. De middelste, Rosalie, heeft autisme en gaat naar ' +
      'een school op het vasteland. Moeder (mail: r.bakker.texel@gmail.com) wil dat Rosalie thuis onderwijs ' +
      'krijgt. Leerplicht is betrokken sinds 5 november.',
    expected: [
      e('place', 'Texel'),
      e('name', 'Rosalie'),
      e('email', 'r.bakker.texel@gmail.com'),
      e('date', '5 november'),
    ],
  },
  // Numbers, dates, ids
  { text: 'Het dossiernummer bij de Raad is 2024/1187.', expected: [e('client_number', '2024/1187')] },
  { text: 'BSN: 123.456.782 (stond in de bijlage).', expected: [e('bsn', '123.456.782')] },
  { text: 'Postcode en plaats: 8911 AB Leeuwarden.', expected: [e('postcode', '8911 AB'), e('place', 'Leeuwarden')] },
  { text: 'Vader is bereikbaar op +31 6 98765432.', expected: [e('phone', '+31 6 98765432')] },
  { text: 'Het incident was op woensdag 18 maart.', expected: [e('date', '18 maart')] },
  { text: 'Ze is geboren in augustus 2016.', expected: [e('birth_date', 'augustus 2016')] },
];

export const HELD_OUT_C_CLEAN: readonly CorpusSentence[] = [
  // Words that look like names
  { text: 'Merel en kraai: de vogels die hij het mooist vindt.', expected: [] },
  { text: 'Storm is code oranje, dus de school gaat eerder uit.', expected: [] },
  { text: 'Hoop heeft ze niet meer, zegt moeder.', expected: [] },
  { text: 'Roos en tulp stonden op de tekening.', expected: [] },
  { text: 'Bos, strand of speeltuin: hij wil overal naartoe behalve naar huis.', expected: [] },
  { text: 'Sterre is Nederlands voor ster, leerde ze vandaag.', expected: [] },
  { text: 'Mees en vink zaten in de vogelkast op het plein.', expected: [] },
  { text: 'Koning en koningin spelen is haar favoriete spel.', expected: [] },
  { text: 'Jansen & Jansen is de naam van een stripboek.', expected: [] },
  { text: 'Boer zoekt vrouw kijkt het hele gezin samen.', expected: [] },
  { text: 'Visser is een beroep dat in zijn familie veel voorkomt.', expected: [] },
  { text: 'Zomer betekent voor dit gezin vooral stress.', expected: [] },
  // Weekdays, months, seasons
  { text: 'Woensdag is een korte dag, dan is hij om 12 uur thuis.', expected: [] },
  { text: 'Augustus was een rustige maand.', expected: [] },
  { text: 'Van oktober tot maart ging het goed.', expected: [] },
  { text: 'Na Sinterklaas en Kerst begon het verzuim.', expected: [] },
  // Methods, intervisie
  { text: 'We doen vandaag de Met Andere Ogen-methode.', expected: [] },
  { text: 'In de Waarderende methode kijken we naar wat wel werkt.', expected: [] },
  { text: 'De inbrenger formuleert eerst een kernvraag.', expected: [] },
  { text: 'De Gordon-methode en Geweldloze Communicatie zijn bekend in het team.', expected: [] },
  { text: 'Hij heeft PMT en speltherapie gehad.', expected: [] },
  { text: 'Volgens de Jeugdwet en de Wet passend onderwijs is er een zorgplicht.', expected: [] },
  // Roles, professions
  { text: 'De juf belde moeder, maar die nam niet op.', expected: [] },
  { text: 'de meester is ziek dus er is een invaller', expected: [] },
  { text: 'Zuster en dokter kwamen samen langs.', expected: [] },
  { text: 'Een orthopedagoog van het samenwerkingsverband heeft hem geobserveerd.', expected: [] },
  { text: 'De directeur wil geen schorsing.', expected: [] },
  { text: 'De wijkverpleegkundige en de huisarts overleggen wekelijks.', expected: [] },
  { text: 'Oma en opa springen vaak bij.', expected: [] },
  // Organisation types
  { text: 'Een kinderpsychiater van een GGZ-instelling heeft hem gezien.', expected: [] },
  { text: 'De school wil een time-out plek inrichten.', expected: [] },
  { text: 'De opvang sluit om 18.30 uur.', expected: [] },
  { text: 'De praktijk is alleen op maandag open.', expected: [] },
  { text: 'Het gezinshuis ligt buiten de stad.', expected: [] },
  { text: 'de bso de hele week is te veel voor hem', expected: [] },
  // Chat and starters
  { text: 'top, dank je wel voor de tip!', expected: [] },
  { text: 'ik snap wat je bedoelt maar dat heb ik al geprobeerd', expected: [] },
  { text: 'echt heel herkenbaar dit', expected: [] },
  { text: 'zullen we volgende keer verder gaan?', expected: [] },
  { text: 'Natuurlijk wil ik het beste voor hem.', expected: [] },
  { text: 'Opvallend is dat hij thuis wel praat.', expected: [] },
  { text: 'Bovendien is er een wachtlijst.', expected: [] },
  { text: 'Helaas is moeder niet gekomen.', expected: [] },
  { text: 'Sindsdien is het stil.', expected: [] },
  // Numbers
  { text: 'Hij is 11 jaar en zit in groep 7.', expected: [] },
  { text: 'Het gesprek duurde anderhalf uur.', expected: [] },
  { text: 'Ze heeft 2 keer een melding gedaan.', expected: [] },
  { text: 'De les begint om 8.45 uur.', expected: [] },
  { text: 'Sinds 2020 is er hulp.', expected: [] },
  { text: 'Hij haalde 3 voldoendes op 8 toetsen.', expected: [] },
  { text: 'Het kind weegt 25 kilo en is 1,30 meter.', expected: [] },
  // Countries, apps, brands
  { text: 'Vader komt uit Suriname en moeder uit Curaçao.', expected: [] },
  { text: 'Ze praten thuis Pools en een beetje Engels.', expected: [] },
  { text: 'Hij gamet veel op de PlayStation en kijkt Netflix.', expected: [] },
  { text: 'Ze kocht iets bij de Action en de Kruidvat.', expected: [] },
  { text: 'Het gezin is uit Oekraïne gevlucht.', expected: [] },
  { text: 'Ze stuurt haar vriendinnen berichten via Snapchat.', expected: [] },
  // Clean long paragraph
  {
    text:
      'Een meisje van 12 met veel verzuim. Moeder is alleenstaand en werkt veel. De mentor heeft een paar keer ' +
      'gebeld. De jeugdarts ziet geen medische oorzaak. Thuis is het meisje vaak alleen. Mijn vraag: wanneer is ' +
      'dit verwaarlozing en wanneer niet?',
    expected: [],
  },
  {
    text:
      'hij is gewoon heel boos op de wereld en ik weet niet hoe ik daarbij moet aansluiten, de ouders zijn ' +
      'gescheiden en hij woont om de week bij vader en moeder, dat geeft veel onrust.',
    expected: [],
  },
];
