import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminCommunityView, AnswerView, AuditPage, LessonDetail, PlatformUserView, QuestionDetail, ReportView } from '@mao/domain';
import { AccessChanges, type AccessChange } from '../access-changes/access-changes.js';
import { startTestApp, type TestApp, type TestClient } from '../test/test-app.js';
import { addMember, clientAs, createUser, loggedIn, TEST_PASSWORD } from '../test/fixtures.js';
import { emitAck, liveSessionFixture, liveSocket } from '../test/live-fixtures.js';
import { insertLesson } from '../lessons/lesson-test-kit.js';
import type { UserEntity } from '../users/user.entity.js';

describe('administration and moderation console', () => {
  let t: TestApp;
  let admin: { user: UserEntity; client: TestClient };
  let asker: { user: UserEntity; client: TestClient };
  let answerer: { user: UserEntity; client: TestClient };
  let makelaar: { user: UserEntity; client: TestClient };
  let outsider: { user: UserEntity; client: TestClient };
  const changes: AccessChange[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set('2026-03-02T09:00:00Z');
    t.app.get(AccessChanges).subscribe((change) => void changes.push(change));
    const member = { platformRole: null, adviceMemberSince: new Date('2026-01-01T00:00:00Z') } as const;
    admin = await loggedIn(t, 'beheer@example.org', { platformRole: null, isPlatformAdmin: true, name: 'Bea Beheer' });
    asker = await loggedIn(t, 'mod-asker@example.org', { ...member, name: 'Anna Asker', regionId: 'twente' });
    answerer = await loggedIn(t, 'mod-answerer@example.org', { ...member, name: 'Rob Rapport', regionId: 'zeeland' });
    makelaar = await loggedIn(t, 'mod-makelaar@example.org', { platformRole: 'makelaar', name: 'Mira Makelaar' });
    outsider = await loggedIn(t, 'mod-outsider@example.org', { platformRole: null });
  });
  afterAll(async () => t.close());

  it('a reported answer is hidden with a reason; its author is told by mail; the queue and the audit show it', async () => {
    const question = await asker.client.post<QuestionDetail>('/api/questions', {
      title: 'Hoe houden we de regie bij thuiszitters?',
      situation: 'Meerdere partijen bemoeien zich ermee en niemand houdt de regie over het plan.',
      ask: 'Wie neemt bij jullie de regie?',
      domains: ['onderwijs'],
    });
    const answer = await answerer.client.post<AnswerView>(`/api/questions/${question.body.id}/answers`, { text: 'Een onvriendelijk antwoord dat niet over de vraag gaat.' });
    const reported = await asker.client.post<{ id: string }>('/api/reports', { contentType: 'answer', contentId: answer.body.id, reason: 'Niet respectvol en niet behulpzaam.' });
    expect(reported.status).toBe(201);
    const twice = await asker.client.post('/api/reports', { contentType: 'answer', contentId: answer.body.id, reason: 'Nog een keer.' });
    expect(twice.status).toBe(409);
    expect((await outsider.client.post('/api/reports', { contentType: 'answer', contentId: answer.body.id, reason: 'Ik zie dit niet eens.' })).status).toBe(404);

    const queue = await admin.client.get<ReportView[]>('/api/admin/reports');
    expect(queue.status).toBe(200);
    const item = queue.body.find((r) => r.id === reported.body.id);
    expect(item).toMatchObject({ contentType: 'answer', reporterName: 'Anna Asker', status: 'open', content: { authorName: 'Rob Rapport', link: `/vragen/${question.body.id}` } });

    const before = t.outbox().length;
    const hidden = await admin.client.post<{ mailed: boolean }>(`/api/admin/reports/${reported.body.id}/hide`, { reason: 'Dit antwoord is niet respectvol.' });
    expect(hidden.body).toEqual({ mailed: true });
    const mails = t.outbox().slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain('mod-answerer@example.org');
    expect(mails[0]).toContain('Dit antwoord is niet respectvol.');

    const seen = await asker.client.get<QuestionDetail>(`/api/questions/${question.body.id}`);
    expect(seen.body.answers).toHaveLength(0);
    expect((await admin.client.get<QuestionDetail>(`/api/questions/${question.body.id}`)).body.answers).toHaveLength(1);
    expect((await admin.client.get<ReportView[]>('/api/admin/reports')).body.map((r) => r.id)).not.toContain(reported.body.id);
    expect((await admin.client.get<ReportView[]>('/api/admin/reports?status=hidden')).body[0]).toMatchObject({ id: reported.body.id, decisionReason: 'Dit antwoord is niet respectvol.' });
    expect((await admin.client.post(`/api/admin/reports/${reported.body.id}/hide`, { reason: 'Nog eens verbergen.' })).status).toBe(409);

    const audit = await admin.client.get<AuditPage>('/api/admin/audit?action=admin.');
    expect(audit.body.items[0]).toMatchObject({ actorName: 'Bea Beheer', action: 'admin.content_hidden', subjectType: 'answer', subjectId: answer.body.id });
  });

  it('a reflection and a lesson can be reported by their readers and hidden; a report can be dismissed', async () => {
    const cop = await loggedIn(t, 'mod-cop@example.org', { name: 'Fien Facilitator' });
    const created = await cop.client.post<{ id: string }>('/api/communities', { name: 'CoP Moderatie', description: 'Test', themes: [] });
    const lessonId = await insertLesson(t, { communityId: created.body.id, text: 'Een les die iedereen op het platform ziet.', visibility: 'platform', elementIds: ['cultuur-van-samenwerken'] });
    const reflection = await outsider.client.post<{ id: string }>(`/api/lessons/${lessonId}/reflections`, { text: 'Een reflectie die gemeld gaat worden.' });
    expect(reflection.status).toBe(201);
    // The writer's kind of organisation and region are shown with the reflection (issue 17).
    await outsider.client.patch('/api/me', { regionId: 'haaglanden', organisationType: 'gemeente' });
    const shown = await cop.client.get<LessonDetail>(`/api/lessons/${lessonId}`);
    expect(shown.body.reflections[0]?.author).toEqual({ background: null, organisationType: 'gemeente', regionId: 'haaglanden' });
    const report = await cop.client.post<{ id: string }>('/api/reports', { contentType: 'reflection', contentId: reflection.body.id, reason: 'Hoort hier niet.' });
    expect(report.status).toBe(201);
    await admin.client.post(`/api/admin/reports/${report.body.id}/hide`, { reason: 'Een reflectie hoort over de les te gaan.' });
    const lesson = await cop.client.get<LessonDetail>(`/api/lessons/${lessonId}`);
    expect(lesson.body.reflections).toEqual([]);
    expect(lesson.body.reflectionCount).toBe(0);

    const dismissed = await outsider.client.post<{ id: string }>('/api/reports', { contentType: 'lesson', contentId: lessonId, reason: 'Ik ben het er niet mee eens.' });
    expect((await admin.client.post(`/api/admin/reports/${dismissed.body.id}/dismiss`)).status).toBe(204);
    expect((await cop.client.get(`/api/lessons/${lessonId}`)).status).toBe(200);

    const lessonReport = await outsider.client.post<{ id: string }>('/api/reports', { contentType: 'lesson', contentId: lessonId, reason: 'Hier staat iets herkenbaars in.' });
    await admin.client.post(`/api/admin/reports/${lessonReport.body.id}/hide`, { reason: 'Bevat mogelijk herkenbare informatie.' });
    expect((await outsider.client.get(`/api/lessons/${lessonId}`)).status).toBe(404);
    const rows: Array<{ status: string; review_notes: string[] }> = await t.dataSource.query(`SELECT status, review_notes FROM lessons WHERE id = $1`, [lessonId]);
    expect(rows[0]?.status).toBe('discarded');
    expect(rows[0]?.review_notes.join(' ')).toContain('Bevat mogelijk herkenbare informatie.');
  });

  it('deactivating a person ends their logins and closes their live socket; they cannot log in until reactivated', async () => {
    const f = await liveSessionFixture(t, 'deact');
    const control = liveSocket(t, f.facilitator.client);
    await emitAck(control, 'join', { sessionId: f.sessionId });
    const live = liveSocket(t, f.participant.client);
    expect(await emitAck(live, 'join', { sessionId: f.sessionId })).toMatchObject({ ok: true });
    const gone = new Promise<void>((resolve) => live.once('disconnect', () => resolve()));
    changes.length = 0;

    const deactivated = await admin.client.post<PlatformUserView>(`/api/admin/users/${f.participant.user.id}/deactivate`, { reason: 'Op verzoek van de organisatie.' });
    expect(deactivated.status).toBe(200);
    expect(deactivated.body.deactivatedAt).not.toBeNull();
    expect(changes).toContainEqual({ kind: 'user-sessions-ended', userId: f.participant.user.id });
    await gone;
    expect((await f.participant.client.get('/api/me')).status).toBe(401);
    const again = t.client();
    expect((await again.post('/api/auth/login', { email: f.participant.user.email, password: TEST_PASSWORD })).status).toBe(401);
    expect(t.outbox().at(-1)).toContain('gedeactiveerd');
    expect((await admin.client.post(`/api/admin/users/${admin.user.id}/deactivate`, {})).status).toBe(409);

    const listed = await admin.client.get<PlatformUserView[]>(`/api/admin/users?q=${encodeURIComponent(f.participant.user.email)}`);
    expect(listed.body[0]?.deactivatedAt).not.toBeNull();
    await admin.client.post(`/api/admin/users/${f.participant.user.id}/reactivate`);
    await again.login(f.participant.user.email, TEST_PASSWORD);
    live.close();
    control.close();
  });

  it('the administrator sets platform roles (makelaar), lists CoPs with facilitators, appoints one and archives a CoP (read-only)', async () => {
    const person = await createUser(t, { email: 'mod-person@example.org', platformRole: null, name: 'Piet Persoon' });
    const role = await admin.client.put<PlatformUserView>(`/api/admin/users/${person.id}/platform-role`, { platformRole: 'makelaar' });
    expect(role.body.platformRole).toBe('makelaar');
    const personClient = await clientAs(t, person);
    expect((await personClient.get('/api/questions/join-requests')).status).toBe(200);

    const cop = await loggedIn(t, 'mod-cop2@example.org', { name: 'Carla CoP' });
    const created = await cop.client.post<{ id: string }>('/api/communities', { name: 'CoP Archief', description: 'Test', themes: [] });
    const member = await createUser(t, { email: 'mod-cop2-member@example.org', platformRole: null, name: 'Mo Lid' });
    await addMember(t, created.body.id, member.id);
    const list = await admin.client.get<AdminCommunityView[]>('/api/admin/communities?q=Archief');
    expect(list.body).toEqual([expect.objectContaining({ id: created.body.id, memberCount: 2, facilitators: [{ id: cop.user.id, name: 'Carla CoP' }], archivedAt: null })]);

    changes.length = 0;
    const appointed = await admin.client.post<AdminCommunityView>(`/api/admin/communities/${created.body.id}/facilitators`, { userId: member.id });
    expect(appointed.body.facilitators.map((f) => f.name)).toEqual(['Carla CoP', 'Mo Lid']);
    expect(changes).toContainEqual({ kind: 'membership-changed', communityId: created.body.id, userId: member.id });

    const archived = await admin.client.post<AdminCommunityView>(`/api/admin/communities/${created.body.id}/archive`);
    expect(archived.body.archivedAt).not.toBeNull();
    expect((await cop.client.get(`/api/communities/${created.body.id}`)).status).toBe(200);
    const change = await cop.client.patch<{ error: { code: string; message: string } }>(`/api/communities/${created.body.id}`, { description: 'Nieuw' });
    expect(change.status).toBe(403);
    expect(change.body.error.message).toContain('gearchiveerd');
    await admin.client.post(`/api/admin/communities/${created.body.id}/unarchive`);
    expect((await cop.client.patch(`/api/communities/${created.body.id}`, { description: 'Nieuw' })).status).toBe(200);

    const audit = await admin.client.get<AuditPage>('/api/admin/audit');
    const actions = audit.body.items.map((i) => i.action);
    expect(actions).toEqual(expect.arrayContaining(['user.platform_role_changed', 'admin.facilitator_appointed', 'admin.community_archived', 'admin.community_unarchived', 'admin.user_deactivated', 'admin.user_reactivated']));
  });

  it('a CoP with a live session is not archived until the session is closed (409 with a reason); nothing changes meanwhile', async () => {
    const f = await liveSessionFixture(t, 'archive-live');
    await t.dataSource.query(`UPDATE sessions SET status = 'live' WHERE id = $1`, [f.sessionId]);
    const refused = await admin.client.post<{ error: { code: string; message: string } }>(`/api/admin/communities/${f.community.id}/archive`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toEqual({ code: 'conflict', message: expect.stringContaining('loopt nu een sessie') });
    const [row] = await t.dataSource.query(`SELECT archived_at FROM communities WHERE id = $1`, [f.community.id]);
    expect(row.archived_at).toBeNull();
    await t.dataSource.query(`UPDATE sessions SET status = 'closed' WHERE id = $1`, [f.sessionId]);
    const archived = await admin.client.post<AdminCommunityView>(`/api/admin/communities/${f.community.id}/archive`);
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).not.toBeNull();
  });

  describe('access walk: every admin route as anonymous, outsider, pending, member, makelaar and administrator', () => {
    const who = ['anonymous', 'outsider', 'pending', 'member', 'makelaar', 'admin'] as const;
    type Who = (typeof who)[number];
    let clients: Record<Who, TestClient>;
    let target: string;
    let community: string;
    let report: string;

    beforeAll(async () => {
      const pending = await createUser(t, { email: 'walk2-pending@example.org', platformRole: null });
      clients = { anonymous: t.client(), outsider: outsider.client, pending: await clientAs(t, pending), member: answerer.client, makelaar: makelaar.client, admin: admin.client };
      await clients.pending.post('/api/questions/join-requests', { name: 'Walk Pending', organisation: 'Organisatie', background: 'zorg', regionId: 'flevoland' });
      target = (await createUser(t, { email: 'walk2-target@example.org', platformRole: null })).id;
      const owner = await loggedIn(t, 'walk2-cop@example.org');
      community = (await owner.client.post<{ id: string }>('/api/communities', { name: 'CoP Toegang', description: 'Test', themes: [] })).body.id;
      const question = await asker.client.post<QuestionDetail>('/api/questions', { title: 'Vraag voor de beheerronde', situation: 'Een situatie voor de toegangsronde.', ask: 'Wat doen jullie?', domains: ['zorg'] });
      report = (await asker.client.post<{ id: string }>('/api/reports', { contentType: 'question', contentId: question.body.id, reason: 'Voor de toegangsronde.' })).body.id;
    });

    const routes: Array<{ name: string; call: (c: TestClient) => Promise<{ status: number }>; expect: Record<Who, number> }> = [
      { name: 'GET /api/admin/users', call: (c) => c.get('/api/admin/users'), expect: { anonymous: 401, outsider: 403, pending: 403, member: 403, makelaar: 403, admin: 200 } },
      { name: 'PUT /api/admin/users/:id/platform-role', call: (c) => c.put(`/api/admin/users/${target}/platform-role`, { platformRole: null }), expect: { anonymous: 401, outsider: 403, pending: 403, member: 403, makelaar: 403, admin: 200 } },
      { name: 'POST /api/admin/users/:id/deactivate', call: (c) => c.post(`/api/admin/users/${target}/deactivate`, {}), expect: { anonymous: 401, outsider: 404, pending: 404, member: 403, makelaar: 403, admin: 200 } },
      { name: 'POST /api/admin/users/:id/reactivate', call: (c) => c.post(`/api/admin/users/${target}/reactivate`), expect: { anonymous: 401, outsider: 404, pending: 404, member: 403, makelaar: 403, admin: 200 } },
      { name: 'GET /api/admin/communities', call: (c) => c.get('/api/admin/communities'), expect: { anonymous: 401, outsider: 404, pending: 404, member: 403, makelaar: 403, admin: 200 } },
      { name: 'POST /api/admin/communities/:id/facilitators', call: (c) => c.post(`/api/admin/communities/${community}/facilitators`, { userId: target }), expect: { anonymous: 401, outsider: 404, pending: 404, member: 403, makelaar: 403, admin: 200 } },
      { name: 'POST /api/admin/communities/:id/archive', call: (c) => c.post(`/api/admin/communities/${community}/archive`), expect: { anonymous: 401, outsider: 404, pending: 404, member: 403, makelaar: 403, admin: 200 } },
      { name: 'POST /api/admin/communities/:id/unarchive', call: (c) => c.post(`/api/admin/communities/${community}/unarchive`), expect: { anonymous: 401, outsider: 404, pending: 404, member: 403, makelaar: 403, admin: 200 } },
      { name: 'GET /api/admin/reports', call: (c) => c.get('/api/admin/reports'), expect: { anonymous: 401, outsider: 404, pending: 404, member: 403, makelaar: 403, admin: 200 } },
      { name: 'GET /api/admin/audit', call: (c) => c.get('/api/admin/audit'), expect: { anonymous: 401, outsider: 404, pending: 404, member: 403, makelaar: 403, admin: 200 } },
      { name: 'POST /api/admin/reports/:id/dismiss', call: (c) => c.post(`/api/admin/reports/${report}/dismiss`), expect: { anonymous: 401, outsider: 404, pending: 404, member: 403, makelaar: 403, admin: 204 } },
      { name: 'POST /api/admin/reports/:id/hide (decided)', call: (c) => c.post(`/api/admin/reports/${report}/hide`, { reason: 'Te laat verborgen.' }), expect: { anonymous: 401, outsider: 404, pending: 404, member: 403, makelaar: 403, admin: 409 } },
      { name: 'POST /api/reports (a question)', call: async (c) => {
          const q = await asker.client.post<QuestionDetail>('/api/questions', { title: 'Nog een vraag voor de ronde', situation: 'Nog een situatie voor de toegangsronde.', ask: 'Wat nu?', domains: ['zorg'] });
          return c.post('/api/reports', { contentType: 'question', contentId: q.body.id, reason: 'Toegangsronde.' });
        }, expect: { anonymous: 401, outsider: 404, pending: 404, member: 201, makelaar: 201, admin: 201 } },
    ];

    it.each(routes.map((r) => [r.name, r] as const))('%s', async (_name, route) => {
      for (const person of who) {
        const response = await route.call(clients[person]);
        expect(response.status, `${route.name} as ${person}`).toBe(route.expect[person]);
      }
    });
  });
});
