import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerView, JoinRequestView, LessonPage, MeView, QuestionDetail, QuestionPage } from '@mao/domain';
import { startTestApp, type TestApp, type TestClient } from '../test/test-app.js';
import { addMember, clientAs, createUser, loggedIn } from '../test/fixtures.js';
import { ANONYMOUS_JOIN_REQUESTS_PER_HOUR } from './join-requests.service.js';
import type { UserEntity } from '../users/user.entity.js';

const QUESTION = {
  title: 'Thuiszitters en het eerste overleg',
  situation: 'Bij ons duurt het vaak maanden voordat school, wijkteam en leerplicht samen om tafel zitten als een leerling niet meer naar school gaat.',
  ask: 'Hoe organiseren jullie het eerste overleg zo snel mogelijk?',
  elementIds: ['cultuur-van-samenwerken'],
  themes: ['thuiszitters'],
  domains: ['onderwijs', 'jeugdhulp'],
};

describe('Vraag en advies (questions, answers, matching, joining)', () => {
  let t: TestApp;
  let asker: { user: UserEntity; client: TestClient };
  let sameRegion: { user: UserEntity; client: TestClient };
  let otherRegion: { user: UserEntity; client: TestClient };
  let makelaar: { user: UserEntity; client: TestClient };
  let outsider: { user: UserEntity; client: TestClient };
  let facilitator: { user: UserEntity; client: TestClient };
  let communityId: string;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set('2026-03-02T09:00:00Z');
    const member = { platformRole: null, adviceMemberSince: new Date('2026-01-01T00:00:00Z') } as const;
    asker = await loggedIn(t, 'vraag-asker@example.org', { ...member, name: 'Anna Vraagsteller', background: 'onderwijs', regionId: 'twente', organisationType: 'school' });
    sameRegion = await loggedIn(t, 'vraag-buur@example.org', { ...member, name: 'Bas Buur', background: 'jeugdhulp', regionId: 'twente' });
    otherRegion = await loggedIn(t, 'vraag-ver@example.org', { ...member, name: 'Carla Verweg', background: 'jeugdhulp', regionId: 'zeeland', organisationType: 'wijkteam' });
    makelaar = await loggedIn(t, 'vraag-makelaar@example.org', { platformRole: 'makelaar', name: 'Mira Makelaar', background: 'anders' });
    outsider = await loggedIn(t, 'vraag-buiten@example.org', { platformRole: null, name: 'Olaf Buiten' });
    facilitator = await loggedIn(t, 'vraag-cop@example.org', { name: 'Fien Facilitator', background: 'jeugdhulp' });
    const created = await facilitator.client.post<{ id: string }>('/api/communities', { name: 'CoP Thuiszitters', description: 'Test', themes: [] });
    communityId = created.body.id;
  });
  afterAll(async () => t.close());

  it('profiles take a jeugdzorgregio, gemeente and organisation type, and refuse unknown regions', async () => {
    const ok = await outsider.client.patch<MeView>('/api/me', { regionId: 'haaglanden', gemeente: 'Delft', organisationType: 'gemeente' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ regionId: 'haaglanden', gemeente: 'Delft', organisationType: 'gemeente', adviceMemberSince: null });
    const bad = await outsider.client.patch<{ error: { code: string } }>('/api/me', { regionId: 'atlantis' });
    expect(bad.status).toBe(400);
    const cleared = await outsider.client.patch<MeView>('/api/me', { regionId: null, gemeente: null });
    expect(cleared.body).toMatchObject({ regionId: null, gemeente: null, organisationType: 'gemeente' });
  });

  it('refuses a question with a direct identifier and keeps a place as a warning only', async () => {
    const refused = await asker.client.post<{ error: { code: string; details: { findings: Array<{ kind: string; field: string }> } } }>('/api/questions', {
      ...QUESTION,
      situation: `${QUESTION.situation} Bel de moeder gerust op 06-12345678.`,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('privacy_findings');
    expect(refused.body.error.details.findings.some((f) => f.field === 'situation')).toBe(true);
    const withPlace = await asker.client.post<QuestionDetail>('/api/questions', { ...QUESTION, title: 'Thuiszitters in Enschede: het eerste overleg' });
    expect(withPlace.status).toBe(201);
  });

  let questionId: string;
  let farAnswer: AnswerView;

  it('a member asks; answers show domain and region, and "geen belang in jouw regio" from another region', async () => {
    const asked = await asker.client.post<QuestionDetail>('/api/questions', QUESTION);
    expect(asked.status).toBe(201);
    questionId = asked.body.id;
    expect(asked.body).toMatchObject({ status: 'open', regionId: 'twente', author: { name: 'Anna Vraagsteller', background: 'onderwijs', organisationType: 'school', regionId: 'twente' } });

    const near = await sameRegion.client.post<AnswerView>(`/api/questions/${questionId}/answers`, { text: 'Wij plannen het overleg binnen vijf schooldagen, met een vaste voorzitter.' });
    expect(near.status).toBe(201);
    expect(near.body).toMatchObject({ fromOtherRegion: false, author: { name: 'Bas Buur', background: 'jeugdhulp', regionId: 'twente' } });

    t.clock.advance(60_000);
    const far = await otherRegion.client.post<AnswerView>(`/api/questions/${questionId}/answers`, { text: 'Een vaste contactpersoon bij leerplicht die iedereen binnen een week uitnodigt werkt goed.' });
    expect(far.status).toBe(201);
    farAnswer = far.body;
    expect(far.body).toMatchObject({ fromOtherRegion: true, helpful: false, author: { name: 'Carla Verweg', background: 'jeugdhulp', organisationType: 'wijkteam', regionId: 'zeeland' } });

    const detail = await asker.client.get<QuestionDetail>(`/api/questions/${questionId}`);
    expect(detail.body.answers.map((a) => a.fromOtherRegion)).toEqual([false, true]);
    expect(detail.body.answerCount).toBe(2);
    expect(detail.body.can).toMatchObject({ answer: true, markHelpful: true, close: true, match: false, harvest: false });
  });

  it('a parent who keeps their name off platform-wide texts answers as "een ouder", until they choose otherwise', async () => {
    const parent = await loggedIn(t, 'vraag-ouder@example.org', { platformRole: null, adviceMemberSince: new Date('2026-01-01T00:00:00Z'), name: 'Petra Ouder', background: 'ouder', regionId: 'drenthe' });
    const answered = await parent.client.post<AnswerView>(`/api/questions/${questionId}/answers`, { text: 'Als ouder had ik graag één vast aanspreekpunt gehad.' });
    expect(answered.body.author).toEqual({ id: null, name: 'een ouder', background: 'ouder', organisationType: null, regionId: 'drenthe' });
    const seen = await asker.client.get<QuestionDetail>(`/api/questions/${questionId}`);
    expect(JSON.stringify(seen.body)).not.toContain('Petra');
    expect((await parent.client.put('/api/me/lesson-name-setting', { showNameOnPlatformLessons: true })).status).toBe(200);
    const named = await asker.client.get<QuestionDetail>(`/api/questions/${questionId}`);
    expect(named.body.answers.find((a) => a.id === answered.body.id)?.author).toMatchObject({ id: parent.user.id, name: 'Petra Ouder' });
    await t.dataSource.query(`DELETE FROM advice_answers WHERE id = $1`, [answered.body.id]);
  });

  it('answers go through the privacy guard', async () => {
    const refused = await otherRegion.client.post<{ error: { code: string } }>(`/api/questions/${questionId}/answers`, { text: 'Mail de moeder op ouder@example.org voor de afspraak.' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('privacy_findings');
  });

  it('"alleen van buiten mijn regio" refuses answers from the asker’s own region', async () => {
    const asked = await asker.client.post<QuestionDetail>('/api/questions', { ...QUESTION, title: 'Alleen advies van buiten de regio graag', outsideRegionOnly: true });
    const near = await sameRegion.client.post<{ error: { code: string } }>(`/api/questions/${asked.body.id}/answers`, { text: 'Ik werk in dezelfde regio en wil toch iets zeggen.' });
    expect(near.status).toBe(403);
    expect(near.body.error.code).toBe('same_region_answer');
    const seen = await sameRegion.client.get<QuestionDetail>(`/api/questions/${asked.body.id}`);
    expect(seen.body).toMatchObject({ answerBlockedBy: 'same_region', can: { answer: false } });
    const far = await otherRegion.client.post(`/api/questions/${asked.body.id}/answers`, { text: 'Van buiten de regio: begin met een gezamenlijk doel.' });
    expect(far.status).toBe(201);
  });

  it('only the asker marks an answer helpful', async () => {
    const notAsker = await otherRegion.client.put<{ error: { code: string } }>(`/api/questions/${questionId}/answers/${farAnswer.id}/helpful`, { helpful: true });
    expect(notAsker.status).toBe(403);
    const marked = await asker.client.put<AnswerView>(`/api/questions/${questionId}/answers/${farAnswer.id}/helpful`, { helpful: true });
    expect(marked.status).toBe(200);
    expect(marked.body.helpful).toBe(true);
    const list = await asker.client.get<QuestionPage>('/api/questions?filter=mine');
    expect(list.body.items.find((q) => q.id === questionId)?.helpfulCount).toBe(1);
  });

  it('the makelaar harvests a good answer into a CoP as a draft lesson its facilitator reviews', async () => {
    const byMember = await asker.client.post<{ error: { code: string } }>(`/api/questions/${questionId}/answers/${farAnswer.id}/harvest`, { communityId });
    expect(byMember.status).toBe(403);
    const harvested = await makelaar.client.post<{ lessonId: string }>(`/api/questions/${questionId}/answers/${farAnswer.id}/harvest`, { communityId });
    expect(harvested.status).toBe(201);
    const again = await makelaar.client.post<{ error: { code: string } }>(`/api/questions/${questionId}/answers/${farAnswer.id}/harvest`, { communityId });
    expect(again.status).toBe(409);

    const drafts = await facilitator.client.get<LessonPage>(`/api/lessons?status=draft&communityId=${communityId}`);
    expect(drafts.status).toBe(200);
    const lesson = drafts.body.items.find((l) => l.id === harvested.body.lessonId);
    expect(lesson).toMatchObject({ status: 'draft', text: farAnswer.text, authorName: 'Carla Verweg', elementIds: ['cultuur-van-samenwerken'], themes: ['thuiszitters'], session: null });
    expect(lesson?.reviewNotes?.[0]).toContain('Vraag en advies');
    const published = await facilitator.client.post(`/api/lessons/${harvested.body.lessonId}/publish`, { visibility: 'platform' });
    expect(published.status).toBe(200);
    const detail = await asker.client.get<QuestionDetail>(`/api/questions/${questionId}`);
    expect(detail.body.answers.find((a) => a.id === farAnswer.id)?.harvestedLessonId).toBe(harvested.body.lessonId);
  });

  it('finds questions with the Dutch full-text search, with a safe snippet', async () => {
    const found = await otherRegion.client.get<QuestionPage>(`/api/questions?q=${encodeURIComponent('overleg leerplicht')}`);
    expect(found.status).toBe(200);
    expect(found.body.items.length).toBeGreaterThan(0);
    expect(found.body.items[0]?.snippet).toContain('<mark>');
    const none = await otherRegion.client.get<QuestionPage>(`/api/questions?q=${encodeURIComponent('pannenkoekenrestaurant')}`);
    expect(none.body.total).toBe(0);
  });

  it('the makelaar sees unanswered questions, invites people and CoPs by mail, and closes', async () => {
    const fresh = await asker.client.post<QuestionDetail>('/api/questions', { ...QUESTION, title: 'Nog niemand heeft geantwoord hierop' });
    const queue = await makelaar.client.get<QuestionPage>('/api/questions?filter=unanswered');
    expect(queue.body.items.map((q) => q.id)).toContain(fresh.body.id);
    expect(queue.body.items.map((q) => q.id)).not.toContain(questionId);

    await addMember(t, communityId, otherRegion.user.id);
    await addMember(t, communityId, outsider.user.id);
    const before = t.outbox().length;
    const invited = await makelaar.client.post<{ mailed: number; notInVraagEnAdvies: number }>(`/api/questions/${fresh.body.id}/invitations`, {
      userIds: [sameRegion.user.id],
      communityIds: [communityId],
      note: 'Jullie hebben hier ervaring mee.',
    });
    expect(invited.status).toBe(200);
    // Bas directly; Carla through the CoP; the facilitator and Olaf have not joined Vraag en advies.
    expect(invited.body).toEqual({ mailed: 2, notInVraagEnAdvies: 2 });
    const mails = t.outbox().slice(before);
    expect(mails).toHaveLength(2);
    expect(mails.join('\n')).toContain(`/vragen/${fresh.body.id}`);
    expect(mails.join('\n')).not.toContain(QUESTION.situation.slice(0, 40));

    const seen = await makelaar.client.get<QuestionDetail>(`/api/questions/${fresh.body.id}`);
    expect(seen.body.invitations?.map((i) => i.kind).sort()).toEqual(['community', 'person']);
    const memberView = await asker.client.get<QuestionDetail>(`/api/questions/${fresh.body.id}`);
    expect(memberView.body.invitations).toBeUndefined();

    const closed = await makelaar.client.post<QuestionDetail>(`/api/questions/${fresh.body.id}/close`, {});
    expect(closed.body).toMatchObject({ status: 'closed', can: { close: false, answer: false } });
    const late = await otherRegion.client.post<{ error: { code: string } }>(`/api/questions/${fresh.body.id}/answers`, { text: 'Te laat, maar toch een idee.' });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('question_closed');
    const audit: Array<{ action: string }> = await t.dataSource.query(`SELECT action FROM audit_log WHERE actor_id = $1 ORDER BY id`, [makelaar.user.id]);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['advice.answer_harvested', 'advice.answerers_invited', 'advice.question_closed']));
  });

  it('joining: a pending person sees nothing; once approved (mail) they can ask; a new person gets an account', async () => {
    const pending = await loggedIn(t, 'vraag-nieuw@example.org', { platformRole: null, name: 'Nina Nieuw' });
    const form = { name: 'Nina Nieuw', organisation: 'Wijkteam Oost', organisationType: 'wijkteam', background: 'jeugdhulp', regionId: 'rijnmond' };
    const asked = await pending.client.post<JoinRequestView>('/api/questions/join-requests', form);
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ status: 'pending', email: 'vraag-nieuw@example.org', hasAccount: true });
    const twice = await pending.client.post<{ error: { code: string } }>('/api/questions/join-requests', form);
    expect(twice.status).toBe(409);
    expect((await pending.client.get('/api/questions')).status).toBe(404);
    expect((await pending.client.get(`/api/questions/${questionId}`)).status).toBe(404);
    expect((await pending.client.get<{ relation: string }>('/api/questions/membership')).body.relation).toBe('pending');

    const anonymous = t.client();
    const anon = await anonymous.post<{ received: boolean }>('/api/questions/join-requests', { ...form, name: 'Piet Nieuw', email: 'piet.nieuw@example.org' });
    expect(anon.status).toBe(202);
    const anonAgain = await anonymous.post('/api/questions/join-requests', { ...form, name: 'Piet Nieuw', email: 'piet.nieuw@example.org' });
    expect(anonAgain.status).toBe(202);
    const noEmail = await anonymous.post('/api/questions/join-requests', form);
    expect(noEmail.status).toBe(400);

    const queue = await makelaar.client.get<JoinRequestView[]>('/api/questions/join-requests');
    expect(queue.body.map((r) => r.email).sort()).toEqual(['piet.nieuw@example.org', 'vraag-nieuw@example.org']);
    const before = t.outbox().length;
    const approved = await makelaar.client.post<JoinRequestView>(`/api/questions/join-requests/${asked.body.id}/approve`, {});
    expect(approved.body.status).toBe('approved');
    const mail = t.outbox().slice(before).join('\n');
    expect(mail).toContain('vraag-nieuw@example.org');
    expect(mail).toContain('goedgekeurd');
    const me = await pending.client.get<MeView>('/api/me');
    expect(me.body).toMatchObject({ regionId: 'rijnmond', organisationType: 'wijkteam', background: 'jeugdhulp' });
    expect(me.body.adviceMemberSince).not.toBeNull();
    const question = await pending.client.post<QuestionDetail>('/api/questions', { ...QUESTION, title: 'Mijn eerste vraag na aanmelden' });
    expect(question.status).toBe(201);

    const piet = queue.body.find((r) => r.email === 'piet.nieuw@example.org');
    const beforePiet = t.outbox().length;
    await makelaar.client.post(`/api/questions/join-requests/${piet?.id}/approve`, {});
    const pietMail = t.outbox().slice(beforePiet).join('\n');
    const link = /\/wachtwoord-herstellen\/([A-Za-z0-9_-]+)/.exec(pietMail.replace(/=\r?\n/g, ''));
    expect(link).not.toBeNull();
    const set = await t.client().post('/api/auth/password-reset', { token: link?.[1], password: 'een-nieuw-wachtwoord' });
    expect(set.status).toBe(204);
    const pietClient = t.client();
    await pietClient.login('piet.nieuw@example.org', 'een-nieuw-wachtwoord');
    expect((await pietClient.get<QuestionPage>('/api/questions')).status).toBe(200);
  });

  it('a rejected request is told by mail and still sees nothing', async () => {
    const person = await loggedIn(t, 'vraag-nee@example.org', { platformRole: null });
    const asked = await person.client.post<JoinRequestView>('/api/questions/join-requests', { name: 'Nee Persoon', organisation: 'Ergens', background: 'zorg', regionId: 'drenthe' });
    const before = t.outbox().length;
    const rejected = await makelaar.client.post<JoinRequestView>(`/api/questions/join-requests/${asked.body.id}/reject`, { reason: 'Niet werkzaam in het jeugdveld.' });
    expect(rejected.body.status).toBe('rejected');
    expect(t.outbox().slice(before).join('\n')).toContain('Niet werkzaam in het jeugdveld.');
    expect((await person.client.get('/api/questions')).status).toBe(404);
    const decidedTwice = await makelaar.client.post(`/api/questions/join-requests/${asked.body.id}/approve`, {});
    expect(decidedTwice.status).toBe(409);
  });

  describe('access walk: every route as anonymous, outsider, pending, member, makelaar and administrator', () => {
    const who = ['anonymous', 'outsider', 'pending', 'member', 'makelaar', 'admin'] as const;
    type Who = (typeof who)[number];
    let clients: Record<Who, TestClient>;
    let q: string;
    let a: string;
    let request: string;

    beforeAll(async () => {
      const pendingUser = await createUser(t, { email: 'walk-pending@example.org', platformRole: null });
      const adminUser = await createUser(t, { email: 'walk-admin@example.org', platformRole: null, isPlatformAdmin: true });
      clients = {
        anonymous: t.client(),
        outsider: outsider.client,
        pending: await clientAs(t, pendingUser),
        member: otherRegion.client,
        makelaar: makelaar.client,
        admin: await clientAs(t, adminUser),
      };
      await clients.pending.post('/api/questions/join-requests', { name: 'Walk Pending', organisation: 'Organisatie X', background: 'zorg', regionId: 'flevoland' });
      const asked = await asker.client.post<QuestionDetail>('/api/questions', { ...QUESTION, title: 'Vraag voor de toegangsronde' });
      q = asked.body.id;
      const answered = await otherRegion.client.post<AnswerView>(`/api/questions/${q}/answers`, { text: 'Een antwoord voor de toegangsronde.' });
      a = answered.body.id;
      const other = await loggedIn(t, 'walk-request@example.org', { platformRole: null });
      const made = await other.client.post<JoinRequestView>('/api/questions/join-requests', { name: 'Walk Request', organisation: 'Organisatie Y', background: 'zorg', regionId: 'zeeland' });
      expect(made.status).toBe(201);
      request = made.body.id;
    });

    // Expected status per person; the makelaar and admin routes that change state run last for those roles.
    const routes: Array<{ name: string; call: (c: TestClient) => Promise<{ status: number }>; expect: Record<Who, number> }> = [
      { name: 'GET /api/questions', call: (c) => c.get('/api/questions'), expect: { anonymous: 401, outsider: 404, pending: 404, member: 200, makelaar: 200, admin: 200 } },
      { name: 'GET /api/questions/:id', call: (c) => c.get(`/api/questions/${q}`), expect: { anonymous: 401, outsider: 404, pending: 404, member: 200, makelaar: 200, admin: 200 } },
      {
        name: 'POST /api/questions/join-requests',
        call: (c) => c.post('/api/questions/join-requests', { name: 'Walk Join', email: 'walk-join@example.org', organisation: 'Organisatie', background: 'zorg', regionId: 'zeeland' }),
        // Anonymous: always 202. With an account `email` is not allowed to differ: the account's address is used; the outsider's is new (201), everyone else is in or pending (409).
        expect: { anonymous: 202, outsider: 201, pending: 409, member: 409, makelaar: 409, admin: 409 },
      },
      { name: 'GET /api/questions/membership', call: (c) => c.get('/api/questions/membership'), expect: { anonymous: 401, outsider: 200, pending: 200, member: 200, makelaar: 200, admin: 200 } },
      { name: 'POST /api/questions', call: (c) => c.post('/api/questions', { ...QUESTION, title: 'Toegangsronde nieuwe vraag' }), expect: { anonymous: 401, outsider: 404, pending: 404, member: 201, makelaar: 201, admin: 201 } },
      { name: 'POST /api/questions/:id/answers', call: (c) => c.post(`/api/questions/${q}/answers`, { text: 'Nog een antwoord in de ronde.' }), expect: { anonymous: 401, outsider: 404, pending: 404, member: 201, makelaar: 201, admin: 201 } },
      { name: 'PUT …/helpful (not the asker)', call: (c) => c.put(`/api/questions/${q}/answers/${a}/helpful`, { helpful: true }), expect: { anonymous: 401, outsider: 404, pending: 404, member: 403, makelaar: 403, admin: 403 } },
      { name: 'GET /api/questions/candidates', call: (c) => c.get('/api/questions/candidates'), expect: { anonymous: 401, outsider: 404, pending: 404, member: 403, makelaar: 200, admin: 200 } },
      { name: 'GET /api/questions/communities', call: (c) => c.get('/api/questions/communities'), expect: { anonymous: 401, outsider: 404, pending: 404, member: 403, makelaar: 200, admin: 200 } },
      { name: 'GET /api/questions/join-requests', call: (c) => c.get('/api/questions/join-requests'), expect: { anonymous: 401, outsider: 404, pending: 404, member: 403, makelaar: 200, admin: 200 } },
      { name: 'POST /api/questions/:id/invitations', call: (c) => c.post(`/api/questions/${q}/invitations`, { userIds: [sameRegion.user.id] }), expect: { anonymous: 401, outsider: 404, pending: 404, member: 403, makelaar: 200, admin: 200 } },
      { name: 'POST …/harvest', call: (c) => c.post(`/api/questions/${q}/answers/${a}/harvest`, { communityId }), expect: { anonymous: 401, outsider: 404, pending: 404, member: 403, makelaar: 201, admin: 409 } },
      { name: 'POST /api/questions/join-requests/:id/reject', call: (c) => c.post(`/api/questions/join-requests/${request}/reject`, {}), expect: { anonymous: 401, outsider: 404, pending: 404, member: 403, makelaar: 200, admin: 409 } },
      { name: 'POST /api/questions/join-requests/:id/approve', call: (c) => c.post(`/api/questions/join-requests/${request}/approve`, {}), expect: { anonymous: 401, outsider: 404, pending: 404, member: 403, makelaar: 409, admin: 409 } },
      { name: 'POST /api/questions/:id/close (not the asker)', call: (c) => c.post(`/api/questions/${q}/close`, {}), expect: { anonymous: 401, outsider: 404, pending: 404, member: 403, makelaar: 200, admin: 200 } },
    ];

    it.each(routes.map((r) => [r.name, r] as const))('%s', async (_name, route) => {
      for (const person of who) {
        const response = await route.call(clients[person]);
        expect(response.status, `${route.name} as ${person}`).toBe(route.expect[person]);
      }
    });
  });

  it('limits anonymous join requests per client address', async () => {
    const anonymous = t.client();
    const statuses: number[] = [];
    // Earlier tests sent four from this address (the joining test three, the access walk one).
    for (let i = 0; i < ANONYMOUS_JOIN_REQUESTS_PER_HOUR; i++) {
      statuses.push((await anonymous.post('/api/questions/join-requests', { name: `Persoon ${i}`, email: `flood${i}@example.org`, organisation: 'Ergens', background: 'zorg', regionId: 'drenthe' })).status);
    }
    expect(statuses.filter((s) => s === 202)).toHaveLength(ANONYMOUS_JOIN_REQUESTS_PER_HOUR - 4);
    const refused = await anonymous.post<{ error: { code: string } }>('/api/questions/join-requests', { name: 'Nog een', email: 'flood-last@example.org', organisation: 'Ergens', background: 'zorg', regionId: 'drenthe' });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});
