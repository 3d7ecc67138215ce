/**
 * The sixty-first to sixty-fourth tuning sets: the rules of the rounds on FT to GO, each with clean traps. Tuned on by the rules, but
 * kept out of the context model's training (train-context-model.ts reads casus-sentences.ts and the held-out batches only): trained
 * on the sixty-first set's 24 sentences, the model moved 58 labelled findings across its threshold (31 gained, 29 lost) and raised
 * one false alarm.
 */
import type { PrivacyKind } from '../types.js';
import type { CorpusSentence, ExpectedFinding } from './casus-sentences.js';

const e = (kind: PrivacyKind, match: string): ExpectedFinding => ({ kind, match });

/** The sixty-first tuning set: the rules of the round on FT to GA. */
export const FT_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'stuur de rapportage naar het secretariaat t.a.v. marloes, zij plant het gesprek', expected: [e('name', 'marloes')] },
  { text: 'oom farhadullah zegt dat de jongens bij hem mogen slapen', expected: [e('name', 'farhadullah')] },
  { text: 'het loopt via sanne de jeugdconsulent, die kent het gezin', expected: [e('name', 'sanne')] },
  { text: 'hij heeft ruzie met tanki, zo noemen ze tarik op het plein', expected: [e('name', 'tanki'), e('name', 'tarik')] },
  { text: 'stuur het op naam: r. timmerman, afdeling jeugd', expected: [e('initials', 'r. timmerman')] },
  { text: 'de achternaam is nowicki, met een n n o w i c k i', expected: [e('name', 'nowicki'), e('name', 'n o w i c k i')] },
  { text: 'de nieuwe opvanglocatie eikenlaan 12 is vanaf maandag open voor het gezin', expected: [e('street_address', 'eikenlaan 12')] },
  { text: 'het klantnummer van de familie bij de woningcorporatie is vijf twee nul acht drie', expected: [e('client_number', 'vijf twee nul acht drie')] },
  { text: 'lln 448120 en 448121 zijn broer en zus', expected: [e('client_number', '448120'), e('client_number', '448121')] },
  { text: 'de kinderen visser wonen sinds de zomer bij opa', expected: [e('name', 'visser')] },
  { text: 'ze noemen mijn zus prinses maar haar echte naam is amira', expected: [e('name', 'prinses'), e('name', 'amira')] },
  { text: 'aanmelding: bakker, noortje, geboren in maart', expected: [e('name', 'bakker'), e('name', 'noortje')] },
  { text: 'het dossier staat onder de initialen k v b in het systeem', expected: [e('initials', 'k v b')] },
  { text: 'die gast brutus heeft de telefoon van mijn zusje afgepakt', expected: [e('name', 'brutus')] },
];
export const FT_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'moeder uitgeput is en slaapt slecht sinds de geboorte', expected: [] },
  { text: 'ik ben de consulent van het wijkteam voor deze buurt', expected: [] },
  { text: 'de hond heet eigenlijk anders maar iedereen roept hem gewoon', expected: [] },
  { text: 'het nummer van ons contract staat op de brief van de gemeente', expected: [] },
  { text: 'het contract loopt nog twee jaar en drie maanden door', expected: [] },
  { text: 'het gezin hier woont al jaren in dezelfde straat', expected: [] },
  { text: 'de kinderen thuis wonen nog bij hun moeder in het dorp', expected: [] },
  { text: 'let op: vos, das en egel komen voor in het prentenboek', expected: [] },
  { text: 'de locatie heeft 12 groepen en een grote tuin', expected: [] },
  { text: 'die gast gisteren had gewoon gelijk over het rooster', expected: [] },
];

/** The sixty-second tuning set: the rules of the round on GB to GE. */
export const GB_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'het staat onder dossier r t 4 4 0 1 8 in het systeem', expected: [e('client_number', 'r t 4 4 0 1 8')] },
  { text: 'dossier j z tweeduizend vierentwintig streepje nul acht een wordt overgedragen', expected: [e('client_number', 'j z tweeduizend vierentwintig streepje nul acht een')] },
  { text: 'heb het doorgestuurd naar schuldhulp, haar dossier is 44718', expected: [e('client_number', '44718')] },
  { text: 'de ouders tekenen vandaag, nummer 2025-00417 staat op het formulier', expected: [e('client_number', '2025-00417')] },
  { text: 'zeg maar tegen fenne dat ik er om vier uur ben', expected: [e('name', 'fenne')] },
  { text: 'mag tsegay mee naar het uitje van zaterdag', expected: [e('name', 'tsegay')] },
  { text: 'de jongste ayaan gaat na de zomer naar de basisschool', expected: [e('name', 'ayaan')] },
  { text: 'we zagen de broertjes oulad, ze speelden bij het speeltuintje', expected: [e('name', 'oulad')] },
  { text: 'ik heb een afspraak bij de tandarts voor sanne om half drie', expected: [e('name', 'sanne')] },
  { text: 'de bijnaam van dat meisje is pluisje, maar ze heet eigenlijk priscilla', expected: [e('name', 'pluisje'), e('name', 'priscilla')] },
  { text: 'pindakaas zo noemen ze hem omdat hij altijd brood eet', expected: [e('name', 'pindakaas')] },
  { text: 'tito dat is die jongen van de overkant met de scooter', expected: [e('name', 'tito')] },
  { text: 'kiki ofwel kimberley de graaf komt vandaag later', expected: [e('name', 'kiki'), e('name', 'kimberley de graaf')] },
  { text: 'thuis heet hij gewoon bobbie, zijn echte naam is robert', expected: [e('name', 'bobbie'), e('name', 'robert')] },
  { text: 'huisbezoek kuipers gaat niet door vanwege ziekte', expected: [e('name', 'kuipers')] },
];
export const GB_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'het dossier van tweeduizend vijftien is nog niet gearchiveerd', expected: [] },
  { text: 'het dossier is 12000 euro aan kosten waard geweest', expected: [] },
  { text: 'zie nummer 2023-2024 van het jaarverslag voor de cijfers', expected: [] },
  { text: 'zeg maar tegen de juf dat het goed gaat', expected: [] },
  { text: 'mag storm ook als thema voor de projectweek', expected: [] },
  { text: 'de kinderen lazen samen een boek voor', expected: [] },
  { text: 'ik heb 15 kinderen gewogen en 4 zitten boven de grens', expected: [] },
  { text: 'voor school om half negen moeten ze er zijn', expected: [] },
  { text: 'de bijnaam is leuk bedoeld maar hij vindt het niet fijn', expected: [] },
  { text: 'huisbezoek gaat niet door vanwege ziekte', expected: [] },
];

/** The sixty-third tuning set: the rules of the round on GF to GJ. */
export const GF_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'de melding is geregistreerd onder nummer 4418-c bij de gemeente', expected: [e('client_number', '4418-c')] },
  { text: 'de zaak van de kinderen staat onder rekestnummer 25-1190', expected: [e('client_number', '25-1190')] },
  { text: 'ze kreeg een brief met het nummer 8812034 en snapt niet wat het is', expected: [e('client_number', '8812034')] },
  { text: 'kun jij cl 40917 van mij overnemen tijdens de vakantie', expected: [e('client_number', '40917')] },
  { text: 'dossiers 3318 en 3390 lopen nog, die sluit ik in maart af', expected: [e('client_number', '3318'), e('client_number', '3390')] },
  { text: 'ze wonen op het hakfort 212 driehoog met de lift', expected: [e('street_address', 'hakfort 212')] },
  { text: 'er staan twee adressen in het systeem: molenweg 8 en dorpsstraat 14b', expected: [e('street_address', 'molenweg 8'), e('street_address', 'dorpsstraat 14b')] },
  { text: 'postcode is 3512 eh nee 3514 ak zegt moeder', expected: [e('postcode', '3514 ak')] },
  { text: 'hey shurandy heb je de formulieren al ingevuld?', expected: [e('name', 'shurandy')] },
  { text: 'de moeder komma mevrouw eh tjong komma komt morgen langs', expected: [e('name', 'tjong')] },
  { text: 'bolletje (mn dochter fenna) slaapt slecht sinds de verhuizing', expected: [e('name', 'bolletje'), e('name', 'fenna')] },
];
export const GF_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'het kost 5 cl 12345 keer niks, zei de apotheker als grap', expected: [] },
  { text: 'er zijn nog 3 dossiers uit 2023 en 2024 open', expected: [] },
  { text: 'zie nummer 2023-2024 van het jaarverslag', expected: [] },
  { text: 'ze zit op nummer 12 in de rij', expected: [] },
  { text: 'op het schoolplein 3 kinderen tegelijk op de schommel', expected: [] },
  { text: 'hoi allemaal, heb je het rooster gezien?', expected: [] },
  { text: 'dag juf, heb je nog tijd vandaag?', expected: [] },
  { text: 'meneer eh zegt dat hij het niet weet', expected: [] },
  { text: 'de oppas (mijn zus dus) komt om drie uur', expected: [] },
];

/** The sixty-fourth tuning set: the rules of the round on GK to GO. */
export const GK_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'laat maar weten als het niet lukt, groetjes fenne', expected: [e('name', 'fenne')] },
  { text: 'het algemene nummer is 0341 552 180, vragen naar marjolein', expected: [e('phone', '0341 552 180'), e('name', 'marjolein')] },
  { text: 'a.v.d.b. lln 318842 krijgt extra tijd bij toetsen', expected: [e('initials', 'a.v.d.b.'), e('client_number', '318842')] },
  { text: 'kunnen we r.k. en haar zusje morgen bespreken in het overleg', expected: [e('initials', 'r.k.')] },
  { text: 'ik ga samen met jade naar de intake, zij kent moeder al', expected: [e('name', 'jade')] },
  { text: 'bij het omkleden zag ik bij jade twee blauwe plekken', expected: [e('name', 'jade')] },
];
export const GK_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'kunt u de naam even spellen dan zet ik het erbij', expected: [] },
  { text: 'je vrienden noemen je bij je bijnaam, hoe vind je dat zelf', expected: [] },
  { text: 'ik twijfel nog over de vaccinaties, mijn moeder is er erg op tegen', expected: [] },
  { text: 'fijne avond en groetjes allemaal', expected: [] },
  { text: 'bel het hoofdnummer en vraag naar de receptie', expected: [] },
  { text: 'kunnen we z.s.m. bellen over het verslag', expected: [] },
  { text: 'ze heeft een armbandje van jade van haar oma gekregen', expected: [] },
  { text: 'hij vertelt graag over het stukje jade dat hij van opa kreeg', expected: [] },
  { text: 'de nieuwe shirts in jade groen zijn binnen', expected: [] },
];

/** The sixty-fifth tuning set: the rules of the round on GP to GT (3 December). */
export const GP_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'heb jij p.v. vandaag nog gezien bij de gym', expected: [e('initials', 'p.v.')] },
  { text: 'zit d.k.m. nou in jouw groep of in die van anja', expected: [e('initials', 'd.k.m.'), e('name', 'anja')] },
  { text: 'zijn snap is thijs.vdm en hij stuurt haar elke avond berichten', expected: [e('name', 'thijs.vdm')] },
  { text: 'het account dat dit post heet roos_xo_2012', expected: [e('name', 'roos_xo_2012')] },
  { text: 'advocaat van moeder is mr. kuipers-wolters uit de stad', expected: [e('name', 'kuipers-wolters')] },
  { text: 'het verzekerdennummer op de pas is 8 8 1 0 4 2 7 3', expected: [e('client_number', '8 8 1 0 4 2 7 3')] },
  { text: 'het nummer bij de voedselbank is 77 04 19 voor deze familie', expected: [e('client_number', '77 04 19')] },
  { text: 'voor de broertjes is er nu een nieuw nummer gz-40917', expected: [e('client_number', 'gz-40917')] },
  { text: 'ze woont bij haar oma in de beukenlaan 31 sinds de zomer', expected: [e('street_address', 'beukenlaan 31')] },
  { text: 'het adres is de kastanjehof nummer twaalf in zwolle', expected: [e('street_address', 'kastanjehof nummer twaalf'), e('place', 'zwolle')] },
  { text: 'wij wonen nu op de zandloper 8 dus de bus is verder weg', expected: [e('street_address', 'zandloper 8')] },
  { text: 'thuis noemen ze hem dodo maar op school heet hij dorian', expected: [e('name', 'dodo'), e('name', 'dorian')] },
  { text: 'ze heet lucinda maar wil cindy genoemd worden', expected: [e('name', 'lucinda'), e('name', 'cindy')] },
  { text: 'iedereen zegt nouri tegen hem, ook de juf', expected: [e('name', 'nouri')] },
  { text: 'de spelling klopt niet, het is niet kiona maar kyona', expected: [e('name', 'kiona'), e('name', 'kyona')] },
  { text: 'het was mevrouw bouzid denk ik of was het nou bouzidi', expected: [e('name', 'bouzid'), e('name', 'bouzidi')] },
  { text: 'dirko en lotte liepen samen naar huis', expected: [e('name', 'dirko'), e('name', 'lotte')] },
];
export const GP_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'het gaat om kinderen van 4 t.m. 12 jaar', expected: [] },
  { text: 'hij heeft a.d.h.d. en zit op het v.m.b.o. in de buurt', expected: [] },
  { text: 'de brief d.d. vorige week ligt nog in de map', expected: [] },
  { text: 'ok.ik kom er zo aan', expected: [] },
  { text: 'stuur het verslag_def.docx even door aan de mentor', expected: [] },
  { text: 'we zitten in lokaal b1.04 op de eerste verdieping', expected: [] },
  { text: 'bel het nummer 0800 1234 voor hulp in de nacht', expected: [] },
  { text: 'hij woont op de camping sinds 3 weken', expected: [] },
  { text: 'dat zeggen ze altijd, maar het klopt niet', expected: [] },
  { text: 'iedereen zegt hoi tegen haar in de gang', expected: [] },
  { text: 'hij zegt sorry tegen hem en dan is het weer goed', expected: [] },
  { text: 'het is niet groot maar klein, zei de juf', expected: [] },
  { text: 'de moeder is niet onwillig maar overbelast', expected: [] },
  { text: 'zo noemen ze dat tegenwoordig', expected: [] },
];

/** The sixty-sixth tuning set: the rules of the round on GU to GY (3 December). */
export const GU_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'we hebben een gesprek met de teamleider mevrouw van es op vrijdag', expected: [e('name', 'van es')] },
  { text: 'hij speelt online als shadowhunter07 en zo heeft die man hem gevonden', expected: [e('name', 'shadowhunter07')] },
  { text: 'ben jij nachtuil_nl op discord, die stuurt steeds berichten', expected: [e('name', 'nachtuil_nl')] },
  { text: 'de achternaam is tsegay, soms ook tsegaye geschreven, het is dezelfde vader', expected: [e('name', 'tsegay'), e('name', 'tsegaye')] },
  { text: 'mama schrijft hem als haileab maar op school staat haile, dat is hetzelfde kind', expected: [e('name', 'haileab'), e('name', 'haile')] },
  { text: 'dat is de moeder van el idrissi, ook wel elidrissi geschreven', expected: [e('name', 'el idrissi'), e('name', 'elidrissi')] },
  { text: 'hij heet karim maar aka kiko op straat', expected: [e('name', 'karim'), e('name', 'kiko')] },
  { text: 'het tolknummer is 51207 voor het gesprek van dinsdag', expected: [e('client_number', '51207')] },
  { text: 'het leerlingnummer van j.k. is 204418 als je het nodig hebt', expected: [e('initials', 'j.k.'), e('client_number', '204418')] },
  { text: 'het dossier staat volgens mij onder 77-40391 bij de gemeente', expected: [e('client_number', '77-40391')] },
  { text: 'de geboortedatum van a.s. is 12 mei 2014 volgens het formulier', expected: [e('birth_date', '12 mei 2014')] },
  { text: 'r.t.: geboren in maart, zit in groep 4', expected: [e('initials', 'r.t.')] },
];
export const GU_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'de pleegvader al snel moe, zei de begeleider', expected: [] },
  { text: 'tata komt morgen met de auto om haar op te halen', expected: [] },
  { text: 'mevrouw van je school belde over het rooster', expected: [] },
  { text: 'we hadden covid19 in de klas vorige winter', expected: [] },
  { text: 'kijk op de site school.nl voor de informatie', expected: [] },
  { text: 'het dossier van vorige maand staat op de schijf', expected: [] },
  { text: 'het is niet veel maar genoeg voor deze week', expected: [] },
  { text: 'het is niet druk maar rustig in de groep vandaag', expected: [] },
];

/** The sixty-seventh tuning set: the rules of the round on GZ to HD (3 December). */
export const GZ_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'de toets van k. is uitgesteld naar volgende week', expected: [e('initials', 'k.')] },
  { text: 'het gaat beter met m. sinds de nieuwe medicatie', expected: [e('initials', 'm.')] },
  { text: 'zit f. nog bij jou in de groep of is ze al over', expected: [e('initials', 'f.')] },
  { text: 'de brief staat op naam van p de groot, klopt dat', expected: [e('initials', 'p de groot')] },
  { text: 'mijn naam is jan-peter maar iedereen zegt jp en dat mag u ook', expected: [e('name', 'jan-peter'), e('name', 'jp')] },
  { text: 'er is een meisje in de klas die haar steeds saskia noemt terwijl ze sanne heet', expected: [e('name', 'saskia'), e('name', 'sanne')] },
  { text: 'knakworst zo noemt de trainer hem dus ruben vindt dat niet leuk', expected: [e('name', 'knakworst'), e('name', 'ruben')] },
  { text: 'druppie eh dat is dus sven kramer was er ook bij', expected: [e('name', 'druppie'), e('name', 'sven kramer')] },
  { text: 'de naam van de vader is niet de bruin maar de bruijn met ij', expected: [e('name', 'de bruin'), e('name', 'de bruijn')] },
  { text: 'ik kom langs, groeten tomasz kowalczyk', expected: [e('name', 'tomasz kowalczyk')] },
  { text: 'de postcode moet 2512 ab zijn en niet 2512 en zoals er staat', expected: [e('postcode', '2512 ab')] },
  { text: 'het meldingsnummer is 771 4402 voor het dossier', expected: [e('client_number', '771 4402')] },
  { text: 'het zaaknummer daar is kb-3318-02 volgens de brief', expected: [e('client_number', 'kb-3318-02')] },
  { text: 'de postcode is een twee drie vier a b nee a c dus een twee drie vier a c', expected: [e('postcode', 'een twee drie vier a b'), e('postcode', 'een twee drie vier a c')] },
];
export const GZ_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'we kiezen voor plan b. als het regent', expected: [] },
  { text: 'zie bijlage c. voor het overzicht van de kosten', expected: [] },
  { text: 'het niveau ging van e naar d. dit halfjaar', expected: [] },
  { text: 'dat begrijpt u.', expected: [] },
  { text: 'het pakket weegt 1500 gr en de doos 1500 gr meer', expected: [] },
  { text: 'iedereen zegt dat en ik ook, het klopt gewoon', expected: [] },
  { text: 'die hem gewoon dom noemt, dat vind ik niet oké', expected: [] },
  { text: 'het is niet de grote maar de kleine groep die meedoet', expected: [] },
  { text: 'groeten en tot morgen allemaal', expected: [] },
];

/** The sixty-eighth tuning set: the rules of the round on HJ to HN (3 December, afternoon). */
export const HJ_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'haar broer noemt haar pukkie en zegt dat ze te veel gamet', expected: [e('name', 'pukkie')] },
  { text: 'de jongen noemde zich alleen smit toen de agent vroeg hoe hij heette', expected: [e('name', 'smit')] },
  { text: 'de stiefvader is dennis kok ook wel dk genoemd en hij woont nu in de flat', expected: [e('name', 'dennis kok'), e('name', 'dk')] },
  { text: 'haar oma zegt altijd snoesje', expected: [e('name', 'snoesje')] },
  { text: 'het nieuwe meisje zegt dat ze nana heet maar op de lijst staat nadia', expected: [e('name', 'nana'), e('name', 'nadia')] },
  { text: 'moeder wil dat sara en bloem bij elkaar in de klas blijven', expected: [e('name', 'sara'), e('name', 'bloem')] },
  { text: 'haar snapnaam is mimi.xo en haar insta ook', expected: [e('name', 'mimi.xo')] },
  { text: 'zijn gamertag is kratoszz en daar speelt hij elke nacht mee', expected: [e('name', 'kratoszz')] },
  { text: 'op tiktok heet hij _jaylano_ en daar staan de filmpjes', expected: [e('name', '_jaylano_')] },
  { text: 'de orthopedagoog drs. van veen heeft het onderzoek gedaan', expected: [e('name', 'van veen')] },
  { text: 'het zusje heet m.v.d.b.', expected: [e('initials', 'm.v.d.b.')] },
  { text: 'het aanvraagnummer is 2024/11873 en de brief komt per post', expected: [e('client_number', '2024/11873')] },
  { text: 'we bespreken eerst de casus kowalczyk en daarna de andere', expected: [e('name', 'kowalczyk')] },
  { text: 'jade is de tweelingzus van mees en zit in groep 4', expected: [e('name', 'jade'), e('name', 'mees')] },
  { text: 'de mentor zegt dat noor vaak te laat komt', expected: [e('name', 'noor')] },
  { text: 'die jongen mo heeft weer gevochten op het plein', expected: [e('name', 'mo')] },
];
export const HJ_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'ze noemen hem gewoon lastig en dat vindt hij niet leuk', expected: [] },
  { text: 'de kinderen hebben een kat die bolletje heet en die is heel oud', expected: [] },
  { text: 'hij zegt dat hoop het enige is wat hij nog heeft', expected: [] },
  { text: 'dat ken ik, dat ben jij toch', expected: [] },
  { text: 'het plan ligt dat door de ouders is getekend', expected: [] },
  { text: 'de moeder is ziek en wilde eerst niet meedoen', expected: [] },
  { text: 'dit is _belangrijk_ voor iedereen in het team', expected: [] },
  { text: 'haar account is privé en dat blijft zo', expected: [] },
  { text: 'het schooljaar 2023/2024 was voor hem een zwaar jaar', expected: [] },
  { text: 'de casus van vorige week is nog niet afgerond', expected: [] },
];

/** The sixty-ninth tuning set: the rules of the round on HO to HS (3 December, afternoon). */
export const HO_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'het gaat om een meisje van tien, ik noem haar maar even k.d.', expected: [e('initials', 'k.d.')] },
  { text: 'het dossier van het gezin is 2024-b-1187 bij de gemeente', expected: [e('client_number', '2024-b-1187')] },
  { text: 'de melding staat in dossier t-44190 van de familie', expected: [e('client_number', 't-44190')] },
  { text: 'student 5538214 heeft deze periode veel gemist', expected: [e('client_number', '5538214')] },
  { text: 'ik heb het bsn van warsame nodig voor de aanvraag', expected: [e('name', 'warsame')] },
  { text: 'op snap heet hij deadshot en zo stuurt hij de berichten', expected: [e('name', 'deadshot')] },
  { text: 'jojo heet eigenlijk johanna en wil zo genoemd worden', expected: [e('name', 'jojo'), e('name', 'johanna')] },
  { text: 'kiki dus kimberley de vries was er ook bij', expected: [e('name', 'kiki'), e('name', 'kimberley de vries')] },
  { text: 'de coach vroeg of sem de wedstrijd van zaterdag kan spelen', expected: [e('name', 'sem')] },
  { text: 'kan iemand vragen of bente vd meer haar tas nog heeft', expected: [e('name', 'bente vd meer')] },
  { text: 'logopedist en bsn geregeld, nu nog de intake met lotte', expected: [e('name', 'lotte')] },
];
export const HO_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'ik noem haar gewoon even het meisje, dat is makkelijker', expected: [] },
  { text: 'ze noemen hem in de klas altijd de professor', expected: [] },
  { text: 'meisje 9 jaar, school schrijf naam anders dan op papier', expected: [] },
  { text: 'mevrouw mn broer zit nu vast en mn moeder huilt', expected: [] },
  { text: 'hoi, ik ben de verzuimcoördinator van de school', expected: [] },
  { text: 'het bsn en de geb datum staan in het dossier', expected: [] },
  { text: 'op tiktok is hij heel actief de laatste tijd', expected: [] },
  { text: 'het dossier van vorig jaar is 2023 afgesloten', expected: [] },
  { text: 'de moeder is glutenvrij gaan eten en de kinderen ook', expected: [] },
];

/** The seventieth tuning set: the rules of the round on HT to HX (3 December, afternoon). */
export const HT_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'de moeder belde over de aanvraag komma achternaam hoekstrateerink', expected: [e('name', 'hoekstrateerink')] },
  { text: 'de vader staat in ons systeem onder de naam abdikadir', expected: [e('name', 'abdikadir')] },
  { text: 'dat staat in dossier kb 55120 bij de gemeente', expected: [e('client_number', '55120')] },
  { text: 'het klantnummer schuldhulp is sh 7719 voor de aanvraag', expected: [e('client_number', '7719')] },
  { text: 'zijn discord is nightowl#0042 maar hij reageert daar niet meer', expected: [e('name', 'nightowl#0042')] },
];
export const HT_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'kun je de naam even spellen voor het formulier', expected: [] },
  { text: 'zie issue#1234 in het systeem voor de storing', expected: [] },
  { text: 'het klantnummer is nog niet bekend bij de voedselbank', expected: [] },
];

/** The seventy-first tuning set: the rules of the round on IC to IG (3 December, evening). */
export const IC_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'om vier uur werd hamid pas wakker', expected: [e('name', 'hamid')] },
  { text: 'ze woont in het postcodegebied 1013 pk', expected: [e('postcode', '1013 pk')] },
  { text: 'ik bel morgen met dokter van der zand over de medicatie', expected: [e('name', 'van der zand')] },
  { text: 'de hond van de bruijn blaft de hele nacht', expected: [e('name', 'de bruijn')] },
  { text: 'het staat onder melding VT-24-1187 in het systeem', expected: [e('client_number', 'VT-24-1187')] },
  { text: 'kind met nummer bso-4471 is vandaag opgehaald', expected: [e('client_number', 'bso-4471')] },
  { text: 'wij wonen op de eh zwanebocht 12', expected: [e('street_address', 'zwanebocht 12')] },
  { text: 'zwemles: vos, lieke de boer en daan krijgen hun diploma', expected: [e('name', 'vos'), e('name', 'lieke de boer'), e('name', 'daan')] },
  { text: 'oma zei nog komma onze feike was vroeger ook zo', expected: [e('name', 'feike')] },
];
export const IC_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'ze is bang voor storm en onweer', expected: [] },
  { text: 'kan de juf extra oefenen met lezen', expected: [] },
  { text: 'hij draagt altijd Nike schoenen', expected: [] },
  { text: 'ik heb een vog aangevraagd bij justis, dat duurt lang', expected: [] },
  { text: 'het nummer van de bus is 12', expected: [] },
  { text: 'mn laptop is weer kapot', expected: [] },
  { text: 'we kochten: brood, kaas en melk', expected: [] },
];

/** The seventy-second tuning set: the rules of the round on IH to IK (3 December, evening). */
export const IH_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'de meester mijnheer koç weet ervan', expected: [e('name', 'koç')] },
  { text: 'het pupilnummer daar is 55872 zegt de brief', expected: [e('client_number', '55872')] },
  { text: 'de post gaat nog naar 8226 kb', expected: [e('postcode', '8226 kb')] },
  { text: 'het nummer is eh 2026318774 staat op het papier', expected: [e('client_number', '2026318774')] },
  { text: 'roos spaart lego friends', expected: [e('name', 'roos')] },
  { text: 'hoop is het zusje van yasmina', expected: [e('name', 'hoop'), e('name', 'yasmina')] },
  { text: 'vossie zoals ze hem noemen heeft vandaag koorts', expected: [e('name', 'vossie')] },
  { text: 'die jongen die ze dushi noemen ik weet niet', expected: [e('name', 'dushi')] },
  { text: 'voor pleegkind roos', expected: [e('name', 'roos')] },
  { text: 'rebin zijn kleine zus nazdar die zit bij de meisjes', expected: [e('name', 'rebin')] },
  { text: 'mijn vrouw shilan zij huilt want rebin wil niet', expected: [e('name', 'shilan')] },
  { text: 'de oma van juni die komt uit gdańsk', expected: [e('name', 'juni'), e('place', 'gdańsk')] },
  { text: 'geboortedatum roos 14-08-2023 voor de aanvraag', expected: [e('name', 'roos'), e('birth_date', '14-08-2023')] },
];
export const IH_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'goedemiddag meneer, ik ben vader van een leerling uit klas 3a, ik wil vragen over zijn cijfers', expected: [] },
  { text: 'honderd twintig milliliter Nutrilon per voeding', expected: [] },
  { text: 'hoop doet leven maar de wachtlijst is lang', expected: [] },
  { text: 'de vakantie van juni tot augustus', expected: [] },
  { text: 'de jongen zijn moeder belde', expected: [] },
  { text: 'die ze lastig noemen', expected: [] },
  { text: 'het bestand gaat naar 1024 kb', expected: [] },
];

/**
 * The seventy-third tuning set: lowercase institutions (also businesses and clubs where a parent works or a child plays), and lowercase places after a hesitation or an old article (3 December,
 * late afternoon). Dictated and chat batches label institutions
 * as people write them there, lowercase ("bij huisartsenpraktijk de korenbloem"); the first runs of IL–IZ found 69 of 274. Rules
 * from the misses of the tuned batches (IC–IK and before); the sentences below are new, not copied from a batch.
 */
export const LI_RULES_IDENTIFYING: readonly CorpusSentence[] = [
  { text: 'we zijn ingeschreven bij tandartspraktijk de vrolijke kies in het dorp', expected: [e('institution', 'tandartspraktijk de vrolijke kies')] },
  { text: 'ze zwemt bij zwemclub de otters op zaterdag', expected: [e('institution', 'zwemclub de otters')] },
  { text: 'het recept ligt bij apotheek de gaper, kunt u het halen', expected: [e('institution', 'apotheek de gaper')] },
  { text: 'jurre traint bij vv ommoord en dat gaat goed', expected: [e('name', 'jurre'), e('institution', 'vv ommoord')] },
  { text: 'de kleine gaat naar kdv dribbel vanaf maandag', expected: [e('institution', 'kdv dribbel')] },
  { text: 'het dossier van fenna bakker gaat naar cjg lansingerland', expected: [e('name', 'fenna bakker'), e('institution', 'cjg lansingerland')] },
  { text: 'hij wil naar het horizon college maar twijfelt', expected: [e('institution', 'horizon college')] },
  { text: 'ze is geboren in het gelre ziekenhuis', expected: [e('institution', 'gelre ziekenhuis')] },
  { text: 'hij volgt de opleiding bij het roc van utrecht', expected: [e('institution', 'roc van utrecht')] },
  { text: 'zijn vader woont in eh assen sinds de scheiding', expected: [e('place', 'assen')] },
  { text: 'ze verhuizen naar den haag in de zomer', expected: [e('place', 'den haag')] },
  { text: 'hij loopt stage bij installatiebedrijf van der wal en komt op tijd', expected: [e('institution', 'installatiebedrijf van der wal')] },
  { text: 'moeder werkt bij slagerij brouwers op zaterdag', expected: [e('institution', 'slagerij brouwers')] },
  { text: 'de jongens spelen bij vv Terschuur sinds de zomer', expected: [e('institution', 'vv Terschuur')] },
  { text: 'we zitten bij zwemclub de dolfijntjes wil hij nog steeds', expected: [e('institution', 'zwemclub de dolfijntjes')] },  { text: 'oma woont in de bloemenwijk vlak bij de markt', expected: [e('place', 'bloemenwijk')] },
  { text: 'de jongens komen uit lindenholtpolder en fietsen elke dag', expected: [e('place', 'lindenholtpolder')] },
];
export const LI_RULES_CLEAN: readonly CorpusSentence[] = [
  { text: 'wie heeft in de praktijk het gezag, de moeder of de voogd?', expected: [] },
  { text: 'kdv signaleert vaker blauwe plekken', expected: [] },
  { text: 'het academisch ziekenhuis wil een nieuwe scan', expected: [] },
  { text: 'de apotheek de moeder gebeld over de dosering', expected: [] },
  { text: 'we gaan met de groep naar het zwembad de hele middag', expected: [] },
  { text: 'de stichting gebeld maar niemand nam op', expected: [] },
  { text: 'zij werkt al jaren bij de kinderopvang en vindt het leuk', expected: [] },
  { text: 'ik werk al acht jaar in de wijk', expected: [] },
  { text: 'in den beginne was het lastig voor iedereen', expected: [] },
  { text: 'zolang moeder in het ziekenhuis ligt brengt opa de kinderen', expected: [] },
  { text: 'hoe kunnen we als wijkteam flexibeler werken', expected: [] },
  { text: 'het consultatiebureau de gegevens naar de huisarts laten sturen', expected: [] },  { text: 'ze komen uit een achterstandswijk en wonen nu in de nieuwbouwwijk', expected: [] },
];
