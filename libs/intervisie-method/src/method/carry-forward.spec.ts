import { describe, expect, it } from 'vitest';
import { metAndereOgen } from '../methods/met-andere-ogen.js';
import { BUILT_IN_METHODS } from '../methods/registry.js';
import { agreementSteps, caseFieldOf, makesAgreements, stepSource, stepsTakingFrom } from './carry-forward.js';
import { validateMethod } from './method-schema.js';
import type { MethodProblem } from './method-schema.js';
import type { MethodStep } from './types.js';

function method(steps: Array<Record<string, unknown>>): Record<string, unknown> {
  return { id: 'eigen-methode', name: { nl: 'Eigen methode' }, minGroupSize: 3, maxGroupSize: 8, steps };
}

const problems = (json: unknown): Array<[string, string]> => {
  const result = validateMethod(json);
  return result.ok ? [] : result.problems.map((problem: MethodProblem) => [problem.path, problem.code]);
};

describe('carry forward in the method data', () => {
  it('Met Andere Ogen declares the silent questions, the casus kernvraag, the advice and its agreement steps', () => {
    const step = (id: string): MethodStep => {
      const found = metAndereOgen.steps.find((candidate) => candidate.id === id);
      if (!found) throw new Error(`no step ${id}`);
      return found;
    };
    expect(stepSource(metAndereOgen, step('vragenronde'))).toMatchObject({ kind: 'step', step: { id: 'vragen-noteren', kind: 'silent-writing' } });
    expect(stepSource(metAndereOgen, step('kernvraag'))).toEqual({ kind: 'case', field: 'keyQuestion' });
    expect(stepSource(metAndereOgen, step('reactie'))).toMatchObject({ kind: 'step', step: { id: 'adviesronde' } });
    expect(stepSource(metAndereOgen, step('casus'))).toBeNull();
    expect(agreementSteps(metAndereOgen).map((entry) => entry.id)).toEqual(['adviesronde', 'reactie', 'evaluatie']);
    expect(stepsTakingFrom(metAndereOgen, 'adviesronde').map((entry) => entry.id)).toEqual(['reactie']);
  });

  it('every shipped method with an advice or response step makes agreements there, and its references resolve', () => {
    for (const shipped of BUILT_IN_METHODS) {
      for (const step of shipped.steps) {
        if (step.takesFrom) expect(stepSource(shipped, step), `${shipped.id}/${step.id}`).not.toBeNull();
      }
      if (shipped.steps.some((step) => step.kind === 'presenter-response')) expect(agreementSteps(shipped).length, shipped.id).toBeGreaterThan(0);
    }
  });

  it('treats a frozen method from before the fields as taking nothing and making no agreements', () => {
    const { takesFrom: _t, agreements: _a, ...old } = metAndereOgen.steps[4] as MethodStep;
    expect(stepSource(metAndereOgen, old)).toBeNull();
    expect(makesAgreements(old)).toBe(false);
  });

  it('reads casus fields only with the case. prefix and a known field', () => {
    expect(caseFieldOf('case.keyQuestion')).toBe('keyQuestion');
    expect(caseFieldOf('case.text')).toBeNull();
    expect(caseFieldOf('keyQuestion')).toBeNull();
  });

  it('a custom method gets it by declaring it, and the validator fills in the defaults', () => {
    const result = validateMethod(
      method([
        { id: 'casus', kind: 'case-presentation', timeboxMinutes: 5 },
        { id: 'stil', kind: 'silent-writing', timeboxMinutes: 5 },
        { id: 'vragen', kind: 'question-round', timeboxMinutes: 10, takesFrom: 'stil' },
        { id: 'kern', kind: 'key-question', timeboxMinutes: 5, takesFrom: 'case.keyQuestion' },
        { id: 'advies', kind: 'advice-round', timeboxMinutes: 10, agreements: true },
        { id: 'reactie', kind: 'presenter-response', timeboxMinutes: 5, takesFrom: 'advies', agreements: true },
      ]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.method.steps.map((step) => [step.id, step.takesFrom, step.agreements])).toEqual([
      ['casus', null, false],
      ['stil', null, false],
      ['vragen', 'stil', false],
      ['kern', 'case.keyQuestion', false],
      ['advies', null, true],
      ['reactie', 'advies', true],
    ]);
  });

  it.each<[string, Array<Record<string, unknown>>, Array<[string, string]>]>([
    [
      'a step that does not exist',
      [{ id: 'vragen', kind: 'question-round', timeboxMinutes: 10, takesFrom: 'stil' }],
      [['steps[0].takesFrom', 'takes_from_unknown']],
    ],
    [
      'a later step',
      [
        { id: 'vragen', kind: 'question-round', timeboxMinutes: 10, takesFrom: 'stil' },
        { id: 'stil', kind: 'silent-writing', timeboxMinutes: 5 },
      ],
      [['steps[0].takesFrom', 'takes_from_not_earlier']],
    ],
    [
      'itself',
      [{ id: 'vragen', kind: 'question-round', timeboxMinutes: 10, takesFrom: 'vragen' }],
      [['steps[0].takesFrom', 'takes_from_not_earlier']],
    ],
    [
      'a step without cards',
      [
        { id: 'casus', kind: 'case-presentation', timeboxMinutes: 5 },
        { id: 'vragen', kind: 'question-round', timeboxMinutes: 10, takesFrom: 'casus' },
      ],
      [['steps[1].takesFrom', 'takes_from_wrong_source']],
    ],
    [
      'a kind that takes nothing',
      [
        { id: 'stil', kind: 'silent-writing', timeboxMinutes: 5 },
        { id: 'oogst', kind: 'harvest', timeboxMinutes: 5, takesFrom: 'stil' },
      ],
      [['steps[1].takesFrom', 'takes_from_not_supported']],
    ],
    [
      'a casus field the kind cannot take',
      [{ id: 'vragen', kind: 'question-round', timeboxMinutes: 10, takesFrom: 'case.keyQuestion' }],
      [['steps[0].takesFrom', 'takes_from_wrong_source']],
    ],
    [
      'an unknown casus field',
      [{ id: 'kern', kind: 'key-question', timeboxMinutes: 10, takesFrom: 'case.context' }],
      [['steps[0].takesFrom', 'takes_from_wrong_source']],
    ],
    [
      'something that is no id',
      [{ id: 'kern', kind: 'key-question', timeboxMinutes: 10, takesFrom: 'Casus Tekst!' }],
      [['steps[0].takesFrom', 'invalid_type']],
    ],
    [
      'a response the inbrenger cannot write in',
      [
        { id: 'advies', kind: 'advice-round', timeboxMinutes: 10 },
        { id: 'reactie', kind: 'presenter-response', timeboxMinutes: 5, takesFrom: 'advies', writers: ['notetaker'] },
      ],
      [['steps[1].takesFrom', 'presenter_cannot_mark']],
    ],
    [
      'agreements in a step that makes none',
      [{ id: 'casus', kind: 'case-presentation', timeboxMinutes: 5, agreements: true }],
      [['steps[0].agreements', 'agreements_not_supported']],
    ],
    [
      'agreements that are not a boolean',
      [{ id: 'advies', kind: 'advice-round', timeboxMinutes: 5, agreements: 'ja' }],
      [['steps[0].agreements', 'invalid_type']],
    ],
  ])('refuses taking from %s', (_name, steps, expected) => {
    const roles = steps.some((step) => (step['writers'] as string[] | undefined)?.includes('notetaker')) ? { roles: ['presenter', 'facilitator', 'participant', 'notetaker'] } : {};
    expect(problems({ ...method(steps), ...roles })).toEqual(expected);
  });
});
