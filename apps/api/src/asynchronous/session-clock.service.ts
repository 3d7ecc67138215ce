import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { effectiveRoles, nextClockAction, reminderAt, windowOf, type SessionEvent } from '@mao/intervisie-method';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Clock } from '../common/clock.js';
import { LOGGER } from '../common/logger.js';
import { JobRunner, type JobContext, type JobOutcome } from '../jobs/job-runner.service.js';
import type { LiveSession } from '../live/live-session.js';
import { LiveSessionsService } from '../live/live-sessions.service.js';
import { MailService } from '../mail/mail.service.js';
import { windowLabel } from '../sessions/session-time.js';
import { CLOCK_JOB, clockJobKey } from '../sessions/session-plan.js';
import { Contributions } from './contributions.js';
import { stepOpenedMail, stepReminderMail, type WindowMailInput } from './window-mails.js';

export const WINDOW_OPENED_JOB = 'session.window.opened';
export const WINDOW_REMINDER_JOB = 'session.window.reminder';
export const WINDOW_MAIL_JOB = 'session.window.mail';

type WindowMailKind = 'opened' | 'reminder';
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The clock of asynchronous and mixed sessions (issue 16). Everything it does is a persisted job,
 * so nothing is doubled or lost across restarts or between api processes:
 *
 * - `session.clock` (one per planned moment: dedupe key session + action + step + time) asks the
 *   pure `nextClockAction` what is due and applies it as the clock (`byClock`): open the first
 *   window, close the current one (its private drafts are revealed, the session moves on or ends),
 *   or open the first step after a mixed session's meeting. Whatever happened meanwhile — the
 *   facilitator moved on early, paused, went back — is taken into account at run time; a stale
 *   job finds nothing due and is skipped.
 * - `session.window.opened` (one per session and step, ever) fans out one `session.window.mail`
 *   per participant and an in-app notification; `session.window.reminder` (one per session and
 *   step, at `reminderAt`) fans out to the writers who have not contributed yet. Each mail job's
 *   key names the kind, step and person: at most once per step and person, whatever happens.
 *
 * After every change of a session's state the next moment is planned (the listener); a process
 * that died between a change and its planning is covered by planning every running asynchronous
 * or mixed session again at start-up (all keys are idempotent).
 */
@Injectable()
export class SessionClock implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobRunner,
    private readonly live: LiveSessionsService,
    private readonly contributions: Contributions,
    private readonly mail: MailService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.jobs.register(CLOCK_JOB, (context) => this.tick(context));
    this.jobs.register(WINDOW_OPENED_JOB, (context) => this.fanOut(context, 'opened'));
    this.jobs.register(WINDOW_REMINDER_JOB, (context) => this.fanOut(context, 'reminder'));
    this.jobs.register(WINDOW_MAIL_JOB, (context) => this.sendOne(context));
    this.live.addListener({
      onStateChanged: (session, events) => this.afterChange(session, events),
      onRefreshed: (session) => this.afterChange(session, []),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM sessions WHERE mode <> 'live' AND status IN ('scheduled', 'live')`);
    for (const { id } of rows) {
      const session = await this.live.get(id).catch(() => null);
      if (session) await this.plan(session);
    }
  }

  /** Plans the session's next clock moment, its current window's mails and resolves notifications of closed windows. */
  async plan(session: LiveSession, tx?: EntityManager): Promise<void> {
    if (session.mode === 'live' || session.windows.length === 0) return;
    const { state } = session;
    const action = nextClockAction(state, session.method, session.windows);
    if (action) {
      await this.jobs.enqueue(
        { kind: CLOCK_JOB, runAt: new Date(action.at), payload: { sessionId: session.id }, dedupeKey: clockJobKey(session.id, action) },
        tx,
      );
    }
    const window = windowOf(session.windows, state.currentStepId);
    const open = (state.status === 'running' || state.status === 'paused') && session.scheduleStatus === 'live';
    if (open && window) {
      const payload = { sessionId: session.id, stepId: window.stepId };
      await this.jobs.enqueue({ kind: WINDOW_OPENED_JOB, runAt: this.clock.now(), payload, dedupeKey: `window-opened:${session.id}:${window.stepId}` }, tx);
      const closesAt = state.deadline ?? window.closesAt;
      const remindAt = reminderAt(state.stepStartedAt ?? window.opensAt, closesAt);
      if (remindAt !== null && remindAt > this.clock.nowMs()) {
        await this.jobs.enqueue({ kind: WINDOW_REMINDER_JOB, runAt: new Date(remindAt), payload, dedupeKey: `window-reminder:${session.id}:${window.stepId}` }, tx);
      }
    }
    // "Een stap staat open voor jouw bijdrage" lasts while that step is open.
    const openKey = open && window ? `step:${session.id}:${window.stepId}` : '';
    await (tx ?? this.dataSource.manager).query(`UPDATE notifications SET resolved_at = $3 WHERE kind = 'step_open' AND resolved_at IS NULL AND item_key LIKE $1 AND item_key <> $2`, [
      `step:${session.id}:%`,
      openKey,
      this.clock.now(),
    ]);
  }

  private afterChange(session: LiveSession, events: readonly SessionEvent[]): void {
    if (session.mode === 'live') return;
    // Presence and hands change often and plan nothing new.
    if (events.length > 0 && events.every((event) => ['participant_joined', 'participant_left', 'hand_raised', 'hand_lowered'].includes(event.type))) return;
    void this.plan(session).catch((error: unknown) =>
      this.logger.error({ sessionId: session.id, err: error instanceof Error ? error.message : String(error) }, 'planning the session clock failed; start-up planning recovers it'),
    );
  }

  private async tick({ job, now }: JobContext): Promise<JobOutcome> {
    const session = await this.live.get(text(job.payload['sessionId']));
    if (!session || session.mode === 'live') return { status: 'skipped', reason: 'no asynchronous session' };
    if (session.scheduleStatus === 'cancelled' || session.scheduleStatus === 'closed') return { status: 'skipped', reason: `session ${session.scheduleStatus}` };
    const action = nextClockAction(session.state, session.method, session.windows);
    if (!action || action.at > now.getTime()) {
      await this.plan(session);
      return { status: 'skipped', reason: 'nothing due (the session moved on meanwhile)' };
    }
    const command = action.kind === 'start' ? { type: 'start' } : action.kind === 'close' ? { type: 'closeWindow', stepId: action.stepId } : { type: 'advance' };
    const outcome = await this.live.applyByClock(session, command);
    if (!outcome.ok) return { status: 'skipped', reason: `${action.kind}: ${outcome.error}` };
    return { status: 'done', reason: action.kind };
  }

  /** One mail job per person (and for "opened" an in-app notification), in the fan-out's transaction. */
  private async fanOut({ job, tx, now }: JobContext, kind: WindowMailKind): Promise<JobOutcome> {
    const sessionId = text(job.payload['sessionId']);
    const stepId = text(job.payload['stepId']);
    const session = await this.live.get(sessionId);
    if (!session || !this.isOpen(session, stepId)) return { status: 'skipped', reason: 'step no longer open' };
    let recipients = [...session.roster.keys()];
    if (kind === 'reminder') {
      const step = session.method.steps.find((candidate) => candidate.id === stepId);
      const contributed = await this.contributions.of(session, stepId);
      recipients = recipients.filter((userId) => !contributed.has(userId) && step !== undefined && writes(session, userId, step.writers));
    }
    for (const userId of recipients) {
      await this.jobs.enqueue({ kind: WINDOW_MAIL_JOB, runAt: now, payload: { sessionId, stepId, userId, mail: kind }, dedupeKey: `window-mail:${kind}:${sessionId}:${stepId}:${userId}` }, tx);
    }
    if (kind === 'opened' && recipients.length > 0) {
      const step = session.method.steps.find((candidate) => candidate.id === stepId);
      await tx.query(
        `INSERT INTO notifications (user_id, item_key, kind, community_id, title, link, created_at)
         SELECT u, $2, 'step_open', $3, $4, $5, $6 FROM unnest($1::uuid[]) AS u
         ON CONFLICT (user_id, item_key) DO NOTHING`,
        [recipients, `step:${sessionId}:${stepId}`, session.communityId, `${step?.title.nl ?? ''} — ${session.title}`, `/sessies/${sessionId}/live`, now],
      );
    }
    return { status: 'done', reason: `${recipients.length} mails` };
  }

  private async sendOne({ job, tx, now }: JobContext): Promise<JobOutcome> {
    const sessionId = text(job.payload['sessionId']);
    const stepId = text(job.payload['stepId']);
    const userId = text(job.payload['userId']);
    const kind: WindowMailKind = job.payload['mail'] === 'reminder' ? 'reminder' : 'opened';
    const session = await this.live.get(sessionId);
    if (!session || !this.isOpen(session, stepId)) return { status: 'skipped', reason: 'step no longer open' };
    if (!session.roster.has(userId)) return { status: 'skipped', reason: 'no longer taking part' };
    if (kind === 'reminder' && (await this.contributions.of(session, stepId)).has(userId)) return { status: 'skipped', reason: 'contributed meanwhile' };
    const [recipient]: Array<{ name: string; email: string }> = await tx.query(`SELECT name, email FROM users WHERE id = $1 AND deleted_at IS NULL AND deactivated_at IS NULL`, [userId]);
    if (!recipient) return { status: 'skipped', reason: 'no account' };
    const step = session.method.steps.find((candidate) => candidate.id === stepId);
    if (!step) return { status: 'skipped', reason: 'step not in method' };
    const closesAt = new Date(session.state.deadline ?? windowOf(session.windows, stepId)?.closesAt ?? now.getTime());
    const instruction = userId === session.state.facilitatorId ? step.instructions.facilitator : userId === session.state.presenterId ? step.instructions.presenter : step.instructions.participants;
    const input: WindowMailInput = {
      to: recipient.email,
      name: recipient.name,
      sessionTitle: session.title,
      communityName: await this.communityName(tx, session.communityId),
      stepTitle: step.title,
      closes: { nl: windowLabel(closesAt, 'Europe/Amsterdam', 'nl'), en: windowLabel(closesAt, 'Europe/Amsterdam', 'en') },
      instruction,
      writes: writes(session, userId, step.writers),
      link: `${this.config.publicUrl}/sessies/${sessionId}/live`,
    };
    const mail = kind === 'opened' ? stepOpenedMail(input) : stepReminderMail(input);
    return { status: 'done', afterCommit: () => this.mail.send(mail) };
  }

  private isOpen(session: LiveSession, stepId: string): boolean {
    return session.scheduleStatus === 'live' && (session.state.status === 'running' || session.state.status === 'paused') && session.state.currentStepId === stepId;
  }

  private async communityName(tx: EntityManager, communityId: string): Promise<string> {
    const [row]: Array<{ name: string }> = await tx.query(`SELECT name FROM communities WHERE id = $1`, [communityId]);
    return row?.name ?? '';
  }
}

function writes(session: LiveSession, userId: string, writers: readonly string[]): boolean {
  return effectiveRoles(session.state, userId, 'participant').some((role) => writers.includes(role));
}
