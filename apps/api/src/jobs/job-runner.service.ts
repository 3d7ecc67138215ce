import { Clock } from '../common/clock.js';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { LOGGER } from '../common/logger.js';
import type { JobEntity, JobStatus } from './job.entity.js';
import { rowsOf } from './sql.js';

/**
 * Persisted background jobs (reminders, the casus purge sweep) in the `jobs` table.
 *
 * Claiming: `SELECT ... FOR UPDATE SKIP LOCKED LIMIT 1` inside a transaction, so several api
 * processes polling the same database never work on the same job; the row lock is held until
 * the job's status is written and the transaction commits.
 *
 * Handlers run INSIDE that claim transaction and return `done` or `skipped`. Database work they
 * do (fan-out into more jobs, blanking casus text) commits atomically with the status change:
 * exactly once. Side effects that cannot be part of a transaction (sending mail) are returned as
 * `afterCommit` and run only after the status `done` has committed. That makes mail
 * AT MOST ONCE: a second claim is impossible because the row is no longer `pending`, and the
 * `dedupe_key` (UNIQUE) makes a second job for the same mail impossible to enqueue. The price:
 * if the process dies between the commit and the SMTP hand-over, that one reminder is lost
 * (never sent twice is the requirement; a lost reminder is the lesser harm). If sending throws
 * (SMTP refused or unreachable — the mail did not go out), the job goes back to `pending` with a
 * backoff, until MAX_ATTEMPTS, then `failed`.
 *
 * Not lost while the server was down: due jobs are simply found by the next poll. Whether a job
 * is still useful (the window has not passed, the session was not cancelled or rescheduled) is
 * the handler's decision at run time: it returns `skipped` with a reason.
 *
 * `locked_until` is a lease for handlers that would need to work outside the claim transaction;
 * the claim honours it, the current handlers do not need it.
 */
export interface JobContext {
  job: JobEntity;
  tx: EntityManager;
  now: Date;
}

export interface JobOutcome {
  status: 'done' | 'skipped';
  /** Why a job was skipped; stored in last_error for operators. Never personal content. */
  reason?: string;
  /** A non-transactional side effect (mail), run once after the status has committed. */
  afterCommit?: () => Promise<void>;
}

export type JobHandler = (context: JobContext) => Promise<JobOutcome>;

export interface NewJob {
  kind: string;
  runAt: Date;
  payload?: Record<string, unknown>;
  dedupeKey: string;
}

export interface RunSummary {
  done: number;
  skipped: number;
  failed: number;
  retried: number;
}

export const MAX_ATTEMPTS = 5;
const MAX_JOBS_PER_RUN = 500;

interface JobRow {
  id: string;
  kind: string;
  run_at: Date;
  payload: Record<string, unknown>;
  dedupe_key: string | null;
  status: JobStatus;
  attempts: number;
  locked_until: Date | null;
  done_at: Date | null;
  last_error: string | null;
  created_at: Date;
}

const toEntity = (row: JobRow): JobEntity => ({
  id: String(row.id),
  kind: row.kind,
  runAt: row.run_at,
  payload: row.payload,
  dedupeKey: row.dedupe_key,
  status: row.status,
  attempts: row.attempts,
  lockedUntil: row.locked_until,
  doneAt: row.done_at,
  lastError: row.last_error,
  createdAt: row.created_at,
});

/** Error messages of our own code carry no personal content; keep them short anyway. */
const errorText = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error').slice(0, 500);

@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly clock: Clock,
  ) {}

  register(kind: string, handler: JobHandler): void {
    if (this.handlers.has(kind)) throw new Error(`job handler for ${kind} registered twice`);
    this.handlers.set(kind, handler);
  }

  /** Adds a job unless one with the same dedupe key exists (whatever its status). Returns whether it was added. */
  async enqueue(job: NewJob, tx?: EntityManager): Promise<boolean> {
    const rows: unknown[] = await (tx ?? this.dataSource.manager).query(
      `INSERT INTO jobs (kind, run_at, payload, dedupe_key) VALUES ($1, $2, $3, $4)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [job.kind, job.runAt, JSON.stringify(job.payload ?? {}), job.dedupeKey],
    );
    return rows.length > 0;
  }

  /**
   * Like enqueue, but a job with the same key that was skipped (for example a reminder of a
   * session rescheduled away and back again) becomes pending again. Done jobs stay done.
   */
  async enqueueOrRevive(job: NewJob, tx?: EntityManager): Promise<void> {
    await (tx ?? this.dataSource.manager).query(
      `INSERT INTO jobs (kind, run_at, payload, dedupe_key) VALUES ($1, $2, $3, $4)
       ON CONFLICT (dedupe_key) DO UPDATE
         SET status = 'pending', run_at = EXCLUDED.run_at, payload = EXCLUDED.payload, attempts = 0, done_at = NULL, last_error = NULL, locked_until = NULL
       WHERE jobs.status = 'skipped'`,
      [job.kind, job.runAt, JSON.stringify(job.payload ?? {}), job.dedupeKey],
    );
  }

  /** Marks pending jobs of these kinds for one session as skipped (cancelled or rescheduled). */
  async skipPendingForSession(sessionId: string, kinds: string[], reason: string, tx?: EntityManager): Promise<number> {
    const rows = rowsOf(await (tx ?? this.dataSource.manager).query(
      `UPDATE jobs SET status = 'skipped', done_at = now(), last_error = $3
        WHERE status = 'pending' AND payload->>'sessionId' = $1 AND kind = ANY($2) RETURNING id`,
      [sessionId, kinds, reason],
    ));
    return rows.length;
  }

  /** Runs every job due at `now`, one claim at a time, until none is left. Tests call this directly. */
  async runDue(now: Date = this.clock.now()): Promise<RunSummary> {
    const summary: RunSummary = { done: 0, skipped: 0, failed: 0, retried: 0 };
    for (let i = 0; i < MAX_JOBS_PER_RUN; i++) {
      const result = await this.runOne(now);
      if (result === 'none') break;
      summary[result]++;
    }
    return summary;
  }

  private async runOne(now: Date): Promise<'none' | keyof RunSummary> {
    let claimed: JobEntity | undefined;
    let outcome: JobOutcome | undefined;
    let failure: 'failed' | 'retried' | undefined;
    await this.dataSource.transaction(async (tx) => {
      const rows: JobRow[] = await tx.query(
        `SELECT * FROM jobs
          WHERE status = 'pending' AND run_at <= $1 AND (locked_until IS NULL OR locked_until <= $1)
          ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [now],
      );
      const row = rows[0];
      if (!row) return;
      const job = toEntity(row);
      claimed = job;
      const handler = this.handlers.get(job.kind);
      if (!handler) {
        await tx.query(`UPDATE jobs SET status = 'failed', attempts = attempts + 1, done_at = $2, last_error = $3 WHERE id = $1`, [job.id, now, `no handler for ${job.kind}`]);
        failure = 'failed';
        return;
      }
      await tx.query('SAVEPOINT job_handler');
      try {
        outcome = await handler({ job, tx, now });
      } catch (error) {
        await tx.query('ROLLBACK TO SAVEPOINT job_handler');
        failure = await this.markFailedAttempt(tx, job, now, error);
        this.logger.warn({ jobId: job.id, kind: job.kind, attempts: job.attempts + 1, err: errorText(error) }, 'job failed');
        return;
      }
      await tx.query(`UPDATE jobs SET status = $2, attempts = attempts + 1, done_at = $3, locked_until = NULL, last_error = $4 WHERE id = $1`, [
        job.id,
        outcome.status,
        now,
        outcome.reason ?? null,
      ]);
    });
    if (!claimed) return 'none';
    if (failure) return failure;
    if (!outcome) return 'none';
    if (outcome.afterCommit) {
      try {
        await outcome.afterCommit();
      } catch (error) {
        // The side effect did not happen (the mail transport threw): give the job back for a later attempt.
        const result = await this.dataSource.transaction((tx) => this.markFailedAttempt(tx, claimed as JobEntity, now, error));
        this.logger.warn({ jobId: claimed.id, kind: claimed.kind, err: errorText(error) }, 'job side effect failed');
        return result;
      }
    }
    this.logger.debug({ jobId: claimed.id, kind: claimed.kind, status: outcome.status }, 'job finished');
    return outcome.status === 'done' ? 'done' : 'skipped';
  }

  /** `attempts` counts claims: this one included. Backoff doubles from one minute. */
  private async markFailedAttempt(tx: EntityManager, job: JobEntity, now: Date, error: unknown): Promise<'failed' | 'retried'> {
    const attempts = job.attempts + 1;
    const giveUp = attempts >= MAX_ATTEMPTS;
    const retryAt = new Date(now.getTime() + 60_000 * 2 ** (attempts - 1));
    await tx.query(
      `UPDATE jobs SET status = $2, attempts = $3, run_at = $4, done_at = $5, locked_until = NULL, last_error = $6 WHERE id = $1`,
      [job.id, giveUp ? 'failed' : 'pending', attempts, giveUp ? job.runAt : retryAt, giveUp ? now : null, errorText(error)],
    );
    return giveUp ? 'failed' : 'retried';
  }

  /* ------------------------------------------------------------ polling */

  pollSeconds(): number {
    return this.config.jobPollSeconds;
  }

  onApplicationBootstrap(): void {
    const seconds = this.pollSeconds();
    if (seconds === 0) return;
    this.timer = setInterval(() => this.tick(), seconds * 1000);
    this.timer.unref();
    // Catch up on whatever came due while the server was down.
    setTimeout(() => this.tick(), 1000).unref();
    this.logger.info({ pollSeconds: seconds }, 'job runner started');
  }

  private tick(): void {
    if (this.running || this.stopped) return;
    this.running = this.runDue(this.clock.now())
      .then((summary) => {
        if (summary.done + summary.skipped + summary.failed + summary.retried > 0) this.logger.info({ ...summary }, 'jobs run');
      })
      .catch((error: unknown) => this.logger.error({ err: errorText(error) }, 'job runner poll failed'))
      .finally(() => {
        this.running = undefined;
      });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
