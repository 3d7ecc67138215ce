import { describe, expect, it } from 'vitest';
import {
  ALWAYS_FIX_KINDS,
  PRIVACY_KINDS,
  PRIVACY_KIND_ORDER,
  canAccept,
  checkCaseFields,
  findPrivacyIssues,
  isValidBsn,
  type PrivacyKind,
} from './index.js';

const found = (text: string): Array<[PrivacyKind, string]> => findPrivacyIssues(text).map((f) => [f.kind, f.match]);

describe('isValidBsn (11-proef)', () => {
  it.each([
    ['123456782', true],
    ['111222333', true],
    ['999999990', true],
    ['123.456.782', true],
    ['1234 56 782', true],
    ['123-456-782', true],
    ['123456789', false],
    ['123456780', false],
    ['000000000', false],
    ['12345678', false],
    ['1234567820', false],
    ['abcdefghi', false],
    ['', false],
  ])('%s → %s', (input, expected) => {
    expect(isValidBsn(input)).toBe(expected);
  });
});

describe('findPrivacyIssues: what it finds', () => {
  it.each<[string, Array<[PrivacyKind, string]>]>([
    // bank account numbers (IBAN) as client numbers: Dutch by their shape, foreign by their check digits; not read as a phone number
    ['IBAN: NL91 ABNA 0417 1643 00', [['client_number', 'NL91 ABNA 0417 1643 00']]],
    ['leefgeld op nl11 ingb 0007 8345 12 graag', [['client_number', 'nl11 ingb 0007 8345 12']]],
    ['rekening BE68 5390 0754 7034 van oma', [['client_number', 'BE68 5390 0754 7034']]],
    // BSN
    ['BSN 123456782.', [['bsn', '123456782']]],
    ['nummer 123.456.782 staat erin', [['bsn', '123.456.782']]],
    ['nummer 1234.56.782 staat erin', [['bsn', '1234.56.782']]],
    ['nummer 123 456 782 staat erin', [['bsn', '123 456 782']]],
    ['het bsn is 12345672 (oud sofinummer)', [['bsn', '12345672']]],
    // invalid BSN: never a bsn; with an id cue it is a client number
    ['Het BSN 123456789 was fout.', [['client_number', '123456789']]],
    ['Het getal 123456789 was groot.', []],
    ['leerlingnummer: 445566', [['client_number', '445566']]],
    ['cliëntnummer is A-12345', [['client_number', 'A-12345']]],
    // e-mail
    ['mail naar j.devries+school@ziggo.nl graag', [['email', 'j.devries+school@ziggo.nl']]],
    // phones
    ['bel 06-12345678', [['phone', '06-12345678']]],
    ['bel 0612345678', [['phone', '0612345678']]],
    ['bel 06 12 34 56 78', [['phone', '06 12 34 56 78']]],
    ['bel +31 6 1234 5678', [['phone', '+31 6 1234 5678']]],
    ['bel +31 (0)6 12345678', [['phone', '+31 (0)6 12345678']]],
    ['bel 0031 6 12345678', [['phone', '0031 6 12345678']]],
    ['bel 0031 20 123 4567', [['phone', '0031 20 123 4567']]],
    ['bel 010-1234567', [['phone', '010-1234567']]],
    ['bel 020 123 4567', [['phone', '020 123 4567']]],
    ['bel (020) 123 45 67', [['phone', '(020) 123 45 67']]],
    ['bel 0575-123456', [['phone', '0575-123456']]],
    ['bel +32 470 12 34 56', [['phone', '+32 470 12 34 56']]],
    ['tel. 06.12.34.56.78', [['phone', '06.12.34.56.78']]],
    ['op 12-03-2024 06-12345678 gebeld', [['date', '12-03-2024'], ['phone', '06-12345678']]],
    // postcodes
    ['postcode 1234 AB', [['postcode', '1234 AB']]],
    ['postcode 1234AB', [['postcode', '1234AB']]],
    ['3011 ab Rotterdam', [['postcode', '3011 ab'], ['place', 'Rotterdam']]],
    ['postcode is 9712 cp, dus', [['postcode', '9712 cp']]],
    // (3 December, night: an address written so that machines miss it.)
    ['mail naar j.de.vries[at]gmail.com', [['email', 'j.de.vries[at]gmail.com']]],
    ['mail: jdevries @ gmail . com', [['email', 'jdevries @ gmail . com']]],
    ['schrijf naar info (at) school [dot] nl', [['email', 'info (at) school [dot] nl']]],
    // (3 December, night: after a postcode cue or a street and house number the letters in any case and after a hyphen.)
    ['postcode: 9712 Cp', [['postcode', '9712 Cp']]],
    ['de postcode moet 9712-CP zijn', [['postcode', '9712-CP']]],
    ['Hoofdstraat 4, 9712-cp Groningen', [['street_address', 'Hoofdstraat 4'], ['postcode', '9712-cp'], ['place', 'Groningen']]],
    // addresses
    ['woont op de Kerkstraat 12', [['street_address', 'Kerkstraat 12']]],
    ['Lange Voorhout 3a', [['street_address', 'Lange Voorhout 3a']]],
    ['aan de Prins Hendrikkade 10', [['street_address', 'Prins Hendrikkade 10']]],
    ['het gezin woont aan de Molenweg', [['street_address', 'Molenweg']]],
    ['ze logeren bij oma op de Bijlmerdreef', [['street_address', 'Bijlmerdreef']]],
    // dates
    ['op 12/3/2024 was het', [['date', '12/3/2024']]],
    ['op 3 maart 2024 was het', [['date', '3 maart 2024']]],
    ['het was op 14 februari', [['date', '14 februari']]],
    ['het was op 1e januari', [['date', '1e januari']]],
    ['geboren op 4-5-2015', [['birth_date', '4-5-2015']]],
    ['geboortedatum 12 juni 2015', [['birth_date', '12 juni 2015']]],
    ['(geb. 12 juni 2015)', [['birth_date', '12 juni 2015']]],
    // initials
    ['gesprek met J. de Vries', [['initials', 'J. de Vries']]],
    ['gesprek met J.P. van der Berg', [['initials', 'J.P. van der Berg']]],
    ['toen kwam mevrouw K. binnen', [['initials', 'K.']]],
    ['ik zag dat K. boos was', [['initials', 'K.']]],
    // names
    ['de moeder van Sanne belde', [['name', 'Sanne']]],
    ['juf Anja en meester Jan', [['name', 'Anja'], ['name', 'Jan']]],
    ['we noemen haar Dewi', [['name', 'Dewi']]],
    ['met Fatma Yılmaz gesproken', [['name', 'Fatma Yılmaz']]],
    ['met mevrouw De Vries gesproken', [['name', 'De Vries']]],
    ['ik sprak Anne-Sophie', [['name', 'Anne-Sophie']]],
    // institutions
    ['zit op basisschool De Regenboog', [['institution', 'basisschool De Regenboog']]],
    ['zit op OBS De Klimop', [['institution', 'OBS De Klimop']]],
    ['naar het Stedelijk Gymnasium', [['institution', 'Stedelijk Gymnasium']]],
    ['opgenomen in het Sophia Kinderziekenhuis', [['institution', 'Sophia Kinderziekenhuis']]],
    ['naar Christelijk Lyceum Delft', [['institution', 'Christelijk Lyceum Delft']]],
    ['zit op De Regenboog', [['institution', 'De Regenboog']]],
    ['hulp van Jeugdzorg Friesland', [['institution', 'Jeugdzorg Friesland']]],
    ['opgenomen in ziekenhuis Gelderse Vallei', [['institution', 'ziekenhuis Gelderse Vallei']]],
    ['naar het College Den Hulster', [['institution', 'College Den Hulster']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findPrivacyIssues: names, streets and places beyond the tuning corpus', () => {
  it.each<[string, Array<[PrivacyKind, string]>]>([
    // lowercase and possessive names, cue words, word-names with a person verb
    ['moeder van kenzo belde', [['name', 'kenzo']]],
    ['lotte zat te huilen', [['name', 'lotte']]],
    ['ik sprak lotte de jong', [['name', 'lotte de jong']]],
    ['zuster marloes belde', [['name', 'marloes']]],
    ["Emre's vader wil geen hulp.", [['name', 'Emre']]],
    ['Storm zit in groep 5.', [['name', 'Storm']]],
    ['Bram en Daan spelen samen.', [['name', 'Bram'], ['name', 'Daan']]],
    ['toen belde meester Joost op De Fontein', [['name', 'Joost'], ['institution', 'De Fontein']]],
    // "hoop", a first name that is also a word (after CN; kept out of the corpus that trains the context model)
    ['de zus van hoop zit in groep 3', [['name', 'hoop']]],
    ['Hoop (9) woont bij haar oma.', [['name', 'Hoop']]],
    // a name that is also a word as the subject of a clause after "dat"/"of", before an adverb (after CL-CO)
    ['ik hoorde dat bas weer niet op training was', [['name', 'bas']]],
    ['ze vroeg of roos ook mee mag naar het kamp', [['name', 'roos']]],
    // "wei", a Chinese first name that is also a word, and a first name of two letters before an age (after CL-CO)
    ['ouders van wei (fam. chen) willen niet', [['name', 'wei'], ['name', 'chen']]],
    ['mo (11) was er niet', [['name', 'mo']]],
    // a visit at someone's, and who is spoken to (after CL-CO)
    ['kan iemand vanmiddag bij storm langs?', [['name', 'storm']]],
    ['hij zei tegen jesse dat het klaar was', [['name', 'jesse']]],
    // streets
    ['op de Laan van Meerdervoort 55', [['street_address', 'Laan van Meerdervoort 55']]],
    ['ze wonen aan de kerkstraat 14', [['street_address', 'kerkstraat 14']]],
    ['naar de Burgemeester Reigerstraat', [['street_address', 'Burgemeester Reigerstraat']]],
    // institutions typed in lowercase
    ['hij zit op obs de klimop', [['institution', 'obs de klimop']]],
    // places (warnings)
    ['ze groeide op in Oude Pekela', [['place', 'Oude Pekela']]],
    ['ze woont in Schiedam-Noord', [['place', 'Schiedam-Noord']]],
    ['hij zwerft rond in Overvecht', [['place', 'Overvecht']]],
    ['het azc in Ter Apel', [['place', 'Ter Apel']]],
    ['verhuisd naar Den Helder', [['place', 'Den Helder']]],
    ['in de wijk Woensel', [['place', 'Woensel']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'Storm en regen hielden hem thuis.',
    'Roos is de bloem die ze het mooist vindt.',
    'Hoop doet leven.',
    'Na de basisschool de laatste jaren ging het mis.',
    'Vader komt uit Marokko, moeder uit Turkije.',
    'We hebben via Teams overlegd.',
    'Het ligt op zijn Best.',
    'Jansen & Jansen is een strip.',
    'de juf en de meester',
  ])('leaves alone: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reports a place as a warning that can be accepted', () => {
    const [f] = findPrivacyIssues('Het gezin woont in Lelystad.');
    expect(f?.kind).toBe('place');
    expect(f?.severity).toBe('warn');
    expect(canAccept('place')).toBe(true);
    expect(findPrivacyIssues('Het gezin woont in Lelystad.', { acceptedMatches: ['Lelystad'] })).toEqual([]);
  });
});

describe('findPrivacyIssues: traps it leaves alone', () => {
  it.each([
    'de rekening BE68 5390 0754 7035 klopt niet',
    'In groep 7 zit hij naast de juf.',
    'Op 3 punten na.',
    'de leerling van 8 jaar',
    'twee keer per week, 3 keer per dag',
    'sinds de herfstvakantie',
    'in 2023 en in 2024',
    'om 8.30 uur en om 14:30',
    'De moeder en De vader',
    'Het Zorg en Veiligheidshuis en Veilig Thuis',
    'Jeugdhulp, Het kind, Meester vertelde',
    'Raad voor de Kinderbescherming',
    'De afstand is 1234 km.',
    'postcode 1234 SS bestaat niet',
    'In 2024-AB kwam het dossier binnen.',
    'ik zit @ school . nl is leuk',
    'we zijn er (at) home. Com on',
    'In 2023 En toen ging het mis.',
    'kind A en kind B',
    'Op 1-2 dagen per week',
    'de Kindertelefoon op 0800-0432',
    'Hij scoorde 85% en was 3,5 jaar.',
    'N.B. dit is belangrijk.',
    'Hij zit in JeugdzorgPlus en daarna in Jeugdzorg Plus.',
    'Ik ben de mentor.',
    'ik hoop dat ze morgen komt',
    'Hoop doet leven, zei mijn oma altijd.',
    'Hoop had ik niet meer, eerlijk gezegd.',
    'het sbo en het bo werken samen',
    'ik denk dat dat ook wel goed is',
    'hij vroeg of het al klaar was',
    'ik zie dat de storm weer opsteekt',
    'de koeien staan in de wei',
    'zeg tegen papa dat hij moet bellen',
    'we gaan straks bij oma langs',
    '',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('overlaps and ordering', () => {
  it('keeps an accepted detail in place: a weaker detection inside it does not surface instead', () => {
    const text = 'Hij woont aan de Lindelaan 12 en heet Daan.';
    expect(findPrivacyIssues(text).map((f) => [f.kind, f.match])).toEqual([
      ['street_address', 'Lindelaan 12'],
      ['name', 'Daan'],
    ]);
    expect(findPrivacyIssues(text, { acceptedMatches: ['Lindelaan 12', 'Daan'] })).toEqual([]);
  });

  it('prefers the more specific kind', () => {
    expect(found('geboren op 12-03-2015')).toEqual([['birth_date', '12-03-2015']]);
    expect(found('naar het Emma Kinderziekenhuis')).toEqual([['institution', 'Emma Kinderziekenhuis']]);
  });

  it('marks initials without the word after them when that word is "en"', () => {
    // Two detections of the same initials were merged into "a.b. en" when one of them took "en" for a surname.
    expect(findPrivacyIssues('moeder a.b. en kind r.m. komma beide nog niet aangemeld').map((f) => [f.kind, f.match])).toEqual([
      ['initials', 'a.b.'],
      ['initials', 'r.m.'],
    ]);
  });

  it('returns findings sorted by position with matching offsets', () => {
    const text = 'Sanne (geb. 12-03-2015) woont op de Kerkstraat 12, 1234 AB; bel 06-12345678 of mail s@x.nl.';
    const findings = findPrivacyIssues(text);
    expect(findings.map((f) => f.kind)).toEqual(['name', 'birth_date', 'street_address', 'postcode', 'phone', 'email']);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.match);
  });

  it('decorates every finding with a Dutch and English explanation and suggestion', () => {
    const [f] = findPrivacyIssues('geboren op 12-03-2015');
    expect(f?.message.nl).toMatch(/geboortedatum/i);
    expect(f?.message.en).toMatch(/date of birth/i);
    expect(f?.suggestion.nl).toContain('leeftijd');
    expect(f?.severity).toBe('indirect');
    for (const kind of PRIVACY_KIND_ORDER) {
      const info = PRIVACY_KINDS[kind];
      expect(info.message.nl.length).toBeGreaterThan(20);
      expect(info.message.en.length).toBeGreaterThan(20);
      expect(info.suggestion.nl.length).toBeGreaterThan(10);
      expect(info.suggestion.en.length).toBeGreaterThan(10);
    }
  });
});

describe('accepted matches (false positives marked by the inbrenger)', () => {
  it('drops an accepted name, institution or date', () => {
    const text = 'We noemen haar Dewi; ze zit op De Regenboog sinds 14 februari.';
    expect(found(text).map(([k]) => k)).toEqual(['name', 'institution', 'date']);
    const rest = findPrivacyIssues(text, { acceptedMatches: ['Dewi', 'De Regenboog', '14 februari'] });
    expect(rest).toEqual([]);
  });

  it('only drops exact matches', () => {
    expect(findPrivacyIssues('juf Anja', { acceptedMatches: ['anja'] })).toHaveLength(1);
  });

  it.each(['123456782', 'a@b.nl', '06-12345678', '1234 AB', '445566'])('never drops a direct identifier: %s', (match) => {
    const text = `BSN 123456782, a@b.nl, 06-12345678, 1234 AB, leerlingnummer 445566`;
    const all = findPrivacyIssues(text, { acceptedMatches: [match] });
    expect(all.some((f) => f.match === match)).toBe(true);
  });

  it('knows which kinds can be accepted', () => {
    for (const kind of ['bsn', 'email', 'phone', 'postcode', 'client_number'] as const) {
      expect(ALWAYS_FIX_KINDS.has(kind)).toBe(true);
      expect(canAccept(kind)).toBe(false);
    }
    for (const kind of ['name', 'initials', 'institution', 'date', 'birth_date', 'street_address'] as const) {
      expect(canAccept(kind)).toBe(true);
    }
  });
});

describe('checkCaseFields', () => {
  it('checks every field and names it', () => {
    const findings = checkCaseFields({
      title: 'Zorgen om een leerling in groep 7',
      context: 'Sanne zit op basisschool De Regenboog.',
      keyQuestion: 'Hoe krijg ik moeder (06-12345678) aan tafel?',
      tried: 'Twee keer per week een gesprek.',
      askOfGroup: 'Meedenken.',
    });
    expect(findings.map((f) => [f.field, f.kind, f.match])).toEqual([
      ['context', 'name', 'Sanne'],
      ['context', 'institution', 'basisschool De Regenboog'],
      ['keyQuestion', 'phone', '06-12345678'],
    ]);
  });

  it('applies accepted matches to every field', () => {
    const findings = checkCaseFields({ context: 'juf Anja', tried: 'met juf Anja en 06-12345678' }, ['Anja', '06-12345678']);
    expect(findings.map((f) => [f.field, f.kind])).toEqual([['tried', 'phone']]);
  });
});

describe('lowercase institutions, as dictated and chat text writes them', () => {
  it.each([
    ['bij huisartsenpraktijk de korenbloem in de wijk', 'huisartsenpraktijk de korenbloem'],
    ['ze gaat naar kdv de kleine reus en blijft tot zes', 'kdv de kleine reus'],
    ['de kraamzorg de wieg uit meppel', 'kraamzorg de wieg'],
    ['het dossier moet over naar cjg westland', 'cjg westland'],
    ['hij voetbalt bij vv halley op zaterdag', 'vv halley'],
    ['ze zit op het zuiderpark college in de tweede', 'zuiderpark college'],
    ['de opleiding aan het roc van amsterdam', 'roc van amsterdam'],
    ['stage bij bakkerij van der ploeg vanaf maart', 'bakkerij van der ploeg'],
    ['hij werkt bij garage hoekstra', 'garage hoekstra'],
    ['hij voetbalt bij vv Hollandia op zaterdag', 'vv Hollandia'],
    ['bij vv de zwaluwen wil hij niet meer', 'vv de zwaluwen'],
  ])('%s', (text, institution) => {
    expect(findPrivacyIssues(text).filter((f) => f.kind === 'institution').map((f) => f.match)).toEqual([institution]);
  });

  it.each([
    'wie heeft in de praktijk het gezag, de moeder of de voogd?',
    'kdv signaleert vaker blauwe plekken',
    'het academisch ziekenhuis wil een nieuwe scan',
    'we gaan met de groep naar het zwembad de hele middag',
    'de apotheek gebeld over de dosering',
    'hij ligt in het nieuwe ziekenhuis',
    'zolang moeder in het ziekenhuis ligt',
    'bij ons houdt het wijkteam de regie',
    'hij wil later een eigen garage hebben',
    'het consultatiebureau de gegevens laten sturen',
  ])('not in "%s"', (text) => {
    expect(findPrivacyIssues(text)).toEqual([]);
  });
});

describe('lowercase places in dictated text', () => {
  it.each([
    ['moeder woont in eh purmerend en komt nooit', 'purmerend'],
    ['haar zus in den haag wil helpen', 'den haag'],
    ['ze komen uit de bilt', 'de bilt'],
    ['hij zit bij een vriend in de schilderswijk', 'schilderswijk'],
    ['hij hangt vooral rond in lombokkwartier en komt laat thuis', 'lombokkwartier'],
  ])('%s', (text, place) => {
    expect(findPrivacyIssues(text).filter((f) => f.kind === 'place').map((f) => f.match)).toEqual([place]);
  });

  it.each(['ik werk al acht jaar in de wijk', 'in den beginne was het lastig', 'in eh de klas zit ze vooraan', 'in de nieuwbouwwijk is het rustig'])('not in "%s"', (text) => {
    expect(findPrivacyIssues(text)).toEqual([]);
  });
});
