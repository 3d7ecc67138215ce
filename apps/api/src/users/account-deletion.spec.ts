import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionView } from '@mao/domain';
import { startTestApp, type TestApp } from '../test/test-app.js';
import * as Y from 'yjs';
import { BOARD_KEYS, cardKey } from '@mao/domain';
import { linkFromMail } from '../test/test-app.js';
import { addMember, clientAs, createUser, TEST_PASSWORD } from '../test/fixtures.js';
import { CollabServer } from '../collaboration/collab-server.js';
import { boardDocumentName, draftDocumentName } from '../collaboration/document-name.js';
import { closedSession, pdfText } from '../lessons/lesson-test-kit.js';
import { PERSONAL_DATA } from './personal-data.js';
import { amsterdam, sessionCommunity } from '../sessions/session-test-kit.js';

describe('deleting an account lets go of upcoming sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('hands a session it would lead to another facilitator, drops its RSVP, casus and inbrenger role', async () => {
    const f = await sessionCommunity(t, 'delete-account');
    const coFacilitator = await createUser(t, { email: 'delete-account-co@example.org', name: 'Co Facilitator' });
    await addMember(t, f.community.id, coFacilitator.id, 'facilitator');
    const led = (await f.facilitator.client.post<SessionView>(`/api/communities/${f.community.id}/sessions`, { title: 'Geleid door wie vertrekt', methodId: 'met-andere-ogen', startsAt: amsterdam(7), presenterId: f.presenter.user.id })).body;
    await f.presenter.client.put(`/api/sessions/${led.id}/case`, {
      title: 'Thuiszitter', context: 'Een leerling zit al weken thuis.', keyQuestion: 'Wie neemt de regie?', tried: '', askOfGroup: 'Meedenken.', anonymisedConfirmed: true, consentConfirmed: true,
    });
    await f.member.client.put(`/api/sessions/${led.id}/rsvp`, { response: 'yes' });

    // The presenter deletes their account: the casus and the inbrenger role go.
    expect((await f.presenter.client.delete('/api/me')).status).toBe(204);
    const afterPresenter = (await f.facilitator.client.get<SessionView>(`/api/sessions/${led.id}`)).body;
    expect(afterPresenter.presenter).toBeNull();
    expect(afterPresenter.hasCase).toBe(false);

    // The facilitator deletes theirs: the session passes to the other facilitator.
    const member = await clientAs(t, f.member.user);
    expect((await f.facilitator.client.delete('/api/me')).status).toBe(204);
    const afterFacilitator = (await member.get<SessionView>(`/api/sessions/${led.id}`)).body;
    expect(afterFacilitator.status).toBe('scheduled');
    expect(afterFacilitator.facilitator.id).toBe(coFacilitator.id);

    // The member deletes theirs: their RSVP goes too.
    expect((await member.delete('/api/me')).status).toBe(204);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM session_participants WHERE session_id = $1 AND user_id = $2`, [led.id, f.member.user.id]);
    expect(n).toBe(0);
  });
});

describe('deleting an account leaves no name or address, and the export holds everything it removed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const NAME = 'Vera Verdwijn';
  const EMAIL = 'vera.verdwijn@example.org';
  /** Matches the name, the address and any part of them that is theirs alone. */
  const TRACE = 'verdwijn';

  /** Every text-like column of every table (text, varchar, arrays, jsonb) that contains the trace. */
  async function databaseTraces(): Promise<string[]> {
    const columns: Array<{ table_name: string; column_name: string }> = await t.dataSource.query(
      `SELECT c.table_name, c.column_name FROM information_schema.columns c JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
        WHERE c.table_schema = 'public' AND tb.table_type = 'BASE TABLE' AND c.data_type IN ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY', 'tsvector')`,
    );
    const found: string[] = [];
    for (const { table_name: table, column_name: column } of columns) {
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM "${table}" WHERE "${column}"::text ILIKE $1`, [`%${TRACE}%`]);
      if (n > 0) found.push(`${table}.${column}`);
    }
    return found;
  }

  /** Every stored board and draft, decoded (Yjs), that contains the trace. */
  async function boardTraces(): Promise<string[]> {
    const names: Array<{ document_name: string }> = await t.dataSource.query(
      `SELECT DISTINCT document_name FROM (SELECT document_name FROM collab_updates UNION SELECT document_name FROM collab_snapshots) d`,
    );
    const collab = t.app.get(CollabServer);
    const found: string[] = [];
    for (const { document_name: name } of names) {
      const doc = await collab.snapshot(name);
      const json = JSON.stringify([...doc.share.keys()].map((key) => [key, doc.get(key).toJSON()]));
      doc.destroy();
      if (json.toLowerCase().includes(TRACE) || name.toLowerCase().includes(TRACE)) found.push(name);
    }
    return found;
  }

  function boardUpdate(write: (doc: Y.Doc) => void): Buffer {
    const doc = new Y.Doc();
    doc.transact(() => write(doc));
    const update = Buffer.from(Y.encodeStateAsUpdate(doc));
    doc.destroy();
    return update;
  }

  function card(doc: Y.Doc, authorId: string, id: string, text: string): string {
    const map = new Y.Map<unknown>();
    doc.getMap(BOARD_KEYS.cards).set(cardKey(authorId, id), map);
    map.set('text', text);
    map.set('createdAt', 1);
    return cardKey(authorId, id);
  }

  it('shows "verwijderd lid" wherever the name was and removes the address; the export held it all', async () => {
    const f = await sessionCommunity(t, 'erase');
    // Invited by mail, twice: accepted in this CoP, pending in another.
    expect((await f.facilitator.client.post(`/api/communities/${f.community.id}/invitations`, { email: EMAIL, role: 'member' })).status).toBe(201);
    const token = linkFromMail(t.outbox().at(-1) ?? '', '/uitnodiging/').split('/').pop();
    const vera = t.client();
    expect((await vera.post(`/api/invitations/${token}/accept`, { name: NAME, password: TEST_PASSWORD })).status).toBe(200);
    const veraId = (await vera.get<{ id: string }>('/api/me')).body.id;
    const otherCop = (await f.member.client.post<{ id: string }>('/api/communities', { name: 'Tweede CoP', description: 'Elders' })).body;
    expect((await f.member.client.post(`/api/communities/${otherCop.id}/invitations`, { email: EMAIL, role: 'member' })).status).toBe(201);

    // A closed session she took part in: cards, a reaction and a vote on a board, a card in her draft.
    const sessionId = await closedSession(t, f.community.id, f.facilitator.user.id);
    await t.dataSource.query(`INSERT INTO session_participants (session_id, user_id, rsvp) VALUES ($1, $2, 'yes'), ($1, $3, 'yes')`, [sessionId, veraId, f.member.user.id]);
    const memberCard = cardKey(f.member.user.id, 'c-mo');
    await t.dataSource.query(`INSERT INTO collab_updates (document_name, update) VALUES ($1, $2), ($3, $4)`, [
      boardDocumentName(sessionId, 'vragen'),
      boardUpdate((doc) => {
        card(doc, f.member.user.id, 'c-mo', 'Wie zit er nog meer aan tafel?');
        card(doc, veraId, 'c-vera', 'Welke afspraak maakte school met het wijkteam?');
        doc.getMap(BOARD_KEYS.reactions).set(`${veraId}/${memberCard}`, 'eens');
        doc.getMap(BOARD_KEYS.votes).set(veraId, { score: 4, comment: 'Helder gesprek' });
      }),
      draftDocumentName(sessionId, 'vragen', veraId),
      boardUpdate((doc) => card(doc, veraId, 'c-draft', 'Nog niet gedeelde gedachte')),
    ]);

    // Lessons: one of hers published platform-wide, and her draft merged into a colleague's.
    const [published] = await t.dataSource.query(
      `INSERT INTO lessons (community_id, session_id, session_date, text, element_ids, status, visibility, published_at, published_by, author_id, author_name)
       VALUES ($1, $2, now(), 'Een vaste contactpersoon bij school voorkomt dat ouders het verhaal steeds opnieuw vertellen.', '{cultuur-van-samenwerken}', 'published', 'platform', now(), $3, $4, $5) RETURNING id`,
      [f.community.id, sessionId, f.facilitator.user.id, veraId, NAME],
    );
    const drafts = await t.dataSource.query(
      `INSERT INTO lessons (community_id, session_id, session_date, text, status, author_id, author_name)
       VALUES ($1, $2, now(), 'Vraag door voordat je adviseert.', 'draft', $3, 'Mo Member'), ($1, $2, now(), 'Vraag eerst wat er al geprobeerd is.', 'draft', $4, $5) RETURNING id`,
      [f.community.id, sessionId, f.member.user.id, veraId, NAME],
    );
    const [keep, hers] = drafts.map((row: { id: string }) => row.id);
    expect((await f.facilitator.client.post(`/api/lessons/${keep}/merge`, { otherId: hers })).status).toBe(200);
    expect((await vera.post(`/api/lessons/${published.id}/reflections`, { text: 'Herkenbaar voor ons team.' })).status).toBe(201);
    expect((await vera.post(`/api/communities/${f.community.id}/action-perspectives`, { title: 'Samen optrekken', text: 'Elke maand een overleg met school.', lessonIds: [published.id] })).status).toBe(201);
    // Vraag en advies: a request to join (name and address), then — approved — a question, an answer and a report.
    expect((await vera.post('/api/questions/join-requests', { name: NAME, organisation: 'Wijkteam Oost', background: 'jeugdhulp', regionId: 'twente' })).status).toBe(201);
    await t.dataSource.query(`UPDATE users SET advice_member_since = now() WHERE id = $1`, [veraId]);
    const question = (await vera.post<{ id: string }>('/api/questions', { title: 'Wie neemt de regie bij thuiszitters?', situation: 'School en wijkteam wachten op elkaar.', ask: 'Hoe spreken jullie de regie af?', domains: ['onderwijs'] })).body;
    expect((await vera.post(`/api/questions/${question.id}/answers`, { text: 'Bij ons doet de leerplichtambtenaar dat.' })).status).toBe(201);
    expect((await vera.post('/api/reports', { contentType: 'lesson', contentId: published.id, reason: 'Kijk hier nog even naar.' })).status).toBe(201);

    // Before: her name and address are in these places.
    const before = await databaseTraces();
    expect(before.sort()).toEqual(['action_perspectives.created_by_name', 'advice_join_requests.email', 'advice_join_requests.name', 'invitations.email', 'lesson_reflections.author_name', 'lessons.author_name', 'users.email', 'users.name']);

    // The export holds every one of them, through the registry's section for that column…
    const exported = (await vera.get<Record<string, unknown>>('/api/me/export')).body;
    for (const place of before) {
      const [table, column] = place.split('.');
      const entry = PERSONAL_DATA.find((candidate) => candidate.table === table)?.columns.find((candidate) => candidate.column === column);
      expect(entry, place).toBeDefined();
      const section = typeof entry?.export === 'string' ? entry.export : '';
      expect(JSON.stringify(exported[section]).toLowerCase(), `${place} in export.${section}`).toContain(TRACE);
    }
    // …and everything she wrote: lessons (also the merged one), reflection, perspective, board entries.
    expect(exported).toMatchObject({
      profile: { id: veraId, name: NAME, email: EMAIL },
      memberships: [expect.objectContaining({ communityId: f.community.id })],
      invitationsReceived: [expect.objectContaining({ email: EMAIL, acceptedAt: expect.any(String) }), expect.objectContaining({ email: EMAIL, communityName: 'Tweede CoP', acceptedAt: null })],
      reflections: [expect.objectContaining({ text: 'Herkenbaar voor ons team.', authorName: NAME })],
      actionPerspectives: [expect.objectContaining({ title: 'Samen optrekken', text: 'Elke maand een overleg met school.' })],
      sessionResponses: [expect.objectContaining({ sessionId, rsvp: 'yes' })],
      activeLogins: [expect.anything()],
      adviceQuestions: [expect.objectContaining({ id: question.id, title: 'Wie neemt de regie bij thuiszitters?' })],
      adviceAnswers: [expect.objectContaining({ questionId: question.id, text: 'Bij ons doet de leerplichtambtenaar dat.' })],
      adviceJoinRequests: [expect.objectContaining({ name: NAME, email: EMAIL, status: 'pending' })],
      reportsMade: [expect.objectContaining({ contentType: 'lesson', contentId: published.id })],
    });
    const lessonTexts = (exported.lessons as Array<{ id: string; text: string; authorName: string }>).map((lesson) => [lesson.id, lesson.authorName]);
    expect(lessonTexts).toEqual(expect.arrayContaining([[published.id, NAME], [hers, NAME], [keep, `Mo Member, ${NAME}`]]));
    expect(exported.boardEntries).toEqual([
      {
        sessionId,
        stepId: 'vragen',
        draft: false,
        cards: [expect.objectContaining({ key: cardKey(veraId, 'c-vera'), text: 'Welke afspraak maakte school met het wijkteam?' })],
        lessons: [],
        reactions: [{ cardKey: memberCard, reaction: 'eens' }],
        vote: { score: 4, comment: 'Helder gesprek' },
        marks: [],
      },
      { sessionId, stepId: 'vragen', draft: true, cards: [expect.objectContaining({ text: 'Nog niet gedeelde gedachte' })], lessons: [], reactions: [], vote: null, marks: [] },
    ]);
    // Nobody else's card text in her export.
    expect(JSON.stringify(exported)).not.toContain('Wie zit er nog meer aan tafel?');

    expect((await vera.delete('/api/me')).status).toBe(204);

    // After: no name or address anywhere in the database, nor in any decoded board.
    expect(await databaseTraces()).toEqual([]);
    expect(await boardTraces()).toEqual([]);

    // Where the name was shown, "verwijderd lid" — also as the asker of her question.
    await t.dataSource.query(`UPDATE users SET advice_member_since = now() WHERE id = $1`, [f.member.user.id]);
    expect((await f.member.client.get<{ author: { name: string } }>(`/api/questions/${question.id}`)).body.author.name).toBe('verwijderd lid');
    const member = f.member.client;
    const lesson = (await member.get<{ authorName: string; reflections: Array<{ authorName: string }>; actionPerspectives: Array<{ createdByName: string }> }>(`/api/lessons/${published.id}`)).body;
    expect(lesson.authorName).toBe('verwijderd lid');
    expect(lesson.reflections.map((r) => r.authorName)).toEqual(['verwijderd lid']);
    expect(lesson.actionPerspectives.map((p) => p.createdByName)).toEqual(['verwijderd lid']);
    expect((await f.facilitator.client.get<{ authorName: string }>(`/api/lessons/${keep}`)).body.authorName).toBe('Mo Member, verwijderd lid');
    for (const format of ['csv', 'md']) {
      const file = await f.facilitator.client.get<string>(`/api/lessons/export?format=${format}`);
      expect(file.status).toBe(200);
      // The CSV names authors; the Markdown does not, and neither holds the name.
      if (format === 'csv') expect(String(file.body)).toContain('verwijderd lid');
      expect(String(file.body).toLowerCase()).not.toContain(TRACE);
    }
    const pdf = await fetch(`${t.baseUrl}/api/sessions/${sessionId}/harvest.pdf`, { headers: { cookie: f.facilitator.client.sessionCookie ?? '' } });
    expect(pdf.status).toBe(200);
    const pdfWords = await pdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(pdfWords).toContain('verwijderd lid');
    expect(pdfWords.toLowerCase()).not.toContain(TRACE);
    // The accepted invitation stays in the CoP's history without the address; the pending one is gone.
    const invitations = await t.dataSource.query(`SELECT community_id, email, accepted_by FROM invitations WHERE accepted_by = $1 OR community_id = $2`, [veraId, otherCop.id]);
    expect(invitations).toEqual([{ community_id: f.community.id, email: '', accepted_by: veraId }]);
    // Her board entries stay as anonymous content (ids, no names); the live room asks which ids are deleted accounts.
    const board = await t.app.get(CollabServer).snapshot(boardDocumentName(sessionId, 'vragen'));
    expect(board.getMap(BOARD_KEYS.cards).has(cardKey(veraId, 'c-vera'))).toBe(true);
    board.destroy();
    const deleted = await member.get<{ ids: string[] }>(`/api/users/deleted?ids=${veraId},${f.member.user.id}`);
    expect(deleted.body).toEqual({ ids: [veraId] });
    expect((await member.get(`/api/users/deleted?ids=not-an-id`)).status).toBe(400);
    // Logins and memberships are gone.
    const [{ logins, memberships }] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM auth_sessions WHERE user_id = $1) AS logins, (SELECT count(*)::int FROM memberships WHERE user_id = $1) AS memberships`,
      [veraId],
    );
    expect({ logins, memberships }).toEqual({ logins: 0, memberships: 0 });
  });
});
