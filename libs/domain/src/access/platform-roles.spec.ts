import { describe, expect, it } from 'vitest';
import { canCreateCommunity, COMMUNITY_CREATION_POLICIES, type PlatformActor } from './platform-roles.js';

const admin: PlatformActor = { isPlatformAdmin: true, platformRole: null };
const gespreksleider: PlatformActor = { isPlatformAdmin: false, platformRole: 'gespreksleider' };
const account: PlatformActor = { isPlatformAdmin: false, platformRole: null };

describe('who may create a CoP', () => {
  it.each([
    ['gespreksleiders', true, true, false],
    ['admins', true, false, false],
    ['everyone', true, true, true],
  ] as const)('policy %s: admin %s, gespreksleider %s, any account %s', (policy, forAdmin, forGespreksleider, forAccount) => {
    expect(canCreateCommunity(admin, policy)).toBe(forAdmin);
    expect(canCreateCommunity(gespreksleider, policy)).toBe(forGespreksleider);
    expect(canCreateCommunity(account, policy)).toBe(forAccount);
  });

  it('defaults to administrators and appointed gespreksleiders', () => {
    expect(COMMUNITY_CREATION_POLICIES).toContain('gespreksleiders');
    expect(canCreateCommunity(account)).toBe(false);
    expect(canCreateCommunity(gespreksleider)).toBe(true);
  });
});
