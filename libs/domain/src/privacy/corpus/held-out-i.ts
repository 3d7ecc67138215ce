/**
 * Held-out batch I. Written on 2026-12-01 by a new writer who had read only the README (not the
 * rules in the code), before any change in this round, and committed before it was measured.
 * Styles: WhatsApp-style lowercase, dictated speech, school reports, youth-care jargon, parents'
 * words in quotes, multicultural and double surnames, names in lists and quotes, addresses in many
 * shapes; clean traps with words that are names elsewhere (Beer, Mei, Winter, Hoop, Engel),
 * cue words followed by no name ("juf Engels", "Zuster zijn"), methods named after people.
 *
 * All names, numbers and addresses are fictitious.
 */
import type { CorpusSentence, ExpectedFinding } from './casus-sentences.js';
import type { PrivacyKind } from '../types.js';

const e = (kind: PrivacyKind, match: string): ExpectedFinding => ({ kind, match });

export const HELD_OUT_I_IDENTIFYING: readonly CorpusSentence[] = [
  // WhatsApp-style
  { text: 'hoi allemaal, vanavond bespreek ik de casus van sanne-marie, mag ik jullie input?', expected: [e('name', 'sanne-marie')] },
  { text: 'ff checken: de vader van tygo heeft weer gebeld, hij was boos', expected: [e('name', 'tygo')] },
  { text: 'joep en zn broertje zijn vandaag niet op school geweest', expected: [e('name', 'joep')] },
  { text: 'kan iemand de moeder van fenna terugbellen? nr is 0612345678', expected: [e('name', 'fenna'), e('phone', '0612345678')] },
  { text: 'ok dus elif woont nu bij haar tante in zaandam', expected: [e('name', 'elif'), e('place', 'zaandam')] },
  { text: 'haha nee bedoelde die andere noah, die uit groep 5', expected: [e('name', 'noah')] },
  { text: 'adres vd pleegouders is vlierstraat 21b', expected: [e('street_address', 'vlierstraat 21b')] },
  { text: 'postcode is 3512jk, huisnummer weet ik niet', expected: [e('postcode', '3512jk')] },
  { text: 'mail maar naar fam.bouzid@hotmail.nl', expected: [e('email', 'fam.bouzid@hotmail.nl')] },
  { text: 'sorry typo, ik bedoelde jayden, niet jaydon', expected: [e('name', 'jayden'), e('name', 'jaydon')] },
  { text: 'tante van ilse zei dat ze weer bij die vriend van haar zit in kanaleneiland', expected: [e('name', 'ilse'), e('place', 'kanaleneiland')] },
  { text: 'wie heeft het nummer van de juf van ravi?', expected: [e('name', 'ravi')] },
  { text: 'mees is echt een schat maar thuis gaat het mis', expected: [e('name', 'mees')] },
  { text: 'iemand enig idee hoe ik de ouders van kaylee kan bereiken? ze reageren nergens op', expected: [e('name', 'kaylee')] },
  // Dictated speech
  {
    text: 'dan de moeder dat is mevrouw Çelik die spreekt weinig Nederlands en de vader meneer Çelik werkt in de haven',
    expected: [e('name', 'Çelik')],
  },
  { text: 'ze heet eh Fatima-Zahra of zo iets en ze zit in de brugklas', expected: [e('name', 'Fatima-Zahra')] },
  { text: 'het jongetje Kofi Mensah is drie maanden geleden uit Ghana gekomen', expected: [e('name', 'Kofi Mensah')] },
  { text: 'nou en dan belt opa Gerrit weer op de dinsdag om te vragen hoe het gaat', expected: [e('name', 'Gerrit')] },
  {
    text: 'ik citeer de moeder letterlijk wij wonen op de Hoefkade 212 tweehoog en daar is het te klein',
    expected: [e('street_address', 'Hoefkade 212')],
  },
  { text: 'de geboortedatum is elf april tweeduizendvijftien', expected: [e('birth_date', 'elf april tweeduizendvijftien')] },
  { text: 'gesprek met Wouter Hendriks-Bakker punt hij is de mentor van het kind', expected: [e('name', 'Wouter Hendriks-Bakker')] },
  // School reports
  { text: 'Rapport groep 7, leerling: Sophie van den Berg-de Lange', expected: [e('name', 'Sophie van den Berg-de Lange')] },
  {
    text: 'Daphne werkt goed mee in de klas, maar haar werkhouding bij rekenen blijft een aandachtspunt.',
    expected: [e('name', 'Daphne')],
  },
  { text: 'Toelichting leerkracht (meester Ruud): Bilal is vaak moe in de ochtend.', expected: [e('name', 'Ruud'), e('name', 'Bilal')] },
  { text: 'Leerlingnummer 884213, groep 4b', expected: [e('client_number', '884213')] },
  { text: 'Advies voortgezet onderwijs voor Siham: havo/vwo.', expected: [e('name', 'Siham')] },
  { text: 'Groepsleerkracht: mw. Hoekstra', expected: [e('name', 'Hoekstra')] },
  {
    text: 'Op het Montessori Lyceum Herman Jordan gaat het minder goed met haar.',
    expected: [e('institution', 'Montessori Lyceum Herman Jordan')],
  },
  { text: 'Zij zit op het Cals College in Nieuwegein.', expected: [e('institution', 'Cals College'), e('place', 'Nieuwegein')] },
  // Youth-care jargon
  {
    text: 'Jeugdige (Milan, 14 jr) is middels een spoedmachtiging geplaatst in een gesloten setting.',
    expected: [e('name', 'Milan')],
  },
  { text: 'OTS uitgesproken voor Liam en zijn zus, de GI voert de maatregel uit.', expected: [e('name', 'Liam')] },
  {
    text: 'Casusregie ligt bij het wijkteam Feijenoord, contactpersoon Marloes Dekker.',
    expected: [e('place', 'Feijenoord'), e('name', 'Marloes Dekker')],
  },
  { text: 'Zorgmelding gedaan over Yara (2019) door de verloskundige.', expected: [e('name', 'Yara')] },
  {
    text: 'Dossiernr. J-2025-00731 is overgedragen aan het team van Lindenhout.',
    expected: [e('client_number', 'J-2025-00731'), e('institution', 'Lindenhout')],
  },
  { text: 'Gezinsvoogd dhr. El Khatib heeft het plan van aanpak opgesteld.', expected: [e('name', 'El Khatib')] },
  {
    text: 'Jongere verblijft sinds week 12 op de groep bij Pluryn in Groesbeek.',
    expected: [e('institution', 'Pluryn'), e('place', 'Groesbeek')],
  },
  // Parents' words
  { text: '"Mijn Dewi is geen moeilijk kind, ze wordt gepest," zegt moeder.', expected: [e('name', 'Dewi')] },
  {
    text: '"Wij hebben nooit problemen gehad tot die meester Van Rijn kwam," aldus vader.',
    expected: [e('name', 'Van Rijn')],
  },
  { text: 'Moeder: "Bel mij gewoon op 06-4433 2211, niet de vader."', expected: [e('phone', '06-4433 2211')] },
  { text: 'Vader vertelt: "Onze Sem slaapt al weken bij ons in bed."', expected: [e('name', 'Sem')] },
  { text: '"Mijn schoonmoeder, Hanneke, bemoeit zich overal mee."', expected: [e('name', 'Hanneke')] },
  // Multicultural names
  { text: 'Oluwaseun zit sinds september in de taalklas.', expected: [e('name', 'Oluwaseun')] },
  {
    text: 'De broers Abdirahman en Abdullahi worden door een tante opgevoed.',
    expected: [e('name', 'Abdirahman'), e('name', 'Abdullahi')],
  },
  { text: 'Nguyen Thi Lan, de moeder, werkt in een nagelstudio.', expected: [e('name', 'Nguyen Thi Lan')] },
  { text: 'Gesprek gevoerd met Priyanka en haar moeder over het schoolverzuim.', expected: [e('name', 'Priyanka')] },
  { text: 'Aleksandra Nowak (moeder) is het niet eens met de plaatsing.', expected: [e('name', 'Aleksandra Nowak')] },
  { text: 'Volgens Mustafa Yılmaz, de oom, wordt er thuis veel geschreeuwd.', expected: [e('name', 'Mustafa Yılmaz')] },
  { text: 'Shanice en Jermaine hebben samen een dochtertje.', expected: [e('name', 'Shanice'), e('name', 'Jermaine')] },
  // Names in lists and quotes
  {
    text: 'Aanwezig: Ingrid (IB), Tom (leerkracht), Saïda (moeder), Koen (wijkteam).',
    expected: [e('name', 'Ingrid'), e('name', 'Tom'), e('name', 'Saïda'), e('name', 'Koen')],
  },
  { text: 'Het kind noemt zichzelf "Bo" in plaats van zijn echte naam.', expected: [e('name', 'Bo')] },
  { text: 'De kinderen: Lieke (9), Thomas (7) en baby Fem.', expected: [e('name', 'Lieke'), e('name', 'Thomas'), e('name', 'Fem')] },
  { text: "In de groepsapp schreef 'Jesse' dat hij haar zou opwachten.", expected: [e('name', 'Jesse')] },
  // Addresses in many shapes
  { text: 'Ze wonen aan de Prins Hendrikkade 104-III.', expected: [e('street_address', 'Prins Hendrikkade 104-III')] },
  {
    text: 'Nieuw adres: Van Heenvlietlaan 7 hs, 1083 CK Amsterdam',
    expected: [e('street_address', 'Van Heenvlietlaan 7'), e('postcode', '1083 CK'), e('place', 'Amsterdam')],
  },
  { text: 'Het gezin woont op nr. 14 van de Populierenstraat.', expected: [e('street_address', 'nr. 14 van de Populierenstraat')] },
  { text: 'Opvang aan de Zonnebloemweg 3, 2e verdieping', expected: [e('street_address', 'Zonnebloemweg 3')] },
  { text: 'woont in een flat aan de Vrijheidslaan, nummer 88', expected: [e('street_address', 'Vrijheidslaan, nummer 88')] },
  {
    text: 'Adres: Hoofdweg 1123 9626 AE Schildwolde',
    expected: [e('street_address', 'Hoofdweg 1123'), e('postcode', '9626 AE'), e('place', 'Schildwolde')],
  },
  { text: 'bezoekadres gezin: achterom via het Weverspad 2', expected: [e('street_address', 'Weverspad 2')] },
  { text: 'Ze logeert bij oma op het Julianaplein 5 in Hoorn.', expected: [e('street_address', 'Julianaplein 5'), e('place', 'Hoorn')] },
  // Initials and numbers
  { text: 'Betreft: leerling D.J. (groep 8)', expected: [e('initials', 'D.J.')] },
  { text: 'In overleg met mw. A. Visser-Jansen (jeugdarts)', expected: [e('initials', 'A. Visser-Jansen')] },
  { text: 'bsn vd moeder 234 567 892', expected: [e('bsn', '234 567 892')] },
  { text: 'cliëntnr 40012 in ons systeem', expected: [e('client_number', '40012')] },
  { text: 'Telefoon van de moeder op haar werk: 0318-654321', expected: [e('phone', '0318-654321')] },
  { text: 'Geboren op 03-09-2016 te Heerlen.', expected: [e('birth_date', '03-09-2016'), e('place', 'Heerlen')] },
];

export const HELD_OUT_I_CLEAN: readonly CorpusSentence[] = [
  { text: 'Het kind is bang in het donker en slaapt slecht.', expected: [] },
  { text: 'storm en regen maakten het huisbezoek lastig, we kwamen te laat', expected: [] },
  { text: 'De juf merkt dat hij zich terugtrekt in de pauze.', expected: [] },
  { text: 'Moeder vertelt dat ze het niet meer trekt.', expected: [] },
  { text: 'Hij zegt dat hij liever bij zijn vader woont.', expected: [] },
  { text: 'Er is een melding gedaan bij Veilig Thuis.', expected: [] },
  { text: 'de oma van moederskant springt vaak bij', expected: [] },
  { text: 'Sinds de zomer gaat het beter op school.', expected: [] },
  { text: 'We hebben in het overleg een signaleringsplan opgesteld.', expected: [] },
  { text: 'Het jongetje speelt graag met lego en knutselt veel.', expected: [] },
  { text: 'Haar beste vriendin is verhuisd en dat raakt haar.', expected: [] },
  { text: 'Vader werkt in ploegendiensten bij een distributiecentrum.', expected: [] },
  { text: 'ok top, ik neem het mee naar de intervisie van donderdag', expected: [] },
  { text: 'hoop dat het goed komt met dat meisje', expected: [] },
  { text: 'We gebruiken de Roos van Leary om het gedrag te duiden.', expected: [] },
  { text: 'Mijn dochter heeft een eigen kamer gekregen.', expected: [] },
  { text: 'Hij heeft moeite met de overgang van groep 8 naar de brugklas.', expected: [] },
  { text: 'De mentor heeft met de ouders gebeld.', expected: [] },
  { text: 'Bij het ophalen was vader onder invloed.', expected: [] },
  { text: 'De jeugdarts adviseert een gehoortest.', expected: [] },
  { text: 'Ze doet aan turnen en zit op muziekles.', expected: [] },
  { text: 'Het gezin is twee jaar geleden uit Syrië gevlucht.', expected: [] },
  { text: 'Thuis wordt Somalisch en een beetje Engels gesproken.', expected: [] },
  { text: 'Hij kijkt graag naar Pokémon en speelt Fortnite.', expected: [] },
  { text: 'Ze wil later dierenarts worden.', expected: [] },
  { text: 'De leerling heeft een dyslexieverklaring.', expected: [] },
  { text: 'Rapport: rekenen voldoende, taal ruim voldoende, gedrag zorgelijk.', expected: [] },
  { text: 'Werkhouding: zij werkt zelfstandig en netjes.', expected: [] },
  { text: 'Toelichting: extra ondersteuning via het samenwerkingsverband.', expected: [] },
  { text: 'De leerkracht van groep 5 maakt zich zorgen.', expected: [] },
  { text: 'Jeugdige is aangemeld voor ambulante hulp.', expected: [] },
  { text: 'Er loopt een onderzoek van de Raad voor de Kinderbescherming.', expected: [] },
  { text: 'Perspectiefplan wordt over zes weken geëvalueerd.', expected: [] },
  { text: 'De GI heeft een verzoek tot verlenging ingediend.', expected: [] },
  { text: 'Veiligheidsplan besproken met het netwerk, iedereen akkoord.', expected: [] },
  { text: '"Ik wil gewoon naar huis," zegt het meisje steeds.', expected: [] },
  { text: 'Moeder: "Hij luistert niet, ik ben het zat."', expected: [] },
  { text: 'Vader zegt: "Ik doe mijn best, maar het lukt niet alleen."', expected: [] },
  { text: 'Ze noemt haar knuffel "Beer" en neemt hem overal mee.', expected: [] },
  { text: 'Het meisje zegt dat ze een engel heeft gezien.', expected: [] },
  { text: 'Mei is altijd een lastige maand voor hem, dan is zijn vader overleden.', expected: [] },
  { text: 'Winter is voor dit gezin zwaar vanwege de energierekening.', expected: [] },
  { text: 'Hoop is er zeker, want het kind opent zich steeds meer.', expected: [] },
  { text: 'Ze kreeg een bos bloemen van de klas.', expected: [] },
  { text: 'Het gezin viert het Suikerfeest en Kerstmis.', expected: [] },
  { text: 'Hij droeg een shirt van Ajax en wilde niet praten.', expected: [] },
  { text: 'Ze wonen in een kleine huurwoning in een dorp.', expected: [] },
  { text: 'Het huis ligt vlak bij een drukke weg.', expected: [] },
  { text: 'Jongere gaat drie dagen per week naar de dagbesteding.', expected: [] },
  { text: 'wil je zo even bellen? ben er tot 5 uur', expected: [] },
  { text: 'top dank je, ik zet het in het verslag', expected: [] },
  { text: 'moeder is weer zwanger, nummer vier', expected: [] },
  { text: 'ze zat echt te huilen in de klas vandaag', expected: [] },
  { text: 'Het verslag van het Centrum voor Jeugd en Gezin is nog niet binnen.', expected: [] },
  { text: 'De kinderen gaan om het weekend naar de andere ouder.', expected: [] },
  { text: 'Justitie heeft de zaak geseponeerd.', expected: [] },
  { text: 'We zagen blauwe plekken op de bovenarm.', expected: [] },
  { text: 'Zijn favoriete vak is geschiedenis, vooral de Romeinen.', expected: [] },
  { text: 'Hij speelt voetbal bij de F-jes en is keeper.', expected: [] },
  { text: 'Volgens de Jeugdwet moet de gemeente passende hulp bieden.', expected: [] },
  { text: 'Zuster zijn is niet makkelijk als je broer zoveel aandacht vraagt.', expected: [] },
  { text: 'De juf Engels was ziek, dus de les viel uit.', expected: [] },
  { text: 'Ze heeft een onvoldoende voor Frans en Duits.', expected: [] },
  { text: 'Pas op: moeder is snel geraakt als het over geld gaat.', expected: [] },
  { text: 'De familie is hecht en helpt elkaar.', expected: [] },
];
