import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_METHODS } from '../methods/registry.js';
import type { Method } from '../method/types.js';
import { reduce } from './reducer.js';
import { timeRemaining } from './queries.js';
import { createSessionState, sessionStateProblems } from './state.js';
import type { SessionState } from './state.js';
import { T0 } from './test/fixtures.js';

const PEOPLE = ['fien', 'piet', 'anna', 'bram', 'zoe'] as const;
/** Stands for whoever facilitates when the move is played. */
const CURRENT_FACILITATOR = '@facilitator';
const person = fc.constantFrom(...PEOPLE);
const runs = { numRuns: 300 };

/** Well-formed commands (most of them), with step ids of the method and some that do not exist. */
function commandArbitrary(method: Method): fc.Arbitrary<unknown> {
  const stepId = fc.oneof(fc.constantFrom(...method.steps.map((step) => step.id)), fc.constant('bestaat-niet'));
  const minutes = fc.oneof(fc.integer({ min: -5, max: 300 }), fc.double({ min: -1, max: 300, noNaN: true }));
  const wellFormed = fc.oneof(
    fc.constantFrom(
      { type: 'start' },
      { type: 'advance' },
      { type: 'advance' },
      { type: 'back' },
      { type: 'pause' },
      { type: 'resume' },
      { type: 'revealDrafts' },
      { type: 'raiseHand' },
      { type: 'lowerHand' },
      { type: 'markReady' },
      { type: 'unmarkReady' },
      { type: 'join' },
      { type: 'join' },
      { type: 'leave' },
      { type: 'end' },
    ),
    stepId.map((id) => ({ type: 'jumpTo', stepId: id })),
    stepId.map((id) => ({ type: 'revealDrafts', stepId: id })),
    minutes.map((value) => ({ type: 'setTimer', minutes: value })),
    minutes.map((value) => ({ type: 'extendTimer', minutes: value })),
    person.map((userId) => ({ type: 'lowerHand', userId })),
    fc.option(person, { nil: null }).map((userId) => ({ type: 'assignPresenter', userId })),
    person.map((userId) => ({ type: 'assignFacilitator', userId })),
    person.map((userId) => ({ type: 'handOverFacilitation', userId })),
    fc.tuple(person, person).map(([presenterId, facilitatorId]) => ({ type: 'rotateRoles', presenterId, facilitatorId })),
    fc
      .tuple(person, fc.constantFrom('onderwijs', 'zorg', 'kind', 'ouder', 'politie', null))
      .map(([userId, perspective]) => ({ type: 'assignPerspective', userId, perspective })),
  );
  // Garbage too: the reducer must stay total for anything a socket can deliver.
  return fc.oneof({ weight: 12, arbitrary: wellFormed }, { weight: 1, arbitrary: fc.anything() });
}

interface Move {
  readonly actor: string;
  readonly command: unknown;
  /** Milliseconds since the previous command; sometimes negative, as server clocks drift. */
  readonly delay: number;
  readonly takeOver: boolean;
}

function scenario(method: Method): fc.Arbitrary<{ roles: { facilitatorId: string | null; presenterId: string | null }; moves: Move[] }> {
  const move = fc.record({
    // Half of the moves come from whoever facilitates at that moment, so sessions get far.
    actor: fc.oneof({ weight: 1, arbitrary: person }, { weight: 1, arbitrary: fc.constant(CURRENT_FACILITATOR) }),
    command: commandArbitrary(method),
    delay: fc.integer({ min: -60_000, max: 20 * 60_000 }),
    takeOver: fc.integer({ min: 0, max: 9 }).map((value) => value === 0),
  });
  const anyRoles = fc
    .tuple(fc.option(person, { nil: null }), fc.option(person, { nil: null }))
    .filter(([facilitatorId, presenterId]) => facilitatorId === null || facilitatorId !== presenterId)
    .map(([facilitatorId, presenterId]) => ({ facilitatorId, presenterId }));
  const roles = fc.oneof(
    { weight: 4, arbitrary: fc.constant({ facilitatorId: 'fien', presenterId: 'piet' }) },
    { weight: 1, arbitrary: anyRoles },
  );
  // Most scenarios begin with people joining and the session starting, so that they get far.
  const opening: Move[] = [...PEOPLE.slice(0, 4).map((actor) => ({ actor, command: { type: 'join' }, delay: 1000, takeOver: false }))];
  return fc.record({
    roles,
    moves: fc.array(move, { minLength: 1, maxLength: 80, size: 'large' }).map((moves) => [
      ...opening,
      { actor: 'fien', command: { type: 'start' }, delay: 1000, takeOver: false },
      ...moves,
    ]),
  });
}

const methodArbitrary = fc.constantFrom(...BUILT_IN_METHODS);

function actorOf(move: Move, state: SessionState): string {
  return move.actor === CURRENT_FACILITATOR ? (state.facilitatorId ?? 'fien') : move.actor;
}

/** Plays a scenario, calling `observe` on every step with the state before and the result. */
function play(
  method: Method,
  input: { roles: { facilitatorId: string | null; presenterId: string | null }; moves: Move[] },
  observe: (before: SessionState, move: Move, now: number, result: ReturnType<typeof reduce>) => void,
): void {
  const created = createSessionState(method, input.roles);
  if (!created.ok) throw new Error(created.error);
  let state = created.state;
  let now = T0;
  for (const move of input.moves) {
    now += move.delay;
    const actorId = actorOf(move, state);
    const result = reduce(state, move.command, { method, actorId, now, actorMayTakeOver: move.takeOver });
    observe(state, { ...move, actor: actorId }, now, result);
    if (result.ok) state = result.state;
  }
}

describe('session state machine properties', () => {
  it('never produces an unsound state, whatever the commands', () => {
    fc.assert(
      fc.property(methodArbitrary.chain((method) => scenario(method).map((input) => ({ method, input }))), ({ method, input }) => {
        play(method, input, (_before, _move, now, result) => {
          if (!result.ok) return;
          const { state } = result;
          expect(sessionStateProblems(state, method)).toEqual([]);
          expect(state.currentStepIndex).toBeGreaterThanOrEqual(0);
          expect(state.currentStepIndex).toBeLessThan(method.steps.length);
          if (state.facilitatorId !== null) expect(state.facilitatorId).not.toBe(state.presenterId);
          for (const later of [now, now + 1, now - 60_000, now + 3_600_000]) {
            const clock = timeRemaining(state, later);
            expect(clock.remainingMs).toBeGreaterThanOrEqual(0);
            expect(clock.overtimeMs).toBeGreaterThanOrEqual(0);
          }
          expect(JSON.parse(JSON.stringify(state))).toEqual(state);
        });
      }),
      runs,
    );
  });

  it('changes nothing when it refuses, and never mutates its input', () => {
    fc.assert(
      fc.property(methodArbitrary.chain((method) => scenario(method).map((input) => ({ method, input }))), ({ method, input }) => {
        const created = createSessionState(method, input.roles);
        if (!created.ok) return;
        let state = created.state;
        let now = T0;
        for (const move of input.moves) {
          now += move.delay;
          const snapshot = structuredClone(state);
          const actorId = actorOf(move, state);
          const result = reduce(state, move.command, { method, actorId, now, actorMayTakeOver: move.takeOver });
          expect(state).toEqual(snapshot);
          if (result.ok) {
            expect(result.state.revision).toBe(state.revision + 1);
            expect(result.events.length).toBeGreaterThan(0);
            for (const event of result.events) expect(event).toMatchObject({ at: now, by: actorId });
            state = result.state;
          } else {
            expect(Object.keys(result)).toEqual(['ok', 'error']);
          }
        }
      }),
      runs,
    );
  });

  it('returns to the same step when back follows an advance or a jump', () => {
    fc.assert(
      fc.property(methodArbitrary.chain((method) => scenario(method).map((input) => ({ method, input }))), ({ method, input }) => {
        play(method, input, (before, _move, now, result) => {
          if (!result.ok) return;
          const moved = result.events.find((event) => event.type === 'step_changed' && event.reason !== 'back');
          if (!moved) return;
          const facilitatorId = result.state.facilitatorId ?? '';
          const back = reduce(result.state, { type: 'back' }, { method, actorId: facilitatorId, now: now + 1 });
          expect(back.ok).toBe(true);
          if (back.ok) {
            expect(back.state.currentStepIndex).toBe(before.currentStepIndex);
            expect(back.state.stepHistory).toEqual(before.stepHistory);
          }
        });
      }),
      runs,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(methodArbitrary.chain((method) => scenario(method).map((input) => ({ method, input }))), ({ method, input }) => {
        const first: unknown[] = [];
        const second: unknown[] = [];
        play(method, input, (_before, _move, _now, result) => first.push(result));
        play(method, input, (_before, _move, _now, result) => second.push(result));
        expect(second).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });

  it('never throws, whatever state, command and context it gets', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (state, command, context) => {
        const result = reduce(state as SessionState, command, context as never);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
    const method = BUILT_IN_METHODS[0] as Method;
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (state, command) => {
        const result = reduce(state as SessionState, command, { method, actorId: 'fien', now: T0 });
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
