import { PERSPECTIVES, perspectiveOfBackground } from '@mao/domain';
import type { Background } from '@mao/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { troikaConsulting } from '../methods/troika-consulting.js';
import { PERSPECTIVE_PREFERENCE, proposePerspectiveAssignments, proposeRotation } from './perspectives.js';
import { apply, applyAll, newSession } from './test/fixtures.js';

describe('proposePerspectiveAssignments', () => {
  it('gives everyone a lens other than their own, child and parent first', () => {
    const proposal = proposePerspectiveAssignments([
      { userId: 'anna', background: 'onderwijs' },
      { userId: 'bram', background: 'ouder' },
      { userId: 'cees', background: 'zorg' },
      { userId: 'dana', background: 'kind' as Background }, // not a background, treated as having no own lens
    ]);
    expect(proposal).toEqual([
      { userId: 'anna', perspective: 'kind' },
      { userId: 'bram', perspective: 'onderwijs' },
      { userId: 'cees', perspective: 'ouder' },
      { userId: 'dana', perspective: 'zorg' },
    ]);
  });

  it('skips excluded people (the inbrenger) and duplicates', () => {
    const proposal = proposePerspectiveAssignments(
      [
        { userId: 'piet', background: 'gemeente' },
        { userId: 'anna', background: 'anders' },
        { userId: 'anna', background: 'anders' },
      ],
      { exclude: ['piet'] },
    );
    expect(proposal).toEqual([{ userId: 'anna', perspective: 'kind' }]);
  });

  it('never gives someone their own domain and spreads lenses evenly', () => {
    const background = fc.constantFrom<Background>('onderwijs', 'zorg', 'jeugdhulp', 'gemeente', 'ouder', 'anders');
    fc.assert(
      fc.property(fc.array(background, { maxLength: 30 }), (backgrounds) => {
        const members = backgrounds.map((value, index) => ({ userId: `u${index}`, background: value }));
        const proposal = proposePerspectiveAssignments(members);
        expect(proposal).toHaveLength(members.length);
        proposal.forEach((entry, index) => {
          const member = members[index];
          expect(entry.userId).toBe(member?.userId);
          if (member) expect(entry.perspective).not.toBe(perspectiveOfBackground(member.background));
          expect(PERSPECTIVES).toContain(entry.perspective);
        });
        const counts = PERSPECTIVE_PREFERENCE.map((perspective) => proposal.filter((entry) => entry.perspective === perspective).length);
        // Own-domain exclusions can unbalance by at most one per lens.
        if (members.length > 0) expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(Math.ceil(members.length / 6) + 1);
      }),
    );
  });
});

describe('proposeRotation', () => {
  const method = troikaConsulting;
  const base = () =>
    applyAll(newSession(method), method, [
      ['fien', { type: 'join' }],
      ['piet', { type: 'join' }],
      ['anna', { type: 'join' }],
      ['fien', { type: 'start' }],
    ]);

  it('proposes the first present person who has not presented, keeping the facilitator', () => {
    expect(proposeRotation({ ...base(), presentUserIds: ['piet', 'anna', 'fien'] })).toEqual({ presenterId: 'anna', facilitatorId: 'fien' });
  });

  it('keeps the facilitator for last', () => {
    expect(proposeRotation(base())).toEqual({ presenterId: 'anna', facilitatorId: 'fien' });
  });

  it('passes facilitation to the outgoing presenter when the facilitator is next', () => {
    const state = apply(base(), method, 'fien', { type: 'rotateRoles', presenterId: 'anna', facilitatorId: 'fien' }).state;
    expect(proposeRotation(state)).toEqual({ presenterId: 'fien', facilitatorId: 'anna' });
  });

  it('is null when everyone has presented', () => {
    let state = apply(base(), method, 'fien', { type: 'rotateRoles', presenterId: 'fien', facilitatorId: 'piet' }).state;
    state = apply(state, method, 'piet', { type: 'rotateRoles', presenterId: 'anna', facilitatorId: 'piet' }).state;
    expect(proposeRotation(state)).toBeNull();
  });

  it('finds a facilitator among those present when there is no presenter', () => {
    const state = { ...newSession(method, { facilitatorId: 'fien' }), presentUserIds: ['fien', 'anna'] };
    expect(proposeRotation(state)).toEqual({ presenterId: 'anna', facilitatorId: 'fien' });
    // Only the facilitator is left and nobody can take over.
    expect(proposeRotation({ ...state, presentUserIds: ['fien'] })).toBeNull();
    expect(proposeRotation({ ...state, facilitatorId: null, presentUserIds: ['anna', 'bram'] })).toEqual({
      presenterId: 'anna',
      facilitatorId: 'bram',
    });
  });
});
