import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommunityView, MemberView, MeView } from '@mao/domain';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { DEMO_PASSWORD, DEMO_PEOPLE } from './demo-data.js';
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

  it('does not seed the demo twice when it boots again on the same database', async () => {
    const before = await t.dataSource.query('SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM communities)::int AS communities');
    await t.app.get(SeedService).run();
    const after = await t.dataSource.query('SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM communities)::int AS communities');
    expect(after).toEqual(before);
  });
});
