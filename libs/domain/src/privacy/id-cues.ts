/**
 * The words before a file, client or pupil number ("dossiernummer", "leerling-nr", "polisnummer"), as the stems before "nummer":
 * one list for the three patterns that read such a cue (written, spoken and the near-BSN check of numbers.ts and
 * dictated-numbers.ts), so that a cue learned for one is known to all. Regular-expression fragments, lowercase (the patterns
 * use the `i` flag).
 */
export const ID_NUMBER_STEMS: readonly string[] = [
  // People and their files.
  'burgerservice', 'sofi', 'cli[eë]nt', 'pati[eë]nt', 'leerling', 'student', 'deelnemer', 'jongere', 'kind', 'lid', 'bonds?', 'huurder',
  'dossier', 'registratie', 'inschrijf', 'referentie', 'relatie', 'klant', 'onderwijs', 'verzekerings', 'verzekerden', 'polis', 'pas', 'id',
  // Care, youth protection and the courts.
  'zorg', 'jgz', 'pleegzorg', 'gezins', 'voogdij', 'verwijs', 'melding', 'meldings', 'meld', 'aanmeld', 'mutatie', 'casus', 'zaak', 'parket',
  'reclasserings', 'rol', 'rekest', 'beschikkings', 'pv', 'aangifte', 'vreemdelingen', 'tolk', 'pupil',
  // Contracts, clubs and requests.
  'contract', 'huurcontract', 'zwem', 'aanvraag',
];

/** The stems as one alternation, for a pattern. */
export const ID_NUMBER_STEM_PATTERN = ID_NUMBER_STEMS.join('|');

/** The first letters of the stems, for a lookahead before a pattern that starts with them (text.ts, startsWithOneOf). */
export const ID_NUMBER_STEM_FIRST_LETTERS: readonly string[] = [...new Set(ID_NUMBER_STEMS.map((stem) => stem.charAt(0)))];
