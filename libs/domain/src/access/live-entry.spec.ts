import { describe, expect, it } from 'vitest';
import { liveEntry, type LiveEntryInput } from './live-entry.js';

const TODAY = '2026-12-15';
const base: LiveEntryInput = { status: 'scheduled', myRole: 'participant', myRsvp: null, localDate: TODAY, maxParticipants: 8, yesCount: 3 };

describe('liveEntry: how a member gets into the live room from the session page', () => {
  const cases: Array<[string, Partial<LiveEntryInput>, ReturnType<typeof liveEntry>]> = [
    ['facilitator on the day', { myRole: 'facilitator', myRsvp: 'yes' }, { kind: 'enter' }],
    ['inbrenger on the day, even without an answer', { myRole: 'presenter' }, { kind: 'enter' }],
    ['member who said yes', { myRsvp: 'yes' }, { kind: 'enter' }],
    ['member without an answer: yes and in, in one step', {}, { kind: 'rsvp-and-enter' }],
    ['member who said maybe', { myRsvp: 'maybe' }, { kind: 'rsvp-and-enter' }],
    ['member who said no', { myRsvp: 'no' }, { kind: 'rsvp-and-enter' }],
    ['member without a seat when every place is taken', { yesCount: 8 }, { kind: 'refused', reason: 'full' }],
    ['member who said yes when the session is full: has their seat', { myRsvp: 'yes', yesCount: 8 }, { kind: 'enter' }],
    ['live session on a later day (started late): still open', { status: 'live', localDate: '2026-12-14' }, { kind: 'rsvp-and-enter' }],
    ['the day before', { localDate: '2026-12-16' }, { kind: 'refused', reason: 'not_today' }],
    ['cancelled', { status: 'cancelled', myRsvp: 'yes' }, { kind: 'refused', reason: 'cancelled' }],
    ['closed', { status: 'closed', myRsvp: 'yes' }, { kind: 'refused', reason: 'ended' }],
    ['not a member of the CoP (a platform administrator)', { myRole: null }, { kind: 'refused', reason: 'not_member' }],
  ];
  it.each(cases)('%s', (_name, change, expected) => {
    expect(liveEntry({ ...base, ...change }, TODAY)).toEqual(expected);
  });
});
