import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, type CommunityAction, type CommunityRelation, type CommunityView, type InvitationView } from '@mao/domain';
import { startTestApp, type TestApp, type TestClient } from '../test/test-app.js';
import { addMember, clientAs, createUser } from '../test/fixtures.js';

/**
 * Walks every CoP route as a non-member, a member and a facilitator and checks the outcome
 * against the one permission matrix in libs/domain. A non-member learns nothing: 404.
 */
interface Fixture {
  community: CommunityView;
  targetMemberId: string;
  invitationId: string;
  clients: Record<CommunityRelation, TestClient>;
}

interface RouteCase {
  action: CommunityAction;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: (f: Fixture) => string;
  body?: (n: number) => unknown;
}

const ROUTES: RouteCase[] = [
  { action: 'community.view', method: 'GET', path: (f) => `/api/communities/${f.community.id}` },
  { action: 'community.update', method: 'PATCH', path: (f) => `/api/communities/${f.community.id}`, body: () => ({ description: 'Nieuwe beschrijving' }) },
  { action: 'members.view', method: 'GET', path: (f) => `/api/communities/${f.community.id}/members` },
  { action: 'members.manage', method: 'PATCH', path: (f) => `/api/communities/${f.community.id}/members/${f.targetMemberId}`, body: () => ({ role: 'facilitator' }) },
  { action: 'members.manage', method: 'DELETE', path: (f) => `/api/communities/${f.community.id}/members/${f.targetMemberId}` },
  { action: 'invitations.view', method: 'GET', path: (f) => `/api/communities/${f.community.id}/invitations` },
  { action: 'invitations.manage', method: 'POST', path: (f) => `/api/communities/${f.community.id}/invitations`, body: (n) => ({ email: `new-${n}@example.org`, role: 'member' }) },
  { action: 'invitations.manage', method: 'POST', path: (f) => `/api/communities/${f.community.id}/invitations/${f.invitationId}/revoke` },
  { action: 'invitations.manage', method: 'POST', path: (f) => `/api/communities/${f.community.id}/invitations/${f.invitationId}/resend` },
  { action: 'community.leave', method: 'POST', path: (f) => `/api/communities/${f.community.id}/leave` },
];

describe('permission matrix walk over every CoP route', () => {
  let t: TestApp;
  let counter = 0;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function fixture(): Promise<Fixture> {
    const n = ++counter;
    const facilitator = await createUser(t, { email: `f${n}@example.org`, name: `Facilitator ${n}` });
    const coFacilitator = await createUser(t, { email: `cf${n}@example.org` });
    const member = await createUser(t, { email: `m${n}@example.org` });
    const target = await createUser(t, { email: `target${n}@example.org` });
    const outsider = await createUser(t, { email: `o${n}@example.org` });
    const facilitatorClient = await clientAs(t, facilitator);
    const community = (await facilitatorClient.post<CommunityView>('/api/communities', { name: `Geheime CoP ${n}` })).body;
    await addMember(t, community.id, coFacilitator.id, 'facilitator');
    await addMember(t, community.id, member.id);
    await addMember(t, community.id, target.id);
    const invitation = (await facilitatorClient.post<InvitationView>(`/api/communities/${community.id}/invitations`, { email: `pending${n}@example.org`, role: 'member' })).body;
    return {
      community,
      targetMemberId: target.id,
      invitationId: invitation.id,
      clients: { facilitator: facilitatorClient, member: await clientAs(t, member), none: await clientAs(t, outsider) },
    };
  }

  for (const route of ROUTES) {
    for (const relation of ['none', 'member', 'facilitator'] as const) {
      const allowed = can(relation, route.action);
      it(`${route.method} ${route.path({ community: { id: ':id' }, targetMemberId: ':userId', invitationId: ':invitationId' } as Fixture)} as ${relation} → ${allowed ? 'allowed' : relation === 'none' ? '404' : '403'}`, async () => {
        const f = await fixture();
        const response = await f.clients[relation].request(route.method, route.path(f), route.body?.(counter) ?? (route.method === 'GET' ? undefined : {}));
        if (allowed) {
          expect(response.status, JSON.stringify(response.body)).toBeGreaterThanOrEqual(200);
          expect(response.status).toBeLessThan(300);
        } else if (relation === 'none') {
          expect(response.status).toBe(404);
          expect(response.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
          expect(JSON.stringify(response.body)).not.toContain('Geheime');
        } else {
          expect(response.status).toBe(403);
          expect(response.body).toMatchObject({ error: { code: 'forbidden' } });
        }
      });
    }
  }

  it('gives a non-member the same 404 for an existing CoP as for one that does not exist', async () => {
    const f = await fixture();
    const existing = await f.clients.none.get(`/api/communities/${f.community.id}`);
    const missing = await f.clients.none.get('/api/communities/00000000-0000-4000-8000-000000000000');
    expect(existing.status).toBe(404);
    expect(existing.body).toEqual(missing.body);
  });

  it('lists only my own CoPs', async () => {
    const f = await fixture();
    const mine = await f.clients.none.get<CommunityView[]>('/api/communities');
    expect(mine.body.map((c) => c.id)).not.toContain(f.community.id);
    const member = await f.clients.member.get<CommunityView[]>('/api/communities');
    expect(member.body.map((c) => c.id)).toContain(f.community.id);
  });

  it('rejects malformed ids with 400 instead of a database error', async () => {
    const f = await fixture();
    const response = await f.clients.member.get('/api/communities/not-a-uuid');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 'validation_failed' } });
  });
});
