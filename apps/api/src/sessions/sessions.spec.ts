import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import type { SessionView } from '@mao/domain';
import { metAndereOgen, totalMinutes } from '@mao/intervisie-method';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { amsterdam, calendarParts, mailsTo, parseIcs, sessionCommunity, subjectOf } from './session-test-kit.js';

interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

describe('scheduling sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('schedules a session: 201 with id, status, agenda with Amsterdam clock times and the method total as duration', async () => {
    const f = await sessionCommunity(t, 'happy');
    const startsAt = amsterdam(7, '15:00');
    const before = t.outbox().length;
    const response = await f.facilitator.client.post<SessionView>(`/api/communities/${f.community.id}/sessions`, {
      title: 'Samen rond de overstap naar het vo',
      methodId: 'met-andere-ogen',
      startsAt,
      presenterId: f.presenter.user.id,
      videoUrl: 'https://meet.example.org/abc',
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const s = response.body;
    expect(s).toMatchObject({
      communityId: f.community.id,
      communityName: f.community.name,
      title: 'Samen rond de overstap naar het vo',
      status: 'scheduled',
      timezone: 'Europe/Amsterdam',
      startClock: '15:00',
      durationMinutes: totalMinutes(metAndereOgen),
      facilitator: { id: f.facilitator.user.id, name: 'Fien Facilitator' },
      presenter: { id: f.presenter.user.id, name: 'Pien Presenter' },
      maxParticipants: metAndereOgen.maxGroupSize,
      method: { id: 'met-andere-ogen', version: metAndereOgen.version, source: 'builtin', stepCount: metAndereOgen.steps.length },
      myRole: 'facilitator',
      myRsvp: 'yes',
      canManage: true,
      hasCase: false,
      icsSequence: 0,
      url: `${t.config.publicUrl}/sessies/${s.id}`,
    });
    expect(new Date(s.startsAt).toISOString()).toBe(new Date(startsAt).toISOString());
    expect(s.agenda).toHaveLength(metAndereOgen.steps.length);
    expect(s.agenda[0]).toMatchObject({ index: 0, stepId: metAndereOgen.steps[0]?.id, startClock: '15:00', startsAt: s.startsAt });
    expect(s.agenda.at(-1)?.endsAt).toBe(s.endsAt);
    expect(s.counts).toMatchObject({ yes: 2, no: 0, maybe: 0, members: 5, noResponse: 3 });

    // Every member got an invitation with a parseable METHOD:REQUEST .ics.
    const mails = t.outbox().slice(before);
    expect(mails).toHaveLength(5);
    const mine = mailsTo(t, 'happy-member@example.org', before)[0] ?? '';
    expect(subjectOf(mine)).toMatch(/^Uitnodiging: Samen rond de overstap naar het vo \(\w+dag \d+ \w+ \d{4}, 15:00–\d\d:\d\d\)$/);
    expect(calendarParts(mine)).toHaveLength(1);
    const [ics] = calendarParts(mine);
    const [event] = parseIcs(ics ?? '');
    expect(event).toMatchObject({ method: 'REQUEST', uid: `session-${s.id}@intervisie`, sequence: 0, status: 'CONFIRMED', summary: s.title, url: s.url });
    expect(event?.start.toISOString()).toBe(s.startsAt);
    expect(event?.end.toISOString()).toBe(s.endsAt);
    expect(event?.description).toContain('15:00');
    expect(event?.description).toContain(`/sessies/${s.id}`);

    // Readable by members, listed as upcoming.
    const asMember = await f.member.client.get<SessionView>(`/api/sessions/${s.id}`);
    expect(asMember.body).toMatchObject({ id: s.id, myRole: 'participant', myRsvp: null, canManage: false, canReadCase: false });
    const upcoming = await f.member.client.get<SessionView[]>(`/api/communities/${f.community.id}/sessions?when=upcoming`);
    expect(upcoming.body.map((x) => x.id)).toContain(s.id);
    const past = await f.member.client.get<SessionView[]>(`/api/communities/${f.community.id}/sessions?when=past`);
    expect(past.body.map((x) => x.id)).not.toContain(s.id);
  });

  it('keeps real time across the October daylight-saving change', async () => {
    const f = await sessionCommunity(t, 'dst');
    // The last Sunday of October after now: clocks go back from 03:00 CEST to 02:00 CET.
    let day = DateTime.now().setZone('Europe/Amsterdam').set({ month: 10, day: 31 });
    if (day < DateTime.now()) day = day.plus({ years: 1 });
    while (day.weekday !== 7) day = day.minus({ days: 1 });
    const startsAt = `${day.toFormat('yyyy-MM-dd')}T01:30:00+02:00`;
    const response = await f.facilitator.client.post<SessionView>(`/api/communities/${f.community.id}/sessions`, {
      title: 'Nachtelijke intervisie',
      methodId: 'met-andere-ogen',
      startsAt,
      durationMinutes: 120,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const s = response.body;
    // 120 real minutes, but the wall clock only moves from 01:30 to 02:30 (02:00–03:00 happens twice).
    expect(Date.parse(s.endsAt) - Date.parse(s.startsAt)).toBe(120 * 60_000);
    expect(s.startClock).toBe('01:30');
    expect(s.endClock).toBe('02:30');
    expect(s.startsAt).toBe(`${day.toFormat('yyyy-MM-dd')}T23:30:00.000Z`.replace(day.toFormat('yyyy-MM-dd'), day.minus({ days: 1 }).toFormat('yyyy-MM-dd')));
    // Agenda steps after 03:00 CEST are shown in CET.
    const clocks = s.agenda.map((a) => a.startClock);
    expect(clocks[0]).toBe('01:30');
    const lastStart = s.agenda.at(-1);
    expect(lastStart?.startClock).toBe(DateTime.fromISO(lastStart?.startsAt ?? '').setZone('Europe/Amsterdam').toFormat('HH:mm'));
    // Same instant in the .ics.
    const ics = await f.member.client.get<string>(`/api/sessions/${s.id}/ics`);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    const [event] = parseIcs(ics.body);
    expect(event?.start.toISOString()).toBe(s.startsAt);
    expect(event?.end.toISOString()).toBe(s.endsAt);
    expect(event?.method).toBe('PUBLISH');
  });

  it.each([
    ['start in the past', (_f: Fx) => ({ title: 'Te laat', methodId: 'met-andere-ogen', startsAt: new Date(Date.now() - 3_600_000).toISOString() }), 422, 'session_in_past'],
    ['end before start', (_f: Fx) => ({ title: 'Verkeerd om', methodId: 'met-andere-ogen', startsAt: amsterdam(7, '15:00'), endsAt: amsterdam(7, '14:00') }), 400, 'validation_failed'],
    ['a zero duration', (_f: Fx) => ({ title: 'Kort', methodId: 'met-andere-ogen', startsAt: amsterdam(7), durationMinutes: 0 }), 400, 'validation_failed'],
    ['a start without time zone', (_f: Fx) => ({ title: 'Zonder zone', methodId: 'met-andere-ogen', startsAt: '2030-01-01T15:00:00' }), 400, 'validation_failed'],
    ['an unknown method', (_f: Fx) => ({ title: 'Geen methode', methodId: 'bestaat-niet', startsAt: amsterdam(7) }), 422, 'unknown_method'],
    ['a presenter who is not a member', (f: Fx) => ({ title: 'Vreemde inbrenger', methodId: 'met-andere-ogen', startsAt: amsterdam(7), presenterId: f.outsider.user.id }), 422, 'not_a_member'],
    ['a facilitator who is not a member', (f: Fx) => ({ title: 'Vreemde leider', methodId: 'met-andere-ogen', startsAt: amsterdam(7), facilitatorId: f.outsider.user.id }), 422, 'not_a_member'],
    ['presenter = facilitator', (f: Fx) => ({ title: 'Alleen', methodId: 'met-andere-ogen', startsAt: amsterdam(7), presenterId: f.facilitator.user.id }), 422, 'presenter_is_facilitator'],
    ['too few places for the method', (_f: Fx) => ({ title: 'Te klein', methodId: 'met-andere-ogen', startsAt: amsterdam(7), maxParticipants: 3 }), 422, 'max_participants_too_low'],
    ['an unknown field', (_f: Fx) => ({ title: 'Extra', methodId: 'met-andere-ogen', startsAt: amsterdam(7), room: 'B12' }), 400, 'validation_failed'],
    ['a video link that is not http(s)', (_f: Fx) => ({ title: 'Link', methodId: 'met-andere-ogen', startsAt: amsterdam(7), videoUrl: 'javascript:alert(1)' }), 400, 'validation_failed'],
    ['a BSN in the title (titles go into every invitation)', (_f: Fx) => ({ title: 'Casus 123456782', methodId: 'met-andere-ogen', startsAt: amsterdam(7) }), 422, 'privacy_findings'],
    ['a phone number in the notes', (_f: Fx) => ({ title: 'Casusbespreking', methodId: 'met-andere-ogen', startsAt: amsterdam(7), notes: 'Bel de moeder op 06-12345678' }), 422, 'privacy_findings'],
  ])('refuses %s', async (_label, body, status, code) => {
    const f = await sessionCommunity(t, `bad-${Math.random().toString(36).slice(2, 8)}`);
    const response = await f.facilitator.client.post<ErrorBody>(`/api/communities/${f.community.id}/sessions`, body(f));
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.message).toMatch(/[a-z]/);
  });

  it('RSVPs; a full session refuses another yes; a cancelled session refuses RSVPs', async () => {
    const f = await sessionCommunity(t, 'rsvp');
    const created = await f.facilitator.client.post<SessionView>(`/api/communities/${f.community.id}/sessions`, {
      title: 'Kleine groep',
      methodId: 'incidentmethode',
      startsAt: amsterdam(10, '10:00'),
      presenterId: f.presenter.user.id,
      maxParticipants: 4,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id;
    const maybe = await f.member.client.put<SessionView>(`/api/sessions/${id}/rsvp`, { response: 'maybe' });
    expect(maybe.body).toMatchObject({ myRsvp: 'maybe', counts: { yes: 2, maybe: 1 } });
    expect((await f.member.client.put<SessionView>(`/api/sessions/${id}/rsvp`, { response: 'yes' })).body.myRsvp).toBe('yes');
    expect((await f.other.client.put<SessionView>(`/api/sessions/${id}/rsvp`, { response: 'yes' })).body.counts.yes).toBe(4);
    const full = await f.extra.client.put<ErrorBody>(`/api/sessions/${id}/rsvp`, { response: 'yes' });
    expect(full.status).toBe(409);
    expect(full.body.error).toMatchObject({ code: 'session_full', message: 'Deze sessie is vol.' });
    // Saying yes again, or maybe, is fine when full.
    expect((await f.member.client.put(`/api/sessions/${id}/rsvp`, { response: 'yes' })).status).toBe(200);
    expect((await f.extra.client.put(`/api/sessions/${id}/rsvp`, { response: 'maybe' })).status).toBe(200);
    expect((await f.extra.client.put<ErrorBody>(`/api/sessions/${id}/rsvp`, { response: 'ja' })).body.error.code).toBe('validation_failed');

    const participants = (await f.member.client.get<SessionView>(`/api/sessions/${id}`)).body.participants;
    expect(participants.map((p) => [p.name, p.rsvp])).toContainEqual(['Mo Member', 'yes']);

    const before = t.outbox().length;
    const cancelled = await f.facilitator.client.post<SessionView>(`/api/sessions/${id}/cancel`);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', icsSequence: 1 });
    const cancelMail = mailsTo(t, 'rsvp-member@example.org', before)[0] ?? '';
    expect(subjectOf(cancelMail)).toMatch(/^Geannuleerd: Kleine groep/);
    const [event] = parseIcs(calendarParts(cancelMail)[0] ?? '');
    expect(event).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', uid: `session-${id}@intervisie`, sequence: 1 });

    const refused = await f.member.client.put<ErrorBody>(`/api/sessions/${id}/rsvp`, { response: 'no' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'session_not_open', message: 'Deze sessie is geannuleerd of afgesloten.' });
    expect((await f.facilitator.client.patch<ErrorBody>(`/api/sessions/${id}`, { title: 'Toch wel' })).body.error.code).toBe('session_not_open');
    expect((await f.facilitator.client.post<ErrorBody>(`/api/sessions/${id}/cancel`)).body.error.code).toBe('session_not_open');
  });

  it('reschedules: same UID, SEQUENCE + 1, a new REQUEST; changes of notes only send nothing', async () => {
    const f = await sessionCommunity(t, 'patch');
    const created = (await f.facilitator.client.post<SessionView>(`/api/communities/${f.community.id}/sessions`, { title: 'Eerste opzet', methodId: 'met-andere-ogen', startsAt: amsterdam(14, '15:00') })).body;
    let before = t.outbox().length;
    const moved = await f.facilitator.client.patch<SessionView>(`/api/sessions/${created.id}`, { startsAt: amsterdam(15, '09:30'), presenterId: f.presenter.user.id });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body).toMatchObject({ icsSequence: 1, startClock: '09:30', presenter: { id: f.presenter.user.id } });
    const [updated] = parseIcs(calendarParts(mailsTo(t, 'patch-member@example.org', before)[0] ?? '')[0] ?? '');
    expect(updated).toMatchObject({ method: 'REQUEST', uid: `session-${created.id}@intervisie`, sequence: 1 });
    expect(updated?.start.toISOString()).toBe(moved.body.startsAt);
    expect(subjectOf(mailsTo(t, 'patch-member@example.org', before)[0] ?? '')).toMatch(/^Gewijzigd: Eerste opzet/);

    before = t.outbox().length;
    const method = await f.facilitator.client.patch<SessionView>(`/api/sessions/${created.id}`, { methodId: 'incidentmethode' });
    expect(method.body).toMatchObject({ icsSequence: 2, method: { id: 'incidentmethode' } });
    expect(method.body.durationMinutes).toBe(method.body.method.totalMinutes);
    expect(parseIcs(calendarParts(mailsTo(t, 'patch-member@example.org', before)[0] ?? '')[0] ?? '')[0]?.sequence).toBe(2);

    before = t.outbox().length;
    const notes = await f.facilitator.client.patch<SessionView>(`/api/sessions/${created.id}`, { notes: 'Neem je jaarplan mee.' });
    expect(notes.body).toMatchObject({ icsSequence: 2, notes: 'Neem je jaarplan mee.' });
    expect(t.outbox().length).toBe(before);

    expect((await f.facilitator.client.patch<ErrorBody>(`/api/sessions/${created.id}`, { startsAt: new Date(Date.now() - 60_000).toISOString() })).body.error.code).toBe('session_in_past');
    expect((await f.facilitator.client.patch<ErrorBody>(`/api/sessions/${created.id}`, { endsAt: amsterdam(15, '09:00') })).body.error.code).toBe('validation_failed');
    expect((await f.facilitator.client.patch<ErrorBody>(`/api/sessions/${created.id}`, { presenterId: f.facilitator.user.id })).body.error.code).toBe('presenter_is_facilitator');
    expect((await f.facilitator.client.patch<ErrorBody>(`/api/sessions/${created.id}`, {})).body.error.code).toBe('validation_failed');
    expect((await f.member.client.patch<ErrorBody>(`/api/sessions/${created.id}`, { title: 'Overgenomen' })).status).toBe(403);
  });

  it('lists my sessions across CoPs, upcoming first, with my role', async () => {
    const a = await sessionCommunity(t, 'mine-a');
    const b = await sessionCommunity(t, 'mine-b');
    // The member of A is also the presenter in B.
    await t.dataSource.query(`INSERT INTO memberships (community_id, user_id, role) VALUES ($1, $2, 'member')`, [b.community.id, a.member.user.id]);
    const s1 = (await a.facilitator.client.post<SessionView>(`/api/communities/${a.community.id}/sessions`, { title: 'Later in A', methodId: 'met-andere-ogen', startsAt: amsterdam(20) })).body;
    const s2 = (await b.facilitator.client.post<SessionView>(`/api/communities/${b.community.id}/sessions`, { title: 'Eerder in B', methodId: 'met-andere-ogen', startsAt: amsterdam(5), presenterId: a.member.user.id })).body;
    const s3 = (await a.facilitator.client.post<SessionView>(`/api/communities/${a.community.id}/sessions`, { title: 'Voorbij in A', methodId: 'met-andere-ogen', startsAt: amsterdam(3) })).body;
    await t.dataSource.query(`UPDATE sessions SET starts_at = now() - interval '3 days', status = 'closed', closed_at = now() - interval '3 days' WHERE id = $1`, [s3.id]);
    const mine = await a.member.client.get<SessionView[]>('/api/me/sessions');
    expect(mine.body.map((s) => s.id)).toEqual([s2.id, s1.id, s3.id]);
    expect(mine.body.map((s) => s.myRole)).toEqual(['presenter', 'participant', 'participant']);
    expect(mine.body[0]).toMatchObject({ communityName: b.community.name, myRsvp: 'yes', hasCase: false, canWriteCase: true });
    expect((await a.member.client.get<SessionView[]>('/api/me/sessions?when=past')).body.map((s) => s.id)).toEqual([s3.id]);
    expect((await a.outsider.client.get<SessionView[]>('/api/me/sessions')).body).toEqual([]);
  });
});

type Fx = Awaited<ReturnType<typeof sessionCommunity>>;
