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
];

export const CASUS_CORPUS: readonly CorpusSentence[] = [...IDENTIFYING_SENTENCES, ...CLEAN_SENTENCES];
