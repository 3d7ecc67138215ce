import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionView } from '@mao/domain';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { amsterdam, sessionCommunity } from '../sessions/session-test-kit.js';

/** Private answers must not be kept by a browser, proxy or disk cache (issue 12). */
describe('Cache-Control: no-store on private answers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is sent on every private answer — successes, refusals and errors alike — and not on the public api docs', async () => {
    const f = await sessionCommunity(t, 'nostore');
    const s = (await f.facilitator.client.post<SessionView>(`/api/communities/${f.community.id}/sessions`, {
      title: 'Intervisie zonder cache',
      methodId: 'met-andere-ogen',
      startsAt: amsterdam(5),
      presenterId: f.presenter.user.id,
    })).body;
    const casus = {
      title: 'Een leerling die steeds vaker thuis blijft',
      context: 'Een leerling van twaalf jaar blijft sinds de herfst vaak thuis.',
      keyQuestion: 'Hoe krijgen we school en thuis weer met elkaar in gesprek?',
      tried: '',
      askOfGroup: 'Welke vragen zouden jullie stellen?',
      anonymisedConfirmed: true,
      consentConfirmed: true,
    };
    expect((await f.presenter.client.put(`/api/sessions/${s.id}/case`, casus)).headers.get('cache-control')).toBe('no-store');
    const feed = await f.member.client.get<{ url: string }>('/api/me/calendar');

    const answers: Array<[string, Promise<{ status: number; headers: Headers }>, number]> = [
      ['the casus', f.presenter.client.get(`/api/sessions/${s.id}/case`), 200],
      ['the casus, refused', f.other.client.get(`/api/sessions/${s.id}/case`), 403],
      ['a session', f.member.client.get(`/api/sessions/${s.id}`), 200],
      ['my sessions', f.member.client.get('/api/me/sessions'), 200],
      ['my account', f.member.client.get('/api/me'), 200],
      ['a CoP', f.member.client.get(`/api/communities/${f.community.id}`), 200],
      ['lessons', f.member.client.get('/api/lessons'), 200],
      ['not logged in', t.client().get('/api/me'), 401],
      ['not found', f.member.client.get('/api/sessions/00000000-0000-4000-8000-000000000000'), 404],
      ['invalid input', f.member.client.put(`/api/sessions/${s.id}/rsvp`, { response: 'misschien' }), 400],
      ['the calendar feed (its token is the permission)', t.client().get(new URL(feed.body.url).pathname), 200],
      ['health', t.client().get('/health/ready'), 200],
    ];
    for (const [what, answer, status] of answers) {
      const response = await answer;
      expect(response.status, what).toBe(status);
      expect(response.headers.get('cache-control'), what).toMatch(/(^|,\s*)no-store(\s*,|$)/);
    }
    // The .ics download is private too, and says so itself.
    expect((await f.member.client.get(`/api/sessions/${s.id}/ics`)).headers.get('cache-control')).toBe('private, no-store');
    // The OpenAPI document is the same for everyone.
    expect((await t.client().get('/api/docs/openapi.json')).headers.get('cache-control') ?? '').not.toContain('no-store');
  });
});
