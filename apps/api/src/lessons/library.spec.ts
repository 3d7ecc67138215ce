import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ActionPerspectiveView, LessonDetail, LessonPage, ReflectiekaderOverview, ReflectionView } from '@mao/domain';
import { startTestApp, type TestApp, type TestClient } from '../test/test-app.js';
import { addMember, communityWithRoles, loggedIn } from '../test/fixtures.js';
import { closedSession, insertLesson, pdfText } from './lesson-test-kit.js';

type Roles = Awaited<ReturnType<typeof communityWithRoles>>;

describe('lessons library', () => {
  let t: TestApp;
  let a: Roles; // CoP A: facilitator, member, outsider
  let b: Roles; // CoP B, another region
  let sessionA: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    a = await communityWithRoles(t, 'lib-a');
    b = await communityWithRoles(t, 'lib-b');
    sessionA = await closedSession(t, a.community.id, a.facilitator.user.id, { title: 'Bindende afspraken in de wijk', startsAt: '2026-02-12T15:00:00+01:00' });
    ids.samenwerking = await insertLesson(t, {
      communityId: a.community.id,
      sessionId: sessionA,
      sessionDate: '2026-02-12T15:00:00+01:00',
      text: 'De samenwerking tussen school en wijkteam werd sterker toen zij vaste overlegmomenten afspraken.',
      elementIds: ['cultuur-van-samenwerken'],
      indicatorIds: ['cultuur-van-samenwerken.interprofessionele-samenwerking'],
      themes: ['interprofessionele samenwerking'],
    });
    ids.script = await insertLesson(t, {
      communityId: a.community.id,
      sessionId: sessionA,
      sessionDate: '2026-02-12T15:00:00+01:00',
      text: 'Afspraken over monitoring <script>alert("x")</script> & rapportage horen in het convenant.',
      elementIds: ['lerende-cyclus', 'regie-op-samenwerking'],
      indicatorIds: ['lerende-cyclus.monitoring'],
      themes: ['monitoring'],
    });
    ids.draft = await insertLesson(t, { communityId: a.community.id, sessionId: sessionA, status: 'draft', text: 'Een concept over samenwerking dat nog niet af is.', elementIds: [] });
    ids.draft2 = await insertLesson(t, { communityId: a.community.id, sessionId: sessionA, status: 'draft', text: 'Nog een concept: samen de regie voeren.', elementIds: ['regie-op-samenwerking'], themes: ['regie'] });
    ids.platformB = await insertLesson(t, {
      communityId: b.community.id,
      sessionDate: '2025-11-20T10:00:00+01:00',
      text: 'Gebundelde financiering maakte een onderwijs-zorgarrangement mogelijk zonder wachttijd; samenwerken loonde.',
      elementIds: ['faciliterend-stelsel'],
      indicatorIds: ['faciliterend-stelsel.gebundelde-financiering'],
      visibility: 'platform',
      methodId: 'incidentmethode',
    });
    ids.privateB = await insertLesson(t, { communityId: b.community.id, sessionDate: '2025-12-01T10:00:00+01:00', text: 'Alleen voor CoP B: samenwerking met de leerplichtambtenaar.', elementIds: ['een-ecosysteem'] });
  });
  afterAll(() => t.close());

  const list = (client: TestClient, query = '') => client.get<LessonPage>(`/api/lessons${query ? `?${query}` : ''}`);
  const idsOf = (page: LessonPage) => page.items.map((item) => item.id).sort();

  describe('visibility', () => {
    it('a member sees the published lessons of their own CoP plus platform lessons; never drafts or other CoPs', async () => {
      const page = (await list(a.member.client)).body;
      expect(idsOf(page)).toEqual([ids.samenwerking, ids.script, ids.platformB].sort());
      expect(page.total).toBe(3);
    });

    it('an outsider (no CoP) sees only platform lessons and gets 404 on everything else', async () => {
      expect(idsOf((await list(a.outsider.client)).body)).toEqual([ids.platformB]);
      for (const id of [ids.samenwerking, ids.draft, ids.privateB]) expect((await a.outsider.client.get(`/api/lessons/${id}`)).status).toBe(404);
      expect((await a.outsider.client.get(`/api/lessons/${ids.platformB}`)).status).toBe(200);
      expect((await a.outsider.client.get(`/api/lessons/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
      expect((await t.client().get('/api/lessons')).status).toBe(401);
    });

    it('drafts only for reviewers: status=draft lists the facilitator’s drafts, a member gets none', async () => {
      expect(idsOf((await list(a.facilitator.client, 'status=draft')).body)).toEqual([ids.draft, ids.draft2].sort());
      expect((await list(a.member.client, 'status=draft')).body.items).toEqual([]);
      expect((await a.member.client.get(`/api/lessons/${ids.draft}`)).status).toBe(404);
      const detail = (await a.facilitator.client.get<LessonDetail>(`/api/lessons/${ids.draft}`)).body;
      expect(detail).toMatchObject({ status: 'draft', can: { review: true, reflect: false }, privacyFindings: [] });
    });

    it('a lesson shows its context (CoP, session, method) but never the casus', async () => {
      await t.dataSource.query(
        `INSERT INTO cases (session_id, title, context, key_question, ask_of_group) VALUES ($1, 'Geheime casus', 'Casustekst die nooit in een les mag verschijnen', 'kernvraag', 'vraag')`,
        [sessionA],
      );
      const response = await a.member.client.get<LessonDetail>(`/api/lessons/${ids.samenwerking}`);
      expect(response.body).toMatchObject({
        community: { id: a.community.id, name: 'CoP lib-a' },
        session: { id: sessionA, title: 'Bindende afspraken in de wijk', date: '2026-02-12T14:00:00.000Z' },
        method: { id: 'met-andere-ogen', name: 'Met Andere Ogen' },
        can: { review: false, reflect: true },
      });
      expect(JSON.stringify(response.body)).not.toContain('Casustekst');
      expect(JSON.stringify(response.body)).not.toContain('Geheime casus');
    });
  });

  describe('Dutch full-text search', () => {
    it('"samenwerken" finds lessons with "samenwerking" (dutch stemming), ranked, with highlighted snippets', async () => {
      const page = (await list(a.member.client, `q=${encodeURIComponent('samenwerken')}`)).body;
      expect(idsOf(page)).toEqual([ids.samenwerking, ids.platformB].sort());
      const first = page.items[0];
      expect(first?.id).toBe(ids.samenwerking); // the word in text and theme ranks higher
      expect(first?.rank).toBeGreaterThan(page.items[1]?.rank ?? 0);
      expect(first?.snippet).toContain('<mark>samenwerking</mark>');
    });

    it('escapes everything in the snippet except the <mark> around matches', async () => {
      const page = (await list(a.member.client, `q=monitoring`)).body;
      const snippet = page.items.find((item) => item.id === ids.script)?.snippet ?? '';
      expect(snippet).toContain('<mark>monitoring</mark>');
      expect(snippet).not.toContain('<script>');
      expect(snippet).toContain('&lt;script&gt;');
      expect(snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    });

    it('supports web-search syntax: phrases, OR and exclusion', async () => {
      expect(idsOf((await list(a.member.client, `q=${encodeURIComponent('"gebundelde financiering"')}`)).body)).toEqual([ids.platformB]);
      expect(idsOf((await list(a.member.client, `q=${encodeURIComponent('monitoring or financiering')}`)).body)).toEqual([ids.script, ids.platformB].sort());
      expect(idsOf((await list(a.member.client, `q=${encodeURIComponent('samenwerking -school')}`)).body)).toEqual([ids.platformB]);
    });

    it('never answers a search string with a 500 (property test over random strings)', async () => {
      const special = fc.constantFrom('"', "'", '&', '|', '!', '(', ')', ':', '*', '<', '>', '-', 'or', ' ', '\\', '%', '\u0000', '\ud800', 'ë', '😀', 'samenwerking');
      // Percent-encoded bytes: lone surrogates become U+FFFD, raw byte arrays may be invalid UTF-8.
      const bytes = (value: string | Uint8Array) => [...(typeof value === 'string' ? Buffer.from(value, 'utf8') : value)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
      const query = fc.oneof(
        fc.string({ maxLength: 60 }).map(bytes),
        fc.array(special, { maxLength: 30 }).map((parts) => bytes(parts.join(''))),
        fc.string({ unit: 'binary', maxLength: 40 }).map(bytes),
        fc.uint8Array({ maxLength: 40 }).map(bytes),
      );
      await fc.assert(
        fc.asyncProperty(query, async (q) => {
          const response = await a.member.client.get<LessonPage | { error: { code: string } }>(`/api/lessons?q=${q}`);
          expect([200, 400]).toContain(response.status);
          if (response.status === 400) expect((response.body as { error: { code: string } }).error.code).toBe('validation_failed');
        }),
        { numRuns: 150 },
      );
    });

    it('edge cases: empty, stop words only, operators only, very long', async () => {
      expect((await list(a.member.client, 'q=')).body.total).toBe(3); // empty: just the list
      expect((await list(a.member.client, `q=${encodeURIComponent('de het een')}`)).body).toMatchObject({ items: [], total: 0 });
      expect((await list(a.member.client, `q=${encodeURIComponent('&|!():*')}`)).status).toBe(200);
      const long = await list(a.member.client, `q=${'samenwerking '.repeat(30)}`);
      expect(long.status).toBe(400);
      expect((long.body as unknown as { error: { message: string } }).error.message).toContain('hoogstens 200 tekens');
    });
  });

  describe('filters', () => {
    it('filters by element, indicator, CoP, method, theme, period and visibility', async () => {
      const c = a.member.client;
      expect(idsOf((await list(c, 'element=lerende-cyclus')).body)).toEqual([ids.script]);
      expect(idsOf((await list(c, 'element=lerende-cyclus&element=faciliterend-stelsel')).body)).toEqual([ids.script, ids.platformB].sort());
      expect(idsOf((await list(c, 'indicator=faciliterend-stelsel.gebundelde-financiering')).body)).toEqual([ids.platformB]);
      expect(idsOf((await list(c, `communityId=${b.community.id}`)).body)).toEqual([ids.platformB]);
      expect(idsOf((await list(c, 'methodId=incidentmethode')).body)).toEqual([ids.platformB]);
      expect(idsOf((await list(c, `theme=${encodeURIComponent('Monitoring')}`)).body)).toEqual([ids.script]);
      expect(idsOf((await list(c, 'from=2026-01-01&to=2026-02-12')).body)).toEqual([ids.samenwerking, ids.script].sort());
      expect(idsOf((await list(c, 'to=2026-02-11')).body)).toEqual([ids.platformB]);
      expect(idsOf((await list(c, 'visibility=platform')).body)).toEqual([ids.platformB]);
      expect(idsOf((await list(c, 'element=cultuur-van-samenwerken&q=samenwerken')).body)).toEqual([ids.samenwerking]);
    });

    it('paginates with limit and offset and reports the total', async () => {
      const first = (await list(a.member.client, 'limit=2')).body;
      const second = (await list(a.member.client, 'limit=2&offset=2')).body;
      expect(first).toMatchObject({ total: 3, limit: 2, offset: 0 });
      expect(first.items).toHaveLength(2);
      expect(second.items).toHaveLength(1);
      expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(3);
    });

    it('unknown filter values, malformed dates and bad paging give a clear 400', async () => {
      const cases: Array<[string, string]> = [
        ['element=bestaat-niet', 'Het werkzame element "bestaat-niet" bestaat niet in het reflectiekader.'],
        ['indicator=cultuur-van-samenwerken.nope', 'De indicator "cultuur-van-samenwerken.nope" bestaat niet in het reflectiekader.'],
        ['from=2026-13-01', 'Geef een datum als JJJJ-MM-DD'],
        ['to=gisteren', 'Geef een datum als JJJJ-MM-DD'],
        ['from=2026-03-01&to=2026-02-01', 'De begindatum ligt na de einddatum.'],
        ['limit=101', 'limit is hoogstens 100.'],
        ['limit=-1', 'limit als heel getal'],
        ['offset=abc', 'offset als heel getal'],
        ['communityId=abc', 'Geen geldige id.'],
        ['visibility=secret', 'Zichtbaarheid is community of platform.'],
        ['sort=rank', 'Onbekend veld: sort.'],
      ];
      for (const [query, message] of cases) {
        const response = await a.member.client.get<{ error: { code: string; message: string } }>(`/api/lessons?${query}`);
        expect(response.status, query).toBe(400);
        expect(response.body.error.code).toBe('validation_failed');
        expect(response.body.error.message, query).toContain(message);
      }
    });
  });

  describe('review by the facilitator', () => {
    it('edits, re-runs the privacy guard, merges two drafts and publishes for the platform', async () => {
      const f = a.facilitator.client;
      const privacy = await f.patch<{ error: { code: string; details: { findings: Array<{ kind: string; field: string }> } } }>(`/api/lessons/${ids.draft}`, {
        text: 'Bel de moeder op 06-12345678 over de samenwerking.',
      });
      expect(privacy.status).toBe(422);
      expect(privacy.body.error.code).toBe('privacy_findings');
      expect(privacy.body.error.details.findings).toEqual([expect.objectContaining({ kind: 'phone', field: 'text' })]);

      const edited = await f.patch<LessonDetail>(`/api/lessons/${ids.draft}`, {
        text: 'Een gezamenlijke samenwerkingsagenda helpt school en wijkteam.',
        indicatorIds: ['cultuur-van-samenwerken.onderling-vertrouwen'],
        themes: ['Vertrouwen'],
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ elementIds: ['cultuur-van-samenwerken'], indicatorIds: ['cultuur-van-samenwerken.onderling-vertrouwen'], themes: ['vertrouwen'] });

      expect((await a.member.client.patch(`/api/lessons/${ids.samenwerking}`, { text: 'Een poging van een lid.' })).status).toBe(403);
      expect((await a.member.client.patch(`/api/lessons/${ids.draft}`, { text: 'Een poging van een lid.' })).status).toBe(404);

      const merged = await f.post<LessonDetail>(`/api/lessons/${ids.draft}/merge`, { otherId: ids.draft2 });
      expect(merged.status).toBe(200);
      expect(merged.body.text).toBe('Een gezamenlijke samenwerkingsagenda helpt school en wijkteam.\n\nNog een concept: samen de regie voeren.');
      expect(merged.body.elementIds).toEqual(['cultuur-van-samenwerken', 'regie-op-samenwerking']);
      expect(merged.body.themes.sort()).toEqual(['regie', 'vertrouwen']);
      const other = (await f.get<LessonDetail>(`/api/lessons/${ids.draft2}`)).body;
      expect(other).toMatchObject({ status: 'merged', mergedIntoId: ids.draft });
      expect((await f.post(`/api/lessons/${ids.draft}/merge`, { otherId: ids.draft2 })).status).toBe(422);
      expect((await f.post(`/api/lessons/${ids.draft}/merge`, { otherId: ids.samenwerking })).status).toBe(422);

      expect((await f.post(`/api/lessons/${ids.draft}/publish`, { visibility: 'world' })).status).toBe(400);
      const published = await f.post<LessonDetail>(`/api/lessons/${ids.draft}/publish`, { visibility: 'platform' });
      expect(published.status).toBe(200);
      expect(published.body).toMatchObject({ status: 'published', visibility: 'platform' });
      expect(published.body.publishedAt).not.toBeNull();
      // Now everyone logged in sees it, also in another CoP.
      expect((await b.member.client.get(`/api/lessons/${ids.draft}`)).status).toBe(200);
      const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY id`, [ids.draft]).catch(() => null);
      if (audit) expect(audit.map((r: { action: string }) => r.action)).toEqual(['lesson.updated', 'lesson.merged', 'lesson.published']);
    });

    it('a draft needs a werkzaam element before it is published; discard sets it aside', async () => {
      const id = await insertLesson(t, { communityId: a.community.id, sessionId: sessionA, status: 'draft', text: 'Zonder element.', elementIds: [] });
      const refused = await a.facilitator.client.post<{ error: { message: string } }>(`/api/lessons/${id}/publish`, { visibility: 'community' });
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toContain('werkzaam element');
      const discarded = await a.facilitator.client.post<LessonDetail>(`/api/lessons/${id}/discard`, {});
      expect(discarded.body.status).toBe('discarded');
      expect((await a.facilitator.client.post(`/api/lessons/${id}/discard`, {})).status).toBe(409);
      expect((await a.facilitator.client.post(`/api/lessons/${id}/publish`, { visibility: 'community' })).status).toBe(409);
    });

    it('the session’s own facilitator reviews even without the CoP facilitator role', async () => {
      const sessionLead = await loggedIn(t, 'lib-session-lead@example.org', { name: 'Sam Sessieleider' });
      await addMember(t, a.community.id, sessionLead.user.id);
      const session = await closedSession(t, a.community.id, sessionLead.user.id);
      const draft = await insertLesson(t, { communityId: a.community.id, sessionId: session, status: 'draft', text: 'Concept van de sessieleider.', elementIds: ['een-ecosysteem'] });
      expect((await sessionLead.client.post<LessonDetail>(`/api/lessons/${draft}/publish`, { visibility: 'community' })).body.status).toBe('published');
      expect((await sessionLead.client.post(`/api/lessons/${ids.script}/discard`, {})).status).toBe(403);
    });
  });

  describe('reflections and action perspectives', () => {
    it('members reflect on their CoP’s lessons; anyone logged in on platform lessons; outsiders get 404 elsewhere', async () => {
      const created = await a.member.client.post<ReflectionView>(`/api/lessons/${ids.samenwerking}/reflections`, { text: 'Bij ons werkte een gezamenlijk spreekuur op school ook goed.' });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ authorName: 'Mo Member', text: 'Bij ons werkte een gezamenlijk spreekuur op school ook goed.' });
      expect((await b.member.client.post(`/api/lessons/${ids.samenwerking}/reflections`, { text: 'Mag ik hier iets van vinden?' })).status).toBe(404);
      expect((await a.outsider.client.post(`/api/lessons/${ids.platformB}/reflections`, { text: 'Vanuit een andere regio: herkenbaar.' })).status).toBe(201);
      expect((await a.member.client.post(`/api/lessons/${ids.samenwerking}/reflections`, { text: 'Mail jan.jansen@school.nl voor meer info.' })).status).toBe(422);
      expect((await a.member.client.post(`/api/lessons/${ids.samenwerking}/reflections`, { text: 'x', extra: 1 })).status).toBe(400);
      const detail = (await a.member.client.get<LessonDetail>(`/api/lessons/${ids.samenwerking}`)).body;
      expect(detail.reflections).toHaveLength(1);
      expect(detail.reflectionCount).toBe(1);
    });

    it('an action perspective in a CoP links lessons the member can see and shows on each lesson', async () => {
      const created = await a.member.client.post<ActionPerspectiveView>(`/api/communities/${a.community.id}/action-perspectives`, {
        title: 'Vast overleg school–wijkteam',
        text: 'Elke school plant per kwartaal een overleg met het wijkteam en de leerplichtambtenaar.',
        lessonIds: [ids.samenwerking],
      });
      expect(created.status).toBe(201);
      const linked = await a.member.client.post<ActionPerspectiveView>(`/api/action-perspectives/${created.body.id}/lessons`, { lessonIds: [ids.platformB, ids.samenwerking] });
      expect(linked.body.lessonIds.sort()).toEqual([ids.samenwerking, ids.platformB].sort());
      expect((await a.member.client.post(`/api/action-perspectives/${created.body.id}/lessons`, { lessonIds: [ids.privateB] })).status).toBe(404);
      expect((await b.member.client.post(`/api/communities/${a.community.id}/action-perspectives`, { title: 'Niet van mij', text: 'Geen lid', lessonIds: [ids.platformB] })).status).toBe(404);
      const onLesson = (await a.member.client.get<LessonDetail>(`/api/lessons/${ids.platformB}`)).body.actionPerspectives;
      expect(onLesson.map((p) => p.title)).toEqual(['Vast overleg school–wijkteam']);
      // Members of CoP B see the platform lesson but not CoP A's perspective.
      expect((await b.member.client.get<LessonDetail>(`/api/lessons/${ids.platformB}`)).body.actionPerspectives).toEqual([]);
      expect((await a.member.client.get<ActionPerspectiveView[]>(`/api/communities/${a.community.id}/action-perspectives`)).body).toHaveLength(1);
    });
  });

  describe('counting', () => {
    it('counts exactly below 1,000 matches and says "at least 1,000" above', async () => {
      expect((await list(a.member.client, 'q=monitoring')).body).toMatchObject({ total: 1, totalIsLowerBound: false });
      await t.dataSource.query(
        `INSERT INTO lessons (community_id, session_date, text, element_ids, status, visibility, published_at)
         SELECT $1, now(), 'Telles nummer ' || g || ' over kwartaalrapportages', '{lerende-cyclus}', 'published', 'community', now() FROM generate_series(1, 1005) g`,
        [b.community.id],
      );
      const page = (await list(b.member.client, `q=${encodeURIComponent('kwartaalrapportages')}&limit=5&offset=1000`)).body;
      expect(page).toMatchObject({ total: 1000, totalIsLowerBound: true });
      expect(page.items).toHaveLength(5);
      await t.dataSource.query(`DELETE FROM lessons WHERE text LIKE 'Telles nummer %'`);
    });
  });

  describe('overview, exports and the harvest PDF', () => {
    it('counts per werkzaam element, indicator and month with the same filters', async () => {
      const overview = (await a.member.client.get<ReflectiekaderOverview>('/api/lessons/overview')).body;
      expect(overview.elements).toHaveLength(6);
      const byId = Object.fromEntries(overview.elements.map((e) => [e.elementId, e]));
      expect(byId['lerende-cyclus']?.count).toBeGreaterThanOrEqual(1);
      expect(byId['lerende-cyclus']?.indicators.find((i) => i.indicatorId === 'lerende-cyclus.monitoring')?.count).toBe(1);
      expect(byId['regie-op-samenwerking']?.withoutIndicator).toBeGreaterThanOrEqual(1);
      expect(overview.months.map((m) => m.month)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02', '2026-03'].filter((m) => overview.months.some((x) => x.month === m)));
      expect(overview.months[0]).toMatchObject({ month: '2025-11', total: 1, byElement: { 'faciliterend-stelsel': 1 } });
      expect(overview.months.find((m) => m.month === '2026-01')).toEqual({ month: '2026-01', total: 0, byElement: {} });
      const sum = overview.months.reduce((n, m) => n + m.total, 0);
      expect(sum).toBe(overview.total);
      const filtered = (await a.member.client.get<ReflectiekaderOverview>('/api/lessons/overview?element=faciliterend-stelsel')).body;
      expect(filtered.total).toBe(1);
      expect((await a.member.client.get('/api/lessons/overview?element=x')).status).toBe(400);
    });

    it('exports the filtered list as CSV (RFC 4180) and Markdown grouped by element', async () => {
      const csv = await a.member.client.get<string>('/api/lessons/export?format=csv&element=lerende-cyclus');
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="geleerde-lessen-\d{4}-\d{2}-\d{2}\.csv"$/);
      const lines = csv.body.replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).toBe('id,tekst,status,zichtbaarheid,cop,sessie,sessiedatum,methode,werkzame_elementen,indicatoren,themas,auteur,gepubliceerd_op,reflecties');
      expect(lines[1]).toContain('"Afspraken over monitoring <script>alert(""x"")</script> & rapportage horen in het convenant."');
      expect(lines[1]).toContain('4. Lerende cyclus: zicht op de voortgang; 3. Regie op de samenwerking');

      const md = await a.member.client.get<string>('/api/lessons/export?format=md');
      expect(md.headers.get('content-type')).toContain('text/markdown');
      expect(md.body).toContain('# Geleerde lessen');
      expect(md.body.indexOf('## 2. Cultuur van samenwerken')).toBeLessThan(md.body.indexOf('## 5. Faciliterend stelsel'));
      expect(md.body).toContain('\\<script\\>');
      expect((await a.member.client.get('/api/lessons/export?format=pdf')).status).toBe(400);
      expect((await a.member.client.get('/api/lessons/export')).status).toBe(400);
    });

    it('produces a PDF of one session’s harvest with the lessons grouped by element', async () => {
      const response = await fetch(`${t.baseUrl}/api/sessions/${sessionA}/harvest.pdf`, { headers: { cookie: a.member.client.sessionCookie ?? '' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/pdf/);
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="oogst-bindende-afspraken-in-de-wijk.pdf"');
      const pdf = Buffer.from(await response.arrayBuffer());
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = await pdfText(pdf);
      expect(text).toContain('Oogst: Bindende afspraken in de wijk');
      expect(text).toContain('CoP: CoP lib-a');
      expect(text).toContain('Methode: Met Andere Ogen');
      expect(text).toContain('2. Cultuur van samenwerken');
      expect(text).toContain('vaste overlegmomenten');
      expect(text).not.toContain('Casustekst');
      expect((await a.outsider.client.get(`/api/sessions/${sessionA}/harvest.pdf`)).status).toBe(404);
    });
  });
});
