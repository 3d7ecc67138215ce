import { describe, expect, it } from 'vitest';
import { totalMinutes } from '../method/agenda.js';
import { MAX_METHOD_MINUTES } from '../method/method-messages.js';
import { STEP_KINDS } from '../method/step-kinds.js';
import type { Method } from '../method/types.js';
import { proposeRotation } from '../session/perspectives.js';
import { canWrite, draftBoardId, everyoneReady, presenterInstruction, writableBoards } from '../session/queries.js';
import type { SessionEvent } from '../session/events.js';
import type { SessionState } from '../session/state.js';
import { MINUTE, T0, apply, newSession } from '../session/test/fixtures.js';
import { BUILT_IN_METHODS, DEFAULT_METHOD_ID, findBuiltInMethod } from './registry.js';
import { metAndereOgen } from './met-andere-ogen.js';
import { troikaConsulting } from './troika-consulting.js';

describe('BUILT_IN_METHODS', () => {
  it('ships the seven methods, flagship first', () => {
    expect(BUILT_IN_METHODS.map((method) => method.id)).toEqual([
      'met-andere-ogen',
      'incidentmethode',
      'roddelmethode',
      'balintmethode',
      'socratische-intervisie',
      'waarderende-intervisie',
      'troika-consulting',
    ]);
    expect(DEFAULT_METHOD_ID).toBe('met-andere-ogen');
  });

  it.each([
    ['balintmethode', 'Balintmethode'],
    ['troika-consulting', 'Troika consulting'],
    ['bestaat-niet', undefined],
  ])('findBuiltInMethod(%s) finds %s', (id, name) => {
    expect(findBuiltInMethod(id)?.name.nl).toBe(name);
  });

  it.each(BUILT_IN_METHODS.map((method) => [method.id, method] as const))('%s is complete and bilingual', (_id, method) => {
    expect(new Set(method.steps.map((step) => step.id)).size).toBe(method.steps.length);
    expect(totalMinutes(method)).toBeLessThanOrEqual(MAX_METHOD_MINUTES);
    expect(method.minGroupSize).toBeLessThanOrEqual(method.maxGroupSize);
    expect(method.name.nl).not.toBe('');
    const texts = [
      method.description,
      method.whenToUse,
      ...method.steps.flatMap((step) => [step.title, step.instructions.facilitator, step.instructions.presenter, step.instructions.participants]),
    ];
    for (const text of texts) {
      expect(text.nl.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
      expect(text.nl).not.toBe(text.en);
    }
    for (const step of method.steps) for (const writer of step.writers) expect(method.roles).toContain(writer);
  });
});

describe('the Met Andere Ogen flagship', () => {
  it('follows look-back, incident structure, perspectives, advice, response, harvest and evaluation', () => {
    expect(metAndereOgen.steps.map((step) => step.kind)).toEqual([
      'check-in',
      'case-presentation',
      'silent-writing',
      'question-round',
      'key-question',
      'perspective-analysis',
      'advice-round',
      'presenter-response',
      'harvest',
      'evaluation',
    ]);
  });

  it('lets people write from their perspective in private first', () => {
    const analysis = metAndereOgen.steps.find((step) => step.kind === 'perspective-analysis');
    expect(analysis).toMatchObject({ board: 'perspectives', presenterMode: 'listens', privateDrafts: true });
  });
});

describe('Troika consulting', () => {
  it('has three client rounds with a rotation between them', () => {
    expect(troikaConsulting.steps.filter((step) => step.kind === 'gossip-round')).toHaveLength(3);
    expect(troikaConsulting.steps.filter((step) => step.kind === 'rotation').map((step) => step.id)).toEqual(['wissel-1', 'wissel-2']);
    expect([troikaConsulting.minGroupSize, troikaConsulting.maxGroupSize]).toEqual([3, 3]);
  });
});

/**
 * Runs a whole session as a facilitator would: everyone marks ready, private drafts are
 * written and revealed, roles are settled where the method asks, then on to the next step.
 */
function walkThrough(method: Method): { state: SessionState; events: SessionEvent[]; commands: number } {
  const people = method.maxGroupSize === 3 ? ['fien', 'piet', 'anna'] : ['fien', 'piet', 'anna', 'bram', 'cees'];
  const needsPresenterFirst = method.steps[0]?.kind !== 'case-selection';
  let state = newSession(method, { facilitatorId: 'fien', presenterId: needsPresenterFirst ? 'piet' : null });
  const events: SessionEvent[] = [];
  let now = T0;
  let commands = 0;
  const act = (actorId: string, command: Parameters<typeof apply>[3]): void => {
    commands += 1;
    const result = apply(state, method, actorId, command, now);
    state = result.state;
    events.push(...result.events);
  };

  for (const person of people) act(person, { type: 'join' });
  act('fien', { type: 'start' });

  method.steps.forEach((step, index) => {
    expect(state.currentStepId).toBe(step.id);
    if (step.kind === 'role-assignment') act('fien', { type: 'assignPresenter', userId: 'piet' });
    if (step.kind === 'rotation') {
      const next = proposeRotation(state);
      expect(next).not.toBeNull();
      if (next) act(state.facilitatorId ?? '', { type: 'rotateRoles', ...next });
    }
    // A group step not about the case, where the inbrenger would "have the floor", shows no banner.
    const groupStep = !STEP_KINDS[step.kind].needsPresenter && step.presenterMode === 'speaks';
    expect(presenterInstruction(state, method)?.mode).toBe(state.presenterId === null || groupStep ? undefined : step.presenterMode);

    const writer = people.find((person) => person !== state.facilitatorId && person !== state.presenterId) ?? '';
    if (step.privateDrafts) {
      expect(writableBoards(state, method, writer, 'participant')).toEqual([draftBoardId(step.id, writer)]);
    }
    for (const person of people) if (person !== state.facilitatorId) act(person, { type: 'markReady' });
    expect(everyoneReady(state)).toBe(true);
    if (step.privateDrafts) {
      act(state.facilitatorId ?? '', { type: 'revealDrafts' });
      expect(canWrite(state, method, writer, 'participant', draftBoardId(step.id, writer))).toBe(false);
    }

    now += step.timeboxMinutes * MINUTE;
    if (index < method.steps.length - 1) act(state.facilitatorId ?? '', { type: 'advance' });
  });
  act(state.facilitatorId ?? '', { type: 'end' });
  return { state, events, commands };
}

describe.each(BUILT_IN_METHODS.map((method) => [method.id, method] as const))('walkthrough: %s', (_id, method) => {
  it('runs from start to end', () => {
    const { state, events, commands } = walkThrough(method);
    expect(state.status).toBe('ended');
    expect(state.currentStepIndex).toBe(method.steps.length - 1);
    expect(state.endedAt).toBe(T0 + totalMinutes(method) * MINUTE);
    const moves = events.filter((event) => event.type === 'step_changed');
    expect(moves.map((event) => event.to)).toEqual(method.steps.slice(1).map((step) => step.id));
    expect(events[0]).toMatchObject({ type: 'participant_joined' });
    expect(events.find((event) => event.type === 'session_started')).toMatchObject({ stepId: method.steps[0]?.id, at: T0 });
    expect(events.at(-1)).toMatchObject({ type: 'session_ended', stepId: method.steps.at(-1)?.id });
    const drafted = method.steps.filter((step) => step.privateDrafts).map((step) => step.id);
    expect(state.revealedStepIds).toEqual(drafted);
    expect(state.revision).toBe(commands);
  });
});

describe('walkthrough: Troika rotation', () => {
  it('gives every member one turn as client, passing facilitation on when the facilitator presents', () => {
    const { events } = walkThrough(troikaConsulting);
    const presenters = ['piet', ...events.flatMap((event) => (event.type === 'presenter_assigned' && event.to ? [event.to] : []))];
    // fien facilitates and presents last; then the outgoing presenter takes over.
    expect(presenters).toEqual(['piet', 'anna', 'fien']);
    expect(events.some((event) => event.type === 'facilitator_assigned' && event.handover)).toBe(true);
  });
});
