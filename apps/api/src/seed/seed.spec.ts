import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOARD_KEYS, readBoard, type CommunityView, type MemberView, type MeView } from '@mao/domain';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { CollabServer } from '../collaboration/collab-server.js';
import { HarvestService } from '../lessons/harvest.service.js';
import { DEMO_LESSONS, DEMO_PASSWORD, DEMO_PEOPLE, DEMO_SESSION } from './demo-data.js';
import { SeedService } from './seed.service.js';

describe('boot-time seeding', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO: 'true', ADMIN_EMAIL: 'beheer@example.org', ADMIN_PASSWORD: 'beheer-wachtwoord' });
  });
  afterAll(() => t.close());

  it('ensures the platform administrator from the environment', async () => {
    const admin = t.client();
    await admin.login('beheer@example.org', 'beheer-wachtwoord');
    expect((await admin.get<MeView>('/api/me')).body.isPlatformAdmin).toBe(true);
  });

  it('seeds the demo CoP "Bindende afspraken" with a facilitator and four members of different backgrounds', async () => {
    const facilitator = DEMO_PEOPLE.find((p) => p.role === 'facilitator');
    const client = t.client();
    await client.login(facilitator?.email ?? '', DEMO_PASSWORD);
    const communities = (await client.get<CommunityView[]>('/api/communities')).body;
    expect(communities).toEqual([expect.objectContaining({ name: 'Bindende afspraken', myRole: 'facilitator', memberCount: 5 })]);
    const members = (await client.get<MemberView[]>(`/api/communities/${communities[0]?.id}/members`)).body;
    const memberBackgrounds = members.filter((m) => m.role === 'member').map((m) => m.background);
    expect(memberBackgrounds).toHaveLength(4);
    expect(new Set(memberBackgrounds).size).toBe(4);
  });

  it('stores the demo harvest board in layout 2, matching the published lessons: harvesting it again adds nothing', async () => {
    const [session]: Array<{ id: string }> = await t.dataSource.query(`SELECT id FROM sessions WHERE title = $1`, [DEMO_SESSION.title]);
    if (!session) throw new Error('demo session missing');
    const doc = await t.app.get(CollabServer).snapshot(`session.${session.id}.step.oogst`);
    const board = readBoard({ lessonsByAuthor: doc.getMap(BOARD_KEYS.lessons).toJSON() });
    doc.destroy();
    expect(board.lessons).toHaveLength(DEMO_LESSONS.length);
    const lessons: Array<{ harvest_entry_id: string; author_id: string; author_name: string }> = await t.dataSource.query(
      `SELECT harvest_entry_id, author_id, author_name FROM lessons WHERE session_id = $1 ORDER BY harvest_entry_id`,
      [session.id],
    );
    expect(lessons.map((l) => l.harvest_entry_id)).toEqual(board.lessons.map((l) => `oogst:${l.key}`).sort());
    for (const lesson of lessons) expect(lesson.harvest_entry_id).toContain(`:${lesson.author_id}/`);
    const result = await t.dataSource.transaction((tx) => t.app.get(HarvestService).harvest(tx, session.id));
    expect(result).toEqual({ inserted: 0, alreadyThere: DEMO_LESSONS.length, skippedEmpty: 0 });
  });

  it('does not seed the demo twice when it boots again on the same database', async () => {
    const before = await t.dataSource.query('SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM communities)::int AS communities');
    await t.app.get(SeedService).run();
    const after = await t.dataSource.query('SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM communities)::int AS communities');
    expect(after).toEqual(before);
  });
});
