/**
 * The sixty-fourth tuning set: the rules of the round on GK to GO, each with clean traps. Tuned on by the rules and, like
 * rules-ft.ts, kept out of the context model's training.
 */
import type { PrivacyKind } from '../types.js';
import type { CorpusSentence, ExpectedFinding } from './casus-sentences.js';

const e = (kind: PrivacyKind, match: string): ExpectedFinding => ({ kind, match });

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
