import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import type { CalendarFeedView, SessionView } from '@mao/domain';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { calendarParts, mailHalves, mailsTo, parseIcs, sessionCommunity, subjectOf, type ParsedEvent } from './session-test-kit.js';
import { SessionMailer } from './session-mailer.service.js';
import { SessionEntity } from './session.entity.js';

/**
 * Issue 16: asynchronous and mixed sessions in calendars. The mailed invitation carries one event
 * (the session's UID); the download and the personal feed add one free (TRANSP:TRANSPARENT) event
 * per written window, with its own UID and the session's SEQUENCE. Every .ics is parsed with ical.js.
 */
const HOUR = 3_600_000;
/** Monday 2 September 2030, 09:00 in Amsterdam (summer time): every date below is built from it. */
const T0 = new Date('2030-09-02T07:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

type Community = Awaited<ReturnType<typeof sessionCommunity>>;

/** TRANSP of each VEVENT by UID (ical.js; absent is OPAQUE by RFC 5545, reported as written). */
function transparency(text: string): Record<string, string | null> {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return Object.fromEntries(
    calendar.getAllSubcomponents('vevent').map((vevent) => {
      const value = vevent.getFirstPropertyValue('transp');
      return [String(vevent.getFirstPropertyValue('uid')), value === null ? null : String(value)];
    }),
  );
}

const sessionUid = (id: string) => `session-${id}@intervisie`;
const windowUid = (id: string, stepId: string) => `session-${id}-step-${stepId}@intervisie`;

describe('asynchronous and mixed sessions in calendars', () => {
  let t: TestApp;
  let c: Community;
  let feedUrl: string;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(T0.toISOString());
    c = await sessionCommunity(t, 'calwin');
    const feed = await c.member.client.get<CalendarFeedView>('/api/me/calendar');
    feedUrl = new URL(feed.body.url ?? '').pathname;
  });
  afterAll(() => t.close());

  const feedEvents = async (sessionId: string) => {
    const feed = await t.client().get<string>(feedUrl);
    expect(feed.status).toBe(200);
    return { text: feed.body, events: parseIcs(feed.body).filter((e) => e.uid.startsWith(`session-${sessionId}`)) };
  };
  const download = async (sessionId: string) => {
    const response = await c.member.client.get<string>(`/api/sessions/${sessionId}/ics`);
    expect(response.status).toBe(200);
    return { text: response.body, events: parseIcs(response.body) };
  };
  /** The one .ics of the one mail to the member since `from`. */
  const mailedIcs = (from: number) => {
    const mails = mailsTo(t, c.member.user.email, from);
    expect(mails).toHaveLength(1);
    const parts = calendarParts(mails[0] ?? '');
    expect(parts).toHaveLength(1);
    return { eml: mails[0] ?? '', text: parts[0] ?? '', events: parseIcs(parts[0] ?? '') };
  };
  /** The session's event first, then one per window with its window's times. */
  const expectWindowEvents = (events: ParsedEvent[], session: SessionView, sequence: number, status: 'CONFIRMED' | 'CANCELLED') => {
    expect(events.map((e) => e.uid)).toEqual([sessionUid(session.id), ...session.windows.map((w) => windowUid(session.id, w.stepId))]);
    for (const [index, window] of session.windows.entries()) {
      const event = events[index + 1];
      expect(event?.start.toISOString()).toBe(window.opensAt);
      expect(event?.end.toISOString()).toBe(window.closesAt);
      expect(event?.summary).toBe(`${status === 'CANCELLED' ? 'Geannuleerd: ' : ''}Stap open: ${window.title.nl} — ${session.title}`);
    }
    for (const event of events) expect(event).toMatchObject({ sequence, status });
  };

  it('async: one free event spanning the windows in the invitation; one free event per window in the download and the feed; a change raises SEQUENCE on all and mails an update; cancelling cancels all', async () => {
    const before = t.outbox().length;
    const created = await c.facilitator.client.post<SessionView>(`/api/communities/${c.community.id}/sessions`, {
      title: 'Schriftelijk over de overstap',
      methodId: 'met-andere-ogen',
      mode: 'async',
      startsAt: at(24 * HOUR).toISOString(),
      presenterId: c.presenter.user.id,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const session = created.body;
    expect(session.windows).toHaveLength(10);
    const first = session.windows[0];
    const last = session.windows.at(-1);

    // The invitation: exactly one VEVENT (Outlook reads only the first of an iMIP message), the session's UID.
    const invitation = mailedIcs(before);
    expect(invitation.events).toHaveLength(1);
    expect(invitation.events[0]).toMatchObject({ method: 'REQUEST', uid: sessionUid(session.id), sequence: 0, status: 'CONFIRMED', summary: session.title });
    expect(invitation.events[0]?.start.toISOString()).toBe(first?.opensAt);
    expect(invitation.events[0]?.end.toISOString()).toBe(last?.closesAt);
    expect(transparency(invitation.text)).toEqual({ [sessionUid(session.id)]: 'TRANSPARENT' });
    const description = invitation.events[0]?.description ?? '';
    for (const window of session.windows) expect(description).toContain(`${window.opensLabel.nl} – ${window.closesLabel.nl}  ${window.title.nl}`);
    expect(description).not.toContain('Programma');

    // The mail: the period across days and every window on the Amsterdam clock, in each half's language.
    const mail = mailHalves(invitation.eml);
    expect(first?.opensLabel.nl).toBe('di 3 sep 09:00');
    expect(mail.nl).toContain(`Wanneer: dinsdag 3 september 2030, 09:00 – ${lastDayNl(last?.closesAt)} (Nederlandse tijd), schriftelijk`);
    const silent = session.windows.find((w) => w.stepId === 'vragen-noteren');
    expect(mail.nl).toContain(`• ${silent?.opensLabel.nl} – ${silent?.closesLabel.nl}: Vragen in stilte`);
    for (const window of session.windows) expect(mail.nl).toContain(`• ${window.opensLabel.nl} – ${window.closesLabel.nl}: ${window.title.nl}`);
    expect(mail.en).toContain('When: Tuesday 3 September 2030, 09:00 – ');
    expect(mail.en).toContain(`• ${silent?.opensLabel.en} – ${silent?.closesLabel.en}: Questions in silence`);
    expect(mail.en).not.toMatch(/\b(dinsdag|september 2030, 09:00 – woensdag)\b/);
    expect(mail.nl).toContain('Toevoegen aan agenda');
    expect(subjectOf(invitation.eml)).toBe(`Uitnodiging: ${session.title} (dinsdag 3 september 2030, 09:00 – ${lastDayNl(last?.closesAt)})`);

    // The download and the feed: the session's event and one per window, all free.
    const downloaded = await download(session.id);
    expect(downloaded.events[0]?.method).toBe('PUBLISH');
    expectWindowEvents(downloaded.events, session, 0, 'CONFIRMED');
    expect(Object.values(transparency(downloaded.text))).toEqual(Array(11).fill('TRANSPARENT'));
    const silentEvent = downloaded.events.find((e) => e.uid === windowUid(session.id, 'vragen-noteren'));
    expect(silentEvent?.description).toContain(`Open van ${silent?.opensLabel.nl} tot ${silent?.closesLabel.nl} (Nederlandse tijd)`);
    expect(silentEvent?.description).toContain('Wat je doet: Schrijf in stilte de vragen op die bij je opkomen, één per kaart.');
    expect(silentEvent?.url).toBe(`${t.config.publicUrl}/sessies/${session.id}/live`);
    // Each person reads what they do in the step: the inbrenger tells the casus, the others read it.
    const caseStep = (text: string) => parseIcs(text).find((e) => e.uid === windowUid(session.id, 'casus'))?.description ?? '';
    expect(caseStep(downloaded.text)).toContain('Wat je doet: Luister zonder te onderbreken.');
    const presenterDownload = await c.presenter.client.get<string>(`/api/sessions/${session.id}/ics`);
    expect(caseStep(presenterDownload.body)).toContain('Wat je doet: Vertel wat er speelt, welke partners betrokken zijn en waar het vastloopt.');
    const fed = await feedEvents(session.id);
    expect(fed.events[0]?.method).toBeNull();
    expectWindowEvents(fed.events, session, 0, 'CONFIRMED');

    // New windows: the first step stays open a day longer, every later one moves a day.
    const windows = session.windows.map((w, index) => ({
      stepId: w.stepId,
      opensAt: new Date(Date.parse(w.opensAt) + (index === 0 ? 0 : 24 * HOUR)).toISOString(),
      closesAt: new Date(Date.parse(w.closesAt) + 24 * HOUR).toISOString(),
    }));
    const beforeUpdate = t.outbox().length;
    const patched = await c.facilitator.client.patch<SessionView>(`/api/sessions/${session.id}`, { windows });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    const changed = patched.body;
    expect(changed.icsSequence).toBe(1);
    expect(changed.windows[1]?.opensAt).toBe(windows[1]?.opensAt);
    const update = mailedIcs(beforeUpdate);
    expect(subjectOf(update.eml)).toMatch(/^Gewijzigd: Schriftelijk over de overstap \(/);
    expect(update.events).toHaveLength(1);
    expect(update.events[0]).toMatchObject({ method: 'REQUEST', uid: sessionUid(session.id), sequence: 1 });
    expect(update.events[0]?.end.toISOString()).toBe(windows.at(-1)?.closesAt);
    expect(mailHalves(update.eml).nl).toContain(`• ${changed.windows[1]?.opensLabel.nl} – ${changed.windows[1]?.closesLabel.nl}: ${changed.windows[1]?.title.nl}`);
    expectWindowEvents((await feedEvents(session.id)).events, changed, 1, 'CONFIRMED');
    expectWindowEvents((await download(session.id)).events, changed, 1, 'CONFIRMED');

    // Cancelled: the mail cancels the session's UID; the feed and the download cancel every event.
    const beforeCancel = t.outbox().length;
    expect((await c.facilitator.client.post(`/api/sessions/${session.id}/cancel`)).status).toBe(200);
    const cancel = mailedIcs(beforeCancel);
    expect(cancel.events).toHaveLength(1);
    expect(cancel.events[0]).toMatchObject({ method: 'CANCEL', uid: sessionUid(session.id), sequence: 2, status: 'CANCELLED' });
    expect(mailHalves(cancel.eml).nl).toContain('gaat niet door');
    expectWindowEvents((await feedEvents(session.id)).events, changed, 2, 'CANCELLED');
    expectWindowEvents((await download(session.id)).events, changed, 2, 'CANCELLED');
  });

  it('mixed: the meeting is the one busy event of the invitation; the written steps before and after are free events of their own in the feed', async () => {
    const before = t.outbox().length;
    const created = await c.facilitator.client.post<SessionView>(`/api/communities/${c.community.id}/sessions`, {
      title: 'Gemengd over de overstap',
      methodId: 'met-andere-ogen',
      mode: 'mixed',
      startsAt: new Date(T0.getTime() + 3 * 24 * HOUR + 6 * HOUR).toISOString(), // Thursday 5 September, 15:00
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const session = created.body;
    const beforeMeeting = session.windows.filter((w) => Date.parse(w.closesAt) <= Date.parse(session.startsAt));
    const afterMeeting = session.windows.filter((w) => Date.parse(w.opensAt) >= Date.parse(session.endsAt));
    expect(beforeMeeting.length).toBeGreaterThan(0);
    expect(afterMeeting.length).toBeGreaterThan(0);
    expect(beforeMeeting.length + afterMeeting.length).toBe(session.windows.length);

    const invitation = mailedIcs(before);
    expect(invitation.events).toHaveLength(1);
    expect(invitation.events[0]).toMatchObject({ uid: sessionUid(session.id), sequence: 0 });
    expect(invitation.events[0]?.start.toISOString()).toBe(session.startsAt);
    expect(invitation.events[0]?.end.toISOString()).toBe(session.endsAt);
    expect(transparency(invitation.text)).toEqual({ [sessionUid(session.id)]: 'OPAQUE' });
    // The programme is the meeting's: only the steps without a window, from the meeting's start.
    const description = invitation.events[0]?.description ?? '';
    const programme = description.split('Programma (Nederlandse tijd):\n')[1]?.split('\n\n')[0]?.split('\n') ?? [];
    const liveSteps = session.agenda.filter((item) => !session.windows.some((w) => w.stepId === item.stepId));
    expect(programme.map((line) => line.replace(/^\d\d:\d\d–\d\d:\d\d {2}/, ''))).toEqual(liveSteps.map((item) => item.title.nl));
    expect(programme[0]).toMatch(/^15:00–/);
    expect(description).toContain('Schriftelijk vooraf (Nederlandse tijd):');
    expect(description).toContain('Schriftelijk achteraf (Nederlandse tijd):');

    const mail = mailHalves(invitation.eml);
    expect(mail.nl).toContain('Wanneer: live bijeenkomst donderdag 5 september 2030, 15:00–');
    expect(mail.nl).toContain(`Vooraf schriftelijk:\n${beforeMeeting.map((w) => `• ${w.opensLabel.nl} – ${w.closesLabel.nl}: ${w.title.nl}`).join('\n')}`);
    expect(mail.nl).toContain(`Achteraf schriftelijk:\n${afterMeeting.map((w) => `• ${w.opensLabel.nl} – ${w.closesLabel.nl}: ${w.title.nl}`).join('\n')}`);
    expect(mail.en).toContain('When: live meeting Thursday 5 September 2030, 15:00–');
    expect(mail.en).toContain('Before, in writing:');
    expect(mail.en).toContain('Afterwards, in writing:');

    const fed = await feedEvents(session.id);
    expectWindowEvents(fed.events, session, 0, 'CONFIRMED');
    expect(fed.events[0]?.start.toISOString()).toBe(session.startsAt);
    const transp = transparency(fed.text);
    expect(transp[sessionUid(session.id)]).toBe('OPAQUE');
    for (const window of session.windows) expect(transp[windowUid(session.id, window.stepId)]).toBe('TRANSPARENT');
  });

  it('reminds of an async session with the first opening and every window; of a mixed one with the meeting and its written steps', async () => {
    const post = (body: Record<string, unknown>) => c.facilitator.client.post<SessionView>(`/api/communities/${c.community.id}/sessions`, { methodId: 'met-andere-ogen', ...body });
    const asyncSession = (await post({ title: 'Herinnering schriftelijk', mode: 'async', startsAt: at(5 * 24 * HOUR).toISOString() })).body;
    const mixedSession = (await post({ title: 'Herinnering gemengd', mode: 'mixed', startsAt: at(6 * 24 * HOUR + 6 * HOUR).toISOString() })).body;
    const mailer = t.app.get(SessionMailer);
    const remind = async (id: string) => {
      const before = t.outbox().length;
      await mailer.reminder(await t.dataSource.getRepository(SessionEntity).findOneByOrFail({ id }), c.member.user.id, '24h');
      const mails = mailsTo(t, c.member.user.email, before);
      expect(mails).toHaveLength(1);
      return mailHalves(mails[0] ?? '');
    };

    const asyncMail = await remind(asyncSession.id);
    expect(asyncMail.nl).toContain('Herinnering: morgen gaat de eerste stap open van de schriftelijke intervisiesessie "Herinnering schriftelijk"');
    expect(asyncMail.nl).toContain('Wanneer: zaterdag 7 september 2030, 09:00 – ');
    for (const window of asyncSession.windows) expect(asyncMail.nl).toContain(`• ${window.opensLabel.nl} – ${window.closesLabel.nl}: ${window.title.nl}`);
    expect(asyncMail.en).toContain('Reminder: the first step of the written intervision session "Herinnering schriftelijk"');
    expect(asyncMail.en).toContain(`• ${asyncSession.windows[0]?.opensLabel.en} – ${asyncSession.windows[0]?.closesLabel.en}: ${asyncSession.windows[0]?.title.en}`);

    const mixedMail = await remind(mixedSession.id);
    expect(mixedMail.nl).toContain('Herinnering: morgen is de live bijeenkomst van de intervisiesessie "Herinnering gemengd"');
    expect(mixedMail.nl).toContain('Wanneer: live bijeenkomst zondag 8 september 2030, 15:00–');
    expect(mixedMail.nl).toContain('Vooraf schriftelijk:\n• ');
    expect(mixedMail.en).toContain('When: live meeting Sunday 8 September 2030, 15:00–');
  });

  it('live: one busy event everywhere, no window events, the mail as before', async () => {
    const before = t.outbox().length;
    const created = await c.facilitator.client.post<SessionView>(`/api/communities/${c.community.id}/sessions`, {
      title: 'Live over de overstap',
      methodId: 'met-andere-ogen',
      startsAt: at(2 * 24 * HOUR + 6 * HOUR).toISOString(), // Wednesday 4 September, 15:00
    });
    expect(created.status).toBe(201);
    const session = created.body;
    const invitation = mailedIcs(before);
    expect(transparency(invitation.text)).toEqual({ [sessionUid(session.id)]: 'OPAQUE' });
    expect(mailHalves(invitation.eml).nl).toContain(`Wanneer: woensdag 4 september 2030, 15:00–${session.endClock} (Nederlandse tijd). Methode: Met Andere Ogen.`);
    expect(mailHalves(invitation.eml).nl).not.toContain('Toevoegen aan agenda');
    const downloaded = await download(session.id);
    expect(downloaded.events.map((e) => e.uid)).toEqual([sessionUid(session.id)]);
    expect(transparency(downloaded.text)).toEqual({ [sessionUid(session.id)]: 'OPAQUE' });
    expect((await feedEvents(session.id)).events.map((e) => e.uid)).toEqual([sessionUid(session.id)]);
  });
});

/** "woensdag 11 september 2030, 09:00": the Dutch wall clock of an ISO instant, as in the mails. */
function lastDayNl(iso: string | undefined): string {
  const date = new Date(iso ?? '');
  const day = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  const clock = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
  return `${day}, ${clock}`;
}
