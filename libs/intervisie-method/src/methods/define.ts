import { STEP_KINDS } from '../method/step-kinds.js';
import type { LocalizedText, Method, MethodStep, PresenterMode, Role, StepInstructions, StepKind } from '../method/types.js';

export interface StepSpec {
  readonly id: string;
  readonly timeboxMinutes: number;
  readonly title?: LocalizedText;
  readonly instructions?: Partial<StepInstructions>;
  readonly writers?: readonly Role[];
  readonly presenterMode?: PresenterMode;
  readonly privateDrafts?: boolean;
  readonly takesFrom?: string | null;
  readonly agreements?: boolean;
}

/** A step of a shipped method: anything not said explicitly comes from its kind. */
export function defineStep(kind: StepKind, spec: StepSpec): MethodStep {
  const definition = STEP_KINDS[kind];
  return {
    id: spec.id,
    kind,
    title: spec.title ?? definition.label,
    instructions: { ...definition.defaults.instructions, ...spec.instructions },
    timeboxMinutes: spec.timeboxMinutes,
    writers: spec.writers ?? definition.defaults.writers,
    presenterMode: spec.presenterMode ?? definition.defaults.presenterMode,
    privateDrafts: spec.privateDrafts ?? definition.defaults.privateDrafts,
    board: definition.board,
    takesFrom: spec.takesFrom ?? null,
    agreements: spec.agreements ?? false,
  };
}

/** Keeps writers within the method's roles, so a kind's defaults never name an absent role. */
export function defineMethod(method: Method): Method {
  return {
    ...method,
    steps: method.steps.map((step) => ({ ...step, writers: step.writers.filter((role) => method.roles.includes(role)) })),
  };
}

export const ALL_ROLES: readonly Role[] = ['presenter', 'facilitator', 'participant', 'timekeeper', 'notetaker'];
