import { carryForwardProblems } from './carry-forward.js';
import { STEP_KINDS, isStepKind } from './step-kinds.js';
import type { StepKindDefinition } from './step-kinds.js';
import type { LocalizedText, Method, MethodStep, PresenterMode, Role, StepInstructions } from './types.js';
import { BOARD_SHAPES, PRESENTER_MODES, REQUIRED_ROLES, ROLES } from './types.js';

/** A live intervisie longer than this is not an intervisie any more. */
export const MAX_METHOD_MINUTES = 240;
export const MAX_STEPS = 40;
export const MIN_GROUP_SIZE = 3;
export const MAX_GROUP_SIZE = 50;

export const METHOD_PROBLEM_CODES = [
  'not_an_object',
  'required',
  'invalid_type',
  'invalid_id',
  'empty_text',
  'unknown_field',
  'invalid_version',
  'invalid_group_size',
  'min_above_max',
  'unknown_role',
  'duplicate_role',
  'missing_role',
  'no_steps',
  'too_many_steps',
  'duplicate_step_id',
  'unknown_kind',
  'missing_timebox',
  'invalid_timebox',
  'too_long',
  'writer_not_in_roles',
  'nobody_may_write',
  'writers_without_board',
  'unknown_presenter_mode',
  'presenter_mode_not_allowed',
  'private_drafts_not_supported',
  'board_mismatch',
  'takes_from_not_supported',
  'takes_from_unknown',
  'takes_from_not_earlier',
  'takes_from_wrong_source',
  'presenter_cannot_mark',
  'agreements_not_supported',
] as const;
export type MethodProblemCode = (typeof METHOD_PROBLEM_CODES)[number];

export interface MethodProblem {
  /** Where in the JSON, e.g. `steps[2].timeboxMinutes`; empty for the whole document. */
  readonly path: string;
  readonly code: MethodProblemCode;
  /** Dutch, written for the facilitator who composed the method. */
  readonly message: string;
}

export type MethodValidation =
  | { readonly ok: true; readonly method: Method }
  | { readonly ok: false; readonly problems: readonly MethodProblem[] };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 64;
/** Highest method version accepted: far beyond any real history, well inside a PostgreSQL integer. */
export const MAX_METHOD_VERSION = 1_000_000;

const METHOD_FIELDS = ['id', 'version', 'name', 'description', 'whenToUse', 'roles', 'minGroupSize', 'maxGroupSize', 'steps'];
const STEP_FIELDS = ['id', 'kind', 'title', 'instructions', 'timeboxMinutes', 'writers', 'presenterMode', 'privateDrafts', 'board', 'takesFrom', 'agreements'];
/** A step id, or `case.<field>` for a casus field (see carry-forward.ts). */
const TAKES_FROM = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*|case\.[A-Za-z]+)$/;
const INSTRUCTION_FIELDS = ['facilitator', 'presenter', 'participants'] as const;
const EMPTY_TEXT: LocalizedText = { nl: '', en: '' };

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** Collects problems while reading; every reader returns a usable fallback so reading goes on. */
class Reader {
  readonly problems: MethodProblem[] = [];

  report(path: string, code: MethodProblemCode, message: string): void {
    this.problems.push({ path, code, message });
  }

  unknownFields(value: Json, allowed: readonly string[], path: string): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.report(join(path, key), 'unknown_field', `Het veld "${key}" is onbekend.`);
    }
  }

  slug(value: unknown, path: string, what: string): string {
    if (value === undefined) {
      this.report(path, 'required', `${what} ontbreekt.`);
      return '';
    }
    if (typeof value !== 'string' || !SLUG.test(value) || value.length > MAX_SLUG_LENGTH) {
      this.report(
        path,
        'invalid_id',
        `${what} mag alleen kleine letters, cijfers en streepjes bevatten (hooguit ${MAX_SLUG_LENGTH} tekens), bijvoorbeeld "mijn-methode".`,
      );
      return typeof value === 'string' ? value : '';
    }
    return value;
  }

  /** Dutch is required, English falls back to Dutch. */
  text(value: unknown, path: string, what: string, required: boolean): LocalizedText {
    if (value === undefined && !required) return EMPTY_TEXT;
    if (value === undefined) {
      this.report(path, 'required', `${what} ontbreekt.`);
      return EMPTY_TEXT;
    }
    if (!isRecord(value)) {
      this.report(path, 'invalid_type', `${what} moet een tekst in het Nederlands (nl) en eventueel Engels (en) zijn.`);
      return EMPTY_TEXT;
    }
    this.unknownFields(value, ['nl', 'en'], path);
    const nl = value['nl'];
    const en = value['en'];
    let dutch = '';
    if (typeof nl !== 'string' || nl.trim() === '') {
      this.report(join(path, 'nl'), 'empty_text', `${what} heeft een Nederlandse tekst nodig.`);
    } else {
      dutch = nl.trim();
    }
    if (en !== undefined && typeof en !== 'string') {
      this.report(join(path, 'en'), 'invalid_type', `De Engelse tekst van ${what.toLowerCase()} moet tekst zijn.`);
    }
    const english = typeof en === 'string' && en.trim() !== '' ? en.trim() : dutch;
    return { nl: dutch, en: english };
  }

  groupSize(value: unknown, path: string, what: string): number | undefined {
    if (value === undefined) {
      this.report(path, 'required', `${what} ontbreekt.`);
      return undefined;
    }
    if (typeof value !== 'number' || !Number.isInteger(value) || value < MIN_GROUP_SIZE || value > MAX_GROUP_SIZE) {
      this.report(
        path,
        'invalid_group_size',
        `${what} moet een heel getal zijn van ${MIN_GROUP_SIZE} tot en met ${MAX_GROUP_SIZE} (inbrenger, gespreksleider en minstens één deelnemer).`,
      );
      return undefined;
    }
    return value;
  }

  roleList(value: unknown, path: string, what: string): Role[] | undefined {
    if (!Array.isArray(value)) {
      this.report(path, 'invalid_type', `${what} moet een lijst met rollen zijn.`);
      return undefined;
    }
    const roles: Role[] = [];
    value.forEach((raw: unknown, index) => {
      const itemPath = join(path, index);
      if (typeof raw !== 'string' || !(ROLES as readonly string[]).includes(raw)) {
        this.report(itemPath, 'unknown_role', `"${String(raw)}" is geen bekende rol. Kies uit: ${ROLES.join(', ')}.`);
        return;
      }
      const role = raw as Role;
      if (roles.includes(role)) {
        this.report(itemPath, 'duplicate_role', `De rol "${role}" staat er dubbel in.`);
        return;
      }
      roles.push(role);
    });
    return roles;
  }
}

function readRoles(reader: Reader, value: unknown): readonly Role[] {
  if (value === undefined) return REQUIRED_ROLES;
  const roles = reader.roleList(value, 'roles', 'Rollen');
  if (!roles) return REQUIRED_ROLES;
  for (const required of REQUIRED_ROLES) {
    if (!roles.includes(required)) {
      reader.report('roles', 'missing_role', `Elke methode heeft de rol "${required}" nodig.`);
    }
  }
  return roles;
}

function readInstructions(reader: Reader, value: unknown, path: string, defaults: StepInstructions | undefined): StepInstructions {
  const fallback: StepInstructions = defaults ?? { facilitator: EMPTY_TEXT, presenter: EMPTY_TEXT, participants: EMPTY_TEXT };
  if (value === undefined) return fallback;
  if (!isRecord(value)) {
    reader.report(path, 'invalid_type', 'De instructies moeten per rol (facilitator, presenter, participants) een tekst hebben.');
    return fallback;
  }
  reader.unknownFields(value, INSTRUCTION_FIELDS, path);
  const read = (role: (typeof INSTRUCTION_FIELDS)[number], label: string): LocalizedText =>
    value[role] === undefined ? fallback[role] : reader.text(value[role], join(path, role), `De instructie voor ${label}`, true);
  return {
    facilitator: read('facilitator', 'de gespreksleider'),
    presenter: read('presenter', 'de inbrenger'),
    participants: read('participants', 'de deelnemers'),
  };
}

function readTimebox(reader: Reader, value: unknown, path: string): number {
  if (value === undefined || value === null) {
    reader.report(path, 'missing_timebox', 'Deze stap heeft geen tijdsduur. Geef het aantal minuten op.');
    return 0;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_METHOD_MINUTES) {
    reader.report(path, 'invalid_timebox', `De tijdsduur moet een heel aantal minuten zijn, van 1 tot en met ${MAX_METHOD_MINUTES}.`);
    return 0;
  }
  return value;
}

function readPresenterMode(reader: Reader, value: unknown, path: string, definition: StepKindDefinition | undefined): PresenterMode {
  const fallback = definition?.defaults.presenterMode ?? 'listens';
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(PRESENTER_MODES as readonly string[]).includes(value)) {
    reader.report(path, 'unknown_presenter_mode', `Wat de inbrenger doet, moet een van deze zijn: ${PRESENTER_MODES.join(', ')}.`);
    return fallback;
  }
  const mode = value as PresenterMode;
  if (definition && !definition.allowedPresenterModes.includes(mode)) {
    reader.report(
      path,
      'presenter_mode_not_allowed',
      `Bij een stap van het soort "${definition.label.nl}" kan de inbrenger alleen: ${definition.allowedPresenterModes.join(', ')}.`,
    );
  }
  return mode;
}

function readStep(reader: Reader, value: unknown, index: number, methodRoles: readonly Role[]): MethodStep | undefined {
  const path = join('steps', index);
  if (!isRecord(value)) {
    reader.report(path, 'not_an_object', `Stap ${index + 1} moet een object zijn.`);
    return undefined;
  }
  reader.unknownFields(value, STEP_FIELDS, path);
  const id = reader.slug(value['id'], join(path, 'id'), `Het id van stap ${index + 1}`);

  const rawKind = value['kind'];
  let definition: StepKindDefinition | undefined;
  if (rawKind === undefined) {
    reader.report(join(path, 'kind'), 'required', `Stap ${index + 1} heeft geen soort (kind).`);
  } else if (!isStepKind(rawKind)) {
    reader.report(join(path, 'kind'), 'unknown_kind', `"${String(rawKind)}" is geen bekend soort stap.`);
  } else {
    definition = STEP_KINDS[rawKind];
  }

  // Without a known kind there is no default title, but the unknown kind is the problem to report.
  const title =
    value['title'] === undefined
      ? (definition?.label ?? EMPTY_TEXT)
      : reader.text(value['title'], join(path, 'title'), `De titel van stap ${index + 1}`, true);
  const instructions = readInstructions(reader, value['instructions'], join(path, 'instructions'), definition?.defaults.instructions);
  const timeboxMinutes = readTimebox(reader, value['timeboxMinutes'], join(path, 'timeboxMinutes'));

  let writers: readonly Role[] = definition?.defaults.writers.filter((role) => methodRoles.includes(role)) ?? [];
  if (value['writers'] !== undefined) {
    const listed = reader.roleList(value['writers'], join(path, 'writers'), 'Wie mag schrijven');
    if (listed) {
      listed.forEach((role) => {
        if (!methodRoles.includes(role)) {
          reader.report(
            join(path, 'writers'),
            'writer_not_in_roles',
            `De rol "${role}" mag hier schrijven, maar komt in de rollen van de methode niet voor.`,
          );
        }
      });
      writers = listed;
    }
  }

  const presenterMode = readPresenterMode(reader, value['presenterMode'], join(path, 'presenterMode'), definition);

  let privateDrafts = definition?.defaults.privateDrafts ?? false;
  const rawDrafts = value['privateDrafts'];
  if (rawDrafts !== undefined && typeof rawDrafts !== 'boolean') {
    reader.report(join(path, 'privateDrafts'), 'invalid_type', 'privateDrafts moet true of false zijn.');
  } else if (typeof rawDrafts === 'boolean') {
    privateDrafts = rawDrafts;
    if (rawDrafts && definition && !definition.supportsPrivateDrafts) {
      reader.report(
        join(path, 'privateDrafts'),
        'private_drafts_not_supported',
        `Bij een stap van het soort "${definition.label.nl}" kunnen bijdragen niet eerst privé blijven.`,
      );
    }
  }

  const rawBoard = value['board'];
  if (rawBoard !== undefined && definition && rawBoard !== definition.board) {
    reader.report(
      join(path, 'board'),
      'board_mismatch',
      `Een stap van het soort "${definition.label.nl}" gebruikt het bord "${definition.board}", niet "${String(rawBoard)}".`,
    );
  } else if (rawBoard !== undefined && !(BOARD_SHAPES as readonly unknown[]).includes(rawBoard)) {
    reader.report(join(path, 'board'), 'board_mismatch', `"${String(rawBoard)}" is geen bekend bord.`);
  }

  if (definition) {
    if (definition.needsInput && writers.length === 0) {
      reader.report(
        join(path, 'writers'),
        'nobody_may_write',
        `In stap ${index + 1} ("${title.nl}") wordt geschreven, maar niemand mag schrijven. Geef minstens één rol schrijfrecht.`,
      );
    }
    if (definition.board === 'none' && writers.length > 0) {
      reader.report(join(path, 'writers'), 'writers_without_board', `Stap ${index + 1} heeft geen bord, dus niemand kan erop schrijven.`);
    }
  }

  let takesFrom: string | null = null;
  const rawTakesFrom = value['takesFrom'];
  if (rawTakesFrom !== undefined && rawTakesFrom !== null) {
    if (typeof rawTakesFrom !== 'string' || rawTakesFrom.length > MAX_SLUG_LENGTH + 5 || !TAKES_FROM.test(rawTakesFrom)) {
      reader.report(join(path, 'takesFrom'), 'invalid_type', 'takesFrom moet het id van een eerdere stap zijn, of een veld van de casus zoals "case.keyQuestion".');
    } else {
      takesFrom = rawTakesFrom;
    }
  }
  let agreements = false;
  const rawAgreements = value['agreements'];
  if (rawAgreements !== undefined && typeof rawAgreements !== 'boolean') {
    reader.report(join(path, 'agreements'), 'invalid_type', 'agreements moet true of false zijn.');
  } else if (rawAgreements === true) {
    agreements = true;
  }

  if (!definition) return undefined;
  return { id, kind: definition.kind, title, instructions, timeboxMinutes, writers, presenterMode, privateDrafts, board: definition.board, takesFrom, agreements };
}

/**
 * Reads a facilitator's own method from JSON. Reports every problem at once, each with a
 * path and a Dutch message, so the editor can mark all fields in one go. Optional step
 * fields (title, instructions, writers, presenter mode, drafts) default to the kind's.
 */
export function validateMethod(json: unknown): MethodValidation {
  const reader = new Reader();
  if (!isRecord(json)) {
    reader.report('', 'not_an_object', 'Een methode moet een JSON-object zijn.');
    return { ok: false, problems: reader.problems };
  }
  reader.unknownFields(json, METHOD_FIELDS, '');
  const id = reader.slug(json['id'], 'id', 'Het id van de methode');

  let version = 1;
  const rawVersion = json['version'];
  if (rawVersion !== undefined) {
    // Bounded: the version is stored as a PostgreSQL integer (1e308 is an integer to JavaScript).
    if (typeof rawVersion !== 'number' || !Number.isInteger(rawVersion) || rawVersion < 1 || rawVersion > MAX_METHOD_VERSION) {
      reader.report('version', 'invalid_version', `De versie moet een heel getal van 1 tot en met ${MAX_METHOD_VERSION} zijn.`);
    } else {
      version = rawVersion;
    }
  }

  const name = reader.text(json['name'], 'name', 'De naam', true);
  const description = reader.text(json['description'], 'description', 'De beschrijving', false);
  const whenToUse = reader.text(json['whenToUse'], 'whenToUse', 'Wanneer je de methode gebruikt', false);
  const roles = readRoles(reader, json['roles']);

  const minGroupSize = reader.groupSize(json['minGroupSize'], 'minGroupSize', 'De minimale groepsgrootte');
  const maxGroupSize = reader.groupSize(json['maxGroupSize'], 'maxGroupSize', 'De maximale groepsgrootte');
  if (minGroupSize !== undefined && maxGroupSize !== undefined && minGroupSize > maxGroupSize) {
    reader.report('minGroupSize', 'min_above_max', 'De minimale groepsgrootte is groter dan de maximale.');
  }

  const rawSteps = json['steps'];
  const steps: MethodStep[] = [];
  if (rawSteps === undefined) {
    reader.report('steps', 'no_steps', 'De methode heeft geen stappen.');
  } else if (!Array.isArray(rawSteps)) {
    reader.report('steps', 'invalid_type', 'De stappen moeten een lijst zijn.');
  } else if (rawSteps.length === 0) {
    reader.report('steps', 'no_steps', 'De methode heeft geen stappen. Voeg minstens één stap toe.');
  } else {
    if (rawSteps.length > MAX_STEPS) {
      reader.report('steps', 'too_many_steps', `Een methode heeft hooguit ${MAX_STEPS} stappen.`);
    }
    const seenIds = new Map<string, number>();
    rawSteps.forEach((raw: unknown, index) => {
      const step = readStep(reader, raw, index, roles);
      const rawId = isRecord(raw) ? raw['id'] : undefined;
      if (typeof rawId === 'string' && rawId !== '') {
        const first = seenIds.get(rawId);
        if (first !== undefined) {
          reader.report(
            join(join('steps', index), 'id'),
            'duplicate_step_id',
            `Stap ${index + 1} heeft hetzelfde id ("${rawId}") als stap ${first + 1}. Elk id mag maar één keer voorkomen.`,
          );
        } else {
          seenIds.set(rawId, index);
        }
      }
      if (step) steps.push(step);
    });
    // Only when every step was read: a reference to a step that failed to read would be reported twice.
    if (steps.length === rawSteps.length) {
      for (const problem of carryForwardProblems(steps)) {
        reader.report(join(join('steps', problem.stepIndex), problem.field), problem.code, problem.message);
      }
    }
    const total = rawSteps.reduce((sum: number, raw: unknown) => {
      const minutes = isRecord(raw) ? raw['timeboxMinutes'] : undefined;
      return typeof minutes === 'number' && Number.isFinite(minutes) && minutes > 0 ? sum + minutes : sum;
    }, 0);
    if (total > MAX_METHOD_MINUTES) {
      reader.report(
        'steps',
        'too_long',
        `Alle stappen samen duren ${total} minuten; dat is meer dan ${MAX_METHOD_MINUTES / 60} uur. Kort stappen in of splits de bijeenkomst.`,
      );
    }
  }

  if (reader.problems.length > 0) return { ok: false, problems: reader.problems };
  return {
    ok: true,
    method: {
      id,
      version,
      name,
      description,
      whenToUse,
      roles,
      // Checked above: both are defined when there are no problems.
      minGroupSize: minGroupSize ?? MIN_GROUP_SIZE,
      maxGroupSize: maxGroupSize ?? MAX_GROUP_SIZE,
      steps,
    },
  };
}
