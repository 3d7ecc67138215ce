import { z } from 'zod';
import { carryForwardProblems } from './carry-forward.js';
import {
  MAX_GROUP_SIZE,
  MAX_METHOD_MINUTES,
  MAX_METHOD_VERSION,
  MAX_SLUG_LENGTH,
  MAX_STEPS,
  MIN_GROUP_SIZE,
  isMethodProblemCode,
  methodProblemText,
} from './method-messages.js';
import type { MethodProblemCode, MethodProblemParams } from './method-messages.js';
import { STEP_KINDS } from './step-kinds.js';
import type { LocalizedText, Method, MethodStep, Role, StepInstructions } from './types.js';
import { BOARD_SHAPES, PRESENTER_MODES, REQUIRED_ROLES, ROLES, STEP_KIND_IDS } from './types.js';

/**
 * A method definition as a zod schema. Fields are checked one by one (every problem is reported,
 * not only the first); the rules that look at more than one field (writers per step kind, presenter
 * modes, private drafts, the board, unique step ids, what a step takes from, agreements, the total
 * time) are refinements that run on whatever could be read. Each issue's message is a key of the
 * catalogue in method-messages.ts; `validateMethod` turns issues into keyed problems with a path.
 */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A step id, or `case.<field>` for a casus field (see carry-forward.ts). */
const TAKES_FROM = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*|case\.[A-Za-z]+)$/;
const EMPTY_TEXT: LocalizedText = { nl: '', en: '' };

/**
 * Refinements that look across fields run even when some field failed (so all problems show at
 * once), as long as the value is the container they read.
 */
const WHEN_LIST = { when: (payload: { value: unknown }) => Array.isArray(payload.value) };
const WHEN_OBJECT = { when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value) };

/** The problem key for a failed type: `missing` when the field is absent, `invalid` otherwise. */
function fails(invalid: MethodProblemCode, missing: MethodProblemCode = invalid, nullIsMissing = false): { error: (issue: { input?: unknown }) => string } {
  return { error: (issue) => (issue.input === undefined || (nullIsMissing && issue.input === null) ? missing : invalid) };
}

const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const slugSchema = z.string(fails('invalid_id', 'required')).refine((value) => SLUG.test(value) && value.length <= MAX_SLUG_LENGTH, { error: 'invalid_id' });

function wholeNumber(min: number, max: number, invalid: MethodProblemCode, missing: MethodProblemCode = invalid, nullIsMissing = false) {
  return z.number(fails(invalid, missing, nullIsMissing)).refine((value) => Number.isInteger(value) && value >= min && value <= max, { error: invalid });
}

/** Dutch is required, English falls back to Dutch; both are trimmed. */
export const localizedTextSchema = z
  .strictObject(
    {
      nl: z.string({ error: 'empty_text' }).trim().min(1, { error: 'empty_text' }),
      en: z.string({ error: 'invalid_type' }).trim().optional(),
    },
    fails('invalid_type', 'required'),
  )
  .transform(({ nl, en }): LocalizedText => ({ nl, en: en ? en : nl }));

/** An optional text (description, when to use): may be empty, so a parsed method parses again. */
const optionalTextSchema = z
  .strictObject({ nl: z.string({ error: 'invalid_type' }).trim(), en: z.string({ error: 'invalid_type' }).trim().optional() }, fails('invalid_type'))
  .transform(({ nl, en }): LocalizedText => ({ nl, en: en ? en : nl }))
  .optional();

const rolesListSchema = z.array(z.enum(ROLES, { error: 'unknown_role' }), fails('invalid_type')).superRefine((roles, ctx) => {
  const seen: Role[] = [];
  roles.forEach((role, index) => {
    if (!isRole(role)) return;
    if (seen.includes(role)) ctx.addIssue({ code: 'custom', message: 'duplicate_role', path: [index], params: { value: role }, input: role });
    else seen.push(role);
  });
}, WHEN_LIST);

const instructionsSchema = z.strictObject(
  {
    facilitator: localizedTextSchema.optional(),
    presenter: localizedTextSchema.optional(),
    participants: localizedTextSchema.optional(),
  },
  fails('invalid_type'),
);

/** One step as written; kind-dependent rules and defaults are applied by the method schema. */
export const methodStepInputSchema = z.strictObject(
  {
    id: slugSchema,
    kind: z.enum(STEP_KIND_IDS, fails('unknown_kind', 'required')),
    title: localizedTextSchema.optional(),
    instructions: instructionsSchema.optional(),
    timeboxMinutes: wholeNumber(1, MAX_METHOD_MINUTES, 'invalid_timebox', 'missing_timebox', true),
    writers: rolesListSchema.optional(),
    presenterMode: z.enum(PRESENTER_MODES, { error: 'unknown_presenter_mode' }).optional(),
    privateDrafts: z.boolean({ error: 'invalid_type' }).optional(),
    board: z.enum(BOARD_SHAPES, { error: 'board_mismatch' }).optional(),
    takesFrom: z
      .string({ error: 'invalid_type' })
      .refine((value) => value.length <= MAX_SLUG_LENGTH + 5 && TAKES_FROM.test(value), { error: 'invalid_type' })
      .nullable()
      .optional(),
    agreements: z.boolean({ error: 'invalid_type' }).optional(),
  },
  fails('not_an_object'),
);
export type MethodStepInput = z.output<typeof methodStepInputSchema>;

const methodShape = z.strictObject(
  {
    id: slugSchema,
    version: wholeNumber(1, MAX_METHOD_VERSION, 'invalid_version').optional(),
    name: localizedTextSchema,
    description: optionalTextSchema,
    whenToUse: optionalTextSchema,
    roles: rolesListSchema
      .superRefine((roles, ctx) => {
        for (const required of REQUIRED_ROLES) {
          if (!roles.includes(required)) ctx.addIssue({ code: 'custom', message: 'missing_role', params: { value: required }, input: roles });
        }
      }, WHEN_LIST)
      .optional(),
    minGroupSize: wholeNumber(MIN_GROUP_SIZE, MAX_GROUP_SIZE, 'invalid_group_size', 'required'),
    maxGroupSize: wholeNumber(MIN_GROUP_SIZE, MAX_GROUP_SIZE, 'invalid_group_size', 'required'),
    steps: z.array(methodStepInputSchema, fails('invalid_type', 'no_steps')),
  },
  fails('not_an_object'),
);
type MethodShape = z.output<typeof methodShape>;
type Path = ReadonlyArray<PropertyKey>;

/** Does `a` start with `b`? */
const startsWith = (a: Path, b: Path): boolean => b.every((key, index) => a[index] === key);

/**
 * A step with the kind's defaults filled in. `usable(field)` says whether the field was read
 * without problems; a field that was not falls back to the default, so rules can still run.
 */
function resolveStep(raw: MethodStepInput, roles: readonly Role[], usable: (field: string) => boolean = () => true): MethodStep {
  const definition = STEP_KINDS[raw.kind];
  const defaults = definition.defaults.instructions;
  const instructions: Partial<StepInstructions> = usable('instructions') ? (raw.instructions ?? {}) : {};
  return {
    id: raw.id,
    kind: raw.kind,
    title: usable('title') ? (raw.title ?? definition.label) : definition.label,
    instructions: {
      facilitator: instructions.facilitator ?? defaults.facilitator,
      presenter: instructions.presenter ?? defaults.presenter,
      participants: instructions.participants ?? defaults.participants,
    },
    timeboxMinutes: usable('timeboxMinutes') ? raw.timeboxMinutes : 0,
    writers: usable('writers') && raw.writers ? raw.writers : definition.defaults.writers.filter((role) => roles.includes(role)),
    presenterMode: usable('presenterMode') ? (raw.presenterMode ?? definition.defaults.presenterMode) : definition.defaults.presenterMode,
    privateDrafts: usable('privateDrafts') ? (raw.privateDrafts ?? definition.defaults.privateDrafts) : definition.defaults.privateDrafts,
    board: definition.board,
    takesFrom: usable('takesFrom') ? (raw.takesFrom ?? null) : null,
    agreements: usable('agreements') ? raw.agreements === true : false,
  };
}

/** The rules across fields. Each runs only on the fields it needs that were read without problems. */
function crossFieldRules(value: MethodShape, ctx: z.RefinementCtx<MethodShape>): void {
  // An unknown extra field says nothing about the fields the rules read.
  const failed: Path[] = ctx.issues.filter((issue) => issue.code !== 'unrecognized_keys').map((issue) => issue.path ?? []);
  const clean = (...path: PropertyKey[]): boolean => !failed.some((issue) => startsWith(issue, path) || startsWith(path, issue));
  const report = (path: PropertyKey[], code: MethodProblemCode, params: MethodProblemParams = {}): void => {
    ctx.addIssue({ code: 'custom', message: code, path, params, input: undefined });
  };

  if (clean('minGroupSize') && clean('maxGroupSize') && value.minGroupSize > value.maxGroupSize) report(['minGroupSize'], 'min_above_max');

  const steps: readonly unknown[] = Array.isArray(value.steps) ? value.steps : [];
  if (!Array.isArray(value.steps)) return;
  if (steps.length === 0) report(['steps'], 'no_steps');
  if (steps.length > MAX_STEPS) report(['steps'], 'too_many_steps');

  const roles: readonly Role[] = Array.isArray(value.roles) ? value.roles.filter(isRole) : REQUIRED_ROLES;
  const resolved: MethodStep[] = [];
  const seenIds = new Map<string, number>();
  steps.forEach((raw, index) => {
    const at = (field: string): PropertyKey[] => ['steps', index, field];
    if (isRecord(raw) && clean('steps', index, 'kind')) {
      const input = raw as MethodStepInput;
      const step = resolveStep(input, roles, (field) => clean('steps', index, field));
      const definition = STEP_KINDS[step.kind];
      const about = { step: index + 1, title: step.title };
      if (clean('steps', index, 'id')) resolved.push(step);
      if (Array.isArray(input.writers)) {
        for (const role of input.writers.filter(isRole)) {
          if (!roles.includes(role)) report(at('writers'), 'writer_not_in_roles', { value: role });
        }
      }
      if (input.presenterMode !== undefined && clean(...at('presenterMode')) && !definition.allowedPresenterModes.includes(input.presenterMode)) {
        report(at('presenterMode'), 'presenter_mode_not_allowed', { kind: step.kind, allowed: definition.allowedPresenterModes });
      }
      if (input.privateDrafts === true && !definition.supportsPrivateDrafts) report(at('privateDrafts'), 'private_drafts_not_supported', { kind: step.kind });
      if (input.board !== undefined && clean(...at('board')) && input.board !== definition.board) {
        report(at('board'), 'board_mismatch', { kind: step.kind, board: definition.board, value: input.board });
      }
      if (clean(...at('writers'))) {
        if (definition.needsInput && step.writers.length === 0) report(at('writers'), 'nobody_may_write', about);
        if (definition.board === 'none' && step.writers.length > 0) report(at('writers'), 'writers_without_board', about);
      }
    }
    const id = isRecord(raw) ? raw['id'] : undefined;
    if (typeof id === 'string' && id !== '') {
      const first = seenIds.get(id);
      if (first === undefined) seenIds.set(id, index);
      else report(at('id'), 'duplicate_step_id', { step: index + 1, first: first + 1, value: id });
    }
  });
  // Only when every step could be read: a reference to a step that failed would be reported twice.
  if (resolved.length === steps.length) {
    for (const problem of carryForwardProblems(resolved)) {
      if (clean('steps', problem.stepIndex, problem.field)) report(['steps', problem.stepIndex, problem.field], problem.code, problem.params);
    }
  }
  const total = steps.reduce<number>((sum, raw) => {
    const minutes = isRecord(raw) ? raw['timeboxMinutes'] : undefined;
    return typeof minutes === 'number' && Number.isFinite(minutes) && minutes > 0 ? sum + minutes : sum;
  }, 0);
  if (total > MAX_METHOD_MINUTES) report(['steps'], 'too_long', { total });
}

/**
 * The method definition schema: parses to a complete `Method`, with the step kinds' defaults for
 * optional step fields (title, instructions, writers, presenter mode, private drafts).
 */
export const methodSchema = methodShape.superRefine(crossFieldRules, WHEN_OBJECT).transform((value): Method => {
  const roles = value.roles ?? REQUIRED_ROLES;
  return {
    id: value.id,
    version: value.version ?? 1,
    name: value.name,
    description: value.description ?? EMPTY_TEXT,
    whenToUse: value.whenToUse ?? EMPTY_TEXT,
    roles,
    minGroupSize: value.minGroupSize,
    maxGroupSize: value.maxGroupSize,
    steps: value.steps.map((step) => resolveStep(step, roles)),
  };
});

export interface MethodProblem {
  /** Where in the JSON, e.g. `steps[2].timeboxMinutes`; empty for the whole document. */
  readonly path: string;
  /** The message key in METHOD_MESSAGES. */
  readonly code: MethodProblemCode;
  readonly params: MethodProblemParams;
  /** Both languages, from the catalogue (method-messages.ts). */
  readonly message: LocalizedText;
}

export type MethodValidation = { readonly ok: true; readonly method: Method } | { readonly ok: false; readonly problems: readonly MethodProblem[] };

function pathText(path: Path): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`), '');
}

/** Base parameters from the path: the field (no positions, no language), the language, the step. */
function pathParams(path: Path): MethodProblemParams {
  const keys = path.filter((key): key is string => typeof key === 'string');
  const last = keys.at(-1);
  const language = last === 'nl' || last === 'en' ? last : undefined;
  const field = (language ? keys.slice(0, -1) : keys).join('.');
  const step = path[0] === 'steps' && typeof path[1] === 'number' ? path[1] + 1 : undefined;
  return { field, ...(language ? { language } : {}), ...(step !== undefined ? { step } : {}) };
}

const FIELD_ORDER = ['id', 'version', 'name', 'description', 'whenToUse', 'roles', 'minGroupSize', 'maxGroupSize', 'steps'];

/** Problems in the order of the document: unknown fields first, then field by field, step by step. */
function documentOrder(problem: { readonly path: Path }): [number, number] {
  const [first, second] = problem.path;
  const field = typeof first === 'string' ? FIELD_ORDER.indexOf(first) : -1;
  const step = first === 'steps' ? (typeof second === 'number' ? second : Number.MAX_SAFE_INTEGER) : 0;
  return [field, step];
}

function toProblems(issues: readonly z.core.$ZodIssue[]): MethodProblem[] {
  const keyed: Array<{ path: Path; code: MethodProblemCode; params: MethodProblemParams }> = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) keyed.push({ path: [...issue.path, key], code: 'unknown_field', params: { ...pathParams(issue.path), value: key } });
      continue;
    }
    /* v8 ignore next -- every schema above names its problem key; a bare zod message would be a bug here */
    const code: MethodProblemCode = isMethodProblemCode(issue.message) ? issue.message : 'invalid_type';
    const own = issue.code === 'custom' ? ((issue.params ?? {}) as MethodProblemParams) : {};
    const input = 'input' in issue ? issue.input : undefined;
    const fromInput: MethodProblemParams =
      code === 'unknown_role'
        ? { value: String(input), allowed: ROLES }
        : code === 'unknown_presenter_mode'
          ? { allowed: PRESENTER_MODES }
          : (code === 'unknown_kind' || code === 'board_mismatch') && issue.code !== 'custom'
            ? { value: String(input) }
            : {};
    keyed.push({ path: issue.path, code, params: { ...pathParams(issue.path), ...fromInput, ...own } });
  }
  const ordered = keyed
    .map((problem, index) => ({ problem, index, order: documentOrder(problem) }))
    .sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.index - b.index)
    .map(({ problem }) => problem);
  return ordered.map((problem) => ({
    path: pathText(problem.path),
    code: problem.code,
    params: problem.params,
    message: { nl: methodProblemText(problem, 'nl'), en: methodProblemText(problem, 'en') },
  }));
}

/**
 * Reads a facilitator's own method from JSON. Reports every problem at once, each with a path,
 * a message key and parameters (texts in Dutch and English from the catalogue), so the editor can
 * mark all fields in one go. Optional step fields default to the kind's.
 */
export function validateMethod(json: unknown): MethodValidation {
  const result = methodSchema.safeParse(json, { reportInput: true });
  if (result.success) return { ok: true, method: result.data };
  return { ok: false, problems: toProblems(result.error.issues) };
}
