import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { DateTime } from 'luxon';
import { SESSION_TIMEZONE } from '@mao/domain';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Clock } from '../common/clock.js';
import { JobRunner, type JobContext, type JobOutcome } from '../jobs/job-runner.service.js';
import { MailService } from '../mail/mail.service.js';
import { UserEntity } from '../users/user.entity.js';
import { HomeService } from './home.service.js';
import { digestMail } from './digest-mail.js';

export const DIGEST_SWEEP_JOB = 'home.digest-sweep';
export const DIGEST_MAIL_JOB = 'home.digest.mail';
const SWEEP_EVERY_MS = 3_600_000;
const WEEK_MS = 7 * 86_400_000;
const sweepKey = (at: Date) => `digest-sweep:${new Date(Math.floor(at.getTime() / SWEEP_EVERY_MS) * SWEEP_EVERY_MS).toISOString()}`;

/**
 * The weekly moment of the digest: Monday 08:00 in Amsterdam. Returns the latest such moment at
 * or before `now` and its ISO week ("2026-W48"), which names that week's digest.
 */
export function digestMoment(now: Date): { at: Date; week: string } {
  const local = DateTime.fromJSDate(now, { zone: SESSION_TIMEZONE });
  let moment = local.startOf('week').set({ hour: 8 });
  if (moment > local) moment = moment.minus({ weeks: 1 });
  return { at: moment.toJSDate(), week: `${moment.weekYear}-W${String(moment.weekNumber).padStart(2, '0')}` };
}

export const digestJobKey = (week: string, userId: string) => `digest:${week}:${userId}`;

/**
 * The optional weekly digest mail (off by default; `home_settings.weekly_digest`), sent by the
 * persisted job runner:
 * - `home.digest-sweep` runs every hour (one chain, like the casus purge sweep: the hourly dedupe
 *   key makes a second chain impossible, and every api start plans the current hour's sweep, so
 *   a restart loses nothing). It finds this week's digest moment (Monday 08:00 Amsterdam; the
 *   week before until then) and adds one `home.digest.mail` job per person who had opted in by
 *   that moment, with the dedupe key `digest:<ISO week>:<user id>` — in one INSERT … SELECT, in
 *   the sweep's transaction.
 * - `home.digest.mail` re-checks the opt-in, computes what is waiting at run time (the same
 *   computation as the home page; new lessons of the last 7 days) and sends one mail after the
 *   status has committed, or is skipped when nothing waits.
 * Exactly once per week per person follows from the unique dedupe key (a second job for the same
 * week cannot even be enqueued, whatever the number of sweeps, processes or restarts) and from
 * the job runner's at-most-once mail (see JobRunner). The clock is the injectable `Clock`.
 */
@Injectable()
export class DigestService implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobRunner,
    private readonly home: HomeService,
    private readonly mail: MailService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(DIGEST_SWEEP_JOB, (context) => this.sweep(context));
    this.jobs.register(DIGEST_MAIL_JOB, (context) => this.send(context));
  }

  /** Every start plans the current hour's sweep (a no-op when the chain already holds it). */
  async onApplicationBootstrap(): Promise<void> {
    await this.planSweep();
  }

  async planSweep(now = this.clock.now()): Promise<boolean> {
    return this.jobs.enqueue({ kind: DIGEST_SWEEP_JOB, runAt: now, dedupeKey: sweepKey(now) });
  }

  private async sweep({ tx, now }: JobContext): Promise<JobOutcome> {
    const { at, week } = digestMoment(now);
    await tx.query(
      `INSERT INTO jobs (kind, run_at, payload, dedupe_key)
       SELECT $1, $2, jsonb_build_object('userId', h.user_id, 'week', $3::text), 'digest:' || $3::text || ':' || h.user_id
         FROM home_settings h JOIN users u ON u.id = h.user_id
        WHERE h.weekly_digest AND h.digest_since <= $4 AND u.deleted_at IS NULL
       ON CONFLICT (dedupe_key) DO NOTHING`,
      [DIGEST_MAIL_JOB, now, week, at],
    );
    const next = new Date(now.getTime() + SWEEP_EVERY_MS);
    await this.jobs.enqueue({ kind: DIGEST_SWEEP_JOB, runAt: next, dedupeKey: sweepKey(next) }, tx);
    return { status: 'done' };
  }

  private async send({ job, tx, now }: JobContext): Promise<JobOutcome> {
    const { userId, week } = job.payload as { userId?: string; week?: string };
    if (!userId || !week) return { status: 'skipped', reason: 'bad payload' };
    const [settings] = (await tx.query(`SELECT weekly_digest FROM home_settings WHERE user_id = $1`, [userId])) as Array<{ weekly_digest: boolean }>;
    if (!settings?.weekly_digest) return { status: 'skipped', reason: 'digest turned off' };
    const user = await tx.findOne(UserEntity, { where: { id: userId } });
    if (!user || user.deletedAt) return { status: 'skipped', reason: 'account deleted' };
    const items = await this.home.waiting(user, now, new Date(now.getTime() - WEEK_MS), 5);
    const mail = digestMail({ to: user.email, name: user.name, items, homeUrl: `${this.config.publicUrl}/`, accountUrl: `${this.config.publicUrl}/account` });
    if (!mail) return { status: 'skipped', reason: 'nothing waiting' };
    return { status: 'done', afterCommit: () => this.mail.send(mail) };
  }
}
