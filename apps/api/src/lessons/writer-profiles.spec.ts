import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionPerspectiveView, LessonDetail, LessonPage, ReflectionView, SessionHarvestView } from '@mao/domain';
import { startTestApp, type TestApp, type TestClient } from '../test/test-app.js';
import { addMember, communityWithRoles, loggedIn } from '../test/fixtures.js';
import { closedSession } from './lesson-test-kit.js';

/**
 * Issue 17: a writer's domain, kind of organisation and jeugdzorgregio are shown with what they
 * write — also on lessons (each author of a merged lesson), reflections and action perspectives.
 * Never for "een ouder" (a parent's hidden name on a platform lesson) nor for "verwijderd lid".
 */
describe('writer profiles on lessons, reflections and action perspectives', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof communityWithRoles>>;
  let anna: Awaited<ReturnType<typeof loggedIn>>; // onderwijs · school · Twente
  let petra: Awaited<ReturnType<typeof loggedIn>>; // a parent who keeps her name off platform lessons
  let vera: Awaited<ReturnType<typeof loggedIn>>; // deletes her account halfway
  let sessionId: string;
  const ids = { platform: '', merged: '', mergedAway: '', byVera: '', noAuthor: '' };

  async function insert(fields: { text: string; visibility: 'community' | 'platform'; status?: string; authorId: string | null; authorName: string | null; mergedInto?: string }) {
    const [row] = await t.dataSource.query(
      `INSERT INTO lessons (community_id, session_id, session_date, method_id, method_name, text, element_ids, indicator_ids, themes, status, visibility, published_at, author_id, author_name, merged_into_id)
       VALUES ($1, $2, '2026-03-10T14:00:00+01:00', 'met-andere-ogen', 'Met Andere Ogen', $3, '{cultuur-van-samenwerken}', '{}', '{}', $4, $5,
               CASE WHEN $4 = 'published' THEN now() END, $6, $7, $8) RETURNING id`,
      [f.community.id, sessionId, fields.text, fields.status ?? 'published', fields.visibility, fields.authorId, fields.authorName, fields.mergedInto ?? null],
    );
    return row.id as string;
  }

  const ANNA = { background: 'onderwijs', organisationType: 'school', regionId: 'twente' } as const;
  const VERA = { background: 'jeugdhulp', organisationType: 'wijkteam', regionId: 'noord-kennemerland' } as const;

  beforeAll(async () => {
    t = await startTestApp();
    f = await communityWithRoles(t, 'writers');
    anna = await loggedIn(t, 'anna-writer@example.org', { name: 'Anna Schrijver', ...ANNA });
    petra = await loggedIn(t, 'petra-writer@example.org', { name: 'Petra Ouder', background: 'ouder', organisationType: 'ouderorganisatie', regionId: 'zeeland' });
    vera = await loggedIn(t, 'vera-writer@example.org', { name: 'Vera Vertrek', ...VERA });
    for (const who of [anna, petra, vera]) await addMember(t, f.community.id, who.user.id);
    sessionId = await closedSession(t, f.community.id, f.facilitator.user.id, { title: 'Oogst met profielen' });
    ids.platform = await insert({ text: 'Een vaste contactpersoon voorkomt dubbel werk.', visibility: 'platform', authorId: anna.user.id, authorName: 'Anna Schrijver' });
    // Anna's draft kept, Petra's merged into it: "Anna Schrijver, Petra Ouder".
    ids.merged = await insert({ text: 'Samen plannen. Samen evalueren.', visibility: 'platform', authorId: anna.user.id, authorName: 'Anna Schrijver, Petra Ouder' });
    ids.mergedAway = await insert({ text: 'Samen evalueren.', visibility: 'community', status: 'merged', authorId: petra.user.id, authorName: 'Petra Ouder', mergedInto: ids.merged });
    ids.byVera = await insert({ text: 'Wie het gezin kent, mag het arrangement starten.', visibility: 'community', authorId: vera.user.id, authorName: 'Vera Vertrek' });
    ids.noAuthor = await insert({ text: 'Een les zonder schrijver.', visibility: 'community', authorId: null, authorName: null });
  });
  afterAll(() => t.close());

  const lesson = async (client: TestClient, id: string) => {
    const response = await client.get<LessonDetail>(`/api/lessons/${id}`);
    expect(response.status).toBe(200);
    return response.body;
  };
  const fromList = (page: LessonPage, id: string) => page.items.find((item) => item.id === id);

  it('a lesson shows each author with domain, organisation type and region — in the library, a search, the lesson page and the session harvest', async () => {
    expect((await lesson(f.outsider.client, ids.platform)).authors).toEqual([{ name: 'Anna Schrijver', profile: ANNA }]);
    const library = (await f.outsider.client.get<LessonPage>('/api/lessons')).body;
    expect(fromList(library, ids.platform)?.authors).toEqual([{ name: 'Anna Schrijver', profile: ANNA }]);
    const search = (await f.outsider.client.get<LessonPage>('/api/lessons?q=contactpersoon')).body;
    expect(fromList(search, ids.platform)?.authors).toEqual([{ name: 'Anna Schrijver', profile: ANNA }]);
    const harvest = (await f.facilitator.client.get<SessionHarvestView>(`/api/sessions/${sessionId}/lessons`)).body;
    expect(harvest.lessons.find((l) => l.id === ids.byVera)?.authors).toEqual([{ name: 'Vera Vertrek', profile: VERA }]);
    expect(harvest.lessons.find((l) => l.id === ids.noAuthor)?.authors).toEqual([]);
  });

  it('a parent shown as "een ouder" on a platform lesson carries no profile; once she shows her name, it does', async () => {
    const merged = await lesson(f.outsider.client, ids.merged);
    expect(merged.authorName).toBe('Anna Schrijver, een ouder');
    expect(merged.authors).toEqual([{ name: 'Anna Schrijver', profile: ANNA }, { name: 'een ouder' }]);
    expect(JSON.stringify(merged)).not.toContain('zeeland');

    expect((await petra.client.put('/api/me/lesson-name-setting', { showNameOnPlatformLessons: true })).status).toBe(200);
    expect((await lesson(f.outsider.client, ids.merged)).authors).toEqual([
      { name: 'Anna Schrijver', profile: ANNA },
      { name: 'Petra Ouder', profile: { background: 'ouder', organisationType: 'ouderorganisatie', regionId: 'zeeland' } },
    ]);
    expect((await petra.client.put('/api/me/lesson-name-setting', { showNameOnPlatformLessons: false })).status).toBe(200);
  });

  it('a reflection and an action perspective carry their writer’s profile, also in the answer to the one who wrote it', async () => {
    const placed = await anna.client.post<ReflectionView>(`/api/lessons/${ids.platform}/reflections`, { text: 'Bij ons werkt een vast moment per maand goed.' });
    expect(placed.status).toBe(201);
    expect(placed.body.author).toEqual(ANNA);
    // A hidden parent's own reflection comes back without her profile, as everyone will see it.
    const byPetra = await petra.client.post<ReflectionView>(`/api/lessons/${ids.platform}/reflections`, { text: 'Dat herken ik als moeder.' });
    expect(byPetra.status).toBe(201);
    expect(byPetra.body.author).toBeUndefined();

    const detail = await lesson(f.outsider.client, ids.platform);
    expect(detail.reflections.map((r) => [r.authorName, r.author ?? null])).toEqual([
      ['Anna Schrijver', ANNA],
      ['een ouder', null],
    ]);

    const made = await vera.client.post<ActionPerspectiveView>(`/api/communities/${f.community.id}/action-perspectives`, {
      title: 'Escalatieladder in het convenant',
      text: 'Binnen vijf werkdagen overleg, binnen tien een besluit.',
      lessonIds: [ids.byVera],
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ createdByName: 'Vera Vertrek', author: VERA });
    expect((await lesson(f.member.client, ids.byVera)).actionPerspectives.map((p) => p.author)).toEqual([VERA]);
  });

  it('a deleted member shows as "verwijderd lid" without any profile on the lesson, the reflection and the action perspective', async () => {
    expect((await vera.client.post(`/api/lessons/${ids.byVera}/reflections`, { text: 'Ook de leerplichtambtenaar hoort erbij.' })).status).toBe(201);
    expect((await vera.client.delete('/api/me')).status).toBe(204);

    const detail = await lesson(f.member.client, ids.byVera);
    expect(detail.authorName).toBe('verwijderd lid');
    expect(detail.authors).toEqual([{ name: 'verwijderd lid' }]);
    expect(detail.reflections.map((r) => [r.authorName, r.author ?? null])).toEqual([['verwijderd lid', null]]);
    expect(detail.actionPerspectives.map((p) => [p.createdByName, p.author ?? null])).toEqual([['verwijderd lid', null]]);
    expect(JSON.stringify(detail)).not.toContain('noord-kennemerland');
  });
});
