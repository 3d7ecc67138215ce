import { STEP_KINDS, isStepKind } from './step-kinds.js';
import type { LocalizedText } from './types.js';

/**
 * The one catalogue of method validation texts. A problem carries a code (the message key),
 * language-neutral parameters and the path of the field; both languages are written here, from
 * the same parameters, so the api, the editor and the docs show the same words.
 */
export type Language = 'nl' | 'en';

/** Bounds, shared by the schema and its messages. */
export const MAX_METHOD_MINUTES = 240;
export const MAX_STEPS = 40;
export const MIN_GROUP_SIZE = 3;
export const MAX_GROUP_SIZE = 50;
/** Highest method version accepted: far beyond any real history, well inside a PostgreSQL integer. */
export const MAX_METHOD_VERSION = 1_000_000;
export const MAX_SLUG_LENGTH = 64;

export interface MethodProblemParams {
  /** The field, with list positions and the language left out: `steps.instructions.presenter`. */
  readonly field?: string;
  /** For a text: which language of it. */
  readonly language?: Language;
  /** 1-based step number, for anything inside a step. */
  readonly step?: number;
  /** The step's title, when the step could be read. */
  readonly title?: LocalizedText;
  /** The offending value (a role, kind, board, key or step id). */
  readonly value?: string;
  /** The values that would have been allowed. */
  readonly allowed?: readonly string[];
  readonly kind?: string;
  readonly board?: string;
  readonly total?: number;
  /** The 1-based number of the step that first used an id. */
  readonly first?: number;
}

type Message = (params: MethodProblemParams) => string;
type Entry = { readonly nl: Message; readonly en: Message };

/** What a field is called, per language (for "... ontbreekt" and the like). */
export const METHOD_FIELD_LABELS: Readonly<Record<string, LocalizedText>> = {
  '': { nl: 'De methode', en: 'The method' },
  id: { nl: 'Het id van de methode', en: 'The id of the method' },
  version: { nl: 'De versie', en: 'The version' },
  name: { nl: 'De naam', en: 'The name' },
  description: { nl: 'De beschrijving', en: 'The description' },
  whenToUse: { nl: 'Wanneer je de methode gebruikt', en: 'When to use the method' },
  roles: { nl: 'De rollen', en: 'The roles' },
  minGroupSize: { nl: 'De minimale groepsgrootte', en: 'The minimum group size' },
  maxGroupSize: { nl: 'De maximale groepsgrootte', en: 'The maximum group size' },
  steps: { nl: 'De stappen', en: 'The steps' },
  'steps.id': { nl: 'Het id van de stap', en: 'The id of the step' },
  'steps.kind': { nl: 'Het soort stap', en: 'The kind of step' },
  'steps.title': { nl: 'De titel van de stap', en: 'The title of the step' },
  'steps.instructions': { nl: 'De instructies', en: 'The instructions' },
  'steps.instructions.facilitator': { nl: 'De instructie voor de gespreksleider', en: 'The instruction for the facilitator' },
  'steps.instructions.presenter': { nl: 'De instructie voor de inbrenger', en: 'The instruction for the presenter' },
  'steps.instructions.participants': { nl: 'De instructie voor de deelnemers', en: 'The instruction for the participants' },
  'steps.timeboxMinutes': { nl: 'De tijdsduur', en: 'The duration' },
  'steps.writers': { nl: 'Wie mag schrijven', en: 'Who may write' },
  'steps.presenterMode': { nl: 'Wat de inbrenger doet', en: 'What the presenter does' },
  'steps.privateDrafts': { nl: 'Eerst privé schrijven', en: 'Private drafts first' },
  'steps.board': { nl: 'Het bord', en: 'The board' },
  'steps.takesFrom': { nl: 'Neemt over uit', en: 'Takes from' },
  'steps.agreements': { nl: 'Afspraken maken', en: 'Making agreements' },
};

/** What a field should have been, for `invalid_type`. */
const EXPECTED: Readonly<Record<string, LocalizedText>> = {
  roles: { nl: 'een lijst met rollen', en: 'a list of roles' },
  'steps.writers': { nl: 'een lijst met rollen', en: 'a list of roles' },
  steps: { nl: 'een lijst', en: 'a list' },
  'steps.instructions': {
    nl: 'per rol (facilitator, presenter, participants) een tekst',
    en: 'a text per role (facilitator, presenter, participants)',
  },
  'steps.privateDrafts': { nl: 'true of false', en: 'true or false' },
  'steps.agreements': { nl: 'true of false', en: 'true or false' },
  'steps.takesFrom': {
    nl: 'het id van een eerdere stap, of een veld van de casus zoals "case.keyQuestion"',
    en: 'the id of an earlier step, or a field of the case such as "case.keyQuestion"',
  },
};
const TEXT: LocalizedText = {
  nl: 'een tekst in het Nederlands (nl) en eventueel Engels (en)',
  en: 'a text in Dutch (nl) and optionally English (en)',
};

function label(params: MethodProblemParams, language: Language): string {
  const field = params.field ?? '';
  const known = METHOD_FIELD_LABELS[field];
  if (known) return known[language];
  return language === 'nl' ? `Het veld "${field}"` : `The field "${field}"`;
}

const lower = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** "Stap 3 ("Adviesronde")", or "Stap 3" when the title is not known. */
function stepRef(params: MethodProblemParams, language: Language): string {
  const word = language === 'nl' ? 'Stap' : 'Step';
  const title = params.title?.[language];
  return title ? `${word} ${params.step ?? '?'} ("${title}")` : `${word} ${params.step ?? '?'}`;
}

function kindLabel(kind: string | undefined, language: Language): string {
  return isStepKind(kind) ? STEP_KINDS[kind].label[language] : (kind ?? '?');
}

const list = (values: readonly string[] | undefined): string => (values ?? []).join(', ');

export const METHOD_MESSAGES = {
  not_an_object: {
    nl: (p) => (p.step ? `Stap ${p.step ?? '?'} moet een object zijn.` : 'Een methode moet een JSON-object zijn.'),
    en: (p) => (p.step ? `Step ${p.step ?? '?'} must be an object.` : 'A method must be a JSON object.'),
  },
  required: {
    nl: (p) => (p.field === 'steps.kind' ? `Stap ${p.step ?? '?'} heeft geen soort (kind).` : `${label(p, 'nl')}${p.step ? ` (stap ${p.step ?? '?'})` : ''} ontbreekt.`),
    en: (p) => (p.field === 'steps.kind' ? `Step ${p.step ?? '?'} has no kind.` : `${label(p, 'en')}${p.step ? ` (step ${p.step ?? '?'})` : ''} is missing.`),
  },
  invalid_type: {
    nl: (p) =>
      p.language === 'en'
        ? `De Engelse tekst van ${lower(label(p, 'nl'))} moet tekst zijn.`
        : `${label(p, 'nl')} moet ${(EXPECTED[p.field ?? ''] ?? TEXT).nl} zijn.`,
    en: (p) =>
      p.language === 'en'
        ? `The English text of ${lower(label(p, 'en'))} must be text.`
        : `${label(p, 'en')} must be ${(EXPECTED[p.field ?? ''] ?? TEXT).en}.`,
  },
  invalid_id: {
    nl: (p) => `${label(p, 'nl')} mag alleen kleine letters, cijfers en streepjes bevatten (hooguit ${MAX_SLUG_LENGTH} tekens), bijvoorbeeld "mijn-methode".`,
    en: (p) => `${label(p, 'en')} may only contain lower-case letters, digits and hyphens (at most ${MAX_SLUG_LENGTH} characters), for example "my-method".`,
  },
  empty_text: {
    nl: (p) => `${label(p, 'nl')} heeft een Nederlandse tekst nodig.`,
    en: (p) => `${label(p, 'en')} needs a Dutch text.`,
  },
  unknown_field: {
    nl: (p) => `Het veld "${p.value ?? '?'}" is onbekend.`,
    en: (p) => `The field "${p.value ?? '?'}" is unknown.`,
  },
  invalid_version: {
    nl: () => `De versie moet een heel getal van 1 tot en met ${MAX_METHOD_VERSION} zijn.`,
    en: () => `The version must be a whole number from 1 to ${MAX_METHOD_VERSION}.`,
  },
  invalid_group_size: {
    nl: (p) => `${label(p, 'nl')} moet een heel getal zijn van ${MIN_GROUP_SIZE} tot en met ${MAX_GROUP_SIZE} (inbrenger, gespreksleider en minstens één deelnemer).`,
    en: (p) => `${label(p, 'en')} must be a whole number from ${MIN_GROUP_SIZE} to ${MAX_GROUP_SIZE} (presenter, facilitator and at least one participant).`,
  },
  min_above_max: {
    nl: () => 'De minimale groepsgrootte is groter dan de maximale.',
    en: () => 'The minimum group size is larger than the maximum.',
  },
  unknown_role: {
    nl: (p) => `"${p.value ?? '?'}" is geen bekende rol. Kies uit: ${list(p.allowed)}.`,
    en: (p) => `"${p.value ?? '?'}" is not a known role. Choose from: ${list(p.allowed)}.`,
  },
  duplicate_role: {
    nl: (p) => `De rol "${p.value ?? '?'}" staat er dubbel in.`,
    en: (p) => `The role "${p.value ?? '?'}" is listed twice.`,
  },
  missing_role: {
    nl: (p) => `Elke methode heeft de rol "${p.value ?? '?'}" nodig.`,
    en: (p) => `Every method needs the role "${p.value ?? '?'}".`,
  },
  no_steps: {
    nl: () => 'De methode heeft geen stappen. Voeg minstens één stap toe.',
    en: () => 'The method has no steps. Add at least one step.',
  },
  too_many_steps: {
    nl: () => `Een methode heeft hooguit ${MAX_STEPS} stappen.`,
    en: () => `A method has at most ${MAX_STEPS} steps.`,
  },
  duplicate_step_id: {
    nl: (p) => `Stap ${p.step ?? '?'} heeft hetzelfde id ("${p.value ?? '?'}") als stap ${p.first ?? '?'}. Elk id mag maar één keer voorkomen.`,
    en: (p) => `Step ${p.step ?? '?'} has the same id ("${p.value ?? '?'}") as step ${p.first ?? '?'}. Each id may occur only once.`,
  },
  unknown_kind: {
    nl: (p) => `"${p.value ?? '?'}" is geen bekend soort stap.`,
    en: (p) => `"${p.value ?? '?'}" is not a known kind of step.`,
  },
  missing_timebox: {
    nl: () => 'Deze stap heeft geen tijdsduur. Geef het aantal minuten op.',
    en: () => 'This step has no duration. Give the number of minutes.',
  },
  invalid_timebox: {
    nl: () => `De tijdsduur moet een heel aantal minuten zijn, van 1 tot en met ${MAX_METHOD_MINUTES}.`,
    en: () => `The duration must be a whole number of minutes, from 1 to ${MAX_METHOD_MINUTES}.`,
  },
  too_long: {
    nl: (p) => `Alle stappen samen duren ${p.total ?? '?'} minuten; dat is meer dan ${MAX_METHOD_MINUTES / 60} uur. Kort stappen in of splits de bijeenkomst.`,
    en: (p) => `All steps together take ${p.total ?? '?'} minutes; that is more than ${MAX_METHOD_MINUTES / 60} hours. Shorten steps or split the meeting.`,
  },
  writer_not_in_roles: {
    nl: (p) => `De rol "${p.value ?? '?'}" mag hier schrijven, maar komt in de rollen van de methode niet voor.`,
    en: (p) => `The role "${p.value ?? '?'}" may write here, but it is not one of the method's roles.`,
  },
  nobody_may_write: {
    nl: (p) => `In ${lower(stepRef(p, 'nl'))} wordt geschreven, maar niemand mag schrijven. Geef minstens één rol schrijfrecht.`,
    en: (p) => `${stepRef(p, 'en')} is for writing, but nobody may write. Give at least one role the right to write.`,
  },
  writers_without_board: {
    nl: (p) => `${stepRef(p, 'nl')} heeft geen bord, dus niemand kan erop schrijven.`,
    en: (p) => `${stepRef(p, 'en')} has no board, so nobody can write on it.`,
  },
  unknown_presenter_mode: {
    nl: (p) => `Wat de inbrenger doet, moet een van deze zijn: ${list(p.allowed)}.`,
    en: (p) => `What the presenter does must be one of: ${list(p.allowed)}.`,
  },
  presenter_mode_not_allowed: {
    nl: (p) => `Bij een stap van het soort "${kindLabel(p.kind, 'nl')}" kan de inbrenger alleen: ${list(p.allowed)}.`,
    en: (p) => `In a step of the kind "${kindLabel(p.kind, 'en')}" the presenter can only: ${list(p.allowed)}.`,
  },
  private_drafts_not_supported: {
    nl: (p) => `Bij een stap van het soort "${kindLabel(p.kind, 'nl')}" kunnen bijdragen niet eerst privé blijven.`,
    en: (p) => `In a step of the kind "${kindLabel(p.kind, 'en')}" contributions cannot stay private first.`,
  },
  board_mismatch: {
    nl: (p) =>
      p.kind
        ? `Een stap van het soort "${kindLabel(p.kind, 'nl')}" gebruikt het bord "${p.board ?? '?'}", niet "${p.value ?? '?'}".`
        : `"${p.value ?? '?'}" is geen bekend bord.`,
    en: (p) =>
      p.kind ? `A step of the kind "${kindLabel(p.kind, 'en')}" uses the board "${p.board ?? '?'}", not "${p.value ?? '?'}".` : `"${p.value ?? '?'}" is not a known board.`,
  },
  takes_from_not_supported: {
    nl: (p) => `${stepRef(p, 'nl')} neemt geen werk over uit een eerdere stap.`,
    en: (p) => `${stepRef(p, 'en')} does not take work from an earlier step.`,
  },
  takes_from_unknown: {
    nl: (p) => `${stepRef(p, 'nl')} neemt over uit "${p.value ?? '?'}", maar die stap bestaat niet.`,
    en: (p) => `${stepRef(p, 'en')} takes from "${p.value ?? '?'}", but that step does not exist.`,
  },
  takes_from_not_earlier: {
    nl: (p) => `${stepRef(p, 'nl')} kan alleen overnemen uit een eerdere stap; "${p.value ?? '?'}" komt niet eerder.`,
    en: (p) => `${stepRef(p, 'en')} can only take from an earlier step; "${p.value ?? '?'}" does not come before it.`,
  },
  takes_from_wrong_source: {
    nl: (p) => {
      if (p.value?.startsWith('case.')) {
        return p.allowed && p.allowed.length > 0
          ? `${stepRef(p, 'nl')} kan uit de casus alleen overnemen: ${list(p.allowed)}.`
          : `${stepRef(p, 'nl')} neemt niets over uit de casus, alleen uit een eerdere stap.`;
      }
      return p.board ? `${stepRef(p, 'nl')} kan alleen kaarten overnemen; stap "${p.value ?? '?'}" heeft geen kaarten.` : `${stepRef(p, 'nl')} neemt alleen iets over uit de casus.`;
    },
    en: (p) => {
      if (p.value?.startsWith('case.')) {
        return p.allowed && p.allowed.length > 0
          ? `${stepRef(p, 'en')} can only take from the case: ${list(p.allowed)}.`
          : `${stepRef(p, 'en')} takes nothing from the case, only from an earlier step.`;
      }
      return p.board ? `${stepRef(p, 'en')} can only take cards; step "${p.value ?? '?'}" has no cards.` : `${stepRef(p, 'en')} only takes something from the case.`;
    },
  },
  presenter_cannot_mark: {
    nl: (p) =>
      `${stepRef(p, 'nl')} toont de adviezen, maar de inbrenger mag hier niet schrijven en kan dus niet aangeven wat aanspreekt. Geef de inbrenger schrijfrecht.`,
    en: (p) => `${stepRef(p, 'en')} shows the advice, but the presenter may not write here and so cannot mark what speaks to them. Give the presenter the right to write.`,
  },
  agreements_not_supported: {
    nl: (p) => `${stepRef(p, 'nl')} is geen stap waarin afspraken worden gemaakt. Dat kan in advies-, reactie- en afsluitende stappen.`,
    en: (p) => `${stepRef(p, 'en')} is not a step in which agreements are made. That is possible in advice, response and closing steps.`,
  },
} as const satisfies Record<string, Entry>;

export type MethodProblemCode = keyof typeof METHOD_MESSAGES;
export const METHOD_PROBLEM_CODES = Object.keys(METHOD_MESSAGES) as MethodProblemCode[];

export function isMethodProblemCode(value: unknown): value is MethodProblemCode {
  return typeof value === 'string' && Object.hasOwn(METHOD_MESSAGES, value);
}

/** The text of a problem in one language, from the catalogue. */
export function methodProblemText(problem: { readonly code: MethodProblemCode; readonly params: MethodProblemParams }, language: Language): string {
  return METHOD_MESSAGES[problem.code][language](problem.params);
}
