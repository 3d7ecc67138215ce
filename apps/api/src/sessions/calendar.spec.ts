import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarFeedView, SessionView } from '@mao/domain';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { amsterdam, parseIcs, sessionCommunity } from './session-test-kit.js';

describe('personal calendar feed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const feedPath = (url: string) => new URL(url).pathname;

  it('lists my sessions (not those I declined, no casus text) behind a secret, rotatable token', async () => {
    const f = await sessionCommunity(t, 'feed');
    const other = await sessionCommunity(t, 'feed-other');
    const post = (title: string, days: number) =>
      f.facilitator.client.post<SessionView>(`/api/communities/${f.community.id}/sessions`, { title, methodId: 'met-andere-ogen', startsAt: amsterdam(days), presenterId: f.presenter.user.id });
    const going = (await post('Ik ga', 3)).body;
    const declined = (await post('Ik ga niet', 4)).body;
    const cancelled = (await post('Gaat niet door', 5)).body;
    const elsewhere = (await other.facilitator.client.post<SessionView>(`/api/communities/${other.community.id}/sessions`, { title: 'Andere CoP', methodId: 'met-andere-ogen', startsAt: amsterdam(3) })).body;
    await f.member.client.put(`/api/sessions/${declined.id}/rsvp`, { response: 'no' });
    await f.facilitator.client.post(`/api/sessions/${cancelled.id}/cancel`);
    await f.presenter.client.put(`/api/sessions/${going.id}/case`, {
      title: 'Geheime casustitel',
      context: 'Een leerling van elf jaar met buikpijn.',
      keyQuestion: 'Wat is de kernvraag?',
      tried: '',
      askOfGroup: 'Kijk mee.',
      anonymisedConfirmed: true,
      consentConfirmed: true,
    });

    const first = await f.member.client.get<CalendarFeedView>('/api/me/calendar');
    expect(first.body).toMatchObject({ active: true, url: expect.stringMatching(/\/api\/calendar\/[A-Za-z0-9_-]{40,}\.ics$/) });
    const again = await f.member.client.get<CalendarFeedView>('/api/me/calendar');
    expect(again.body).toMatchObject({ active: true, url: null, createdAt: first.body.createdAt });
    const url = first.body.url ?? '';

    const feed = await t.client().get<string>(feedPath(url)); // no cookie: the token is the permission
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    const events = parseIcs(feed.body);
    expect(events.map((e) => e.uid)).toEqual([`session-${going.id}@intervisie`, `session-${cancelled.id}@intervisie`]);
    expect(events[0]).toMatchObject({ method: null, sequence: 0, status: 'CONFIRMED', summary: 'Ik ga' });
    expect(events[1]).toMatchObject({ status: 'CANCELLED', sequence: 1 });
    expect(events.map((e) => e.uid)).not.toContain(`session-${elsewhere.id}@intervisie`);
    expect(feed.body).not.toContain('Geheime');
    expect(feed.body).not.toContain('buikpijn');

    const rotated = await f.member.client.post<CalendarFeedView>('/api/me/calendar/rotate');
    expect(rotated.body.url).not.toBe(url);
    expect((await t.client().get(feedPath(url))).status).toBe(404);
    expect((await t.client().get(feedPath(rotated.body.url ?? ''))).status).toBe(200);

    expect((await f.member.client.delete('/api/me/calendar')).status).toBe(204);
    expect((await t.client().get(feedPath(rotated.body.url ?? ''))).status).toBe(404);
    expect((await f.member.client.get<CalendarFeedView>('/api/me/calendar')).body.url).toMatch(/\.ics$/);

    expect((await t.client().get('/api/calendar/kort.ics')).status).toBe(404);
    expect((await t.client().get(`/api/calendar/${'a'.repeat(43)}.txt`)).status).toBe(404);
    expect((await t.client().get('/api/me/calendar')).status).toBe(401);
  });
});
