import type { MethodProblemParams } from './method-messages.js';
import type { BoardShape, LocalizedText, Method, MethodStep, StepKind } from './types.js';

/**
 * Work that carries forward between steps, and the steps that make agreements — declared in the
 * method data, so a facilitator's own method gets the same behaviour as a shipped one.
 *
 * `takesFrom` on a step names where its input comes from:
 * - an earlier step's id: that step's cards (its board and, once revealed, its private drafts)
 *   are shown in this step — the silent questions on the question-round board for triage, the
 *   advice cards in the inbrenger's response (where the inbrenger marks what speaks to them);
 * - `case.<field>`: a field of the casus, e.g. `case.keyQuestion` pre-fills the kernvraag step.
 */
export const CASE_FIELD_SOURCES = ['keyQuestion', 'askOfGroup'] as const;
export type CaseFieldSource = (typeof CASE_FIELD_SOURCES)[number];
export const CASE_SOURCE_PREFIX = 'case.';

export const CASE_FIELD_LABELS: Record<CaseFieldSource, LocalizedText> = {
  keyQuestion: { nl: 'Kernvraag uit de casus', en: 'Key question from the case' },
  askOfGroup: { nl: 'Vraag aan de groep uit de casus', en: 'Question to the group from the case' },
};

/** Which kinds take input, and from what: the board shapes of an earlier step, or casus fields. */
export interface TakesFromRule {
  readonly boards: readonly BoardShape[];
  readonly caseFields: readonly CaseFieldSource[];
}

export const TAKES_FROM_RULES: Readonly<Partial<Record<StepKind, TakesFromRule>>> = {
  // Questions written earlier (in silence, or in an earlier round) are sorted warm / lauw / koud.
  'question-round': { boards: ['cards'], caseFields: [] },
  'question-triage': { boards: ['cards'], caseFields: [] },
  // The kernvraag starts from what the inbrenger wrote in the casus.
  'key-question': { boards: [], caseFields: ['keyQuestion', 'askOfGroup'] },
  // The inbrenger sees the advice cards and marks the advice that speaks to them.
  'presenter-response': { boards: ['cards'], caseFields: [] },
};

/** Kinds in which agreements can be made: advice, reaction and closing steps. */
export const AGREEMENT_STEP_KINDS: readonly StepKind[] = ['advice-round', 'presenter-response', 'group-analysis', 'gossip-round', 'harvest', 'evaluation'];

export type StepSource =
  | { readonly kind: 'step'; readonly step: MethodStep; readonly index: number }
  | { readonly kind: 'case'; readonly field: CaseFieldSource };

export function caseFieldOf(takesFrom: string): CaseFieldSource | null {
  if (!takesFrom.startsWith(CASE_SOURCE_PREFIX)) return null;
  const field = takesFrom.slice(CASE_SOURCE_PREFIX.length);
  return (CASE_FIELD_SOURCES as readonly string[]).includes(field) ? (field as CaseFieldSource) : null;
}

/** Where a step of this method takes its input from; null when it takes none (or the declaration does not resolve). */
export function stepSource(method: Pick<Method, 'steps'>, step: MethodStep): StepSource | null {
  const takesFrom = step.takesFrom;
  if (!takesFrom) return null;
  const field = caseFieldOf(takesFrom);
  if (field) return { kind: 'case', field };
  const index = method.steps.findIndex((candidate) => candidate.id === takesFrom);
  const own = method.steps.findIndex((candidate) => candidate.id === step.id);
  const source = method.steps[index];
  if (!source || index >= own) return null;
  return { kind: 'step', step: source, index };
}

/** Does this step make agreements? (Frozen methods from before the field: no.) */
export function makesAgreements(step: MethodStep): boolean {
  return step.agreements === true;
}

export function agreementSteps(method: Pick<Method, 'steps'>): MethodStep[] {
  return method.steps.filter(makesAgreements);
}

/** The steps whose input comes from this step (e.g. the response step taking the advice cards). */
export function stepsTakingFrom(method: Pick<Method, 'steps'>, stepId: string): MethodStep[] {
  return method.steps.filter((step) => step.takesFrom === stepId);
}

/** A problem with a step's `takesFrom` or `agreements`, for the method schema (texts: method-messages.ts). */
export interface CarryForwardProblem {
  readonly stepIndex: number;
  readonly field: 'takesFrom' | 'agreements';
  readonly code: 'takes_from_not_supported' | 'takes_from_unknown' | 'takes_from_not_earlier' | 'takes_from_wrong_source' | 'presenter_cannot_mark' | 'agreements_not_supported';
  readonly params: MethodProblemParams;
}

/**
 * Checks every step's `takesFrom` against the other steps (it must name an earlier step whose
 * board this kind can take, or a casus field this kind can take) and `agreements` against the
 * kind. Runs on the steps as read, so it reports problems in every step at once.
 */
export function carryForwardProblems(steps: readonly MethodStep[]): CarryForwardProblem[] {
  const problems: CarryForwardProblem[] = [];
  steps.forEach((step, stepIndex) => {
    const about = { step: stepIndex + 1, title: step.title };
    if (step.agreements === true && !AGREEMENT_STEP_KINDS.includes(step.kind)) {
      problems.push({ stepIndex, field: 'agreements', code: 'agreements_not_supported', params: about });
    }
    const takesFrom = step.takesFrom;
    if (!takesFrom) return;
    const rule = TAKES_FROM_RULES[step.kind];
    if (!rule) {
      problems.push({ stepIndex, field: 'takesFrom', code: 'takes_from_not_supported', params: { ...about, value: takesFrom } });
      return;
    }
    if (takesFrom.startsWith(CASE_SOURCE_PREFIX)) {
      const field = caseFieldOf(takesFrom);
      if (!field || !rule.caseFields.includes(field)) {
        const allowed = rule.caseFields.map((name) => `${CASE_SOURCE_PREFIX}${name}`);
        problems.push({ stepIndex, field: 'takesFrom', code: 'takes_from_wrong_source', params: { ...about, value: takesFrom, allowed } });
      }
      return;
    }
    const sourceIndex = steps.findIndex((candidate) => candidate.id === takesFrom);
    const source = steps[sourceIndex];
    if (!source) {
      problems.push({ stepIndex, field: 'takesFrom', code: 'takes_from_unknown', params: { ...about, value: takesFrom } });
      return;
    }
    if (sourceIndex >= stepIndex) {
      problems.push({ stepIndex, field: 'takesFrom', code: 'takes_from_not_earlier', params: { ...about, value: takesFrom } });
      return;
    }
    if (!rule.boards.includes(source.board)) {
      const params = rule.boards.length > 0 ? { ...about, value: takesFrom, board: source.board } : { ...about, value: takesFrom };
      problems.push({ stepIndex, field: 'takesFrom', code: 'takes_from_wrong_source', params });
    }
    if (step.kind === 'presenter-response' && !step.writers.includes('presenter')) {
      problems.push({ stepIndex, field: 'takesFrom', code: 'presenter_cannot_mark', params: about });
    }
  });
  return problems;
}
