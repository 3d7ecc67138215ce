import { describe, expect, it } from 'vitest';
import { METHOD_FIELD_LABELS, METHOD_MESSAGES, METHOD_PROBLEM_CODES, isMethodProblemCode, methodProblemText } from './method-messages.js';
import type { MethodProblemParams } from './method-messages.js';
import { validateMethod } from './method-schema.js';

const variants: MethodProblemParams[] = [
  {},
  { field: 'name' },
  { field: 'name', language: 'en' },
  { field: 'steps.kind', step: 2 },
  { field: 'steps.writers', step: 3, title: { nl: 'Adviesronde', en: 'Advice round' }, value: 'notetaker', allowed: ['a', 'b'], kind: 'advice-round', board: 'cards', total: 300, first: 1 },
  { field: 'onbekend', value: 'case.keyQuestion', allowed: [] },
  { field: 'steps.takesFrom', value: 'stil', kind: 'dance' },
];

describe('the method message catalogue', () => {
  it('has a Dutch and an English text for every problem code, whatever parameters it gets', () => {
    expect(METHOD_PROBLEM_CODES.length).toBe(Object.keys(METHOD_MESSAGES).length);
    for (const code of METHOD_PROBLEM_CODES) {
      for (const params of variants) {
        const nl = methodProblemText({ code, params }, 'nl');
        const en = methodProblemText({ code, params }, 'en');
        expect(nl, code).toMatch(/\w/);
        expect(en, code).toMatch(/\w/);
        expect(nl).not.toContain('undefined');
      }
    }
  });

  it('names every field a problem can point at in both languages', () => {
    for (const labels of Object.values(METHOD_FIELD_LABELS)) {
      expect(labels.nl).not.toBe('');
      expect(labels.en).not.toBe('');
    }
    expect(isMethodProblemCode('too_long')).toBe(true);
    expect(isMethodProblemCode('Dat mag niet')).toBe(false);
  });

  it('gives each problem its path, key and language-neutral parameters', () => {
    const result = validateMethod({
      id: 'eigen',
      name: { nl: 'Eigen', en: 3 },
      minGroupSize: 3,
      maxGroupSize: 8,
      roles: ['presenter', 'facilitator', 'participant', 'coach'],
      steps: [
        { id: 'advies', kind: 'advice-round', timeboxMinutes: 10, writers: ['notetaker'], presenterMode: 'speaks', board: 'poll' },
        { id: 'x', kind: 'rotation', timeboxMinutes: 2, takesFrom: 'advies' },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => [problem.path, problem.code, problem.params])).toEqual([
      ['name.en', 'invalid_type', { field: 'name', language: 'en' }],
      ['roles[3]', 'unknown_role', { field: 'roles', value: 'coach', allowed: ['presenter', 'facilitator', 'participant', 'timekeeper', 'notetaker'] }],
      ['steps[0].writers', 'writer_not_in_roles', { field: 'steps.writers', step: 1, value: 'notetaker' }],
      ['steps[0].presenterMode', 'presenter_mode_not_allowed', { field: 'steps.presenterMode', step: 1, kind: 'advice-round', allowed: ['listens', 'away'] }],
      ['steps[0].board', 'board_mismatch', { field: 'steps.board', step: 1, kind: 'advice-round', board: 'cards', value: 'poll' }],
      ['steps[1].takesFrom', 'takes_from_not_supported', { field: 'steps.takesFrom', step: 2, title: { nl: 'Van rol wisselen', en: 'Rotate roles' }, value: 'advies' }],
    ]);
    const english = result.problems.map((problem) => problem.message.en);
    expect(english).toContain('The English text of the name must be text.');
    expect(english).toContain('In a step of the kind "Advice round" the presenter can only: listens, away.');
    expect(result.problems.map((problem) => problem.message.nl)).toContain('Stap 2 ("Van rol wisselen") neemt geen werk over uit een eerdere stap.');
  });
});
