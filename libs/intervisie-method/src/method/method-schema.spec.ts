import { describe, expect, it } from 'vitest';
import { BUILT_IN_METHODS } from '../methods/registry.js';
import { STEP_KINDS } from './step-kinds.js';
import { validateMethod } from './method-schema.js';
import type { MethodProblem } from './method-schema.js';

/** A small custom method a facilitator could write by hand. */
function custom(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'korte-casus',
    name: { nl: 'Korte casusbespreking' },
    minGroupSize: 3,
    maxGroupSize: 8,
    steps: [
      { id: 'casus', kind: 'case-presentation', timeboxMinutes: 5 },
      { id: 'vragen', kind: 'question-round', timeboxMinutes: 10 },
      { id: 'advies', kind: 'advice-round', timeboxMinutes: 10 },
    ],
    ...overrides,
  };
}

function problemsOf(json: unknown): MethodProblem[] {
  const result = validateMethod(json);
  return result.ok ? [] : [...result.problems];
}

function codesAt(json: unknown): Array<[string, string]> {
  return problemsOf(json).map((problem) => [problem.path, problem.code]);
}

describe('validateMethod: accepted methods', () => {
  it.each(BUILT_IN_METHODS.map((method) => [method.id, method] as const))('accepts the shipped method %s unchanged', (_id, method) => {
    const result = validateMethod(JSON.parse(JSON.stringify(method)));
    expect(result).toEqual({ ok: true, method });
  });

  it('fills in defaults from the step kinds', () => {
    const result = validateMethod(custom());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { method } = result;
    expect(method.version).toBe(1);
    expect(method.name).toEqual({ nl: 'Korte casusbespreking', en: 'Korte casusbespreking' });
    expect(method.description).toEqual({ nl: '', en: '' });
    expect(method.roles).toEqual(['presenter', 'facilitator', 'participant']);
    const advice = method.steps[2];
    expect(advice).toMatchObject({
      id: 'advies',
      kind: 'advice-round',
      title: STEP_KINDS['advice-round'].label,
      presenterMode: 'listens',
      privateDrafts: false,
      board: 'cards',
      // The kind's default includes the notetaker, who is not a role of this method.
      writers: ['participant'],
    });
    expect(advice?.instructions).toEqual(STEP_KINDS['advice-round'].defaults.instructions);
  });

  it('keeps explicit texts, writers, modes, drafts and board', () => {
    const result = validateMethod(
      custom({
        version: 3,
        roles: ['presenter', 'facilitator', 'participant', 'notetaker'],
        description: { nl: ' Kort ', en: 'Short' },
        steps: [
          {
            id: 'schrijven',
            kind: 'silent-writing',
            title: { nl: 'Schrijf', en: 'Write' },
            instructions: { participants: { nl: 'Schrijf maar.', en: 'Just write.' } },
            timeboxMinutes: 4,
            writers: ['participant', 'notetaker'],
            presenterMode: 'away',
            privateDrafts: false,
            board: 'cards',
          },
        ],
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.method.version).toBe(3);
    expect(result.method.description).toEqual({ nl: 'Kort', en: 'Short' });
    expect(result.method.steps[0]).toMatchObject({
      title: { nl: 'Schrijf', en: 'Write' },
      writers: ['participant', 'notetaker'],
      presenterMode: 'away',
      privateDrafts: false,
    });
    expect(result.method.steps[0]?.instructions.participants).toEqual({ nl: 'Schrijf maar.', en: 'Just write.' });
    expect(result.method.steps[0]?.instructions.facilitator).toEqual(STEP_KINDS['silent-writing'].defaults.instructions.facilitator);
  });
});

describe('validateMethod (the method schema): problems', () => {
  it.each<[string, unknown, Array<[string, string]>]>([
    ['not an object', [], [['', 'not_an_object']]],
    ['null', null, [['', 'not_an_object']]],
    ['no steps', custom({ steps: [] }), [['steps', 'no_steps']]],
    ['missing steps', custom({ steps: undefined }), [['steps', 'no_steps']]],
    ['steps not a list', custom({ steps: 'stappen' }), [['steps', 'invalid_type']]],
    ['missing id', custom({ id: undefined }), [['id', 'required']]],
    ['invalid id', custom({ id: 'Mijn Methode' }), [['id', 'invalid_id']]],
    ['numeric id', custom({ id: 7 }), [['id', 'invalid_id']]],
    ['unknown field', custom({ kleur: 'blauw' }), [['kleur', 'unknown_field']]],
    ['bad version', custom({ version: 0 }), [['version', 'invalid_version']]],
    ['a version beyond any real history (stored as an integer)', custom({ version: 1e308 }), [['version', 'invalid_version']]],
    ['missing name', custom({ name: undefined }), [['name', 'required']]],
    ['name as plain string', custom({ name: 'Kort' }), [['name', 'invalid_type']]],
    ['empty Dutch name', custom({ name: { nl: '  ', en: 'Short' } }), [['name.nl', 'empty_text']]],
    ['non-text English name', custom({ name: { nl: 'Kort', en: 5 } }), [['name.en', 'invalid_type']]],
    ['unknown text field', custom({ name: { nl: 'Kort', de: 'Kurz' } }), [['name.de', 'unknown_field']]],
    ['min above max', custom({ minGroupSize: 9, maxGroupSize: 4 }), [['minGroupSize', 'min_above_max']]],
    [
      'min above max next to an unknown field and an unknown step field',
      custom({
        minGroupSize: 9,
        maxGroupSize: 4,
        extra: true,
        steps: [
          { id: 'vragen', kind: 'question-round', timeboxMinutes: 5, colour: 'red', privateDrafts: true },
          { id: 'vragen', kind: 'advice-round', timeboxMinutes: 5 },
        ],
      }),
      [
        ['extra', 'unknown_field'],
        ['minGroupSize', 'min_above_max'],
        ['steps[0].colour', 'unknown_field'],
        ['steps[0].privateDrafts', 'private_drafts_not_supported'],
        ['steps[1].id', 'duplicate_step_id'],
      ],
    ],
    ['missing group size', custom({ maxGroupSize: undefined }), [['maxGroupSize', 'required']]],
    ['group of two', custom({ minGroupSize: 2 }), [['minGroupSize', 'invalid_group_size']]],
    ['fractional group size', custom({ maxGroupSize: 6.5 }), [['maxGroupSize', 'invalid_group_size']]],
    ['roles not a list', custom({ roles: 'iedereen' }), [['roles', 'invalid_type']]],
    ['unknown role', custom({ roles: ['presenter', 'facilitator', 'participant', 'coach'] }), [['roles[3]', 'unknown_role']]],
    [
      'duplicate role',
      custom({ roles: ['presenter', 'facilitator', 'participant', 'participant'] }),
      [['roles[3]', 'duplicate_role']],
    ],
    ['missing facilitator role', custom({ roles: ['presenter', 'participant'] }), [['roles', 'missing_role']]],
    ['step not an object', custom({ steps: ['casus'] }), [['steps[0]', 'not_an_object']]],
    [
      'unknown kind',
      custom({ steps: [{ id: 'dansen', kind: 'dance', timeboxMinutes: 5 }] }),
      [['steps[0].kind', 'unknown_kind']],
    ],
    ['missing kind', custom({ steps: [{ id: 'iets', timeboxMinutes: 5 }] }), [['steps[0].kind', 'required']]],
    ['missing step id', custom({ steps: [{ kind: 'harvest', timeboxMinutes: 5 }] }), [['steps[0].id', 'required']]],
    [
      'missing timebox',
      custom({ steps: [{ id: 'oogst', kind: 'harvest' }] }),
      [['steps[0].timeboxMinutes', 'missing_timebox']],
    ],
    [
      'zero timebox',
      custom({ steps: [{ id: 'oogst', kind: 'harvest', timeboxMinutes: 0 }] }),
      [['steps[0].timeboxMinutes', 'invalid_timebox']],
    ],
    [
      'textual timebox',
      custom({ steps: [{ id: 'oogst', kind: 'harvest', timeboxMinutes: '10' }] }),
      [['steps[0].timeboxMinutes', 'invalid_timebox']],
    ],
    [
      'duplicate step ids',
      custom({
        steps: [
          { id: 'ronde', kind: 'question-round', timeboxMinutes: 5 },
          { id: 'ronde', kind: 'advice-round', timeboxMinutes: 5 },
        ],
      }),
      [['steps[1].id', 'duplicate_step_id']],
    ],
    [
      'input step nobody may write',
      custom({ steps: [{ id: 'oogst', kind: 'harvest', timeboxMinutes: 5, writers: [] }] }),
      [['steps[0].writers', 'nobody_may_write']],
    ],
    [
      'writers on a step without board',
      custom({ steps: [{ id: 'wissel', kind: 'rotation', timeboxMinutes: 1, writers: ['participant'] }] }),
      [['steps[0].writers', 'writers_without_board']],
    ],
    [
      'writer role the method lacks',
      custom({ steps: [{ id: 'oogst', kind: 'harvest', timeboxMinutes: 5, writers: ['notetaker'] }] }),
      [['steps[0].writers', 'writer_not_in_roles']],
    ],
    [
      'unknown writer role',
      custom({ steps: [{ id: 'oogst', kind: 'harvest', timeboxMinutes: 5, writers: ['participant', 'gast'] }] }),
      [['steps[0].writers[1]', 'unknown_role']],
    ],
    [
      'unknown presenter mode',
      custom({ steps: [{ id: 'casus', kind: 'case-presentation', timeboxMinutes: 5, presenterMode: 'sleeps' }] }),
      [['steps[0].presenterMode', 'unknown_presenter_mode']],
    ],
    [
      'presenter answering in a gossip round',
      custom({ steps: [{ id: 'roddel', kind: 'gossip-round', timeboxMinutes: 5, presenterMode: 'answers' }] }),
      [['steps[0].presenterMode', 'presenter_mode_not_allowed']],
    ],
    [
      'private drafts in a question round',
      custom({ steps: [{ id: 'vragen', kind: 'question-round', timeboxMinutes: 5, privateDrafts: true }] }),
      [['steps[0].privateDrafts', 'private_drafts_not_supported']],
    ],
    [
      'private drafts not a boolean',
      custom({ steps: [{ id: 'stil', kind: 'silent-writing', timeboxMinutes: 5, privateDrafts: 'ja' }] }),
      [['steps[0].privateDrafts', 'invalid_type']],
    ],
    [
      'board that does not fit the kind',
      custom({ steps: [{ id: 'oogst', kind: 'harvest', timeboxMinutes: 5, board: 'cards' }] }),
      [['steps[0].board', 'board_mismatch']],
    ],
    [
      'unknown board on an unknown kind',
      custom({ steps: [{ id: 'x', kind: 'dance', timeboxMinutes: 5, board: 'wall' }] }),
      [
        ['steps[0].kind', 'unknown_kind'],
        ['steps[0].board', 'board_mismatch'],
      ],
    ],
    [
      'unknown step field',
      custom({ steps: [{ id: 'oogst', kind: 'harvest', timeboxMinutes: 5, colour: 'red' }] }),
      [['steps[0].colour', 'unknown_field']],
    ],
    [
      'instructions not an object',
      custom({ steps: [{ id: 'oogst', kind: 'harvest', timeboxMinutes: 5, instructions: 'doe maar' }] }),
      [['steps[0].instructions', 'invalid_type']],
    ],
    [
      'instruction for an unknown role',
      custom({ steps: [{ id: 'oogst', kind: 'harvest', timeboxMinutes: 5, instructions: { coach: { nl: 'x' } } }] }),
      [['steps[0].instructions.coach', 'unknown_field']],
    ],
    [
      'empty instruction',
      custom({ steps: [{ id: 'oogst', kind: 'harvest', timeboxMinutes: 5, instructions: { presenter: { nl: '' } } }] }),
      [['steps[0].instructions.presenter.nl', 'empty_text']],
    ],
    [
      'more than four hours',
      custom({
        steps: [
          { id: 'casus', kind: 'case-presentation', timeboxMinutes: 120 },
          { id: 'vragen', kind: 'question-round', timeboxMinutes: 121 },
        ],
      }),
      [['steps', 'too_long']],
    ],
    [
      'more than forty steps',
      custom({ steps: Array.from({ length: 41 }, (_, index) => ({ id: `stap-${index}`, kind: 'group-analysis', timeboxMinutes: 1 })) }),
      [['steps', 'too_many_steps']],
    ],
  ])('reports %s', (_name, json, expected) => {
    expect(codesAt(json)).toEqual(expected);
  });

  it('lists every problem at once, each with a key, parameters and a Dutch and English text from the catalogue', () => {
    const problems = problemsOf({
      id: 'X',
      name: { nl: '' },
      minGroupSize: 10,
      maxGroupSize: 5,
      steps: [
        { id: 'a', kind: 'dance' },
        { id: 'a', kind: 'harvest', timeboxMinutes: 200, writers: [] },
        { id: 'b', kind: 'question-round', timeboxMinutes: 100 },
      ],
    });
    expect(problems.map((problem) => [problem.path, problem.code])).toEqual([
      ['id', 'invalid_id'],
      ['name.nl', 'empty_text'],
      ['minGroupSize', 'min_above_max'],
      ['steps[0].kind', 'unknown_kind'],
      ['steps[0].timeboxMinutes', 'missing_timebox'],
      ['steps[1].writers', 'nobody_may_write'],
      ['steps[1].id', 'duplicate_step_id'],
      ['steps', 'too_long'],
    ]);
    for (const problem of problems) {
      expect(problem.message.nl).toMatch(/[a-z]/);
      expect(problem.message.en).toMatch(/[a-z]/);
      expect(problem.message.en).not.toBe(problem.message.nl);
    }
    expect(problems.find((problem) => problem.code === 'too_long')?.message.nl).toContain('300 minuten');
    expect(problems.find((problem) => problem.code === 'too_long')?.message.en).toContain('300 minutes');
    expect(problems.find((problem) => problem.code === 'too_long')?.params).toMatchObject({ total: 300 });
    expect(problems.find((problem) => problem.code === 'nobody_may_write')?.message.nl).toContain('niemand mag schrijven');
    expect(problems.find((problem) => problem.code === 'nobody_may_write')?.message.en).toContain('nobody may write');
  });
});
