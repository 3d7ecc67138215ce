/**
 * Held-out batch L. Written on 2026-12-01 by a writer who read neither the guard's rules nor its
 * README nor the earlier batches; committed before it was measured. Casus paragraphs, MDO minutes,
 * lowercase app messages, dictated run-ons, intake forms, e-mail greetings and signatures, school
 * reports, bullet notes, quotes, Veilig Thuis reports and handovers, with names from many backgrounds.
 *
 * All names, numbers and addresses are fictitious.
 */
import type { CorpusSentence, ExpectedFinding } from './casus-sentences.js';
import type { PrivacyKind } from '../types.js';

const e = (kind: PrivacyKind, match: string): ExpectedFinding => ({ kind, match });

export const HELD_OUT_L_IDENTIFYING: readonly CorpusSentence[] = [
  // Casus paragraphs
  {
    text: 'Het gaat om Noor (9), die sinds de zomer bij haar oma in Assen woont.',
    expected: [e('name', 'Noor'), e('place', 'Assen')],
  },
  {
    text: 'Vader, Mehmet Yıldız, werkt in ploegendienst en is moeilijk bereikbaar.',
    expected: [e('name', 'Mehmet Yıldız')],
  },
  {
    text: 'Moeder Khadija gaf aan dat ze zich schaamt voor de situatie thuis.',
    expected: [e('name', 'Khadija')],
  },
  {
    text: 'Jayden-Lee zit in groep 6 van basisschool De Vlonder en loopt achter met rekenen.',
    expected: [e('name', 'Jayden-Lee'), e('institution', 'basisschool De Vlonder')],
  },
  {
    text: 'Sinds de scheiding woont Mila afwisselend bij vader in Deventer en bij moeder.',
    expected: [e('name', 'Mila'), e('place', 'Deventer')],
  },
  {
    text: 'De stiefvader van Dex, dhr. R. Brinkman, is volgens school erg dominant aanwezig bij gesprekken.',
    expected: [e('name', 'Dex'), e('initials', 'R. Brinkman')],
  },
  {
    text: 'Oudste zus Amina (17) zorgt vaak voor de twee jongere broertjes.',
    expected: [e('name', 'Amina')],
  },
  {
    text: 'Ik heb contact gehad met mevrouw Van Leeuwen, de voogd van Kees.',
    expected: [e('name', 'Van Leeuwen'), e('name', 'Kees')],
  },
  // MDO minutes
  {
    text: 'Aanwezig: R. Kuipers (ib), mw. Bosma (leerkracht gr. 5), S. el Idrissi (SMW), moeder.',
    expected: [e('initials', 'R. Kuipers'), e('name', 'Bosma'), e('initials', 'S. el Idrissi')],
  },
  {
    text: 'Actiepunt: Tamara neemt contact op met de GGZ-behandelaar van L. voor 1 december.',
    expected: [e('name', 'Tamara'), e('initials', 'L.'), e('date', '1 december')],
  },
  {
    text: 'MDO 14-11-2026 betreft leerling I. Wiersma, groep 8.',
    expected: [e('date', '14-11-2026'), e('initials', 'I. Wiersma')],
  },
  {
    text: 'Besluit: aanmelding bij Stichting Anker Jeugdhulp voor gezinsbehandeling, Priscilla koppelt terug aan ouders.',
    expected: [e('institution', 'Stichting Anker Jeugdhulp'), e('name', 'Priscilla')],
  },
  {
    text: 'Notulist: Gerrit-Jan Dijkstra',
    expected: [e('name', 'Gerrit-Jan Dijkstra')],
  },
  {
    text: 'Afwezig met bericht: meester Ruud (gymleerkracht) en de wijkverpleegkundige.',
    expected: [e('name', 'Ruud')],
  },
  // App messages, lowercase
  {
    text: 'hoi! is ravi vandaag weer ziek? hij was er gister ook al niet',
    expected: [e('name', 'ravi')],
  },
  {
    text: 'ff checken, kan jij morgen met de moeder van fenna bellen? ik red het niet',
    expected: [e('name', 'fenna')],
  },
  {
    text: 'heb net met anouk gesproken, ze wil geen melding doen maar maakt zich wel zorgen',
    expected: [e('name', 'anouk')],
  },
  {
    text: 'zijn nummer is 06 41 87 29 03 maar hij neemt bijna nooit op',
    expected: [e('phone', '06 41 87 29 03')],
  },
  {
    text: 'bouchra appte dat ze pas om 10 uur kan ivm de tandarts van yasmina',
    expected: [e('name', 'bouchra'), e('name', 'yasmina')],
  },
  {
    text: "ok top, dan zie ik jou en tijn's vader donderdag op school",
    expected: [e('name', 'tijn')],
  },
  {
    text: 'kun je dit doorsturen naar lotte.vermaat@kindcentrumdebron.nl?',
    expected: [e('email', 'lotte.vermaat@kindcentrumdebron.nl')],
  },
  {
    text: 'jurick is weer weggelopen, moeder heeft de politie gebeld',
    expected: [e('name', 'jurick')],
  },
  {
    text: 'filmon zit sinds maart op de ISK, de docent maakt zich zorgen over zijn slaap',
    expected: [e('name', 'filmon')],
  },
  {
    text: 'ok dus dan bel ik morgen met ingrid van de jeugdarts en dan hoor je het van me',
    expected: [e('name', 'ingrid')],
  },
  {
    text: 'vader mailt altijd vanaf djbigmike@hotmail.com, dat is hem echt',
    expected: [e('email', 'djbigmike@hotmail.com')],
  },
  {
    text: 'is noah-milan al opgehaald?? moeder staat hier bij de deur te wachten',
    expected: [e('name', 'noah-milan')],
  },
  {
    text: 'wie heeft het nummer van de oom van kenan? 0031 6 27351908 werkt niet meer',
    expected: [e('name', 'kenan'), e('phone', '0031 6 27351908')],
  },
  // Dictated run-on sentences
  {
    text: 'dus toen heb ik gezegd tegen de moeder mevrouw Oduro dat we echt een keer samen met Kwame om tafel moeten en dat vond ze wel goed maar ze wilde niet dat vader erbij was',
    expected: [e('name', 'Oduro'), e('name', 'Kwame')],
  },
  {
    text: 'uh ja en dan is er nog het broertje Bogdan die zit op het vso in Tilburg en daar gaat het eigenlijk wel redelijk mee',
    expected: [e('name', 'Bogdan'), e('place', 'Tilburg')],
  },
  {
    text: 'en de oma van moederskant dat is mevrouw Ionescu die woont aan de Dorpsstraat 41 in Ede dus vlakbij',
    expected: [e('name', 'Ionescu'), e('street_address', 'Dorpsstraat 41'), e('place', 'Ede')],
  },
  {
    text: 'vorige week dinsdag 3 november was er weer politie aan de deur bij het gezin Pietersz en toen hebben de buren ook nog gebeld',
    expected: [e('date', '3 november'), e('name', 'Pietersz')],
  },
  {
    text: 'ik heb het dan ook met de jeugdarts besproken dokter Brandsma heet ze en die vond het gewicht ook echt zorgelijk',
    expected: [e('name', 'Brandsma')],
  },
  // Intake forms
  {
    text: 'Naam kind: Ayaan Warsame',
    expected: [e('name', 'Ayaan Warsame')],
  },
  {
    text: 'Geboortedatum: 08-06-2016',
    expected: [e('birth_date', '08-06-2016')],
  },
  {
    text: 'Adres: Zonnebloemlaan 7, 7523 HP Enschede',
    expected: [e('street_address', 'Zonnebloemlaan 7'), e('postcode', '7523 HP'), e('place', 'Enschede')],
  },
  {
    text: 'BSN: 232332113',
    expected: [e('bsn', '232332113')],
  },
  {
    text: 'Telefoon ouder/verzorger: 0172-485396 (vader), 06-29475108 (moeder)',
    expected: [e('phone', '0172-485396'), e('phone', '06-29475108')],
  },
  {
    text: 'Huisarts: dokter W.F. Brouwers, Kerkplein 3',
    expected: [e('initials', 'W.F. Brouwers'), e('street_address', 'Kerkplein 3')],
  },
  {
    text: 'Verwezen door: J.P. van Ommeren, jeugdarts',
    expected: [e('initials', 'J.P. van Ommeren')],
  },
  {
    text: 'Dossiernummer: JH-2026-00412',
    expected: [e('client_number', 'JH-2026-00412')],
  },
  {
    text: 'School: CBS De Wegwijzer, groep 4, leerkracht juf Mirjam',
    expected: [e('institution', 'CBS De Wegwijzer'), e('name', 'Mirjam')],
  },
  // E-mail greetings and signatures
  {
    text: 'Beste Hanneke, dank voor je snelle reactie van vanochtend.',
    expected: [e('name', 'Hanneke')],
  },
  {
    text: 'Hoi Erik-Jan, zie hieronder de verslaglegging van het gesprek.',
    expected: [e('name', 'Erik-Jan')],
  },
  {
    text: 'Met vriendelijke groet, Saskia Terpstra | intern begeleider | 06-31784520',
    expected: [e('name', 'Saskia Terpstra'), e('phone', '06-31784520')],
  },
  {
    text: 'Geachte heer Çelik, naar aanleiding van ons telefoongesprek stuur ik u de afspraken.',
    expected: [e('name', 'Çelik')],
  },
  {
    text: 'Groet, Wouter (jeugdconsulent gemeente Almere) – w.dehaan@wijkteamhaven.nl',
    expected: [e('name', 'Wouter'), e('place', 'Almere'), e('email', 'w.dehaan@wijkteamhaven.nl')],
  },
  {
    text: 'Beste mevrouw Asante, hierbij bevestig ik de afspraak op 9 december om 14.00 uur.',
    expected: [e('name', 'Asante'), e('date', '9 december')],
  },
  {
    text: "Lieve Jolien, kun je Thijmen's rapport nog even nakijken?",
    expected: [e('name', 'Jolien'), e('name', 'Thijmen')],
  },
  {
    text: 'Met vriendelijke groet,\nE.M. (Els) Gerritsen\nOrthopedagoog, Stichting De Brug Jeugdhulp\nT 06-19374028',
    expected: [
      e('initials', 'E.M.'),
      e('name', 'Els'),
      e('name', 'Gerritsen'),
      e('institution', 'Stichting De Brug Jeugdhulp'),
      e('phone', '06-19374028'),
    ],
  },
  // School reports
  {
    text: 'Rapport groep 7 – Esmee van der Kolk: werkt zelfstandig en helpt anderen graag.',
    expected: [e('name', 'Esmee van der Kolk')],
  },
  {
    text: 'Lucas de Bruijn (leerlingnr. 20419) heeft in januari een Cito-toets gemist.',
    expected: [e('name', 'Lucas de Bruijn'), e('client_number', '20419')],
  },
  {
    text: 'Mentor: dhr. H. Stoffels, Vonderlyceum, klas 2B',
    expected: [e('initials', 'H. Stoffels'), e('institution', 'Vonderlyceum')],
  },
  {
    text: 'Zoë laat in groep 3 een forse groei zien in technisch lezen.',
    expected: [e('name', 'Zoë')],
  },
  // Bullet notes
  {
    text: '- moeder (Dana) wil eerst zelf met de huisarts praten',
    expected: [e('name', 'Dana')],
  },
  {
    text: '- broer Stijn zit in een justitiële jeugdinrichting, nog 4 mnd',
    expected: [e('name', 'Stijn')],
  },
  {
    text: '- contact met Aziz van De Hoeve Jeugdzorg, wachtlijst 12 weken',
    expected: [e('name', 'Aziz'), e('institution', 'De Hoeve Jeugdzorg')],
  },
  {
    text: '- adres vader: Van Heutszstraat 118 (2-hoog), Amsterdam',
    expected: [e('street_address', 'Van Heutszstraat 118'), e('place', 'Amsterdam')],
  },
  {
    text: '- Yusuf heeft op 2 oktober een time-out gehad na een vechtpartij',
    expected: [e('name', 'Yusuf'), e('date', '2 oktober')],
  },
  {
    text: '* oma (mw. Kowalczyk) wil graag betrokken blijven',
    expected: [e('name', 'Kowalczyk')],
  },
  // Quotes of children and parents
  {
    text: '"Papa zegt dat ik niks tegen juf Inge mag vertellen."',
    expected: [e('name', 'Inge')],
  },
  {
    text: "'Mama slaapt de hele dag,' vertelde Selin (7) in de kring.",
    expected: [e('name', 'Selin')],
  },
  {
    text: 'Volgens Fatima-Zahra zit haar broertje vaak alleen thuis tot laat.',
    expected: [e('name', 'Fatima-Zahra')],
  },
  {
    text: "Moeder: 'Die meester Verhoeven heeft het gewoon op mijn zoon gemunt.'",
    expected: [e('name', 'Verhoeven')],
  },
  {
    text: "Vader zei: 'Bel maar naar mijn vrouw, Olena, zij regelt dat.'",
    expected: [e('name', 'Olena')],
  },
  {
    text: '"Ik wil bij tante Grace wonen, daar is het rustig," zei hij zacht.',
    expected: [e('name', 'Grace')],
  },
  // Reports to Veilig Thuis
  {
    text: 'Melding betreft: Nathan Koster, geb. 17-09-2018, wonende Esdoornstraat 22, 9717 BG Groningen.',
    expected: [
      e('name', 'Nathan Koster'),
      e('birth_date', '17-09-2018'),
      e('street_address', 'Esdoornstraat 22'),
      e('postcode', '9717 BG'),
      e('place', 'Groningen'),
    ],
  },
  {
    text: 'Melder: A. Ramdin, leerkracht op OBS Het Palet, bereikbaar via 050-3184762.',
    expected: [e('initials', 'A. Ramdin'), e('institution', 'OBS Het Palet'), e('phone', '050-3184762')],
  },
  {
    text: 'Moeder, mevrouw Martina, heeft op 26 oktober verteld dat haar vriend Gilbert haar heeft geslagen.',
    expected: [e('name', 'Martina'), e('date', '26 oktober'), e('name', 'Gilbert')],
  },
  {
    text: 'Zaaknummer VT-26-08813 (Veilig Thuis), melding over de kinderen van Nordin.',
    expected: [e('client_number', 'VT-26-08813'), e('name', 'Nordin')],
  },
  // Handovers between colleagues
  {
    text: 'Overdracht: ik ben t/m 3 januari met verlof, Roel neemt zaak 2026-0871 over.',
    expected: [e('date', '3 januari'), e('name', 'Roel'), e('client_number', '2026-0871')],
  },
  {
    text: 'Let op: vader van Sem (Jeroen Hofstede) mag het kind niet ophalen, zie beschikking.',
    expected: [e('name', 'Sem'), e('name', 'Jeroen Hofstede')],
  },
  {
    text: 'Gezin Wójcik is verhuisd naar Breda, nieuw adres volgt.',
    expected: [e('name', 'Wójcik'), e('place', 'Breda')],
  },
  {
    text: 'Moeder is bereikt op 06-85730491, graag alleen na 17.00 uur bellen.',
    expected: [e('phone', '06-85730491')],
  },
  {
    text: 'Voor vragen over de thuissituatie kun je het beste Bram Veldkamp bellen, hij kent het gezin al jaren.',
    expected: [e('name', 'Bram Veldkamp')],
  },
  // Names from many backgrounds, in running text
  {
    text: 'Emre is na de kerstvakantie gestart op het Rijnhove College in Leiden.',
    expected: [e('name', 'Emre'), e('institution', 'Rijnhove College'), e('place', 'Leiden')],
  },
  {
    text: 'Elif Aydın (moeder) spreekt goed Nederlands maar leest het slecht.',
    expected: [e('name', 'Elif Aydın')],
  },
  {
    text: "Burak en zijn neefje worden 's ochtends gebracht door een buurvrouw.",
    expected: [e('name', 'Burak')],
  },
  {
    text: 'Gesprek gevoerd met dhr. S. Jagessar, de oom die tijdelijk voor de kinderen zorgt.',
    expected: [e('initials', 'S. Jagessar')],
  },
  {
    text: 'Naomi Pinas van het wijkteam Kanaleneiland heeft de casus ingebracht.',
    expected: [e('name', 'Naomi Pinas'), e('place', 'Kanaleneiland')],
  },
  {
    text: 'Djenice Tavares (14) verzuimt veel, leerplicht is ingeschakeld.',
    expected: [e('name', 'Djenice Tavares')],
  },
  {
    text: 'Edson, de vriend van moeder, komt uit Kaapverdië en spreekt vooral Portugees.',
    expected: [e('name', 'Edson')],
  },
  {
    text: 'Zuzanna vertaalt voor haar ouders tijdens alle gesprekken, dat is eigenlijk niet wenselijk.',
    expected: [e('name', 'Zuzanna')],
  },
  {
    text: 'Kacper Nowak, leerlingnummer 118204, klas 1C',
    expected: [e('name', 'Kacper Nowak'), e('client_number', '118204')],
  },
  {
    text: 'Andrei Popa werkt in de kassen in Naaldwijk en is vaak weken van huis.',
    expected: [e('name', 'Andrei Popa'), e('place', 'Naaldwijk')],
  },
  {
    text: 'Moeder heeft hulp gevraagd bij het invullen van de toeslagen, cliëntnummer 5520931.',
    expected: [e('client_number', '5520931')],
  },
  {
    text: 'Desislava en haar dochter slapen op dit moment bij een kennis in Rotterdam-Zuid.',
    expected: [e('name', 'Desislava'), e('place', 'Rotterdam-Zuid')],
  },
  {
    text: 'Georgi Petrov is als contactpersoon opgegeven, tel. +31 6 48120375.',
    expected: [e('name', 'Georgi Petrov'), e('phone', '+31 6 48120375')],
  },
  {
    text: 'Leerlingnummer 203341 (groep 2): erg stil, de leerkracht denkt aan selectief mutisme.',
    expected: [e('client_number', '203341')],
  },
  {
    text: 'Mohammad Al-Hassan heeft gevraagd of de school de brieven in het Arabisch kan sturen.',
    expected: [e('name', 'Mohammad Al-Hassan')],
  },
  {
    text: "Sidra's zusje gaat naar peuteropvang Het Kabouterhuis in Lelystad.",
    expected: [e('name', 'Sidra'), e('institution', 'peuteropvang Het Kabouterhuis'), e('place', 'Lelystad')],
  },
  {
    text: 'Senait Tesfay is gezinsvoogd geworden na de ondertoezichtstelling.',
    expected: [e('name', 'Senait Tesfay')],
  },
  {
    text: "Yonas vertelde de mentor dat hij 's nachts werkt in een afhaalrestaurant.",
    expected: [e('name', 'Yonas')],
  },
  {
    text: 'Hodan (moeder) kwam met een tolk, de heer A. Farah.',
    expected: [e('name', 'Hodan'), e('initials', 'A. Farah')],
  },
  {
    text: 'Mykola Shevchuk, vader, is nog in Oekraïne; contact loopt via Sofiia, de oudste dochter.',
    expected: [e('name', 'Mykola Shevchuk'), e('name', 'Sofiia')],
  },
  {
    text: 'M. Ahmadi is de maatschappelijk werker van het azc in Budel.',
    expected: [e('initials', 'M. Ahmadi'), e('place', 'Budel')],
  },
  {
    text: 'Gesprek met mevrouw Z. via de telefoon (010-4729385), dochter vertaalde.',
    expected: [e('initials', 'Z.'), e('phone', '010-4729385')],
  },
  {
    text: 'Nguyen Thi Lan is de pleegmoeder sinds september.',
    expected: [e('name', 'Nguyen Thi Lan')],
  },
  {
    text: 'Ananya Iyer (groep 8) heeft een OPP vanwege hoogbegaafdheid en faalangst.',
    expected: [e('name', 'Ananya Iyer')],
  },
  {
    text: "Arjun's vader heeft aangegeven dat hij het niet eens is met het schooladvies.",
    expected: [e('name', 'Arjun')],
  },
  {
    text: "Sjoerd (ib'er) en ik hebben samen het groeidocument aangepast.",
    expected: [e('name', 'Sjoerd')],
  },
  {
    text: 'Wytske Hoekstra (wytske.hoekstra@jgz-waddenkust.nl), jeugdverpleegkundige, heeft de zorgen over het gewicht bevestigd.',
    expected: [e('name', 'Wytske Hoekstra'), e('email', 'wytske.hoekstra@jgz-waddenkust.nl')],
  },
  {
    text: 'Jildou Postma uit Drachten is de pleegzorgbegeleider.',
    expected: [e('name', 'Jildou Postma'), e('place', 'Drachten')],
  },
  {
    text: 'Tjitske de Vries-Bouma is moeder van drie, waarvan twee met een diagnose.',
    expected: [e('name', 'Tjitske de Vries-Bouma')],
  },
  {
    text: 'Jeanine Notermans (groepsleerkracht) geeft aan dat de jongen vaak hongerig op school komt.',
    expected: [e('name', 'Jeanine Notermans')],
  },
  {
    text: 'Opa, H. Vossen, woont aan de Maasboulevard 62 in Venlo en haalt de kinderen op woensdag op.',
    expected: [e('initials', 'H. Vossen'), e('street_address', 'Maasboulevard 62'), e('place', 'Venlo')],
  },
  {
    text: 'Bij Kindcentrum Sint-Servaas in Heerlen is Lei Ramakers het aanspreekpunt.',
    expected: [e('institution', 'Kindcentrum Sint-Servaas'), e('place', 'Heerlen'), e('name', 'Lei Ramakers')],
  },
  // E-mail addresses, case numbers, BSNs
  {
    text: 'E-mail moeder: cindy.vanrijswijk83@gmail.com',
    expected: [e('email', 'cindy.vanrijswijk83@gmail.com')],
  },
  {
    text: "Stuur het verslag naar zorg@obsdeklaproos.nl t.a.v. de ib'er.",
    expected: [e('email', 'zorg@obsdeklaproos.nl')],
  },
  {
    text: 'Bereikbaar via j.kramer@jeugdteam-noord.nl of 020-6194837.',
    expected: [e('email', 'j.kramer@jeugdteam-noord.nl'), e('phone', '020-6194837')],
  },
  {
    text: 'Cliëntnummer 7730156, zaak op naam van Ilyas Benali.',
    expected: [e('client_number', '7730156'), e('name', 'Ilyas Benali')],
  },
  {
    text: 'Dossier 2026/0347 is overgedragen aan het jeugdbeschermingsteam.',
    expected: [e('client_number', '2026/0347')],
  },
  {
    text: 'BSN kind: 325072917; BSN moeder: 428985981.',
    expected: [e('bsn', '325072917'), e('bsn', '428985981')],
  },
  {
    text: 'Het BSN van Soufiane (467999181) staat nog niet in het systeem.',
    expected: [e('name', 'Soufiane'), e('bsn', '467999181')],
  },
  {
    text: 'Graag BSN controleren: 5870.44.263, volgens de gemeente klopt het niet.',
    expected: [e('bsn', '5870.44.263')],
  },
  {
    text: 'Burgerservicenummer vader: 286562388',
    expected: [e('bsn', '286562388')],
  },
  {
    text: 'BSN (kind): 246638928, geboortedatum 02-11-2014',
    expected: [e('bsn', '246638928'), e('birth_date', '02-11-2014')],
  },
  // Initials
  {
    text: 'Gesproken met mw. T. Zijlstra, teamleider jeugd.',
    expected: [e('initials', 'T. Zijlstra')],
  },
  {
    text: 'De heer K. reageerde boos op het voorstel.',
    expected: [e('initials', 'K.')],
  },
  {
    text: 'Opgesteld door: M.E. (casusregisseur)',
    expected: [e('initials', 'M.E.')],
  },
  {
    text: 'Gezien door dr. P.L. Wiegersma, kinderpsychiater.',
    expected: [e('initials', 'P.L. Wiegersma')],
  },
  {
    text: 'Kind (N.) is het tweede van vier kinderen.',
    expected: [e('initials', 'N.')],
  },
  // Addresses, postcodes, dates
  {
    text: 'Ze wonen sinds kort op de Burgemeester Roelenweg 14a, 8021 EW Zwolle.',
    expected: [e('street_address', 'Burgemeester Roelenweg 14a'), e('postcode', '8021 EW'), e('place', 'Zwolle')],
  },
  {
    text: 'Oma woont op de Laan van Nieuw Oost-Indië 205 en de kinderen zijn daar vaak.',
    expected: [e('street_address', 'Laan van Nieuw Oost-Indië 205')],
  },
  {
    text: 'Postcode 5611XK klopt niet, moeder is verhuisd.',
    expected: [e('postcode', '5611XK')],
  },
  {
    text: 'Adres: Hoofdweg 3, 9641 AA Veendam (bij opa)',
    expected: [e('street_address', 'Hoofdweg 3'), e('postcode', '9641 AA'), e('place', 'Veendam')],
  },
  {
    text: 'Het gezin woont in een portiekflat aan de Troelstralaan 87 in Schiedam.',
    expected: [e('street_address', 'Troelstralaan 87'), e('place', 'Schiedam')],
  },
  {
    text: 'Op 21 januari is de OTS verlengd voor Gio en zijn zusje.',
    expected: [e('date', '21 januari'), e('name', 'Gio')],
  },
  {
    text: 'Lieke is geboren op 30 april 2015 en woont bij oma in Oss.',
    expected: [e('name', 'Lieke'), e('birth_date', '30 april 2015'), e('place', 'Oss')],
  },
  {
    text: 'Gesprek op 12-01-2027 met mevrouw Şahin om 9.00 uur.',
    expected: [e('date', '12-01-2027'), e('name', 'Şahin')],
  },
  {
    text: 'Ik heb vader vanmorgen gesproken (06-53018274), hij ziet het somber in.',
    expected: [e('phone', '06-53018274')],
  },
];

export const HELD_OUT_L_CLEAN: readonly CorpusSentence[] = [
  // Words that are also names
  { text: 'Storm was het de hele nacht, dus de helft van de klas kwam te laat binnen.', expected: [] },
  { text: 'De roos op de gang is een beloningssysteem: elke goede dag krijgt hij een blaadje.', expected: [] },
  { text: 'Moeder heeft weinig hoop dat het na de zomer beter gaat.', expected: [] },
  { text: 'Hoop doet leven, zei moeder met een zucht.', expected: [] },
  { text: 'In mei starten we met de nieuwe groepsindeling.', expected: [] },
  { text: 'Mei is voor dit gezin altijd een zware maand, omdat opa toen is overleden.', expected: [] },
  { text: 'Hij sliep met zijn knuffelbeer en wilde die niet afgeven bij de opvang.', expected: [] },
  { text: 'Vader werkt als visser en is soms twee weken achter elkaar op zee.', expected: [] },
  { text: 'De bakker op de hoek geeft hem soms een broodje als hij zonder ontbijt langskomt.', expected: [] },
  { text: 'Bakker worden, dat is zijn grote droom.', expected: [] },
  { text: 'De jongen zat de hele ochtend met zijn hoofd op tafel.', expected: [] },
  { text: 'De jongen van de buren speelt vaak mee, maar ouders vinden dat geen goede invloed.', expected: [] },
  { text: 'Bloem is het eerste woord dat hij helemaal zelf kon lezen.', expected: [] },
  { text: 'Een roos kreeg de juf van hem op haar laatste werkdag.', expected: [] },
  { text: 'Zijn moeder werkt als schoonmaker bij een kantoor en begint om zes uur.', expected: [] },
  { text: 'Haar vader is kok in een hotel en werkt vaak in het weekend.', expected: [] },
  // Weekdays, months, times, ages, groups, counts, amounts
  { text: 'Maandag heeft de juf het onderwerp pesten in de kring besproken.', expected: [] },
  { text: 'Om 8.15 uur staat hij al bij het hek, ruim voor de bel.', expected: [] },
  { text: 'Hij is 11 jaar en zit in groep 7, maar leest op het niveau van groep 5.', expected: [] },
  { text: 'Er zitten 28 leerlingen in de klas, waarvan zes met een eigen leerlijn.', expected: [] },
  { text: 'De eigen bijdrage van € 45 per maand is voor het gezin een probleem.', expected: [] },
  { text: 'Ongeveer 30 procent van de lessen heeft ze dit jaar gemist.', expected: [] },
  { text: 'Vanaf januari gaat hij naar een andere school in de buurt.', expected: [] },
  { text: 'Op dinsdag en vrijdag heeft ze huiswerkbegeleiding.', expected: [] },
  { text: 'In de herfstvakantie is het thuis geëscaleerd.', expected: [] },
  { text: 'Ze zit in 3 havo en wil eigenlijk naar het vwo.', expected: [] },
  { text: 'Zijn rapportcijfer voor wiskunde was een 4,2.', expected: [] },
  { text: 'Na de kerstvakantie is hij drie weken thuisgebleven.', expected: [] },
  { text: 'Om half vier worden de kinderen opgehaald door de taxi van het leerlingenvervoer.', expected: [] },
  { text: 'Moeder is 24 en was 17 toen de oudste werd geboren.', expected: [] },
  { text: 'Er is 3 keer een zorgmelding gedaan bij de politie.', expected: [] },
  { text: 'We hebben afgesproken om over zes weken te evalueren.', expected: [] },
  { text: 'Gisteren om 15.30 uur heeft het gesprek met de ouders plaatsgevonden.', expected: [] },
  { text: 'Vader heeft een contactverbod en mag niet binnen 50 meter van de school komen.', expected: [] },
  { text: 'Vader verdient rond het minimumloon en werkt 32 uur per week.', expected: [] },
  { text: 'Ze heeft een IQ van 82 volgens het laatste onderzoek.', expected: [] },
  { text: 'De kinderen zijn 4, 7 en 12 jaar.', expected: [] },
  { text: 'Sinds april is er een gezinscoach betrokken.', expected: [] },
  { text: 'Dit schooljaar is hij al vier keer geschorst.', expected: [] },
  { text: 'Het consult bij de jeugdarts duurde 20 minuten.', expected: [] },
  { text: 'Het rapportgesprek staat gepland in week 46.', expected: [] },
  { text: 'Ze staat gemiddeld een 7,5 en krijgt waarschijnlijk een havo/vwo-advies.', expected: [] },
  { text: 'In het weekend zijn de kinderen om de week bij vader.', expected: [] },
  { text: 'De wachtlijst voor de GGZ is ongeveer vier maanden.', expected: [] },
  { text: 'Het MDO is verplaatst naar volgende week donderdag.', expected: [] },
  { text: 'In groep 1-2 zitten dit jaar 31 kleuters, dat is echt te veel.', expected: [] },
  // Methods, models, abbreviations
  { text: 'We werken met Signs of Safety en hebben een veiligheidsplan opgesteld.', expected: [] },
  { text: 'De mentor heeft een OPP opgesteld en met de ouders besproken.', expected: [] },
  { text: 'Het SOT heeft geadviseerd om eerst de thuissituatie in kaart te brengen.', expected: [] },
  { text: 'Via het CJG is een oudercursus aangeboden.', expected: [] },
  { text: 'Het PGB loopt af en de verlenging is nog niet rond.', expected: [] },
  { text: 'In het ZAT is afgesproken dat de schoolmaatschappelijk werker het gezin bezoekt.', expected: [] },
  { text: 'We hebben de Meldcode doorlopen tot en met stap 3.', expected: [] },
  { text: 'Er is gestart met Triple P voor moeder.', expected: [] },
  { text: 'De leerkracht gebruikt de Kanjertraining in de hele groep.', expected: [] },
  { text: 'Wij werken volgens 1G1P: één gezin, één plan.', expected: [] },
  { text: 'Hij heeft ADHD en gebruikt sinds kort methylfenidaat.', expected: [] },
  { text: 'Moeder heeft een LVB en heeft moeite met de brieven van school.', expected: [] },
  { text: 'De Cito-score viel lager uit dan verwacht.', expected: [] },
  { text: 'Er staat een signaal in de Verwijsindex van een andere hulpverlener.', expected: [] },
  { text: 'Het gezin heeft een HIC-traject gehad, maar dat is voortijdig gestopt.', expected: [] },
  // Professions and roles
  { text: "Volgens de ib'er is er sprake van een taalachterstand.", expected: [] },
  { text: 'Meester had hem apart genomen na de gymles.', expected: [] },
  { text: 'De directeur wil eerst het oordeel van de leerplichtambtenaar afwachten.', expected: [] },
  { text: 'De gezinsvoogd komt eens per zes weken op huisbezoek.', expected: [] },
  { text: 'Oma past op woensdagmiddag op, opa haalt ze vrijdag op.', expected: [] },
  { text: 'De juf van groep 1-2 heeft zorgen over zijn motoriek.', expected: [] },
  { text: 'De leerkracht heeft een time-out gegeven na het incident op het plein.', expected: [] },
  { text: 'De consultatiebureau-arts verwijst door naar de logopedist.', expected: [] },
  { text: 'De intern begeleider en de leerkracht gaan samen op huisbezoek.', expected: [] },
  { text: 'Volgens de wijkagent is het de laatste weken rustiger in de straat.', expected: [] },
  { text: 'De huisarts heeft verwezen naar de kinder- en jeugdpsychiatrie.', expected: [] },
  { text: 'Na het gesprek met de wijkverpleegkundige voelt moeder zich gehoord.', expected: [] },
  { text: 'Juf zegt dat hij op vrijdag vaak onrustig is, na het weekend bij vader.', expected: [] },
  { text: 'De dokter zei dat er lichamelijk niets aan de hand is.', expected: [] },
  { text: 'De buurtsportcoach heeft voor alle drie de kinderen een winterjas geregeld.', expected: [] },
  { text: 'De rechter heeft een ondertoezichtstelling van een jaar uitgesproken.', expected: [] },
  // Brands, apps, games, series, fictional characters, famous people
  { text: 'Hij speelt elke avond Fortnite tot na middernacht.', expected: [] },
  { text: 'Ze kijkt stiekem series op Netflix onder de dekens.', expected: [] },
  { text: 'Op TikTok zag hij een challenge en die deed hij na op het schoolplein.', expected: [] },
  { text: 'Hij wil later voetballer worden, net als Messi.', expected: [] },
  { text: 'Ze is fan van Taylor Swift en tekent haar steeds in haar schrift.', expected: [] },
  { text: 'Hij praat veel over Spider-Man en doet alsof hij superkrachten heeft.', expected: [] },
  { text: 'Ze praat graag over Frozen en wil Elsa zijn in het kerstspel.', expected: [] },
  { text: 'Zijn broer heeft Pokémon-kaarten van een klasgenoot afgepakt.', expected: [] },
  { text: 'Ze speelt Minecraft met haar neefjes op de Xbox.', expected: [] },
  { text: 'Moeder zit de hele dag op Facebook en Instagram, zegt de oudste.', expected: [] },
  { text: "Op Snapchat werden naaktfoto's rondgestuurd; de politie is ingeschakeld.", expected: [] },
  { text: 'Ze draagt altijd dezelfde trui van Nike, ook als het warm is.', expected: [] },
  { text: 'Van Gogh was het thema van het project en hij tekende de hele week zonnebloemen.', expected: [] },
  { text: 'De Efteling is het uitje waar hij het hele jaar voor spaart.', expected: [] },
  { text: 'Ze bestelt kleding bij Shein en Temu met de bankpas van moeder.', expected: [] },
  { text: 'Hij draagt elke dag een shirt van Ajax en wordt daarom gepest.', expected: [] },
  { text: 'Ze kijkt veel naar Bluey en praat het Engelse accent na.', expected: [] },
  { text: 'In de klas lezen ze De Gruffalo voor en hij kent het hele boek uit zijn hoofd.', expected: [] },
  { text: 'Hij luistert naar drill en kent alle teksten uit zijn hoofd.', expected: [] },
  // Countries, languages, religions, holidays
  { text: 'Het gezin komt oorspronkelijk uit Syrië en spreekt thuis Arabisch.', expected: [] },
  { text: 'Moeder spreekt Pools en een beetje Engels.', expected: [] },
  { text: "Tijdens de ramadan is hij 's middags erg moe.", expected: [] },
  { text: 'Met Sinterklaas kreeg hij thuis geen cadeautjes, wat hem erg bezighield.', expected: [] },
  { text: 'Het gezin viert het Suikerfeest en hij was daarom twee dagen vrij.', expected: [] },
  { text: 'Hij is geboren in Eritrea en kwam als baby naar Nederland.', expected: [] },
  { text: 'Vader komt uit Marokko, moeder uit Turkije; de kinderen zijn hier geboren.', expected: [] },
  { text: 'Thuis wordt Tigrinya gesproken, de kinderen spreken onderling Nederlands.', expected: [] },
  { text: 'Kerst is voor moeder altijd een moeilijke periode.', expected: [] },
  { text: 'Op Koningsdag heeft hij met de buurjongens op de vrijmarkt gestaan.', expected: [] },
  { text: 'Zondag gaat het gezin naar de kerk, daar hebben ze veel steun aan.', expected: [] },
  { text: 'Vader gaf aan dat hij christelijk is opgevoed en daarom streng is.', expected: [] },
  // National organisations
  { text: 'Veilig Thuis heeft geadviseerd om de zorgen eerst met ouders te bespreken.', expected: [] },
  { text: 'De Raad voor de Kinderbescherming doet een onderzoek naar het gezag.', expected: [] },
  { text: 'De GGD heeft de vaccinatieafspraak opnieuw ingepland.', expected: [] },
  { text: 'De Belastingdienst heeft de kinderopvangtoeslag teruggevorderd.', expected: [] },
  { text: 'Het UWV heeft de uitkering van vader stopgezet.', expected: [] },
  { text: 'Bij de Voedselbank halen ze elke week een pakket.', expected: [] },
  { text: 'Via het Jeugdfonds Sport & Cultuur kan hij nu op voetbal.', expected: [] },
  // Empty form fields
  { text: 'Naam: -', expected: [] },
  { text: 'Geboortedatum: (onbekend)', expected: [] },
  { text: 'Telefoonnummer: n.v.t.', expected: [] },
  { text: 'School: -', expected: [] },
  { text: 'Adres: zie dossier', expected: [] },
  { text: 'Broertjes/zusjes: 2 (5 en 8 jaar)', expected: [] },
  // Quotes and chat-style lowercase
  { text: '"Ik ben niet dom, ik snap het gewoon niet," zei hij tegen de juf.', expected: [] },
  { text: "Hij zegt steeds 'wallah ik heb niks gedaan'.", expected: [] },
  { text: "hij zei echt letterlijk 'ik haat iedereen hier' en liep de klas uit", expected: [] },
  { text: "Hij noemt zijn stiefvader 'de baas'.", expected: [] },
  { text: 'ff een vraagje, wie heeft vandaag pleinwacht?', expected: [] },
  { text: 'ok ik bel ze na de lunch wel', expected: [] },
  { text: 'ik denk dat we dit in de intervisie moeten inbrengen, wat vinden jullie?', expected: [] },
  { text: 'Wie heeft ervaring met ouders die elk contact met school weigeren?', expected: [] },
  { text: 'Mijn dilemma: melden of eerst nog een gesprek met moeder?', expected: [] },
];
