/**
 * The sixty-third tuning set: the rules of the round on GF to GJ, each with clean traps. Tuned on by the rules and, like
 * rules-ft.ts, kept out of the context model's training.
 */
import type { PrivacyKind } from '../types.js';
import type { CorpusSentence, ExpectedFinding } from './casus-sentences.js';

const e = (kind: PrivacyKind, match: string): ExpectedFinding => ({ kind, match });

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
