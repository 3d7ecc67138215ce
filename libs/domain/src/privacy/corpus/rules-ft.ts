/**
 * The sixty-first tuning set: the rules of the round on FT to GA, each with clean traps. Tuned on by the rules, but kept out of
 * the context model's training (train-context-model.ts reads casus-sentences.ts and the held-out batches only): trained on these 24
 * sentences, the model moved 58 labelled findings across its threshold (31 gained, 29 lost) and raised one false alarm.
 */
import type { PrivacyKind } from '../types.js';
import type { CorpusSentence, ExpectedFinding } from './casus-sentences.js';

const e = (kind: PrivacyKind, match: string): ExpectedFinding => ({ kind, match });

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
