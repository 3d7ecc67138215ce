import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProposalDetailView, ProposalView, SessionView } from '@mao/domain';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { communityWithRoles } from '../test/fixtures.js';
import { amsterdam, sessionCommunity } from '../sessions/session-test-kit.js';

type Roles = Awaited<ReturnType<typeof sessionCommunity>>;

describe('agenda proposals', () => {
  let t: TestApp;
  let f: Roles;
  let anonymousId: string;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set('2026-11-20T09:00:00Z');
    f = await sessionCommunity(t, 'prop');
    // The fixture CoP has the theme 'monitoring'; give it a second one.
    await f.facilitator.client.patch(`/api/communities/${f.community.id}`, { themes: ['monitoring', 'thuiszitters'] });
    const created = await f.presenter.client.post<ProposalDetailView>(`/api/communities/${f.community.id}/proposals`, {
      kind: 'casus',
      title: 'Hoe houden we een leerling in beeld die thuiszit?',
      text: 'Een leerling zit al weken thuis en niemand voelt zich eigenaar.',
      theme: 'thuiszitters',
      anonymous: true,
    });
    expect(created.status).toBe(201);
    anonymousId = created.body.id;
  });
  afterAll(() => t.close());

  const path = (id: string, tail = '') => `/api/proposals/${id}${tail}`;

  it('hides an anonymous proposer from other members, never from the facilitator or the proposer', async () => {
    const asMember = (await f.member.client.get<ProposalDetailView>(path(anonymousId))).body;
    expect(asMember).toMatchObject({ anonymous: true, proposer: null, mine: false, status: 'new', theme: 'thuiszitters', canSupport: true, canManage: false });
    const listed = (await f.member.client.get<ProposalView[]>(`/api/communities/${f.community.id}/proposals`)).body;
    expect(listed.find((p) => p.id === anonymousId)?.proposer).toBeNull();
    // The name is nowhere in what a member receives.
    expect(JSON.stringify(listed)).not.toContain('Pien Presenter');
    expect(JSON.stringify(listed)).not.toContain(f.presenter.user.id);

    const asFacilitator = (await f.facilitator.client.get<ProposalDetailView>(path(anonymousId))).body;
    expect(asFacilitator).toMatchObject({ proposer: { id: f.presenter.user.id, name: 'Pien Presenter' }, canManage: true });
    const asProposer = (await f.presenter.client.get<ProposalDetailView>(path(anonymousId))).body;
    expect(asProposer).toMatchObject({ mine: true, proposer: { id: f.presenter.user.id }, canSupport: false });
  });

  it('shows the proposer of a proposal that is not anonymous to every member', async () => {
    const open = (await f.member.client.post<ProposalDetailView>(`/api/communities/${f.community.id}/proposals`, { kind: 'theme', title: 'Monitoring van afspraken' })).body;
    const seen = (await f.other.client.get<ProposalDetailView>(path(open.id))).body;
    expect(seen.proposer).toEqual({ id: f.member.user.id, name: 'Mo Member' });
    expect(seen.anonymous).toBe(false);
  });

  it('counts one support per person, not the proposer’s own, and lets it be withdrawn', async () => {
    expect((await f.member.client.put<ProposalView>(path(anonymousId, '/support'))).body).toMatchObject({ supportCount: 1, supportedByMe: true });
    // Again: still one.
    expect((await f.member.client.put<ProposalView>(path(anonymousId, '/support'))).body.supportCount).toBe(1);
    expect((await f.other.client.put<ProposalView>(path(anonymousId, '/support'))).body.supportCount).toBe(2);
    const own = await f.presenter.client.put(path(anonymousId, '/support'));
    expect(own.status).toBe(403);
    expect((await f.other.client.delete<ProposalView>(path(anonymousId, '/support'))).body).toMatchObject({ supportCount: 1, supportedByMe: false });
    const rows = await t.dataSource.query(`SELECT user_id FROM agenda_proposal_supports WHERE proposal_id = $1`, [anonymousId]);
    expect(rows).toEqual([{ user_id: f.member.user.id }]);
  });

  it('takes comments with the commenter’s name, privacy-guarded', async () => {
    const commented = await f.other.client.post<ProposalDetailView>(path(anonymousId, '/comments'), { text: 'Herkenbaar, bij ons speelt dit ook.' });
    expect(commented.status).toBe(201);
    expect(commented.body.comments).toEqual([expect.objectContaining({ author: { id: f.other.user.id, name: 'Otto Other' }, text: 'Herkenbaar, bij ons speelt dit ook.', mine: true })]);
    expect(commented.body.commentCount).toBe(1);

    const phone = await f.other.client.post<{ error: { code: string; details: { findings: Array<{ kind: string; canAccept: boolean }> } } }>(path(anonymousId, '/comments'), {
      text: 'Bel de moeder op 06-12345678.',
      acceptedFindings: ['06-12345678'],
    });
    expect(phone.status).toBe(422);
    expect(phone.body.error.code).toBe('privacy_findings');
    expect(phone.body.error.details.findings).toEqual([expect.objectContaining({ kind: 'phone', canAccept: false })]);
  });

  it('refuses direct identifiers in a proposal, and a theme the CoP does not have', async () => {
    const bsn = await f.member.client.post<{ error: { code: string } }>(`/api/communities/${f.community.id}/proposals`, { kind: 'casus', title: 'Leerling met BSN 111222333', text: '' });
    expect(bsn.status).toBe(422);
    expect(bsn.body.error.code).toBe('privacy_findings');
    const mail = await f.member.client.post<{ error: { code: string } }>(`/api/communities/${f.community.id}/proposals`, { kind: 'casus', title: 'Vraag over een gezin', text: 'Mail: ouder@example.org' });
    expect(mail.status).toBe(422);
    const theme = await f.member.client.post<{ error: { code: string } }>(`/api/communities/${f.community.id}/proposals`, { kind: 'theme', title: 'Iets anders', theme: 'bestaat-niet' });
    expect(theme.status).toBe(400);
    expect(theme.body.error.code).toBe('validation_failed');
    const unknownField = await f.member.client.post(`/api/communities/${f.community.id}/proposals`, { kind: 'theme', title: 'Iets anders', status: 'discussed' });
    expect(unknownField.status).toBe(400);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM agenda_proposals WHERE title LIKE '%111222333%' OR text LIKE '%example.org%'`)).toEqual([{ n: 0 }]);
  });

  it('filters by the CoP’s themes and by status', async () => {
    const byTheme = (await f.member.client.get<ProposalView[]>(`/api/communities/${f.community.id}/proposals?theme=thuiszitters`)).body;
    expect(byTheme.map((p) => p.id)).toEqual([anonymousId]);
    const none = (await f.member.client.get<ProposalView[]>(`/api/communities/${f.community.id}/proposals?status=discussed`)).body;
    expect(none).toEqual([]);
  });

  it('lets the facilitator schedule a session from a proposal and mark it besproken; members cannot', async () => {
    expect((await f.member.client.post(path(anonymousId, '/status'), { status: 'discussed' })).status).toBe(403);
    const session = (
      await f.facilitator.client.post<SessionView>(`/api/communities/${f.community.id}/sessions`, {
        title: 'Hoe houden we een leerling in beeld die thuiszit?',
        methodId: 'met-andere-ogen',
        startsAt: amsterdam(5, '15:00', t.clock.now()),
        presenterId: f.presenter.user.id,
        notes: 'Een leerling zit al weken thuis en niemand voelt zich eigenaar.',
      })
    ).body;
    // A session of another CoP is not a valid link.
    const elsewhere = await communityWithRoles(t, 'prop-elsewhere');
    const foreign = (
      await elsewhere.facilitator.client.post<SessionView>(`/api/communities/${elsewhere.community.id}/sessions`, { title: 'Elders', methodId: 'met-andere-ogen', startsAt: amsterdam(5, '15:00', t.clock.now()) })
    ).body;
    expect((await f.facilitator.client.post(path(anonymousId, '/status'), { status: 'scheduled', sessionId: foreign.id })).status).toBe(400);
    expect((await f.facilitator.client.post(path(anonymousId, '/status'), { status: 'scheduled' })).status).toBe(400);

    const scheduled = await f.facilitator.client.post<ProposalDetailView>(path(anonymousId, '/status'), { status: 'scheduled', sessionId: session.id });
    expect(scheduled.status).toBe(200);
    expect(scheduled.body).toMatchObject({ status: 'scheduled', session: { id: session.id, title: session.title, status: 'scheduled' } });
    // Supporting is over once it is scheduled.
    expect((await f.extra.client.put(path(anonymousId, '/support'))).status).toBe(409);
    expect((await f.member.client.get<ProposalDetailView>(path(anonymousId))).body.canSupport).toBe(false);

    const discussed = await f.facilitator.client.post<ProposalDetailView>(path(anonymousId, '/status'), { status: 'discussed' });
    expect(discussed.body).toMatchObject({ status: 'discussed', session: { id: session.id } });
    const filtered = (await f.member.client.get<ProposalView[]>(`/api/communities/${f.community.id}/proposals?status=discussed`)).body;
    expect(filtered.map((p) => p.id)).toEqual([anonymousId]);
  });

  it('exports a member’s proposals, supports, comments and home data, and deletion leaves only anonymous traces', async () => {
    const fresh = (await f.extra.client.post<ProposalDetailView>(`/api/communities/${f.community.id}/proposals`, { kind: 'theme', title: 'Ouders eerder betrekken' })).body;
    const open = (await f.member.client.post<ProposalDetailView>(`/api/communities/${f.community.id}/proposals`, { kind: 'theme', title: 'Wachtlijsten jeugdhulp' })).body;
    await f.extra.client.put(path(open.id, '/support'));
    await f.extra.client.post(path(open.id, '/comments'), { text: 'Goed idee, ik sluit aan.' });
    await f.extra.client.put('/api/me/home-settings', { weeklyDigest: true });
    await f.extra.client.get('/api/me/notifications');

    const exported = (await f.extra.client.get<Record<string, Array<Record<string, unknown>> | Record<string, unknown>>>('/api/me/export')).body;
    expect(exported.agendaProposals).toEqual([expect.objectContaining({ id: fresh.id, title: 'Ouders eerder betrekken' })]);
    expect(exported.agendaProposalSupports).toEqual([expect.objectContaining({ proposalId: open.id })]);
    expect(exported.agendaProposalComments).toEqual([expect.objectContaining({ proposalId: open.id, text: 'Goed idee, ik sluit aan.' })]);
    expect(exported.homeSettings).toMatchObject({ weeklyDigest: true });
    expect((exported.notifications as unknown[]).length).toBeGreaterThan(0);

    expect((await f.extra.client.delete('/api/me')).status).toBe(204);
    const left = async (table: string, column: string) => ((await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [f.extra.user.id])) as Array<{ n: number }>)[0]?.n;
    expect([await left('agenda_proposal_supports', 'user_id'), await left('home_settings', 'user_id'), await left('notifications', 'user_id')]).toEqual([0, 0, 0]);
    // The proposal and the comment stay on the CoP's agenda, under "verwijderd lid".
    const seen = (await f.member.client.get<ProposalDetailView>(path(open.id))).body;
    expect(seen.comments.map((c) => c.author.name)).toEqual(['verwijderd lid']);
    expect((await f.facilitator.client.get<ProposalDetailView>(path(fresh.id))).body.proposer?.name).toBe('verwijderd lid');
  });

  it('gives an outsider nothing: 404 for the CoP’s list and for every proposal route', async () => {
    const o = f.outsider.client;
    const answers = await Promise.all([
      o.get(`/api/communities/${f.community.id}/proposals`),
      o.post(`/api/communities/${f.community.id}/proposals`, { kind: 'theme', title: 'Binnendringen' }),
      o.get(path(anonymousId)),
      o.put(path(anonymousId, '/support')),
      o.delete(path(anonymousId, '/support')),
      o.post(path(anonymousId, '/comments'), { text: 'Hallo' }),
      o.post(path(anonymousId, '/status'), { status: 'new' }),
      o.get(path('00000000-0000-4000-8000-000000000000')),
    ]);
    expect(answers.map((a) => a.status)).toEqual([404, 404, 404, 404, 404, 404, 404, 404]);
    expect(JSON.stringify(answers.map((a) => a.body))).not.toContain('thuiszit');
    // Not logged in at all: 401.
    expect((await t.client().get(`/api/communities/${f.community.id}/proposals`)).status).toBe(401);
  });
});
