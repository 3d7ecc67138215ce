import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionPerspectiveView, CommunityView, LessonDetail, LessonPage, ReflectiekaderOverview } from '@mao/domain';
import { REFLECTIEKADER } from '@mao/domain';
import { startTestApp, type TestApp, type TestClient } from '../test/test-app.js';
import { DEMO_LESSONS, DEMO_PASSWORD } from '../seed/demo-data.js';
import { JobRunner } from '../jobs/job-runner.service.js';
import { HarvestService } from './harvest.service.js';

describe('demo data: a living lessons library', () => {
  let t: TestApp;
  let member: TestClient;
  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO: 'true' });
    member = t.client();
    await member.login('mehmet@demo.example', DEMO_PASSWORD);
  });
  afterAll(() => t.close());

  it('shows at least 10 published lessons over all six werkzame elementen, from one closed session', async () => {
    const page = (await member.get<LessonPage>('/api/lessons?limit=100')).body;
    expect(page.total).toBe(DEMO_LESSONS.length);
    expect(page.total).toBeGreaterThanOrEqual(10);
    expect(new Set(page.items.flatMap((l) => l.elementIds))).toEqual(new Set(REFLECTIEKADER.elements.map((e) => e.id)));
    expect(new Set(page.items.map((l) => l.session?.id)).size).toBe(1);
    expect(page.items.every((l) => l.status === 'published' && l.method?.name === 'Met Andere Ogen')).toBe(true);
    const overview = (await member.get<ReflectiekaderOverview>('/api/lessons/overview')).body;
    expect(overview.elements.every((e) => e.count > 0)).toBe(true);
  });

  it('is searchable in Dutch and has reflections and an action perspective', async () => {
    const found = (await member.get<LessonPage>('/api/lessons?q=samenwerken')).body;
    expect(found.total).toBeGreaterThan(0);
    const withReflections = (await member.get<LessonPage>('/api/lessons?limit=100')).body.items.filter((l) => l.reflectionCount > 0);
    expect(withReflections.length).toBeGreaterThanOrEqual(3);
    const [community] = (await member.get<CommunityView[]>('/api/communities')).body;
    const perspectives = (await member.get<ActionPerspectiveView[]>(`/api/communities/${community?.id}/action-perspectives`)).body;
    expect(perspectives).toHaveLength(1);
    expect(perspectives[0]?.lessonIds).toHaveLength(2);
    const detail = (await member.get<LessonDetail>(`/api/lessons/${perspectives[0]?.lessonIds[0]}`)).body;
    expect(detail.actionPerspectives.map((p) => p.title)).toEqual([perspectives[0]?.title]);
  });

  it('the demo harvest is recorded as done: start-up and the job runner do not harvest it again', async () => {
    await t.app.get(HarvestService).onApplicationBootstrap();
    await t.app.get(JobRunner).runDue(new Date(Date.now() + 1000));
    const [row] = await t.dataSource.query(`SELECT count(*)::int AS n, count(DISTINCT session_id)::int AS sessions FROM lessons`);
    expect(row).toEqual({ n: DEMO_LESSONS.length, sessions: 1 });
  });
});
