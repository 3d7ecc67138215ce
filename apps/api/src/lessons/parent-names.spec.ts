import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LessonDetail, LessonNameSettingView, LessonPage } from '@mao/domain';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { addMember, clientAs, communityWithRoles, createUser, loggedIn } from '../test/fixtures.js';
import { closedSession, pdfText } from './lesson-test-kit.js';

/**
 * Issue 15: a parent's name (background `ouder`) appears on platform-wide lessons only by their
 * own choice; by default "een ouder" is shown — in the library, on the lesson page (also for
 * their reflections) and in the CSV, Markdown and PDF exports. Lessons of a CoP keep names.
 */
describe("a parent's name on platform-wide lessons", () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof communityWithRoles>>;
  let parent: { user: Awaited<ReturnType<typeof createUser>>; client: Awaited<ReturnType<typeof clientAs>> };
  let stranger: Awaited<ReturnType<typeof loggedIn>>;
  let sessionId: string;
  const ids: Record<'platformByParent' | 'copByParent' | 'platformByPro' | 'merged' | 'mergedAway', string> = {
    platformByParent: '',
    copByParent: '',
    platformByPro: '',
    merged: '',
    mergedAway: '',
  };

  async function insert(fields: { text: string; visibility: 'community' | 'platform'; status?: string; authorId: string | null; authorName: string | null; mergedInto?: string }): Promise<string> {
    const [row] = await t.dataSource.query(
      `INSERT INTO lessons (community_id, session_id, session_date, method_id, method_name, text, element_ids, indicator_ids, themes, status, visibility, published_at, author_id, author_name, merged_into_id)
       VALUES ($1, $2, '2026-03-10T14:00:00+01:00', 'met-andere-ogen', 'Met Andere Ogen', $3, '{cultuur-van-samenwerken}', '{}', '{ouderbetrokkenheid}', $4, $5,
               CASE WHEN $4 = 'published' THEN now() END, $6, $7, $8) RETURNING id`,
      [f.community.id, sessionId, fields.text, fields.status ?? 'published', fields.visibility, fields.authorId, fields.authorName, fields.mergedInto ?? null],
    );
    return row.id as string;
  }

  beforeAll(async () => {
    t = await startTestApp();
    f = await communityWithRoles(t, 'parents');
    const parentUser = await createUser(t, { email: 'ilse@example.org', name: 'Ilse Ouder', background: 'ouder' });
    await addMember(t, f.community.id, parentUser.id);
    parent = { user: parentUser, client: await clientAs(t, parentUser) };
    stranger = await loggedIn(t, 'elders@example.org', { name: 'Elders Lid', background: 'zorg' });
    sessionId = await closedSession(t, f.community.id, f.facilitator.user.id, { title: 'Oogst met ouders' });
    ids.platformByParent = await insert({ text: 'Ouders aan tafel vanaf het eerste gesprek werkt.', visibility: 'platform', authorId: parentUser.id, authorName: 'Ilse Ouder' });
    ids.copByParent = await insert({ text: 'Binnen de CoP noemen we elkaar bij naam.', visibility: 'community', authorId: parentUser.id, authorName: 'Ilse Ouder' });
    ids.platformByPro = await insert({ text: 'Een vaste contactpersoon voorkomt dubbel werk.', visibility: 'platform', authorId: f.member.user.id, authorName: 'Mo Member' });
    // A merged lesson: Mo's draft kept, Ilse's draft merged into it ("Mo Member, Ilse Ouder").
    ids.merged = await insert({ text: 'Samen plannen. Samen evalueren.', visibility: 'platform', authorId: f.member.user.id, authorName: 'Mo Member, Ilse Ouder' });
    ids.mergedAway = await insert({ text: 'Samen evalueren.', visibility: 'community', status: 'merged', authorId: parentUser.id, authorName: 'Ilse Ouder', mergedInto: ids.merged });
  });
  afterAll(() => t.close());

  const authorOf = (page: LessonPage, id: string) => page.items.find((lesson) => lesson.id === id)?.authorName;

  it('shows "een ouder" by default on platform lessons — in the library, in a search, on the lesson page and for reflections — and the name on CoP lessons', async () => {
    const library = (await stranger.client.get<LessonPage>('/api/lessons')).body;
    expect(authorOf(library, ids.platformByParent)).toBe('een ouder');
    expect(authorOf(library, ids.platformByPro)).toBe('Mo Member');
    expect(authorOf(library, ids.merged)).toBe('Mo Member, een ouder');
    expect(JSON.stringify(library)).not.toContain('Ilse');

    const search = (await stranger.client.get<LessonPage>('/api/lessons?q=ouders')).body;
    expect(authorOf(search, ids.platformByParent)).toBe('een ouder');

    // Members of the CoP see the name on the CoP's own lesson, and still "een ouder" on the platform one.
    const mine = (await f.member.client.get<LessonPage>('/api/lessons')).body;
    expect(authorOf(mine, ids.copByParent)).toBe('Ilse Ouder');
    expect(authorOf(mine, ids.platformByParent)).toBe('een ouder');

    expect((await parent.client.post(`/api/lessons/${ids.platformByPro}/reflections`, { text: 'Dat herken ik als moeder heel goed.' })).status).toBe(201);
    expect((await f.member.client.post(`/api/lessons/${ids.platformByPro}/reflections`, { text: 'Dat doen wij sinds dit jaar ook.' })).status).toBe(201);
    const detail = (await stranger.client.get<LessonDetail>(`/api/lessons/${ids.platformByPro}`)).body;
    expect(detail.reflections.map((r) => r.authorName)).toEqual(['een ouder', 'Mo Member']);
    expect((await stranger.client.get<LessonDetail>(`/api/lessons/${ids.platformByParent}`)).body.authorName).toBe('een ouder');

    // The stored name is untouched: only what is shown changes.
    const [stored] = await t.dataSource.query(`SELECT author_name FROM lessons WHERE id = $1`, [ids.merged]);
    expect(stored.author_name).toBe('Mo Member, Ilse Ouder');
  });

  it('exports "een ouder" too: CSV, Markdown and the PDF of the harvest', async () => {
    const csv = await stranger.client.get<string>('/api/lessons/export?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.body).toContain('een ouder');
    expect(csv.body).not.toContain('Ilse');
    const md = await stranger.client.get<string>('/api/lessons/export?format=md');
    expect(md.status).toBe(200);
    expect(md.body).toContain('Ouders aan tafel');
    expect(md.body).not.toContain('Ilse');
    const response = await fetch(`${t.baseUrl}/api/sessions/${sessionId}/harvest.pdf`, { headers: { cookie: f.member.client.sessionCookie ?? '' } });
    expect(response.status).toBe(200);
    const text = await pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain('Opgeschreven door een ouder');
    expect(text).toContain('Opgeschreven door Ilse Ouder'); // the CoP lesson keeps the name
  });

  it('shows the name once the parent chooses so, on the profile setting (their own only); the setting is for parents', async () => {
    expect((await parent.client.get<LessonNameSettingView>('/api/me/lesson-name-setting')).body).toEqual({ showNameOnPlatformLessons: false, appliesToMe: true });
    expect((await f.member.client.get<LessonNameSettingView>('/api/me/lesson-name-setting')).body).toEqual({ showNameOnPlatformLessons: false, appliesToMe: false });
    expect((await parent.client.put('/api/me/lesson-name-setting', {})).status).toBe(400);
    expect((await parent.client.put('/api/me/lesson-name-setting', { showNameOnPlatformLessons: 'ja' })).status).toBe(400);
    expect((await t.client().put('/api/me/lesson-name-setting', { showNameOnPlatformLessons: true })).status).toBe(401);

    const chosen = await parent.client.put<LessonNameSettingView>('/api/me/lesson-name-setting', { showNameOnPlatformLessons: true });
    expect(chosen.status).toBe(200);
    expect(chosen.body).toEqual({ showNameOnPlatformLessons: true, appliesToMe: true });
    const library = (await stranger.client.get<LessonPage>('/api/lessons')).body;
    expect(authorOf(library, ids.platformByParent)).toBe('Ilse Ouder');
    expect(authorOf(library, ids.merged)).toBe('Mo Member, Ilse Ouder');
    expect((await stranger.client.get<LessonDetail>(`/api/lessons/${ids.platformByPro}`)).body.reflections[0]?.authorName).toBe('Ilse Ouder');
    const csv = await stranger.client.get<string>('/api/lessons/export?format=csv');
    expect(csv.body).toContain('Ilse Ouder');

    // And back.
    await parent.client.put('/api/me/lesson-name-setting', { showNameOnPlatformLessons: false });
    expect(authorOf((await stranger.client.get<LessonPage>('/api/lessons')).body, ids.platformByParent)).toBe('een ouder');
    const exported = (await parent.client.get<Record<string, unknown>>('/api/me/export')).body;
    expect(exported.lessonNameSetting).toMatchObject({ showNameOnPlatformLessons: false });
  });
});
