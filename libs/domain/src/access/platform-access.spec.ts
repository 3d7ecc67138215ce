import { describe, expect, it } from 'vitest';
import { PLATFORM_ACTIONS, PLATFORM_MATRIX, canOnPlatform, fromOtherRegion, mayAnswerRegionally, platformRefusal, platformRelation, type PlatformRelation } from './platform-access.js';

describe('platform relation', () => {
  it.each([
    [null, false, 'anonymous'],
    [{ isPlatformAdmin: false, platformRole: null, adviceMemberSince: null }, false, 'outsider'],
    [{ isPlatformAdmin: false, platformRole: null, adviceMemberSince: null }, true, 'pending'],
    [{ isPlatformAdmin: false, platformRole: 'gespreksleider', adviceMemberSince: null }, false, 'outsider'],
    [{ isPlatformAdmin: false, platformRole: null, adviceMemberSince: '2026-01-01T00:00:00Z' }, false, 'member'],
    [{ isPlatformAdmin: false, platformRole: 'makelaar', adviceMemberSince: null }, false, 'makelaar'],
    [{ isPlatformAdmin: true, platformRole: null, adviceMemberSince: null }, false, 'admin'],
  ] as const)('%o (pending request %s) is %s', (person, pending, expected) => {
    expect(platformRelation(person, pending)).toBe(expected);
  });
});

describe('platform matrix', () => {
  const table: Record<PlatformRelation, string[]> = {
    anonymous: ['joinRequests.create'],
    outsider: ['joinRequests.create'],
    pending: [],
    member: ['questions.view', 'questions.ask', 'questions.answer', 'content.report'],
    makelaar: ['questions.view', 'questions.ask', 'questions.answer', 'content.report', 'questions.harvest', 'questions.match', 'joinRequests.review'],
    admin: PLATFORM_ACTIONS.filter((a) => a !== 'joinRequests.create'),
  };
  it.each(Object.entries(table))('%s may do exactly %j', (relation, allowed) => {
    for (const action of PLATFORM_ACTIONS) {
      expect(canOnPlatform(relation as PlatformRelation, action), `${relation} ${action}`).toBe(allowed.includes(action));
    }
  });

  it('names every action', () => {
    expect(Object.keys(PLATFORM_MATRIX).sort()).toEqual([...PLATFORM_ACTIONS].sort());
  });

  it('tells outsiders and pending people nothing exists, members that they may not', () => {
    expect(platformRefusal('anonymous')).toBe('unauthenticated');
    expect(platformRefusal('outsider')).toBe('not_found');
    expect(platformRefusal('pending')).toBe('not_found');
    expect(platformRefusal('member')).toBe('forbidden');
    expect(platformRefusal('makelaar')).toBe('forbidden');
  });
});

describe('regions', () => {
  it('marks answers from another known region only', () => {
    expect(fromOtherRegion('twente', 'zeeland')).toBe(true);
    expect(fromOtherRegion('twente', 'twente')).toBe(false);
    expect(fromOtherRegion(null, 'twente')).toBe(false);
    expect(fromOtherRegion('twente', null)).toBe(false);
  });
  it('"alleen van buiten mijn regio" refuses the same or an unknown region', () => {
    expect(mayAnswerRegionally(false, 'twente', 'twente')).toBe(true);
    expect(mayAnswerRegionally(true, 'twente', 'zeeland')).toBe(true);
    expect(mayAnswerRegionally(true, 'twente', 'twente')).toBe(false);
    expect(mayAnswerRegionally(true, 'twente', null)).toBe(false);
  });
});
