import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { reminderRecipients, type RsvpResponse } from '@mao/domain';
import { JobRunner, type JobContext, type JobOutcome, type NewJob } from '../jobs/job-runner.service.js';
import { SessionEntity } from './session.entity.js';
import { SessionMailer } from './session-mailer.service.js';

export type ReminderWindow = '24h' | '1h';

const HOUR = 3_600_000;
/** When each reminder is due, and until when it is still worth sending. */
export const REMINDER_WINDOWS: Record<ReminderWindow, { before: number; until: (start: Date) => number }> = {
  // A 24 h reminder found after the 1 h reminder is due is pointless: the 1 h one goes instead.
  '24h': { before: 24 * HOUR, until: (start) => start.getTime() - HOUR },
  '1h': { before: HOUR, until: (start) => start.getTime() },
};

export const REMINDER_JOB = 'session.reminder';
export const REMINDER_MAIL_JOB = 'session.reminder.mail';

/** The reminder jobs for a session's start (also used by the demo seed). Windows already passed are left out. */
export function reminderJobs(session: Pick<SessionEntity, 'id' | 'startsAt'>, now: Date): NewJob[] {
  const startsAt = session.startsAt.toISOString();
  return (Object.keys(REMINDER_WINDOWS) as ReminderWindow[])
    .map((window) => ({ window, runAt: new Date(session.startsAt.getTime() - REMINDER_WINDOWS[window].before) }))
    .filter(({ runAt }) => runAt.getTime() > now.getTime())
    .map(({ window, runAt }) => ({ kind: REMINDER_JOB, runAt, payload: { sessionId: session.id, window, startsAt }, dedupeKey: `reminder:${window}:${session.id}:${startsAt}` }));
}

interface ReminderPayload {
  sessionId: string;
  window: ReminderWindow;
  /** The start the reminder was planned for: a rescheduled session makes it stale. */
  startsAt: string;
  userId?: string;
}

/**
 * Reminders 24 h and 1 h before the start, as persisted jobs:
 * - `session.reminder` (one per session, window and start time) runs at start − 24 h / − 1 h and,
 *   in the claim transaction, fans out into one `session.reminder.mail` job per recipient
 *   (participants with yes or maybe, the facilitator and the presenter, as they are at that moment);
 * - `session.reminder.mail` sends one mail, at most once (see JobRunner).
 * Both re-check at run time that the session is still scheduled at that start and that the window
 * has not passed, and are skipped otherwise. Rescheduling skips the pending ones and plans new ones.
 */
@Injectable()
export class RemindersService implements OnModuleInit {
  constructor(
    private readonly jobs: JobRunner,
    private readonly mailer: SessionMailer,
  ) {}

  onModuleInit(): void {
    this.jobs.register(REMINDER_JOB, (context) => this.fanOut(context));
    this.jobs.register(REMINDER_MAIL_JOB, (context) => this.send(context));
  }

  /** Plans both reminders for the session's current start; windows already passed are not planned. */
  async plan(session: Pick<SessionEntity, 'id' | 'startsAt'>, now: Date, tx: EntityManager): Promise<void> {
    for (const job of reminderJobs(session, now)) await this.jobs.enqueueOrRevive(job, tx);
  }

  /** Cancelled or rescheduled: the pending reminders of the old plan will never be sent. */
  cancel(sessionId: string, reason: string, tx: EntityManager): Promise<number> {
    return this.jobs.skipPendingForSession(sessionId, [REMINDER_JOB, REMINDER_MAIL_JOB], reason, tx);
  }

  private async stillValid(tx: EntityManager, payload: ReminderPayload, now: Date): Promise<{ session: SessionEntity } | { skip: string }> {
    const session = await tx.findOne(SessionEntity, { where: { id: payload.sessionId } });
    if (!session) return { skip: 'session deleted' };
    if (session.status !== 'scheduled') return { skip: `session ${session.status}` };
    if (session.startsAt.toISOString() !== payload.startsAt) return { skip: 'session rescheduled' };
    if (now.getTime() >= REMINDER_WINDOWS[payload.window].until(session.startsAt)) return { skip: 'window passed' };
    return { session };
  }

  private async fanOut({ job, tx, now }: JobContext): Promise<JobOutcome> {
    const payload = job.payload as unknown as ReminderPayload;
    const valid = await this.stillValid(tx, payload, now);
    if ('skip' in valid) return { status: 'skipped', reason: valid.skip };
    for (const userId of await this.recipients(tx, valid.session)) {
      await this.jobs.enqueue(
        { kind: REMINDER_MAIL_JOB, runAt: now, payload: { ...payload, userId }, dedupeKey: `${job.dedupeKey ?? `reminder:${payload.window}:${payload.sessionId}:${payload.startsAt}`}:${userId}` },
        tx,
      );
    }
    return { status: 'done' };
  }

  private async send({ job, tx, now }: JobContext): Promise<JobOutcome> {
    const payload = job.payload as unknown as ReminderPayload;
    const valid = await this.stillValid(tx, payload, now);
    if ('skip' in valid) return { status: 'skipped', reason: valid.skip };
    const userId = payload.userId ?? '';
    if (!(await this.recipients(tx, valid.session)).includes(userId)) return { status: 'skipped', reason: 'no longer a participant' };
    const session = valid.session;
    return { status: 'done', afterCommit: () => this.mailer.reminder(session, userId, payload.window) };
  }

  /** Current members only: someone who left the CoP is not reminded. */
  private async recipients(tx: EntityManager, session: SessionEntity): Promise<string[]> {
    const rsvps: Array<{ userId: string; rsvp: RsvpResponse }> = await tx.query(
      `SELECT user_id AS "userId", rsvp FROM session_participants WHERE session_id = $1`,
      [session.id],
    );
    const members: Array<{ user_id: string }> = await tx.query(
      `SELECT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.community_id = $1 AND u.deleted_at IS NULL`,
      [session.communityId],
    );
    const memberIds = new Set(members.map((m) => m.user_id));
    return reminderRecipients(session, rsvps).filter((id) => memberIds.has(id));
  }
}
