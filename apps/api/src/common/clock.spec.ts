import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SessionView } from '@mao/domain';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { amsterdam, runner, sessionCommunity, subjectOf } from '../sessions/session-test-kit.js';
import { clientAs } from '../test/fixtures.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The api reads one injectable clock. These tests put it years after today, so they would fail
 * if a use case still read the wall clock (the jobs planned at boot, by the wall clock, are due then).
 */
describe('the api clock', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.clock.release());
  afterAll(() => t.close());

  const CLEAN_CASE = {
    title: 'Overstap naar het voortgezet onderwijs loopt vast',
    context: 'Een leerling van elf jaar heeft sinds de zomer steeds vaker buikpijn voor schooltijd.',
    keyQuestion: 'Hoe maken we één plan met de ouders?',
    tried: 'Een gesprek met ouders en de intern begeleider.',
    askOfGroup: 'Kijk mee vanuit jullie eigen domein.',
    anonymisedConfirmed: true,
    consentConfirmed: true,
  };

  it('schedules, lists and reminds by the clock, not by the wall', async () => {
    const now = new Date('2034-03-06T08:00:00.000Z');
    t.clock.set(now);
    const f = await sessionCommunity(t, 'clock-future');
    const url = `/api/communities/${f.community.id}/sessions`;
    const body = (startsAt: string) => ({ title: 'Intervisie in de toekomst', methodId: 'met-andere-ogen', startsAt, presenterId: f.presenter.user.id });

    const past = await f.facilitator.client.post<{ error: { code: string } }>(url, body(amsterdam(-1, '15:00', now)));
    expect(past.status).toBe(422);
    expect(past.body.error.code).toBe('session_in_past');

    const created = await f.facilitator.client.post<SessionView>(url, body(amsterdam(2, '15:00', now)));
    expect(created.status).toBe(201);
    const s = created.body;
    expect(s.startsAt).toBe('2034-03-08T14:00:00.000Z');
    expect((await f.member.client.get<SessionView[]>('/api/me/sessions?when=upcoming')).body.map((x) => x.id)).toEqual([s.id]);

    // 23 hours before the start the 24-hour reminder is due: runDue() without a time reads the clock.
    const before = t.outbox().length;
    t.clock.set(new Date(Date.parse(s.startsAt) - 23 * HOUR));
    expect((await runner(t).runDue()).done).toBeGreaterThan(0);
    const subjects = t.outbox().slice(before).map(subjectOf);
    expect(subjects.some((subject) => subject.startsWith('Herinnering'))).toBe(true);

    // Once the session has ended by the clock, it is no longer upcoming but past.
    t.clock.set(new Date(Date.parse(s.endsAt) + HOUR));
    expect((await f.member.client.get<SessionView[]>('/api/me/sessions?when=upcoming')).body).toEqual([]);
    expect((await f.member.client.get<SessionView[]>('/api/me/sessions?when=past')).body.map((x) => x.id)).toEqual([s.id]);
  });

  it('purges a cancelled session’s casus once the retention period has passed on the clock', async () => {
    const now = new Date('2035-05-10T08:00:00.000Z');
    t.clock.set(now);
    const f = await sessionCommunity(t, 'clock-past');
    const s = (await f.facilitator.client.post<SessionView>(`/api/communities/${f.community.id}/sessions`, {
      title: 'Intervisie in het verleden',
      methodId: 'met-andere-ogen',
      startsAt: amsterdam(7, '15:00', now),
      presenterId: f.presenter.user.id,
    })).body;
    expect((await f.presenter.client.put(`/api/sessions/${s.id}/case`, CLEAN_CASE)).status).toBe(200);
    expect((await f.facilitator.client.post(`/api/sessions/${s.id}/cancel`)).status).toBe(200);
    const [planned] = await t.dataSource.query(`SELECT purge_after FROM cases WHERE session_id = $1`, [s.id]);
    expect((planned.purge_after as Date).toISOString()).toBe(new Date(now.getTime() + 30 * DAY).toISOString());

    // Weeks pass on the clock: the old login has expired too, so the presenter logs in again.
    t.clock.set(new Date(now.getTime() + 29 * DAY));
    expect((await f.presenter.client.get(`/api/sessions/${s.id}/case`)).status).toBe(401);
    const presenter = await clientAs(t, f.presenter.user);
    await runner(t).runDue();
    expect((await presenter.get(`/api/sessions/${s.id}/case`)).status).toBe(200);

    t.clock.set(new Date(now.getTime() + 31 * DAY));
    await runner(t).runDue();
    expect((await presenter.get<{ error: { code: string } }>(`/api/sessions/${s.id}/case`)).body.error.code).toBe('case_purged');
  });
});
