/**
 * A labelled test corpus of realistic Dutch casus sentences, written for this guard.
 * All names, numbers and addresses are fictitious; the BSNs are synthetic numbers that pass
 * the 11-proef. About half contain identifiers, half are clean and include common
 * false-positive traps ("In groep 7", "Op 3 punten", "om 8.30 uur", "kind A").
 *
 * `expected` lists each identifier that must be found, with its kind and the exact text it
 * occurs as (its first occurrence in the sentence). `forbidden` lists kinds that must not be
 * reported at all (an invalid BSN must never be reported as `bsn`).
 */
import type { PrivacyKind } from '../types.js';

export interface ExpectedFinding {
  readonly kind: PrivacyKind;
  readonly match: string;
}

export interface CorpusSentence {
  readonly text: string;
  readonly expected: readonly ExpectedFinding[];
  readonly forbidden?: readonly PrivacyKind[];
}

const e = (kind: PrivacyKind, match: string): ExpectedFinding => ({ kind, match });

export const IDENTIFYING_SENTENCES: readonly CorpusSentence[] = [
  // BSN (valid, several notations)
  { text: 'Het BSN van de leerling is 123456782, dat staat ook in het groeidocument.', expected: [e('bsn', '123456782')] },
  { text: 'In het verwijsformulier stond burgerservicenummer 111.222.333 nog gewoon vermeld.', expected: [e('bsn', '111.222.333')] },
  { text: 'Ik heb zijn BSN (6744 80 144) uit het verslag gehaald, maar de bijlage had het nog.', expected: [e('bsn', '6744 80 144')] },
  { text: 'Voor de aanmelding bij de jeugdarts gaf moeder 250591443 op als nummer van haar zoon.', expected: [e('bsn', '250591443')] },
  { text: 'BSN: 242-025-894, zo stond het in de overdracht van de kinderopvang.', expected: [e('bsn', '242-025-894')] },
  { text: 'Zijn burgerservicenummer is 7304.18.224 en dat van zijn zusje weet ik niet.', expected: [e('bsn', '7304.18.224')] },
  { text: 'De gemeente vroeg per mail om het BSN 784 447 135 van het meisje.', expected: [e('bsn', '784 447 135')] },
  { text: "In het dossier van de jongen staat 979267432 bij 'BSN', naast zijn diagnose.", expected: [e('bsn', '979267432')] },
  // Invalid BSNs: never a bsn; with an id cue they are still a number that identifies.
  {
    text: 'Het klopte niet: het BSN 814507147 dat vader gaf, bleek een typefout te zijn.',
    expected: [e('client_number', '814507147')],
    forbidden: ['bsn'],
  },
  { text: 'Het leerlingnummer 770453809 stond bovenaan het OPP.', expected: [e('client_number', '770453809')], forbidden: ['bsn'] },
  {
    text: 'Het cliëntnummer van het gezin (475681258) heb ik niet gebruikt in de rapportage.',
    expected: [e('client_number', '475681258')],
    forbidden: ['bsn'],
  },
  { text: 'Bij Veilig Thuis kreeg de melding dossiernummer 2023-04518 mee.', expected: [e('client_number', '2023-04518')] },
  // E-mail
  { text: 'Moeder mailde vanaf fatima.elamrani@hotmail.com dat ze niet kon komen.', expected: [e('email', 'fatima.elamrani@hotmail.com')] },
  { text: 'De mentor (r.dekker@lyceum-oost.nl) wil graag meedenken.', expected: [e('email', 'r.dekker@lyceum-oost.nl')] },
  { text: 'Ik kreeg een boze mail van papa.jayden1985@gmail.com over de time-out.', expected: [e('email', 'papa.jayden1985@gmail.com')] },
  { text: 'Stuur het verslag naar zorg@obs-deklimop.nl, schreef de intern begeleider.', expected: [e('email', 'zorg@obs-deklimop.nl')] },
  // Phone numbers in many formats
  { text: 'Moeder is bereikbaar op 06-12345678, liever na 15.00 uur.', expected: [e('phone', '06-12345678')] },
  { text: 'Vader gaf zijn nummer, 0612345678, aan de gezinscoach.', expected: [e('phone', '0612345678')] },
  { text: 'Het mobiele nummer van oma is 06 1234 5678.', expected: [e('phone', '06 1234 5678')] },
  { text: 'Je kunt de pleegmoeder bellen op 06 12 34 56 78 als het escaleert.', expected: [e('phone', '06 12 34 56 78')] },
  { text: 'De tante woont in Brussel en is bereikbaar via +32 470 12 34 56.', expected: [e('phone', '+32 470 12 34 56')] },
  { text: 'Op het formulier stond +31 6 1234 5678 als noodnummer.', expected: [e('phone', '+31 6 1234 5678')] },
  { text: 'De jongere stuurde een appje vanaf +31612345678 naar de mentor.', expected: [e('phone', '+31612345678')] },
  { text: 'Het nummer van de stiefvader is +31 (0)6 12345678.', expected: [e('phone', '+31 (0)6 12345678')] },
  { text: 'Vader belde uit het buitenland met 0031 6 87654321.', expected: [e('phone', '0031 6 87654321')] },
  { text: 'Het vaste nummer thuis is 010-1234567, daar neemt vaak de oudste broer op.', expected: [e('phone', '010-1234567')] },
  { text: 'De school is te bereiken op 020 123 4567, vraag naar de zorgcoördinator.', expected: [e('phone', '020 123 4567')] },
  { text: 'Bel de huisarts op (030) 234 56 78 voor overleg.', expected: [e('phone', '(030) 234 56 78')] },
  { text: 'Het gezin heeft een vaste lijn, 0575-123456, maar die wordt nooit opgenomen.', expected: [e('phone', '0575-123456')] },
  // Postcodes and addresses
  { text: 'Het gezin woont op postcode 3511 LK in een bovenwoning.', expected: [e('postcode', '3511 LK')] },
  { text: 'Het adres is Kerkstraat 12, 1234 AB Utrecht.', expected: [e('street_address', 'Kerkstraat 12'), e('postcode', '1234 AB')] },
  { text: 'Ze verhuisden naar 2513AA, vlak bij het station.', expected: [e('postcode', '2513AA')] },
  { text: 'Op de aanmelding stond 3011 ab Rotterdam als woonplaats.', expected: [e('postcode', '3011 ab')] },
  { text: 'De jongen logeert bij zijn opa aan de Dorpsstraat 4a.', expected: [e('street_address', 'Dorpsstraat 4a')] },
  { text: 'Oma woont op de Lange Voorhout 3, pal tegenover de school.', expected: [e('street_address', 'Lange Voorhout 3')] },
  {
    text: 'Moeder en de kinderen zitten tijdelijk in een flat aan de Burgemeester de Vlugtlaan 112.',
    expected: [e('street_address', 'Burgemeester de Vlugtlaan 112')],
  },
  { text: 'De politie werd gebeld naar de Van Speijkstraat 27-2.', expected: [e('street_address', 'Van Speijkstraat 27-2')] },
  // Birth dates and exact dates
  { text: 'Het meisje is geboren op 12-03-2015 en woont bij haar vader.', expected: [e('birth_date', '12-03-2015')] },
  { text: 'Geboortedatum: 3 maart 2016; ze zit nu in groep 5.', expected: [e('birth_date', '3 maart 2016')] },
  { text: 'Hij (geb. 14/02/2012) is de oudste van vier.', expected: [e('birth_date', '14/02/2012')] },
  { text: 'De tweeling werd geboren in juni 2019, een paar weken te vroeg.', expected: [e('birth_date', 'juni 2019')] },
  { text: 'Op 12-03-2024 vond het incident op het schoolplein plaats.', expected: [e('date', '12-03-2024')] },
  { text: 'Het gesprek met de ouders was op 14 februari, vlak voor de vakantie.', expected: [e('date', '14 februari')] },
  { text: 'Sinds maandag 4 maart komt hij niet meer naar school.', expected: [e('date', '4 maart')] },
  { text: 'Het OT-verzoek werd op 2024-01-15 ingediend.', expected: [e('date', '2024-01-15')] },
  // Initials
  { text: 'Ik sprak J. de Vries, de vader, na afloop van het gesprek.', expected: [e('initials', 'J. de Vries')] },
  { text: 'A.B. heeft sinds de zomer veel verzuim.', expected: [e('initials', 'A.B.')] },
  { text: 'Mevrouw K. vertelde dat haar zoon slecht slaapt.', expected: [e('initials', 'K.')] },
  { text: 'De leerkracht merkte dat S. zich terugtrekt in de pauzes.', expected: [e('initials', 'S.')] },
  // Names
  { text: 'Sanne is negen jaar en zit sinds kort in een pleeggezin.', expected: [e('name', 'Sanne')] },
  { text: 'Het gaat om Mohammed, de middelste van drie broers.', expected: [e('name', 'Mohammed')] },
  { text: 'Zijn moeder, Fatma, spreekt weinig Nederlands.', expected: [e('name', 'Fatma')] },
  { text: 'Juf Anja vindt dat hij meer structuur nodig heeft.', expected: [e('name', 'Anja')] },
  { text: 'Meester Frank had het kind apart genomen.', expected: [e('name', 'Frank')] },
  { text: 'De jongen heet Dewi en is twaalf.', expected: [e('name', 'Dewi')] },
  { text: 'Het contact met meneer van Dam, de vader, verloopt stroef.', expected: [e('name', 'van Dam')] },
  { text: 'Ik sprak de moeder van Jelte na schooltijd.', expected: [e('name', 'Jelte')] },
  {
    text: 'Mohammed El Amrani en zijn zus Imane komen elke dag te laat.',
    expected: [e('name', 'Mohammed El Amrani'), e('name', 'Imane')],
  },
  { text: 'Volgens Pieter van Houten van het wijkteam is de situatie thuis onveilig.', expected: [e('name', 'Pieter van Houten')] },
  { text: 'Het broertje, Jayden, wordt ook opgevangen door oma.', expected: [e('name', 'Jayden')] },
  { text: 'Dhr. Yılmaz wil niet dat zijn dochter op kamp gaat.', expected: [e('name', 'Yılmaz')] },
  { text: 'Ze speelt vaak met Lotte de Jong uit haar klas.', expected: [e('name', 'Lotte de Jong')] },
  // Schools and institutions
  { text: 'De leerling zit op basisschool De Regenboog in groep 6.', expected: [e('institution', 'basisschool De Regenboog')] },
  { text: 'Na de zomer gaat zij naar het Stedelijk Gymnasium.', expected: [e('institution', 'Stedelijk Gymnasium')] },
  { text: 'Hij is aangemeld bij OBS De Klimop, maar er is een wachtlijst.', expected: [e('institution', 'OBS De Klimop')] },
  {
    text: 'Het meisje gaat drie dagen per week naar kinderdagverblijf Dikkertje Dap.',
    expected: [e('institution', 'kinderdagverblijf Dikkertje Dap')],
  },
  { text: 'Zijn broer werd opgenomen in het Sophia Kinderziekenhuis.', expected: [e('institution', 'Sophia Kinderziekenhuis')] },
  { text: 'Ze is in behandeling bij praktijk De Zonnebloem voor haar angsten.', expected: [e('institution', 'praktijk De Zonnebloem')] },
  { text: 'De jongere verblijft nu op een leefgroep van Levvel.', expected: [e('institution', 'Levvel')] },
  { text: 'De overstap naar het Erasmus College in Zoetermeer verliep moeizaam.', expected: [e('institution', 'Erasmus College')] },
  { text: 'Hij zit op CBS Het Anker en heeft een eigen leerlijn.', expected: [e('institution', 'CBS Het Anker')] },
  { text: 'De jongen zit op de Beatrixschool in groep 8.', expected: [e('institution', 'Beatrixschool')] },
  { text: 'Sinds de zomer zit ze op Lyceum Sancta Maria in de brugklas.', expected: [e('institution', 'Lyceum Sancta Maria')] },
  // Several at once
  {
    text: 'Moeder (06-87654321) wil dat we met Jesse en zijn vriendje Thijs praten.',
    expected: [e('phone', '06-87654321'), e('name', 'Jesse'), e('name', 'Thijs')],
  },
  {
    text: 'Kevin (geb. 01-09-2011) woont met zijn moeder op de Hoofdweg 7, 9611 AB.',
    expected: [e('name', 'Kevin'), e('birth_date', '01-09-2011'), e('street_address', 'Hoofdweg 7'), e('postcode', '9611 AB')],
  },
  // Second batch, written after the rules as a check against over-fitting (see README for its first measurement).
  { text: 'Ik heb contact gehad met Noah zijn moeder over het pesten.', expected: [e('name', 'Noah')] },
  { text: 'Lisa-Marie wordt in de klas buitengesloten.', expected: [e('name', 'Lisa-Marie')] },
  { text: 'Haar vader, dhr. Kuijpers, weigert mee te werken.', expected: [e('name', 'Kuijpers')] },
  { text: 'Tel. moeder: 06-98765432.', expected: [e('phone', '06-98765432')] },
  { text: 'In het systeem stond 999999990 als BSN ingevuld.', expected: [e('bsn', '999999990')] },
  { text: 'De jongen woont in de wijk Overvecht, Neptunusplein 14.', expected: [e('street_address', 'Neptunusplein 14')] },
  { text: 'Mail van de moeder: anouk1984@live.nl.', expected: [e('email', 'anouk1984@live.nl')] },
  { text: 'Bram en Daan zitten samen in de opvang.', expected: [e('name', 'Bram'), e('name', 'Daan')] },
  { text: 'Op vrijdag 8 november 2024 werd hij geschorst.', expected: [e('date', '8 november 2024')] },
  { text: 'Ze heeft een broer, Youssef, die in de gevangenis zit.', expected: [e('name', 'Youssef')] },
  { text: 'De zorgcoördinator van het Montessori College Oost belde mij.', expected: [e('institution', 'Montessori College Oost')] },
  {
    text: 'Het meisje is op 5 januari 2014 geboren in het AMC.',
    expected: [e('birth_date', '5 januari 2014'), e('institution', 'AMC')],
  },
  { text: 'Haar geboortedatum (23-11-2013) staat nog in het verslag.', expected: [e('birth_date', '23-11-2013')] },
  { text: 'De heer T. van Leeuwen is de nieuwe voogd.', expected: [e('initials', 'T. van Leeuwen')] },
  { text: 'Postcode en huisnummer: 1011 AB 12.', expected: [e('postcode', '1011 AB')] },
  { text: 'Hij zit op het Da Vinci College in de derde klas.', expected: [e('institution', 'Da Vinci College')] },
  { text: 'Het nummer van zijn vader is 06 - 1122 3344.', expected: [e('phone', '06 - 1122 3344')] },
  { text: 'Kees van der Meer, de buurman, heeft de politie gebeld.', expected: [e('name', 'Kees van der Meer')] },
  { text: 'Ik bel morgen met Ayşe over de aanmelding.', expected: [e('name', 'Ayşe')] },
  { text: 'De jongere, Rachid (15), blowt dagelijks.', expected: [e('name', 'Rachid')] },
  { text: 'Het kind, geboren 2 april 2017, woont bij pleegouders.', expected: [e('birth_date', '2 april 2017')] },
  { text: 'De moeder van Emma en Tess maakt zich zorgen.', expected: [e('name', 'Emma'), e('name', 'Tess')] },
  { text: 'De oudste zoon gaat naar de Johan de Witt-scholengroep.', expected: [e('institution', 'Johan de Witt-scholengroep')] },
  { text: 'Op 17/9 was er een huisbezoek.', expected: [e('date', '17/9')] },
  { text: 'Het gezin woont aan de Rijnkade in Arnhem.', expected: [e('street_address', 'Rijnkade')] },
  { text: 'Ze vertelde dat haar vriendin Roos ook gepest wordt.', expected: [e('name', 'Roos')] },
  // Third batch, written after the rules and measured once without tuning (see README).
  { text: 'Zijn pleegvader, Gerrit-Jan, is erg betrokken.', expected: [e('name', 'Gerrit-Jan')] },
  { text: 'Bel haar gerust: 0031-6-11223344.', expected: [e('phone', '0031-6-11223344')] },
  { text: 'Het e-mailadres van de voogd is m.vandenberg@jbra.nl.', expected: [e('email', 'm.vandenberg@jbra.nl')] },
  { text: 'Zij werd op 30 juni 2012 geboren in Paramaribo.', expected: [e('birth_date', '30 juni 2012')] },
  { text: 'De familie Benali woont al jaren in dezelfde flat.', expected: [e('name', 'Benali')] },
  {
    text: 'Wij noemen hem in deze casus niet bij naam, maar zijn broer Ilias is ook bekend bij ons.',
    expected: [e('name', 'Ilias')],
  },
  { text: 'Het BSN 1112.22.333 van de jongen stond in de bijlage.', expected: [e('bsn', '1112.22.333')] },
  { text: 'De casemanager, mevrouw Hoekstra, heeft het overgenomen.', expected: [e('name', 'Hoekstra')] },
  { text: 'De jongen zit op sbo De Wissel.', expected: [e('institution', 'sbo De Wissel')] },
  { text: 'Zijn adres: Marktstraat 8, 7411 GH Deventer.', expected: [e('street_address', 'Marktstraat 8'), e('postcode', '7411 GH')] },
  { text: 'Op 03-05-2023 werd de uithuisplaatsing uitgevoerd.', expected: [e('date', '03-05-2023')] },
  { text: 'Moeder stuurde op 21 december nog een bericht.', expected: [e('date', '21 december')] },
  { text: 'Het 2e kind, Mila, heeft geen zorgen.', expected: [e('name', 'Mila')] },
  { text: 'Toen kwam W. binnen en sloeg de deur dicht.', expected: [e('initials', 'W.')] },
  { text: 'Gezien op de SEH van het Spaarne Gasthuis.', expected: [e('institution', 'Spaarne Gasthuis')] },
  { text: 'Haar tante Naima heeft haar tijdelijk in huis genomen.', expected: [e('name', 'Naima')] },
  { text: 'De melding kwam binnen onder zaaknummer VT-2024-0815.', expected: [e('client_number', 'VT-2024-0815')] },
  { text: 'Bereikbaar via 085 - 123 45 67 (werk vader).', expected: [e('phone', '085 - 123 45 67')] },
];

/**
 * Fourth batch (2026-12-01), written for generalisation work from the README's remaining misses and
 * known limits, not from batches A–J: greetings and signatures, lowercase chat with names that are
 * words, lists, ages in brackets, diminutives, double first names, neighbourhoods. Measured once on
 * the guard before the changes of that day (README: "Fourth tuning batch").
 */
export const FRESH_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'Hoi Marloes, kun je morgen even bellen?', expected: [e('name', 'Marloes')] },
  { text: 'Beste Thijmen, dank voor je mail van gisteren.', expected: [e('name', 'Thijmen')] },
  { text: 'Groet, Anouk', expected: [e('name', 'Anouk')] },
  { text: 'Met vriendelijke groet, Willemijn Hoekstra', expected: [e('name', 'Willemijn'), e('name', 'Hoekstra')] },
  { text: 'hoi fleur, ben je er morgen bij?', expected: [e('name', 'fleur')] },
  { text: 'hee roos! hoe ging het gesprek?', expected: [e('name', 'roos')] },
  { text: 'Ik sprak gisteren met Kasper (9) en zijn moeder.', expected: [e('name', 'Kasper')] },
  { text: '"Ik wil niet naar papa," zei Liv tegen de juf.', expected: [e('name', 'Liv')] },
  { text: 'In de klas zitten Ilse, Maud en Tygo bij elkaar.', expected: [e('name', 'Ilse'), e('name', 'Maud'), e('name', 'Tygo')] },
  { text: 'zijn zusje heet iris en zit in groep 3', expected: [e('name', 'iris')] },
  { text: 'mees en joep hadden weer ruzie op het plein', expected: [e('name', 'mees'), e('name', 'joep')] },
  { text: 'wout zit sinds maandag thuis', expected: [e('name', 'wout')] },
  { text: 'vandaag zei daan dat hij niet meer wil', expected: [e('name', 'daan')] },
  { text: 'met lieke gaat het beter sinds de zomer', expected: [e('name', 'lieke')] },
  { text: 'Het zusje, Fientje, is pas twee.', expected: [e('name', 'Fientje')] },
  { text: 'Anne-Fleur en haar moeder kwamen samen.', expected: [e('name', 'Anne-Fleur')] },
  { text: 'Ze woont in de wijk Lombok met haar oma.', expected: [e('place', 'Lombok')] },
  { text: 'Het gezin woont sinds kort in de Rivierenwijk.', expected: [e('place', 'Rivierenwijk')] },
  { text: 'Storm (7) zit in groep 4.', expected: [e('name', 'Storm')] },
  { text: 'Thuis noemt iedereen haar Pien.', expected: [e('name', 'Pien')] },
  { text: 'Deelnemers: Esther (ib), Ruud (mentor) en Saskia (wijkteam).', expected: [e('name', 'Esther'), e('name', 'Ruud'), e('name', 'Saskia')] },
  { text: 'Aanwezig: mw. Verhoeven, dhr. Brouwer en juf Tamara.', expected: [e('name', 'Verhoeven'), e('name', 'Brouwer'), e('name', 'Tamara')] },
  { text: 'Moeder (Chantal) en stiefvader (Ronnie) zijn bezorgd.', expected: [e('name', 'Chantal'), e('name', 'Ronnie')] },
  { text: 'Onze zorgen gaan vooral over Nadia.', expected: [e('name', 'Nadia')] },
  { text: 'Hun hond heet Max en hun dochter heet Noa.', expected: [e('name', 'Noa')] },
  { text: 'Ze leest graag boeken, zegt haar broer Sepp.', expected: [e('name', 'Sepp')] },
  { text: 'Haar vader, Amir, is Afghaan.', expected: [e('name', 'Amir')] },
  { text: 'Vriendin Noor komt uit een Marokkaans gezin.', expected: [e('name', 'Noor')] },
];

export const CLEAN_SENTENCES: readonly CorpusSentence[] = [
  { text: 'In groep 7 kwam hij steeds vaker te laat.', expected: [] },
  { text: 'Op 3 punten na haalde ze de norm voor de Cito-toets niet.', expected: [] },
  { text: 'De leerling van 8 jaar heeft moeite met lezen en rekenen.', expected: [] },
  { text: 'Twee keer per week heeft hij een gesprek met de ambulant begeleider.', expected: [] },
  { text: 'Sinds de herfstvakantie is het verzuim flink opgelopen.', expected: [] },
  { text: 'In 2023 werd er al eens een melding gedaan bij Veilig Thuis.', expected: [] },
  { text: 'Om 8.30 uur staat ze vaak al huilend bij het hek.', expected: [] },
  { text: 'De moeder geeft aan dat ze het niet meer trekt.', expected: [] },
  { text: 'Het Zorg en Veiligheidshuis is inmiddels betrokken.', expected: [] },
  { text: 'Het kind is 11 jaar en woont afwisselend bij vader en moeder.', expected: [] },
  { text: 'Meester vertelde dat het kind in de klas nauwelijks praat.', expected: [] },
  { text: 'Jeugdhulp is sinds een half jaar betrokken, maar de hulp sluit niet aan.', expected: [] },
  { text: 'Hij is 14 jaar, zit in de tweede klas van het vmbo en spijbelt regelmatig.', expected: [] },
  { text: 'Moeder heeft een licht verstandelijke beperking en weinig netwerk.', expected: [] },
  { text: 'De Raad voor de Kinderbescherming doet onderzoek naar de gezagssituatie.', expected: [] },
  { text: "Vader werkt in ploegendiensten en is 's avonds vaak weg.", expected: [] },
  { text: 'Ze scoort 85% op begrijpend lezen, maar haalt slechts 40% bij rekenen.', expected: [] },
  { text: 'Het meisje is 3,5 jaar oud en praat nog in losse woorden.', expected: [] },
  { text: 'Ongeveer 1 op de 5 dagen komt hij zonder ontbijt op school.', expected: [] },
  { text: 'Van 8 tot 12 uur zit hij op school, daarna gaat hij naar de opvang.', expected: [] },
  { text: 'De wachtlijst voor de GGZ is inmiddels 6 maanden.', expected: [] },
  { text: 'Hij heeft 3 broers en 2 zussen, en is de jongste.', expected: [] },
  { text: 'Na de kerstvakantie ging het een paar weken beter.', expected: [] },
  { text: 'In schooljaar 2023-2024 is er een ontwikkelingsperspectief opgesteld.', expected: [] },
  { text: 'Kernvraag: hoe kan ik als mentor beter aansluiten bij wat de jongere zelf wil?', expected: [] },
  { text: 'Wat ik al heb geprobeerd: een beloningssysteem, gesprekken met moeder en een time-out plek.', expected: [] },
  { text: 'De leerkracht van groep 4 merkt dat hij snel overprikkeld raakt.', expected: [] },
  { text: 'Het CJG heeft het gezin doorverwezen naar het wijkteam.', expected: [] },
  { text: 'De jongere wil zelf graag naar een andere school, maar de ouders niet.', expected: [] },
  { text: 'Tijdens de Ramadan is hij overdag erg moe.', expected: [] },
  { text: 'Met Sinterklaas was er thuis een flinke ruzie.', expected: [] },
  { text: 'De Kindertelefoon (0800-0432) heeft ze zelf gebeld, vertelde ze.', expected: [] },
  { text: 'Zorg om de veiligheid is de reden dat ik deze casus inbreng.', expected: [] },
  { text: 'Het gezin heeft een Syrische achtergrond en woont 4 jaar in Nederland.', expected: [] },
  { text: 'De familie woont 1500 km van de rest van de familie vandaan.', expected: [] },
  { text: 'De school heeft 1200 leerlingen, dus ze valt weinig op.', expected: [] },
  { text: 'Hij speelt sinds groep 3 voetbal en traint 3 keer per week.', expected: [] },
  { text: 'Op woensdagmiddag gaat ze naar de BSO.', expected: [] },
  { text: 'De intern begeleider en ik hebben samen een plan van aanpak gemaakt.', expected: [] },
  { text: 'Het Nederlands Jeugdinstituut heeft een richtlijn over dit onderwerp.', expected: [] },
  { text: 'De jongen was van 2019 tot 2021 uit huis geplaatst.', expected: [] },
  { text: 'Het kind is tussen de 6 en 8 jaar; de precieze leeftijd doet er niet toe.', expected: [] },
  { text: 'In week 12 was de eerste evaluatie van het hulpverleningsplan.', expected: [] },
  { text: 'Bij de test had hij 3/4 van de vragen goed.', expected: [] },
  { text: 'Het IQ ligt rond de 75, wat de verwachtingen op school lastig maakt.', expected: [] },
  { text: 'Moeder werkt 32 uur per week bij een supermarkt.', expected: [] },
  { text: 'De jeugdbeschermer wil samen met de Jeugdbescherming een OTS aanvragen.', expected: [] },
  { text: 'Het gaat om kind A van 10 jaar met een broertje, kind B, van 7.', expected: [] },
  { text: 'De vader van kind A heeft een verslavingsachtergrond.', expected: [] },
  { text: 'Sinds juni woont ze bij haar grootouders.', expected: [] },
  { text: 'Eind maart zijn de ouders gescheiden.', expected: [] },
  { text: 'Hij heeft ADHD en gebruikt sinds een jaar medicatie.', expected: [] },
  { text: 'Volgens de Jeugdwet moet de gemeente passende hulp bieden.', expected: [] },
  { text: 'Het Samenwerkingsverband heeft een arrangement toegekend voor 1 jaar.', expected: [] },
  { text: 'Mijn vraag aan de groep is: wat zien jullie wat ik mis?', expected: [] },
  { text: "De groepsleerkracht, de IB'er en moeder zitten drie keer per jaar om tafel.", expected: [] },
  { text: 'Ik ben al twee jaar haar mentor.', expected: [] },
  { text: 'Hoop is er wel: de laatste weken gaat het iets beter.', expected: [] },
  { text: 'Het verzuim liep op tot 20% in de periode na de meivakantie.', expected: [] },
  { text: 'De afspraak staat om 14:30 uur op vrijdag.', expected: [] },
  { text: 'De school heeft 5-6 gesprekken gevoerd met de ouders.', expected: [] },
  { text: 'Op 1-2 dagen per week is hij ziek gemeld.', expected: [] },
  { text: 'Het kind krijgt 2x per week logopedie en 1x per week fysiotherapie.', expected: [] },
  // 9-digit numbers that fail the 11-proef and have no id cue: not a BSN, not an identifier.
  { text: 'De gemeente trok 250000000 euro extra uit voor jeugdhulp.', expected: [], forbidden: ['bsn'] },
  { text: 'Het landelijke rapport telde 123456789 tekens, zo lang was het niet eens.', expected: [], forbidden: ['bsn'] },
  { text: 'Meneer en mevrouw zijn allebei erg betrokken bij school.', expected: [] },
  { text: 'De Jeugdarts heeft de groeicurve bekeken.', expected: [] },
  { text: 'Na de Cito in groep 8 kreeg hij een havo-advies.', expected: [] },
  // Second batch, written after the rules as a check against over-fitting.
  { text: 'Sinds de overstap naar het voortgezet onderwijs gaat het mis.', expected: [] },
  { text: 'De ouders zijn in 2020 gescheiden en hebben sindsdien weinig contact.', expected: [] },
  { text: "Moeder zegt: 'Ik kan het niet meer aan.'", expected: [] },
  { text: 'Het gesprek duurde 45 minuten en was erg emotioneel.', expected: [] },
  { text: 'Na 3 weken zonder incidenten ging het weer mis.', expected: [] },
  { text: 'De jongen is 1,80 meter lang en wordt vaak ouder ingeschat.', expected: [] },
  { text: 'Volgens de huisarts is er geen medische oorzaak.', expected: [] },
  { text: 'Zij is de jongste van 4 kinderen.', expected: [] },
  { text: 'In de Nederlandse les valt hij vaak stil.', expected: [] },
  { text: 'Iedere ochtend om 07.45 uur haalt de taxi hem op.', expected: [] },
  { text: 'Gezinshuisouders geven aan dat het zo niet langer kan.', expected: [] },
  { text: 'Het Jeugdteam en de GGD zijn allebei betrokken.', expected: [] },
  { text: 'Op de Cito-toets scoorde hij een 535.', expected: [] },
  { text: 'De wachttijd bij de kinderpsychiater is 12 tot 16 weken.', expected: [] },
  { text: 'In het Engels zou je zeggen: he is falling through the cracks.', expected: [] },
  { text: "Ze heeft het boek 'De Gruffalo' wel tien keer gelezen.", expected: [] },
  { text: 'Samen met de intern begeleider bekijk ik of een TLV nodig is.', expected: [] },
  { text: 'Op maandag en donderdag gaat hij naar de dagbehandeling.', expected: [] },
  { text: 'Het kind zegt dat papa soms heel boos wordt.', expected: [] },
  { text: 'Vanaf groep 1 is er al zorg over de taalontwikkeling.', expected: [] },
  { text: 'Eén keer per maand is er een MDO met alle betrokkenen.', expected: [] },
  { text: 'Hij heeft een 6,5 gemiddeld, maar zijn gedrag baart zorgen.', expected: [] },
  { text: 'In de klas van juf zitten 28 kinderen.', expected: [] },
  { text: 'Begin 2024 is de hulp opgeschaald naar specialistische jeugdhulp.', expected: [] },
  // Third batch, written after the rules and measured once without tuning.
  { text: 'De moeder is 34 en heeft zelf een jeugdzorgverleden.', expected: [] },
  { text: 'Het kind sliep 3 nachten bij een vriendje.', expected: [] },
  { text: 'Na 2 gesprekken was er nog geen verbetering.', expected: [] },
  { text: 'Hij is in de 3e klas blijven zitten.', expected: [] },
  { text: 'Ze doet havo 4 en wil daarna naar het hbo.', expected: [] },
  { text: 'De afspraak van 9.15 uur ging niet door.', expected: [] },
  { text: 'Vader is in 1985 in Turkije geboren en kwam op zijn 20e naar Nederland.', expected: [] },
  { text: 'Ik heb 4 van de 6 stappen uit het plan gezet.', expected: [] },
  { text: 'De Jeugd-GGZ heeft een wachtlijst van ruim een half jaar.', expected: [] },
  { text: 'Papa en mama maken vaak ruzie, zegt het kind.', expected: [] },
  { text: 'Op school gaat het redelijk, thuis niet.', expected: [] },
  { text: 'Het gaat om een tweeling van 6 jaar.', expected: [] },
  { text: 'Hij gebruikt Ritalin en Concerta sinds groep 5.', expected: [] },
  { text: 'Volgens Bowlby speelt hechting hier een grote rol.', expected: [] },
  { text: 'Bij de Albert Heijn werd hij betrapt op winkeldiefstal.', expected: [] },
  { text: 'De tweede helft van het schooljaar verliep rustiger.', expected: [] },
  { text: 'In klas 2B zitten veel drukke leerlingen.', expected: [] },
  { text: 'Hij scoorde 110 op de WISC-V.', expected: [] },
];

/** Clean sentences of the fourth batch: sentence-initial words, chat, media, pets, verbs after "te", subjects after "juf". */
export const FRESH_CLEAN: readonly CorpusSentence[] = [
  { text: 'Het gezin heeft te kampen met schulden.', expected: [] },
  { text: 'Ze probeert weer kracht te putten uit haar geloof.', expected: [] },
  { text: 'We proberen samen een volgende stap te zetten.', expected: [] },
  { text: 'De voorzitter vroeg mij het gesprek te leiden.', expected: [] },
  { text: 'Hij vindt het fijn om te klimmen en te klauteren.', expected: [] },
  { text: 'Juf Wiskunde heeft het met moeder besproken.', expected: [] },
  { text: 'De mentor Nederlands belde me gisteren op.', expected: [] },
  { text: 'Onze hond Luna is vorige maand overleden, dat raakte haar erg.', expected: [] },
  { text: 'Hun kat heet Max en slaapt altijd op zijn bed.', expected: [] },
  { text: 'Hij was op het schoolfeest verkleed als Elsa uit Frozen.', expected: [] },
  { text: 'Hij leest alle boeken van Geronimo Stilton.', expected: [] },
  { text: 'Op tv was een documentaire over Nelson Mandela.', expected: [] },
  { text: 'We lazen in de klas een boek van Roald Dahl.', expected: [] },
  { text: 'Ze zingt de hele dag liedjes van Marco Borsato.', expected: [] },
  { text: 'Eerlijk gezegd weet ik niet goed wat ik moet doen.', expected: [] },
  { text: 'Gelukkig ging het daarna een stuk beter.', expected: [] },
  { text: 'Hopelijk lukt het om vader ook te betrekken.', expected: [] },
  { text: 'Sindsdien slaapt ze slecht en eet ze weinig.', expected: [] },
  { text: 'Mama zegt dat hij \'s nachts vaak wakker wordt.', expected: [] },
  { text: 'Meester gaf aan dat hij het ook zorgelijk vindt.', expected: [] },
  { text: 'hij zat weer de hele avond op fortnite', expected: [] },
  { text: 'zn moeder was er wel, vader niet', expected: [] },
  { text: 'haha ja klopt, hij is echt een held', expected: [] },
  { text: 'hoi allemaal, hierbij de agenda voor donderdag', expected: [] },
  { text: 'Lieve groet van ons allemaal.', expected: [] },
  { text: 'Hoop doet leven, zei moeder met een zucht.', expected: [] },
  { text: 'Hij speelt op zijn telefoon Clash Royale en Brawl Stars.', expected: [] },
  { text: 'Ze kijkt graag naar Bluey met haar broertje.', expected: [] },
  { text: 'Hij kijkt filmpjes van Kalvijn op YouTube.', expected: [] },
  { text: 'Vader is fan van Feyenoord en neemt hem mee naar het stadion.', expected: [] },
  { text: 'Het gezin viert Kerst en het Suikerfeest.', expected: [] },
  { text: 'De school gebruikt Parnassys en Magister.', expected: [] },
  { text: 'Hij is geboren in Syrië en kwam in 2016 naar Nederland.', expected: [] },
  { text: 'Ze spreekt thuis Tigrinya en op school Nederlands.', expected: [] },
  { text: 'Het kind zat te huilen in de gang.', expected: [] },
  { text: 'Opvallend is dat ze altijd alleen speelt.', expected: [] },
  { text: 'Vos en Haas is een boekenserie die ze graag leest.', expected: [] },
  { text: 'Hij bouwt graag met Lego en Playmobil.', expected: [] },
  { text: 'Vader is Eritreeër en moeder Ethiopische.', expected: [] },
  { text: 'Haar buurman is Amerikaan en spreekt geen Nederlands.', expected: [] },
  { text: 'Het model van Gordon helpt ons bij het gesprek.', expected: [] },  { text: 'ze wil met haar moeder naar huizen kijken', expected: [] },
];

export const CASUS_CORPUS: readonly CorpusSentence[] = [...IDENTIFYING_SENTENCES, ...CLEAN_SENTENCES];

/**
 * Fifth tuning set (2026-12-01): check sentences for the rules added after batch K's first run, written by the
 * engineer who added them (not blind; K's own sentences are not copied). Each rule has identifying sentences and
 * clean traps that must stay clean.
 */
export const K_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  // An unknown or word-like name starting a sentence, described as a person or acting before no other subject.
  { text: 'Jorrit is een stille jongen die veel alleen speelt.', expected: [e('name', 'Jorrit')] },
  { text: 'Vos is een slimme meid van 11 met veel vriendinnen.', expected: [e('name', 'Vos')] },
  { text: 'Kaylani is een 9-jarige leerling uit groep 6.', expected: [e('name', 'Kaylani')] },
  { text: 'Ravi-Jay heeft in de pauze een juf uitgescholden.', expected: [e('name', 'Ravi-Jay')] },
  { text: 'Dwayno heeft op de gang een medeleerling geduwd.', expected: [e('name', 'Dwayno')] },
  { text: 'Quintijn woont sinds de scheiding bij zijn oma.', expected: [e('name', 'Quintijn')] },
  // A lowercase first name opening a chat line before heeft/had, or is/was and where or how a person is.
  { text: 'bas was gisteren weer te laat op stage', expected: [e('name', 'bas')] },
  { text: 'roos heeft het formulier nog niet terug gestuurd', expected: [e('name', 'roos')] },
  { text: 'jo is er vandaag niet, ziek gemeld', expected: [e('name', 'jo')] },
  // A nickname with its full name in brackets, a genitive s without apostrophe, "fam.", form labels.
  { text: 'Sem (eigenlijk Semih) wil niet meer naar de training.', expected: [e('name', 'Sem'), e('name', 'Semih')] },
  { text: 'Daans moeder heeft de afspraak twee keer afgezegd.', expected: [e('name', 'Daans')] },
  { text: 'Ik had gisteren contact met Yasmines oma.', expected: [e('name', 'Yasmines')] },
  { text: 'Huisbezoek bij fam. Çelik gepland op donderdag.', expected: [e('name', 'Çelik')] },
  { text: 'Jeugdige: Brandon (geb. 2011), woont in een gezinshuis.', expected: [e('name', 'Brandon')] },
  { text: 'Betreft: Lotje, 6 jaar', expected: [e('name', 'Lotje')] },
  // A first name right before "van <institution type>", an article inside a surname, places after an institution.
  { text: 'Gisteren mailde Esther van Basisschool De Wilgenhoek over het verzuim.', expected: [e('name', 'Esther'), e('institution', 'Basisschool De Wilgenhoek')] },
  { text: "Ik overleg met Pieter van 't Veld van het wijkteam.", expected: [e('name', "Pieter van 't Veld")] },
  { text: 'Ze zit op OBS De Vlinder in Zwolle-Zuid.', expected: [e('institution', 'OBS De Vlinder'), e('place', 'Zwolle-Zuid')] },
  { text: 'Hij woont op Stichting Het Baken in Almere.', expected: [e('institution', 'Stichting Het Baken'), e('place', 'Almere')] },
  { text: 'Aangemeld bij GGZ De Boog voor een traject.', expected: [e('institution', 'GGZ De Boog')] },
  // Numbers after a person or file word, initials with an abbreviated tussenvoegsel.
  { text: 'Pupil 552184 is overgedragen aan de gezinsvoogd.', expected: [e('client_number', '552184')] },
  { text: 'Zaak 24/3381 staat op de zitting van volgende week.', expected: [e('client_number', '24/3381')] },
  { text: 'Besproken met J.v.d. Berg (ib) en moeder.', expected: [e('initials', 'J.v.d. Berg')] },
  { text: 'Leerling M.v.D. heeft een eigen leerlijn.', expected: [e('initials', 'M.v.D.')] },
  // "<name> uit <X>" stays a person when X may be a place, a country or a class.
  { text: 'Ik sprak Sanne uit Vathorst na de les.', expected: [e('name', 'Sanne')] },
  { text: 'Morgen komt Ahmed uit Syrië voor het eerst mee.', expected: [e('name', 'Ahmed')] },
  { text: 'Ook Fenna uit groep 6 werd gepest.', expected: [e('name', 'Fenna')] },
  { text: 'Erna heeft op de gang geroepen dat ze weggaat.', expected: [e('name', 'Erna')] },
];

export const K_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'Roos is een bloem die ze graag tekent.', expected: [] },
  { text: 'Hoop is een groot woord in dit gezin.', expected: [] },
  { text: 'Mei is een maand waarin veel kinderen toetsen hebben.', expected: [] },
  { text: 'Waarschijnlijk speelt mee dat vader weinig thuis is.', expected: [] },
  { text: 'Daarnaast heeft ook de school zorgen over het verzuim.', expected: [] },
  { text: 'Vervolgens heeft het wijkteam een gesprek gepland.', expected: [] },
  { text: 'Gisteren heeft hij voor het eerst weer gelachen.', expected: [] },
  { text: 'Bovendien wil niemand de eerste stap zetten.', expected: [] },
  { text: 'Iedereen is bang dat het weer misgaat.', expected: [] },
  { text: 'Mama is ziek, dus hij blijft vaak thuis.', expected: [] },
  { text: 'Vanochtend kwam moeder onverwacht langs.', expected: [] },
  { text: 'storm was heftig vannacht, school begint later', expected: [] },
  { text: 'roos is mooi als cadeau voor de juf', expected: [] },
  { text: 'al was het maar een kwartiertje', expected: [] },
  { text: 'Huis (zie bijlage) is opgeruimd.', expected: [] },
  { text: 'Alles vader doet, vindt hij stom.', expected: [] },
  { text: 'Kind: rustig, speelt graag buiten.', expected: [] },
  { text: 'Ze is fan van Huis in de Duinen, een serie op tv.', expected: [] },
  { text: 'Het O.v.J. besluit volgende week over vervolging.', expected: [] },
  { text: 'De R.v.d.K. doet nu een raadsonderzoek.', expected: [] },
  { text: 'In dossier 2023 stond daar niets over.', expected: [] },
  { text: 'De cliënt 12 keer gezien in drie maanden.', expected: [] },
  // A character right before "uit <title>".
  { text: 'Ze wil net zo zijn als Moana uit Vaiana, zegt ze.', expected: [] },
  { text: 'Zijn knuffel lijkt op Woody uit Toy Story.', expected: [] },
  // Sentence-initial infinitives, abstract nouns, participles and relatives before a verb or "is een".
  { text: 'Samenvattend kan gezegd worden dat het beter gaat.', expected: [] },
  { text: 'Pesten speelt al langer in deze klas.', expected: [] },
  { text: 'Hulpverlening heeft tot nu toe weinig opgeleverd.', expected: [] },
  { text: 'Onlangs heeft op school een incident plaatsgevonden.', expected: [] },
  { text: 'Corona heeft veel impact gehad op het gezin.', expected: [] },
  { text: 'Drugsgebruik speelt mogelijk een rol.', expected: [] },
  { text: 'Papa is een lieve man, zegt ze steeds.', expected: [] },
];

/**
 * Sixth tuning set (2026-12-01): check sentences for the rules added after batch L's first run, written by the engineer who
 * added them (not blind; L's own sentences are not copied). Each rule has identifying sentences and clean traps.
 */
export const L_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  // A calling name in brackets between initials and a surname; a lone initial in brackets after "Kind".
  { text: 'Met hartelijke groet,\nA.J. (Anneke) Hoekstra\nGezinsvoogd', expected: [e('initials', 'A.J.'), e('name', 'Anneke'), e('name', 'Hoekstra')] },
  { text: 'Groet, P. (Pim) de Boer, ambulant hulpverlener', expected: [e('name', 'Pim'), e('initials', 'P.')] },
  { text: 'Kind (R.) woont om de week bij vader.', expected: [e('initials', 'R.')] },
  // A name before an apposition that describes a person, or before a role in brackets.
  { text: 'Ramon, de nieuwe partner van moeder, woont sinds kort in huis.', expected: [e('name', 'Ramon')] },
  { text: 'Gisteren sprak ik Lorenzo, een klasgenoot van haar broer.', expected: [e('name', 'Lorenzo')] },
  { text: 'Wietske (mentor) en ik hebben het gesprek samen gevoerd.', expected: [e('name', 'Wietske')] },
  { text: 'Hij belde Gerbrand (intern begeleider) over de toetsen.', expected: [e('name', 'Gerbrand')] },
  // A double surname, also starting a sentence; a listed name with a bare person or role noun after the copula.
  { text: 'Hanneke van Dijk-Brouwer is pleegmoeder van twee kinderen.', expected: [e('name', 'Hanneke van Dijk-Brouwer')] },
  { text: 'Ik sprak met mevrouw Jansen-Bakker over de planning.', expected: [e('name', 'Jansen-Bakker')] },
  { text: 'Femke is leerling van groep 8 en gaat naar het vmbo.', expected: [e('name', 'Femke')] },
  // An area after a local team is a place.
  { text: 'De casus komt van het buurtteam Overvecht.', expected: [e('place', 'Overvecht')] },
  { text: 'Ze werkt bij het wijkteam Lombok sinds januari.', expected: [e('place', 'Lombok')] },
  // A person's name after a product noun and "van" stays a name; so does a first name after "gaat ... spelen".
  { text: 'Hij had de jas van Thijmen aan toen hij wegliep.', expected: [e('name', 'Thijmen')] },
  { text: 'Morgen gaat Noor spelen bij haar oma.', expected: [e('name', 'Noor')] },
  // An unlisted lowercase word opening a chat line before a person predicate; a word-like first name before a person verb.
  { text: 'kenrick is gisteren niet thuis gekomen, moeder is ongerust', expected: [e('name', 'kenrick')] },
  { text: 'jayvano heeft zijn telefoon ingeleverd bij de mentor', expected: [e('name', 'jayvano')] },
  { text: 'yentl woont nu bij haar tante in het oosten', expected: [e('name', 'yentl')] },
  { text: 'storm liegt over waar hij s avonds is', expected: [e('name', 'storm')] },
];

export const L_RULES_CLEAN: readonly CorpusSentence[] = [
  // A brand after "<product> van", a role someone wants to be, a title after a reading or watching verb.
  { text: 'Hij wil alleen nog schoenen van Adidas, anders gaat hij niet.', expected: [] },
  { text: 'Zijn telefoon van Apple is kapot gevallen.', expected: [] },
  { text: 'Hij wil later Ronaldo worden, zegt hij.', expected: [] },
  { text: 'Bij het toneelstuk mag ze Sneeuwwitje zijn in de eerste scène.', expected: [] },
  { text: 'Thuis kijken ze elke avond De Luizenmoeder samen.', expected: [] },
  { text: 'Juf leest elke ochtend De Gruffalo voor aan de kleuters.', expected: [] },
  { text: 'Het prentenboek De Kleine Rups Rupsje Nooitgenoeg ligt in de klas.', expected: [] },
  // Words in brackets or after a comma that are no role or apposition; adverbs before a copula and a person noun.
  { text: 'Huiswerk (zie bijlage) is nog niet ingeleverd.', expected: [] },
  { text: 'Kortom, de moeder van het kind wil hulp.', expected: [] },
  { text: 'Helaas is moeder niet gekomen naar het gesprek.', expected: [] },
  { text: 'Gisteren was vader van slag na het telefoontje.', expected: [] },
  { text: 'Groep (B.) krijgt de toets later.', expected: [] },
  { text: 'Het wijkteam heeft de aanmelding ontvangen.', expected: [] },
  // Ordinary lowercase words, compounds and derivations opening a chat line before a verb.
  { text: 'gezinsvoogd heeft gebeld over de zitting', expected: [] },
  { text: 'groepsapp heeft weer voor ruzie gezorgd', expected: [] },
  { text: 'huisbezoek is weer verzet naar volgende week', expected: [] },
  { text: 'leerplichtambtenaar belt morgen terug', expected: [] },
  { text: 'zorgmelding heeft niets opgeleverd tot nu toe', expected: [] },
  { text: 'vanavond zit hij bij zijn vader', expected: [] },
  { text: 'pleegouders zitten er helemaal doorheen', expected: [] },
  { text: 'snapchat heeft ze nu verwijderd van haar telefoon', expected: [] },
];

/**
 * Seventh tuning set: check sentences for the rules added after M's first run (2026-12-01), written with those rules by
 * the engineer who added them, one or more per rule with clean traps. M's own sentences are not copied. Not blind.
 */
export const M_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  // A label (abbreviated, with a qualifier word or "nr." in brackets), then a number with separators or a letter suffix.
  { text: 'Aanmelding via school, dos.nr. 448120, graag snel oppakken.', expected: [e('client_number', '448120')] },
  { text: 'Pupil 2024-0071 is vorige week uit huis geplaatst.', expected: [e('client_number', '2024-0071')] },
  { text: 'Leerling 884213 heeft vandaag weer gespijbeld.', expected: [e('client_number', '884213')] },
  { text: 'Zie het verslag (nr. 72-11804) in het systeem.', expected: [e('client_number', '72-11804')] },
  { text: 'Cliëntnummer wijkteam 40917-C staat op de brief.', expected: [e('client_number', '40917-C')] },
  // Initials before a double surname without a hyphen; after a role label and a colon.
  { text: 'Contactpersoon is J.P. Fernandes Tavares van het wijkteam.', expected: [e('initials', 'J.P. Fernandes Tavares')] },
  { text: 'Aanwezig: mentor: R. Sitaldin', expected: [e('initials', 'R. Sitaldin')] },
  // Unknown first names in a person slot: object of meeting, subject of saying, inverted subject, agent after "door".
  { text: 'Vanochtend heb ik Yeabsira nog gebeld over het rooster.', expected: [e('name', 'Yeabsira')] },
  { text: 'Nkechinyere vertelt dat ze thuis niet mag praten over school.', expected: [e('name', 'Nkechinyere')] },
  { text: 'Op de gang zei Bexultan: "ik ga niet meer".', expected: [e('name', 'Bexultan')] },
  { text: 'Na de pauze kwam Oyelaran met een gescheurde broek terug.', expected: [e('name', 'Oyelaran')] },
  { text: 'Het verslag is opgesteld door Sewit, ambulant begeleider.', expected: [e('name', 'Sewit')] },
  // A name with a school type in brackets; a place that is also a word right after a postcode.
  { text: 'Sinds de zomer zit hij op de Vlinderboom (SBO) in een kleine groep.', expected: [e('institution', 'Vlinderboom')] },
  { text: 'Nieuw adres: Dorpsweg 3, 5684 AB Best.', expected: [e('street_address', 'Dorpsweg 3'), e('postcode', '5684 AB'), e('place', 'Best')] },
];

export const M_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'Ze woont op nr. 14 van de flat en dat is een rustige plek.', expected: [] },
  { text: 'Leerling 12 van de 28 in de klas haalde een voldoende.', expected: [] },
  { text: 'In dossier 2023 staat daar niets over.', expected: [] },
  { text: 'De les begint om 9 A.M. Daarna is er pauze.', expected: [] },
  { text: 'Notitie: B. Belangrijk', expected: [] },
  { text: 'Ik heb Nederlands gisteren gesproken met de tolk.', expected: [] },
  { text: 'Toen kwam Sinterklaas met zijn paard binnen.', expected: [] },
  { text: 'Volgens de folder zegt Jeugdzorg dat de wachtlijst lang is.', expected: [] },
  { text: 'Die avond kwam Marokko met een doelpunt terug.', expected: [] },
  { text: 'Het formulier is ingevuld door School, daarna door ouders.', expected: [] },
  { text: 'Gisteren heb ik Kerst nog gevierd met de groep.', expected: [] },
  { text: 'Het gaat om de Wet (Jeugdwet) en de regels daarbij.', expected: [] },
  { text: 'Bel het algemene nummer, tel.nr. 0800-0432, als het spoed is.', expected: [] },
];

/**
 * Check sentences for the rules added after N's first run (eighth tuning set): one or more per rule, with clean traps.
 * Written with the rules, so not blind; N's own sentences are not copied (other names, numbers, places and wording).
 */
export const N_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  // Digit groups with single spaces after a number label; a group of capitals between separators after a file word.
  { text: 'Leerlingnummer 41 77 902 staat nog op de oude lijst.', expected: [e('client_number', '41 77 902')] },
  { text: 'Zaak 2024-VT-0193 is overgedragen aan het wijkteam.', expected: [e('client_number', '2024-VT-0193')] },
  // A day and month after a meeting word.
  { text: 'Zorgoverleg 7/11: afspraken over de thuissituatie.', expected: [e('date', '7/11')] },
  // A GGD with its region; a school type abbreviation before a name.
  { text: 'De jeugdverpleegkundige van GGD Twente belde terug.', expected: [e('institution', 'GGD Twente')] },
  { text: 'Hij zit sinds groep 3 op ibs Ar-Risaala.', expected: [e('institution', 'ibs Ar-Risaala')] },
  // A place no list has, after a street and house number; a known place after a role and a comma in brackets.
  { text: 'Vader woont op de Boerenweg 12 in Wolfsloo.', expected: [e('street_address', 'Boerenweg 12'), e('place', 'Wolfsloo')] },
  { text: 'Het nieuwe adres is Klaverweg 8, Kromwaal.', expected: [e('street_address', 'Klaverweg 8'), e('place', 'Kromwaal')] },
  { text: 'Henk Brouwers (buurman, Sittard) haalt de kinderen op.', expected: [e('name', 'Henk Brouwers'), e('place', 'Sittard')] },
  // A surname after a title with a dot; a first name and surname filling a form field.
  { text: 'Dr. Knippenbergh (kinderpsychiater) heeft hem gezien.', expected: [e('name', 'Knippenbergh')] },
  { text: 'Gegevens pupil: Iemke Stoopman (9).', expected: [e('name', 'Iemke Stoopman')] },
  { text: 'Gegevens pupil: Wendelien Harskamp, 9 jaar.', expected: [e('name', 'Wendelien Harskamp')] },
  // Chat: a first name that is also a word after "mees" (meester); a lowercase full name in brackets after a name.
  { text: 'mees bram zegt dat hij later komt', expected: [e('name', 'bram')] },
  { text: 'de vader van timo (kwame asante) belt morgen terug', expected: [e('name', 'timo'), e('name', 'kwame asante')] },
  // Unknown first names in a name slot: after "casus van", before an apposition, before an activity verb.
  { text: 'Wie neemt de casus van Oyinda over?', expected: [e('name', 'Oyinda')] },
  { text: 'Hanneloes, de stiefmoeder, komt naar het gesprek.', expected: [e('name', 'Hanneloes')] },
  { text: 'Yutong traint drie keer per week bij de zwemclub.', expected: [e('name', 'Yutong')] },
  { text: 'Wenqi werkt na school op een groentekwekerij.', expected: [e('name', 'Wenqi')] },
  // A full name before a comma and a bare role; a full name before "en" and another full name.
  { text: 'Bereikbaar via: Wendelien Stoopman, jeugdconsulent, op maandag.', expected: [e('name', 'Wendelien Stoopman')] },
  { text: 'Hendrikus Mul en Neeltje Mul-Stolk zijn de verzorgers van Jorn.', expected: [e('name', 'Hendrikus Mul'), e('name', 'Neeltje Mul-Stolk'), e('name', 'Jorn')] },
  // "net als" before a classmate's full name (a Dutch surname) stays a name.
  { text: 'Ze zingt graag, net als Fenne de Wit uit haar klas.', expected: [e('name', 'Fenne de Wit')] },
];

export const N_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'Ritalin helpt hem om zich te concentreren.', expected: [] },
  { text: 'Concerta werkt goed sinds de zomer.', expected: [] },
  { text: 'Melatonine helpt bij het inslapen.', expected: [] },
  { text: 'Strattera werkt pas na een paar weken.', expected: [] },
  { text: 'Zwemles, de moeder wil dat graag.', expected: [] },
  { text: 'Het dossier van Zorgdomein is leeg.', expected: [] },
  { text: 'In het dossier van Jeugdzorg staat weinig.', expected: [] },
  { text: 'Na het gesprek 2-3 keer per week contact.', expected: [] },
  { text: 'Ze doet Mr. Bean na in de klas.', expected: [] },
  { text: 'Hij wil later leider worden, net als Nelson Mandela.', expected: [] },
  { text: 'Hij kijkt elke dag vlogs van Jordi Warners.', expected: [] },
  { text: 'Oma bidt tot Maria voor haar kleinzoon.', expected: [] },
  { text: 'Ramadan Mubarak, schreef de juf op het bord.', expected: [] },
  { text: 'Over vader, Turkije en de familie daar wordt weinig gezegd.', expected: [] },
  { text: 'Hij zit bij de GGD in de wachtkamer.', expected: [] },
  { text: 'Hij praat veel over Jezus en de Bijbel.', expected: [] },
  { text: 'Ze is gek op SpongeBob en Bob de Bouwer.', expected: [] },
];

/**
 * Ninth tuning set: check sentences for the rules added after O's first run (dictated speech-to-text, cards, SMS shorthand,
 * minutes and pasted tables), written with those rules, in other names and wording than O. The clean ones are traps for
 * the same rules.
 */
export const O_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  // A phone number dictated as number words, also with two-digit words and mixed with digits.
  { text: 'bereikbaar op nul zes drie een acht vijf twee negen vier zeven zei de vader', expected: [e('phone', 'nul zes drie een acht vijf twee negen vier zeven')] },
  { text: 'het nummer van oma is 06 twee vier negen nul een drie acht vijf', expected: [e('phone', '06 twee vier negen nul een drie acht vijf')] },
  { text: 'bel de moeder op nul zes vijftig achtendertig twaalf zeven nul na drie uur', expected: [e('phone', 'nul zes vijftig achtendertig twaalf zeven nul')] },
  // A postcode whose letters are also a unit, right after a street and house number without a place.
  { text: 'Nieuw adres: Hoefslagstraat 7, 6412 KM (achterom).', expected: [e('street_address', 'Hoefslagstraat 7'), e('postcode', '6412 KM')] },
  // A dictated number after an id cue and "was", in two groups of three.
  { text: 'haar dossiernummer was 731 206 zei de gezinsvoogd', expected: [e('client_number', '731 206')] },
  // Dates in words; a birth date in words.
  { text: 'de zitting is op drieëntwintig oktober om tien uur', expected: [e('date', 'drieëntwintig oktober')] },
  { text: 'hij is geboren op de eerste februari tweeduizend vijftien', expected: [e('birth_date', 'eerste februari tweeduizend vijftien')] },
  // Tables: a date under a date header, a padded day-month cell, a birth date under its header, a full name in the first cell.
  { text: 'Datum | Gebeurtenis\n14-1 | vader belt school', expected: [e('date', '14-1')] },
  { text: 'Dag | Actie\n07-11 | huisbezoek gepland', expected: [e('date', '07-11')] },
  { text: 'Leerling\tGeboortedatum\tGroep\nJelmer Hoekstra\t02-05-2015\t4a', expected: [e('name', 'Jelmer Hoekstra'), e('birth_date', '02-05-2015')] },
  { text: 'Naam | Klas | Actie\nStorm Bakker | 2b | gesprek plannen', expected: [e('name', 'Storm Bakker')] },
  // Dictated names: before "heette ze", after a person and "heet", lowercase surnames after meneer/mevrouw, a relative "van vaderskant".
  { text: 'de kleine linde heette ze toen nog', expected: [e('name', 'linde')] },
  { text: 'het meisje heet zomer en ze is zes', expected: [e('name', 'zomer')] },
  { text: 'de wijkagent meneer kroeskamp zei dat het rustig was', expected: [e('name', 'kroeskamp')] },
  { text: 'mevrouw ter horst belt morgen terug', expected: [e('name', 'ter horst')] },
  { text: 'opa van vaderskant geert woont ook in het huis', expected: [e('name', 'geert')] },
  // Cards, SMS and minutes.
  { text: 'check bij broer (Jildert) of hij meekomt', expected: [e('name', 'Jildert')] },
  { text: 'todo Hyltje: mail naar leerplicht', expected: [e('name', 'Hyltje')] },
  { text: 'dhr v.d. Molen belde over de beschikking', expected: [e('name', 'v.d. Molen')] },
  { text: 'pap vn sieds komt om 3 uur', expected: [e('name', 'sieds')] },
  { text: 'kort gebeld mt Hyltje over de planning', expected: [e('name', 'Hyltje')] },
  { text: 'Aanwezig: Geertruida (notulist), wijkteam, Ymkje', expected: [e('name', 'Geertruida'), e('name', 'Ymkje')] },
  { text: 'Meneer VAN DEN BERG belde na schooltijd.', expected: [e('name', 'VAN DEN BERG')] },
  { text: "De mentor, meneer Op 't Hof, belt vader.", expected: [e('name', "Op 't Hof")] },
  // A person named De Koning stays a name (the title rule only takes "De Koning" opening a sentence).
  { text: 'Gisteren belde meneer De Koning over zijn zoon.', expected: [e('name', 'De Koning')] },
  { text: 'Twee broers, de jongste, Jildert, is 9 en fietst.', expected: [e('name', 'Jildert')] },
  { text: 'melding over Quinty-Rae, 5 jr, verzuim kdv', expected: [e('name', 'Quinty-Rae')] },
  // Places: lowercase after an area word, after a place label, in a family heading.
  { text: 'in de buurt schilderswijk hangen ze veel rond', expected: [e('place', 'schilderswijk')] },
  { text: 'Wijk: Hoograven, gezin bekend bij buurtteam', expected: [e('place', 'Hoograven')] },
  { text: '| Kind | Mees Bosman |\n| Woonplaats | Putten |', expected: [e('name', 'Mees Bosman'), e('place', 'Putten')] },
  { text: 'Familie Kartosen, Transvaal. Drie kinderen, vader werkt in de haven.', expected: [e('name', 'Kartosen'), e('place', 'Transvaal')] },
  { text: 'ze woont bij haar oom in de Rivierenwijk sinds de zomer', expected: [e('place', 'Rivierenwijk')] },
  // Institutions: dictated school name with its type, a school after a school role, a school in brackets after "school".
  { text: 'ze gaat naar het sbo de vlinderhof in zwolle', expected: [e('institution', 'sbo de vlinderhof')] },
  { text: 'de directeur van de zonnehoeve belde gisteren', expected: [e('institution', 'de zonnehoeve')] },
  { text: 'vader wil niet dat school (De Vijver) meeleest', expected: [e('institution', 'De Vijver')] },
];

export const O_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'we telden samen nul een twee drie vier vijf zes zeven acht negen', expected: [] },
  { text: 'de uitslag was nul zes en daarna drie een', expected: [] },
  { text: 'een maart als deze hebben we nooit gehad', expected: [] },
  { text: 'In artikel 2.4.12 van de Jeugdwet staat dat niet.', expected: [] },
  { text: 'Het huis stond op nummer 12, 1500 KM rijden van hier.', expected: [] },
  { text: 'leerlingnummer is nog niet bekend bij de administratie', expected: [] },
  { text: 'Onderwerp | Wie\nEerste Gesprek | ib', expected: [] },
  { text: 'Groep | Aantal\n1-2 | 24', expected: [] },
  { text: 'hoe heet ze ook alweer', expected: [] },
  { text: 'het meisje heet eigenlijk anders', expected: [] },
  { text: 'mevrouw zelf wil graag een gesprek', expected: [] },
  { text: 'meneer van de gemeente komt langs', expected: [] },
  { text: 'oma van moederskant is erg betrokken', expected: [] },
  { text: 'vraag aan vader (Turkije) hoe dat daar gaat', expected: [] },
  { text: 'to do Vrijdag: verslag sturen', expected: [] },
  { text: 'mam vn mij belde gisteren', expected: [] },
  { text: 'gebeld met Jeugdzorg over de plek', expected: [] },
  { text: 'Aanwezig: Voorzitter, Notulist, Jeugdarts', expected: [] },
  { text: 'Vader schreef: meneer NOOIT meer bellen.', expected: [] },
  { text: 'De training Taakspel, is 12 weken lang.', expected: [] },
  { text: 'in de wijk zelf is het rustig', expected: [] },
  { text: 'Wijk: Onbekend', expected: [] },
  { text: 'hij zit op het sbo de hele week', expected: [] },
  { text: 'ze gaan naar de basisschool de volgende week', expected: [] },
  { text: 'de juf van de kleutergroep zei dat hij moe was', expected: [] },
  { text: 'de mentor van de tweede klas zei dat het goed ging', expected: [] },
  { text: 'de groep werkt met Het Gelukskoffertje sinds de herfst', expected: [] },
  { text: 'een school die met De Kanjerkoffer werkt', expected: [] },
  { text: 'De Koningin opende het nieuwe gebouw.', expected: [] },
  { text: 'De spreekbeurt ging over Martin Luther King.', expected: [] },
  { text: 'Ze keken samen naar Boer zoekt Vrouw.', expected: [] },
  { text: 'Hij las "Koning van Katoren" van Jan Terlouw.', expected: [] },
  { text: 'Mijn moeder zegt altijd: dat weet jan met de pet ook.', expected: [] },
  { text: 'Verzonden vanaf mijn Nokia Lumia', expected: [] },
  { text: 'In de moskee leren ze over de Profeet Mohammed.', expected: [] },
  { text: 'Bij Bart Smit kocht hij een spel.', expected: [] },
];

/**
 * Tenth tuning set: check sentences for the rules added after P's first run (names touching institutions, teams and their areas,
 * bracketed facts, chat names with an age, field lists, names described as names, slashes, bare initials, neighbourhoods after a
 * verb of living; clean: games, authors, pets in apposition, TV personas), written with those rules, in other names and wording
 * than P. The identifying sentences after a rule's check show that the names around it stay names; the clean ones are traps.
 */
export const P_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  // A name right before "op <name> <type of institution>" is no surname ("op de" starts the institution).
  { text: 'De leerkracht van Mats op de Prins Willem Alexander School belde.', expected: [e('name', 'Mats')] },
  { text: 'Het gesprek met Anouk op de Johan Friso School verliep goed.', expected: [e('name', 'Anouk')] },
  // A surname with "op de" after a first name stays one.
  { text: 'Gisteren belde Jan op de Beek over zijn dochter.', expected: [e('name', 'Jan op de Beek')] },
  // A place after a local team and "in".
  { text: 'De coach van het jeugdteam in Wolderwijd kent het gezin al jaren.', expected: [e('place', 'Wolderwijd')] },
  { text: 'we belden het buurtteam in Zuilen over de schulden', expected: [e('place', 'Zuilen')] },
  // A named team or provider after "team van".
  { text: 'Sinds de zomer komt het behandelteam van De Waal twee keer per week.', expected: [e('institution', 'De Waal')] },
  { text: 'De begeleiders van Het Kompas schreven een mooi verslag.', expected: [e('institution', 'Het Kompas')] },
  // A neighbourhood in a bracketed list of facts.
  { text: 'Mijn casus (jongen, 14, Lunetten) gaat over schoolverzuim.', expected: [e('place', 'Lunetten')] },
  { text: 'De aanmelding (meisje van 6, Spangen) kwam via de huisarts.', expected: [e('place', 'Spangen')] },
  // A lowercase first name before an age apposition.
  { text: 'ik heb hier bram, 11, die niet meer naar school wil', expected: [e('name', 'bram')] },
  { text: 'in mijn klas zit sem, 7, die elke nacht wakker wordt', expected: [e('name', 'sem')] },
  // A field in a list with semicolons.
  { text: 'Casusinbrenger: Wilhelmien; thema: grenzen stellen; vraag: wat nu?', expected: [e('name', 'Wilhelmien')] },
  { text: 'datum: dinsdag; gespreksleider: Jorieke', expected: [e('name', 'Jorieke')] },
  // A word described as a name.
  { text: 'Bakker is de achternaam van zijn stiefvader.', expected: [e('name', 'Bakker')] },
  { text: 'Zijn roepnaam is Beer, maar op school heet hij anders.', expected: [e('name', 'Beer')] },
  { text: 'De achternaam is Visser en het gezin woont al lang in de wijk.', expected: [e('name', 'Visser')] },
  // Names joined by a slash.
  { text: 'Bo/Sem: de tweeling uit groep 4 die steeds ruzie maakt.', expected: [e('name', 'Bo'), e('name', 'Sem')] },
  { text: 'Storm / Lotte: broer en zus, allebei in groep 6.', expected: [e('name', 'Storm'), e('name', 'Lotte')] },
  // Initials: A.M./P.M. without a number, a bare initial opening a clause before a person verb.
  { text: 'Met dank aan P.M. voor het meelezen.', expected: [e('initials', 'P.M.')] },
  { text: 'We hebben het besproken met de ouders; R. wil eerst nadenken.', expected: [e('initials', 'R.')] },
  { text: 'Het was een lange middag. T. zegt dat hij bang is voor de overstap.', expected: [e('initials', 'T.')] },
  // A neighbourhood after a verb of living and "in de".
  { text: 'Hij woont sinds de scheiding met zijn vader in de Kolenkit.', expected: [e('place', 'Kolenkit')] },
  { text: 'ze is opgegroeid bij haar oma in de Baarsjes en daarna verhuisd', expected: [e('place', 'Baarsjes')] },
  // A name after a person and "in" stays a name when it is a formal surname ("mevrouw In 't Veld").
  { text: 'Het gesprek met mevrouw In de Braak was kort.', expected: [e('name', 'In de Braak')] },
  // The player before a game stays a name; a private person who writes stays a name.
  { text: 'Op het schoolplein zag ik dat Raziya speelt met de kleuters.', expected: [e('name', 'Raziya')] },
  { text: 'Marloes Jansen schreef al dat ze zich zorgen maakte.', expected: [e('name', 'Marloes Jansen')] },
  { text: 'Tessa schreef in het verslag dat vader boos werd.', expected: [e('name', 'Tessa')] },
  // A name after an animal and a comma, not in apposition, stays a name; a doctor with a surname stays a name.
  { text: 'We liepen met de hond, Sanne en ik, door het park.', expected: [e('name', 'Sanne')] },
  { text: 'Dr. Verhoeven schreef een verwijzing voor de kinderarts.', expected: [e('name', 'Verhoeven')] },
  { text: 'Dr. Anna belde gisteren over de uitslag van het onderzoek.', expected: [e('name', 'Anna')] },
];

export const P_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'Leerlingen op de vrije school leren veel buiten.', expected: [] },
  { text: 'We spraken het jeugdteam in Teams.', expected: [] },
  { text: 'Het team van de school belde terug.', expected: [] },
  { text: 'De casus (groep 5, 28 leerlingen, Rekenen) ging over motivatie.', expected: [] },
  { text: 'Het woord van de week is storm, 12 kinderen wisten wat het betekent.', expected: [] },
  { text: 'Het thema van les 4 is hoop, 12 leerlingen deden mee.', expected: [] },
  { text: 'Thema: Grenzen; vorm: Incidentmethode; duur: 45 minuten', expected: [] },
  { text: 'Onderwerp: Hechting; werkvorm: Kanjertraining', expected: [] },
  { text: 'Dit is de achternaam van moeder, niet die van vader.', expected: [] },
  { text: 'Wat is de voornaam van de nieuwe mentor?', expected: [] },
  { text: 'Havo/Vwo: de brugklas na de zomer.', expected: [] },
  { text: 'Juf/Meester kiest het boek.', expected: [] },
  { text: 'De les begint om 9 A.M. en duurt een uur.', expected: [] },
  { text: 'Vraag 3; A. ja of nee', expected: [] },
  { text: 'Zie bijlage A. Inleiding en doel.', expected: [] },
  { text: 'Vader woont sinds 2019 in de Verenigde Staten.', expected: [] },
  { text: 'Ze woont graag in de Zomer buiten.', expected: [] },
  { text: 'Hij zit de hele avond Valorant te spelen, zegt moeder.', expected: [] },
  { text: 'Het probleem is dat hij vooral Minecraft speelt.', expected: [] },
  { text: 'Ross Greene stelt in zijn boek dat kinderen het goed doen als ze kunnen.', expected: [] },
  { text: 'Thomas Gordon schreef al in 1970 over actief luisteren.', expected: [] },
  { text: 'Onze kat, Pluis, sliep de hele dag op zijn bed.', expected: [] },
  { text: 'Haar pony, Bella, staat op een weiland buiten de stad.', expected: [] },
  { text: 'Moeder kijkt elke avond naar Dr. Ruth.', expected: [] },
  { text: 'Ze kijkt vaak naar Dr. Mike op YouTube.', expected: [] },
];

/**
 * Eleventh tuning set (1 December), check sentences for the rules added after Q's first run, in other names and wording than Q:
 * card and transcript labels, initials as pseudonyms, quoted nicknames, form fields, names in capitals, letters' references,
 * birthdays, chat, and the false alarms on authors, singers, role nouns and endearments. The clean traps test each rule's limits.
 */
export const Q_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  // A card or transcript label opens a clause: a name after it, with a person's verb, "zelf"/"eerst" or a verb in -eert.
  { text: 'Advies: Senna eerst zelf laten vertellen wat er op het plein gebeurde.', expected: [e('name', 'Senna')] },
  { text: 'Idee: Nikita zelf een plan laten maken voor de pauzes.', expected: [e('name', 'Nikita')] },
  { text: 'Observatie: Roos provoceert vooral in de middag.', expected: [e('name', 'Roos')] },
  { text: 'Hypothese: Tijn kopieert het gedrag van zijn stiefbroer.', expected: [e('name', 'Tijn')] },
  { text: 'Deelnemer 5: Fedde zegt dat hij niet meer wil.', expected: [e('name', 'Fedde')] },
  // A yes/no question opening with its verb: the unknown word after it is the subject.
  { text: 'Inbrenger: Heeft Tsegereda al een mentor op de nieuwe school?', expected: [e('name', 'Tsegereda')] },
  { text: 'Gaat Yordanos volgende week weer naar de opvang?', expected: [e('name', 'Yordanos')] },
  // Initials used as a pseudonym next to the real name.
  { text: 'M. (eigenlijk Marit) durft niet alleen naar huis te fietsen.', expected: [e('initials', 'M.'), e('name', 'Marit')] },
  { text: 'In dit verslag noem ik haar voortaan S., omdat de school dat vroeg.', expected: [e('initials', 'S.')] },
  { text: 'De broer (ze noemen hem K.) slaapt soms bij een vriend.', expected: [e('initials', 'K.')] },
  // A nickname in quotes after "noemen hem/haar".
  { text: 'Op straat noemen ze haar altijd "Kleine Tijger", ook haar zus doet dat.', expected: [e('name', 'Kleine Tijger')] },
  // "case manager van X", a friend or sibling in Sranan/Papiamento, the one spoken to after "zei ... tegen".
  { text: 'De case manager van Ozan heeft het plan aangepast.', expected: [e('name', 'Ozan')] },
  { text: 'Haar mati Sherida uit Nickerie woont nu ook in de stad.', expected: [e('name', 'Sherida')] },
  { text: 'Toen zei de juf tegen Eshaan, dat hij even mocht afkoelen.', expected: [e('name', 'Eshaan')] },
  { text: 'Na het gesprek liep Roshano gewoon naar buiten.', expected: [e('name', 'Roshano')] },
  // The second of two names joined by "en".
  { text: 'het ging om Daan en Ilyano, zegt hij', expected: [e('name', 'Daan'), e('name', 'Ilyano')] },
  // Form fields separated by wide spaces; names in capitals.
  { text: 'Naam moeder: Karin Visser    Geboortedatum: 03-04-1985', expected: [e('name', 'Karin Visser'), e('birth_date', '03-04-1985')] },
  { text: 'Betreft: de jeugdige MARLOES DEKKER, thans verblijvend bij grootouders', expected: [e('name', 'MARLOES DEKKER')] },
  // A letter's reference; a birthday without a year; chat after an interjection; a lowercase school type in chat.
  { text: 'Ons kenmerk JB/2025/40917, graag vermelden bij uw antwoord.', expected: [e('client_number', 'JB/2025/40917')] },
  { text: 'mn broertje is op 14 juni jarig en dan gaan we naar oma', expected: [e('birth_date', '14 juni')] },
  { text: 'nou, fleur heeft alles aan de mentor verteld', expected: [e('name', 'fleur')] },
  { text: 'ik zit nu op t Hofstad lyceum en het is echt saai', expected: [e('institution', 'Hofstad lyceum')] },
  { text: 'Tip: vraag bij het Vechtdal College naar het verzuim.', expected: [e('institution', 'Vechtdal College')] },
  // A city district named by new/old and a direction.
  { text: 'Het gezin woont sinds kort in Oud-Zuid.', expected: [e('place', 'Oud-Zuid')] },
  // Names next to the new author rules stay names.
  { text: 'Volgens Marloes wil hij niet meer naar training.', expected: [e('name', 'Marloes')] },
  { text: 'Volgens Sanne Bakker zingt hij graag in de klas.', expected: [e('name', 'Sanne Bakker')] },
  { text: 'Net als Fenna de Vries zingt ze in het schoolkoor.', expected: [e('name', 'Fenna de Vries')] },
  { text: 'Ik heb het werk van Jesse Smit nagekeken.', expected: [e('name', 'Jesse Smit')] },
  { text: 'De cliënte Noor woont bij haar oma.', expected: [e('name', 'Noor')] },
];

export const Q_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'Tip: Structuur zelf laten bepalen door de groep.', expected: [] },
  { text: 'Hypothese: Angst zelf is niet het probleem.', expected: [] },
  { text: 'Vraag: Wat gebeurt er als hij boos wordt?', expected: [] },
  { text: 'Deelnemer 2: Ouders eerst laten uitpraten, dan pas de school.', expected: [] },
  { text: 'Is Structuur eigenlijk wel het probleem hier?', expected: [] },
  { text: 'Is Samenwerking hier eigenlijk wel mogelijk?', expected: [] },
  { text: 'Hypothese: Water speelt een rol bij zijn angst.', expected: [] },
  { text: 'Is dat eigenlijk wel waar?', expected: [] },
  { text: 'We noemen het hierna de casus, zonder namen.', expected: [] },
  { text: 'Zie bijlage B (eigen vertaling) voor het schema.', expected: [] },
  { text: 'We noemen dat "Plan B" in ons team.', expected: [] },
  { text: 'De case manager van de gemeente belde terug.', expected: [] },
  { text: 'Toen zei ze tegen Jeugdzorg, dat het zo niet langer kon.', expected: [] },
  { text: 'Hij liep gewoon naar buiten zonder iets te zeggen.', expected: [] },
  { text: 'Marokko en Turkije zijn de landen van herkomst.', expected: [] },
  { text: 'Het gaat om Rekenen en Taal, zegt de mentor.', expected: [] },
  { text: 'Naam school:    Geboortedatum onbekend', expected: [] },
  { text: 'ONDERWERP: VERZOEK OM INFORMATIE', expected: [] },
  { text: 'Een kenmerk van hechtingsproblemen is wantrouwen.', expected: [] },
  { text: 'nou, roos is mooi maar tulpen ook', expected: [] },
  { text: 'ik zit op het Engels college van de universiteit', expected: [] },
  { text: 'Ze verhuizen naar het noorden van het land.', expected: [] },
  { text: 'Volgens Bessel van der Kolk slaat het lichaam de stress op.', expected: [] },
  { text: 'In het werk van Daniel Siegel staat het raam van tolerantie centraal.', expected: [] },
  { text: 'Net zoals Bruce Springsteen zingt: we gotta get out while we are young.', expected: [] },
  { text: 'De trainer citeerde Carl Rogers over onvoorwaardelijke acceptatie.', expected: [] },
  { text: 'Cliënte heeft twee jonge kinderen en werkt parttime.', expected: [] },
  { text: 'Dushi, kom eens hier, zei tante.', expected: [] },
  { text: 'Kijk, de school heeft gebeld.', expected: [] },
];

/**
 * Twelfth tuning set: check sentences for the rules added after R's first run, written with those rules in other names and wording
 * than R (rules of 1 December: a full name after a strong cue of a work, theory or method is its author; an animal's name before
 * "die ... heet"; a chain after "bij de"; a demonym after "een"; a religious pair; a role label in minutes; a first name alone ending a
 * message). The identifying ones check that private persons next to those rules stay names.
 */
export const R_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'We lazen samen het boek van Fenna; ze had het zelf geschreven in groep 8.', expected: [e('name', 'Fenna')] },
  { text: 'Het boek van Noor Visser (9) ligt nog in de klas.', expected: [e('name', 'Noor Visser')] },
  { text: 'De tekeningen en het boek van Daan Mulder, haar klasgenoot, liggen op tafel.', expected: [e('name', 'Daan Mulder')] },
  { text: 'De tante van Lieke de Boer haalt haar elke woensdag op.', expected: [e('name', 'Lieke de Boer')] },
  { text: 'Ik heb het werk van Iris Kramer vandaag nagekeken.', expected: [e('name', 'Iris Kramer')] },
  { text: 'Het Sociaal Team van Anouk Vermeulen heeft gisteren gebeld.', expected: [e('name', 'Anouk Vermeulen')] },
  { text: 'De buurvrouw die Ria heet, past soms op de kinderen.', expected: [e('name', 'Ria')] },
  { text: 'Na school gaat hij naar Dirk, de oom van moeders kant.', expected: [e('name', 'Dirk')] },
  { text: 'Maria en haar broer kwamen allebei te laat.', expected: [e('name', 'Maria')] },
  { text: 'Gespreksleider: Mirjam. Verder waren er zes deelnemers.', expected: [e('name', 'Mirjam')] },
  { text: 'Kan iemand het verslag nog rondsturen? Jorien.', expected: [e('name', 'Jorien')] },
  { text: 'Fijne avond allemaal en tot donderdag! Roos', expected: [e('name', 'Roos')] },
];

export const R_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'Het boek van Stijn Dekker over rouw bij kinderen vond ik erg bruikbaar.', expected: [] },
  { text: 'We werken in de klas met de aanpak van Thomas Gordon.', expected: [] },
  { text: 'Hij leest graag, vooral alles van Paul van Loon.', expected: [] },
  { text: 'Het werk van Louise Kuipers over veerkracht kwam uitgebreid aan bod.', expected: [] },
  { text: 'Tijdens de training oefenden we met Geweldloze Communicatie van Marshall Rosenberg.', expected: [] },
  { text: 'Ze hebben thuis een kat die Mila heet en twee kippen.', expected: [] },
  { text: 'Na school haalt ze chips bij de Dirk in het winkelcentrum.', expected: [] },
  { text: 'Opa is een Twentenaar en praat niet graag over gevoelens.', expected: [] },
  { text: 'Oma is een Groninger van de oude stempel.', expected: [] },
  { text: 'Boven de bank hangt een schilderij van Maria en Jozef.', expected: [] },
  { text: 'Thema: Samenwerking. Verslag volgt per mail. Prima.', expected: [] },
  { text: 'Dank jullie wel voor de fijne sessie! Tot de volgende keer.', expected: [] },
];

/**
 * Thirteenth tuning set (S_RULES_*), written on 1 December after S's first run with the rules it led to, in other names and wording
 * than S (rules: a pet named in a relative clause or as a closing apposition, the idiom of turning fifty, an author after a lecture,
 * article or podcast or after a work's title, role nouns opening a sentence, a demonym that is a first name with its country or
 * language, a policy compound; a reply of a name and an age or one initial, a name before "uit" and a class, a date after a birth
 * date, a sentence opening with a preposition before "De/Het X", a regional body). The clean traps also probe words that could set
 * off the rules of the last four rounds; the identifying ones check that private persons next to the narrowed rules stay names.
 */
export const S_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'Daan (11)', expected: [e('name', 'Daan')] },
  { text: 'K.', expected: [e('initials', 'K.')] },
  { text: 'Ziekmelding: Lotte uit 3B (geb. 02-09-2010) is sinds 4 maart afwezig.', expected: [e('name', 'Lotte'), e('birth_date', '02-09-2010'), e('date', '4 maart')] },
  { text: 'Bij De Wegwijzer merken we hetzelfde met de wachttijden.', expected: [e('institution', 'De Wegwijzer')] },
  { text: 'De aanmelding liep via Samenwerkingsverband Eemvallei.', expected: [e('institution', 'Samenwerkingsverband Eemvallei')] },
  { text: 'Ik heb Abraham gezien op het plein, hij wachtte op zijn moeder.', expected: [e('name', 'Abraham')] },
  { text: 'De buurman, die hij Ome Kees noemde, kwam elke dag langs.', expected: [e('name', 'Kees')] },
  { text: 'Student Jelle de Graaf liep stage in groep 5.', expected: [e('name', 'Jelle')] },
  { text: 'Een lezing van Sanne Jansen (moeder van Tim) was indrukwekkend.', expected: [e('name', 'Sanne Jansen'), e('name', 'Tim')] },
  { text: 'Zijn broer, Max.', expected: [e('name', 'Max')] },
];

export const S_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'Moeder wordt volgend jaar Abraham en wil dat groots vieren.', expected: [] },
  { text: 'De leerkracht heeft al Sarah gezien, dus ze weet waar ze over praat.', expected: [] },
  { text: 'Hun kat, die ze zelf Pluis hadden genoemd, is vorige week weggelopen.', expected: [] },
  { text: 'Haar konijn, Snuf.', expected: [] },
  { text: 'We lazen het boek Opvoeden in een nieuwe tijd van Micha de Winter.', expected: [] },
  { text: 'Er was een podcast van Esther Perel over gezinnen onder druk.', expected: [] },
  { text: 'Studente loopt stage bij de kinderopvang en vindt het zwaar.', expected: [] },
  { text: 'Zijn vader is Fin en spreekt thuis Fins met de kinderen.', expected: [] },
  { text: 'Het Actieplan Jeugd loopt tot 2026.', expected: [] },
  { text: 'Het samenwerkingsverband passend onderwijs denkt mee.', expected: [] },
  { text: 'Het Jeugdteam heeft een wachtlijst van acht weken.', expected: [] },
  { text: 'A.', expected: [] },
  { text: 'Tip: Rust zelf bewaken tijdens het gesprek.', expected: [] },
  { text: 'Kan iemand dit overnemen? Graag.', expected: [] },
  { text: 'Fijne dag allemaal. Hoop.', expected: [] },
  { text: 'Zijn hond, een oude labrador, slaapt bij hem op de kamer.', expected: [] },
  { text: 'De visie van Jeugdbescherming Brabant is duidelijk.', expected: [] },
  { text: 'Hij is een Rotterdammer in hart en nieren.', expected: [] },
  { text: 'Moeder werkt bij de Hema in het centrum.', expected: [] },
  { text: 'Vraag: Is het verslag al rondgestuurd?', expected: [] },
];

/**
 * Fourteenth tuning set (T_RULES_*), written on 1 December after T's first run with the rules it led to, in other names and wording
 * than T: each rule has identifying sentences and clean traps (`dossier COVID-19`, `dat Jeugdzorg zich`, `in Magister`, `uit
 * Vlaanderen`, `naar opa Kees`, a Dutch surname after `schreef ... boek`, a frequent word after a card label, a team of a district).
 */
export const T_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'Zie het verslag (cliënt BJZ-4471902), besproken in het MDO.', expected: [e('client_number', 'BJZ-4471902')] },
  { text: 'Ik merk dat Tsehaye zich terugtrekt in de klas.', expected: [e('name', 'Tsehaye')] },
  { text: 'Omdat Feruza zich niet veilig voelt, slaapt ze bij haar oom.', expected: [e('name', 'Feruza')] },
  { text: 'Eerst de huisarts; Mahabier informeerde daarna alleen moeder.', expected: [e('name', 'Mahabier')] },
  { text: 'De jongen hangt vaak rond in Grachtengordel met oudere jongens.', expected: [e('place', 'Grachtengordel')] },
  { text: 'Ze heeft nu een kamer in Lindenhorst.', expected: [e('place', 'Lindenhorst')] },
  { text: 'Zelfs in een dorp als Wagenborgen weet iedereen het al.', expected: [e('place', 'Wagenborgen')] },
  { text: 'post naar: dorpsweg 12, 5683 kl best', expected: [e('street_address', 'dorpsweg 12'), e('postcode', '5683 kl'), e('place', 'best')] },
  { text: 'De hond heet Kees, naar opa Kees.', expected: [e('name', 'opa Kees')] },
  { text: 'Noor Visser schreef er een boek over voor school.', expected: [e('name', 'Noor Visser')] },
  { text: 'Ik sprak Sanne van West gisteren na de les.', expected: [e('name', 'Sanne')] },
];

export const T_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'Het dossier COVID-19 is gesloten.', expected: [] },
  { text: 'Ik denk dat Jeugdzorg zich meer moet laten zien.', expected: [] },
  { text: 'Ik hoop dat Nederland zich schaamt voor deze wachtlijsten.', expected: [] },
  { text: 'Eerst de school; Leerplicht adviseerde een gesprek.', expected: [] },
  { text: 'Daarna reageerde de school wel snel.', expected: [] },
  { text: 'Eerst de school; Jeugdzorg reageerde pas na weken.', expected: [] },
  { text: 'Moeder ziet de cijfers in Magister en Parnassys.', expected: [] },
  { text: 'De begeleider komt uit Vlaanderen.', expected: [] },
  { text: 'Hij zit de hele dag in Minecraft.', expected: [] },
  { text: 'Hij noemt zijn hamster Bolke, naar Bolke de Beer.', expected: [] },
  { text: 'Thea Beckman schreef er ooit een mooi boek over.', expected: [] },
  { text: 'Er ging een Amber Alert uit voor een ander meisje.', expected: [] },
  { text: 'Via Burgernet kwam een melding binnen.', expected: [] },
  { text: 'Conclusie: Stress speelt een grote rol.', expected: [] },
  { text: 'Hypothese: Schaamte speelt mee bij het verzuim.', expected: [] },
  { text: 'Het Buurtteam van West heeft een wachtlijst.', expected: [] },
  { text: 'We keken de film Pinkeltje van Disney.', expected: [] },
  { text: 'DE SCHOOL HEEFT GEBELD. DE GEMEENTE WIL EEN GESPREK.', expected: [] },
  { text: 'Een Limburger en een Brabander deelden hun ervaringen.', expected: [] },
  { text: 'Het staat allemaal in Teams.', expected: [] },
  { text: 'Ze leest graag boeken over Jip en Janneke.', expected: [] },
];

/**
 * Fifteenth tuning set (U_RULES_*), written on 1 December after U's first run (and V's: both measured the same guard) with the rules
 * U led to, in other names and wording than U: types of institution (`VSO`, `RKSV`, `MHC`, `SO`, `... Jeugdpsychiatrie`), a client
 * number after a cue with a bare qualifier (`patiëntnummer van moeder bij de GGZ is ...`), a name opening a sentence before `van` an
 * organisation and a person verb, and a name as a theme. Clean traps: `tv`, `Afdeling Psychiatrie`, a number cue without a number,
 * a frequent word or an unlisted word before `van de gemeente`, characters `als thema`/`als titel`, `scouting` without a name.
 */
export const U_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'Ze zit op VSO De Wissel, maar traint drie keer per week bij RKSV De Zwaluwen.', expected: [e('institution', 'VSO De Wissel'), e('institution', 'RKSV De Zwaluwen')] },
  { text: 'De trainer van MHC Rietvelden belde de moeder van Ilse.', expected: [e('institution', 'MHC Rietvelden'), e('name', 'Ilse')] },
  { text: 'Na de zomer gaat Bas naar SO De Sterrenboog.', expected: [e('name', 'Bas'), e('institution', 'SO De Sterrenboog')] },
  { text: 'Hij staat op de wachtlijst bij Lindenveld Jeugdpsychiatrie.', expected: [e('institution', 'Lindenveld Jeugdpsychiatrie')] },
  { text: 'Het patiëntnummer van moeder bij de GGZ is 71-2046-8, zegt de brief.', expected: [e('client_number', '71-2046-8')] },
  { text: 'Het dossiernummer bij jeugdzorg was 2024-55817 volgens de gezinsvoogd.', expected: [e('client_number', '2024-55817')] },
  { text: 'Wilma van het wijkteam heeft de ouders gisteren gebeld.', expected: [e('name', 'Wilma')] },
  { text: 'Hoekstra van de gemeente wil eerst een gesprek.', expected: [e('name', 'Hoekstra')] },
  { text: 'Roos van Kinderopvang De Vlinder belde vanochtend.', expected: [e('name', 'Roos'), e('institution', 'Kinderopvang De Vlinder')] },
  { text: 'Ze wil later Robin Hood zijn, zegt Lotte.', expected: [e('name', 'Lotte')] },
];

export const U_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'Ze kijken samen tv in de woonkamer.', expected: [] },
  { text: 'Afdeling Psychiatrie belde terug over de opname.', expected: [] },
  { text: 'De Psychiatrie kent lange wachtlijsten.', expected: [] },
  { text: 'Het cliëntnummer van moeder staat op de brief.', expected: [] },
  { text: 'Het dossiernummer van vader heb ik niet.', expected: [] },
  { text: 'Eerst de gemeente: Leerplicht van de regio wil een gesprek.', expected: [] },
  { text: 'Wonen van de gemeente wil eerst een huurachterstand zien.', expected: [] },
  { text: 'Het zomerkamp had Peter Pan als thema.', expected: [] },
  { text: 'De musical van groep 8 had Willem Tell als titel.', expected: [] },
  { text: 'Ze gaat graag naar scouting en zwemles.', expected: [] },
];

/**
 * Sixteenth tuning set (V_RULES_*), written on 1 December after V's first run with the rules it led to, in other names and wording
 * than V: a listed first name that is a word before `scoort`/`scoorde`, a lowercase first name after a verb of sending and
 * `naar`/`aan`, lowercase initials after `op naam van`/`t.a.v. mw.`, a place after `locatie`/`vestiging`, and names that must stay
 * names next to the new rules (drawing a sister, a full name with a frequent-word surname, a child's own book, a person named before
 * `heette ze`, a team's area). Clean traps: a team before its verb, characters drawn or coloured, titles of methods and courses in
 * capitals, authors after `artikel`/`handboek`, a frequent word before a person verb, a pet named before `heette ie`, `naar de school?`,
 * `Het team scoort hoog`, `op naam van de verhuurder`, `een locatie in het centrum`.
 */
export const V_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'Roos scoorde twee doelpunten in de finale.', expected: [e('name', 'Roos')] },
  { text: 'Bram scoort laag op begrijpend lezen.', expected: [e('name', 'Bram')] },
  { text: 'mail het plan even naar iris, zij regelt de rest', expected: [e('name', 'iris')] },
  { text: 'heb jij de brief al doorgestuurd aan roos?', expected: [e('name', 'roos')] },
  { text: 'de aanmaning staat op naam van j. visser', expected: [e('initials', 'j. visser')] },
  { text: 't.a.v. mw. a. de boer, afdeling schuldhulp', expected: [e('initials', 'a. de boer')] },
  { text: 'Hij woont bij Stichting Het Anker, locatie Zwolle.', expected: [e('institution', 'Stichting Het Anker'), e('place', 'Zwolle')] },
  { text: 'Het buurtteam werkt vanuit vestiging Assen.', expected: [e('place', 'Assen')] },
  { text: 'Ze tekent steeds Sanne en haar zusje Mila.', expected: [e('name', 'Sanne'), e('name', 'Mila')] },
  { text: 'Zwemjuf Jelte Zwart vroeg zich af waarom hij niet meer kwam.', expected: [e('name', 'Jelte Zwart')] },
  { text: 'Het boek van Noor gaat over haar opa.', expected: [e('name', 'Noor')] },
  { text: 'onze buurvrouw kwam langs, Ria heette ze', expected: [e('name', 'Ria')] },
  { text: 'Het wijkteam Kanaleneiland doet de intake.', expected: [e('place', 'Kanaleneiland')] },
];

export const V_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'Het jeugdteam onderzoekt of er meer hulp nodig is.', expected: [] },
  { text: 'Het buurtteam bespreekt de casus morgen.', expected: [] },
  { text: 'Hij kleurt vaak Bumba en Woezel in een kleurboek.', expected: [] },
  { text: 'Ze tekent graag Nijntje, Dikkie Dik en Boris.', expected: [] },
  { text: 'We werken met Positive Behavior Support Nederland.', expected: [] },
  { text: 'Ze volgt de cursus Mindful Parenting Training Basis.', expected: [] },
  { text: 'Ik las het artikel over hechting van Bowlby nog eens.', expected: [] },
  { text: 'Dit staat in het handboek van Verhulst.', expected: [] },
  { text: 'Voor hen is Allah heel belangrijk, en Geloof speelt een grote rol.', expected: [] },
  { text: 'op de foto zat een kat, Tijger heette ie', expected: [] },
  { text: 'stuur het verslag naar de school?', expected: [] },
  { text: 'Het team scoort hoog op de tevredenheidsmeting.', expected: [] },
  { text: 'zag je de aanmaning? op naam van de verhuurder', expected: [] },
  { text: 'De opvang heeft een locatie in het centrum.', expected: [] },
];

/**
 * Seventeenth tuning set (W_RULES_*), written on 1 December after W's first run with the rules it led to, in other names and
 * wording than W: surnames in capitals as registration systems print them ("SURNAME, First name" at the start of a field or after
 * a person cue; one word in capitals after a formal title or a doctor's role), a number after more file words (`casusnummer`,
 * `parketnummer`), a bare day and month after a note, a check or an appointment compound, Frisian grandparents and SMS `mdr`/`vdr`
 * as cues, and the abbreviated school types (RSG, CSG). With clean traps that the new rules must not flag.
 */
export const W_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'Naam: DE GRAAF, Wessel; Geb.: 04-09-2012', expected: [e('name', 'DE GRAAF'), e('name', 'Wessel'), e('birth_date', '04-09-2012')] },
  { text: 'Ouders: moeder BOUZIANE, Nadia; vader onbekend.', expected: [e('name', 'BOUZIANE'), e('name', 'Nadia')] },
  { text: 'Gezag: vader (OKONKWO, Emeka), moeder overleden.', expected: [e('name', 'OKONKWO'), e('name', 'Emeka')] },
  { text: 'Verwijzer: huisarts BROUWER, praktijk aan de haven', expected: [e('name', 'BROUWER')] },
  { text: 'Telefoonnotitie: mw. KOWALCZYK belde over de brief.', expected: [e('name', 'KOWALCZYK')] },
  { text: 'De ouder met casusnummer BR-40917 wacht nog op bericht.', expected: [e('client_number', 'BR-40917')] },
  { text: 'Notitie 23-10: moeder belde af voor de huisbezoek.', expected: [e('date', '23-10')] },
  { text: 'Volgende vervolgafspraak 14-01 bij het wijkteam.', expected: [e('date', '14-01')] },
  { text: 'Beppe Sjoukje haalt Jorrit elke woensdag op.', expected: [e('name', 'Sjoukje'), e('name', 'Jorrit')] },
  { text: 'belde vdr sem: hij komt pas na vieren', expected: [e('name', 'sem')] },
  { text: 'Hij gaat na de zomer naar RSG Wiringherlant.', expected: [e('institution', 'RSG Wiringherlant')] },
];

export const W_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'Let op: DRINGEND, Graag voor vrijdag terugbellen.', expected: [] },
  { text: 'Aanmelding via de GGD, Daarna volgt een intake.', expected: [] },
  { text: 'Status: AFGEROND, Verslag volgt per post.', expected: [] },
  { text: 'Gezin bekend bij de HAVO, VMBO en het MBO.', expected: [] },
  { text: 'Besproken: AVG, bewaartermijnen en inzage.', expected: [] },
  { text: 'mevrouw AVG-proof werken is lastig in een app.', expected: [] },
  { text: 'De huisarts HAP belt alleen bij spoed.', expected: [] },
  { text: 'Het gesprek duurde 2-3 uur, het contact 1-2 keer per week.', expected: [] },
  { text: 'Het huisnummer 12-14 hoort bij het pand op de hoek.', expected: [] },
  { text: 'mdr belde af, de afspraak vervalt.', expected: [] },
  { text: 'Betrokkene was bereid mee te werken aan het onderzoek.', expected: [] },
];

/**
 * Eighteenth tuning set (X_RULES_*), written on 1 December after X's first run with the rules it led to, in other names and
 * wording than X: English titles (`Ms.`, `Mrs.`, and `Mr.` before a listed name or a tussenvoegsel), English dates (`3 February`,
 * `Born`), English weekdays, months after a word of time and languages as no names, court and police numbers (`Parketnummer`,
 * a second number after a slash, `Case number`, `Student ID`), bare day-month after `navraag`, `contact` and `verzet naar`, and
 * `rechtbank`/`JJI` as types of institution. With clean traps that the new rules must not flag.
 */
export const X_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'Please ask Ms. Mensah (SEN coordinator) to join the call.', expected: [e('name', 'Mensah')] },
  { text: 'Mrs. Kowalski will pick up her son after school.', expected: [e('name', 'Kowalski')] },
  { text: 'The referral came from Mr. De Groot last week.', expected: [e('name', 'De Groot')] },
  { text: 'Mr. Visser is bereikbaar via de griffie.', expected: [e('name', 'Visser')] },
  { text: 'The evaluation is planned for 3 February, kun jij erbij zijn?', expected: [e('date', '3 February')] },
  { text: 'Born 2013-11-05 in Lagos, she joined in Year 4.', expected: [e('birth_date', '2013-11-05')] },
  { text: 'Parketnummer 10/117723-24 staat op de oproep.', expected: [e('client_number', '10/117723-24')] },
  { text: 'Zaaknummer: C/13/700112 / JE RK 24-2231 inzake de minderjarige.', expected: [e('client_number', 'C/13/700112'), e('client_number', 'JE RK 24-2231')] },
  { text: 'Case number EX-44120 was closed by the desk.', expected: [e('client_number', 'EX-44120')] },
  { text: 'Student ID 88213-KLM, Grade 5.', expected: [e('client_number', '88213-KLM')] },
  { text: 'geen klachten meer (navraag 02/12).', expected: [e('date', '02/12')] },
  { text: 'huisbezoek verzet naar 9/1, bel eerst even.', expected: [e('date', '9/1')] },
  { text: 'Eerste contact 07-02: moeder was open.', expected: [e('date', '07-02')] },
  { text: 'De zitting was bij de rechtbank Oost-Brabant.', expected: [e('institution', 'rechtbank Oost-Brabant')] },
  { text: 'Hij verblijft sinds maart in JJI Den Hey-Acker.', expected: [e('institution', 'JJI Den Hey-Acker')] },
  { text: 'Ik heb May gisteren nog gesproken over de overstap.', expected: [e('name', 'May')] },
];

export const X_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'The parents meeting is on Monday, the report is due by June.', expected: [] },
  { text: "Let's keep the summary short for the Wednesday meeting.", expected: [] },
  { text: 'She speaks Polish at home and English at school.', expected: [] },
  { text: 'Ze doet Mr. Bean na tijdens de pauze.', expected: [] },
  { text: 'Hij zei 4-0 na de wedstrijd, het contact 3-4 keer per week.', expected: [] },
  { text: 'The school year ends in August, the camp is in May.', expected: [] },
  { text: 'De rechtbank beslist binnen zes weken.', expected: [] },
  { text: 'De Remedial Teacher helpt twee keer per week.', expected: [] },
  { text: 'The deadline was moved to the end of March.', expected: [] },
  { text: 'Navraag bij de school leverde niets op.', expected: [] },
];

/**
 * Nineteenth tuning set (Y_RULES_*), written on 1 December after Y's first run with the rules it led to, in other names and
 * wording than Y: regional function words that the first-name lists hold (`mien`/`dien`/`zien` before a noun, `noa`/`nao` before
 * an article, the verb after a clitic `'k`) as no names, a BSN dictated as number words after its cue, a street with a house
 * number as a number word after `aan/op de` (and a bare street word such as `Markt` with digits), `mevrouw <tussenvoegsel>
 * <surname>` in lowercase before a preposition of topic, `kliniek de <name>` and `<type> lyceum <name>` in lowercase; a name
 * between commas after a role (`de logopedist, Joep,`), a case word joined to a name (`casus-Boukhari`) and a school type before
 * `aan` and a capitalised name (`College aan de Linge`). With clean traps that the new rules must not flag.
 */
export const Y_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'burgerservicenummer van moeder is een vier zeven twee drie acht drie negen nul', expected: [e('bsn', 'een vier zeven twee drie acht drie negen nul')] },
  { text: 'ze woont nu bij haar tante aan de kloosterlaan vierendertig', expected: [e('street_address', 'kloosterlaan vierendertig')] },
  { text: 'De praktijk zit op de Kade 7, boven de bakker.', expected: [e('street_address', 'Kade 7')] },
  { text: 'afspraak gemaakt met meneer van der kooij over de schoolkeuze', expected: [e('name', 'van der kooij')] },
  { text: 'de moeder is doorverwezen naar kliniek de linde in ede', expected: [e('institution', 'kliniek de linde'), e('place', 'ede')] },
  { text: 'hij zit op het stedelijk gymnasium vondelhorst in de tweede', expected: [e('institution', 'stedelijk gymnasium vondelhorst')] },
  { text: 'noa de gym moet Fenne altijd huilen, zegt de juf.', expected: [e('name', 'Fenne')] },
  { text: 'mien zegt dat ze morgen niet kan komen', expected: [e('name', 'mien')] },
  { text: 'Het klikte pas toen de logopedist, Joep, het spel overnam.', expected: [e('name', 'Joep')] },
  { text: 'De gezinscoach, Marloes Keizer, neemt het gesprek over.', expected: [e('name', 'Marloes Keizer')] },
  { text: 'Wat ik meeneem uit de casus-Boukhari: eerst de schulden.', expected: [e('name', 'Boukhari')] },
  { text: 'Ze is aangemeld bij het College aan de Linge.', expected: [e('institution', 'College aan de Linge')] },
];

export const Y_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'Dien jong wil nog altied neet nao de sjaol gaon.', expected: [] },
  { text: "'k Ebbe gister nog mie de meester geprot.", expected: [] },
  { text: 'Zien moeke kump nao de kèrk, mer hae neet.', expected: [] },
  { text: 'Ze gaan noa de zee in de vakantie.', expected: [] },
  { text: 'Op de markt twee kramen verder verkopen ze vis.', expected: [] },
  { text: 'We stonden op de Markt 2 uur te wachten.', expected: [] },
  { text: 'Het bsn heb ik nog niet, ze heeft een kind van twee.', expected: [] },
  { text: 'Hij gaat naar het lyceum volgend jaar, ze heeft het college gemist.', expected: [] },
  { text: 'Ze lag een week in de kliniek de hele zomer lang.', expected: [] },
  { text: 'We spraken met de mentor, Donderdag volgt het verslag.', expected: [] },
  { text: 'Vooraf overleg met de logopedist, Daarna het oudergesprek.', expected: [] },
  { text: 'De casus-Bespreking liep uit, het gezin-Overleg ook.', expected: [] },
  { text: 'Hij wil later naar een lyceum aan zee of in de stad.', expected: [] },
];

/**
 * Twentieth tuning set (Z_RULES_*), written on 1 December after Z's first run with the rules it led to, in other names and
 * wording than Z: a name opening a sentence before `uit <place>` and a person verb or before `en zijn/haar <relative>`; a
 * listed first name after a card label before a verb of the third person (also after a label, a colon and a quote); minutes'
 * `Notulist:` with a full name; a capitalised tussenvoegsel after a doctor's role; a nickname after `aka`/`alias` and a
 * social-media handle; pleegzorg, COA and IND numbers (`gezinsnummer`, `V-nummer`, a qualifier in capitals, a file word with a
 * lowercase qualifier before a number with capitals); `KC` and `SKO` as types; a bare day and month after `deadline`/`uiterlijk`.
 * With clean traps that the new rules must not flag.
 */
export const Z_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'Anastasia uit Zaporizja vertelt dat haar dochter slecht slaapt.', expected: [e('name', 'Anastasia')] },
  { text: 'Tomasz Zieliński en zijn dochter wonen sinds mei boven de garage.', expected: [e('name', 'Tomasz Zieliński')] },
  { text: 'Koen uit Lindenholt traint twee keer per week bij de atletiek.', expected: [e('name', 'Koen')] },
  { text: 'Conclusie: Tess krijgt voorlopig extra begeleiding.', expected: [e('name', 'Tess')] },
  { text: 'Observatie: "Mees bouwt alleen en praat niet", aldus de juf.', expected: [e('name', 'Mees')] },
  { text: 'Notulist: Marjolein Smit, met dank aan iedereen.', expected: [e('name', 'Marjolein Smit')] },
  { text: 'Huisarts Van Leeuwen verwijst naar de kinderarts.', expected: [e('name', 'Van Leeuwen')] },
  { text: 'Kevin alias "Kiki" is weer gezien bij het station.', expected: [e('name', 'Kevin'), e('name', 'Kiki')] },
  { text: 'Het filmpje staat op het account @lisa.x2011 van haar klasgenoot.', expected: [e('name', '@lisa.x2011')] },
  { text: 'Dossier jeugdzorg 2024/JZ/1187: de plaatsing loopt door.', expected: [e('client_number', '2024/JZ/1187')] },
  { text: 'Gezinsnummer 771-204-55 staat op de brief van het azc.', expected: [e('client_number', '771-204-55')] },
  { text: 'Het V-nummer van vader is 3301829476.', expected: [e('client_number', '3301829476')] },
  { text: 'Hij zit in groep 4 van KC Het Palet.', expected: [e('institution', 'KC Het Palet')] },
  { text: 'Verslag naar de rechtbank, uiterlijk 14-01.', expected: [e('date', '14-01')] },
];

export const Z_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'Elsa uit Frozen is haar grote voorbeeld.', expected: [] },
  { text: 'De jongen uit Syrië en zijn broer spelen samen.', expected: [] },
  { text: 'Conclusie: Structuur biedt houvast.', expected: [] },
  { text: 'Notulist: wie wil dat deze keer doen?', expected: [] },
  { text: 'De jeugdarts van de GGD belde terug.', expected: [] },
  { text: 'Stuur het even naar @allen in de groepsapp.', expected: [] },
  { text: 'Zet een @ voor de naam als je iemand wilt taggen.', expected: [] },
  { text: 'Het kind nummer 3 van de lijst kwam niet.', expected: [] },
  { text: 'Het dossier groeit snel; elk jaar 2024 nieuwe pagina’s.', expected: [] },
  { text: 'De deadline is 2-3 weken na de intake.', expected: [] },
];

/**
 * Twenty-first tuning set: check sentences for the open-class rule added after AA's and AB's first runs (unknown-words.ts and
 * the last rule of detectNames), written by the engineer who added it, one or more per part of the rule with clean traps for
 * what it must leave alone (titles, brands, apps, medication, languages, theorists, interjections, compounds, English). AA's and
 * AB's own sentences are not copied. Not blind.
 */
export const AB_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'Gisteren sprak ik met Tsegereda over de nachten.', expected: [e('name', 'Tsegereda')] },
  { text: 'De logopedist belde voor Kwabena, hij mist veel lessen.', expected: [e('name', 'Kwabena')] },
  { text: 'Hallo Thanasis, kun je morgen iets eerder komen?', expected: [e('name', 'Thanasis')] },
  { text: 'Het broertje van Djenairo zit in groep 3.', expected: [e('name', 'Djenairo')] },
  { text: 'We hebben Nazanin Rahimzadeh uitgenodigd voor het gesprek.', expected: [e('name', 'Nazanin Rahimzadeh')] },
  { text: 'Ik heb het plan met Ilkay en zijn tante doorgenomen.', expected: [e('name', 'Ilkay')] },
  { text: 'Tesfalem is sinds de zomer niet meer op school geweest.', expected: [e('name', 'Tesfalem')] },
  { text: 'Quirine huilde toen haar moeder wegging.', expected: [e('name', 'Quirine')] },
  { text: 'Volgens de mentor (Jorrit-Jan) gaat het beter.', expected: [e('name', 'Jorrit-Jan')] },
  { text: 'Onderweg naar huis kwamen we Ledion tegen.', expected: [e('name', 'Ledion')] },
  { text: 'De voogd sprak ook met Mahdiya, de oudste dochter.', expected: [e('name', 'Mahdiya')] },
  { text: 'Dat zei Sunniva zelf ook tijdens het huisbezoek.', expected: [e('name', 'Sunniva')] },
];

export const AB_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'Hij speelt elke avond Fortnite met jongens uit de klas.', expected: [] },
  { text: 'Ze kijkt graag naar Bluey en wil een eigen hond.', expected: [] },
  { text: 'De school stuurt berichten via Parro en Magister.', expected: [] },
  { text: 'Hij gebruikt sinds kort Medikinet, dat lijkt te helpen.', expected: [] },
  { text: 'Thuis spreken ze Farsi en een beetje Engels.', expected: [] },
  { text: 'Het gezin spreekt Tamazight met de grootouders.', expected: [] },
  { text: 'Dit doet denken aan wat Winnicott schreef over de goed genoeg moeder.', expected: [] },
  { text: 'We werken met de methode Taakspel in groep 5.', expected: [] },
  { text: 'Ze vertelde over het boek Wonder dat ze in de klas lazen.', expected: [] },
  { text: 'In de training Traumasensitief Opvoeden leerden ouders veel.', expected: [] },
  { text: 'Herkenbaar verhaal, bij ons gaat het precies zo.', expected: [] },
  { text: 'Navraag bij de huisarts leverde geen nieuwe informatie op.', expected: [] },
  { text: 'Boksles op dinsdag helpt hem om zijn energie kwijt te raken.', expected: [] },
  { text: 'Wallah, zei hij, ik heb niets gedaan.', expected: [] },
  { text: 'Hij draagt altijd zijn Nike-jas, ook binnen.', expected: [] },
  { text: 'She said the Learning Support team would call back.', expected: [] },
  { text: 'We keken samen naar Inside Out om over gevoelens te praten.', expected: [] },
  { text: 'Hij bouwt graag met Lego en Duplo met zijn zusje.', expected: [] },
  { text: 'De ouders vieren Nowruz met de hele familie.', expected: [] },
  { text: 'Het Jeugdfonds Sport betaalt de contributie.', expected: [] },
];

/**
 * Twenty-second tuning set: check sentences for the rules added after AC's and AD's first runs, written by the engineer who
 * added them, with clean traps; AC's and AD's own sentences are not copied. Not blind.
 */
export const AD_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'Overleg 3 maart: Storm (gr. 5) slaapt slecht sinds de verhuizing.', expected: [e('name', 'Storm')] },
  { text: 'Op de lijst: 1. Roos (gr. 2) 2. Mats (gr. 8).', expected: [e('name', 'Roos'), e('name', 'Mats')] },
  { text: 'Besproken: Wiebren, groep 6, leesproblemen.', expected: [e('name', 'Wiebren')] },
  { text: 'Aanvullende afspraken: Dwayne meldt zich elke maandag bij de coach.', expected: [e('name', 'Dwayne')] },
  { text: 'dhr van beurden gebeld, terugbellen morgen', expected: [e('name', 'van beurden')] },
  { text: 'Lieve is snel overprikkeld in een volle klas.', expected: [e('name', 'Lieve')] },
  { text: 'Bel gerust mevrouw Peeters op 09 234 56 78 of via de school.', expected: [e('name', 'Peeters'), e('phone', '09 234 56 78')] },
  { text: 'De familie is verhuisd, ze wonen nu beukenlaan 12 in het dorp.', expected: [e('street_address', 'beukenlaan 12')] },
];

export const AD_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'Rekenen (groep 5) gaat beter sinds de remediëring.', expected: [] },
  { text: 'Taakspel (groep 5) werkt goed bij deze klas.', expected: [] },
  { text: 'Smit, bakker of kapper: hij weet nog niet wat hij wil worden.', expected: [] },
  { text: 'Ook Helpwanted heeft goede informatie voor jongeren over sexting.', expected: [] },
  { text: 'Na zijn achttiende gaat de hulp van de Jeugdwet naar Wmo en Wlz.', expected: [] },
  { text: 'Hij plakte de foto van zijn opa erin en liet het trots zien.', expected: [] },
  { text: 'mw de wijkcoach belt morgen terug', expected: [] },
  { text: 'Logopedie wordt vergoed uit de basisverzekering.', expected: [] },
  { text: 'Zwemles is op zaterdag en vader brengt hem.', expected: [] },
  { text: 'Mentoruur gaat deze week over pesten.', expected: [] },
];

/**
 * Twenty-third tuning set: check sentences for the rules added after AE's and AF's first runs, written by the engineer who
 * added them, with clean traps; AE's and AF's own sentences are not copied. Not blind.
 */
export const AF_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'Evaluatie 3-2-2026: Noor gaat weer twee dagen naar school.', expected: [e('name', 'Noor')] },
  { text: 'Stand van zaken: Daan is sinds de kerstvakantie rustiger.', expected: [e('name', 'Daan')] },
  { text: 'nou en het meisje heet eh jolijn denk ik', expected: [e('name', 'jolijn')] },
  { text: '[21:04] Fatima 🌸: Weet iemand of de gym morgen doorgaat?', expected: [e('name', 'Fatima')] },
  { text: '05-02-2026 08:12 - Ricardo Martina: ik breng hem vandaag', expected: [e('name', 'Ricardo Martina')] },
  { text: 'Onderwerp: aanvraag verlenging Yusuf B.', expected: [e('name', 'Yusuf'), e('initials', 'B.')] },
  { text: 'Nr;Naam;Groep\n318802;Visser, Lotte;5;2', expected: [e('client_number', '318802'), e('name', 'Visser, Lotte')] },
  { text: 'Gesprek gehad met mevr. Hoekstra over de thuissituatie.', expected: [e('name', 'Hoekstra')] },
];

export const AF_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'Binnen Marokkaans-Nederlandse gezinnen speelt familie een grote rol.', expected: [] },
  { text: 'Een Surinaamse moeder vroeg om een gesprek met een vrouwelijke hulpverlener.', expected: [] },
  { text: 'Geachte collega, Hiermee bevestig ik de afspraak van volgende week.', expected: [] },
  { text: 'Rond Keti Koti praten we in de klas over de geschiedenis van de slavernij.', expected: [] },
  { text: 'De gemeente betaalt de reiskosten als ouders dat niet kunnen.', expected: [] },
  { text: 'Dat waren er in heel vorig jaar minder dan nu in één maand.', expected: [] },
  { text: 'Overleg met een collega. Vertrouwen is de basis van elk gesprek.', expected: [] },
  { text: '[09:30] Penningmeester: de contributie is binnen, dank jullie wel', expected: [] },
  { text: 'Jaar;Aantal;Regio\n2025;31847;Noord', expected: [] },
  { text: 'Winti is voor veel gezinnen een deel van hun geloof en cultuur.', expected: [] },
];

/**
 * Twenty-fourth tuning set: check sentences for the rules added after AG's and AH's first runs, written by the engineer who
 * added them, with clean traps; AG's and AH's own sentences are not copied. Not blind.
 */
export const AH_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'Het hof bekrachtigde de beschikking in zaak C/09/661204.', expected: [e('client_number', 'C/09/661204')] },
  { text: 'Overdracht gedaan, Cliënt-ID 4471920 staat in het systeem.', expected: [e('client_number', '4471920')] },
  { text: 'Mijn zaak is 2025-20417 volgens de brief.', expected: [e('client_number', '2025-20417')] },
  { text: 'Aanwezig waren de ouders, J. en K. Doornbos, en de mentor.', expected: [e('initials', 'J.'), e('initials', 'K. Doornbos')] },
  { text: 'Goedemiddag meester. Bilal zijn toets is kwijt, kan hij hem opnieuw maken?', expected: [e('name', 'Bilal')] },
  { text: 'De tolk, pani Grażyna, vertaalde alles.', expected: [e('name', 'Grażyna')] },
  { text: 'Djenna liet haar tekening trots zien.', expected: [e('name', 'Djenna')] },
  { text: 'Marwa en Yusra Haddad zitten samen in groep 6.', expected: [e('name', 'Marwa'), e('name', 'Yusra Haddad')] },
];

export const AH_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'Salam meester, hij komt morgen weer.', expected: [] },
  { text: 'Merhaba juf, dank voor het bericht.', expected: [] },
  { text: 'Dziękuję bardzo voor de hulp met het formulier.', expected: [] },
  { text: 'Masha Allah, wat is hij gegroeid dit jaar.', expected: [] },
  { text: 'Rollenspellen werken goed in deze groep.', expected: [] },
  { text: 'Het dossier is 2024 pagina’s dik geworden, zei de voogd lachend.', expected: [] },
  { text: 'Het verhaal van Jezus zijn leerlingen kwam aan bod op de zondagsschool.', expected: [] },
  { text: 'Bedankt dat jullie er waren, tot de volgende keer.', expected: [] },
];

/**
 * Twenty-fifth tuning set: check sentences for the rules added after AI's and AJ's first runs, written by the engineer who
 * added them, with clean traps; AI's and AJ's own sentences are not copied. Not blind.
 */
export const AJ_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'Late dienst: Daan was om 21.00 nog wakker.', expected: [e('name', 'Daan')] },
  { text: 'Fleur was gisteren erg verdrietig na het bezoek.', expected: [e('name', 'Fleur')] },
  { text: 'Het gesprek liep uit; Marloes en ik bleven tot zes uur.', expected: [e('name', 'Marloes')] },
  { text: 'Onder bewind: Geertruida Smit (Trudy), sinds maart.', expected: [e('name', 'Geertruida Smit'), e('name', 'Trudy')] },
  { text: 'Klantnummer bij Vitens: 4401882 staat op de brief.', expected: [e('client_number', '4401882')] },
  { text: 'Volgens wijkagent Dekker was hij er niet bij.', expected: [e('name', 'Dekker')] },
  { text: 'Het huurcontract 71-204418 loopt op naam van moeder.', expected: [e('client_number', '71-204418')] },
];

export const AJ_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'Ouderkamer was vandaag druk met vragen over toeslagen.', expected: [] },
  { text: 'Late dienst: rustige avond, iedereen om tien uur op bed.', expected: [] },
  { text: 'Tutor meldt dat het huiswerk beter gaat.', expected: [] },
  { text: 'De wijkagent belde terug over de melding.', expected: [] },
  { text: 'Het huurcontract loopt nog een jaar door.', expected: [] },
  { text: 'Stand van zaken: Veilig Thuis doet onderzoek.', expected: [] },
];

/**
 * Twenty-sixth tuning set: check sentences for the rules added after AK's and AL's first runs (and the OCR reading after AJ),
 * written by the engineer who added them, with clean traps; the batches' own sentences are not copied. Not blind.
 */
export const AL_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'Actie: Hildegard stuurt de uitnodiging rond.', expected: [e('name', 'Hildegard')] },
  { text: 'Aanmelding JGZ: Fenna, geboren 2-4-2024, huilt veel.', expected: [e('name', 'Fenna'), e('birth_date', '2-4-2024')] },
  { text: 'Trekker: Joost.', expected: [e('name', 'Joost')] },
  { text: 'In casus 2025-0412 ging het om een meisje van 8.', expected: [e('client_number', '2025-0412')] },
  { text: 'tel vader O6-2O481937 na 17u', expected: [e('phone', 'O6-2O481937')] },
  { text: 'dos.nr. 44-O1729l overgedragen', expected: [e('client_number', '44-O1729l')] },
];

export const AL_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'Eigenaar: de school, in overleg met het wijkteam.', expected: [] },
  { text: 'Haar zoon werd door de wijkagent thuisgebracht.', expected: [] },
  { text: 'Als Wlz-indicatiesteller zie ik dit vaker.', expected: [] },
  { text: 'De voogd van Nidos komt eens per maand.', expected: [] },
  { text: 'In casus 12 ging het over pesten.', expected: [] },
  { text: 'Oslo 2025 was het thema van de reis, lol.', expected: [] },
];

/**
 * Twenty-seventh tuning set: check sentences for the rules added after AM's first run, written by the engineer who added them,
 * with clean traps; AM's own sentences are not copied. Not blind.
 */
export const AM_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'marieke stuurt de agenda vanavond nog rond', expected: [e('name', 'marieke')] },
  { text: 'tomasz en katarzyna komen samen naar het gesprek', expected: [e('name', 'tomasz'), e('name', 'katarzyna')] },
  { text: 'netwerk: buurvr truus en opa henk', expected: [e('name', 'truus'), e('name', 'henk')] },
  { text: 'volgende week mdo met dr. amponsah', expected: [e('name', 'amponsah')] },
  { text: 'Dewi en lotte zitten bij elkaar in de klas', expected: [e('name', 'Dewi'), e('name', 'lotte')] },
  { text: 'zijn moeder Hiwet spreekt weinig Nederlands.', expected: [e('name', 'Hiwet')] },
  { text: 'ze logeren bij opa op de beukenlaan 9', expected: [e('street_address', 'beukenlaan 9')] },
  { text: 'het b.s.n. van de baby is twee zes vier vijf negen een nul zeven nul', expected: [e('bsn', 'twee zes vier vijf negen een nul zeven nul')] },
];

export const AM_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'we stonden op de snelweg 20 minuten stil door een ongeluk', expected: [] },
  { text: 'met papa en roos uit de tuin maakte ze een boeket', expected: [] },
  { text: 'de Jeugdwet en de Participatiewet gelden hier allebei', expected: [] },
  { text: 'ouders willen graag meer informatie over de aanpak', expected: [] },
  { text: 'mvg en tot donderdag', expected: [] },
];

/**
 * Twenty-eighth tuning set: check sentences for the rules added after AO's first run, written by the engineer who added them,
 * with clean traps; AO's own sentences are not copied. Not blind.
 */
export const AO_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'gezin de graaf: verhuisd, nieuwe school nog niet bekend', expected: [e('name', 'de graaf')] },
  { text: 'de zitting was bij mr. b. kramer, die was duidelijk', expected: [e('initials', 'b. kramer')] },
  { text: 'stuur het verslag naar j. de haan van het wijkteam', expected: [e('initials', 'j. de haan')] },
  { text: 'jongen 9 jr (sanne is zijn zus) en meisje 6 jr (lotte)', expected: [e('name', 'sanne'), e('name', 'lotte')] },
  { text: 'wiebke - mentor; vader onbekend', expected: [e('name', 'wiebke')] },
];

export const AO_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'hoe krijg je ouders te motiveren voor een oudergesprek?', expected: [] },
  { text: 'het gezin de hele week niet kunnen bereiken', expected: [] },
  { text: 'ik stuur het naar de school en de gemeente', expected: [] },
  { text: 'graag een reactie (ja of nee) voor vrijdag', expected: [] },
  { text: 'taak - notulen rondsturen', expected: [] },
];

/**
 * Twenty-ninth tuning set, written with the round after AQ and AR (the context model's thresholds, lowercase surnames after a
 * title, dictated numbers and e-mail addresses, spelled-out names, lowercase initials): each rule once, and clean sentences that
 * look like them.
 */
export const AR_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'ik heb gisteren mevrouw abdillahi gesproken over de overstap', expected: [e('name', 'abdillahi')] },
  { text: 'we gaan donderdag langs bij fam. karimi, graag samen', expected: [e('name', 'karimi')] },
  { text: 'ze kan terecht bij pleeggezin van der linden in het dorp', expected: [e('name', 'van der linden')] },
  { text: 'Moeder heet Efua Mensah, Mensah is M E N S A H.', expected: [e('name', 'Efua Mensah'), e('name', 'M E N S A H')] },
  { text: 'mail het verslag naar k punt de jong at outlook punt com', expected: [e('email', 'k punt de jong at outlook punt com')] },
  { text: 'Het nieuwe adres is Beukenlaan honderdvier, tweede verdieping.', expected: [e('street_address', 'Beukenlaan honderdvier')] },
  { text: 'zorgmelding gedaan voor leerling r.t. uit groep 8', expected: [e('initials', 'r.t.')] },
  { text: 'de jongen (s.k., 14) zit nu op een andere school', expected: [e('initials', 's.k.')] },
  { text: 'Volgens het systeem is het BSN 111 22 23 33, klopt dat?', expected: [e('bsn', '111 22 23 33')] },
  { text: 'In de beschikking staat rekestnummer JE RK 25-1133.', expected: [e('client_number', 'JE RK 25-1133')] },
  { text: 'telefoon van oma: nul zes, vijftig, twaalf, drieëntachtig, elf', expected: [e('phone', 'nul zes, vijftig, twaalf, drieëntachtig, elf')] },
  { text: 'zijn vrouw nadia belt morgen terug over de afspraak', expected: [e('name', 'nadia')] },
];

export const AR_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'ik heb mevrouw gisteren nog gesproken over de overstap', expected: [] },
  { text: 'we bespraken het met mevrouw de directeur en de intern begeleider', expected: [] },
  { text: 'de familie van de buren heeft ook hulp gevraagd', expected: [] },
  { text: 'De G G D komt langs, zeiden ze aan de telefoon.', expected: [] },
  { text: 'we zijn er o.a. (3 keer) en i.v.m. 15 leerlingen niet aan toegekomen', expected: [] },
  { text: 'We lopen de Beukenlaan twee keer af met de klas.', expected: [] },
  { text: 'ben er morgen niet, vervanging is geregeld', expected: [] },
  { text: 'de juf van de jongste maakt zich zorgen over het verzuim', expected: [] },
  { text: 'agenda: inloop, check-in, casus, oogst', expected: [] },
  { text: 'groepsapp heeft weer voor onrust gezorgd deze week', expected: [] },
];

/**
 * Thirtieth tuning set, written with the round after AU (derived Dutch words at the start of a sentence, numbers read out digit by
 * digit, spoken numbers far after their cue, titles before a tussenvoegsel, the lawyer's "mr."): each rule once, and clean sentences
 * that look like them.
 */
export const AU_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'ze heeft klantnummer 4 4 0 9 1 7 bij de voedselbank', expected: [e('client_number', '4 4 0 9 1 7')] },
  { text: 'aangemeld onder registratienummer vijf vijf twee nul acht een', expected: [e('client_number', 'vijf vijf twee nul acht een')] },
  { text: 'het bsn van de oudste voor het formulier van de gemeente is een een een twee twee twee drie drie drie', expected: [e('bsn', 'een een een twee twee twee drie drie drie')] },
  { text: 'de huisarts, dokter van der velde, belt morgen terug', expected: [e('name', 'van der velde')] },
  { text: 'De advocaat van moeder is mr. De Haan.', expected: [e('name', 'De Haan')] },
  { text: 'meester de graaf heeft de melding gedaan', expected: [e('name', 'de graaf')] },
];

export const AU_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'Melder wil anoniem blijven naar het gezin toe.', expected: [] },
  { text: 'Aanmelding is binnen, we plannen een intake.', expected: [] },
  { text: 'Enkelband blijft nog drie weken om.', expected: [] },
  { text: 'de juf van de kleutergroep zei dat hij moe was', expected: [] },
  { text: 'meester van groep 5 heeft de ouders gebeld', expected: [] },
  { text: 'dokter van de ggd komt donderdag', expected: [] },
  { text: 'het klantnummer staat op de brief van de voedselbank', expected: [] },
];

/**
 * Thirty-first tuning set, written with the round after AV and AW (a postcode after a house number, file numbers by their
 * shape, lowercase initials in brackets and after a first name, a writer introducing themselves, surnames after a title, more
 * person verbs at the start of a sentence): each rule once, and clean sentences that look like them.
 */
export const AV_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'post gaat voortaan naar eikenlaan 12, 3811 hk amersfoort', expected: [e('street_address', 'eikenlaan 12'), e('postcode', '3811 hk')] },
  { text: 'op de beschikking staat 2025-vt-04412, dat is het goede nummer', expected: [e('client_number', '2025-vt-04412')] },
  { text: 'gesproken met de mentor (r.v.) over de afspraken', expected: [e('initials', 'r.v.')] },
  { text: 'de uitslag van lotte b. is binnen', expected: [e('name', 'lotte'), e('initials', 'b.')] },
  { text: 'yasmin hier, ik ben de nieuwe gezinscoach', expected: [e('name', 'yasmin')] },
  { text: 'de ouders (fam. nguyen) willen eerst zelf praten', expected: [e('name', 'nguyen')] },
  { text: 'Femke merkte op dat hij de laatste weken stiller is.', expected: [e('name', 'Femke')] },
];

export const AV_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'we kiezen voor plan b. als dat niet lukt', expected: [] },
  { text: 'het schooljaar 2024-2025 was zwaar voor het team', expected: [] },
  { text: 'ik hier, even kort: de notulen komen morgen', expected: [] },
  { text: 'de familie is boos over het besluit', expected: [] },
  { text: 'Roos blijft een lastige naam voor een bloemenwinkel.', expected: [] },
  { text: 'Tijd lag niet aan onze kant dit keer.', expected: [] },
  { text: 'zie bijlage a. voor de cijfers van dit jaar', expected: [] },
];

/**
 * The thirty-second tuning set (after AX and AY): names by the company they keep (name-company.ts: coordinated with a found
 * name, after a sibling word, "moeder van", "van het wijkteam", called by name, with a verb of talking), a lowercase postcode
 * after a street, an address in brackets, lowercase initials before a tussenvoegsel, and a bare "nummer" after a possessive.
 * Sentences written for the rules, not taken from the batches.
 */
export const AX_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'vanmiddag heeft ze met noor en fleur buiten gespeeld', expected: [e('name', 'noor'), e('name', 'fleur')] },
  { text: 'bij sven en zijn broertje mees gaat het beter', expected: [e('name', 'sven'), e('name', 'mees')] },
  { text: 'ik sprak de vader van tesfay na schooltijd', expected: [e('name', 'tesfay')] },
  { text: 'ehm toen belde anke van het buurtteam nog', expected: [e('name', 'anke')] },
  { text: 'Willemijn, jij zou de ouders nog bellen toch?', expected: [e('name', 'Willemijn')] },
  { text: 'ik heb met joy gesproken en joy vertelde dat het thuis onrustig is', expected: [e('name', 'joy'), e('name', 'joy')] },
  { text: 'ze wonen nu op lindenlaan 4, 3811 km amersfoort', expected: [e('street_address', 'lindenlaan 4'), e('postcode', '3811 km'), e('place', 'amersfoort')] },
  { text: 'het oude adres (kerkstraat 9) klopt niet meer', expected: [e('street_address', 'kerkstraat 9')] },
  { text: 'ik overleg met j. van dijk van leerplicht', expected: [e('initials', 'j. van dijk')] },
  { text: 'Zijn nummer bij ons is 2024/5518, vermeld dat in de mail.', expected: [e('client_number', '2024/5518')] },
];

export const AX_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'haar zoon door de week bij oma, in het weekend thuis', expected: [] },
  { text: 'de jeugdconsulent van de gemeente komt ook', expected: [] },
  { text: 'we gaan met de storm en de regen niet naar buiten', expected: [] },
  { text: 'de storm zegt genoeg over dit najaar', expected: [] },
  { text: 'het was 1500 km rijden naar zijn opa', expected: [] },
  { text: 'hij speelt onder nummer 10 in de jo11', expected: [] },
  { text: 'verwijs naar ouderspreekuur van het cjg als het te veel wordt', expected: [] },
];

/**
 * The thirty-third tuning set (after AZ, BA, BB and BC): a name with an apostrophe s ("jaylano's school"), a surname after a
 * profession or form of address with a tussenvoegsel ("huisarts van der meulen", "meneer van de molen"), a parent named in
 * brackets, a name after a verb of saying, a lowercase initial and a listed surname; and the words that must stay out:
 * abbreviations with 's, dialect, inflected verbs, a job after "mw de".
 */
export const AZ_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'kenan\'s moeder belde vanochtend af', expected: [e('name', 'kenan')] },
  { text: 'de verwijzing van jeugdarts van der linden is binnen', expected: [e('name', 'van der linden')] },
  { text: 'vader (ruben) is sinds de zomer uit huis', expected: [e('name', 'ruben')] },
  { text: 'en toen zegt noor ineens dat ze niet meer naar huis wil', expected: [e('name', 'noor')] },
  { text: 'de brief is getekend door b. jansen van de gemeente', expected: [e('initials', 'b. jansen')] },
  { text: 'dokter adeyemi wil hem over zes weken terugzien', expected: [e('name', 'adeyemi')] },
  { text: 'onze pleegdochter nyaluak gaat naar groep 5', expected: [e('name', 'nyaluak')] },
  { text: 'hij is jeugdarts in Genk en belt terug', expected: [e('place', 'Genk')] },
];

export const AZ_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'de KPI\'s en de OPP\'s moeten voor de zomer af', expected: [] },
  { text: 'mw de wijkcoach belt morgen terug', expected: [] },
  { text: '\'k Ebbe mee de juf gepraot, ze zei da hij nie stil kan zitten', expected: [] },
  { text: 'haar dochter braakt na het eten en de oudste klampte zich vast', expected: [] },
  { text: 'wie heeft ervaring met amv\'s in een gastgezin?', expected: [] },
  { text: 'de huisarts van de moeder belde nog', expected: [] },
];

/**
 * The thirty-fourth tuning set (after BD and BE): a person from a city no list has ("uit" alone is no tussenvoegsel; a character
 * from a film needs a story around it), a full name opening a sentence alone, a capitalised name-word after "en" and a found
 * name, a name with an apostrophe s that is also a rare word, lowercase initials of a pupil named by their class.
 */
export const BD_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'Farid uit Herat zit sinds de zomer in groep 6.', expected: [e('name', 'Farid'), e('place', 'Herat')] },
  { text: 'Vader: Bogdan Petrenko. Moeder is er niet bij.', expected: [e('name', 'Bogdan Petrenko')] },
  { text: 'De tweeling Sem en Hoop wordt vrijdag door oma gehaald.', expected: [e('name', 'Sem'), e('name', 'Hoop')] },
  { text: "heeft iemand tyrone's nieuwe adres?", expected: [e('name', 'tyrone')] },
  { text: 'r.b. uit groep 8 gaat naar het vso', expected: [e('initials', 'r.b.')] },
];

export const BD_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'Ze wil Anna uit Frozen zijn met carnaval.', expected: [] },
  { text: 'De juf leest voor uit Matilda, elke ochtend een hoofdstuk.', expected: [] },
  { text: 'Ze kijkt graag naar Paw Patrol en Bluey.', expected: [] },
  { text: "de hobby's van de jongens zijn gamen en voetbal", expected: [] },
  { text: 'o.a. uit groep 8 komen er vragen over de overstap', expected: [] },
];

/**
 * The thirty-fifth tuning set (after BF, BG and BH): the first word of a letter after its salutation is no name, the national
 * school test, a number word is no name, a misheard surname after "of", a Flemish "ge" after a name called, lowercase initials
 * of two letters before a surname, a family word before a name.
 */
export const BF_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'de moeder is mevrouw Verhoeven of Verhoeve, dat verstond ik niet goed', expected: [e('name', 'Verhoeven'), e('name', 'Verhoeve')] },
  { text: 'Lieve, ge moet u daar geen zorgen over maken.', expected: [e('name', 'Lieve')] },
  { text: 'het plan is besproken met j.p. de groot, de mentor', expected: [e('initials', 'j.p. de groot')] },
  { text: 'tante gerda haalt de kinderen op woensdag', expected: [e('name', 'gerda')] },
  { text: 'Beste collega, Sanne belde vanochtend over de aanmelding.', expected: [e('name', 'Sanne')] },
];

export const BF_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'Geachte mevrouw, Naar aanleiding van ons gesprek stuur ik u de stukken.', expected: [] },
  { text: 'Beste collega, Dank voor je bericht, ik kom erop terug.', expected: [] },
  { text: 'De uitslag van de Cito-toets was goed, ook Cito begrijpend lezen.', expected: [] },
  { text: 'op een schaal van nul tot tien geeft moeder een vier', expected: [] },
  { text: 'als den oudste nie luistert dan zeg ik er iets van', expected: [] },
  { text: 'hij plakte de foto van zijn opa erin', expected: [] },
];

/**
 * The thirty-sixth tuning set (after BI, BJ and BK): a name with an age opening a note, a name after the word for it or before
 * its spelling, a postcode after "de postcode is", nine digits read out one by one, membership and decision numbers, a pupil
 * "uit mijn groep"; and the words that must stay out (a person word with an age, "met u", the chat's "mo" for moeder).
 */
export const BI_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'Liva (3 jr), spraak loopt achter, logopedie aangevraagd', expected: [e('name', 'Liva')] },
  { text: 'is de achternaam visser of fischer?', expected: [e('name', 'visser'), e('name', 'fischer')] },
  { text: 'nee, dekker, met een d', expected: [e('name', 'dekker')] },
  { text: 'de postcode is 3512 KM, nummer weet ik niet', expected: [e('postcode', '3512 KM')] },
  { text: 'ik lees het voor: 1 1 1 2 2 2 3 3 3', expected: [e('bsn', '1 1 1 2 2 2 3 3 3')] },
  { text: 'lidnummer 55821, beschikkingsnummer B-2024-11802', expected: [e('client_number', '55821'), e('client_number', 'B-2024-11802')] },
  { text: 'daan uit mijn groep vertelde het', expected: [e('name', 'daan')] },
];

export const BI_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'jongste (2) nog niet bij het cb geweest', expected: [] },
  { text: 'Student (19) heeft een huurachterstand', expected: [] },
  { text: 'Graag zou ik een keer met u in gesprek gaan.', expected: [] },
  { text: 'mo geeft aan dat ze schulden heeft', expected: [] },
  { text: 'Jeugdige is veertien jaar en zit in de tweede klas.', expected: [] },
];

/**
 * The thirty-seventh tuning set (after BL, BM and BN): a speaker introducing themselves or thanking someone, a name before a
 * possessive, an apposition that says who a name is, a listed surname after a form of address with its dot, a misheard name
 * corrected, numbers dictated with pauses ("..."), a postcode the clause names, a street after "op het"; and the verb "zijn" and a
 * role after a modal left alone.
 */
export const BL_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'goedemorgen allemaal, ik ben noor en ik werk bij het wijkteam', expected: [e('name', 'noor')] },
  { text: 'dank je wel fatma, dan ga ik nu verder', expected: [e('name', 'fatma')] },
  { text: 'we gaan zaterdag naar tim zijn oma', expected: [e('name', 'tim')] },
  { text: 'Het ging over Storm, de jongste van het gezin, die niet meer praat.', expected: [e('name', 'Storm')] },
  { text: 'Ik bel voor mevrouw Jansen... Janssen? Met dubbel s.', expected: [e('name', 'Jansen'), e('name', 'Janssen')] },
  { text: 'Mijn nummer is nul zes... twee twee... drie drie... vier vier... vijf vijf.', expected: [e('phone', 'nul zes... twee twee... drie drie... vier vier... vijf vijf')] },
  { text: 'de postcode staat fout in het systeem, het moet 1011 kb zijn', expected: [e('postcode', '1011 kb')] },
  { text: 'ze wonen op het kerkplein 7 sinds de zomer', expected: [e('street_address', 'kerkplein 7')] },
];

export const BL_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'Jade en amber zijn de kleuren die ze koos.', expected: [] },
  { text: 'Ze wil Elsa zijn in het kerstspel.', expected: [] },
  { text: "'ik ben gwn moe meneer', zei hij", expected: [] },
  { text: 'Dank u wel foor het gesprek.', expected: [] },
  { text: 'Ik ben pedagogisch coach op een kinderdagverblijf.', expected: [] },
];

/**
 * The thirty-eighth tuning set (after BO, BP and BQ): a record of someone ("dossiernr van ..."), a name with a group or an
 * organisation in brackets, a profession before a surname only shaped like a place, fillers inside a dictated number, a letter
 * before a spaced file number, a street with "nummer" before its number word, a letter opening after "heer, mevrouw,"; and a long
 * word only shaped like a place is no name.
 */
export const BO_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'het dossiernummer van jesse is 2024-11873', expected: [e('name', 'jesse'), e('client_number', '2024-11873')] },
  { text: 'Voorbeeld: Sem (groep 6) wil niet meer naar gym.', expected: [e('name', 'Sem')] },
  { text: 'ik verwijs naar logopedist hendriks', expected: [e('name', 'hendriks')] },
  { text: 'het nummer is nul zes, eh, één twee, drie vier, vijf zes, zeven acht', expected: [e('phone', 'nul zes, eh, één twee, drie vier, vijf zes, zeven acht')] },
  { text: 'betreft zaaknummer C 05 412 877 inzake de minderjarige', expected: [e('client_number', 'C 05 412 877')] },
  { text: 'ze wonen op de tulpstraat nummer twaalf en hebben een tuin', expected: [e('street_address', 'tulpstraat nummer twaalf')] },
];

export const BO_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'Geachte heer, mevrouw, Onlangs ontvingen wij uw aanvraag.', expected: [] },
  { text: 'Hij is zonder startkwalificatie van school gegaan.', expected: [] },
  { text: 'Het verslag wordt via Zivver gedeeld.', expected: [] },
];

/**
 * The thirty-ninth tuning set (after BR, BS, BT and BU): a family by its surname, a nickname after "bijnaam" or a verb of calling,
 * a name introducing themselves in capitals, "jouw" after a name called, a full name opening a sentence before a verb, a comma
 * between a file number's cue and the number; and an author before a verb of writing, a word someone calls themselves.
 */
export const BR_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'Bij het gezin Lin uit Almere is de hulp gestopt.', expected: [e('name', 'Lin'), e('place', 'Almere')] },
  { text: 'ze noemen hem pino, zijn echte naam weet niemand', expected: [e('name', 'pino')] },
  { text: 'hij heeft de bijnaam kogel gekregen op straat', expected: [e('name', 'kogel')] },
  { text: 'Ik ben Storm, en ja, zo heet ik echt.', expected: [e('name', 'Storm')] },
  { text: 'Roos, jouw afspraak is verzet naar donderdag.', expected: [e('name', 'Roos')] },
  { text: 'Irina Bondarenko is met haar zoon hier gekomen.', expected: [e('name', 'Irina Bondarenko')] },
  { text: 'het dossiernummer, 77-5120, moet uit de notulen', expected: [e('client_number', '77-5120')] },
];

export const BR_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'Thea Beckman schreef er ooit een mooi boek over.', expected: [] },
  { text: 'hij noemt zichzelf dom en lelijk', expected: [] },
  { text: 'Mijn dochter noemt haar stiefvader nu papa.', expected: [] },
  { text: 'De huisarts verwijst door naar de GGZ.', expected: [] },
];

/**
 * The fortieth tuning set (after BZ, CA, CB and CC): "ene" before a name, a name of a mosque's or a club's volunteer, a
 * colleague introducing themselves with their work in brackets, a child's class after "bij", a first name in brackets after a name,
 * a name in brackets with an age, a bare name after a verb of picking up, a name after "heet", an age reached, a class in words, a
 * relative as an apposition, "fam." before an initial, a person state after "wel", a lowercase street after "adres is", a house
 * number with a letter, a name after a field label, a file number after "voor" or "in het systeem"; and the words these patterns
 * must leave alone.
 */
export const BZ_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'ken jij ene dwayne van de skatebaan?', expected: [e('name', 'dwayne')] },
  { text: 'er belde ene Kowalczyk over de huur', expected: [e('name', 'Kowalczyk')] },
  { text: 'mustafa van de moskee wil ook helpen met het huiswerkproject', expected: [e('name', 'mustafa')] },
  { text: 'lieke (buurtsport) hier, ik heb een vraag over de jongens van het pleintje', expected: [e('name', 'lieke')] },
  { text: 'ik ga donderdag bij sanne in de groep kijken', expected: [e('name', 'sanne')] },
  { text: 'het broertje van daan (jesse) komt ook mee', expected: [e('name', 'daan'), e('name', 'jesse')] },
  { text: 'de jongste van het gezin (oleksandr, 4) slaapt slecht', expected: [e('name', 'oleksandr')] },
  { text: 'wie kan vanmiddag roos ophalen? ik sta in de file', expected: [e('name', 'roos')] },
  { text: 'zijn zusje heet joy, ze is net drie', expected: [e('name', 'joy')] },
  { text: 'noor is gisteren 8 geworden en had een feestje', expected: [e('name', 'noor')] },
  { text: 'fenna uit groep zes is weer ziek', expected: [e('name', 'fenna')] },
  { text: 'lisa uit de kleutergroep huilt veel bij het brengen', expected: [e('name', 'lisa')] },
  { text: 'Gesprek met Marieke, de tante van moeder, over de opvang.', expected: [e('name', 'Marieke')] },
  { text: 'Huisbezoek bij fam. K. zonder resultaat.', expected: [e('initials', 'K.')] },
  { text: 'fleur was wel heel stil vandaag', expected: [e('name', 'fleur')] },
  { text: 'Jurre is aangehouden bij de winkel.', expected: [e('name', 'Jurre')] },
  { text: 'nieuw adres is vlietberg 9, daar wonen ze sinds maart', expected: [e('street_address', 'vlietberg 9')] },
  { text: 'ze wonen op de dorpsweg 4a bij oma', expected: [e('street_address', 'dorpsweg 4a')] },
  { text: 'Aanmelder: Henny Bakker, buurvrouw', expected: [e('name', 'Henny Bakker')] },
  { text: 'het dossiernummer voor de jeugdhulp is JH-40213', expected: [e('client_number', 'JH-40213')] },
  { text: 'klantnummer van Sem de Wit in het systeem is 882103', expected: [e('name', 'Sem de Wit'), e('client_number', '882103')] },
  { text: 'Ouders: Mila Jansen en Tom Jansen, beide aanwezig.', expected: [e('name', 'Mila Jansen'), e('name', 'Tom Jansen')] },
  { text: 'Locatie: Den Haag, maar ook online.', expected: [e('place', 'Den Haag')] },
];

export const BZ_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'aan de ene kant wil hij wel, aan de andere kant niet', expected: [] },
  { text: 'de ene keer gaat het goed, de andere keer niet', expected: [] },
  { text: 'de vrijwilligers van de moskee helpen met het huiswerk', expected: [] },
  { text: 'ik ga donderdag bij de leerkracht in de klas kijken', expected: [] },
  { text: 'kan iemand het pakketje ophalen bij de receptie?', expected: [] },
  { text: 'hij heet eigenlijk anders, maar zo noemt iedereen hem', expected: [] },
  { text: 'de school is dit jaar 50 geworden', expected: [] },
  { text: 'Ouders hebben, indien mogelijk, een voorkeur voor een vrouw.', expected: [] },
  { text: 'Ouders willen, als het kan, eerst zelf iets proberen.', expected: [] },
  { text: 'hij woont op kamer 12 van het internaat', expected: [] },
  { text: 'adres is onbekend sinds de verhuizing', expected: [] },
  { text: 'De huisarts heeft haar naar Fiom verwezen.', expected: [] },
  { text: 'We doen het kindgesprek met De Drie Huizen.', expected: [] },
  { text: 'Net zoals André Hazes zong: zij gelooft in mij.', expected: [] },
  { text: 'de huisarts verwijst door, het wijkteam pakt het op', expected: [] },
  { text: 'op de snelweg 12 minuten stil gestaan', expected: [] },
  { text: 'de groep (8, 9 en 10 jaar) was erg onrustig', expected: [] },
];

/**
 * The forty-first tuning set (after CD, CE, CF and CG): a name before a verb of picking up later in the clause, at someone's home,
 * a group in brackets after "van", a child's name among other unknown words, a profession "van" a child, a spelled name with
 * diacritics, an id number later in the sentence of its cue, a name someone is called by, a name repeated or nicknamed before a
 * full name, "dat meisje" as an apposition, a quoted pseudonym, a first name before an initial, a name in a person's field,
 * initials before a role in brackets, Frisian streets, a named street after "op de", "Noa" before a surname that is a place; and
 * the words these patterns must leave alone.
 */
export const CD_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'kan jij sem en noor morgen na de training ophalen?', expected: [e('name', 'sem'), e('name', 'noor')] },
  { text: 'het gesprek is dinsdag bij van der heijden thuis', expected: [e('name', 'van der heijden')] },
  { text: 'de ouders van mees (gr 4) willen een gesprek', expected: [e('name', 'mees')] },
  { text: 'hb gezin nguyen, dochter linh 3 mnd, vader tuan werkt nachten', expected: [e('name', 'nguyen'), e('name', 'linh'), e('name', 'tuan')] },
  { text: 'de fysiotherapeut van jesse belt morgen terug', expected: [e('name', 'jesse')] },
  { text: 'Mijn naam is Çelik, dat is C-E-L-I-K met een haakje.', expected: [e('name', 'Çelik'), e('name', 'C-E-L-I-K')] },
  { text: 'het cliëntnummer staat bovenaan de brief, dat is 7734512', expected: [e('client_number', '7734512')] },
  { text: 'er is ook een jongen die ze Tijger noemen', expected: [e('name', 'Tijger')] },
  { text: 'Daarna kwam Smit, dat is Marco Smit, erbij staan.', expected: [e('name', 'Smit'), e('name', 'Marco Smit')] },
  { text: 'Max, Maximiliaan de Groot dus, was er ook bij.', expected: [e('name', 'Max'), e('name', 'Maximiliaan de Groot')] },
  { text: 'Storm, dat meisje uit de brugklas, zat ook in de groep.', expected: [e('name', 'Storm')] },
  { text: 'Casus 2: "Jay" - jongen, 15, spijbelt veel.', expected: [e('name', 'Jay')] },
  { text: 'aanwezig: Roos K., Mark, Ilse', expected: [e('name', 'Roos'), e('initials', 'K.'), e('name', 'Mark'), e('name', 'Ilse')] },
  { text: 'notulist: Ellen | voorzitter: Rik', expected: [e('name', 'Ellen'), e('name', 'Rik')] },
  { text: 'afgestemd met j.k. (schoolmaatschappelijk werker)', expected: [e('initials', 'j.k.')] },
  { text: 'ze wonen sinds kort op de Skoallestrjitte 3 in Drachten', expected: [e('street_address', 'Skoallestrjitte 3'), e('place', 'Drachten')] },
  { text: 'het gezin woont op de Kortenaer 48 op drie hoog', expected: [e('street_address', 'Kortenaer 48')] },
  { text: 'Brief aan de ouders van Noa de Vries over het verzuim.', expected: [e('name', 'Noa de Vries')] },
  { text: 'ze woont nu in Roosendaal bij haar tante', expected: [e('place', 'Roosendaal')] },
  { text: 'Met vriendelijke groet, huisarts, Huisartsenpraktijk De Linde', expected: [e('institution', 'Huisartsenpraktijk De Linde')] },
];

export const CD_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'kan iemand morgen de boodschappen ophalen bij de voedselbank?', expected: [] },
  { text: 'bij oma thuis is het rustiger voor hem', expected: [] },
  { text: 'Taakspel (groep 5) werkt goed in deze klas.', expected: [] },
  { text: 'het project (groep 6) loopt tot de zomer', expected: [] },
  { text: 'als den oudste nie luistert dan zeg ik er iets van', expected: [] },
  { text: 'een konijn dat ze bolletje noemt', expected: [] },
  { text: 'wat ze passend onderwijs noemen werkt hier niet', expected: [] },
  { text: 'In de familie komen depressie en angst voor.', expected: [] },
  { text: 'de school heeft 12500 euro subsidie gekregen, het dossiernummer volgt', expected: [] },
  { text: 'op de Veluwe 3 dagen gefietst met de groep', expected: [] },
  { text: 'moet school de Meldcode volgen of niet?', expected: [] },
  { text: 'hij wil alleen maar Cocomelon en Paw Patrol kijken', expected: [] },
  { text: 'thema: Hoop | werkvorm: gesprek', expected: [] },
];

/**
 * The forty-second tuning set (after CH, CI, CJ and CK): a parent after "de kinderen van", a child's number in an app, hedges
 * between a file number's cue and the number, a first name between commas after a word for a child, a lowercase street after
 * "adres pleeggezin:", two lowercase initials opening a sentence, a surname after "agent", a name ending a person's field with a
 * dot, a relative's capitalised name that is also a word, an initial with an age in brackets; and participles with a separable
 * prefix, public figures, a label before its colon after a team, a language.
 */
export const CH_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'dat waren de kinderen van tom hendriks, ken je die?', expected: [e('name', 'tom hendriks')] },
  { text: 'lidnummer in sportlink is 4471203, dat moet op het formulier', expected: [e('client_number', '4471203')] },
  { text: 'het dossiernummer bij ons is denk ik JB-77120, even checken', expected: [e('client_number', 'JB-77120')] },
  { text: 'de jongen, milan, wil niet meer naar huis', expected: [e('name', 'milan')] },
  { text: 'adres gastgezin: merelstraat 4, 7411 ab deventer', expected: [e('street_address', 'merelstraat 4'), e('postcode', '7411 ab'), e('place', 'deventer')] },
  { text: 'adres oma: kievit 12 in zwolle', expected: [e('street_address', 'kievit 12'), e('place', 'zwolle')] },
  { text: 's. en k. waren er weer niet bij de training', expected: [e('initials', 's.'), e('initials', 'k.')] },
  { text: 'De melding is gedaan bij agent De Boer van het basisteam.', expected: [e('name', 'De Boer')] },
  { text: 'Voorzitter: Marloes. Notulist: Jan.', expected: [e('name', 'Marloes'), e('name', 'Jan')] },
  { text: 'Ze wordt opgehaald door tante Juni en haar man.', expected: [e('name', 'Juni')] },
  { text: 'Het betreft een meisje (S., 9) uit groep 5.', expected: [e('initials', 'S.')] },
];

export const CH_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'de kinderen van de buren spelen vaak op straat', expected: [] },
  { text: 'het meisje, dat net nieuw is, zit nog alleen', expected: [] },
  { text: 'adres is nog niet bekend bij de school', expected: [] },
  { text: 'a. en b. zijn de twee opties die we bespreken', expected: [] },
  { text: 'Doorgestuurd naar de jeugdarts, die belt terug.', expected: [] },
  { text: 'Aangemeld bij het wijkteam, wacht op intake.', expected: [] },
  { text: 'Ze citeerde Brené Brown over kwetsbaarheid.', expected: [] },
  { text: 'Aan: Buurtteam Onderwerp: nieuwe aanmelding', expected: [] },
  { text: 'Hij spreekt thuis Mandarijn en op school Nederlands.', expected: [] },
  { text: 'hij wil net zo goed worden als lebron james', expected: [] },
  { text: 'ze kijken samen de nieuwe Marvel film', expected: [] },
  { text: 'de oma van mijn moeder woont nog thuis', expected: [] },
];

/**
 * The forty-third tuning set (after CL, CM, CN and CO): a name that is also a word before a possessive after "dat" opening a
 * clause, a lowercase double first name with a part that is a word, a name of the lists that is no word before "uit de brugklas",
 * lowercase initials opening a line before a verb or a bracket, a first name of two letters opening a chat line, a lowercase
 * surname before a colon, a capitalised name of the lists before "van de kinderopvang", a capitalised month after "en" and a
 * name, a file number after "het dossier van <name> is" and after a question mark and a hesitation; and an article before the
 * word, a span of months, abbreviations written like initials, words of the youth field, a municipality before a verb, a label
 * before its colon, a span of years, an answer without a number. ("hoop" as a first name is tested in guard.spec.ts, not here, and
 * so is a name before an adverb after "dat" or "of" opening a clause: the context model trains on these sentences, and two more of
 * them moved names near its threshold on untouched batches, "mees", "bo".)
 */
export const CL_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'ik merk dat roos haar gymtas steeds vergeet', expected: [e('name', 'roos')] },
  { text: 'met jan-bart van het wijkteam gebeld, hij komt dinsdag', expected: [e('name', 'jan-bart')] },
  { text: 'hamza uit de brugklas wil een gesprek met de mentor', expected: [e('name', 'hamza')] },
  { text: 'r.b. heeft de toets gemist, inhalen kan vrijdag', expected: [e('initials', 'r.b.')] },
  { text: 'm.v. (groep 6) is vaak moe in de ochtend', expected: [e('initials', 'm.v.')] },
  { text: 'jo moet vandaag eerder weg naar de tandarts', expected: [e('name', 'jo')] },
  { text: 'tjalsma: moeder belt terug over de intake', expected: [e('name', 'tjalsma')] },
  { text: 'Er komen ook Olena van de kinderopvang en iemand van de school.', expected: [e('name', 'Olena')] },
  { text: 'De tweeling Lin en Juni speelt vaak bij de buren.', expected: [e('name', 'Lin'), e('name', 'Juni')] },
  { text: 'het dossier van Yara is 2024-30918, graag meesturen', expected: [e('name', 'Yara'), e('client_number', '2024-30918')] },
  { text: 'zijn cliëntnummer? Ehm, 5531207, denk ik', expected: [e('client_number', '5531207')] },
];

export const CL_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'ik merk dat de storm zijn dak heeft beschadigd', expected: [] },
  { text: 'het rooster voor mei-juni staat online', expected: [] },
  { text: 'z.s.m. is het fijnst, dan kunnen we plannen', expected: [] },
  { text: 'e.e.a. is besproken in het team', expected: [] },
  { text: 'p.s. (niet vergeten) de formulieren meenemen', expected: [] },
  { text: 'Verzuim is vaak een eerste signaal.', expected: [] },
  { text: 'kan de leerplicht van de gemeente meedenken over een oplossing', expected: [] },
  { text: 'notulen: afspraak verzet naar volgende week', expected: [] },
  { text: 'het dossier is 2023-2024 bijgewerkt', expected: [] },
  { text: 'wat is je leerlingnummer? Eh, geen idee', expected: [] },
  { text: 'in april en mei zijn de toetsen', expected: [] },
  { text: 'Rapportage volgt na de zomer.', expected: [] },
  { text: 'de jongens uit de brugklas hebben een project', expected: [] },
  { text: 'ten behoeve van het overleg stuur ik dit mee', expected: [] },
  { text: 'Teacher note: bring the forms on Friday', expected: [] },
];

/**
 * The forty-fourth tuning set (after CP, CQ, CR, CS and CT): a street after "verhuisd naar" and after "op" without an article, any
 * lowercase word and a house number before a comma and a postcode, a nickname in quotes before the real name and lowercase after
 * "noemen", a speaker's name before a colon opening a transcript line, one lowercase word between a file word and its number, "ref"
 * before a number, a first name before "is" and "jarig", a verb of recognising after a name that is a word; and a size in megabytes,
 * a quoted word before "heet het", a referee, a question and a conclusion as labels, a birthday of nobody, a span of years after a
 * file word, a quoted word.
 */
export const CP_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'wij zijn verhuisd naar lindelaan 4 in zwolle', expected: [e('street_address', 'lindelaan 4'), e('place', 'zwolle')] },
  { text: 'adres oma: molenhoek 7, 5431 bb cuijk', expected: [e('street_address', 'molenhoek 7'), e('postcode', '5431 bb'), e('place', 'cuijk')] },
  { text: 'sinds kort wonen ze bij opa op kerkstraat 3', expected: [e('street_address', 'kerkstraat 3')] },
  { text: "'tanky' heet eigenlijk ravi sewdien", expected: [e('name', 'tanky'), e('name', 'ravi sewdien')] },
  { text: "ze noemen haar 'pluis' op de groep", expected: [e('name', 'pluis')] },
  { text: 'Nadia: Wij hebben het gezin al twee jaar in beeld.', expected: [e('name', 'Nadia')] },
  { text: 'Dossier leerplicht 2025-1187 is afgesloten.', expected: [e('client_number', '2025-1187')] },
  { text: 'graag reageren onder ref 55-2291', expected: [e('client_number', '55-2291')] },
  { text: 'Gijs is op 3 maart jarig.', expected: [e('name', 'Gijs'), e('birth_date', '3 maart')] },
  { text: 'Lot herkent alle letters al.', expected: [e('name', 'Lot')] },
];

export const CP_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'het bestand is 1187 mb groot', expected: [] },
  { text: '"time-out" heet het nu, vroeger strafhoek', expected: [] },
  { text: 'de ref heeft 12345 fans op instagram', expected: [] },
  { text: 'Vraag: Hoe gaan we verder met het plan?', expected: [] },
  { text: 'de taart is voor wie er jarig is', expected: [] },
  { text: 'dossier schooljaar 2023-2024 is gesloten', expected: [] },
  { text: 'het woord "samen" is belangrijk in het plan', expected: [] },
];

/**
 * The forty-fifth tuning set (after CU, CV and CW): a first name that is also a word after "over"/"om" ending a clause before a
 * person pronoun, after "met" before a place or a time, after a document and "van"; a first name and "ik" opening a sentence; a
 * school level and year in brackets; the subject after "zegt dat" before "elke"; a police report's number; initials after
 * "collega"; a word no list knows before "zegt dat"; and the noun after "over", "met" and a direction, a plan of an organisation,
 * "dat" and "het", shops.
 */
export const CU_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'ik maak me zorgen om mees. hij eet slecht', expected: [e('name', 'mees')] },
  { text: 'ik ben met sterre bij de tandarts geweest', expected: [e('name', 'sterre')] },
  { text: 'het verslag van roos staat in de map', expected: [e('name', 'roos')] },
  { text: 'jasper en ik gaan het gesprek voeren', expected: [e('name', 'jasper')] },
  { text: 'lieke (vwo 3, Stedelijk) heeft een achterstand', expected: [e('name', 'lieke')] },
  { text: 'de wijkagent zegt dat yonas elke avond buiten is', expected: [e('name', 'yonas')] },
  { text: 'het pv-nummer is 2025012345', expected: [e('client_number', '2025012345')] },
  { text: 'namens collega r.d.: geen nieuws', expected: [e('initials', 'r.d.')] },
];

export const CU_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'we praten over hoop.', expected: [] },
  { text: 'hij kwam met storm naar binnen', expected: [] },
  { text: 'het plan van de school is klaar', expected: [] },
  { text: 'ik zei dat het nu klaar is', expected: [] },
  { text: 'de nieuwe ballen van Decathlon zijn binnen', expected: [] },
  { text: 'sokken gekocht bij de Zeeman, een jas van Primark', expected: [] },
];

/**
 * The forty-sixth tuning set (after CX, CY and CZ): a lowercase name no list knows before "en zijn/haar" and a relative; a name
 * called before a comma, a verb and "jij"; a first name that is also a word after a lowercase label and a colon before "mag"; a
 * first name between "hoe" and "zich" before a verb of conduct; the object before a participle of planning; a nickname before the
 * name in brackets; a word, "en" and a name before a plural verb; a surname after "mevrouw" before "van de"; the other reading of a
 * birth date; first names of Eritrea and Somalia; and the traps each of these must leave alone.
 */
export const CX_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'de voogd van kibrom en zijn oom komt morgen langs', expected: [e('name', 'kibrom')] },
  { text: 'bones en zijn vriendin zijn weer uit de opvang gestuurd', expected: [e('name', 'bones')] },
  { text: 'max, bel jij de school even?', expected: [e('name', 'max')] },
  { text: 'opmerking: hazel mag niet met de bus naar huis', expected: [e('name', 'hazel')] },
  { text: 'ik vraag me af hoe jade zich voelt in de nieuwe groep', expected: [e('name', 'jade')] },
  { text: 'we hebben mussie gisteren aangemeld bij het jongerenloket', expected: [e('name', 'mussie')] },
  { text: 'stitch (rayan) is gisteren weer gezien bij het station', expected: [e('name', 'stitch')] },
  { text: 'tank en kevin zaten de hele middag bij de ingang', expected: [e('name', 'tank')] },
  { text: 'mevrouw hofstede van het sociaal team belt je terug', expected: [e('name', 'hofstede')] },
  { text: 'geboortedatum van joris is 04-09-2013 of 09-04-2013, dat weet moeder niet zeker', expected: [e('birth_date', '04-09-2013'), e('birth_date', '09-04-2013')] },
  { text: 'semere woont sinds de zomer bij een gastgezin', expected: [e('name', 'semere')] },
  { text: 'ik heb abdirahman gevraagd wat hij zelf wil', expected: [e('name', 'abdirahman')] },
  { text: 'moeder (jolien) komt ook naar het gesprek, niet haar zoon', expected: [e('name', 'jolien')] },
];

export const CX_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'de auto en zijn sleutels liggen nog bij de garage', expected: [] },
  { text: 'oke, pak jij de notulen?', expected: [] },
  { text: 'let op: hoop mag je nooit opgeven', expected: [] },
  { text: 'het is mooi om te zien hoe storm zich boven zee ontwikkelt', expected: [] },
  { text: 'we hebben de intake gisteren ingepland', expected: [] },
  { text: 'actie (annet): folder doorsturen', expected: [] },
  { text: 'thuis en school werken nu beter samen', expected: [] },
  { text: 'mevrouw zelf van de gemeente belde terug', expected: [] },
  { text: 'de boekjes van jip en janneke werken goed bij de peuters', expected: [] },
];

/**
 * The forty-seventh tuning set (after DA, DB and DC): the abbreviations of chat; a group after "ouders van de"; a first name that
 * is also a word before "en zn vrienden"; a child's lessons, therapy or things before "van" and the child; the subject after
 * "dat" when the verb of seeing is further back; the object of a finite verb of picking up; a question opening with "mag" and a
 * first name; a name after "heet mevrouw"; what someone calls himself; a nickname before the real name; a family's name that is
 * an English word; a surname after a role; Frisian and Indonesian first names; and the traps each of these must leave alone.
 */
export const DA_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'wss is het beter als sanne eerst met de mentor praat', expected: [e('name', 'sanne')] },
  { text: 'vooral joep en zijn vrienden hangen daar elke avond', expected: [e('name', 'joep')] },
  { text: 'de zwemles van lieke gaat deze week niet door', expected: [e('name', 'lieke')] },
  { text: 'ik hoorde van de juf dat jade bij haar oma slaapt', expected: [e('name', 'jade')] },
  { text: 'oom karel zegt dat hij fleur morgen ophaalt', expected: [e('name', 'karel'), e('name', 'fleur')] },
  { text: 'mag bo morgen bij ons spelen?', expected: [e('name', 'bo')] },
  { text: 'de mentor heet meneer kok, hij geeft wiskunde', expected: [e('name', 'kok')] },
  { text: 'die jongen noemt zichzelf tiger op straat', expected: [e('name', 'tiger')] },
  { text: 'ze noemen hem kleine, echte naam is ruben', expected: [e('name', 'kleine'), e('name', 'ruben')] },
  { text: 'de familie king woont sinds kort in de wijk', expected: [e('name', 'king')] },
  { text: 'juf visser zei dat het goed ging', expected: [e('name', 'visser')] },
  { text: 'sytske en baukje zitten samen in groep 6', expected: [e('name', 'sytske'), e('name', 'baukje')] },
  { text: 'putri heeft vandaag haar spreekbeurt gehouden', expected: [e('name', 'putri')] },
  { text: 'het dossier van de familie aydin, nummer is 2024-5512', expected: [e('name', 'aydin'), e('client_number', '2024-5512')] },
  { text: 'cliëntnr 5512-07 klopt niet, het moet 5512-70 zijn', expected: [e('client_number', '5512-07'), e('client_number', '5512-70')] },
  { text: 'ilias wordt op 14 juni 18, dan stopt de jeugdhulp', expected: [e('name', 'ilias'), e('birth_date', '14 juni')] },
  { text: 'zijn zus wordt 12 op 3 maart', expected: [e('birth_date', '3 maart')] },
  { text: 'stagiair tim en pm\'er noor zijn er vandaag', expected: [e('name', 'tim'), e('name', 'noor')] },
  { text: 'hoi rik-jan, kun jij de sleutel halen?', expected: [e('name', 'rik-jan')] },
  { text: 'r.b. en l.b. zijn zusjes, ze zitten in dezelfde klas', expected: [e('initials', 'r.b.'), e('initials', 'l.b.')] },
];

export const DA_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'idd, dat moeten we ff navragen ivm de privacy', expected: [] },
  { text: 'ik stuur de brief naar alle ouders van de kleutergroep', expected: [] },
  { text: 'de roos en haar doornen staan op de tekening', expected: [] },
  { text: 'de kracht van hoop zie je terug in het gesprek', expected: [] },
  { text: 'mag storm ook als thema voor de projectweek?', expected: [] },
  { text: 'ze noemen hem lui, maar dat klopt niet', expected: [] },
  { text: 'het gezin wantrouwt de hulpverlening nog steeds', expected: [] },
  { text: 'moet ik de huisarts bellen?', expected: [] },
  { text: 'de kinderen lazen samen een boek voor', expected: [] },
  { text: 'het dossier is van schooljaar 2023-2024', expected: [] },
  { text: 'de vergadering wordt op dinsdag gehouden, niet op maandag', expected: [] },
  { text: 'we kijken vrijdag vaiana met de hele groep', expected: [] },
  { text: 'graag z.s.m. en t.z.t. nog een evaluatie', expected: [] },
];

/**
 * The forty-eighth tuning set (after DD to DI): a name found once recurring in the text; a lowercase double first name anywhere;
 * the one told after "aan"; a partner after "mijn man"; youth sports teams after "uit de"; a role before a name (chauffeur); "de
 * familie heet"; the object pronoun after a clause's subject; a street of ordinary words after a preposition of place; file
 * numbers after "pasnummer" and "voogdijnummer"; and the traps: a demonym after "een", an adverb after a role, a material after
 * "van", a word repeated after an article.
 */
export const DD_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'yasin heeft ruzie gehad, daarom wil yasin niet meer naar de club', expected: [e('name', 'yasin'), e('name', 'yasin')] },
  { text: 'anne-roos wil graag mee naar het gesprek', expected: [e('name', 'anne-roos')] },
  { text: 'ik heb aan merel verteld dat de voogd langskomt', expected: [e('name', 'merel')] },
  { text: 'mijn vrouw fatma en ik komen samen', expected: [e('name', 'fatma')] },
  { text: 'bo uit de mo13 was er zaterdag niet', expected: [e('name', 'bo')] },
  { text: 'de kinderen zijn bang voor buschauffeur henk', expected: [e('name', 'henk')] },
  { text: 'de familie heet li, ze zijn net verhuisd', expected: [e('name', 'li')] },
  { text: 'hij zegt dat daan hem uitlachte', expected: [e('name', 'daan')] },
  { text: 'ik breng hem naar de stationsweg 14', expected: [e('street_address', 'stationsweg 14')] },
  { text: 'het voogdijnummer is 55123 en staat ook op de brief', expected: [e('client_number', '55123')] },
  { text: 'ik heb gebeld met juf k. dekker over het rapport', expected: [e('initials', 'k. dekker')] },
  { text: 'op de oude school noemden ze hem altijd tijn', expected: [e('name', 'tijn')] },
  { text: 'sterre is de oudste van de drie en zorgt voor de rest', expected: [e('name', 'sterre')] },
  { text: 'de opvang zit nu aan de haven 14 in harlingen', expected: [e('street_address', 'haven 14'), e('place', 'harlingen')] },
  { text: 'de moeder van yafet zegt dat yafet niet meer wil eten', expected: [e('name', 'yafet'), e('name', 'yafet')] },
  { text: 'zijn achternaam is wirjosentono met een w', expected: [e('name', 'wirjosentono')] },
  { text: 'de oudste is mees en die zit in groep 8', expected: [e('name', 'mees')] },
  { text: 'op straat noemen ze tyger, zijn echte naam weet niemand', expected: [e('name', 'tyger')] },
  { text: 'mijn kleindochter pixie logeert deze week bij mij', expected: [e('name', 'pixie')] },
  { text: 'mevr. ouwerkerk belt morgen terug', expected: [e('name', 'ouwerkerk')] },
  { text: 'mijn schoonzus aafke past op de kinderen', expected: [e('name', 'aafke')] },
  { text: 'bakker en ik gaan samen naar de zitting', expected: [e('name', 'bakker')] },
  { text: 'het staat op naam van t. oudejans', expected: [e('initials', 't. oudejans')] },
  { text: 'het huurdernummer is 55120-a, dat vroeg de corporatie', expected: [e('client_number', '55120')] },
  { text: 'de juf heet mevrouw de graaf of de graaff dat weet ik niet zeker', expected: [e('name', 'de graaf'), e('name', 'graaff')] },
  { text: 'tijn jij hebt toch de sleutel van het lokaal?', expected: [e('name', 'tijn')] },
  { text: 'volgens storm was het een ongeluk', expected: [e('name', 'storm')] },
  { text: 'de melding is gedaan door brigadier kok', expected: [e('name', 'kok')] },
  { text: 'het mutatienummer is 2025011873 punt', expected: [e('client_number', '2025011873')] },
  { text: 'ze wonen nu op de goudsbloem 8 in emmen', expected: [e('street_address', 'goudsbloem 8'), e('place', 'emmen')] },
  { text: 'het adres is toch bremlaan 4 in assen', expected: [e('street_address', 'bremlaan 4'), e('place', 'assen')] },
];

export const DD_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'de nieuwe stagiair is een fin en spreekt engels', expected: [] },
  { text: 'de mentor maandelijks een gesprek laten voeren', expected: [] },
  { text: 'ze kreeg een ringetje van jade van haar tante', expected: [] },
  { text: 'hoop doet leven, maar de hoop is nu klein', expected: [] },
  { text: 'we reden naar de snelweg 12 minuten lang in de file', expected: [] },
  { text: 'hoop is er altijd, ook in deze situatie', expected: [] },
  { text: 'ze noemen hem gewoon lastig, dat vind ik niet fijn', expected: [] },
  { text: 'op de markt 3 kramen met tweedehands kleding', expected: [] },
  { text: 'u bent van harte welkom op de ouderavond', expected: [] },
  { text: 'er is nog hoop zegt de mentor', expected: [] },
  { text: 'zijn zus appte gisteren dat het goed ging', expected: [] },
  { text: 'het verschil van a. naar b. is groot', expected: [] },
  { text: 'hij is ehm vijftien en zit in de derde klas', expected: [] },
  { text: 'we moeten de ouders bellen over de afspraak', expected: [] },
  { text: 'hij stond op de lijst 3 weken lang', expected: [] },
  { text: 'ik heb screenshots gezien van de groepsapp', expected: [] },
];

/**
 * Forty-ninth tuning set, after the dictated batches DN and DS (written for the rules of that round): a name a speaker corrects or
 * spells again, a name spelled letter by letter after a naming cue, a lowercase surname with a tussenvoegsel after "achternaam",
 * a word no list knows after "heet", and a first name's diminutive. The clean traps hold the same words in other uses.
 */
export const DN_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'die vriend heet ferry of fredje zoiets', expected: [e('name', 'ferry'), e('name', 'fredje')] },
  { text: 'het broertje heet senna nee sorry sem', expected: [e('name', 'senna'), e('name', 'sem')] },
  { text: 'de moeder heet ahmed nee eh achmed met ch', expected: [e('name', 'ahmed'), e('name', 'achmed')] },
  { text: 'zijn achternaam is kromowidjojo met een k kromo widjojo', expected: [e('name', 'kromowidjojo'), e('name', 'kromo widjojo')] },
  { text: 'haar achternaam is k o w a l s k a', expected: [e('name', 'k o w a l s k a')] },
  { text: 'de voornaam spel ik even d j o r a n', expected: [e('name', 'd j o r a n')] },
  { text: 'yara met een y en de achternaam de bruin', expected: [e('name', 'yara'), e('name', 'de bruin')] },
  { text: 'haar achternaam is van der zee en ze woont bij haar oma', expected: [e('name', 'van der zee')] },
  { text: 'de vriend van zijn moeder heet eh jorrick', expected: [e('name', 'jorrick')] },
  { text: 'de jongste heet quinlan en is net drie', expected: [e('name', 'quinlan')] },
  { text: 'oom fred haalt de kinderen op woensdag op', expected: [e('name', 'fred')] },
  { text: 'de tweeling van de buren heet geertje en bertje', expected: [e('name', 'geertje'), e('name', 'bertje')] },
];

export const DN_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'dat heet kanjertraining en dat doen we elke week', expected: [] },
  { text: 'het programma heet rots en water, dat kennen jullie wel', expected: [] },
  { text: 'roos of tulpen, dat maakt de moeder niet uit', expected: [] },
  { text: 'de moeder of de vader komt, nee sorry, allebei', expected: [] },
  { text: 'de achternaam is bekend bij de school', expected: [] },
  { text: 'hij spelt het woord b o o m verkeerd', expected: [] },
  { text: 'oma heet mevr. en dan haar achternaam, dat weet ik niet meer', expected: [] },
  { text: 'we noteren de achternaam van de vader in het dossier', expected: [] },
  { text: 'het spel heet ganzenbord en ze spelen het graag', expected: [] },
  { text: 'ze schrijft de letters a b c op het bord', expected: [] },
];

/**
 * Fiftieth tuning set, after DV to DY (written for the rules of that round): a speaker's name before a colon in a transcript, an
 * initial said aloud, initials after a relative or "initialen", numbers dictated in groups after their cue, a file word and
 * "nummers", a date with its year in a sentence about a birth date, a phone number the speaker corrects, names after more roles.
 * The clean traps hold the same words in other uses.
 */
export const DV_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'kees: ja dat klopt, ik heb de moeder gisteren nog gesproken', expected: [e('name', 'kees')] },
  { text: 'ik schrijf de vader op als j punt kowalczyk met cz', expected: [e('initials', 'j punt kowalczyk')] },
  { text: 'het gaat om een meisje met initialen s.b. uit groep zes', expected: [e('initials', 's.b.')] },
  { text: 'vader r. soebhag belde vanochtend over de beschikking', expected: [e('initials', 'r. soebhag')] },
  { text: 'het cliëntnummer van het oudste kind is 44 18 27 3 volgens de brief', expected: [e('client_number', '44 18 27 3')] },
  { text: 'de tweeling heeft ieder een eigen dossier, nummers 55210 en 55211', expected: [e('client_number', '55210'), e('client_number', '55211')] },
  { text: 'de geboortedatum klopt niet helemaal in het systeem want daar staat 11-04-2012 ingevuld', expected: [e('birth_date', '11-04-2012')] },
  { text: 'haar nummer is nul zes vier een nee vier twee drie drie vijf acht negen', expected: [e('phone', 'nul zes vier een nee vier twee drie drie vijf acht negen')] },
  { text: 'de vrijwilliger henk, die al jaren bij ons is, stopt in de zomer', expected: [e('name', 'henk')] },
  { text: 'mijn collega bakker neemt de groep over tot de kerst', expected: [e('name', 'bakker')] },
  { text: 'de jongerenwerker visser uit zwolle kent de jongen goed', expected: [e('name', 'visser'), e('place', 'zwolle')] },
  { text: 'de vriend van moeder heet ferry of fredje', expected: [e('name', 'ferry'), e('name', 'fredje')] },
];

export const DV_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'let op: ik bel de moeder morgen terug', expected: [] },
  { text: 'conclusie: we wachten het gesprek met de school af', expected: [] },
  { text: 'de uitslag was a punt vijf op de schaal', expected: [] },
  { text: 'ik heb de ouders van de oudste dochter uitgenodigd voor het gesprek', expected: [] },
  { text: 'de gedragswetenschapper van ons team kijkt mee', expected: [] },
  { text: 'het leerlingnummer staat op de pas, ze zit in groep 7 en is 11 jaar', expected: [] },
  { text: 'hij is acht nee negen jaar en zit in groep vijf', expected: [] },
  { text: 'ik heb een mailtje van school gekregen over de ouderbijdrage', expected: [] },
  { text: 'de collega kan vandaag niet komen', expected: [] },
  { text: 'de vrijwilliger woont zelf ook in de wijk', expected: [] },
  { text: 'we hebben 2 3 4 keer gebeld over het dossiernummer', expected: [] },
];

/**
 * Fifty-first tuning set, after DZ to EC (written for the rules of that round): a street after "het adres van ... is", lowercase
 * streets in -pad, -hof, -baan, -beek ..., a student's number, a postcode read out digit by digit, a birth date dictated digit by
 * digit with its year. The clean traps hold the same words in other uses.
 */
export const DZ_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'het adres van de pleegouders is molenstraat 14 in de buurt van de kerk', expected: [e('street_address', 'molenstraat 14')] },
  { text: 'de fietsen staan nog bij opa op kerkpad 6, dat is om de hoek', expected: [e('street_address', 'kerkpad 6')] },
  { text: 'ze wonen sinds kort op de beukenhof 31 naast de speeltuin', expected: [e('street_address', 'beukenhof 31')] },
  { text: 'het gezin woont aan de slingerbeek 23 dus dicht bij school', expected: [e('street_address', 'slingerbeek 23')] },
  { text: 'de student met nummer 4471093 is sinds de herfstvakantie niet meer geweest', expected: [e('client_number', '4471093')] },
  { text: 'de postcode is 8 0 1 3 k l en het huisnummer zeventien', expected: [e('postcode', '8 0 1 3 k l')] },
  { text: 'geboortedatum van het kind nul vier een een tweeduizend zeventien punt', expected: [e('birth_date', 'nul vier een een tweeduizend zeventien')] },
];

export const DZ_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'we spelen zaterdag op het sportpark 2 wedstrijden achter elkaar', expected: [] },
  { text: 'de gezinsvoogd vindt de vader partijdig en dat zegt ze ook', expected: [] },
  { text: 'de jeugdarts is heel zorgvuldig geweest bij de controle', expected: [] },
  { text: 'het adres van de school staat op de brief van de gemeente', expected: [] },
  { text: 'de postcode klopt niet meer, ze zijn verhuisd', expected: [] },
  { text: 'geboren in de winter en nu bijna drie jaar oud', expected: [] },
];

/**
 * Fifty-second tuning set, after ED to EG (written for the rules of that round): a number in groups after "dossier ... nummer", a
 * participant's number, a street before a postcode without a comma, initials before a name found, a listed name beside a name found
 * in a comma list, a first name in a relative clause about a person ending in "heet". The clean traps hold the same words in other
 * uses.
 */
export const ED_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'ze heeft een dossier bij de ggz met nummer 41 20 87 sinds de zomer', expected: [e('client_number', '41 20 87')] },
  { text: 'deelnemernummer 5520 hoort bij de jongste van het gezin', expected: [e('client_number', '5520')] },
  { text: 'woont u nog op de wilgenhoek 12 8304 gk of bent u verhuisd', expected: [e('street_address', 'wilgenhoek 12'), e('postcode', '8304 gk')] },
  { text: 'kun je even kijken of r.j. okonkwo het formulier al heeft getekend', expected: [e('initials', 'r.j. okonkwo')] },
  { text: 'op de lijst staan nog jamila, tesfalem en viktor voor de toets', expected: [e('name', 'jamila'), e('name', 'tesfalem'), e('name', 'viktor')] },
  { text: 'ze is gepest door een meisje uit haar klas die roos heet', expected: [e('name', 'roos')] },
];

export const ED_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'ik heb de ouders van de oudste gebeld en ze komen morgen', expected: [] },
  { text: 'in de familie komen allergieën en astma voor', expected: [] },
  { text: 'we hebben een kat die max heet en een hond', expected: [] },
  { text: 'o.a. de school, de huisarts en de wijkagent zijn erbij', expected: [] },
  { text: 'het dossier heeft 12 pagina\'s en nummer 3 is kwijt', expected: [] },
];

/**
 * Fifty-third tuning set, after EH to EK (written for the rules of that round): an e-mail address dictated with a tussenvoegsel and a
 * number or written with its dots, a postcode right after a street without a comma, a street after "in" and a postcode or with
 * "adres" earlier in the sentence, one initial before a name found, a griffier's name, a foster family's surname. The clean traps
 * hold the same words in other uses.
 */
export const EH_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'zijn mail is karin punt van dam 77 at hotmail punt com zegt hij', expected: [e('email', 'karin punt van dam 77 at hotmail punt com')] },
  { text: 'het adres van de moeder is j.pinas2001 apenstaartje gmail punt com', expected: [e('email', 'j.pinas2001 apenstaartje gmail punt com')] },
  { text: 'ze wonen nu aan de kerkweg 4 7311 ab maar dat is tijdelijk', expected: [e('street_address', 'kerkweg 4'), e('postcode', '7311 ab')] },
  { text: 'weet jij het adres nog, volgens mij is het eikenlaan 31', expected: [e('street_address', 'eikenlaan 31')] },
  { text: 'op de bel staat r. bouzid en de bel doet het niet', expected: [e('initials', 'r. bouzid')] },
  { text: 'de griffier de winter heeft het verslag gestuurd', expected: [e('name', 'de winter')] },
  { text: 'de pleegouders visser willen graag een gesprek', expected: [e('name', 'visser')] },
];

export const EH_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'het adres klopt nog, we reden over de snelweg 12 minuten', expected: [] },
  { text: 'de pleegouders willen na de zomer stoppen', expected: [] },
  { text: 'hij schrijft zijn naam met een v. en dan de rest', expected: [] },
  { text: 'de foto is 2048 mb groot en past niet in de mail', expected: [] },
  { text: 'het pleeggezin heeft veel geduld met hem', expected: [] },
];

/**
 * The fifty-fourth tuning set, after EL–EO: a role named by the head of its compound, two listed names side by side, a name
 * called after "jou", "fam." with its dot, a family's surname that a place list has too, a hyphenated surname with its
 * tussenvoegsel, "X en ik", an apposition, ids after a child, a contract or a map, and a birth date as number words.
 */
export const EL_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'de casemanager bakker belt morgen over de plaatsing', expected: [e('name', 'bakker')] },
  { text: 'pleegmoeder visser heeft de kinderen opgehaald', expected: [e('name', 'visser')] },
  { text: 'morgen komt ook nog femke bijlsma van het wijkteam', expected: [e('name', 'femke bijlsma')] },
  { text: 'dat is toch aan jou annemiek', expected: [e('name', 'annemiek')] },
  { text: 'de oudste van fam. terpstra zit in groep acht', expected: [e('name', 'terpstra')] },
  { text: 'het gezin veldhuis is vorige week verhuisd', expected: [e('name', 'veldhuis')] },
  { text: 'de brief ging naar mevrouw jansen-van dijk en haar man', expected: [e('name', 'jansen-van dijk')] },
  { text: 'ik denk dat sanne en ik het gesprek samen doen', expected: [e('name', 'sanne')] },
  { text: 'ik sprak met fleur de moeder van jayden over het rapport', expected: [e('name', 'fleur'), e('name', 'jayden')] },
  { text: 'de toets van kind 8812045 is kwijt', expected: [e('client_number', '8812045')] },
  { text: 'dat staat in contract 55102 van vorig jaar', expected: [e('client_number', '55102')] },
  { text: 'zijn geboortedatum is drie elf tweeduizend twaalf', expected: [e('birth_date', 'drie elf tweeduizend twaalf')] },
];
export const EL_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'de casemanager belt morgen over de plaatsing', expected: [] },
  { text: 'een cliff edge is een Engelse uitdrukking voor een afgrond', expected: [] },
  { text: 'de storm en ik hielden de tent samen vast', expected: [] },
  { text: 'ik heb een vraag voor jou, heb je even', expected: [] },
  { text: 'het gezin utrecht in verhuist volgende maand', expected: [] },
  { text: 'het kind 2024-2025 blijft in dezelfde groep', expected: [] },
  { text: 'het contract 2024-2025 loopt af in de zomer', expected: [] },
  { text: 'ze is geboren op een dinsdag in de winter', expected: [] },
];

/**
 * The fifty-fifth tuning set, after EQ–EW: a caller naming themselves ("met ferry hier"), whom to call ("bel ellen op 06 ..."), a
 * surname after a family or relative and "de", a role (pastor, imam), a family on "-gezin", a service on "-speelzaal", a correction
 * after two fillers, initials and a surname no list has after "t.a.v.", letters and digits as a file number, a street after "woont
 * ook aan de" or "veranderd naar", and first names the packages lacked (koos, cees; Polish and Ukrainian ones).
 */
export const EQ_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'goedemorgen met gerrit hier van de planning', expected: [e('name', 'gerrit')] },
  { text: 'als er iets is bel marloes op 06 12 34 56 78', expected: [e('name', 'marloes'), e('phone', '06 12 34 56 78')] },
  { text: 'afgesproken is dat de tweeling de boer eerder vertrekt', expected: [e('name', 'de boer')] },
  { text: 'imam el amrani heeft het gesprek met de jongens gedaan', expected: [e('name', 'el amrani')] },
  { text: 'ze wonen tijdelijk bij gastgezin Verschuur in de stad', expected: [e('name', 'Verschuur')] },
  { text: 'femke van kinderopvang de kleine beer belt je nog', expected: [e('name', 'femke')] },
  { text: 'het gaat om mevrouw de vos ehm nee de vries van nummer 3', expected: [e('name', 'de vos'), e('name', 'de vries')] },
  { text: 'brief t.a.v. r. oudeman over de indicatie', expected: [e('initials', 'r. oudeman')] },
  { text: 'het zit in dossier KB-5512 bij de gemeente', expected: [e('client_number', 'KB-5512')] },
  { text: 'haar oma woont ook aan de zandakker 12 dus dat is dichtbij', expected: [e('street_address', 'zandakker 12')] },
  { text: 'opa koos brengt hem vrijdag', expected: [e('name', 'koos')] },
  { text: 'de moeder van olena komt uit lviv', expected: [e('name', 'olena')] },
];
export const EQ_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'goedemorgen, ik ben met vakantie hier tot vrijdag', expected: [] },
  { text: 'bel even op het vaste nummer van school', expected: [] },
  { text: 'de kinderen van de boer spelen op het erf', expected: [] },
  { text: 'het gezin de komende weken met rust laten', expected: [] },
  { text: 'het cijfer voor frans klopt niet in het systeem', expected: [] },
  { text: 'de afspraak is veranderd naar maandag 12 uur', expected: [] },
  { text: 'hij woont ook op kamer 12 van de groep', expected: [] },
  { text: 'de ton met regenwater staat achter de schuur', expected: [] },
];

/**
 * The fifty-sixth tuning set, after EX–EZ: lowercase initials with their dots standing for a person, a first name the lists have
 * before a tussenvoegsel and surname, an apposition after a name no list knows, a longer surname after a doctor, spoken e-mail
 * addresses abroad, and Dutch first names the packages lacked (marije, dirkje).
 */
export const EX_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'sinds maandag heeft r.v. een begeleider op het plein', expected: [e('initials', 'r.v.')] },
  { text: 'in het verslag van s.d. staat dat hij zelf wil kiezen', expected: [e('initials', 's.d.')] },
  { text: 'weet iemand of marije de jong al terug is', expected: [e('name', 'marije de jong')] },
  { text: 'jaydee de dochter van de buren speelt vaak mee', expected: [e('name', 'jaydee')] },
  { text: 'de kinderarts dokter ramdhanie belt morgen terug', expected: [e('name', 'ramdhanie')] },
  { text: 'haar mail is ola punt wisniewska apenstaartje onet punt pl', expected: [e('email', 'ola punt wisniewska apenstaartje onet punt pl')] },
  { text: 'dirkje mag vandaag eerder naar huis', expected: [e('name', 'dirkje')] },
];
export const EX_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'dit geldt o.a. voor de kinderen van de bso', expected: [] },
  { text: 'we doen het gesprek i.p.v. de les op dinsdag', expected: [] },
  { text: 'de leidster van de dreumesgroep is vandaag ziek', expected: [] },
  { text: 'de mentor gaat maandelijks langs bij het gezin', expected: [] },
  { text: 'het gaat om kinderen van 4 t.m. 12 jaar', expected: [] },
  { text: 'de begeleider van de reclassering komt ook', expected: [] },
];

/**
 * The fifty-seventh tuning set, after FA–FD: a teacher's or doctor's title before a lowercase surname that is also a word or a
 * compound of Dutch words no list has whole, a family before "van der" or "ter", two names no list knows after "met ... en",
 * lowercase streets on -weide, -akker and Frisian -wei, a postcode after a spoken comma, and a listed name that is no word at
 * the model's lower threshold for listed names.
 */
export const FA_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'morgen komt dokter westerhout nog even kijken', expected: [e('name', 'westerhout')] },
  { text: 'de afspraak bij mevrouw lindenbergh is verzet', expected: [e('name', 'lindenbergh')] },
  { text: 'ik wacht op een reactie van meester visser over de toets', expected: [e('name', 'visser')] },
  { text: 'hij logeert deze week bij de familie van den heuvel', expected: [e('name', 'van den heuvel')] },
  { text: 'de zusjes ter brugge komen samen naar de opvang', expected: [e('name', 'ter brugge')] },
  { text: 'gisteren heb ik met tchaikaya en oluwadami afgesproken na school', expected: [e('name', 'tchaikaya'), e('name', 'oluwadami')] },
  { text: 'de bus stopt bij bremweide 14b voor de deur', expected: [e('street_address', 'bremweide 14b')] },
  { text: 'het adres van de praktijk is kerkstraat 3 komma 9201 ab drachten', expected: [e('street_address', 'kerkstraat 3'), e('postcode', '9201 ab')] },
];
export const FA_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'de juf complimenteerde hem met zijn tekening', expected: [] },
  { text: 'de dokter vertelde dat het goed ging', expected: [] },
  { text: 'de kinderen van de boer spelen in de schuur', expected: [] },
  { text: 'ik heb met school en de ouders afgesproken', expected: [] },
  { text: 'we spelen op het sportveld 2 tegen de b-junioren', expected: [] },
  { text: 'de meester vroeg of ik wilde helpen', expected: [] },
];

/**
 * The fifty-eighth tuning set, after FE–FK: a street and its house number said as words anywhere in a sentence, a nickname before
 * the verb of calling or after "noemen ze me", the word said before its spelling, and a spoken e-mail address with a domain of two
 * words or a full stop said after it.
 */
export const FE_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'nee het was de vlasbloemstraat drieënveertig in winschoten', expected: [e('street_address', 'vlasbloemstraat drieënveertig')] },
  { text: 'de oom woont op de esdoornlaan honderdtwaalf b sinds de zomer', expected: [e('street_address', 'esdoornlaan honderdtwaalf b')] },
  { text: 'er is ook een jongen die ze kobra noemen op het plein', expected: [e('name', 'kobra')] },
  { text: 'op school noemen ze hem ook gewoon dikkie', expected: [e('name', 'dikkie')] },
  { text: 'haar zusje wordt thuis pien genoemd', expected: [e('name', 'pien')] },
  { text: 'de achternaam is osei o s e i zoals in de brief', expected: [e('name', 'osei'), e('name', 'o s e i')] },
  { text: 'stuur het naar praktijk punt noord at zorg groep punt nl punt verder niks', expected: [e('email', 'praktijk punt noord at zorg groep punt nl')] },
];
export const FE_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'we reden over de snelweg twee keer heen', expected: [] },
  { text: 'een kind dat ze druk noemen is vaak gewoon moe', expected: [] },
  { text: 'een pop die ze lief noemen staat op de kast', expected: [] },
  { text: 'het konijntje dat ze snuffie noemt ligt in het hok', expected: [] },
  { text: 'hij spelt het woord b o o m nog verkeerd', expected: [] },
  { text: 'de dijk twee meter hoger maken kost veel', expected: [] },
];

/**
 * The fifty-ninth tuning set, after FL–FO: client numbers after "zorgnummer" and "jgz nummer" and of four digits that are no year
 * after a file word, a nickname after "thuis" or what everyone says, compound surnames after a family before "en", and a street word
 * that is also an ordinary word with a known place after its number.
 */
export const FL_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'haar zorgnummer 6620-1187 staat op de brief', expected: [e('client_number', '6620-1187')] },
  { text: 'de gegevens van dossier 4418 zijn bijgewerkt', expected: [e('client_number', '4418')] },
  { text: 'thuis noemen ze haar soms pinkie', expected: [e('name', 'pinkie')] },
  { text: 'hij heet hendrik maar iedereen zegt henkie', expected: [e('name', 'hendrik'), e('name', 'henkie')] },
  { text: 'deze week bezoek ik de gezinnen westerbroek en yilmaz', expected: [e('name', 'westerbroek'), e('name', 'yilmaz')] },
  { text: 'ze wonen nu op dorpsstraat 8 in ter apel', expected: [e('street_address', 'dorpsstraat 8')] },
];
export const FL_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'het dossier 2023 is afgesloten', expected: [] },
  { text: 'in het dossier 1998 vind je de oude afspraken', expected: [] },
  { text: 'iedereen zegt hoi tegen haar in de gang', expected: [] },
  { text: 'het gezin kinderopvangtoeslag aanvragen lukt nog niet', expected: [] },
  { text: 'ze noemen hem thuis wel lastig', expected: [] },
];

/**
 * The sixtieth tuning set, after FP–FS: bank account numbers (IBAN; Dutch by their shape, foreign by their check digits), a street
 * word that is also an ordinary word with its house number said as words, a postcode after a spoken comma, lowercase streets on
 * -vaart, and a name that is a word after "noemen hem".
 */
export const FP_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'het leefgeld gaat naar nl44 rabo 0123 4567 89 van moeder', expected: [e('client_number', 'nl44 rabo 0123 4567 89')] },
  { text: 'de oma heeft een belgische rekening be68 5390 0754 7034 voor het kindgebonden budget', expected: [e('client_number', 'be68 5390 0754 7034')] },
  { text: 'het gezin woont nu aan de kerkstraat zeventien in het dorp', expected: [e('street_address', 'kerkstraat zeventien')] },
  { text: 'opa woont op trekvaart 12 komma 8011 ab zwolle', expected: [e('street_address', 'trekvaart 12'), e('postcode', '8011 ab')] },
  { text: 'op het plein zeggen ze het: ze noemen hem vos omdat hij zo slim is', expected: [e('name', 'vos')] },
];
export const FP_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'de rekening be68 5390 0754 7035 klopt niet, het controlecijfer is fout', expected: [] },
  { text: 'hij noemt zichzelf dom als het niet lukt', expected: [] },
  { text: 'op de snelweg twee auto’s ingehaald onderweg', expected: [] },
  { text: 'ze noemde me per ongeluk juf in plaats van mevrouw', expected: [] },
  { text: 'we zaten in lokaal 12 komma 3 uur lang', expected: [] },
];
