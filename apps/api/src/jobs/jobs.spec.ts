import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionView } from '@mao/domain';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { MailService } from '../mail/mail.service.js';
import { amsterdam, runner, sessionCommunity, subjectOf } from '../sessions/session-test-kit.js';
import { JobRunner } from './job-runner.service.js';

const HOUR = 3_600_000;
const at = (iso: string, offsetMs: number) => new Date(Date.parse(iso) + offsetMs);

/** Reminder mails (decoded subject, To address) written since `from`. */
function reminders(t: TestApp, from: number, prefix: string): Array<{ to: string; subject: string }> {
  return t
    .outbox()
    .slice(from)
    .map((eml) => ({ to: eml.match(/^To: (.*)$/m)?.[1] ?? '', subject: subjectOf(eml) }))
    .filter((m) => m.subject.startsWith('Herinnering') && m.to.startsWith(`${prefix}-`));
}

describe('persisted jobs: session reminders', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function scheduled(prefix: string, daysAhead = 3) {
    const f = await sessionCommunity(t, prefix);
    const s = (await f.facilitator.client.post<SessionView>(`/api/communities/${f.community.id}/sessions`, {
      title: `Intervisie ${prefix}`,
      methodId: 'met-andere-ogen',
      startsAt: amsterdam(daysAhead, '15:00'),
      presenterId: f.presenter.user.id,
    })).body;
    await f.member.client.put(`/api/sessions/${s.id}/rsvp`, { response: 'maybe' });
    await f.other.client.put(`/api/sessions/${s.id}/rsvp`, { response: 'no' });
    // f.extra does not answer.
    return { f, s };
  }

  const jobsOf = (sessionId: string) =>
    t.dataSource.query(`SELECT kind, status, dedupe_key, run_at, attempts, last_error FROM jobs WHERE payload->>'sessionId' = $1 ORDER BY id`, [sessionId]) as Promise<
      Array<{ kind: string; status: string; dedupe_key: string; run_at: Date; attempts: number; last_error: string | null }>
    >;

  it('plans both reminders as jobs and sends them when due to yes/maybe, facilitator and presenter — once', async () => {
    const { f, s } = await scheduled('due');
    const planned = await jobsOf(s.id);
    expect(planned.map((j) => [j.kind, j.status, j.run_at.toISOString()])).toEqual([
      ['session.reminder', 'pending', at(s.startsAt, -24 * HOUR).toISOString()],
      ['session.reminder', 'pending', at(s.startsAt, -HOUR).toISOString()],
    ]);
    expect(planned[0]?.dedupe_key).toBe(`reminder:24h:${s.id}:${s.startsAt}`);

    let before = t.outbox().length;
    await runner(t).runDue(new Date());
    expect(reminders(t, before, 'due')).toEqual([]);

    before = t.outbox().length;
    await runner(t).runDue(at(s.startsAt, -23 * HOUR));
    const sent = reminders(t, before, 'due');
    expect(sent.map((m) => m.to).sort()).toEqual(['due-facilitator@example.org', 'due-member@example.org', 'due-presenter@example.org']);
    expect(sent[0]?.subject).toMatch(/^Herinnering: Intervisie due/);
    expect(t.outbox().slice(before).join('\n')).toContain('morgen');

    // Never twice: the same moment again, or later within the window.
    before = t.outbox().length;
    await runner(t).runDue(at(s.startsAt, -23 * HOUR));
    await runner(t).runDue(at(s.startsAt, -2 * HOUR));
    expect(reminders(t, before, 'due')).toEqual([]);
    // A second job for the same mail cannot even be enqueued.
    expect(await runner(t).enqueue({ kind: 'session.reminder.mail', runAt: new Date(), dedupeKey: `reminder:24h:${s.id}:${s.startsAt}:${f.member.user.id}` })).toBe(false);

    before = t.outbox().length;
    await runner(t).runDue(at(s.startsAt, -50 * 60_000));
    expect(reminders(t, before, 'due').map((m) => m.to).sort()).toEqual(['due-facilitator@example.org', 'due-member@example.org', 'due-presenter@example.org']);
    const statuses = await jobsOf(s.id);
    expect(statuses.every((j) => j.status === 'done')).toBe(true);
    expect(statuses.filter((j) => j.kind === 'session.reminder.mail')).toHaveLength(6);
  });

  it('two runners racing over the same due jobs send every mail exactly once (FOR UPDATE SKIP LOCKED)', async () => {
    const { s } = await scheduled('race');
    const before = t.outbox().length;
    const now = at(s.startsAt, -23 * HOUR);
    await Promise.all([runner(t).runDue(now), runner(t).runDue(now), runner(t).runDue(now)]);
    expect(reminders(t, before, 'race')).toHaveLength(3);
  });

  it('skips reminders whose window has passed, and sends the 1 h one instead of a late 24 h one', async () => {
    const { s } = await scheduled('late');
    let before = t.outbox().length;
    // Found only 30 minutes before the start: the 24 h reminder is pointless, the 1 h one still goes.
    await runner(t).runDue(at(s.startsAt, -30 * 60_000));
    const sent = reminders(t, before, 'late');
    expect(sent).toHaveLength(3);
    expect(t.outbox().slice(before).join('\n')).toContain('over een uur');
    const jobs = await jobsOf(s.id);
    expect(jobs.find((j) => j.dedupe_key.startsWith('reminder:24h') && j.kind === 'session.reminder')).toMatchObject({ status: 'skipped', last_error: 'window passed' });

    const { s: s2 } = await scheduled('after-start');
    before = t.outbox().length;
    await runner(t).runDue(at(s2.startsAt, 5 * 60_000));
    expect(reminders(t, before, 'after-start')).toEqual([]);
    expect((await jobsOf(s2.id)).map((j) => j.status)).toEqual(['skipped', 'skipped']);
  });

  it('replaces the reminders when a session is rescheduled, and drops them when it is cancelled', async () => {
    const { f, s } = await scheduled('moved', 3);
    const moved = (await f.facilitator.client.patch<SessionView>(`/api/sessions/${s.id}`, { startsAt: amsterdam(5, '10:00') })).body;
    const jobs = await jobsOf(s.id);
    expect(jobs.filter((j) => j.status === 'skipped').map((j) => j.dedupe_key)).toEqual([`reminder:24h:${s.id}:${s.startsAt}`, `reminder:1h:${s.id}:${s.startsAt}`]);
    expect(jobs.filter((j) => j.status === 'pending').map((j) => j.run_at.toISOString())).toEqual([at(moved.startsAt, -24 * HOUR).toISOString(), at(moved.startsAt, -HOUR).toISOString()]);
    let before = t.outbox().length;
    await runner(t).runDue(at(s.startsAt, -23 * HOUR));
    expect(reminders(t, before, 'moved')).toEqual([]);

    await f.facilitator.client.post(`/api/sessions/${s.id}/cancel`);
    expect((await jobsOf(s.id)).every((j) => j.status === 'skipped')).toBe(true);
    before = t.outbox().length;
    await runner(t).runDue(at(moved.startsAt, -30 * 60_000));
    expect(reminders(t, before, 'moved')).toEqual([]);
  });

  it('retries a reminder whose mail could not be handed over, without re-sending the others', async () => {
    const { f, s } = await scheduled('retry');
    const mail = t.app.get(MailService);
    const original = mail.send.bind(mail);
    let failures = 0;
    const spy = vi.spyOn(mail, 'send').mockImplementation(async (outgoing) => {
      if (outgoing.to === 'retry-member@example.org' && failures === 0) {
        failures++;
        throw new Error('SMTP unavailable');
      }
      return original(outgoing);
    });
    try {
      const now = at(s.startsAt, -23 * HOUR);
      let before = t.outbox().length;
      const summary = await runner(t).runDue(now);
      expect(summary.retried).toBe(1);
      expect(reminders(t, before, 'retry').map((m) => m.to).sort()).toEqual(['retry-facilitator@example.org', 'retry-presenter@example.org']);
      const failed = (await jobsOf(s.id)).find((j) => j.dedupe_key.endsWith(`:${f.member.user.id}`));
      expect(failed).toMatchObject({ status: 'pending', attempts: 1, last_error: 'Error: SMTP unavailable' });
      before = t.outbox().length;
      await runner(t).runDue(new Date(now.getTime() + 2 * 60_000));
      expect(reminders(t, before, 'retry').map((m) => m.to)).toEqual(['retry-member@example.org']);
    } finally {
      spy.mockRestore();
    }
  });

  it('does not lose reminders that came due while the server was down: the next process sends them', async () => {
    const { s } = await scheduled('downtime');
    const databaseUrl = t.databaseUrl;
    await t.close();
    // The 24 h moment passes while no api runs; a new process on the same database catches up.
    t = await startTestApp({}, { databaseUrl });
    const before = t.outbox().length;
    const summary = await t.app.get(JobRunner).runDue(at(s.startsAt, -20 * HOUR));
    expect(summary.done).toBeGreaterThanOrEqual(4);
    expect(reminders(t, before, 'downtime').map((m) => m.to).sort()).toEqual(['downtime-facilitator@example.org', 'downtime-member@example.org', 'downtime-presenter@example.org']);
  });

  it('does not poll under test: tests drive the runner with runDue(now)', () => {
    expect(t.app.get(JobRunner).pollSeconds()).toBe(0);
  });
});
