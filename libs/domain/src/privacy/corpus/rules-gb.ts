/**
 * The sixty-second tuning set: the rules of the round on GB to GE, each with clean traps. Tuned on by the rules and, like
 * rules-ft.ts, kept out of the context model's training.
 */
import type { PrivacyKind } from '../types.js';
import type { CorpusSentence, ExpectedFinding } from './casus-sentences.js';

const e = (kind: PrivacyKind, match: string): ExpectedFinding => ({ kind, match });

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
