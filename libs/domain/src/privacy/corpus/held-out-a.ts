/**
 * Held-out batch A. Written on 2026-12-01 BEFORE the guard was changed for the "guard quality"
 * issue, in styles the tuning corpus (`casus-sentences.ts`) does not have: lowercase chat-like
 * messages, dictated run-on text without punctuation, long casus paragraphs, possessives, names
 * touching institutions, streets such as "Laan van Meerdervoort 55", places and neighbourhoods,
 * and clean traps (ordinary words that look like names, weekdays and months, method words,
 * professions, organisation types without a name, capitalised sentence starters).
 *
 * Status: this batch was measured once untouched (the "before" figure in README.md) and the
 * guard was then improved while looking at its misses, so it is NOT a clean held-out figure
 * any more. `held-out-b.ts`, written after the guard work was finished, gives the final one.
 *
 * All names, numbers and addresses are fictitious.
 */
import type { CorpusSentence, ExpectedFinding } from './casus-sentences.js';
import type { PrivacyKind } from '../types.js';

const e = (kind: PrivacyKind, match: string): ExpectedFinding => ({ kind, match });

export const HELD_OUT_A_IDENTIFYING: readonly CorpusSentence[] = [
  // Lowercase, chat-like messages
  { text: 'hoi allemaal, kort vraagje over kevin uit mijn klas', expected: [e('name', 'kevin')] },
  { text: 'mohammed was vandaag weer niet op school en moeder neemt niet op', expected: [e('name', 'mohammed')] },
  { text: 'lotte zat de hele ochtend te huilen in de gang', expected: [e('name', 'lotte')] },
  { text: 'ff checken: is het dossier van yasmina al naar de ib?', expected: [e('name', 'yasmina')] },
  { text: 'moeder van kenzo belde net, ze wil een gesprek', expected: [e('name', 'kenzo')] },
  { text: 'ok dus sem en finn hadden weer ruzie op het plein', expected: [e('name', 'sem'), e('name', 'finn')] },
  { text: 'zijn nummer is 0612345679 als je hem wil bellen', expected: [e('phone', '0612345679')] },
  { text: 'postcode is 9712 cp, dat is vlak bij de binnenstad', expected: [e('postcode', '9712 cp')] },
  { text: 'ze wonen op 3514bk ergens driehoog', expected: [e('postcode', '3514bk')] },
  { text: 'mail maar naar sevda.kaya@outlook.com die leest het wel', expected: [e('email', 'sevda.kaya@outlook.com')] },
  { text: 'juf anja zegt dat hij het niet snapt', expected: [e('name', 'anja')] },
  { text: 'ik heb met zuster marloes gebeld over de medicatie', expected: [e('name', 'marloes')] },
  { text: 'chayenne en haar zusje zitten allebei bij mij in de groep', expected: [e('name', 'chayenne')] },
  { text: 'wat vinden jullie, moet ik de moeder van jayden bellen of mailen', expected: [e('name', 'jayden')] },
  { text: 'ze wonen aan de kerkstraat 14 in een huurhuis', expected: [e('street_address', 'kerkstraat 14')] },
  { text: 'btw bsn van t kind is 123456782 stond gewoon in de mail', expected: [e('bsn', '123456782')] },
  // Dictated, run-on text without punctuation
  {
    text: 'dan komt Zofia binnen en die gaat meteen naar de hoek en zegt tegen niemand iets en dan probeer ik contact te maken maar dat lukt niet',
    expected: [e('name', 'Zofia')],
  },
  {
    text: 'toen heb ik meester Joost op De Fontein gebeld want die kent het gezin al jaren',
    expected: [e('name', 'Joost'), e('institution', 'De Fontein')],
  },
  {
    text: 'vader heet Dewi volgens mij of zoiets en hij werkt bij de haven in nachtdiensten',
    expected: [e('name', 'Dewi')],
  },
  {
    text: 'het gesprek was met mevrouw Bakker van de zorgcoördinatie en met de moeder van Emre punt',
    expected: [e('name', 'Bakker'), e('name', 'Emre')],
  },
  {
    text: 'ze woont met haar moeder op de Laan van Meerdervoort 55 in een bovenwoning komma drie hoog',
    expected: [e('street_address', 'Laan van Meerdervoort 55')],
  },
  {
    text: 'het meisje is geboren op vijftien maart tweeduizend zestien nee sorry op 15-03-2016 dus ze is tien',
    expected: [e('birth_date', '15-03-2016')],
  },
  {
    text: 'dus ik bel naar nul zes twaalf nee wacht ik lees het gewoon voor 06 23 45 67 89 en dan neemt oma op',
    expected: [e('phone', '06 23 45 67 89')],
  },
  // Possessives and names in the middle of things
  { text: "Emre's vader wil niet dat er hulp komt.", expected: [e('name', "Emre")] },
  { text: "Kenzo's juf heeft het al drie keer aangekaart.", expected: [e('name', 'Kenzo')] },
  { text: 'Ik heb Yasmina’s moeder uitgenodigd voor een gesprek.', expected: [e('name', 'Yasmina')] },
  { text: 'Daarna sprak ik met Noor haar vader in de gang.', expected: [e('name', 'Noor')] },
  { text: 'Storm zit in groep 5 en wordt gepest om zijn kleding.', expected: [e('name', 'Storm')] },
  { text: 'Roos vertelde in de kring dat haar vader weg is.', expected: [e('name', 'Roos')] },
  { text: 'Chayenne (12) wil niet meer naar huis.', expected: [e('name', 'Chayenne')] },
  { text: 'Het gaat om Sevda, een meisje van 14 dat veel verzuimt.', expected: [e('name', 'Sevda')] },
  { text: 'Zuster Ingrid van de kraamzorg maakte zich zorgen.', expected: [e('name', 'Ingrid')] },
  { text: 'De jongen, Milan Visser, is 16 en woont op kamers.', expected: [e('name', 'Milan Visser')] },
  { text: 'Volgens haar mentor, dhr. Schouten, gaat het beter.', expected: [e('name', 'Schouten')] },
  { text: 'Ik zag Bilal en Ayoub samen wegrennen.', expected: [e('name', 'Bilal'), e('name', 'Ayoub')] },
  { text: 'Opa Henk haalt de kinderen op woensdag op.', expected: [e('name', 'Henk')] },
  { text: 'Juf Petra van groep 3 en meester Rik van groep 4 zien hetzelfde.', expected: [e('name', 'Petra'), e('name', 'Rik')] },
  { text: 'De pleegmoeder, Marjolein de Groot, doet haar best.', expected: [e('name', 'Marjolein de Groot')] },
  { text: 'Hij noemt zichzelf Dex, maar zijn echte naam is anders.', expected: [e('name', 'Dex')] },
  { text: 'Een vriendje van hem, Luuk, heeft hem aangesproken.', expected: [e('name', 'Luuk')] },
  { text: 'Mo en zijn broertje Younes spelen vaak buiten tot laat.', expected: [e('name', 'Mo'), e('name', 'Younes')] },
  { text: 'Met E.J. van Dijk, de voogd, heb ik dit besproken.', expected: [e('initials', 'E.J. van Dijk')] },
  { text: 'Ik noem haar in het vervolg M., dat is makkelijker.', expected: [e('initials', 'M.')] },
  // Institutions in unusual positions
  { text: 'Ze zit nu op een andere school (basisschool De Wilgen) en daar gaat het beter.', expected: [e('institution', 'basisschool De Wilgen')] },
  { text: 'hij zit op obs de klimop in groep 7', expected: [e('institution', 'obs de klimop')] },
  { text: 'Sinds kort gaat hij naar het Vathorst College.', expected: [e('institution', 'Vathorst College')] },
  { text: 'Ze is aangemeld bij (De Bascule) maar de wachtlijst is lang.', expected: [e('institution', 'De Bascule')] },
  { text: 'De huisarts heeft haar doorverwezen naar het Wilhelmina Kinderziekenhuis.', expected: [e('institution', 'Wilhelmina Kinderziekenhuis')] },
  { text: 'Op kinderdagverblijf Het Kabouterhuis viel het de leidster op.', expected: [e('institution', 'kinderdagverblijf Het Kabouterhuis')] },
  // Streets and addresses
  { text: 'Het gezin woont op de Laan van Nieuw Oost-Indië 120.', expected: [e('street_address', 'Laan van Nieuw Oost-Indië 120')] },
  { text: 'Hun adres: Weg naar Laren 12, tweede verdieping.', expected: [e('street_address', 'Weg naar Laren 12')] },
  { text: 'Oma woont aan de Hoofdstraat 3 bis.', expected: [e('street_address', 'Hoofdstraat 3 bis')] },
  { text: 'De politie stond bij hen voor de deur op Oudegracht 201.', expected: [e('street_address', 'Oudegracht 201')] },
  { text: 'Vader zit tijdelijk op een kamer aan de Amsterdamsestraatweg 44-B.', expected: [e('street_address', 'Amsterdamsestraatweg 44-B')] },
  // Places
  { text: 'Ze groeide op in Oude Pekela en verhuisde vorig jaar.', expected: [e('place', 'Oude Pekela')] },
  { text: 'Het gezin woont in Schiedam-Noord, in een portiekflat.', expected: [e('place', 'Schiedam-Noord')] },
  { text: 'Hij zwerft veel rond in Overvecht met oudere jongens.', expected: [e('place', 'Overvecht')] },
  { text: 'Moeder verbleef eerst in het azc in Ter Apel.', expected: [e('place', 'Ter Apel')] },
  { text: 'De familie komt uit Vlaardingen en heeft daar nog veel netwerk.', expected: [e('place', 'Vlaardingen')] },
  { text: 'Ze zijn verhuisd naar een dorp bij Assen, Rolde.', expected: [e('place', 'Assen'), e('place', 'Rolde')] },
  // Long casus paragraphs
  {
    text:
      'Ik breng een casus in over een jongen van elf, ik noem hem hier Tim maar dat is niet zijn naam. ' +
      'Hij woont met zijn moeder en twee zusjes in Lelystad. Sinds de scheiding ziet hij zijn vader, Ruud, ' +
      'alleen nog om het weekend. Op school (CBS De Ark) valt op dat hij zich terugtrekt en in de pauzes alleen ' +
      'rondloopt. Zijn leerkracht, juf Sandra, heeft het gesprek met moeder gezocht, maar die reageert afwerend. ' +
      'Moeder is bereikbaar op 06-44556677 maar neemt zelden op.',
    expected: [
      e('name', 'Tim'),
      e('place', 'Lelystad'),
      e('name', 'Ruud'),
      e('institution', 'CBS De Ark'),
      e('name', 'Sandra'),
      e('phone', '06-44556677'),
    ],
  },
  {
    text:
      'De situatie: een meisje van 15 dat sinds de zomer in een gezinshuis in Emmen woont. Haar moeder heeft ' +
      'psychische problemen en haar stiefvader, Gert-Jan Mulder, heeft een contactverbod. Het meisje heeft ' +
      'een oudere broer, Jorrit, die nog thuis woont aan de Prinsengracht 8. De jeugdbeschermer overweegt een ' +
      'nieuwe plaatsing, maar het meisje wil bij haar vriendin Fenna in de buurt blijven.',
    expected: [
      e('place', 'Emmen'),
      e('name', 'Gert-Jan Mulder'),
      e('name', 'Jorrit'),
      e('street_address', 'Prinsengracht 8'),
      e('name', 'Fenna'),
    ],
  },
  {
    text:
      'Achtergrond. Het gaat om een gezin met vier kinderen. De oudste, Dewi, is 17 en zorgt veel voor de anderen. ' +
      'Vader is in 2022 overleden. Moeder werkt als schoonmaakster. De jongste, Kenzo, zit op peuterspeelzaal ' +
      'Het Speelhuis en heeft een taalachterstand. De school van de middelste twee, de Prins Clausschool, maakt ' +
      'zich zorgen over verzuim. Het e-mailadres dat moeder gebruikt is fam.pinas@ziggo.nl.',
    expected: [
      e('name', 'Dewi'),
      e('name', 'Kenzo'),
      e('institution', 'peuterspeelzaal Het Speelhuis'),
      e('institution', 'Prins Clausschool'),
      e('email', 'fam.pinas@ziggo.nl'),
    ],
  },
  {
    text:
      'mijn vraag gaat over yara (9) die sinds een paar weken heel stil is. haar moeder zegt dat er thuis niks aan ' +
      'de hand is maar yara vertelde aan haar vriendinnetje dat papa haar slaat. de ib-er wil eerst afwachten. ' +
      'ik wil het liefst vandaag nog veilig thuis bellen.',
    expected: [e('name', 'yara')],
  },
  {
    text:
      'Casus in het kort: jongen, 14, woont in Overvecht, zit op het Globe College. Zijn BSN 111222333 stond in ' +
      'de verwijzing. Sinds 3 oktober 2026 is hij geschorst. Ik wil met de groep kijken naar zijn perspectief.',
    expected: [
      e('place', 'Overvecht'),
      e('institution', 'Globe College'),
      e('bsn', '111222333'),
      e('date', '3 oktober 2026'),
    ],
  },
  // Numbers and contact data in new notations
  { text: 'Telefoon vader: +31-6-12 34 56 78 (alleen na werktijd).', expected: [e('phone', '+31-6-12 34 56 78')] },
  { text: 'Postcode 1055 XK, huisnummer weet ik niet meer.', expected: [e('postcode', '1055 XK')] },
  { text: 'Het leerlingnummer (LLN 2024-117) heb ik uit het verslag gehaald.', expected: [e('client_number', '2024-117')] },
  { text: 'Geboren 07/11/2013 in het ziekenhuis van de stad.', expected: [e('birth_date', '07/11/2013')] },
  { text: 'Dat was donderdag 12 november, vlak na de toets.', expected: [e('date', '12 november')] },
];

export const HELD_OUT_A_CLEAN: readonly CorpusSentence[] = [
  // Ordinary words that look like names
  { text: 'Storm en regen hielden hem die ochtend thuis.', expected: [] },
  { text: 'Hoop doet leven, zei moeder aan het eind van het gesprek.', expected: [] },
  { text: 'Roos is de bloem die ze het mooist vindt.', expected: [] },
  { text: 'In mei zijn er weinig schooldagen door alle vrije dagen.', expected: [] },
  { text: 'Mei is voor hem altijd een lastige maand.', expected: [] },
  { text: 'Achter het huis ligt een bos waar hij vaak alleen speelt.', expected: [] },
  { text: 'Bos en hei liggen vlak achter de wijk, daar zoekt hij rust.', expected: [] },
  { text: 'Zon en vitamine D helpen hem volgens de jeugdarts.', expected: [] },
  { text: 'Lente is het seizoen waarin het meestal beter gaat.', expected: [] },
  { text: 'Hij wil later kok worden, net als zijn oom.', expected: [] },
  { text: 'Ze vond een mooie steen en een veer op het plein.', expected: [] },
  { text: 'Vos en haas kwamen voor in het prentenboek.', expected: [] },
  { text: 'De visser op het plaatje leek op zijn opa, zei hij.', expected: [] },
  { text: 'Smid, bakker of timmerman: hij weet nog niet wat hij wil.', expected: [] },
  { text: 'Koning, keizer, admiraal speelden ze in de gymzaal.', expected: [] },
  { text: 'Winter is zwaar voor het gezin vanwege de stookkosten.', expected: [] },
  // Weekdays, months, seasons and holidays
  { text: 'Maandag is de zwaarste dag van de week voor hem.', expected: [] },
  { text: 'Vrijdag heeft ze zwemles en zaterdag voetbal.', expected: [] },
  { text: 'Juni en juli zijn de maanden waarin hij het meest verzuimt.', expected: [] },
  { text: 'Na Pasen ging het mis, met Koningsdag was het weer rustig.', expected: [] },
  { text: 'Tijdens het Suikerfeest was de hele familie bij elkaar.', expected: [] },
  // Method words and intervisie vocabulary
  { text: 'Met de Incidentmethode kijken we eerst naar de vraag van de inbrenger.', expected: [] },
  { text: 'We gebruiken de Roddelmethode, daarna een ronde waarderend onderzoek.', expected: [] },
  { text: 'Signs of Safety en de driehoeksmethode zijn bij ons bekend.', expected: [] },
  { text: 'Kanjertraining en Rots en Water hebben niet geholpen.', expected: [] },
  { text: 'Ik heb de meldcode doorlopen en het afwegingskader ingevuld.', expected: [] },
  { text: 'Triple P werd aangeboden, maar moeder haakte af.', expected: [] },
  { text: 'Hij heeft EMDR gehad bij de GGZ, met wisselend resultaat.', expected: [] },
  // "de juf", professions, roles
  { text: 'De juf zegt dat hij zich goed inzet.', expected: [] },
  { text: 'de juf en de meester van groep 6 zijn het niet eens', expected: [] },
  { text: 'Volgens de wijkagent is het gezin bekend bij de politie.', expected: [] },
  { text: 'De logopedist, de fysiotherapeut en de jeugdarts zien hem alle drie.', expected: [] },
  { text: 'De zuster op de afdeling was heel vriendelijk tegen haar.', expected: [] },
  { text: 'Haar mentor en de teamleider hebben samen een plan gemaakt.', expected: [] },
  { text: 'Een buurvrouw heeft de melding gedaan.', expected: [] },
  { text: 'De voogd en de gezinsvoogd spreken elkaar tegen.', expected: [] },
  // Organisation types without a name
  { text: 'Hij zit op een basisschool in een middelgrote stad.', expected: [] },
  { text: 'De kinderopvang en de BSO willen meer overleg.', expected: [] },
  { text: 'De jeugdzorgaanbieder heeft een wachtlijst van vier maanden.', expected: [] },
  { text: 'Het ziekenhuis heeft contact opgenomen met de huisarts.', expected: [] },
  { text: 'Na de basisschool de laatste jaren ging het bergafwaarts.', expected: [] },
  { text: 'Het wijkteam, het samenwerkingsverband en de leerplichtambtenaar zitten aan tafel.', expected: [] },
  { text: 'Een gezinshuis in de regio zou een optie zijn.', expected: [] },
  // Capitalised sentence starters and chat-like clean messages
  { text: 'Eerlijk gezegd weet ik het ook niet meer.', expected: [] },
  { text: 'Gisteren was het weer mis in de klas.', expected: [] },
  { text: 'Zeker weten doe ik het niet, maar ik maak me zorgen.', expected: [] },
  { text: 'Kortom: de hulp loopt vast.', expected: [] },
  { text: 'ok ik snap het, dank jullie wel voor het meedenken', expected: [] },
  { text: 'hij is gewoon heel erg boos op iedereen', expected: [] },
  { text: 'moeder zegt dat het thuis prima gaat maar ik twijfel', expected: [] },
  { text: 'wie heeft ervaring met een kind dat niet praat op school?', expected: [] },
  { text: 'dus ja het blijft lastig met die jongen', expected: [] },
  { text: 'kan iemand mij tips geven over de meldcode', expected: [] },
  { text: 'ze is best wel slim maar haalt slechte cijfers', expected: [] },
  // Numbers, dates and counts that are no identifiers
  { text: 'Hij scoorde een 5,8 voor rekenen en een 7 voor taal.', expected: [] },
  { text: 'In 2019 kwam het gezin naar Nederland.', expected: [] },
  { text: 'Ze is 12 jaar en zit in groep 8.', expected: [] },
  { text: 'De wachtlijst is 14 weken, de intake duurt 2 uur.', expected: [] },
  { text: 'Om half negen begint de les, hij is er meestal om 9.10 uur.', expected: [] },
  { text: 'Het gezin heeft 3 kinderen van 4, 7 en 11 jaar.', expected: [] },
  { text: 'Na 6 weken time-out mocht hij terugkomen.', expected: [] },
  { text: 'In de brugklas zaten 31 leerlingen.', expected: [] },
  { text: 'Van 1 tot 10 gaf hij zijn week een 3.', expected: [] },
  // Clean long paragraph
  {
    text:
      'Het gaat om een meisje van tien dat bij haar moeder woont. Vader is uit beeld. Op school gaat het ' +
      'wisselend: ze is slim, maar haalt haar werk niet af. Thuis is er weinig structuur. De juf heeft al drie ' +
      'gesprekken gevoerd, en het wijkteam is sinds de herfst betrokken. Mijn vraag aan de groep: hoe houd ik ' +
      'contact met moeder zonder dat zij dichtklapt?',
    expected: [],
  },
  // Countries, nationalities and languages
  { text: 'Vader komt uit Marokko, moeder uit Turkije.', expected: [] },
  { text: 'Thuis wordt Arabisch en Nederlands gesproken.', expected: [] },
  { text: 'Het gezin is twee jaar geleden uit Syrië gevlucht.', expected: [] },
  { text: 'Hij kijkt veel YouTube en speelt Fortnite tot diep in de nacht.', expected: [] },
  { text: 'Ze zit de hele dag op TikTok en Snapchat.', expected: [] },
  { text: 'We hebben het overleg via Teams gedaan.', expected: [] },
];
