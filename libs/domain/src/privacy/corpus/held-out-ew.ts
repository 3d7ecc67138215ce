/**
 * Held-out batch EW. Written on 2026-12-02 by a writer who read neither the guard's rules nor its
 * README nor the earlier batches; committed before it was measured. Styles: (1) a written casus for
 * intervisie by a jeugdhulpverlener, with the child's background; (2) a written overdracht letter from
 * a basisschool to a middelbare school; (3) written notes of an MDO by an intern begeleider; (4) a
 * written board card summary after the intervisie (agreements and questions); (5) a written letter of
 * a gemeente to parents about a leerlingenvervoer decision; (6) a written email from a
 * pleegzorgbegeleider to the team about a new placement.
 *
 * All names, numbers and addresses are fictitious.
 */
import type { CorpusSentence, ExpectedFinding } from './casus-sentences.js';
import type { PrivacyKind } from '../types.js';

const e = (kind: PrivacyKind, match: string): ExpectedFinding => ({ kind, match });

export const HELD_OUT_EW_IDENTIFYING: readonly CorpusSentence[] = [
  // 1. casus for intervisie by a jeugdhulpverlener
  {
    text: 'Ik wil graag de casus van Milan Verbeek (9) inbrengen, een jongen die sinds de zomer bij zijn oma in Hoogeveen woont.',
    expected: [e('name', 'Milan Verbeek'), e('place', 'Hoogeveen')],
  },
  {
    text: 'Moeder, Samira el Amrani, heeft een lange geschiedenis met huiselijk geweld en woonde tot vorig jaar in de Schilderswijk.',
    expected: [e('name', 'Samira el Amrani'), e('place', 'Schilderswijk')],
  },
  {
    text: 'Vader Kerem Yıldız werkt in ploegendiensten bij Transportbedrijf Nijhof en is volgens moeder nauwelijks thuis.',
    expected: [e('name', 'Kerem Yıldız'), e('institution', 'Transportbedrijf Nijhof')],
  },
  {
    text: 'De jongste, roos, zit in groep 3 en lijkt vooralsnog weinig last te hebben van de spanningen thuis.',
    expected: [e('name', 'roos')],
  },
  {
    text: 'Het gezin woont aan de Tjalkstraat 27 in Leeuwarden en heeft sinds februari een schuldhulpverlener.',
    expected: [e('street_address', 'Tjalkstraat 27'), e('place', 'Leeuwarden')],
  },
  {
    text: 'Mijn vraag aan de groep is hoe ik het vertrouwen van Sterre terugwin nadat ik de melding bij Veilig Thuis heb gedaan.',
    expected: [e('name', 'Sterre')],
  },
  {
    text: 'Opa Hendrik Wiersma belt mij bijna dagelijks op 06-41827730 om te vragen wanneer de kinderen weer bij hem mogen logeren.',
    expected: [e('name', 'Hendrik Wiersma'), e('phone', '06-41827730')],
  },
  {
    text: 'Anouschka Pinas, de moeder van Jaylano, is zelf opgegroeid in een pleeggezin en heeft weinig netwerk in de stad.',
    expected: [e('name', 'Anouschka Pinas'), e('name', 'Jaylano')],
  },
  {
    text: 'Het dossier staat bij ons geregistreerd onder cliëntnummer JH-208415 en loopt inmiddels ruim twee jaar.',
    expected: [e('client_number', 'JH-208415')],
  },
  {
    text: 'Sinds de scheiding in maart verblijft Dawit Tesfay om het weekend bij zijn vader in Zwolle-Zuid.',
    expected: [e('name', 'Dawit Tesfay'), e('place', 'Zwolle-Zuid')],
  },
  {
    text: 'Toen ik op huisbezoek kwam, deed de oudste zus Hodan open en zei dat Abdirahman al drie dagen niet naar school was geweest.',
    expected: [e('name', 'Hodan'), e('name', 'Abdirahman')],
  },
  {
    text: 'De SMW\'er van de school, Lieke Boersma, gaf aan dat zij zich al sinds groep 5 zorgen maakt over de hygiëne van Wessel.',
    expected: [e('name', 'Lieke Boersma'), e('name', 'Wessel')],
  },
  {
    text: 'Vader (M. Kowalski) spreekt beperkt Nederlands, waardoor gesprekken met een tolk Pools verlopen en veel informatie blijft hangen.',
    expected: [e('initials', 'M. Kowalski')],
  },
  {
    text: 'Oksana Melnyk is in 2022 met haar twee dochters uit Charkiv gevlucht en woont nu in een flat in Assen-Oost.',
    expected: [e('name', 'Oksana Melnyk'), e('place', 'Charkiv'), e('place', 'Assen-Oost')],
  },
  {
    text: 'Jade heeft op 14 oktober in de klas verteld dat haar stiefvader haar een keer met een riem heeft geslagen.',
    expected: [e('name', 'Jade'), e('date', '14 oktober')],
  },
  {
    text: 'De huisarts, dokter Van Leeuwen van Huisartsenpraktijk De Linde, heeft de blauwe plekken op de rug gedocumenteerd.',
    expected: [e('name', 'Van Leeuwen'), e('institution', 'Huisartsenpraktijk De Linde')],
  },
  {
    text: 'Ik twijfel of ik de zorgen over Mees met zijn vader, meneer De Haan, moet delen voordat het OT er ligt.',
    expected: [e('name', 'Mees'), e('name', 'De Haan')],
  },
  {
    text: 'Broertje Youssef Bakkali (geboren 3 mei 2016) laat thuis veel agressie zien en slaapt volgens moeder slecht.',
    expected: [e('name', 'Youssef Bakkali'), e('birth_date', '3 mei 2016')],
  },
  {
    text: 'Moeder is bereikbaar via anouk.visser84@gmail.com, maar reageert meestal pas na een paar dagen op berichten.',
    expected: [e('email', 'anouk.visser84@gmail.com')],
  },
  {
    text: 'Wat mij raakt is dat Noor tegen mij zei dat ze liever bij tante Shirley in Paramaribo zou wonen dan hier.',
    expected: [e('name', 'Noor'), e('name', 'Shirley'), e('place', 'Paramaribo')],
  },
  {
    text: 'De jeugdbeschermer, Ruud Smit, wil de ondertoezichtstelling verlengen, terwijl moeder daar fel op tegen is.',
    expected: [e('name', 'Ruud Smit')],
  },
  {
    text: 'Stiefvader Jermaine Martina heeft een contactverbod en mag niet meer komen op de Oranjelaan 4 in Barendrecht.',
    expected: [e('name', 'Jermaine Martina'), e('street_address', 'Oranjelaan 4'), e('place', 'Barendrecht')],
  },

  // 2. overdracht letter from a basisschool to a middelbare school
  {
    text: 'Hierbij dragen wij de gegevens over van Lotte Hiemstra, leerling van groep 8b van obs De Tweemaster in Drachten.',
    expected: [e('name', 'Lotte Hiemstra'), e('institution', 'obs De Tweemaster'), e('place', 'Drachten')],
  },
  {
    text: 'Naam leerling: Ilias Ouali, geboortedatum 22-08-2013, leerlingnummer 4471920.',
    expected: [e('name', 'Ilias Ouali'), e('birth_date', '22-08-2013'), e('client_number', '4471920')],
  },
  {
    text: 'Bij Fenna is in groep 6 dyslexie vastgesteld door Praktijk Letterlijk; het verslag is als bijlage toegevoegd.',
    expected: [e('name', 'Fenna'), e('institution', 'Praktijk Letterlijk')],
  },
  {
    text: 'De ouders, Bart en Marieke Dijkstra-Post, zijn betrokken en willen graag een warme overdracht met de mentor.',
    expected: [e('name', 'Bart'), e('name', 'Marieke Dijkstra-Post')],
  },
  {
    text: 'Voor vragen kunt u contact opnemen met onze IB\'er, juf Annemiek Schouten, via 0512-548823 of ib@detweemaster.nl.',
    expected: [e('name', 'Annemiek Schouten'), e('phone', '0512-548823'), e('email', 'ib@detweemaster.nl')],
  },
  {
    text: 'Storm heeft baat bij een vaste plek vooraan in de klas en korte, duidelijke instructies.',
    expected: [e('name', 'Storm')],
  },
  {
    text: 'Het adviesgesprek met Tessa en haar moeder vond plaats op 12 februari en het advies is havo/vwo geworden.',
    expected: [e('name', 'Tessa'), e('date', '12 februari')],
  },
  {
    text: 'Wij adviseren om Nathan Kwakye in de eerste weken extra te laten begeleiden door het zorgteam, omdat overgangen hem veel spanning geven.',
    expected: [e('name', 'Nathan Kwakye')],
  },
  {
    text: 'Adres van het gezin: Kerkpad 9, 8431 BN Oosterwolde.',
    expected: [e('street_address', 'Kerkpad 9'), e('postcode', '8431 BN'), e('place', 'Oosterwolde')],
  },
  {
    text: 'Mei Ling Chen spreekt thuis Mandarijn met haar ouders en heeft in groep 4 een half jaar in de schakelklas gezeten.',
    expected: [e('name', 'Mei Ling Chen')],
  },
  {
    text: 'In overleg met de JGZ-verpleegkundige, mevrouw Terpstra, is ook gekeken naar de gewichtstoename van Daan.',
    expected: [e('name', 'Terpstra'), e('name', 'Daan')],
  },
  {
    text: 'De broer van Amira, Karim, zit al in de tweede klas bij jullie en de ouders hopen dat ze samen kunnen fietsen.',
    expected: [e('name', 'Amira'), e('name', 'Karim')],
  },
  {
    text: 'Met een IQ-score van 81 in het onderzoek van 2023 heeft Bo-Anne Kuipers de cito-toetsen steeds met veel moeite gemaakt.',
    expected: [e('name', 'Bo-Anne Kuipers')],
  },
  {
    text: 'Graag ontvangen wij na de zomer een korte terugkoppeling over Jesse en Sem op info@bsdekompas.nl.',
    expected: [e('name', 'Jesse'), e('name', 'Sem'), e('email', 'info@bsdekompas.nl')],
  },
  {
    text: 'Sinds de verhuizing naar de Beatrixstraat 41 in Emmeloord komt Thijs vaker te laat en lijkt hij moe.',
    expected: [e('street_address', 'Beatrixstraat 41'), e('place', 'Emmeloord'), e('name', 'Thijs')],
  },
  {
    text: 'Esra Demir heeft een OPP gehad voor rekenen, met een uitstroomniveau van vmbo-kader.',
    expected: [e('name', 'Esra Demir')],
  },
  {
    text: 'Vader, dhr. P. van der Berg, heeft alleen beperkt gezag en ontvangt daarom geen kopie van dit overdrachtsformulier.',
    expected: [e('initials', 'P. van der Berg')],
  },
  {
    text: 'Julia heeft in groep 7 logopedie gehad bij Logopediepraktijk Spreekwijs in verband met haar taalontwikkelingsstoornis.',
    expected: [e('name', 'Julia'), e('institution', 'Logopediepraktijk Spreekwijs')],
  },
  {
    text: 'Opmerking van de leerkracht, meester Wouter: Liam werkt het best met een koptelefoon op tijdens zelfstandig werken.',
    expected: [e('name', 'Wouter'), e('name', 'Liam')],
  },
  {
    text: 'Binnen het gezin Abdi is sprake van veel zorgen; moeder Faduma heeft ons gevraagd dit niet in het dossier op te nemen.',
    expected: [e('name', 'Abdi'), e('name', 'Faduma')],
  },
  {
    text: 'De eindtoetsscore van Kiki Vos was 538, wat past bij het gegeven advies vmbo-tl.',
    expected: [e('name', 'Kiki Vos')],
  },
  {
    text: 'Ouders zijn het best bereikbaar op het mobiele nummer van moeder, 06 23 48 91 07, na vijf uur.',
    expected: [e('phone', '06 23 48 91 07')],
  },

  // 3. notes of an MDO by an intern begeleider
  {
    text: 'Aanwezig bij het MDO: IB\'er Gerda Mulder, SMW\'er Yusuf Arslan, moeder en de jeugdverpleegkundige.',
    expected: [e('name', 'Gerda Mulder'), e('name', 'Yusuf Arslan')],
  },
  {
    text: 'Casus: Tygo Brinkman, groep 5, veel ziekteverzuim en signalen van emotionele verwaarlozing.',
    expected: [e('name', 'Tygo Brinkman')],
  },
  {
    text: 'Moeder vertelt dat Floor sinds de kerstvakantie slecht slaapt en vaak huilend wakker wordt.',
    expected: [e('name', 'Floor')],
  },
  {
    text: 'Afspraak: Y.A. neemt voor 20 maart contact op met het wijkteam in Kanaleneiland over een gezinscoach.',
    expected: [e('initials', 'Y.A.'), e('date', '20 maart'), e('place', 'Kanaleneiland')],
  },
  {
    text: 'Mw. Boateng geeft aan dat zij de brieven van school niet kan lezen en vraagt of alles voortaan mondeling kan.',
    expected: [e('name', 'Boateng')],
  },
  {
    text: 'De schoolarts van de GGD, dr. Lammers, ziet geen medische oorzaak voor de buikpijnklachten van Isa.',
    expected: [e('name', 'Lammers'), e('name', 'Isa')],
  },
  {
    text: 'Leerlingnummer 2039-117 is in het systeem gekoppeld aan een verkeerde ouder; Gerda past dit aan.',
    expected: [e('client_number', '2039-117'), e('name', 'Gerda')],
  },
  {
    text: 'Vader was telefonisch aanwezig vanaf zijn werk en gaf als nieuw nummer 06-87120453 door.',
    expected: [e('phone', '06-87120453')],
  },
  {
    text: 'Besproken is dat Ayaan Hussein vanaf volgende week twee middagen per week naar de plusklas gaat.',
    expected: [e('name', 'Ayaan Hussein')],
  },
  {
    text: 'Zorg over thuissituatie: oma Wilhelmina de Graaf is overleden en Ruben heeft daarna bijna niets meer gezegd in de klas.',
    expected: [e('name', 'Wilhelmina de Graaf'), e('name', 'Ruben')],
  },
  {
    text: 'De ambulant begeleider van Cluster 4, Sanne Hoekstra, komt op 9 april observeren in groep 6.',
    expected: [e('name', 'Sanne Hoekstra'), e('date', '9 april')],
  },
  {
    text: 'Moeder heeft inmiddels een afspraak bij Kinderpraktijk Zonnebloem in Veenendaal voor een ADHD-onderzoek.',
    expected: [e('institution', 'Kinderpraktijk Zonnebloem'), e('place', 'Veenendaal')],
  },
  {
    text: 'Ik heb na het MDO nog kort met mark gesproken over zijn boosheid op het schoolplein.',
    expected: [e('name', 'mark')],
  },
  {
    text: 'Actiepunt voor juf Hanneke: een beloningssysteem opzetten samen met de ouders van Dex.',
    expected: [e('name', 'Hanneke'), e('name', 'Dex')],
  },
  {
    text: 'Familie Nguyen woont tijdelijk bij een oom op de Prinsengracht 112 totdat de nieuwe woning klaar is.',
    expected: [e('name', 'Nguyen'), e('street_address', 'Prinsengracht 112')],
  },
  {
    text: 'De leerplichtambtenaar, Erik Jansen, ontvangt een kopie van dit verslag in verband met het verzuim van Lina.',
    expected: [e('name', 'Erik Jansen'), e('name', 'Lina')],
  },
  {
    text: 'Vraag van moeder (Tatiana Horvat): kan Mila volgend schooljaar in dezelfde klas blijven als haar tweelingzus Lara?',
    expected: [e('name', 'Tatiana Horvat'), e('name', 'Mila'), e('name', 'Lara')],
  },
  {
    text: 'BSN van de leerling is opgevraagd voor de aanvraag arrangement: 237519409.',
    expected: [e('bsn', '237519409')],
  },
  {
    text: 'Conclusie: Hamza Tahiri wordt aangemeld bij het samenwerkingsverband voor een onderwijsarrangement.',
    expected: [e('name', 'Hamza Tahiri')],
  },
  {
    text: 'Na de vergadering stuurde ik de notulen naar p.dewit@jeugdteamnoord.nl ter controle.',
    expected: [e('email', 'p.dewit@jeugdteamnoord.nl')],
  },
  {
    text: 'Volgende MDO gepland op 15 mei, dan schuift ook de opvoedcoach van Sophie en Bram aan.',
    expected: [e('date', '15 mei'), e('name', 'Sophie'), e('name', 'Bram')],
  },
  {
    text: 'Terugkoppeling aan ouders door Priya Ramdin, de mentor, uiterlijk vrijdag via een telefoontje.',
    expected: [e('name', 'Priya Ramdin')],
  },

  // 4. board card summary after the intervisie
  {
    text: 'Afspraak: Marloes belt vóór vrijdag de moeder van Kevin om het huisbezoek in te plannen.',
    expected: [e('name', 'Marloes'), e('name', 'Kevin')],
  },
  {
    text: 'Vraag die open blijft: moet de zorg om Shanice gedeeld worden met de nieuwe school in Almere-Buiten?',
    expected: [e('name', 'Shanice'), e('place', 'Almere-Buiten')],
  },
  {
    text: 'Actie Jeroen: Veilig Thuis raadplegen over de situatie van de kinderen Öztürk.',
    expected: [e('name', 'Jeroen'), e('name', 'Öztürk')],
  },
  {
    text: 'Samenvatting: inbrenger (Fatima) voelt zich klem zitten tussen de wensen van vader en de veiligheid van Rayan.',
    expected: [e('name', 'Fatima'), e('name', 'Rayan')],
  },
  {
    text: 'Afspraak: de familie Oduro krijgt een uitnodiging voor een familiegroepsplan op 2 december.',
    expected: [e('name', 'Oduro'), e('date', '2 december')],
  },
  {
    text: 'Wie neemt contact op met huisarts Visser? Voorstel: Ingrid, omdat zij hem al kent.',
    expected: [e('name', 'Visser'), e('name', 'Ingrid')],
  },
  {
    text: 'Dossiernummer 24-00871 toevoegen aan het verslag, zodat de teamleider het kan terugvinden.',
    expected: [e('client_number', '24-00871')],
  },
  {
    text: 'Kernvraag van Thomas: hoe blijf ik in contact met een vader die elke afspraak afzegt?',
    expected: [e('name', 'Thomas')],
  },
  {
    text: 'Tip uit de groep: laat Yara zelf een tekening maken van haar netwerk, met Selam en haar zusje erbij.',
    expected: [e('name', 'Yara'), e('name', 'Selam')],
  },
  {
    text: 'Afspraak: J.K. vraagt bij de gemeente na of het PGB voor Lucas wordt verlengd.',
    expected: [e('initials', 'J.K.'), e('name', 'Lucas')],
  },
  {
    text: 'Open vraag: mag Desirée het adres van moeder (Vlasakker 18, Ede) doorgeven aan de nieuwe partner?',
    expected: [e('name', 'Desirée'), e('street_address', 'Vlasakker 18'), e('place', 'Ede')],
  },
  {
    text: 'Volgende intervisie: casus van Wendy over de zusjes Wang, inbreng uiterlijk maandag mailen.',
    expected: [e('name', 'Wendy'), e('name', 'Wang')],
  },
  {
    text: 'Besluit: Dirk-Jan overlegt met de gedragswetenschapper of een spoedplaatsing voor Kyan nodig is.',
    expected: [e('name', 'Dirk-Jan'), e('name', 'Kyan')],
  },
  {
    text: 'Aandachtspunt: het telefoonnummer van oma (0591-612047) staat nog niet in het dossier.',
    expected: [e('phone', '0591-612047')],
  },
  {
    text: 'Reflectie van Linda: ik merk dat ik boos word als moeder Ramona weer de schuld bij school legt.',
    expected: [e('name', 'Linda'), e('name', 'Ramona')],
  },
  {
    text: 'Afspraak: de casus van Mohammed al-Hassan wordt over zes weken opnieuw ingebracht.',
    expected: [e('name', 'Mohammed al-Hassan')],
  },
  {
    text: 'Vraag aan de gedragswetenschapper (Marieke): is een IQ-onderzoek voor Jayden zinvol of alleen belastend?',
    expected: [e('name', 'Marieke'), e('name', 'Jayden')],
  },
  {
    text: 'Nog regelen: toestemming van beide ouders voor het gesprek met Stichting Speelkracht in Tilburg.',
    expected: [e('institution', 'Stichting Speelkracht'), e('place', 'Tilburg')],
  },
  {
    text: 'Afspraak: Sibel stuurt het veiligheidsplan naar vader op r.koster1979@outlook.com en belt hem erover.',
    expected: [e('name', 'Sibel'), e('email', 'r.koster1979@outlook.com')],
  },
  {
    text: 'Kort samengevat is de zorg dat Indy na de verhuizing naar Rotterdam-Zuid geen enkele hulp meer heeft.',
    expected: [e('name', 'Indy'), e('place', 'Rotterdam-Zuid')],
  },
  {
    text: 'Wat werkte: Hidde de Jong kreeg tijdens het gesprek een fidget en kon daardoor beter praten.',
    expected: [e('name', 'Hidde de Jong')],
  },
  {
    text: 'Afspraak Anke en Robin: samen op huisbezoek aan de Zeeheldenlaan 63 op 8 januari.',
    expected: [e('name', 'Anke'), e('name', 'Robin'), e('street_address', 'Zeeheldenlaan 63'), e('date', '8 januari')],
  },

  // 5. letter of a gemeente to parents about a leerlingenvervoer decision
  {
    text: 'Geachte heer en mevrouw Kramer, hierbij ontvangt u ons besluit over de aanvraag leerlingenvervoer voor uw zoon Siem.',
    expected: [e('name', 'Kramer'), e('name', 'Siem')],
  },
  {
    text: 'Uw aanvraag is bij ons geregistreerd onder zaaknummer Z-2024-118733.',
    expected: [e('client_number', 'Z-2024-118733')],
  },
  {
    text: 'Wij hebben besloten dat Ravi Jagesar van 1 augustus tot en met het einde van het schooljaar aangepast vervoer krijgt naar SBO De Springplank.',
    expected: [e('name', 'Ravi Jagesar'), e('date', '1 augustus'), e('institution', 'SBO De Springplank')],
  },
  {
    text: 'De taxi haalt uw dochter Zoë elke schooldag om 7.45 uur op bij de Rozenstraat 3 in Winschoten.',
    expected: [e('name', 'Zoë'), e('street_address', 'Rozenstraat 3'), e('place', 'Winschoten')],
  },
  {
    text: 'Uw aanvraag van 4 juni voor een vervoersvoorziening voor Ahmed is afgewezen, omdat de afstand tot school minder dan zes kilometer is.',
    expected: [e('date', '4 juni'), e('name', 'Ahmed')],
  },
  {
    text: 'Geachte mevrouw Bouzid, op basis van het advies van de GGD-arts komt uw kind in aanmerking voor een OV-vergoeding met begeleider.',
    expected: [e('name', 'Bouzid')],
  },
  {
    text: 'Dit besluit is genomen op verzoek van de heer W.J. Hofstra, Herenweg 88, 9251 AC Burgum.',
    expected: [e('initials', 'W.J. Hofstra'), e('street_address', 'Herenweg 88'), e('postcode', '9251 AC'), e('place', 'Burgum')],
  },
  {
    text: 'Heeft u vragen over dit besluit, dan kunt u bellen met uw consulent, mevrouw Bakker, op 050-3671482.',
    expected: [e('name', 'Bakker'), e('phone', '050-3671482')],
  },
  {
    text: 'Het bezwaar moet binnen zes weken worden gestuurd aan het college van burgemeester en wethouders van de gemeente Noordenveld.',
    expected: [e('place', 'Noordenveld')],
  },
  {
    text: 'Vermeld bij uw bezwaar altijd het BSN van Daniël, 418062535, en het kenmerk van deze brief.',
    expected: [e('name', 'Daniël'), e('bsn', '418062535')],
  },
  {
    text: 'Voor Tijn Zwart geldt dat hij vanwege zijn epilepsie niet zelfstandig met de bus kan reizen.',
    expected: [e('name', 'Tijn Zwart')],
  },
  {
    text: 'Met vriendelijke groet, namens het college, drs. A. Veenstra, beleidsmedewerker leerlingenvervoer.',
    expected: [e('initials', 'A. Veenstra')],
  },
  {
    text: 'Onze consulent heeft op 18 september telefonisch gesproken met de moeder van Imane, mevrouw Chaara.',
    expected: [e('date', '18 september'), e('name', 'Imane'), e('name', 'Chaara')],
  },
  {
    text: 'Omdat Victoria Mensah naar een school voor zeer moeilijk lerende kinderen gaat, vergoeden wij het vervoer volledig.',
    expected: [e('name', 'Victoria Mensah')],
  },
  {
    text: 'Uw dochter Liv wordt samen met drie andere kinderen vervoerd door Taxibedrijf Oosterhof uit Stadskanaal.',
    expected: [e('name', 'Liv'), e('institution', 'Taxibedrijf Oosterhof'), e('place', 'Stadskanaal')],
  },
  {
    text: 'Wijzigingen in het vervoer van Benjamin kunt u doorgeven aan leerlingenvervoer@gemeente-veendam.nl.',
    expected: [e('name', 'Benjamin'), e('email', 'leerlingenvervoer@gemeente-veendam.nl')],
  },
  {
    text: 'Geachte ouders van Gabriël Lewandowski, wij hebben uw aanvraag van 7 juli in behandeling genomen.',
    expected: [e('name', 'Gabriël Lewandowski'), e('date', '7 juli')],
  },
  {
    text: 'De eigen bijdrage voor het vervoer van uw zoon Eelco is vastgesteld op nul euro, omdat uw inkomen onder de grens ligt.',
    expected: [e('name', 'Eelco')],
  },
  {
    text: 'U heeft ons laten weten dat de familie Sedney verhuist naar de Kastanjelaan 15, 2712 GH Zoetermeer.',
    expected: [e('name', 'Sedney'), e('street_address', 'Kastanjelaan 15'), e('postcode', '2712 GH'), e('place', 'Zoetermeer')],
  },
  {
    text: 'Wij vragen u het bijgevoegde formulier voor Hiba Darwish ondertekend terug te sturen naar ons postadres.',
    expected: [e('name', 'Hiba Darwish')],
  },
  {
    text: 'Geachte heer Dimitrov, u krijgt een vergoeding voor het eigen vervoer van Nikola, gebaseerd op 19 cent per kilometer.',
    expected: [e('name', 'Dimitrov'), e('name', 'Nikola')],
  },

  // 6. email from a pleegzorgbegeleider to the team about a new placement
  {
    text: 'Hoi allemaal, vanaf vandaag is Kenzo Wijngaarde (6) geplaatst in het pleeggezin van Gert en Alie Zandstra in Dokkum.',
    expected: [e('name', 'Kenzo Wijngaarde'), e('name', 'Gert'), e('name', 'Alie Zandstra'), e('place', 'Dokkum')],
  },
  {
    text: 'De pleegouders zijn bereikbaar op 06-19384256 en wonen aan de Dorpsstraat 7.',
    expected: [e('phone', '06-19384256'), e('street_address', 'Dorpsstraat 7')],
  },
  {
    text: 'Zijn moeder, Chantal Wijngaarde, heeft begeleide omgang op woensdagmiddag op ons kantoor.',
    expected: [e('name', 'Chantal Wijngaarde')],
  },
  {
    text: 'Team, even een update: de plaatsing van Amani en haar broertje Efrem is rond, zij gaan naar een netwerkpleeggezin bij hun tante.',
    expected: [e('name', 'Amani'), e('name', 'Efrem')],
  },
  {
    text: 'Het cliëntnummer van Efrem is 770315 en dat van Amani 770316, graag beide op de planning zetten.',
    expected: [e('name', 'Efrem'), e('client_number', '770315'), e('name', 'Amani'), e('client_number', '770316')],
  },
  {
    text: 'Tante Senait Ghebremedhin spreekt goed Nederlands en werkt als verpleegkundige in het Martini Ziekenhuis.',
    expected: [e('name', 'Senait Ghebremedhin'), e('institution', 'Martini Ziekenhuis')],
  },
  {
    text: 'Wil iemand vrijdag de overdracht met de gezinsvoogd, Koen Veldman, overnemen, want ik ben dan vrij?',
    expected: [e('name', 'Koen Veldman')],
  },
  {
    text: 'Kleine correctie op mijn vorige mail: het mailadres van de pleegmoeder is h.tuinstra@ziggo.nl en niet hotmail.',
    expected: [e('email', 'h.tuinstra@ziggo.nl')],
  },
  {
    text: 'Sara-Lynn is gisteravond met de politie uit huis gehaald en slaapt voorlopig bij crisispleeggezin Koopmans.',
    expected: [e('name', 'Sara-Lynn'), e('name', 'Koopmans')],
  },
  {
    text: 'Geboortedatum van de jongen is 30-11-2019 en hij zit op kinderdagverblijf Het Kabouterhuis in Heerenveen.',
    expected: [e('birth_date', '30-11-2019'), e('institution', 'kinderdagverblijf Het Kabouterhuis'), e('place', 'Heerenveen')],
  },
  {
    text: 'Vader Andrzej Nowak is het niet eens met de plaatsing en heeft een advocaat ingeschakeld.',
    expected: [e('name', 'Andrzej Nowak')],
  },
  {
    text: 'Graag jullie aandacht voor Dani, die veel nachtmerries heeft; de pleegouders vragen of Evelien een keer wil meekijken.',
    expected: [e('name', 'Dani'), e('name', 'Evelien')],
  },
  {
    text: 'Post voor de pleegouders graag sturen naar Wilgenhof 22, 9203 KP Drachten, niet naar het oude adres.',
    expected: [e('street_address', 'Wilgenhof 22'), e('postcode', '9203 KP'), e('place', 'Drachten')],
  },
  {
    text: 'Ik heb met juf bianca van groep 2 afgesproken dat Jurre de eerste week alleen ochtenden komt.',
    expected: [e('name', 'bianca'), e('name', 'Jurre')],
  },
  {
    text: 'Het BSN van Timo (603927142) heb ik doorgegeven aan de zorgverzekeraar voor de overschrijving.',
    expected: [e('name', 'Timo'), e('bsn', '603927142')],
  },
  {
    text: 'Fijn nieuws: Wang Hui en haar man Budi Santoso zijn goedgekeurd als pleeggezin en kunnen in januari een kind opnemen.',
    expected: [e('name', 'Wang Hui'), e('name', 'Budi Santoso')],
  },
  {
    text: 'De zussen Tamara en Chelsey Martis zien hun moeder voorlopig eens per twee weken onder begeleiding.',
    expected: [e('name', 'Tamara'), e('name', 'Chelsey Martis')],
  },
  {
    text: 'Bij de plaatsing is afgesproken dat oma Truus de Vries elke zondag mag bellen met Fleur.',
    expected: [e('name', 'Truus de Vries'), e('name', 'Fleur')],
  },
  {
    text: 'Zouden jullie Olek Kravchenko willen toevoegen aan het overzicht van lopende plaatsingen, dossier PZ-4417?',
    expected: [e('name', 'Olek Kravchenko'), e('client_number', 'PZ-4417')],
  },
  {
    text: 'Ik ben vanaf 23 december op vakantie; vragen over Nova kunnen naar mijn collega Saskia via 06-52907718.',
    expected: [e('date', '23 december'), e('name', 'Nova'), e('name', 'Saskia'), e('phone', '06-52907718')],
  },
  {
    text: 'Hartelijke groet en een fijn weekend, Ellen Bouma, pleegzorgbegeleider.',
    expected: [e('name', 'Ellen Bouma')],
  },
];

export const HELD_OUT_EW_CLEAN: readonly CorpusSentence[] = [
  // 1. casus for intervisie by a jeugdhulpverlener
  { text: 'Ik breng een casus in over een meisje van 11 dat sinds de scheiding van haar ouders nauwelijks meer praat.', expected: [] },
  { text: 'Moeder werkt drie dagen per week als schoonmaakster en vader is al jaren niet meer in beeld.', expected: [] },
  { text: 'Het gezin woont in een krappe huurwoning, waarbij de kinderen met z\'n drieën één slaapkamer delen.', expected: [] },
  { text: 'Er komt storm aan in dit gezin, zo voelde het toen ik vorige week voor het eerst op huisbezoek ging.', expected: [] },
  { text: 'In de tuin staat een verwaarloosde roos en verder liggen er vooral kapotte fietsen en vuilniszakken.', expected: [] },
  { text: 'Hoop doet leven, zei moeder, toen ik vroeg hoe zij de komende maanden zonder inkomen wil overbruggen.', expected: [] },
  { text: 'De jongen is 15 jaar, zit in de derde klas van het vmbo en spijbelt gemiddeld twee dagen per week.', expected: [] },
  { text: 'Mijn leervraag is hoe ik omga met een vader die zich steeds als slachtoffer van de hulpverlening opstelt.', expected: [] },
  { text: 'Veilig Thuis heeft de melding in behandeling genomen en een onderzoek gestart naar de veiligheid van de kinderen.', expected: [] },
  { text: 'Oma is de belangrijkste steunfiguur, maar zij is zelf ziek en kan steeds minder voor de kinderen doen.', expected: [] },
  { text: 'Het meisje vertelde dat ze op haar kamer een vos heeft getekend, omdat die slim is en zich goed kan verstoppen.', expected: [] },
  { text: 'De Raad voor de Kinderbescherming onderzoekt op dit moment of een ondertoezichtstelling nodig is.', expected: [] },
  { text: 'Moeder is in haar jeugd zelf uit huis geplaatst en vertrouwt jeugdzorg daardoor helemaal niet.', expected: [] },
  { text: 'Sinds de zomer is de jongen 2 kilo afgevallen en de JGZ-arts wil hem over een maand opnieuw wegen.', expected: [] },
  { text: 'Wat ik lastig vind, is dat de kinderen loyaal zijn aan vader en niets willen vertellen over wat er thuis gebeurt.', expected: [] },
  { text: 'De stiefvader werkt als bakker en vertrekt elke nacht om drie uur, waardoor moeder de ochtenden alleen draait.', expected: [] },
  { text: 'De buurvrouw heeft twee keer de politie gebeld vanwege harde ruzies in de avonduren.', expected: [] },
  { text: 'Tijdens het gesprek keek het jongetje steeds naar de haan op de kalender aan de muur.', expected: [] },
  { text: 'Er is sprake van schulden bij het CJIB en de energieleverancier, samen ruim achtduizend euro.', expected: [] },
  { text: 'De kinderen zijn volgens de school vaak hongerig op maandag en nemen geen lunch mee.', expected: [] },
  { text: 'Ik merk dat ik na elk huisbezoek uitgeput ben en dat wil ik graag met de groep onderzoeken.', expected: [] },
  { text: 'Het jongste kind is 3 jaar en gaat nog niet naar de peuteropvang, omdat moeder niemand vertrouwt.', expected: [] },

  // 2. overdracht letter from a basisschool to a middelbare school
  { text: 'Hierbij ontvangt u het overdrachtsdossier van een leerling uit groep 8 die na de zomer bij u start.', expected: [] },
  { text: 'De leerling heeft een eigen leerlijn voor rekenen gevolgd en werkt op het niveau van eind groep 6.', expected: [] },
  { text: 'Het schooladvies is vmbo-kader met de aantekening dat de basisberoepsgerichte leerweg ook passend kan zijn.', expected: [] },
  { text: 'Hij werkt graag samen, maar raakt snel afgeleid als er veel geluid is in het lokaal.', expected: [] },
  { text: 'De ouders zijn gescheiden en hebben allebei gezag; beide ouders ontvangen een kopie van dit formulier.', expected: [] },
  { text: 'Ze heeft in groep 5 een jaar gedoubleerd vanwege een grote achterstand in technisch lezen.', expected: [] },
  { text: 'De juf van groep 8 geeft aan dat hij sociaal sterk is en veel vrienden heeft in de klas.', expected: [] },
  { text: 'Er is een dyslexieverklaring aanwezig en de leerling maakt gebruik van voorleessoftware en extra tijd.', expected: [] },
  { text: 'Tijdens de eindtoets was zij een dag ziek en heeft zij de toets later in de herkansing gemaakt.', expected: [] },
  { text: 'De leerling leest graag over sterren en planeten en heeft een spreekbeurt gehouden over de zon.', expected: [] },
  { text: 'Met een digitaal oefenprogramma werkt hij dagelijks 20 minuten met het automatiseren van de tafels.', expected: [] },
  { text: 'Wij adviseren om de leerling in de brugklas een vaste mentor te geven en wisselingen in het rooster vooraf te bespreken.', expected: [] },
  { text: 'Zij heeft angstklachten en is in behandeling geweest bij de GGZ, wat volgens ouders goed heeft geholpen.', expected: [] },
  { text: 'Het verzuim was dit schooljaar 14 dagen, voornamelijk door ziekte in de wintermaanden.', expected: [] },
  { text: 'Zij draagt altijd een groen armbandje van jade dat ze van haar oma heeft gekregen.', expected: [] },
  { text: 'Thuis wordt Arabisch en Nederlands gesproken, en moeder volgt zelf een taalcursus.', expected: [] },
  { text: 'Graag vernemen wij na de herfstvakantie hoe de eerste weken in de brugklas zijn verlopen.', expected: [] },
  { text: 'In groep 7 is hij bij een vechtpartij op het plein betrokken geweest, daarna zijn er geen incidenten meer geweest.', expected: [] },
  { text: 'Zij zit op jazzballet en zingt in een koor, wat haar veel zelfvertrouwen geeft.', expected: [] },
  { text: 'Het IQ-onderzoek gaf een totaal-IQ van 112, met een opvallend sterke verbale score.', expected: [] },
  { text: 'De moeder is alleenstaand en werkt in de nachtdienst, waardoor zij overdag niet altijd bereikbaar is.', expected: [] },
  { text: 'Het kind komt elke ochtend om 8.30 uur met de fiets en is nooit te laat.', expected: [] },

  // 3. notes of an MDO by an intern begeleider
  { text: 'Aanwezig: de IB\'er, de leerkracht van groep 4, de schoolmaatschappelijk werker en beide ouders.', expected: [] },
  { text: 'Aanleiding voor dit MDO is de toenemende onrust in de klas en het verzuim van de afgelopen maand.', expected: [] },
  { text: 'Moeder geeft aan dat de leerling thuis vaak woedeaanvallen heeft, vooral na schooltijd.', expected: [] },
  { text: 'De jeugdverpleegkundige van de GGD heeft het kind gewogen en gemeten; de groeicurve is normaal.', expected: [] },
  { text: 'Afspraak: de leerkracht houdt twee weken een observatielijst bij tijdens de rekenles.', expected: [] },
  { text: 'Het SMW biedt vader drie gesprekken aan over opvoedingsvragen en grenzen stellen.', expected: [] },
  { text: 'Besproken is of een aanmelding bij het wijkteam wenselijk is; ouders willen hier eerst over nadenken.', expected: [] },
  { text: 'De leerling krijgt een wiebelkussen en mag na elk instructiemoment even naar de gang.', expected: [] },
  { text: 'Vraag aan de jeugdarts: kan de vermoeidheid samenhangen met het medicijngebruik?', expected: [] },
  { text: 'Volgend overleg over zes weken, in dezelfde samenstelling en met de nieuwe observaties erbij.', expected: [] },
  { text: 'Vader werkt als boer en de leerling helpt na schooltijd mee met melken, ook op doordeweekse avonden.', expected: [] },
  { text: 'De mees op het schoolplein is het favoriete onderwerp van de leerling; hij tekent het vogeltje in elk schrift.', expected: [] },
  { text: 'Zorg: de leerling zegt dat er thuis vaak ruzie is en dat hij dan onder zijn bed kruipt.', expected: [] },
  { text: 'De wijkagent heeft laten weten dat er een zorgmelding over het gezin is binnengekomen.', expected: [] },
  { text: 'Conclusie: er is onvoldoende zicht op de thuissituatie en er wordt overlegd met Veilig Thuis.', expected: [] },
  { text: 'Het verzuim wordt gemeld bij DUO en de leerplichtambtenaar, zoals de wet voorschrijft.', expected: [] },
  { text: 'Actie voor de IB\'er: het groeidocument aanvullen en sturen naar het samenwerkingsverband.', expected: [] },
  { text: 'In januari wordt opnieuw getoetst; als de achterstand groter is geworden, volgt een onderzoeksaanvraag.', expected: [] },
  { text: 'Moeder vertelt dat het kind elke avond 3 keer uit bed komt en pas rond elf uur slaapt.', expected: [] },
  { text: 'De leerkracht merkt op dat de leerling het beste functioneert in een klein groepje van vier kinderen.', expected: [] },
  { text: 'Vader geeft aan dat hij het onterecht vindt dat school zich met de opvoeding bemoeit.', expected: [] },
  { text: 'Het kind is vaak te laat, meestal tussen 8.45 en 9.00 uur, en heeft dan niet ontbeten.', expected: [] },

  // 4. board card summary after the intervisie
  { text: 'Afspraak: de inbrenger belt vóór vrijdag met de moeder om het huisbezoek te plannen.', expected: [] },
  { text: 'Kernvraag: hoe houd ik de balans tussen betrokkenheid en professionele afstand?', expected: [] },
  { text: 'Open vraag: wanneer deel je zorgen met de school zonder toestemming van ouders?', expected: [] },
  { text: 'Tip uit de groep: gebruik het drie-huizenmodel om met het kind over thuis te praten.', expected: [] },
  { text: 'Afspraak: de casus komt over zes weken terug op de agenda van de intervisie.', expected: [] },
  { text: 'Reflectie: ik heb te snel oplossingen aangedragen en te weinig doorgevraagd.', expected: [] },
  { text: 'Besluit: de gedragswetenschapper wordt betrokken voor een risicotaxatie met de LIRIK.', expected: [] },
  { text: 'Wat werkte: eerst het verhaal van vader laten vertellen en pas daarna de zorgen benoemen.', expected: [] },
  { text: 'Aandachtspunt: de moeder heeft een licht verstandelijke beperking, dus korte zinnen en visuele ondersteuning gebruiken.', expected: [] },
  { text: 'Actie: navragen of het gezin al bekend is bij de schuldhulpverlening van de gemeente.', expected: [] },
  { text: 'Vraag aan de teamleider: mag de inbrenger de casus overdragen als de werkrelatie vastloopt?', expected: [] },
  { text: 'Hoop en zorg lagen in dit gesprek dicht bij elkaar, vatte de voorzitter samen.', expected: [] },
  { text: 'Afspraak: iedereen leest voor de volgende keer het hoofdstuk over oplossingsgericht werken.', expected: [] },
  { text: 'Storm in een glas water of echt zorgelijk? Daarover bleef de groep verdeeld.', expected: [] },
  { text: 'Inzicht: de jongen van 12 heeft meer nodig dan praatjes, hij heeft een vaste volwassene nodig.', expected: [] },
  { text: 'Open vraag: is een netwerkberaad haalbaar als de familie onderling niet met elkaar praat?', expected: [] },
  { text: 'Afspraak: de begeleider checkt 2 keer per week of de kinderen op school zijn geweest.', expected: [] },
  { text: 'Samenvatting: de groep adviseert om de meldcode stap voor stap samen met de aandachtsfunctionaris te doorlopen.', expected: [] },
  { text: 'Volgende stap: een gezamenlijk gesprek met de voogd en de pleegouders, uiterlijk in maart.', expected: [] },
  { text: 'Wat we meenemen: benoem steeds wat goed gaat, ook als het nog zo klein is.', expected: [] },
  { text: 'Vraag: hoe reageer je als een kind van 9 je vraagt om een geheim te bewaren?', expected: [] },
  { text: 'Afspraak: de werkwijze Signs of Safety gebruiken bij het volgende huisbezoek.', expected: [] },

  // 5. letter of a gemeente to parents about a leerlingenvervoer decision
  { text: 'Geachte ouder of verzorger, hierbij ontvangt u ons besluit over uw aanvraag voor leerlingenvervoer.', expected: [] },
  { text: 'Uw kind komt in aanmerking voor aangepast vervoer, omdat de afstand tot school meer dan zes kilometer bedraagt.', expected: [] },
  { text: 'Wij hebben uw aanvraag afgewezen, omdat uw kind naar ons oordeel zelfstandig met het openbaar vervoer kan reizen.', expected: [] },
  { text: 'De taxi haalt uw kind elke schooldag tussen 7.30 en 8.00 uur op bij uw woonadres.', expected: [] },
  { text: 'Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken.', expected: [] },
  { text: 'Voor het vervoer betaalt u een eigen bijdrage die afhangt van de hoogte van uw inkomen.', expected: [] },
  { text: 'U krijgt een kilometervergoeding van 23 cent per kilometer voor twee retourritten per dag.', expected: [] },
  { text: 'Deze beschikking geldt voor één schooljaar; daarna moet u een nieuwe aanvraag indienen.', expected: [] },
  { text: 'Bij het besluit hebben wij het advies van de GGD-arts over de beperking van uw kind betrokken.', expected: [] },
  { text: 'Wijzigingen in uw adres of in de schooltijden moet u direct aan ons doorgeven.', expected: [] },
  { text: 'Is uw kind ziek, dan meldt u dit uiterlijk om 7.00 uur bij de vervoerder.', expected: [] },
  { text: 'Een begeleider reist mee tot uw kind de nieuwe route zelfstandig kan afleggen, naar verwachting ongeveer drie maanden.', expected: [] },
  { text: 'Wij vergoeden het vervoer naar de dichtstbijzijnde toegankelijke school van de gewenste richting.', expected: [] },
  { text: 'In uw aanvraag gaf u aan dat uw kind in een rolstoel zit; de vervoerder houdt hier rekening mee.', expected: [] },
  { text: 'Bij storm of gladheid kan het vervoer later rijden; de vervoerder laat u dat dan weten.', expected: [] },
  { text: 'Met vriendelijke groet, namens het college van burgemeester en wethouders, de afdeling leerlingenvervoer.', expected: [] },
  { text: 'U heeft recht op een vergoeding voor een OV-abonnement voor uw kind en één begeleider.', expected: [] },
  { text: 'Het is niet toegestaan dat andere kinderen zonder toestemming van de gemeente met de taxi meerijden.', expected: [] },
  { text: 'Wilt u het ondertekende formulier binnen 14 dagen terugsturen in de bijgevoegde antwoordenvelop?', expected: [] },
  { text: 'Ouders die het vervoer zelf regelen, ontvangen de vergoeding achteraf per kwartaal op hun rekening.', expected: [] },
  { text: 'Wij begrijpen dat dit besluit teleurstellend kan zijn en denken graag met u mee over alternatieven.', expected: [] },

  // 6. email from a pleegzorgbegeleider to the team about a new placement
  { text: 'Hoi team, vanaf vandaag is er een nieuwe plaatsing van een jongetje van 6 in een bestandspleeggezin.', expected: [] },
  { text: 'De pleegouders hebben al eerder een kind opgevangen en zijn rustig en duidelijk in hun aanpak.', expected: [] },
  { text: 'Moeder heeft begeleide omgang van een uur, eens per twee weken op kantoor.', expected: [] },
  { text: 'Het kind slaapt slecht, plast weer in bed en wil de eerste nachten met het licht aan slapen.', expected: [] },
  { text: 'Even een update: de crisisplaatsing is omgezet naar een perspectiefbiedende plaatsing.', expected: [] },
  { text: 'Wie kan er woensdag mee naar de overdracht met de jeugdbeschermer? Ik ben die middag vrij.', expected: [] },
  { text: 'De Raad voor de Kinderbescherming heeft een verzoek tot gezagsbeëindiging ingediend bij de rechter.', expected: [] },
  { text: 'Het meisje heeft een knuffel in de vorm van een vos meegenomen en laat die door niemand aanraken.', expected: [] },
  { text: 'In het pleeggezin wonen nog twee eigen kinderen van 10 en 13 jaar en een hond.', expected: [] },
  { text: 'Vader is met de noorderzon vertrokken en mag voorlopig geen contact, tot de Raad haar onderzoek heeft afgerond.', expected: [] },
  { text: 'De pleegmoeder vroeg of wij kunnen helpen bij de aanvraag van de pleegvergoeding.', expected: [] },
  { text: 'De kinderen hebben drie dagen in de crisisopvang gezeten voordat deze plaatsing rond was.', expected: [] },
  { text: 'Graag op de planning: evaluatie na zes weken, samen met de gezinsvoogd en beide ouders.', expected: [] },
  { text: 'De jongen wil later visser worden en gaat met de pleegvader elke zaterdag naar de vijver.', expected: [] },
  { text: 'Het zusje gaat naar een ander pleeggezin, omdat er geen plek was voor twee kinderen samen.', expected: [] },
  { text: 'De pleegouders vragen om een training over traumasensitief opvoeden bij de volgende cursusronde.', expected: [] },
  { text: 'Ik ben de hele kerstvakantie afwezig; mijn collega neemt de lopende plaatsingen over.', expected: [] },
  { text: 'Medicatie: het kind gebruikt 2 keer per dag methylfenidaat en heeft een recept tot eind februari.', expected: [] },
  { text: 'De pleegvader werkt als smid en heeft het kind al laten zien hoe hij hoefijzers maakt.', expected: [] },
  { text: 'Het meisje praat veel over de zee en de zon, misschien herinneringen aan waar ze vroeger woonde.', expected: [] },
  { text: 'Hartelijke groet en alvast een fijn weekend gewenst aan het hele team.', expected: [] },
];
