import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, type CommunityAction, type CommunityRelation, type SessionView } from '@mao/domain';
import { metAndereOgen } from '@mao/intervisie-method';
import { startTestApp, type TestApp, type TestClient } from '../test/test-app.js';
import { addMember, clientAs, createUser } from '../test/fixtures.js';
import { amsterdam } from './session-test-kit.js';

/**
 * Walks every session and casus route as a non-member, a member and a facilitator. Session
 * routes follow the CoP permission matrix (a non-member learns nothing: 404); the casus routes
 * follow the per-session rule (only the presenter writes; the facilitator here leads the session).
 */
interface Fixture {
  communityId: string;
  sessionId: string;
  clients: Record<CommunityRelation, TestClient>;
}

interface RouteCase {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  path: (f: Fixture) => string;
  body?: (n: number) => unknown;
  /** The matrix action, or explicit statuses for per-session rules. */
  expect: CommunityAction | Record<CommunityRelation, number>;
}

const CASE = { title: 'Een casus', context: 'Een leerling van elf jaar.', keyQuestion: 'Wat nu?', tried: '', askOfGroup: 'Kijk mee.', anonymisedConfirmed: true, consentConfirmed: true };

const ROUTES: RouteCase[] = [
  { name: 'GET /api/communities/:id/methods', method: 'GET', path: (f) => `/api/communities/${f.communityId}/methods`, expect: 'methods.view' },
  { name: 'POST /api/communities/:id/methods', method: 'POST', path: (f) => `/api/communities/${f.communityId}/methods`, body: (n) => ({ ...metAndereOgen, id: `walk-${n}` }), expect: 'methods.create' },
  { name: 'GET /api/communities/:id/sessions', method: 'GET', path: (f) => `/api/communities/${f.communityId}/sessions`, expect: 'sessions.view' },
  { name: 'POST /api/communities/:id/sessions', method: 'POST', path: (f) => `/api/communities/${f.communityId}/sessions`, body: () => ({ title: 'Nieuwe sessie', methodId: 'met-andere-ogen', startsAt: amsterdam(9) }), expect: 'sessions.schedule' },
  { name: 'GET /api/sessions/:id', method: 'GET', path: (f) => `/api/sessions/${f.sessionId}`, expect: 'sessions.view' },
  { name: 'PATCH /api/sessions/:id', method: 'PATCH', path: (f) => `/api/sessions/${f.sessionId}`, body: () => ({ notes: 'Nieuwe notities' }), expect: 'sessions.manage' },
  { name: 'POST /api/sessions/:id/cancel', method: 'POST', path: (f) => `/api/sessions/${f.sessionId}/cancel`, expect: 'sessions.manage' },
  { name: 'PUT /api/sessions/:id/rsvp', method: 'PUT', path: (f) => `/api/sessions/${f.sessionId}/rsvp`, body: () => ({ response: 'maybe' }), expect: 'sessions.rsvp' },
  { name: 'GET /api/sessions/:id/ics', method: 'GET', path: (f) => `/api/sessions/${f.sessionId}/ics`, expect: 'sessions.view' },
  { name: 'PUT /api/sessions/:id/case', method: 'PUT', path: (f) => `/api/sessions/${f.sessionId}/case`, body: () => CASE, expect: { none: 404, member: 403, facilitator: 403 } },
  { name: 'GET /api/sessions/:id/case', method: 'GET', path: (f) => `/api/sessions/${f.sessionId}/case`, expect: { none: 404, member: 403, facilitator: 200 } },
];

describe('permission walk over every session and casus route', () => {
  let t: TestApp;
  let counter = 0;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function fixture(): Promise<Fixture> {
    const n = ++counter;
    const facilitator = await createUser(t, { email: `wf${n}@example.org`, name: `Facilitator ${n}` });
    const presenter = await createUser(t, { email: `wp${n}@example.org` });
    const member = await createUser(t, { email: `wm${n}@example.org` });
    const outsider = await createUser(t, { email: `wo${n}@example.org` });
    const facilitatorClient = await clientAs(t, facilitator);
    const community = (await facilitatorClient.post<{ id: string }>('/api/communities', { name: `Geheime CoP ${n}` })).body;
    await addMember(t, community.id, presenter.id);
    await addMember(t, community.id, member.id);
    for (let i = 0; i < 3; i++) await addMember(t, community.id, (await createUser(t, { email: `wx${n}-${i}@example.org` })).id);
    const session = await facilitatorClient.post<SessionView>(`/api/communities/${community.id}/sessions`, { title: 'Geheime sessie', methodId: 'met-andere-ogen', startsAt: amsterdam(8), presenterId: presenter.id });
    if (session.status !== 201) throw new Error(JSON.stringify(session.body));
    const presenterClient = await clientAs(t, presenter);
    await presenterClient.put(`/api/sessions/${session.body.id}/case`, CASE);
    return { communityId: community.id, sessionId: session.body.id, clients: { facilitator: facilitatorClient, member: await clientAs(t, member), none: await clientAs(t, outsider) } };
  }

  for (const route of ROUTES) {
    for (const relation of ['none', 'member', 'facilitator'] as const) {
      const expected = typeof route.expect === 'string' ? (can(relation, route.expect) ? 200 : relation === 'none' ? 404 : 403) : route.expect[relation];
      it(`${route.name} as ${relation} → ${expected === 200 ? 'allowed' : expected}`, async () => {
        const f = await fixture();
        const response = await f.clients[relation].request(route.method, route.path(f), route.body?.(counter) ?? (route.method === 'GET' ? undefined : {}));
        if (expected === 200) {
          expect(response.status, JSON.stringify(response.body)).toBeGreaterThanOrEqual(200);
          expect(response.status).toBeLessThan(300);
        } else {
          expect(response.status, JSON.stringify(response.body)).toBe(expected);
          expect((response.body as { error: { code: string } }).error.code).toBe(expected === 404 ? 'not_found' : 'forbidden');
          expect(JSON.stringify(response.body)).not.toContain('Geheime');
        }
      });
    }
  }

  it('answers 404 for an unknown session and 401 without login', async () => {
    const f = await fixture();
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await f.clients.facilitator.get(`/api/sessions/${unknown}`)).status).toBe(404);
    expect((await f.clients.facilitator.get(`/api/sessions/${unknown}/case`)).status).toBe(404);
    expect((await f.clients.facilitator.get('/api/sessions/geen-id')).status).toBe(400);
    expect((await t.client().get(`/api/sessions/${f.sessionId}`)).status).toBe(401);
    expect((await t.client().get('/api/me/sessions')).status).toBe(401);
  });
});
