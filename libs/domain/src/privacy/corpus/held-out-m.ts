/**
 * Held-out batch M. Written on 2026-12-01 by a writer who read neither the guard's rules nor its
 * README nor the earlier batches; committed before it was measured. Mixed styles: casus paragraphs,
 * MDO minutes, intake forms, WhatsApp-style lowercase, dictated run-ons, e-mail greetings and signatures,
 * parents' messages to school and Veilig Thuis reports, with names from many backgrounds.
 *
 * All names, numbers and addresses are fictitious.
 */
import type { CorpusSentence, ExpectedFinding } from './casus-sentences.js';
import type { PrivacyKind } from '../types.js';

const e = (kind: PrivacyKind, match: string): ExpectedFinding => ({ kind, match });

export const HELD_OUT_M_IDENTIFYING: readonly CorpusSentence[] = [
  {
    text: 'Moeder van Wietske (groep 6) heeft aangegeven dat ze de zorgen van school niet herkent.',
    expected: [e('name', 'Wietske')],
  },
  {
    text: 'MDO 14-03: aanwezig waren de IB\'er, meneer Dogan (leerkracht) en vader.',
    expected: [e('date', '14-03'), e('name', 'Dogan')],
  },
  {
    text: 'hoi, ik ben net bij khadija geweest, moeder was er niet en de kleine lag om 11u nog in bed',
    expected: [e('name', 'khadija')],
  },
  {
    text: 'Thijmen Wouda, geb. 02-09-2014, woont sinds de scheiding bij vader in Drachten.',
    expected: [e('name', 'Thijmen Wouda'), e('birth_date', '02-09-2014'), e('place', 'Drachten')],
  },
  {
    text: 'Volgens de mentor van het Rietland College is Büşra sinds de kerstvakantie al elf keer afwezig geweest.',
    expected: [e('institution', 'Rietland College'), e('name', 'Büşra')],
  },
  {
    text: 'Beste mevrouw Baldewsingh, hierbij de afspraken van ons gesprek van vanmorgen.',
    expected: [e('name', 'Baldewsingh')],
  },
  {
    text: 'Met vriendelijke groet, Hylke Postma, jeugdconsulent gemeente Smallingerland, 06-21938470',
    expected: [e('name', 'Hylke Postma'), e('place', 'Smallingerland'), e('phone', '06-21938470')],
  },
  {
    text: 'Kind: Ilyas Bouzambou, BSN 604084456, adres Vlierstraat 14, 9403 KL Assen.',
    expected: [e('name', 'Ilyas Bouzambou'), e('bsn', '604084456'), e('street_address', 'Vlierstraat 14'), e('postcode', '9403 KL'), e('place', 'Assen')],
  },
  {
    text: 'Zoals afgesproken stuur ik de verslagen naar j.tuinstra@jeugdteam-oost.nl, graag even bevestigen.',
    expected: [e('email', 'j.tuinstra@jeugdteam-oost.nl')],
  },
  {
    text: 'Priya (11) vertelde in de kring dat papa "weer boos was op mama" en dat ze onder de tafel had gezeten.',
    expected: [e('name', 'Priya')],
  },
  {
    text: 'Vader, dhr. K. Ramdin, wil niet dat er nog contact is met de moeder.',
    expected: [e('initials', 'K. Ramdin')],
  },
  {
    text: 'Sofiia is sinds september in Nederland en zit in de schakelklas van De Wereldboom in Zaandam.',
    expected: [e('name', 'Sofiia'), e('institution', 'De Wereldboom'), e('place', 'Zaandam')],
  },
  {
    text: 'Wij maken ons zorgen over Kwabena: hij komt zonder ontbijt en in te dunne kleding naar school.',
    expected: [e('name', 'Kwabena')],
  },
  {
    text: 'cliëntnummer 4471902 – gezin Tesfamariam, vier kinderen, moeder alleenstaand.',
    expected: [e('client_number', '4471902'), e('name', 'Tesfamariam')],
  },
  {
    text: 'Oma Tjitske haalt de kinderen op dinsdag en donderdag op, zij is het vaste steunfiguur.',
    expected: [e('name', 'Tjitske')],
  },
  {
    text: 'Gisteren (3 november) is Hamza door de politie thuisgebracht na een vechtpartij bij het winkelcentrum.',
    expected: [e('date', '3 november'), e('name', 'Hamza')],
  },
  {
    text: 'De moeder van Zuzanna spreekt weinig Nederlands, het gesprek is gevoerd met een tolk Pools.',
    expected: [e('name', 'Zuzanna')],
  },
  {
    text: 'Melding Veilig Thuis: betreft Jurensley Martina (9), wonende Sint Eustatiusstraat 22, 1354 HC Almere-Haven.',
    expected: [e('name', 'Jurensley Martina'), e('street_address', 'Sint Eustatiusstraat 22'), e('postcode', '1354 HC'), e('place', 'Almere-Haven')],
  },
  {
    text: 'Hoi juf, Ayoub is vandaag ziek, hij heeft de hele nacht overgegeven. Groetjes Nadia',
    expected: [e('name', 'Ayoub'), e('name', 'Nadia')],
  },
  {
    text: 'Stiefvader (Marlon) heeft volgens de jongste een keer met een riem geslagen.',
    expected: [e('name', 'Marlon')],
  },
  {
    text: 'Overdracht: Mert blijft t/m vrijdag op de crisisgroep van Jeugdhulp Overstag, daarna terug naar huis.',
    expected: [e('name', 'Mert'), e('institution', 'Jeugdhulp Overstag')],
  },
  {
    text: 'Het telefoonnummer van tante is 0591-628419, zij wil graag betrokken worden.',
    expected: [e('phone', '0591-628419')],
  },
  {
    text: 'Aanmelding via de huisarts voor Giselle, 14 jaar, somberheid en zelfbeschadiging.',
    expected: [e('name', 'Giselle')],
  },
  {
    text: 'Gezinsvoogd mevr. Ter Beek heeft laten weten dat de OTS met een jaar is verlengd.',
    expected: [e('name', 'Ter Beek')],
  },
  {
    text: 'Bohdan en zijn zusje van 6 zijn met moeder gevlucht uit Oekraïne en wonen nu in een opvanglocatie in Hengelo.',
    expected: [e('name', 'Bohdan'), e('place', 'Hengelo')],
  },
  {
    text: 'Leerlingnummer 208817, klas 2C: veel verzuim in de eerste twee lesuren.',
    expected: [e('client_number', '208817')],
  },
  {
    text: 'In het gesprek zei Oluwaseun letterlijk: "als ik thuis iets zeg krijg ik klappen".',
    expected: [e('name', 'Oluwaseun')],
  },
  {
    text: 'Adres gezin: Burgemeester Scholtenweg 7a, 8021 EV Zwolle.',
    expected: [e('street_address', 'Burgemeester Scholtenweg 7a'), e('postcode', '8021 EV'), e('place', 'Zwolle')],
  },
  {
    text: 'Na overleg met de wijkagent is op 4 oktober besloten om een zorgmelding te doen.',
    expected: [e('date', '4 oktober')],
  },
  {
    text: 'moeder appte om 23.40 dat kerem weer niet thuis is gekomen en zn telefoon uit staat',
    expected: [e('name', 'kerem')],
  },
  {
    text: 'De juf van groep 3 merkt dat Yamen heel schrikachtig reageert op harde geluiden.',
    expected: [e('name', 'Yamen')],
  },
  {
    text: 'Zaaknummer Z-2024-08841, betreft: Hodan Warsame en kinderen.',
    expected: [e('client_number', 'Z-2024-08841'), e('name', 'Hodan Warsame')],
  },
  {
    text: 'Ouders zijn op 12-02-2025 uit elkaar gegaan; sindsdien wisselt Jildou elke week van huis.',
    expected: [e('date', '12-02-2025'), e('name', 'Jildou')],
  },
  {
    text: 'Mevrouw Kovalenko vraagt of de school kan helpen met het aanvragen van een laptop.',
    expected: [e('name', 'Kovalenko')],
  },
  {
    text: '@Sjoerd kun jij morgen het huisbezoek op de Tjalkstraat 9 doen? ik sta vast in Leeuwarden',
    expected: [e('name', 'Sjoerd'), e('street_address', 'Tjalkstraat 9'), e('place', 'Leeuwarden')],
  },
  {
    text: 'Contact vader: +31 6 1872 4409 (spreekt Engels en Tigrinya).',
    expected: [e('phone', '+31 6 1872 4409')],
  },
  {
    text: 'Sinds de zomer zit ze op het Merwestein College en heeft ze moeite met aansluiting in de klas.',
    expected: [e('institution', 'Merwestein College')],
  },
  {
    text: 'Opa Sjef uit Kerkrade wil de zorg voor de kinderen tijdelijk op zich nemen.',
    expected: [e('name', 'Sjef'), e('place', 'Kerkrade')],
  },
  {
    text: 'Intake 21 januari – Fenna-Lotte van Lieshout (15), verwezen door de POH-GGZ.',
    expected: [e('date', '21 januari'), e('name', 'Fenna-Lotte van Lieshout')],
  },
  {
    text: 'De vader van Emeka belt dagelijks naar school om te vragen of zijn zoon er wel is.',
    expected: [e('name', 'Emeka')],
  },
  {
    text: 'Wij hebben beide kinderen aangemeld bij Stichting Kwartelveld voor huiswerkbegeleiding.',
    expected: [e('institution', 'Stichting Kwartelveld')],
  },
  {
    text: 'Gegevens moeder: A.M. Lopes Semedo, tel. 06 2841 9903.',
    expected: [e('initials', 'A.M. Lopes Semedo'), e('phone', '06 2841 9903')],
  },
  {
    text: 'Broertje Caio (4) gaat naar peuteropvang Het Krekeltje in Meerhoven.',
    expected: [e('name', 'Caio'), e('institution', 'peuteropvang Het Krekeltje'), e('place', 'Meerhoven')],
  },
  {
    text: 'Hoi, kun je mij het verslag van Tijn nog even mailen? Thx, Gerdien',
    expected: [e('name', 'Tijn'), e('name', 'Gerdien')],
  },
  {
    text: 'Ik heb Indah gisteren gesproken; ze wil niet dat haar moeder weet dat ze bij de schoolmaatschappelijk werker is geweest.',
    expected: [e('name', 'Indah')],
  },
  {
    text: 'Jongere is bekend bij Halt, eerder contact in 2023. Naam: Kacper Wiśniewski, BSN 942585550.',
    expected: [e('name', 'Kacper Wiśniewski'), e('bsn', '942585550')],
  },
  {
    text: 'Moeder (Songül) geeft aan dat vader sinds de scheiding geen alimentatie meer betaalt.',
    expected: [e('name', 'Songül')],
  },
  {
    text: 'Na de ruzie op 9 april heeft Romano twee nachten bij een vriend in Spangen geslapen.',
    expected: [e('date', '9 april'), e('name', 'Romano'), e('place', 'Spangen')],
  },
  {
    text: 'Geboortedatum: 17-06-2011 | Naam: Farid Ahmadzai | School: SBO De Wissel',
    expected: [e('birth_date', '17-06-2011'), e('name', 'Farid Ahmadzai'), e('institution', 'SBO De Wissel')],
  },
  {
    text: 'Lieve juf, bedankt voor alles wat u dit jaar voor onze Guusje heeft gedaan!',
    expected: [e('name', 'Guusje')],
  },
  {
    text: 'De heer El Ouali is werkloos geraakt en het gezin heeft schulden bij de Belastingdienst.',
    expected: [e('name', 'El Ouali')],
  },
  {
    text: 'Tijdens het huisbezoek aan de Pottenbakkerssingel 112 trof ik drie kinderen alleen thuis aan.',
    expected: [e('street_address', 'Pottenbakkerssingel 112')],
  },
  {
    text: 'mail van femmie\'s vader doorgestuurd naar de IB, hij wil een gesprek over de overstap',
    expected: [e('name', 'femmie')],
  },
  {
    text: 'Leerling T.B. (groep 7) heeft tijdens de gymles een klasgenoot geslagen en is daarna weggelopen.',
    expected: [e('initials', 'T.B.')],
  },
  {
    text: 'Pleegmoeder Maaike Oostra belt of we het dossier (nr. 55-30917) kunnen opsturen.',
    expected: [e('name', 'Maaike Oostra'), e('client_number', '55-30917')],
  },
  {
    text: 'Xiaoming is een stille jongen die pas praat als hij zich veilig voelt bij een volwassene.',
    expected: [e('name', 'Xiaoming')],
  },
  {
    text: 'Verslag MDO kindcentrum De Vlieger, 28 mei: afgesproken dat Wahid een ontwikkelingsonderzoek krijgt.',
    expected: [e('institution', 'kindcentrum De Vlieger'), e('date', '28 mei'), e('name', 'Wahid')],
  },
  {
    text: 'BSN moeder: 210035225 (graag controleren, was slecht leesbaar op het formulier)',
    expected: [e('bsn', '210035225')],
  },
  {
    text: 'Ivanilda vertelt dat haar moeder vaak \'s nachts werkt en dat zij dan voor haar broertjes zorgt.',
    expected: [e('name', 'Ivanilda')],
  },
  {
    text: 'Vader, Ionuț Popescu, werkt als seizoenarbeider in de kassen in het Westland en is veel weg.',
    expected: [e('name', 'Ionuț Popescu'), e('place', 'Westland')],
  },
  {
    text: 'Kun je de factuur sturen naar administratie@praktijkwilgenroos.nl t.a.v. Hanneke op de Weegh?',
    expected: [e('email', 'administratie@praktijkwilgenroos.nl'), e('name', 'Hanneke op de Weegh')],
  },
  {
    text: 'Van: Chiamaka Okafor <c.okafor82@gmail.com> Onderwerp: afwezigheid zoon',
    expected: [e('name', 'Chiamaka Okafor'), e('email', 'c.okafor82@gmail.com')],
  },
  {
    text: 'De jongen (Liban, geboren 1 januari 2009 volgens zijn papieren) kwam via Nidos en woont nu in een kleine woonvoorziening in Den Helder.',
    expected: [e('name', 'Liban'), e('birth_date', '1 januari 2009'), e('place', 'Den Helder')],
  },
  {
    text: 'Mevrouw Aydoğan vraagt of haar dochter niet op 2 december maar een week later getest kan worden.',
    expected: [e('name', 'Aydoğan'), e('date', '2 december')],
  },
  {
    text: 'Jeugdarts mw. dr. H. Tjoa adviseert een verwijzing naar de kinderarts.',
    expected: [e('initials', 'H. Tjoa')],
  },
  {
    text: 'Sinds hij bij zijn oom in Venlo woont, gaat het op school een stuk beter.',
    expected: [e('place', 'Venlo')],
  },
  {
    text: 'Wybren Dijkstra, BSN 351390972, is per 1 februari met zijn moeder verhuisd naar Sneek.',
    expected: [e('name', 'Wybren Dijkstra'), e('bsn', '351390972'), e('date', '1 februari'), e('place', 'Sneek')],
  },
  {
    text: 'Zoon Aarav (groep 8) krijgt een havo-advies, maar ouders willen per se vwo.',
    expected: [e('name', 'Aarav')],
  },
  {
    text: 'Tel. school: 010-4829133, vragen naar meester Quincy.',
    expected: [e('phone', '010-4829133'), e('name', 'Quincy')],
  },
  {
    text: 'Marie-Claire Verhulst (moeder) gaf in het gesprek toe dat ze drinkt als de kinderen op bed liggen.',
    expected: [e('name', 'Marie-Claire Verhulst')],
  },
  {
    text: 'Kunnen we Akosua\'s aanmelding voor de zomerschool nog doorzetten?',
    expected: [e('name', 'Akosua')],
  },
  {
    text: 'geb. 30-10-2015 te Heerlen, nu woonachtig in Hoensbroek',
    expected: [e('birth_date', '30-10-2015'), e('place', 'Heerlen'), e('place', 'Hoensbroek')],
  },
  {
    text: 'Hiba Darwish en haar man zijn bereid mee te werken aan een gezinsplan.',
    expected: [e('name', 'Hiba Darwish')],
  },
  {
    text: 'Nog even over Pim: hij heeft maandag weer een woedeaanval gehad en de deur van het lokaal kapotgetrapt.',
    expected: [e('name', 'Pim')],
  },
  {
    text: 'Wij, de ouders van Lujain, willen graag een gesprek met de directeur over het pesten.',
    expected: [e('name', 'Lujain')],
  },
  {
    text: 'Huisadres: Kanaalweg 41bis, 3531 JK Utrecht. Let op: de bel doet het vaak niet.',
    expected: [e('street_address', 'Kanaalweg 41bis'), e('postcode', '3531 JK'), e('place', 'Utrecht')],
  },
  {
    text: 'Dhr. Van Dam-Oudshoorn wil alleen nog per mail communiceren: r.vandam-oudshoorn@ziggo.nl',
    expected: [e('name', 'Van Dam-Oudshoorn'), e('email', 'r.vandam-oudshoorn@ziggo.nl')],
  },
  {
    text: 'Tante Semhar is de enige die Tigrinya en Nederlands spreekt en vertaalt tijdens de gesprekken.',
    expected: [e('name', 'Semhar')],
  },
  {
    text: 'Volgens Hidde\'s moeder slaapt hij sinds de verhuizing naar Lelystad heel slecht.',
    expected: [e('name', 'Hidde'), e('place', 'Lelystad')],
  },
  {
    text: 'Jeugdconsulent Gabriela Souza (06-30418827) neemt de casus per direct over.',
    expected: [e('name', 'Gabriela Souza'), e('phone', '06-30418827')],
  },
  {
    text: 'Dossiernummer: JB-77214 / gezinsvoogd: W. Kartoidjojo',
    expected: [e('client_number', 'JB-77214'), e('initials', 'W. Kartoidjojo')],
  },
  {
    text: 'Mursal is 16 en zwanger; ze wil het niet aan haar ouders vertellen.',
    expected: [e('name', 'Mursal')],
  },
  {
    text: 'Vanochtend stond een vader op het plein van basisschool De Populier te schreeuwen tegen een andere ouder.',
    expected: [e('institution', 'basisschool De Populier')],
  },
  {
    text: 'Broer Kenrick Isenia (19) zit in detentie in Vught en belt af en toe naar huis.',
    expected: [e('name', 'Kenrick Isenia'), e('place', 'Vught')],
  },
  {
    text: 'Oma Sutiyem woont op de Javastraat 88, 2585 AV en past vaak op.',
    expected: [e('name', 'Sutiyem'), e('street_address', 'Javastraat 88'), e('postcode', '2585 AV')],
  },
  {
    text: 'Zie ook het verslag van de logopedist over Yulia Tkachenko, ontvangen 5 maart.',
    expected: [e('name', 'Yulia Tkachenko'), e('date', '5 maart')],
  },
  {
    text: 'ff checken: is het 06-43017725 of 06-43017752 van de moeder van bianca?',
    expected: [e('phone', '06-43017725'), e('phone', '06-43017752'), e('name', 'bianca')],
  },
  {
    text: 'Leerling 271150 (2B) wordt door klasgenoten uitgescholden vanwege haar hoofddoek, aldus de mentor.',
    expected: [e('client_number', '271150')],
  },
  {
    text: 'Melder is de buurvrouw, mevrouw Brouwer-Kamps, die \'s avonds vaak geschreeuw hoort.',
    expected: [e('name', 'Brouwer-Kamps')],
  },
  {
    text: 'Afspraak: Ties gaat elke woensdag om 14.00 uur naar zorgboerderij De Kleine Akker.',
    expected: [e('name', 'Ties'), e('institution', 'zorgboerderij De Kleine Akker')],
  },
  {
    text: 'Moeder, Kavita, vertelde dat ze haar schoonfamilie in Den Haag niet meer mag zien.',
    expected: [e('name', 'Kavita'), e('place', 'Den Haag')],
  },
  {
    text: 'Leerling: Rohan Kulkarni, lln.nr. 310442, mentor: mw. L. Gielen',
    expected: [e('name', 'Rohan Kulkarni'), e('client_number', '310442'), e('initials', 'L. Gielen')],
  },
  {
    text: 'Meneer O. Adeyemi heeft de toestemmingsverklaring nog steeds niet ondertekend.',
    expected: [e('initials', 'O. Adeyemi')],
  },
  {
    text: 'Op school zegt Sohrab dat hij in het weekend voor zijn zieke vader zorgt.',
    expected: [e('name', 'Sohrab')],
  },
  {
    text: 'Groepsleerkracht: meester Wouter | IB: J. Pinas | ouders: gescheiden',
    expected: [e('name', 'Wouter'), e('initials', 'J. Pinas')],
  },
  {
    text: 'In Kanaleneiland is Bilal bekend bij het jongerenwerk vanwege overlast rond de speeltuin.',
    expected: [e('place', 'Kanaleneiland'), e('name', 'Bilal')],
  },
  {
    text: 'Nu ik het toch zeg vorige week donderdag 14 november kwam Lan met een blauwe plek op haar wang en ze zei dat ze gevallen was maar dat geloof ik eerlijk gezegd niet',
    expected: [e('date', '14 november'), e('name', 'Lan')],
  },
  {
    text: 'Aanmelder: Theo Brinkhuis, praktijkondersteuner huisartsenpraktijk De Linde, Oss',
    expected: [e('name', 'Theo Brinkhuis'), e('institution', 'huisartsenpraktijk De Linde'), e('place', 'Oss')],
  },
  {
    text: 'Chen Yuting heeft een diagnose ADHD en gebruikt sinds kort methylfenidaat.',
    expected: [e('name', 'Chen Yuting')],
  },
  {
    text: 'Ouders (cliëntnummer 5520318) vragen om een andere gezinsvoogd omdat ze zich niet gehoord voelen.',
    expected: [e('client_number', '5520318')],
  },
  {
    text: 'Postadres afwijkend: Postbus 1207, 6501 BE Nijmegen',
    expected: [e('postcode', '6501 BE'), e('place', 'Nijmegen')],
  },
  {
    text: 'Het was vader (dhr. S.) die het gesprek na tien minuten afbrak.',
    expected: [e('initials', 'S.')],
  },
  {
    text: 'Bij binnenkomst zat Zahraa met haar jas aan in de hoek van het lokaal en wilde niet praten.',
    expected: [e('name', 'Zahraa')],
  },
  {
    text: 'Zie bijlage: brief van de leerplichtambtenaar aan fam. Kartosen d.d. 19-09-2024.',
    expected: [e('name', 'Kartosen'), e('date', '19-09-2024')],
  },
  {
    text: 'Moeder is bereikbaar op 06-19283746 na 16.00 uur, niet onder werktijd.',
    expected: [e('phone', '06-19283746')],
  },
  {
    text: 'Geachte heer R. Mahabier, naar aanleiding van uw telefoontje van gisteren stuur ik u de folder.',
    expected: [e('initials', 'R. Mahabier')],
  },
  {
    text: 'Larissa\'s stiefvader heeft een contactverbod maar wordt toch regelmatig bij de woning gezien.',
    expected: [e('name', 'Larissa')],
  },
  {
    text: 'Sinds de zomer woont het gezin in de wijk Presikhaaf, in een veel te kleine flat.',
    expected: [e('place', 'Presikhaaf')],
  },
  {
    text: 'Wij hebben Zakaria doorverwezen naar Jeugd-GGZ Het Wilgenhuis in Schiedam.',
    expected: [e('name', 'Zakaria'), e('institution', 'Jeugd-GGZ Het Wilgenhuis'), e('place', 'Schiedam')],
  },
  {
    text: 'Kopie aan: m.dijkhuizen@sbo-dewissel.nl; ib@kcdevlieger.nl',
    expected: [e('email', 'm.dijkhuizen@sbo-dewissel.nl'), e('email', 'ib@kcdevlieger.nl')],
  },
  {
    text: 'Bij de aanmelding stond het BSN van de jongste verkeerd, het juiste is 4511.02.587.',
    expected: [e('bsn', '4511.02.587')],
  },
  {
    text: 'Het gaat om de kinderen van Agnieszka: Ola (7) en haar broertje van 4.',
    expected: [e('name', 'Agnieszka'), e('name', 'Ola')],
  },
  {
    text: 'Zus Chanelly (17) is net bevallen en woont nog bij moeder in.',
    expected: [e('name', 'Chanelly')],
  },
  {
    text: 'Volgens de mentor van het Veenhorst College is er sprake van schoolweigering.',
    expected: [e('institution', 'Veenhorst College')],
  },
  {
    text: 'Gezin Nguyen is in 2019 vanuit Rotterdam naar Capelle aan den IJssel verhuisd.',
    expected: [e('name', 'Nguyen'), e('place', 'Rotterdam'), e('place', 'Capelle aan den IJssel')],
  },
  {
    text: 'graag terugbellen: mevr. Amrani, 06-58302914',
    expected: [e('name', 'Amrani'), e('phone', '06-58302914')],
  },
  {
    text: 'Vader (Mykola), Jacob van Lennepkade 201-3, spreekt alleen Oekraïens en Russisch; tolkentelefoon inzetten.',
    expected: [e('name', 'Mykola'), e('street_address', 'Jacob van Lennepkade 201-3')],
  },
  {
    text: 'Hoi juf! Ik ben de moeder van Sterre uit groep 5, mag ze donderdag eerder weg voor de tandarts?',
    expected: [e('name', 'Sterre')],
  },
  {
    text: 'Afgelopen vrijdag 6 juni heeft Berkay een mes meegenomen naar school.',
    expected: [e('date', '6 juni'), e('name', 'Berkay')],
  },
  {
    text: 'Contactpersoon wijkteam: Auke Bosma, a.bosma@wijkteamsneek.nl',
    expected: [e('name', 'Auke Bosma'), e('email', 'a.bosma@wijkteamsneek.nl')],
  },
  {
    text: 'De zorgen rond het gezin aan de Reigerhof 17 zijn besproken met Veilig Thuis; zij adviseren een zorgmelding.',
    expected: [e('street_address', 'Reigerhof 17')],
  },
  {
    text: 'Vanuit de Sterrenwachter (SBO) wordt gemeld dat Abdirahman regelmatig in slaap valt in de klas.',
    expected: [e('institution', 'Sterrenwachter'), e('name', 'Abdirahman')],
  },
  {
    text: 'Rojda heeft gezegd dat ze in de zomer niet naar Turkije wil omdat ze bang is uitgehuwelijkt te worden.',
    expected: [e('name', 'Rojda')],
  },
  {
    text: 'Pleeggezin: fam. Van Rooij, Molenakker 3, 5481 TN Schijndel.',
    expected: [e('name', 'Van Rooij'), e('street_address', 'Molenakker 3'), e('postcode', '5481 TN'), e('place', 'Schijndel')],
  },
  {
    text: 'Cliëntnr. gemeente 58812-B, Nilton Fortes, geb. 13-08-2011.',
    expected: [e('client_number', '58812-B'), e('name', 'Nilton Fortes'), e('birth_date', '13-08-2011')],
  },
  {
    text: 'Wat Gerrit-Jan (vader) niet weet, is dat moeder al een andere woning heeft gevonden in Hoogezand.',
    expected: [e('name', 'Gerrit-Jan'), e('place', 'Hoogezand')],
  },
  {
    text: 'Doorgestuurd door Sjaak: "Jongen zat om 2 uur \'s nachts nog op straat bij de Jumbo".',
    expected: [e('name', 'Sjaak')],
  },
  {
    text: 'De leerkracht heeft gezien dat Yaw in de pauze niet durft te eten.',
    expected: [e('name', 'Yaw')],
  },
  {
    text: 'Met vriendelijke groet, drs. P.J. Verschuren, GZ-psycholoog, tel. 073-6120448',
    expected: [e('initials', 'P.J. Verschuren'), e('phone', '073-6120448')],
  },
  {
    text: 'Moeder Ytsje belt: haar zoon heeft zijn dossier bij de GGZ ingezien en is erg boos.',
    expected: [e('name', 'Ytsje')],
  },
];

export const HELD_OUT_M_CLEAN: readonly CorpusSentence[] = [
  { text: 'Moeder kwam te laat binnen en excuseerde zich omdat de bus niet reed.', expected: [] },
  { text: 'Vader zegt dat hij geen hulp nodig heeft, maar hij oogt uitgeput.', expected: [] },
  { text: 'Op maandag en woensdag gaat hij naar de naschoolse opvang.', expected: [] },
  { text: 'In maart staat er een evaluatie gepland met alle betrokkenen.', expected: [] },
  { text: 'Het kind is 7 jaar en zit in groep 4.', expected: [] },
  { text: 'Afspraak staat om 15.30 uur op school, graag een tolk Arabisch regelen.', expected: [] },
  { text: 'De IB\'er en de jeugdverpleegkundige schuiven allebei aan bij het MDO.', expected: [] },
  { text: 'Ze tekent steeds een roos met een zwart hart erin.', expected: [] },
  { text: 'Zijn favoriete serie is SpongeBob en hij praat er de hele dag over.', expected: [] },
  { text: 'Ze speelt veel Minecraft en Roblox, soms tot na middernacht.', expected: [] },
  { text: 'Het gezin viert het Suikerfeest en de kinderen zijn die dag vrij van school.', expected: [] },
  { text: 'We hebben een melding gedaan bij Veilig Thuis na overleg met de aandachtsfunctionaris.', expected: [] },
  { text: 'De Raad voor de Kinderbescherming doet een onderzoek naar het gezag.', expected: [] },
  { text: 'Naam kind: ……………  Geboortedatum: ……………  BSN: ……………', expected: [] },
  { text: '"Ik wil gewoon dat mama en papa stoppen met schreeuwen," zei ze zachtjes.', expected: [] },
  { text: 'ok top, ik bel je morgen na de lunch even terug', expected: [] },
  { text: 'Kan iemand mij uitleggen hoe de meldcode precies werkt bij vermoedens van seksueel misbruik?', expected: [] },
  { text: 'Hij leest graag Het leven van een Loser en de boeken van Geronimo Stilton.', expected: [] },
  { text: 'Volgens de mentor haalt ze vooral onvoldoendes voor Frans en wiskunde.', expected: [] },
  { text: 'Moeder werkt als schoonmaakster in een hotel en heeft onregelmatige diensten.', expected: [] },
  { text: 'Na de kerstvakantie is de aanwezigheid sterk verbeterd.', expected: [] },
  { text: 'De jongen is in Syrië geboren en spreekt thuis Arabisch en Koerdisch.', expected: [] },
  { text: 'Er zijn drie kinderen in het gezin, de oudste is 14 en de jongste 2.', expected: [] },
  { text: 'Ouders hebben een uitkering via het UWV en een schuld bij DUO.', expected: [] },
  { text: 'We werken volgens Signs of Safety en maken samen met het gezin een veiligheidsplan.', expected: [] },
  { text: 'Triple P werd eerder aangeboden, maar ouders zijn na twee bijeenkomsten gestopt.', expected: [] },
  { text: 'Het meisje is fan van Taylor Swift en kent alle liedjes uit haar hoofd.', expected: [] },
  { text: 'Hij wil later profvoetballer worden, net als Virgil van Dijk.', expected: [] },
  { text: 'Sinterklaas was dit jaar een spannende periode, want er was geen geld voor cadeautjes.', expected: [] },
  { text: 'Op Koningsdag heeft hij op de vrijmarkt zijn oude speelgoed verkocht.', expected: [] },
  { text: 'Tijdens de ramadan is ze \'s ochtends erg moe in de les.', expected: [] },
  { text: 'Zij zit op Snapchat en TikTok en heeft daar contact met onbekende volwassenen.', expected: [] },
  { text: 'De huisarts heeft verwezen naar de kinderarts in het ziekenhuis.', expected: [] },
  { text: 'Vrijdag was hij niet op school en er werd niet afgemeld.', expected: [] },
  { text: 'Moeder verdient ongeveer € 1.400 per maand en betaalt € 750 huur.', expected: [] },
  { text: 'Het kind heeft een IQ van 78 volgens het laatste onderzoek.', expected: [] },
  { text: 'De logopedist ziet hem eens per week, op donderdagmiddag.', expected: [] },
  { text: 'Ze is erg lief voor haar broertjes, maar thuis draagt ze veel te veel verantwoordelijkheid.', expected: [] },
  { text: 'Vader heeft in de gevangenis gezeten en is sinds het voorjaar weer thuis.', expected: [] },
  { text: 'De gezinsvoogd is nog niet bereikbaar geweest, ik probeer het morgen opnieuw.', expected: [] },
  { text: 'Hij zit in de brugklas vmbo-kader en heeft een lwoo-indicatie.', expected: [] },
  { text: 'Wie heeft ervaring met kinderen die in een azc wonen en steeds door het COA worden overgeplaatst?', expected: [] },
  { text: 'Tot nu toe zijn er zes gesprekken geweest, waarvan vier zonder vader.', expected: [] },
  { text: 'In de klas zitten 29 leerlingen, van wie er zeven een ontwikkelingsperspectief hebben.', expected: [] },
  { text: 'In mei wordt de indicatie opnieuw bekeken, rond Pasen is er een tussenevaluatie.', expected: [] },
  { text: 'Moeder is christelijk opgevoed en vader is moslim, daar is thuis veel spanning over.', expected: [] },
  { text: 'De jongere zegt dat hij de film Joker al tien keer heeft gezien.', expected: [] },
  { text: 'Om 08:15 stond ze al bij het hek te wachten, zonder jas.', expected: [] },
  { text: 'Bij de kinderopvang zien ze dat het meisje vaak dezelfde kleren draagt.', expected: [] },
  { text: 'We hebben het nummer van de Kindertelefoon met haar gedeeld voor als het thuis uit de hand loopt.', expected: [] },
  { text: 'Zij is dol op Nijntje en Dikkie Dik, terwijl ze al acht is.', expected: [] },
  { text: 'Hij gamet veel FIFA en Fortnite en is dan niet aanspreekbaar.', expected: [] },
  { text: 'Moeder vraagt via het wijkteam een pakket van de voedselbank aan.', expected: [] },
  { text: 'De school heeft een time-out van twee dagen gegeven na het incident.', expected: [] },
  { text: 'Kunnen we in januari opnieuw bij elkaar komen om te kijken hoe het gaat?', expected: [] },
  { text: 'Het gezin woont in een portiekflat op de vierde verdieping zonder lift.', expected: [] },
  { text: 'Het gezin is bekend bij de GGD in verband met een achterstand in vaccinaties.', expected: [] },
  { text: 'Ze zegt: "Niemand luistert naar mij, dus waarom zou ik nog praten?"', expected: [] },
  { text: 'De mentor, de zorgcoördinator en de leerplichtambtenaar zijn op de hoogte.', expected: [] },
  { text: 'Het kind heeft een dubbele nationaliteit, Nederlands en Marokkaans.', expected: [] },
  { text: 'Zondag is er ruzie geweest waarbij de buren de politie hebben gebeld.', expected: [] },
  { text: 'Ouders hebben een laag inkomen en komen in aanmerking voor bijzondere bijstand.', expected: [] },
  { text: 'Hij gebruikt sinds vorig jaar Ritalin, maar ouders twijfelen over de bijwerkingen.', expected: [] },
  { text: 'Ze zit op hockey en op zwemles, maar zegt beide af omdat ze buikpijn heeft.', expected: [] },
  { text: 'Ze is de ster van de klas als het om rekenen gaat.', expected: [] },
  { text: 'De Kinderombudsman heeft een rapport uitgebracht over kinderen in gezinnen met schulden.', expected: [] },
  { text: 'Is er iemand die weet of een gezinshuis een optie is bij een jongere van 17?', expected: [] },
  { text: 'Moeder zit thuis met een burn-out en kan de kinderen \'s ochtends niet wegbrengen.', expected: [] },
  { text: 'ja klopt, ik heb het ook gezien, ze zag er echt niet goed uit vandaag', expected: [] },
  { text: 'In groep 7 wordt veel gepest, vooral via WhatsApp en in de pauzes.', expected: [] },
  { text: 'Zijn zus zit op het speciaal onderwijs, cluster 4.', expected: [] },
  { text: 'Hoop is er zeker, maar het gezin heeft structurele steun nodig.', expected: [] },
  { text: 'De zorgen zijn besproken in het ZAT en er is een plan van aanpak gemaakt.', expected: [] },
  { text: 'Met Kerst gaat het gezin naar familie in Turkije.', expected: [] },
  { text: 'Hij kijkt graag Pokémon en verzamelt de kaarten.', expected: [] },
  { text: 'Storm en regen zorgden ervoor dat ze drijfnat op school aankwam.', expected: [] },
  { text: 'Zon, een trampoline en een hond: volgens haar is dat het ideale huis.', expected: [] },
  { text: 'Mevrouw wil graag dat de gesprekken voortaan op school plaatsvinden.', expected: [] },
  { text: 'Meneer was bij het gesprek aanwezig maar zei vrijwel niets.', expected: [] },
  { text: 'Hij heeft een lichte verstandelijke beperking en een diagnose autisme.', expected: [] },
  { text: 'De oudste zoon werkt bij de Albert Heijn en draagt bij aan het huishoudgeld.', expected: [] },
  { text: 'Ze koopt haar schoolspullen bij de Action omdat het anders niet te betalen is.', expected: [] },
  { text: 'Vader rijdt op een scooter voor Thuisbezorgd en werkt tot laat.', expected: [] },
  { text: 'Bij het spelen met de poppen liet hij zien dat de papa-pop de mama-pop sloeg.', expected: [] },
  { text: 'De jeugdarts heeft gewicht en lengte gemeten: duidelijk ondergewicht.', expected: [] },
  { text: 'Volgende week dinsdag is het MDO, om 10.00 uur.', expected: [] },
  { text: 'Sinds de scheiding heeft ze haar fleur verloren, zegt oma.', expected: [] },
  { text: 'Haar moedertaal is Tigrinya; ze leert snel Nederlands.', expected: [] },
  { text: 'Do 10:30 overleg met IB, vr ben ik er niet.', expected: [] },
  { text: 'Er is een OTS uitgesproken voor de duur van een jaar.', expected: [] },
  { text: 'In het weekend is ze bij vader, doordeweeks bij moeder.', expected: [] },
  { text: 'Hoe gaan jullie om met ouders die geen toestemming geven voor een onderzoek?', expected: [] },
  { text: 'Moeder doet de boodschappen bij Dirk omdat het daar goedkoper is.', expected: [] },
  { text: 'De juf heeft de klas een week lang voorgelezen uit Matilda.', expected: [] },
  { text: 'Ze wil later net als Pippi Langkous alleen in een groot huis wonen.', expected: [] },
  { text: 'Het meisje wil beter Engels leren, omdat ze haar favoriete YouTubers wil verstaan.', expected: [] },
  { text: 'Wat ik lastig vind: de moeder lijkt de zorgen steeds weg te lachen.', expected: [] },
  { text: 'Bijlage: gespreksverslag (2 pagina\'s) en het ingevulde signaleringsformulier.', expected: [] },
  { text: 'De behandeling bij de jeugd-GGZ is na twaalf sessies afgesloten.', expected: [] },
  { text: 'Vader heeft een contactverbod maar appt de kinderen nog wel.', expected: [] },
  { text: 'Tijdens Divali hebben de kinderen lichtjes gemaakt in de klas.', expected: [] },
  { text: 'Hij kwam om kwart over negen binnen, zonder tas en zonder ontbijt.', expected: [] },
  { text: 'De kinderen slapen met z\'n vieren in één kamer.', expected: [] },
  { text: 'Oud en nieuw is voor hem een moeilijke tijd vanwege het vuurwerk.', expected: [] },
  { text: 'Keti Koti werd op school gevierd en ze vertelde trots over haar voorouders.', expected: [] },
  { text: 'Naam ouder/verzorger: [niet ingevuld]  Telefoon: [niet ingevuld]', expected: [] },
  { text: 'Sinds Chinees Nieuwjaar is oma bij het gezin ingetrokken.', expected: [] },
  { text: 'Zij kijkt Brugklas op YouTube en herkent zich in een van de personages.', expected: [] },
  { text: 'Wij hebben de casus anoniem ingebracht in de intervisiegroep.', expected: [] },
  { text: 'Het gezin is in 2022 vanuit Oekraïne naar Nederland gekomen.', expected: [] },
  { text: 'Ze heeft een deel van de reis via Libië alleen gemaakt en praat daar niet over.', expected: [] },
  { text: 'De jongere heeft via Halt een taakstraf gekregen.', expected: [] },
  { text: 'Er is een signaal in de Verwijsindex afgegeven door de jeugdgezondheidszorg.', expected: [] },
  { text: 'Mama zegt dat papa werkt, maar volgens de buurvrouw is hij al maanden niet thuis.', expected: [] },
  { text: 'Ze had om 12.00 uur nog niets gegeten, alleen een pakje drinken.', expected: [] },
  { text: 'Hij speelt elke zaterdag voetbal in de JO11 en is daar heel fanatiek.', expected: [] },
  { text: 'Bij de intake is de SDQ afgenomen; de totaalscore viel in het klinische gebied.', expected: [] },
  { text: 'De school werkt met ParnasSys en daar staat alles over het verzuim in.', expected: [] },
  { text: 'Vader heeft een Poolse achtergrond en werkt via een uitzendbureau.', expected: [] },
  { text: 'Ik heb haar uitgelegd wat het wijkteam doet en dat ze zelf ook mag bellen.', expected: [] },
  { text: 'Vader heeft sinds kort een nieuwe job in de haven en is daardoor minder thuis.', expected: [] },
  { text: 'Mag ik vragen hoe jullie dit in jullie gemeente hebben georganiseerd?', expected: [] },
  { text: 'Nou, hij is echt een bikkel, ondanks alles komt hij elke dag.', expected: [] },
  { text: 'Het kind vertelde dat de stiefvader \'soms best eng\' is als hij gedronken heeft.', expected: [] },
  { text: 'Ze draagt een hoofddoek sinds groep 8 en wordt daar soms om gepest.', expected: [] },
  { text: 'Woensdagmiddag heeft ze therapie, dus dan kan ze niet naar de training.', expected: [] },
  { text: 'Dank voor je bericht, ik kom er vóór het weekend op terug.', expected: [] },
  { text: 'Hij is gek op Mario Kart en Zelda en vergeet dan alles om zich heen.', expected: [] },
  { text: 'Haar grote voorbeeld is Anne Frank, over wie ze een spreekbeurt heeft gehouden.', expected: [] },
  { text: 'Vader is kok in een Surinaams restaurant en werkt zes dagen per week.', expected: [] },
];
