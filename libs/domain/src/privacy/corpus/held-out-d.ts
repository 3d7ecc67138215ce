/**
 * Held-out batch D. Written on 2026-12-01 after the last change made while looking at batch C, and
 * measured once as it stands: the guard was not changed for it. Together with the first runs of
 * B and C it gives the held-out figures in README.md. New names, places, streets and traps,
 * including realistic ones that a rule-based guard may get wrong (rivers, clubs, book characters).
 *
 * All names, numbers and addresses are fictitious.
 */
import type { CorpusSentence, ExpectedFinding } from './casus-sentences.js';
import type { PrivacyKind } from '../types.js';

const e = (kind: PrivacyKind, match: string): ExpectedFinding => ({ kind, match });

export const HELD_OUT_D_IDENTIFYING: readonly CorpusSentence[] = [
  // Lowercase chat
  { text: 'milo heeft vandaag een klasgenoot gebeten', expected: [e('name', 'milo')] },
  { text: 'weet iemand hoe ik het beste met de vader van elif kan praten?', expected: [e('name', 'elif')] },
  { text: 'stijn en jochem blijven elkaar uitdagen in de klas', expected: [e('name', 'stijn'), e('name', 'jochem')] },
  { text: 'lina wil niet meer douchen na de gym', expected: [e('name', 'lina')] },
  { text: 'heb de ib gevraagd om naar hidde te kijken', expected: [e('name', 'hidde')] },
  { text: 'opa van ties is vorige week overleden', expected: [e('name', 'ties')] },
  { text: 'meester rens had het ook al gezien', expected: [e('name', 'rens')] },
  { text: 'vaders nummer: 06-13572468', expected: [e('phone', '06-13572468')] },
  { text: 'ze wonen aan de molenweg 22 achter de kerk', expected: [e('street_address', 'molenweg 22')] },
  { text: 'postcode 3067 gk als je het wil opzoeken', expected: [e('postcode', '3067 gk')] },
  { text: 'mailen kan naar fam.yilmaz@kpnmail.nl', expected: [e('email', 'fam.yilmaz@kpnmail.nl')] },
  // Dictated
  {
    text: 'dan zegt Faisal tegen mij dat hij het niet gedaan heeft en dat Mauro begonnen is en ik weet niet wie ik moet geloven',
    expected: [e('name', 'Faisal'), e('name', 'Mauro')],
  },
  {
    text: 'de moeder heet Ouassima en zij heeft mij gebeld vanaf 06 19 28 37 46 op een zaterdag',
    expected: [e('name', 'Ouassima'), e('phone', '06 19 28 37 46')],
  },
  {
    text: 'het meisje is geboren op 9 mei 2013 in het ziekenhuis en woont nu in Maassluis bij haar oma',
    expected: [e('birth_date', '9 mei 2013'), e('place', 'Maassluis')],
  },
  {
    text: 'mevrouw Verhoeven van het wijkteam zei dat het gezin al bekend was bij jeugdzorg komma dus',
    expected: [e('name', 'Verhoeven')],
  },
  // Notes
  { text: '- naam: Sophia (9)\n- woonplaats: Delfzijl', expected: [e('name', 'Sophia'), e('place', 'Delfzijl')] },
  { text: '- ouders: Ruben en Sara\n- broertjes: 2', expected: [e('name', 'Ruben'), e('name', 'Sara')] },
  { text: '• adres: Koningin Julianalaan 14, Hengelo', expected: [e('street_address', 'Koningin Julianalaan 14'), e('place', 'Hengelo')] },
  // Possessives and names
  { text: "Jens' moeder zit in de schuldsanering.", expected: [e('name', 'Jens')] },
  { text: "Valentijn's opa is zijn enige steun.", expected: [e('name', 'Valentijn')] },
  { text: 'Job vertelde dat hij thuis alleen is.', expected: [e('name', 'Job')] },
  { text: 'Luna wil niet naar haar vader.', expected: [e('name', 'Luna')] },
  { text: 'Ik heb met Nouri afgesproken dat hij het zelf vertelt.', expected: [e('name', 'Nouri')] },
  { text: 'Zijn zus Lieke is net 18 geworden.', expected: [e('name', 'Lieke')] },
  { text: 'Het gaat niet goed met Thijmen sinds de verhuizing.', expected: [e('name', 'Thijmen')] },
  { text: 'De gezinscoach, Marieke van Dalen, heeft het overgedragen.', expected: [e('name', 'Marieke van Dalen')] },
  { text: 'Dhr. Boukhari komt alleen als zijn vrouw meekomt.', expected: [e('name', 'Boukhari')] },
  { text: 'Jasmijn en haar tweelingzus zitten in verschillende klassen.', expected: [e('name', 'Jasmijn')] },
  { text: 'Tijdens het gesprek zei Tess dat ze bang is.', expected: [e('name', 'Tess')] },
  { text: 'Juf Anouk heeft het aan de intern begeleider gemeld.', expected: [e('name', 'Anouk')] },
  { text: 'Gesproken met K. de Boer, de vader.', expected: [e('initials', 'K. de Boer')] },
  // Institutions
  { text: 'Hij zit op het Maerlant College in Den Haag.', expected: [e('institution', 'Maerlant College'), e('place', 'Den Haag')] },
  { text: 'Ze is aangemeld bij kinderdagverblijf Ukkie Pukkie.', expected: [e('institution', 'kinderdagverblijf Ukkie Pukkie')] },
  { text: 'Na het onderzoek bij Curium kreeg hij een diagnose.', expected: [e('institution', 'Curium')] },
  { text: 'Op OBS De Zevensprong kent iedereen het gezin.', expected: [e('institution', 'OBS De Zevensprong')] },
  // Streets
  { text: 'Ze wonen op de Jan Pieterszoon Coenstraat 40.', expected: [e('street_address', 'Jan Pieterszoon Coenstraat 40')] },
  { text: 'Oma woont aan de Heereweg 12a.', expected: [e('street_address', 'Heereweg 12a')] },
  { text: 'Ze is gezien op de Dorpsstraat bij de snackbar.', expected: [e('street_address', 'Dorpsstraat')] },
  // Places
  { text: 'Het gezin woont in Amsterdam-Noord.', expected: [e('place', 'Amsterdam-Noord')] },
  { text: 'Vader zit in Zutphen, moeder in Tiel.', expected: [e('place', 'Zutphen'), e('place', 'Tiel')] },
  { text: 'Ze wonen in Stadskanaal in een huurhuis.', expected: [e('place', 'Stadskanaal')] },
  { text: 'Hij groeide op in Osdorp en woont nu in Lunetten.', expected: [e('place', 'Osdorp'), e('place', 'Lunetten')] },
  // Long paragraphs
  {
    text:
      'Ik begeleid sinds een jaar een gezin in Hengelo. De oudste zoon, Kevin, is 15 en is al drie keer geschorst. ' +
      'De jongste, Demi, zit op basisschool De Kameleon. Moeder, Sandra, werkt in de thuiszorg en vader is na een ' +
      'ruzie vertrokken. Moeder heeft gevraagd om hulp bij de opvoeding, maar zegt af als ik langs wil komen.',
    expected: [
      e('place', 'Hengelo'),
      e('name', 'Kevin'),
      e('name', 'Demi'),
      e('institution', 'basisschool De Kameleon'),
      e('name', 'Sandra'),
    ],
  },
  {
    text:
      'casus over een jongen uit groep 8, ik noem hem yusuf. hij is slim maar verveelt zich en haalt streken uit. ' +
      'zijn vader (06-55667788) vindt dat de school hem moet uitdagen. de moeder van yusuf zegt dat hij thuis ' +
      'ook niet luistert.',
    expected: [e('name', 'yusuf'), e('phone', '06-55667788')],
  },
  {
    text:
      'Het meisje (geboren 30-04-2011) is twee jaar geleden met haar moeder uit Syrië gekomen. Ze wonen nu in ' +
      'Vlaardingen. Op school, het Groen van Prinsterer Lyceum, gaat het goed, maar ze heeft nachtmerries. ' +
      'Haar BSN is 784447135, dat stond per ongeluk in de overdracht.',
    expected: [
      e('birth_date', '30-04-2011'),
      e('place', 'Vlaardingen'),
      e('institution', 'Groen van Prinsterer Lyceum'),
      e('bsn', '784447135'),
    ],
  },
  // Numbers
  { text: 'Postcode: 5611 EM.', expected: [e('postcode', '5611 EM')] },
  { text: 'Het cliëntnummer bij de jeugdzorgaanbieder is 55-78812.', expected: [e('client_number', '55-78812')] },
  { text: 'Bel gerust 010 - 765 43 21.', expected: [e('phone', '010 - 765 43 21')] },
  { text: 'Op 28 februari is hij van school gestuurd.', expected: [e('date', '28 februari')] },
];

export const HELD_OUT_D_CLEAN: readonly CorpusSentence[] = [
  // Words that look like names
  { text: 'Luna park was het uitje van de klas.', expected: [] },
  { text: 'Hoop is het enige wat moeder nog heeft.', expected: [] },
  { text: 'Roos en lelie hingen in de gang.', expected: [] },
  { text: 'Storm en onweer maken hem erg angstig.', expected: [] },
  { text: 'Bos en heide liggen achter het gezinshuis.', expected: [] },
  { text: 'Mei is de maand van de eindtoets.', expected: [] },
  { text: 'Winter en donker maken haar somber.', expected: [] },
  { text: 'Smit, bakker of kapper wil hij worden.', expected: [] },
  { text: 'Iris en roos zijn de bloemen op de kaart.', expected: [] },
  { text: 'Amber is de kleur van het verkeerslicht, zei hij.', expected: [] },
  // Realistic traps: rivers, clubs, places to visit, books, religion
  { text: 'Hij fietst graag langs de Maas.', expected: [] },
  { text: 'Hij is een grote fan van Feyenoord en Ajax.', expected: [] },
  { text: 'Met de klas gingen ze naar de Efteling.', expected: [] },
  { text: 'Thuis wordt veel uit de Koran voorgelezen.', expected: [] },
  { text: 'Ze bidt elke avond tot God.', expected: [] },
  { text: 'Zwarte Piet en Sinterklaas kwamen op school.', expected: [] },
  // Weekdays, months, holidays
  { text: 'Zaterdag heeft hij voetbal, zondag is hij bij vader.', expected: [] },
  { text: 'In juli en augustus is er geen opvang.', expected: [] },
  { text: 'Rond Pasen en Pinksteren is het thuis onrustig.', expected: [] },
  // Methods and intervisie
  { text: 'We gebruiken de Incidentmethode met een vaste tijdsindeling.', expected: [] },
  { text: 'De Roddelmethode vond de inbrenger confronterend.', expected: [] },
  { text: 'Signs of Safety wordt in de regio veel gebruikt.', expected: [] },
  { text: 'Hij zat bij Kanjertraining in groep 6.', expected: [] },
  { text: 'De reflectievragen gaan over de werkzame elementen.', expected: [] },
  // Roles
  { text: 'De juf heeft een goede band met hem.', expected: [] },
  { text: 'de mentor en de zorgcoördinator zijn allebei ziek', expected: [] },
  { text: 'Volgens de kinderarts is er niets aan de hand.', expected: [] },
  { text: 'Zuster, verpleegkundige of arts: hij wil met niemand praten.', expected: [] },
  { text: 'Meester gaf hem een compliment.', expected: [] },
  { text: 'De voogd is sinds kort een ander.', expected: [] },
  // Organisation types
  { text: 'Het ziekenhuis stuurde een brief naar de huisarts.', expected: [] },
  { text: 'De school voor voortgezet speciaal onderwijs heeft plek.', expected: [] },
  { text: 'De kinderopvang heeft de ouders uitgenodigd.', expected: [] },
  { text: 'Het jeugdteam en de politie werken samen.', expected: [] },
  { text: 'De gemeente betaalt de begeleiding.', expected: [] },
  // Chat and starters
  { text: 'ok goed idee, dat ga ik doen', expected: [] },
  { text: 'ik herken dit heel erg uit mijn eigen klas', expected: [] },
  { text: 'hoe lang duurt zo een traject meestal?', expected: [] },
  { text: 'sorry voor de lange tekst', expected: [] },
  { text: 'Eigenlijk wil ik vooral weten wat ik zelf kan doen.', expected: [] },
  { text: 'Toch blijft het lastig.', expected: [] },
  { text: 'Ondertussen gaat hij gewoon naar school.', expected: [] },
  { text: 'Concreet: hij komt drie dagen per week.', expected: [] },
  // Numbers
  { text: 'Ze is 13 jaar en zit in de brugklas.', expected: [] },
  { text: 'Het traject duurt 6 maanden.', expected: [] },
  { text: 'Om 7.30 uur gaat de wekker.', expected: [] },
  { text: 'Ze scoorde 95 op de toets.', expected: [] },
  { text: 'In 2018 is het gezin verhuisd.', expected: [] },
  { text: 'Er zijn 5 gesprekken geweest.', expected: [] },
  // Countries, languages, apps, brands
  { text: 'De familie komt uit Ghana.', expected: [] },
  { text: 'Moeder spreekt Spaans en Papiaments.', expected: [] },
  { text: 'Hij zit de hele dag op YouTube.', expected: [] },
  { text: 'Ze werkt bij de Jumbo om de hoek.', expected: [] },
  { text: 'Vader werkt in Duitsland.', expected: [] },
  // Long paragraphs
  {
    text:
      'Het gaat om een jongen van 8 die veel driftbuien heeft. Moeder is zwanger van het derde kind en vader werkt ' +
      'veel. Op school is hij soms agressief tegen klasgenoten. De juf en de intern begeleider hebben een plan ' +
      'gemaakt, maar het werkt nog niet.',
    expected: [],
  },
  {
    text:
      'dus ja ik weet het gewoon niet meer, ik heb alles geprobeerd wat ik kon bedenken en het wordt alleen maar ' +
      'erger, moeder zegt dat ik overdrijf en de school zegt dat het thuis ligt',
    expected: [],
  },
];
