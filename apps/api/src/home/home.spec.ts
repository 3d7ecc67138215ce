import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HomeSettingsView, HomeView, NotificationListView, ProposalDetailView, SessionView } from '@mao/domain';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { communityWithRoles } from '../test/fixtures.js';
import { amsterdam, mailsTo, runner, sessionCommunity, subjectOf } from '../sessions/session-test-kit.js';
import { closedSession } from '../lessons/lesson-test-kit.js';
import { DIGEST_MAIL_JOB, DigestService, digestMoment } from './digest.service.js';

type Roles = Awaited<ReturnType<typeof sessionCommunity>>;

/** Friday 5 March 2027, 10:00 in Amsterdam: the tests' "now" (set on the api's clock). */
const FRIDAY = '2027-03-05T09:00:00Z';
const HOUR = 3_600_000;

const CASUS = {
  title: 'Overstap naar het voortgezet onderwijs loopt vast',
  context: 'Een leerling van elf jaar heeft sinds de zomer steeds vaker buikpijn voor schooltijd. Geheimezinnetje-in-de-casus.',
  keyQuestion: 'Hoe maken we één plan met de ouders zonder dat iedereen langs elkaar heen werkt?',
  tried: 'Een gesprek met ouders en de intern begeleider.',
  askOfGroup: 'Kijk mee vanuit jullie eigen domein.',
  anonymisedConfirmed: true,
  consentConfirmed: true,
};

async function publishedLesson(t: TestApp, communityId: string, text: string, publishedAt: Date, visibility: 'community' | 'platform' = 'community'): Promise<string> {
  const [row] = (await t.dataSource.query(
    `INSERT INTO lessons (community_id, session_date, method_id, method_name, text, element_ids, status, visibility, published_at, author_name)
     VALUES ($1, $2, 'met-andere-ogen', 'Met Andere Ogen', $3, '{cultuur-van-samenwerken}', 'published', $4, $2, 'Mo Member') RETURNING id`,
    [communityId, publishedAt, text, visibility],
  )) as Array<{ id: string }>;
  return row?.id ?? '';
}

describe('home: what is waiting, notifications and the weekly digest', () => {
  let t: TestApp;
  let f: Roles;
  let session: SessionView;
  let harvestSession: string;
  let proposal: ProposalDetailView;
  const lessons: Record<string, string> = {};
  const agreements: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(FRIDAY);
    f = await sessionCommunity(t, 'home');
    const other = await communityWithRoles(t, 'home-elsewhere');
    session = (
      await f.facilitator.client.post<SessionView>(`/api/communities/${f.community.id}/sessions`, {
        title: 'Intervisie thuiszitters',
        methodId: 'met-andere-ogen',
        startsAt: amsterdam(4, '15:00', t.clock.now()),
        presenterId: f.presenter.user.id,
      })
    ).body;
    harvestSession = await closedSession(t, f.community.id, f.facilitator.user.id, { title: 'Oogst van februari' });
    // Closed yesterday (by the test clock), so the casus purge sweep that runs with the jobs below leaves its drafts alone.
    await t.dataSource.query(`UPDATE sessions SET closed_at = $2 WHERE id = $1`, [harvestSession, new Date(Date.parse(FRIDAY) - 24 * HOUR)]);
    for (const text of ['Eerste concept over samenwerken.', 'Tweede concept over regie.']) {
      await t.dataSource.query(`INSERT INTO lessons (community_id, session_id, session_date, text, status) VALUES ($1, $2, now(), $3, 'draft')`, [f.community.id, harvestSession, text]);
    }
    proposal = (await f.member.client.post<ProposalDetailView>(`/api/communities/${f.community.id}/proposals`, { kind: 'theme', title: 'Monitoring van afspraken', theme: 'monitoring' })).body;
    const now = t.clock.now().getTime();
    lessons.mine = await publishedLesson(t, f.community.id, 'Vaste overlegmomenten maakten de samenwerking sterker.', new Date(now - 2 * HOUR));
    lessons.platform = await publishedLesson(t, other.community.id, 'Gebundelde financiering hielp het arrangement.', new Date(now - 3 * HOUR), 'platform');
    lessons.hidden = await publishedLesson(t, other.community.id, 'Alleen voor de andere CoP.', new Date(now - HOUR));
    lessons.old = await publishedLesson(t, f.community.id, 'Een oude les van lang geleden.', new Date(now - 60 * 24 * HOUR));
    // Agreements (part A's table) made in the harvest session: due dates are Dutch calendar days around Friday 5 March 2027.
    const agreement = async (owner: string | null, what: string, due: string | null, status = 'open') => {
      const [row] = (await t.dataSource.query(
        `INSERT INTO agreements (community_id, session_id, step_id, owner_user_id, owner_text, what, due_date, level, status)
         VALUES ($1, $2, 'afronding', $3, $4, $5, $6, 'uitvoering', $7) RETURNING id`,
        [f.community.id, harvestSession, owner, owner ? null : 'Het wijkteam', what, due, status],
      )) as Array<{ id: string }>;
      return row?.id ?? '';
    };
    agreements.soon = await agreement(f.other.user.id, 'Overleg plannen met de leerplichtambtenaar', '2027-03-08');
    agreements.later = await agreement(f.other.user.id, 'Evaluatie na de zomer', '2027-06-01');
    agreements.done = await agreement(f.other.user.id, 'Al gedaan', '2027-03-06', 'gedaan');
    agreements.noDate = await agreement(f.other.user.id, 'Ooit eens', null);
    agreements.text = await agreement(null, 'Het wijkteam belt school', '2027-03-06');
    agreements.overdue = await agreement(f.facilitator.user.id, 'Verslag rondsturen', '2027-03-01', 'bezig');
  });
  afterAll(() => t.close());

  const home = async (client: Roles['member']['client']) => {
    const answer = await client.get<HomeView>('/api/me/home');
    expect(answer.status).toBe(200);
    return answer.body;
  };

  it('shows the facilitator the session they lead, the harvest to review and a proposal to support', async () => {
    const view = await home(f.facilitator.client);
    expect(view.sessions).toEqual([expect.objectContaining({ id: session.id, role: 'facilitator', rsvp: 'yes', communityName: 'CoP home' })]);
    expect(view.casusToWrite).toEqual([]);
    expect(view.harvestToReview).toEqual([expect.objectContaining({ sessionId: harvestSession, title: 'Oogst van februari', draftCount: 2 })]);
    expect(view.proposalsToVote.map((p) => p.id)).toEqual([proposal.id]);
    // First visit: the lessons of the last two weeks, mine and platform-wide; not another CoP's, not old ones.
    expect(view.since).toBeNull();
    expect(view.newLessons).toMatchObject({ inMyCops: 1, onPlatform: 1 });
    expect(view.newLessons.latest.map((l) => [l.id, l.fromMyCop])).toEqual([
      [lessons.mine, true],
      [lessons.platform, false],
    ]);
  });

  it('shows the inbrenger the casus to write until it is written', async () => {
    let view = await home(f.presenter.client);
    expect(view.sessions).toEqual([expect.objectContaining({ id: session.id, role: 'presenter', rsvp: 'yes', hasCase: false })]);
    expect(view.casusToWrite.map((s) => s.id)).toEqual([session.id]);
    expect(view.harvestToReview).toEqual([]);
    expect(view.proposalsToVote.map((p) => p.id)).toEqual([proposal.id]);

    expect((await f.presenter.client.put(`/api/sessions/${session.id}/case`, CASUS)).status).toBe(200);
    view = await home(f.presenter.client);
    expect(view.casusToWrite).toEqual([]);
    expect(view.sessions[0]?.hasCase).toBe(true);
  });

  it('shows a member the session without their answer and no proposal of their own to vote on', async () => {
    const view = await home(f.member.client);
    expect(view.sessions).toEqual([expect.objectContaining({ id: session.id, role: 'participant', rsvp: null })]);
    expect(view.casusToWrite).toEqual([]);
    expect(view.harvestToReview).toEqual([]);
    expect(view.proposalsToVote).toEqual([]);
  });

  it('shows my agreements that are due within two weeks or overdue, and only mine', async () => {
    const other = await home(f.other.client);
    expect(other.agreementsDue).toEqual([
      expect.objectContaining({ id: agreements.soon, what: 'Overleg plannen met de leerplichtambtenaar', dueDate: '2027-03-08', status: 'open', overdue: false, communityName: 'CoP home', sessionTitle: 'Oogst van februari' }),
    ]);
    const facilitator = await home(f.facilitator.client);
    expect(facilitator.agreementsDue).toEqual([expect.objectContaining({ id: agreements.overdue, status: 'bezig', overdue: true })]);
    expect((await home(f.member.client)).agreementsDue).toEqual([]);
    expect((await home(f.outsider.client)).agreementsDue).toEqual([]);

    let notes = (await f.other.client.get<NotificationListView>('/api/me/notifications')).body;
    expect(notes.items.find((n) => n.kind === 'agreement_due')).toMatchObject({ title: 'Overleg plannen met de leerplichtambtenaar', link: `/cops/${f.community.id}/afspraken`, resolved: false });
    // Done: off the home page, and the notification is resolved.
    await t.dataSource.query(`UPDATE agreements SET status = 'gedaan' WHERE id = $1`, [agreements.soon]);
    expect((await home(f.other.client)).agreementsDue).toEqual([]);
    notes = (await f.other.client.get<NotificationListView>('/api/me/notifications')).body;
    expect(notes.items.find((n) => n.kind === 'agreement_due')).toMatchObject({ resolved: true });
    await t.dataSource.query(`UPDATE agreements SET status = 'open' WHERE id = $1`, [agreements.soon]);
  });

  it('gives an outsider nothing of this CoP', async () => {
    const view = await home(f.outsider.client);
    expect(view.sessions).toEqual([]);
    expect(view.proposalsToVote).toEqual([]);
    expect(view.harvestToReview).toEqual([]);
    // Only the platform lesson of the other CoP is theirs to see.
    expect(view.newLessons.latest.map((l) => l.id)).toEqual([lessons.platform]);
    const notes = (await f.outsider.client.get<NotificationListView>('/api/me/notifications')).body;
    expect(notes.items.map((n) => n.title)).not.toContain('Intervisie thuiszitters');
    expect((await t.client().get('/api/me/home')).status).toBe(401);
  });

  it('counts new lessons from the last visit: stable within a visit, moved on after a pause', async () => {
    const client = f.extra.client;
    const first = await home(client);
    expect(first.since).toBeNull();
    expect(first.newLessons.inMyCops).toBe(1);
    const firstVisitAt = t.clock.now().toISOString();

    t.clock.advance(10 * 60_000);
    const reload = await home(client);
    expect(reload.since).toBeNull();
    expect(reload.newLessons.inMyCops).toBe(1);

    t.clock.advance(2 * HOUR);
    const fresh = await publishedLesson(t, f.community.id, 'Een les van net.', new Date(t.clock.now().getTime() - 5 * 60_000));
    const later = await home(client);
    expect(later.since).toBe(new Date(Date.parse(firstVisitAt) + 10 * 60_000).toISOString());
    expect(later.newLessons.latest.map((l) => l.id)).toEqual([fresh]);
    const stored = await t.dataSource.query(`SELECT last_visit_at, previous_visit_at FROM home_settings WHERE user_id = $1`, [f.extra.user.id]);
    expect(stored).toEqual([{ last_visit_at: t.clock.now(), previous_visit_at: new Date(Date.parse(firstVisitAt) + 10 * 60_000) }]);
    t.clock.set(FRIDAY);
    await t.dataSource.query(`DELETE FROM lessons WHERE id = $1`, [fresh]);
  });

  it('turns the same events into notifications: unread count, resolved when done, marked read', async () => {
    let list = (await f.member.client.get<NotificationListView>('/api/me/notifications')).body;
    const rsvp = list.items.find((n) => n.kind === 'session_rsvp');
    expect(rsvp).toMatchObject({ title: 'Intervisie thuiszitters', link: `/sessies/${session.id}`, readAt: null, resolved: false, communityName: 'CoP home' });
    expect(list.items.filter((n) => n.kind === 'new_lesson').map((n) => n.link).sort()).toEqual([`/lessen/${lessons.mine}`, `/lessen/${lessons.platform}`].sort());
    expect(list.unread).toBe(3);
    expect((await f.member.client.get<{ unread: number }>('/api/me/notifications/count')).body).toEqual({ unread: 3 });

    // Answering the invitation resolves it; it stays in the list as done.
    await f.member.client.put(`/api/sessions/${session.id}/rsvp`, { response: 'yes' });
    list = (await f.member.client.get<NotificationListView>('/api/me/notifications')).body;
    expect(list.items.find((n) => n.kind === 'session_rsvp')).toMatchObject({ resolved: true });
    expect(list.unread).toBe(2);

    // Someone else cannot mark my notifications read.
    const lessonNote = list.items.find((n) => n.kind === 'new_lesson');
    expect((await f.outsider.client.post('/api/me/notifications/read', { ids: [lessonNote?.id] })).body).toEqual({ unread: expect.any(Number) });
    expect((await f.member.client.get<{ unread: number }>('/api/me/notifications/count')).body).toEqual({ unread: 2 });

    expect((await f.member.client.post('/api/me/notifications/read', { ids: [lessonNote?.id] })).body).toEqual({ unread: 1 });
    expect((await f.member.client.post('/api/me/notifications/read', { all: true })).body).toEqual({ unread: 0 });
    expect((await f.member.client.post('/api/me/notifications/read', {})).status).toBe(400);

    // The facilitator's proposal to vote on resolves once they support it.
    let facilitatorList = (await f.facilitator.client.get<NotificationListView>('/api/me/notifications')).body;
    expect(facilitatorList.items.find((n) => n.kind === 'proposal_to_vote')).toMatchObject({ link: `/voorstellen/${proposal.id}`, resolved: false });
    expect(facilitatorList.items.find((n) => n.kind === 'harvest_to_review')).toMatchObject({ link: `/sessies/${harvestSession}/oogst` });
    await f.facilitator.client.put(`/api/proposals/${proposal.id}/support`);
    facilitatorList = (await f.facilitator.client.get<NotificationListView>('/api/me/notifications')).body;
    expect(facilitatorList.items.find((n) => n.kind === 'proposal_to_vote')).toMatchObject({ resolved: true });
    // One row per thing, however often it is synced.
    const rows = await t.dataSource.query(`SELECT item_key, count(*)::int AS n FROM notifications WHERE user_id = $1 GROUP BY item_key HAVING count(*) > 1`, [f.facilitator.user.id]);
    expect(rows).toEqual([]);
  });

  describe('weekly digest', () => {
    const MONDAY_0900 = '2027-03-08T08:00:00Z'; // Monday 8 March 2027, 09:00 in Amsterdam

    const digests = (app: TestApp, prefix: string, from = 0) => app.outbox().slice(from).filter((eml) => subjectOf(eml).startsWith('Wat staat er voor je klaar') && new RegExp(`^To: ${prefix}`, 'm').test(eml));

    it('is off by default and a setting per person', async () => {
      expect((await f.member.client.get<HomeSettingsView>('/api/me/home-settings')).body).toEqual({ weeklyDigest: false });
      expect((await f.facilitator.client.put<HomeSettingsView>('/api/me/home-settings', { weeklyDigest: true })).body).toEqual({ weeklyDigest: true });
      expect((await f.presenter.client.put<HomeSettingsView>('/api/me/home-settings', { weeklyDigest: true })).body).toEqual({ weeklyDigest: true });
      // The presenter changes their mind.
      expect((await f.presenter.client.put<HomeSettingsView>('/api/me/home-settings', { weeklyDigest: false })).body).toEqual({ weeklyDigest: false });
      expect((await f.member.client.put('/api/me/home-settings', { weeklyDigest: 'ja' })).status).toBe(400);
    });

    it('names Monday 08:00 in Amsterdam as the weekly moment', () => {
      expect(digestMoment(new Date(MONDAY_0900))).toEqual({ at: new Date('2027-03-08T07:00:00Z'), week: '2027-W10' });
      expect(digestMoment(new Date('2027-03-08T06:59:00Z')).week).toBe('2027-W09');
      // Summer time: 08:00 in Amsterdam is 06:00 UTC.
      expect(digestMoment(new Date('2027-06-14T06:30:00Z'))).toEqual({ at: new Date('2027-06-14T06:00:00Z'), week: '2027-W24' });
    });

    it('is sent once per week to those who opted in — also across a restart of the job runner', async () => {
      const digest = t.app.get(DigestService);
      // Friday: the facilitator opted in after this week's moment, so nothing yet.
      let before = t.outbox().length;
      await digest.planSweep();
      await runner(t).runDue(t.clock.now());
      expect(digests(t, 'home-', before)).toEqual([]);

      t.clock.set(MONDAY_0900);
      before = t.outbox().length;
      await digest.planSweep();
      await runner(t).runDue(t.clock.now());
      const sent = digests(t, 'home-', before);
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatch(/^To: home-facilitator@example\.org/m);
      const text = sent[0] ?? '';
      expect(text).toContain('Intervisie thuiszitters');
      expect(text).toContain('Oogst van februari');
      expect(text).toContain('Verslag rondsturen');
      // No casus text, ever.
      expect(text).not.toContain('Geheimezinnetje');
      expect(text).not.toContain('buikpijn');
      // Not to the member (never opted in) nor the presenter (opted out again).
      expect(mailsTo(t, 'home-member@example.org', before).filter((eml) => subjectOf(eml).startsWith('Wat staat'))).toEqual([]);
      expect(mailsTo(t, 'home-presenter@example.org', before).filter((eml) => subjectOf(eml).startsWith('Wat staat'))).toEqual([]);

      // Later sweeps in the same week add nothing.
      before = t.outbox().length;
      for (const hours of [1, 2, 30]) {
        t.clock.set(new Date(Date.parse(MONDAY_0900) + hours * HOUR));
        await digest.planSweep();
        await runner(t).runDue(t.clock.now());
      }
      expect(digests(t, 'home-', before)).toEqual([]);

      // A restart: a new api process on the same database, its own job runner and outbox.
      await t.close();
      t = await startTestApp({}, { databaseUrl: t.databaseUrl });
      t.clock.set(new Date(Date.parse(MONDAY_0900) + 40 * HOUR));
      await t.app.get(DigestService).planSweep();
      await runner(t).runDue(t.clock.now());
      expect(digests(t, 'home-')).toEqual([]);
      const jobs = await t.dataSource.query(`SELECT dedupe_key, status FROM jobs WHERE kind = $1`, [DIGEST_MAIL_JOB]);
      expect(jobs).toEqual([{ dedupe_key: `digest:2027-W10:${f.facilitator.user.id}`, status: 'done' }]);

      // The next week: the next digest.
      t.clock.set(new Date(Date.parse(MONDAY_0900) + 7 * 24 * HOUR));
      await t.app.get(DigestService).planSweep();
      await runner(t).runDue(t.clock.now());
      expect(digests(t, 'home-')).toHaveLength(1);
    });
  });
});
