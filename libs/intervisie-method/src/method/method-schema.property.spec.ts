import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyAll, newSession } from '../session/test/fixtures.js';
import type { SessionCommand } from '../session/commands.js';
import { AGREEMENT_STEP_KINDS, TAKES_FROM_RULES } from './carry-forward.js';
import { methodSchema, validateMethod } from './method-schema.js';
import { STEP_KINDS } from './step-kinds.js';
import { ROLES, STEP_KIND_IDS } from './types.js';
import type { Role, StepKind } from './types.js';

/** A step as a facilitator could compose it from the vocabulary: a kind, a timebox and optional choices. */
function stepArbitrary(index: number): fc.Arbitrary<Record<string, unknown>> {
  return fc.constantFrom(...STEP_KIND_IDS).chain((kind: StepKind) => {
    const definition = STEP_KINDS[kind];
    const rule = TAKES_FROM_RULES[kind];
    // Kinds that take input may name any earlier step or casus field (the schema refuses the wrong ones).
    const sources = rule ? [...rule.caseFields.map((field) => `case.${field}`), ...Array.from({ length: index }, (_, earlier) => `stap-${earlier}`)] : [];
    return fc.record(
      {
        id: fc.constant(`stap-${index}`),
        kind: fc.constant(kind),
        timeboxMinutes: fc.integer({ min: 1, max: 30 }),
        title: fc.constantFrom({ nl: 'Eigen titel', en: 'Own title' }, { nl: 'Alleen Nederlands' }),
        // Mostly within the method's required roles; sometimes any role, which the schema may refuse.
        writers: fc.oneof(
          { weight: 4, arbitrary: fc.subarray(['presenter', 'facilitator', 'participant'] as Role[], { minLength: definition.board === 'none' ? 0 : 1, maxLength: definition.board === 'none' ? 0 : 3 }) },
          { weight: 1, arbitrary: fc.subarray([...ROLES] as Role[]) },
        ),
        presenterMode: fc.constantFrom(...definition.allowedPresenterModes),
        privateDrafts: definition.supportsPrivateDrafts ? fc.boolean() : fc.constant(false),
        takesFrom: sources.length > 0 ? fc.option(fc.constantFrom(...sources), { nil: null }) : fc.constant(null),
        agreements: AGREEMENT_STEP_KINDS.includes(kind) ? fc.boolean() : fc.constant(false),
      },
      { requiredKeys: ['id', 'kind', 'timeboxMinutes'] },
    );
  });
}

const methodArbitrary: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    roles: fc.subarray(['timekeeper', 'notetaker'] as Role[]).map((extra) => ['presenter', 'facilitator', 'participant', ...extra]),
    minGroupSize: fc.integer({ min: 3, max: 6 }),
    size: fc.integer({ min: 1, max: 10 }),
  })
  .chain(({ roles, minGroupSize, size }) =>
    fc.tuple(...Array.from({ length: size }, (_, index) => stepArbitrary(index))).map((steps) => ({
      id: 'eigen-methode',
      name: { nl: 'Eigen methode', en: 'Own method' },
      roles,
      minGroupSize,
      maxGroupSize: 12,
      steps,
    })),
  );

describe('every method the schema accepts runs', () => {
  it('from start to end through the session reducer without a refusal', () => {
    let accepted = 0;
    fc.assert(
      fc.property(methodArbitrary, (json) => {
        const result = validateMethod(json);
        if (!result.ok) {
          // Refused methods are refused with keyed problems only.
          expect(result.problems.length).toBeGreaterThan(0);
          return;
        }
        accepted += 1;
        const method = result.method;
        expect(methodSchema.parse(JSON.parse(JSON.stringify(method)))).toEqual(method);
        const moves: Array<readonly [string, SessionCommand]> = [
          ['fien', { type: 'join' }],
          ['piet', { type: 'join' }],
          ['anna', { type: 'join' }],
          ['bram', { type: 'join' }],
          ['fien', { type: 'start' }],
          ...method.steps.slice(1).map(() => ['fien', { type: 'advance' }] as const),
          ['fien', { type: 'end' }],
        ];
        // applyAll throws when the reducer refuses a command and checks every state is sound.
        const ended = applyAll(newSession(method), method, moves);
        expect(ended.status).toBe('ended');
        expect(ended.currentStepIndex).toBe(method.steps.length - 1);
      }),
      { numRuns: 300 },
    );
    // The generator must exercise the property, not only refusals.
    expect(accepted).toBeGreaterThan(50);
  });
});
