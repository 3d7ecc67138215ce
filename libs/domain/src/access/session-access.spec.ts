import { describe, expect, it } from 'vitest';
import { canManageSession, canReadCase, canWriteCase, hasConfirmedSeat, isSessionOpen, isSessionParticipant, reminderRecipients, type SessionActor } from './session-access.js';

const session = { facilitatorId: 'fac', presenterId: 'pre' };
const actor = (userId: string, relation: SessionActor['relation'], rsvp: SessionActor['rsvp'] = null, isPlatformAdmin = false): SessionActor => ({ userId, relation, rsvp, isPlatformAdmin });

describe('per-session rules', () => {
  it.each([
    ['session facilitator', actor('fac', 'member'), true, false, true],
    ['presenter', actor('pre', 'member'), true, true, false],
    ['participant (yes)', actor('p1', 'member', 'yes'), true, false, false],
    ['participant (maybe): reads only after confirming', actor('p2', 'member', 'maybe'), false, false, false],
    ['member who said no', actor('p3', 'member', 'no'), false, false, false],
    ['member without answer', actor('p4', 'member'), false, false, false],
    ['CoP facilitator without answer', actor('cf', 'facilitator'), false, false, true],
    ['platform administrator, not a member', actor('adm', 'none', null, true), false, false, true],
    ['platform administrator, member who said maybe', actor('adm', 'member', 'maybe', true), false, false, true],
    ['platform administrator, member who said yes', actor('adm', 'member', 'yes', true), true, false, true],
    ['facilitator who said maybe (still the facilitator)', actor('fac', 'member', 'maybe'), true, false, true],
    ['former member who said yes', actor('gone', 'none', 'yes'), false, false, false],
    ['presenter who left the CoP', actor('pre', 'none'), false, false, false],
  ])('%s: read %s, write %s, manage %s', (_who, who, read, write, manage) => {
    expect(canReadCase(session, who)).toBe(read);
    expect(canWriteCase(session, who)).toBe(write);
    expect(canManageSession(session, who)).toBe(manage);
  });

  it('a confirmed seat is facilitator, presenter or yes; maybe takes part (roster, reminders) without a seat', () => {
    expect(hasConfirmedSeat(session, actor('p', 'member', 'yes'))).toBe(true);
    expect(hasConfirmedSeat(session, actor('p', 'member', 'maybe'))).toBe(false);
    expect(isSessionParticipant(session, actor('p', 'member', 'maybe'))).toBe(true);
    expect(hasConfirmedSeat(session, actor('pre', 'member', 'no'))).toBe(true);
    expect(hasConfirmedSeat(session, actor('pre', 'none', 'yes'))).toBe(false);
  });

  it('reminds yes and maybe, the facilitator and the presenter, once each', () => {
    expect(
      reminderRecipients(session, [
        { userId: 'a', rsvp: 'yes' },
        { userId: 'b', rsvp: 'no' },
        { userId: 'c', rsvp: 'maybe' },
        { userId: 'pre', rsvp: 'yes' },
      ]).sort(),
    ).toEqual(['a', 'c', 'fac', 'pre']);
    expect(reminderRecipients({ facilitatorId: 'fac', presenterId: null }, [])).toEqual(['fac']);
  });

  it('is open until closed or cancelled', () => {
    expect(['scheduled', 'live', 'closed', 'cancelled'].map((s) => isSessionOpen(s as 'live'))).toEqual([true, true, false, false]);
  });
});
