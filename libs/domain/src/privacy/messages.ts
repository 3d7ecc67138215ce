import type { LocalizedText, PrivacyKind, PrivacySeverity } from './types.js';

export interface KindInfo {
  readonly label: LocalizedText;
  readonly message: LocalizedText;
  readonly suggestion: LocalizedText;
  readonly severity: PrivacySeverity;
}

/** Labels, explanations (why it identifies) and rewrite suggestions per kind, in Dutch and English. */
export const PRIVACY_KINDS: Readonly<Record<PrivacyKind, KindInfo>> = {
  bsn: {
    label: { nl: 'BSN', en: 'Citizen service number (BSN)' },
    message: {
      nl: 'Dit is een burgerservicenummer (het klopt volgens de 11-proef). Een BSN wijst precies één persoon aan, ook buiten deze groep.',
      en: 'This is a citizen service number (it passes the 11-check). A BSN points to exactly one person, also outside this group.',
    },
    suggestion: {
      nl: 'Verwijder het BSN. Voor intervisie is het nooit nodig.',
      en: 'Remove the BSN. It is never needed for peer consultation.',
    },
    severity: 'direct',
  },
  client_number: {
    label: { nl: 'Cliënt-, leerling- of rekeningnummer', en: 'Client, student or account number' },
    message: {
      nl: 'Dit lijkt een cliënt-, leerling-, dossier- of rekeningnummer (IBAN). Een nummer in plaats van een naam is geen anonimisering: het blijft herleidbaar tot het kind of het gezin.',
      en: 'This looks like a client, student, file or bank account number (IBAN). A number instead of a name is not anonymisation: it still leads back to the child or the family.',
    },
    suggestion: {
      nl: 'Verwijder het nummer; schrijf hooguit "het dossier" of "de leerling".',
      en: 'Remove the number; write "the file" or "the student" at most.',
    },
    severity: 'direct',
  },
  email: {
    label: { nl: 'E-mailadres', en: 'E-mail address' },
    message: {
      nl: 'Een e-mailadres hoort bij één persoon of gezin en bevat vaak de naam.',
      en: 'An e-mail address belongs to one person or family and often contains the name.',
    },
    suggestion: {
      nl: 'Verwijder het e-mailadres; schrijf zo nodig "ik mailde de moeder".',
      en: 'Remove the e-mail address; if needed write "I e-mailed the mother".',
    },
    severity: 'direct',
  },
  phone: {
    label: { nl: 'Telefoonnummer', en: 'Phone number' },
    message: {
      nl: 'Een telefoonnummer is rechtstreeks herleidbaar tot een persoon of gezin.',
      en: 'A phone number leads straight to a person or family.',
    },
    suggestion: {
      nl: 'Verwijder het telefoonnummer; schrijf zo nodig "ik belde de vader".',
      en: 'Remove the phone number; if needed write "I called the father".',
    },
    severity: 'direct',
  },
  postcode: {
    label: { nl: 'Postcode', en: 'Postcode' },
    message: {
      nl: 'Een volledige postcode wijst een straat of een paar huizen aan. Samen met leeftijd en geslacht is het kind dan snel te herkennen.',
      en: 'A full postcode points to one street or a few houses. Together with age and sex the child is then easy to recognise.',
    },
    suggestion: {
      nl: 'Verwijder de postcode; beschrijf hooguit het soort buurt ("een wijk met veel flats") als dat ertoe doet.',
      en: 'Remove the postcode; at most describe the kind of neighbourhood ("an area with many flats") if it matters.',
    },
    severity: 'direct',
  },
  street_address: {
    label: { nl: 'Adres', en: 'Street address' },
    message: {
      nl: 'Een straat (met huisnummer) is een adres en wijst het gezin aan.',
      en: 'A street (with house number) is an address and points to the family.',
    },
    suggestion: {
      nl: 'Laat het adres weg; beschrijf zo nodig de woonsituatie ("een kleine flat", "een huis zonder tuin").',
      en: 'Leave out the address; if needed describe the living situation ("a small flat", "a house without a garden").',
    },
    severity: 'direct',
  },
  date: {
    label: { nl: 'Datum', en: 'Date' },
    message: {
      nl: 'Een exacte datum maakt een gebeurtenis herkenbaar voor iedereen die erbij was of ervan hoorde.',
      en: 'An exact date makes an event recognisable to everyone who was there or heard about it.',
    },
    suggestion: {
      nl: 'Gebruik een globale aanduiding zoals "vorig voorjaar", "na de zomervakantie" of "een paar weken geleden".',
      en: 'Use a rough indication such as "last spring", "after the summer holiday" or "a few weeks ago".',
    },
    severity: 'indirect',
  },
  birth_date: {
    label: { nl: 'Geboortedatum', en: 'Date of birth' },
    message: {
      nl: 'Een geboortedatum is, samen met geslacht en woonplaats, genoeg om een kind te herkennen.',
      en: 'A date of birth, together with sex and place of residence, is enough to recognise a child.',
    },
    suggestion: {
      nl: 'Gebruik een leeftijd of leeftijdsgroep in plaats van een geboortedatum ("een jongen van 9", "een tiener").',
      en: 'Use an age or age group instead of a date of birth ("a boy of 9", "a teenager").',
    },
    severity: 'indirect',
  },
  initials: {
    label: { nl: 'Initialen', en: 'Initials' },
    message: {
      nl: 'Initialen zijn geen anonimisering: in een kleine kring herkent men de persoon er direct aan.',
      en: 'Initials are not anonymisation: in a small circle people recognise the person straight away.',
    },
    suggestion: {
      nl: 'Schrijf "de leerling", "de moeder" of een fictieve aanduiding zoals "kind A".',
      en: 'Write "the student", "the mother" or a fictitious label such as "child A".',
    },
    severity: 'direct',
  },
  name: {
    label: { nl: 'Naam', en: 'Name' },
    message: {
      nl: 'Dit lijkt een persoonsnaam (van een kind, ouder, familielid of professional). Een naam maakt de casus herleidbaar.',
      en: 'This looks like a personal name (of a child, parent, relative or professional). A name makes the case traceable.',
    },
    suggestion: {
      nl: 'Schrijf "de leerling", "de moeder" of een fictieve naam zoals "kind A". Is het geen naam, markeer het dan als niet herleidbaar.',
      en: 'Write "the student", "the mother" or a fictitious name such as "child A". If it is not a name, mark it as not identifying.',
    },
    severity: 'direct',
  },
  institution: {
    label: { nl: 'School of instelling', en: 'School or institution' },
    message: {
      nl: 'De naam van een school, opvang of instelling maakt samen met de rest van de casus het kind en de betrokken professionals herkenbaar.',
      en: 'The name of a school, childcare or institution, together with the rest of the case, makes the child and the professionals involved recognisable.',
    },
    suggestion: {
      nl: 'Noem het soort in plaats van de naam: "een basisschool", "een kinderdagverblijf", "een ziekenhuis", "een jeugdhulpaanbieder".',
      en: 'Name the type instead: "a primary school", "a day-care centre", "a hospital", "a youth-care provider".',
    },
    severity: 'indirect',
  },
  place: {
    label: { nl: 'Plaats of wijk', en: 'Place or neighbourhood' },
    message: {
      nl: 'Een woonplaats, dorp of wijk maakt een kind samen met leeftijd, school of gezinssituatie snel herkenbaar, zeker in een kleine plaats.',
      en: 'A town, village or neighbourhood, together with age, school or family situation, quickly makes a child recognisable, especially in a small place.',
    },
    suggestion: {
      nl: 'Noem de plaats alleen als die ertoe doet, en dan zo globaal mogelijk: "een dorp in het noorden", "een grote stad", "een wijk met veel flats".',
      en: 'Name the place only if it matters, and then as broadly as possible: "a village in the north", "a big city", "a neighbourhood with many flats".',
    },
    severity: 'warn',
  },
};
