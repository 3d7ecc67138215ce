/**
 * Held-out batch H, the final measurement. Written on 2026-12-01 after the last guard change and
 * measured once; the guard was NOT changed afterwards, so its figure describes the guard as it is
 * committed. Mixed styles: chat, dictated text, notes, casus paragraphs, quotes, and clean traps.
 *
 * All names, numbers and addresses are fictitious.
 */
import type { CorpusSentence, ExpectedFinding } from './casus-sentences.js';
import type { PrivacyKind } from '../types.js';

const e = (kind: PrivacyKind, match: string): ExpectedFinding => ({ kind, match });

export const HELD_OUT_H_IDENTIFYING: readonly CorpusSentence[] = [
  // Chat
  { text: 'ik heb vanmiddag een gesprek met de vader van ayoub', expected: [e('name', 'ayoub')] },
  { text: 'romy zit sinds de herfstvakantie thuis', expected: [e('name', 'romy')] },
  { text: 'heeft iemand ervaring met kinderen zoals levi? hij bijt', expected: [e('name', 'levi')] },
  { text: 'de stiefvader van julia dreigt met geweld', expected: [e('name', 'julia')] },
  { text: 'meneer de wit van de opvang belde net', expected: [e('name', 'de wit')] },
  { text: 'tim en zijn zusje worden niet opgehaald', expected: [e('name', 'tim')] },
  { text: 'mobiel van oma: 06 21 43 65 87', expected: [e('phone', '06 21 43 65 87')] },
  { text: 'ze wonen op 1324 kc almere, dat is alles wat ik weet', expected: [e('postcode', '1324 kc')] },
  { text: 'het adres is beukenlaan 3', expected: [e('street_address', 'beukenlaan 3')] },
  { text: 'contact via j.devries81@gmail.com', expected: [e('email', 'j.devries81@gmail.com')] },
  { text: 'bsn (voor het dossier) 111.222.333', expected: [e('bsn', '111.222.333')] },
  // Dictated
  {
    text: 'en toen heeft Mats tegen de juf gezegd dat hij thuis geslagen wordt door zijn oom en dat hij niet meer naar huis wil',
    expected: [e('name', 'Mats')],
  },
  {
    text: 'het gesprek was met de moeder mevrouw Yıldız en haar oudste zoon Emir die tolkte',
    expected: [e('name', 'Yıldız'), e('name', 'Emir')],
  },
  {
    text: 'zij is geboren 24 juni 2013 en heeft een broertje van vier en woont in Lelystad-Haven',
    expected: [e('birth_date', '24 juni 2013'), e('place', 'Lelystad-Haven')],
  },
  {
    text: 'het incident was op 16-11-2026 rond half negen bij de ingang van de school',
    expected: [e('date', '16-11-2026')],
  },
  // Notes
  { text: '- kind: Jolien (11)\n- gezin: moeder, stiefvader, halfbroertje', expected: [e('name', 'Jolien')] },
  { text: '- betrokken: juf Saskia, IB Wendy', expected: [e('name', 'Saskia'), e('name', 'Wendy')] },
  { text: '• adres: Dorpsstraat 88, Nieuw-Vennep', expected: [e('street_address', 'Dorpsstraat 88'), e('place', 'Nieuw-Vennep')] },
  { text: '- school: CBS De Wegwijzer, groep 6', expected: [e('institution', 'CBS De Wegwijzer')] },
  // Names in sentences
  { text: 'Nadia heeft zelf om hulp gevraagd.', expected: [e('name', 'Nadia')] },
  { text: "Thijs' vader zit in de schuldhulp.", expected: [e('name', 'Thijs')] },
  { text: 'Ik maak me zorgen om Noa sinds de scheiding.', expected: [e('name', 'Noa')] },
  { text: 'Haar broer Kevin is 19 en woont nog thuis.', expected: [e('name', 'Kevin')] },
  { text: 'Mila en Sem zitten in dezelfde klas.', expected: [e('name', 'Mila'), e('name', 'Sem')] },
  { text: 'De voogd, mevrouw Schipper, wil een overplaatsing.', expected: [e('name', 'Schipper')] },
  { text: 'Roos is erg stil de laatste weken.', expected: [e('name', 'Roos')] },
  { text: 'Ik vroeg aan Mehmet wat er gebeurd was.', expected: [e('name', 'Mehmet')] },
  { text: "'Papa doet mama pijn,' zei Daantje tegen de juf.", expected: [e('name', 'Daantje')] },
  { text: 'De vader, Johan van der Veen, weigert elk contact.', expected: [e('name', 'Johan van der Veen')] },
  { text: 'Vandaag kwam Ilias niet opdagen.', expected: [e('name', 'Ilias')] },
  { text: 'Het meisje (S.) zit in groep 8.', expected: [e('initials', 'S.')] },
  { text: 'Ik heb overlegd met H.J. Smeets van de GGD.', expected: [e('initials', 'H.J. Smeets')] },
  { text: 'Zijn vriend Brent heeft hem meegenomen naar een feest.', expected: [e('name', 'Brent')] },
  // Institutions
  { text: 'Ze zit op het Cals College in de brugklas.', expected: [e('institution', 'Cals College')] },
  { text: 'Hij is in behandeling bij Yulius.', expected: [e('institution', 'Yulius')] },
  { text: 'Na groep 8 gaat ze naar het Stedelijk Gymnasium Leiden.', expected: [e('institution', 'Stedelijk Gymnasium Leiden')] },
  { text: 'Op bso Het Speelkasteel zijn incidenten geweest.', expected: [e('institution', 'bso Het Speelkasteel')] },
  // Streets
  { text: 'Het gezin woont op de Burgemeester Visserstraat 21.', expected: [e('street_address', 'Burgemeester Visserstraat 21')] },
  { text: 'Vader woont aan de Laan van Kronenburg 5.', expected: [e('street_address', 'Laan van Kronenburg 5')] },
  { text: 'Ze werd opgehaald op de Grote Markt.', expected: [e('street_address', 'Grote Markt')] },
  // Places
  { text: 'Het gezin woont in Heerhugowaard.', expected: [e('place', 'Heerhugowaard')] },
  { text: 'Ze verhuizen van Sneek naar Harlingen.', expected: [e('place', 'Sneek'), e('place', 'Harlingen')] },
  { text: 'Moeder komt uit Vaals.', expected: [e('place', 'Vaals')] },
  { text: 'Hij woont bij zijn vader in Nijmegen-Oost.', expected: [e('place', 'Nijmegen-Oost')] },
  // Long paragraphs
  {
    text:
      'Ik breng een casus in over Sanne (12). Ze woont met haar moeder en twee broertjes in Purmerend. Haar vader ' +
      'heeft een nieuw gezin in Zaandam. Sanne zit op basisschool De Zonnewijzer en heeft sinds kort buikpijnklachten. ' +
      'Moeder (06-77889900) denkt dat het door school komt, de juf denkt dat het thuis ligt.',
    expected: [
      e('name', 'Sanne'),
      e('place', 'Purmerend'),
      e('place', 'Zaandam'),
      e('institution', 'basisschool De Zonnewijzer'),
      e('phone', '06-77889900'),
    ],
  },
  {
    text:
      'vraag aan de groep: ik begeleid een jongen, dylan, 15 jaar, die in een gezinshuis woont. zijn moeder ' +
      'woont in rotterdam en belt hem elke avond dronken op. de gezinshuisouder, mevrouw bakker, wil het contact ' +
      'beperken maar dylan wil dat niet.',
    expected: [e('name', 'dylan'), e('place', 'rotterdam'), e('name', 'bakker')],
  },
  {
    text:
      'Het betreft een gezin uit Afghanistan dat sinds 2022 in Oss woont. De oudste zoon, Farid, is 17 en werkt ' +
      'naast school. Zijn zusje Zahra (9) zit op de Sint-Jozefschool. Haar leerlingnummer is 559031. De eerste ' +
      'melding bij Veilig Thuis was op 7 maart 2025.',
    expected: [
      e('place', 'Oss'),
      e('name', 'Farid'),
      e('name', 'Zahra'),
      e('institution', 'Sint-Jozefschool'),
      e('client_number', '559031'),
      e('date', '7 maart 2025'),
    ],
  },
  // Numbers, dates
  { text: 'Telefoon moeder: 0031 6 12 12 34 34.', expected: [e('phone', '0031 6 12 12 34 34')] },
  { text: 'Postcode 3581 KJ.', expected: [e('postcode', '3581 KJ')] },
  { text: 'Geboortedatum: 05/09/2014.', expected: [e('birth_date', '05/09/2014')] },
  { text: 'Op woensdag 1 oktober is hij geschorst.', expected: [e('date', '1 oktober')] },
  { text: 'Dossiernummer: JB-2025-3310.', expected: [e('client_number', 'JB-2025-3310')] },
];

export const HELD_OUT_H_CLEAN: readonly CorpusSentence[] = [
  // Words, idioms, characters
  { text: 'Roos is ook de naam van een bloem.', expected: [] },
  { text: 'Storm op komst, dus de uitstap gaat niet door.', expected: [] },
  { text: 'Hoop en angst wisselen elkaar af bij moeder.', expected: [] },
  { text: 'Bos en strand zijn zijn favoriete plekken.', expected: [] },
  { text: 'Mei komt eraan en daarmee de toetsweek.', expected: [] },
  { text: 'Fleur en kleur zijn woorden die rijmen.', expected: [] },
  { text: 'Zon in de klas maakt hem rustiger.', expected: [] },
  { text: 'Hij leest Dikkie Dik voor aan zijn zusje.', expected: [] },
  { text: 'Ze speelt graag Nijntje na met haar knuffels.', expected: [] },
  { text: 'Hij droomt ervan om voetballer bij Feyenoord te worden.', expected: [] },
  // Days and holidays
  { text: 'Dinsdagmiddag heeft hij vrij.', expected: [] },
  { text: 'In oktober is het gesprek met de ouders.', expected: [] },
  { text: 'Met Pasen was de hele familie er.', expected: [] },
  // Methods and intervisie
  { text: 'We werken vandaag met de Roddelmethode.', expected: [] },
  { text: 'De Incidentmethode past goed bij deze vraag.', expected: [] },
  { text: 'Signs of Safety en Eigen Kracht zijn ingezet.', expected: [] },
  { text: 'De inbrenger kiest zelf de methode.', expected: [] },
  { text: 'Hij doet mee aan Kanjertraining.', expected: [] },
  // Roles
  { text: 'De juf van groep 4 is heel betrokken.', expected: [] },
  { text: 'de jeugdarts wil hem nog een keer zien', expected: [] },
  { text: 'De leerkracht en de ouders zijn het oneens.', expected: [] },
  { text: 'Volgens de huisarts is er niets aan de hand.', expected: [] },
  { text: 'Oma is ziek, opa doet het huishouden.', expected: [] },
  { text: 'De buurvrouw heeft de politie gebeld.', expected: [] },
  // Organisation types
  { text: 'Hij zit op een reguliere basisschool.', expected: [] },
  { text: 'De bso sluit in de zomer.', expected: [] },
  { text: 'Het ziekenhuis heeft een kinderpsycholoog.', expected: [] },
  { text: 'De jeugdzorgaanbieder heeft geen plek.', expected: [] },
  { text: 'Op de basisschool de hele dag binnen zitten lukt niet.', expected: [] },
  // Chat and starters
  { text: 'dank je, dit helpt me echt', expected: [] },
  { text: 'ik weet niet of ik dit moet melden', expected: [] },
  { text: 'goede vraag, ik zoek het uit', expected: [] },
  { text: 'herkenbaar, bij ons ook zo', expected: [] },
  { text: 'Sowieso moet er iets gebeuren.', expected: [] },
  { text: 'Eerst wil ik de ouders spreken.', expected: [] },
  { text: 'Meestal gaat het goed.', expected: [] },
  { text: 'Samengevat: er is veel onrust.', expected: [] },
  // Numbers
  { text: 'Hij is 10 en zit in groep 6.', expected: [] },
  { text: 'Het verzuim is 12 dagen.', expected: [] },
  { text: 'Om 13.15 uur begint de middag.', expected: [] },
  { text: 'In 2023 kwam de eerste melding.', expected: [] },
  { text: 'Ze heeft 2 zussen en 3 broers.', expected: [] },
  { text: 'Hij haalde een 7,5 voor rekenen.', expected: [] },
  // Countries, languages, apps, brands
  { text: 'De familie komt uit Turkije.', expected: [] },
  { text: 'Thuis spreken ze Arabisch en Berbers.', expected: [] },
  { text: 'Ze zit de hele avond op Snapchat.', expected: [] },
  { text: 'Hij koopt energiedrank bij de Jumbo.', expected: [] },
  { text: 'Vader werkt tijdelijk in Polen.', expected: [] },
  // Long paragraphs
  {
    text:
      'Een meisje van 9 dat veel alleen thuis is. Moeder werkt in de avond en vader is uit beeld. Op school valt ' +
      'op dat ze vaak moe is en geen eten bij zich heeft. De juf heeft het besproken met de intern begeleider.',
    expected: [],
  },
  {
    text:
      'het is echt zo lastig, want hij wil wel maar het lukt hem gewoon niet, en thuis krijgt hij geen steun, ' +
      'moeder is zelf ook overbelast',
    expected: [],
  },
];
