import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionView } from '@mao/domain';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { DEMO_PASSWORD } from '../seed/demo-data.js';

describe('demo session and personal data export', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO: 'true' });
  });
  afterAll(() => t.close());

  it('seeds one upcoming "Met Andere Ogen" session next week at 15:00 Amsterdam time, led by Floor with Sanne as presenter', async () => {
    const sanne = t.client();
    await sanne.login('sanne@demo.example', DEMO_PASSWORD);
    // The demo also holds a closed session with its harvest (the lessons library); this is about the upcoming one.
    const mine = (await sanne.get<SessionView[]>('/api/me/sessions')).body.filter((s) => s.status === 'scheduled');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      status: 'scheduled',
      startClock: '15:00',
      method: { id: 'met-andere-ogen' },
      facilitator: { name: 'Floor Jansen' },
      presenter: { name: 'Sanne de Wit' },
      myRole: 'presenter',
      canWriteCase: true,
      hasCase: false,
    });
    const days = (Date.parse(mine[0]?.startsAt ?? '') - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6);
    expect(days).toBeLessThan(8);
    const jobs = await t.dataSource.query(`SELECT count(*)::int AS n FROM jobs WHERE kind = 'session.reminder' AND status = 'pending'`);
    expect(jobs[0].n).toBe(2);

    const exported = (await sanne.get<Record<string, unknown[]>>('/api/me/export')).body;
    expect(exported.sessionRoles).toEqual(expect.arrayContaining([expect.objectContaining({ role: 'presenter', title: mine[0]?.title })]));
    expect(exported.sessionResponses).toEqual([expect.objectContaining({ rsvp: 'yes' })]);
    expect(exported.casesWritten).toEqual([]);
  });
});
