import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_METHODS } from '../methods/registry.js';
import type { Method } from '../method/types.js';
import { HELPER_ROLES, SESSION_COMMAND_TYPES, parseSessionCommand } from './commands.js';
import { reduce } from './reducer.js';
import { newSession, T0 } from './test/fixtures.js';

const long = 'x'.repeat(201);

describe('parseSessionCommand (zod discriminated union)', () => {
  it('knows every command type', () => {
    expect(SESSION_COMMAND_TYPES).toEqual([
      'start', 'advance', 'back', 'jumpTo', 'pause', 'resume', 'setTimer', 'extendTimer', 'revealDrafts', 'raiseHand', 'lowerHand', 'markReady',
      'unmarkReady', 'assignPresenter', 'assignFacilitator', 'handOverFacilitation', 'rotateRoles', 'assignPerspective', 'assignHelper', 'join', 'leave', 'end', 'closeWindow',
    ]);
    expect(HELPER_ROLES).toEqual(['timekeeper', 'notetaker']);
  });

  it.each<[string, unknown]>([
    ['a bare command', { type: 'advance' }],
    ['a jump', { type: 'jumpTo', stepId: 'adviesronde' }],
    ['reveal without a step', { type: 'revealDrafts' }],
    ['reveal with a step', { type: 'revealDrafts', stepId: 'stil' }],
    ['negative minutes (the reducer judges them)', { type: 'setTimer', minutes: -3 }],
    ['lowering another hand', { type: 'lowerHand', userId: 'anna' }],
    ['no presenter', { type: 'assignPresenter', userId: null }],
    ['both roles at once', { type: 'rotateRoles', presenterId: 'anna', facilitatorId: 'piet' }],
    ['an unknown perspective (the reducer gives it its own code)', { type: 'assignPerspective', userId: 'anna', perspective: 'politie' }],
    ['no perspective', { type: 'assignPerspective', userId: 'anna', perspective: null }],
    ['a timekeeper', { type: 'assignHelper', role: 'timekeeper', userId: 'anna' }],
    ['no notetaker', { type: 'assignHelper', role: 'notetaker', userId: null }],
  ])('accepts %s, unchanged', (_name, input) => {
    expect(parseSessionCommand(input)).toEqual(input);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'advance'],
    ['a list', [{ type: 'advance' }]],
    ['no type', {}],
    ['an unknown type', { type: 'dance' }],
    ['a type from the prototype', { type: 'toString' }],
    ['an extra field', { type: 'advance', stepId: 'x' }],
    ['an extra field on a command with a payload', { type: 'assignHelper', role: 'timekeeper', userId: 'anna', extra: 1 }],
    ['a missing field', { type: 'jumpTo' }],
    ['an empty step id', { type: 'jumpTo', stepId: '' }],
    ['a too long step id', { type: 'jumpTo', stepId: 'x'.repeat(65) }],
    ['infinite minutes', { type: 'extendTimer', minutes: Number.POSITIVE_INFINITY }],
    ['NaN minutes', { type: 'setTimer', minutes: Number.NaN }],
    ['textual minutes', { type: 'setTimer', minutes: '5' }],
    ['a too long user id', { type: 'assignFacilitator', userId: long }],
    ['a missing presenter field', { type: 'assignPresenter' }],
    ['a helper role that is no helper', { type: 'assignHelper', role: 'presenter', userId: 'anna' }],
    ['a helper without userId', { type: 'assignHelper', role: 'notetaker' }],
    ['a numeric perspective', { type: 'assignPerspective', userId: 'anna', perspective: 3 }],
  ])('refuses %s', (_name, input) => {
    expect(parseSessionCommand(input)).toBeNull();
  });

  it('never throws, and whatever it accepts has a known type', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ type: fc.constantFrom(...SESSION_COMMAND_TYPES) }, { requiredKeys: [] })), (input) => {
        const parsed = parseSessionCommand(input);
        if (parsed !== null) expect(SESSION_COMMAND_TYPES).toContain(parsed.type);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the session context', () => {
  const method = BUILT_IN_METHODS[0] as Method;
  it.each<[string, Record<string, unknown>]>([
    ['backgrounds that are not a list', { backgrounds: 'onderwijs' }],
    ['an unknown background', { backgrounds: [{ userId: 'anna', background: 'politie' }] }],
    ['a take-over vouch that is not a boolean', { actorMayTakeOver: 'ja' }],
    ['an infinite time', { now: Number.POSITIVE_INFINITY }],
  ])('is refused with %s', (_name, extra) => {
    expect(reduce(newSession(method), { type: 'join' }, { method, actorId: 'anna', now: T0, ...extra } as never)).toEqual({ ok: false, error: 'invalid_context' });
  });

  it('accepts the roster backgrounds', () => {
    const result = reduce(newSession(method), { type: 'join' }, { method, actorId: 'anna', now: T0, backgrounds: [{ userId: 'anna', background: 'zorg' }] });
    expect(result.ok).toBe(true);
  });
});
