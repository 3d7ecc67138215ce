import { AccessChanges } from '../access-changes/access-changes.js';
import { Clock } from '../common/clock.js';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { defaultAsyncStepIds, totalMinutes, type Method } from '@mao/intervisie-method';
import {
  canManageSession,
  isSessionOpen,
  SESSION_MAX_DURATION_MINUTES,
  SESSION_MAX_PARTICIPANTS,
  SESSION_TIMEZONE,
  type CommunityRelation,
  type CreateSessionInput,
  type RsvpInput,
  type RsvpResponse,
  type SessionListQuery,
  type SessionView,
  type UpdateSessionInput,
} from '@mao/domain';
import { DomainError } from '../common/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { CommunityAccessService } from '../communities/community-access.service.js';
import type { CommunityEntity } from '../communities/community.entity.js';
import type { UserEntity } from '../users/user.entity.js';
import { MethodsService } from './methods.service.js';
import { RemindersService } from './reminders.service.js';
import { SessionMailer } from './session-mailer.service.js';
import { SessionParticipantEntity } from './session-participant.entity.js';
import { SessionEntity } from './session.entity.js';
import { SessionViews } from './session-views.js';
import { CLOCK_JOB, clockJobKey, firstClockMoment, liveMinutes, resolvePlan } from './session-plan.js';
import { JobRunner } from '../jobs/job-runner.service.js';
import { rowsOf } from '../jobs/sql.js';
import { assertNoPrivacyFindings } from '../common/privacy-guard.js';

export interface SessionAccessResult {
  session: SessionEntity;
  community: CommunityEntity;
  relation: CommunityRelation;
  rsvp: RsvpResponse | null;
}

/** "Upcoming": live, or not yet ended (cancelled sessions stay visible, marked as such). */
const UPCOMING_SQL = `(s.status = 'live' OR (s.status IN ('scheduled','cancelled') AND s.starts_at + make_interval(mins => s.duration_minutes) > $NOW))`;

@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly access: CommunityAccessService,
    private readonly methods: MethodsService,
    private readonly views: SessionViews,
    private readonly mailer: SessionMailer,
    private readonly reminders: RemindersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly accessChanges: AccessChanges,
    private readonly jobs: JobRunner,
  ) {}

  /**
   * Loads a session for a user who may at least see it. A non-member gets 404 whether or not the
   * session exists, so ids cannot be probed. Used by the cases module and the live room too.
   */
  async load(user: UserEntity, sessionId: string, manager?: EntityManager): Promise<SessionAccessResult> {
    const session = await (manager ?? this.sessions.manager).findOne(SessionEntity, { where: { id: sessionId } });
    if (!session) throw new DomainError('not_found');
    const { community, relation } = await this.access.require(user, session.communityId, 'sessions.view');
    const participant = await (manager ?? this.sessions.manager).findOne(SessionParticipantEntity, { where: { sessionId, userId: user.id } });
    return { session, community, relation, rsvp: participant?.rsvp ?? null };
  }

  async create(user: UserEntity, communityId: string, input: CreateSessionInput, now = this.clock.now()): Promise<SessionView> {
    await this.access.require(user, communityId, 'sessions.schedule');
    assertNoDirectIdentifiers(input);
    const { method, source } = await this.methods.resolve(communityId, input.methodId);
    const requestedStart = new Date(input.startsAt);
    assertFuture(requestedStart, now);
    const mode = input.mode ?? 'live';
    const meetingMinutes = mode === 'async' ? 0 : resolveDuration(requestedStart, input, defaultMeetingMinutes(method, mode, input.windows));
    const { startsAt, durationMinutes, windows } = resolvePlan(method, { mode, startsAt: requestedStart, meetingMinutes, windows: input.windows }, now);
    const facilitatorId = input.facilitatorId ?? user.id;
    const presenterId = input.presenterId ?? null;
    await this.assertRoles(communityId, facilitatorId, presenterId);
    const maxParticipants = input.maxParticipants ?? Math.min(method.maxGroupSize, SESSION_MAX_PARTICIPANTS);
    assertGroupSize(maxParticipants, method);

    const sessionId = await this.sessions.manager.transaction(async (tx) => {
      const session = await tx.save(
        SessionEntity,
        tx.create(SessionEntity, {
          communityId,
          title: input.title,
          methodId: method.id,
          methodSource: source,
          methodSnapshot: method,
          startsAt,
          durationMinutes,
          mode,
          stepWindows: windows,
          timezone: SESSION_TIMEZONE,
          facilitatorId,
          presenterId,
          maxParticipants,
          videoUrl: input.videoUrl ?? null,
          notes: input.notes ?? '',
          status: 'scheduled',
          icsSequence: 0,
          createdBy: user.id,
        }),
      );
      // The facilitator and the presenter come: they hold the session.
      for (const id of [facilitatorId, presenterId]) if (id) await upsertRsvp(tx, session.id, id, 'yes', now);
      await this.reminders.plan(session, now, tx);
      await this.planClock(session.id, method, windows, tx);
      await this.audit.record(
        { actorId: user.id, action: 'session.scheduled', subjectType: 'session', subjectId: session.id, communityId, details: { methodId: method.id, source } },
        tx,
      );
      return session.id;
    });
    await this.mailer.invitations(sessionId, 'new');
    return this.get(user, sessionId);
  }

  async listForCommunity(user: UserEntity, communityId: string, query: SessionListQuery, now = this.clock.now()): Promise<SessionView[]> {
    await this.access.require(user, communityId, 'sessions.view');
    return this.list(user, `s.community_id = $1`, [communityId], query.when, now);
  }

  /** Across all my CoPs: upcoming first (soonest first), then past (most recent first). */
  async listMine(user: UserEntity, query: SessionListQuery, now = this.clock.now()): Promise<SessionView[]> {
    return this.list(user, `s.community_id IN (SELECT community_id FROM memberships WHERE user_id = $1)`, [user.id], query.when, now);
  }

  private async list(user: UserEntity, where: string, params: unknown[], when: 'upcoming' | 'past' | undefined, now: Date): Promise<SessionView[]> {
    const nowParam = `$${params.length + 1}`;
    const upcoming = UPCOMING_SQL.replaceAll('$NOW', nowParam);
    const filter = when === 'upcoming' ? `AND ${upcoming}` : when === 'past' ? `AND NOT ${upcoming}` : '';
    const rows: Array<{ id: string }> = await this.sessions.manager.query(
      `SELECT s.id FROM sessions s WHERE ${where} ${filter}
        ORDER BY ${upcoming} DESC,
                 CASE WHEN ${upcoming} THEN s.starts_at END ASC,
                 s.starts_at DESC
        LIMIT 200`,
      [...params, now],
    );
    if (rows.length === 0) return [];
    const entities = await this.sessions.findBy(rows.map((r) => ({ id: r.id })));
    const byId = new Map(entities.map((e) => [e.id, e]));
    return this.views.many(user, rows.map((r) => byId.get(r.id)).filter((s): s is SessionEntity => s !== undefined));
  }

  async get(user: UserEntity, sessionId: string): Promise<SessionView> {
    const { session } = await this.load(user, sessionId);
    return this.views.one(user, session);
  }

  async update(user: UserEntity, sessionId: string, input: UpdateSessionInput, now = this.clock.now()): Promise<SessionView> {
    const loaded = await this.load(user, sessionId);
    this.assertCanManage(user, loaded);
    assertNoDirectIdentifiers(input);
    let calendarChanged = false;
    let presenterChanged = false;
    await this.sessions.manager.transaction(async (tx) => {
      const session = await tx.findOneOrFail(SessionEntity, { where: { id: sessionId }, lock: { mode: 'pessimistic_write' } });
      assertScheduled(session);
      let method: Method = session.methodSnapshot;
      let source = session.methodSource;
      if (input.methodId !== undefined && input.methodId !== session.methodId) {
        ({ method, source } = await this.methods.resolve(session.communityId, input.methodId, tx));
      }
      const requestedStart = input.startsAt !== undefined ? new Date(input.startsAt) : session.startsAt;
      if (input.startsAt !== undefined && requestedStart.getTime() !== session.startsAt.getTime()) assertFuture(requestedStart, now);
      const mode = input.mode ?? session.mode;
      const methodChanged = input.methodId !== undefined && input.methodId !== session.methodId;
      const meetingMinutes =
        mode === 'async'
          ? 0
          : input.durationMinutes !== undefined || input.endsAt !== undefined
            ? resolveDuration(requestedStart, input, defaultMeetingMinutes(method, mode, input.windows))
            : methodChanged || mode !== session.mode || input.windows !== undefined
              ? defaultMeetingMinutes(method, mode, input.windows)
              : session.durationMinutes;
      // The plan is worked out again whenever something it depends on changes; unchanged, it stays as planned.
      const replan = input.mode !== undefined || input.windows !== undefined || input.startsAt !== undefined || input.durationMinutes !== undefined || input.endsAt !== undefined || methodChanged;
      const keptWindows = mode === session.mode && !methodChanged && input.startsAt === undefined && input.durationMinutes === undefined && input.endsAt === undefined ? session.stepWindows : undefined;
      const plan = replan
        ? resolvePlan(method, { mode, startsAt: requestedStart, meetingMinutes, windows: input.windows ?? keptWindows }, now)
        : { mode: session.mode, startsAt: session.startsAt, durationMinutes: session.durationMinutes, windows: session.stepWindows };
      const { startsAt, durationMinutes } = plan;
      const facilitatorId = input.facilitatorId ?? session.facilitatorId;
      const presenterId = input.presenterId !== undefined ? input.presenterId : session.presenterId;
      if (facilitatorId !== session.facilitatorId || presenterId !== session.presenterId) await this.assertRoles(session.communityId, facilitatorId, presenterId, tx);
      const maxParticipants = input.maxParticipants ?? session.maxParticipants;
      if (input.maxParticipants !== undefined || method !== session.methodSnapshot) assertGroupSize(maxParticipants, method);

      const changed: string[] = [];
      const next: Partial<SessionEntity> = {};
      const set = <K extends keyof SessionEntity>(key: K, value: SessionEntity[K], same: boolean) => {
        if (same) return;
        next[key] = value;
        changed.push(key);
      };
      set('title', input.title ?? session.title, (input.title ?? session.title) === session.title);
      set('methodId', method.id, method.id === session.methodId);
      set('methodSource', source, source === session.methodSource);
      set('methodSnapshot', method, method === session.methodSnapshot);
      set('startsAt', startsAt, startsAt.getTime() === session.startsAt.getTime());
      set('durationMinutes', durationMinutes, durationMinutes === session.durationMinutes);
      set('mode', plan.mode, plan.mode === session.mode);
      set('stepWindows', plan.windows, JSON.stringify(plan.windows) === JSON.stringify(session.stepWindows));
      set('facilitatorId', facilitatorId, facilitatorId === session.facilitatorId);
      set('presenterId', presenterId, presenterId === session.presenterId);
      set('maxParticipants', maxParticipants, maxParticipants === session.maxParticipants);
      set('videoUrl', input.videoUrl !== undefined ? input.videoUrl : session.videoUrl, input.videoUrl === undefined || input.videoUrl === session.videoUrl);
      set('notes', input.notes ?? session.notes, input.notes === undefined || input.notes === session.notes);
      if (changed.length === 0) return;

      calendarChanged = changed.some((key) => ['title', 'methodId', 'methodSnapshot', 'startsAt', 'durationMinutes', 'videoUrl', 'mode', 'stepWindows'].includes(key));
      if (calendarChanged) next.icsSequence = session.icsSequence + 1;
      presenterChanged = changed.includes('presenterId') && presenterId !== null;
      await tx.update(SessionEntity, { id: sessionId }, next as Parameters<EntityManager['update']>[2]);
      for (const id of [next.facilitatorId, next.presenterId]) if (id) await upsertRsvp(tx, sessionId, id, 'yes', now, true);
      if (changed.includes('presenterId')) {
        // The casus belongs to the inbrenger who wrote it: a new inbrenger starts empty.
        const removed = rowsOf(await tx.query(`DELETE FROM cases WHERE session_id = $1 RETURNING session_id`, [sessionId]));
        if (removed.length > 0) await this.audit.record({ actorId: user.id, action: 'case.discarded', subjectType: 'session', subjectId: sessionId, communityId: session.communityId, details: { reason: 'presenter_changed' } }, tx);
      }
      if (changed.includes('startsAt')) {
        await this.reminders.cancel(sessionId, 'session rescheduled', tx);
        await this.reminders.plan({ id: sessionId, startsAt }, now, tx);
      }
      // A job planned for the old first window finds nothing due when it runs and is skipped.
      if (changed.includes('stepWindows') || changed.includes('methodSnapshot')) await this.planClock(sessionId, method, plan.windows, tx);
      await this.audit.record({ actorId: user.id, action: 'session.updated', subjectType: 'session', subjectId: sessionId, communityId: session.communityId, details: { fields: changed } }, tx);
    });
    // A waiting live room takes the new presenter, facilitator or method at once (and keeps them).
    await this.accessChanges.publish({ kind: 'session-changed', sessionId });
    if (calendarChanged) await this.mailer.invitations(sessionId, 'updated');
    // A new inbrenger hears it, with the link to the casus editor (an updated invitation says so itself).
    else if (presenterChanged) await this.mailer.presenterAssigned(sessionId);
    return this.get(user, sessionId);
  }

  async cancel(user: UserEntity, sessionId: string): Promise<SessionView> {
    const loaded = await this.load(user, sessionId);
    this.assertCanManage(user, loaded);
    await this.sessions.manager.transaction(async (tx) => {
      const session = await tx.findOneOrFail(SessionEntity, { where: { id: sessionId }, lock: { mode: 'pessimistic_write' } });
      assertScheduled(session);
      await tx.update(SessionEntity, { id: sessionId }, { status: 'cancelled', icsSequence: session.icsSequence + 1 });
      await this.reminders.cancel(sessionId, 'session cancelled', tx);
      // A cancelled session never closes: its casus is purged after the retention period from now.
      await tx.query(
        `UPDATE cases SET purge_after = $3::timestamptz + make_interval(days => $2) WHERE session_id = $1 AND purged_at IS NULL`,
        [sessionId, loaded.community.caseRetentionDays, this.clock.now()],
      );
      await this.audit.record({ actorId: user.id, action: 'session.cancelled', subjectType: 'session', subjectId: sessionId, communityId: session.communityId }, tx);
    });
    await this.accessChanges.publish({ kind: 'session-changed', sessionId });
    await this.mailer.invitations(sessionId, 'cancelled');
    return this.get(user, sessionId);
  }

  async rsvp(user: UserEntity, sessionId: string, input: RsvpInput, now = this.clock.now()): Promise<SessionView> {
    const { session: found } = await this.load(user, sessionId);
    await this.access.require(user, found.communityId, 'sessions.rsvp');
    await this.sessions.manager.transaction(async (tx) => {
      // The row lock serialises RSVPs per session, so two last-seat "yes" answers cannot both win.
      const session = await tx.findOneOrFail(SessionEntity, { where: { id: sessionId }, lock: { mode: 'pessimistic_write' } });
      if (!isSessionOpen(session.status)) throw new DomainError('session_not_open');
      if (input.response === 'yes') {
        const current = await tx.findOne(SessionParticipantEntity, { where: { sessionId, userId: user.id } });
        if (current?.rsvp !== 'yes') {
          const yes = await tx.count(SessionParticipantEntity, { where: { sessionId, rsvp: 'yes' } });
          if (yes >= session.maxParticipants) throw new DomainError('session_full', undefined, { maxParticipants: session.maxParticipants });
        }
      }
      await upsertRsvp(tx, sessionId, user.id, input.response, now);
      await this.audit.record({ actorId: user.id, action: 'session.rsvp', subjectType: 'session', subjectId: sessionId, communityId: session.communityId, details: { response: input.response } }, tx);
    });
    // "No" takes a participant out of the live room and its boards at once; "yes" lets them in.
    await this.accessChanges.publish({ kind: 'session-changed', sessionId });
    return this.get(user, sessionId);
  }

  /** An asynchronous session (or a mixed one that starts in writing) is opened by the clock. */
  private async planClock(sessionId: string, method: Method, windows: SessionEntity['stepWindows'], tx: EntityManager): Promise<void> {
    const moment = firstClockMoment(method, windows);
    if (moment) await this.jobs.enqueue({ kind: CLOCK_JOB, runAt: new Date(moment.at), payload: { sessionId }, dedupeKey: clockJobKey(sessionId, moment) }, tx);
  }

  private assertCanManage(user: UserEntity, loaded: SessionAccessResult): void {
    const actor = { userId: user.id, relation: loaded.relation, isPlatformAdmin: user.isPlatformAdmin, rsvp: loaded.rsvp };
    if (!canManageSession(loaded.session, actor)) throw new DomainError('forbidden');
  }

  private async assertRoles(communityId: string, facilitatorId: string, presenterId: string | null, tx?: EntityManager): Promise<void> {
    if (presenterId !== null && presenterId === facilitatorId) throw new DomainError('presenter_is_facilitator');
    const ids = presenterId ? [facilitatorId, presenterId] : [facilitatorId];
    const rows: Array<{ user_id: string }> = await (tx ?? this.sessions.manager).query(
      `SELECT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.community_id = $1 AND m.user_id = ANY($2) AND u.deleted_at IS NULL`,
      [communityId, ids],
    );
    const members = new Set(rows.map((r) => r.user_id));
    if (!members.has(facilitatorId)) throw new DomainError('not_a_member', 'De gespreksleider is geen lid van deze CoP.', { field: 'facilitatorId' });
    if (presenterId && !members.has(presenterId)) throw new DomainError('not_a_member', 'De inbrenger is geen lid van deze CoP.', { field: 'presenterId' });
  }
}

async function upsertRsvp(tx: EntityManager, sessionId: string, userId: string, rsvp: RsvpResponse, now: Date, onlyIfUnanswered = false): Promise<void> {
  await tx.query(
    `INSERT INTO session_participants (session_id, user_id, rsvp, responded_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (session_id, user_id) DO ${onlyIfUnanswered ? `UPDATE SET rsvp = EXCLUDED.rsvp, responded_at = EXCLUDED.responded_at WHERE session_participants.rsvp <> 'yes'` : 'UPDATE SET rsvp = EXCLUDED.rsvp, responded_at = EXCLUDED.responded_at'}`,
    [sessionId, userId, rsvp, now],
  );
}

function assertFuture(startsAt: Date, now: Date): void {
  if (startsAt.getTime() <= now.getTime()) throw new DomainError('session_in_past', undefined, { startsAt: startsAt.toISOString() });
}

function assertScheduled(session: SessionEntity): void {
  if (session.status === 'live') throw new DomainError('session_not_open', 'Deze sessie is al begonnen en kan niet meer gewijzigd of geannuleerd worden.');
  if (session.status !== 'scheduled') throw new DomainError('session_not_open');
}

function assertGroupSize(maxParticipants: number, method: Method): void {
  if (maxParticipants < method.minGroupSize) {
    throw new DomainError(
      'max_participants_too_low',
      `De methode ${method.name.nl} heeft minstens ${method.minGroupSize} deelnemers nodig; het maximum is nu ${maxParticipants}.`,
      { minGroupSize: method.minGroupSize, maxParticipants },
    );
  }
}

/** The default length of the meeting: every step (live), the steps without a window (mixed). */
function defaultMeetingMinutes(method: Method, mode: 'live' | 'async' | 'mixed', windows: readonly { stepId: string }[] | undefined): number {
  if (mode !== 'mixed') return totalMinutes(method);
  return liveMinutes(method, windows ?? defaultAsyncStepIds(method).map((stepId) => ({ stepId })));
}

/** Duration from `durationMinutes`, or from `endsAt`, or the method's total. */
function resolveDuration(startsAt: Date, input: { durationMinutes?: number | undefined; endsAt?: string | undefined }, methodMinutes: number): number {
  const fromEnd = input.endsAt !== undefined ? (Date.parse(input.endsAt) - startsAt.getTime()) / 60_000 : undefined;
  const invalid = (message: string, path: string) => new DomainError('validation_failed', `De invoer is niet geldig: ${path}: ${message}`, { problems: [{ path, message }] });
  if (fromEnd !== undefined) {
    if (fromEnd <= 0) throw invalid('Het einde moet na het begin liggen.', 'endsAt');
    if (!Number.isInteger(fromEnd)) throw invalid('Plan het einde op een hele minuut.', 'endsAt');
    if (input.durationMinutes !== undefined && input.durationMinutes !== fromEnd) throw invalid('De duur en het einde spreken elkaar tegen.', 'durationMinutes');
  }
  const minutes = input.durationMinutes ?? fromEnd ?? methodMinutes;
  if (minutes <= 0) throw invalid('De duur moet meer dan 0 minuten zijn.', 'durationMinutes');
  if (minutes > SESSION_MAX_DURATION_MINUTES) throw invalid(`Een sessie duurt hoogstens ${SESSION_MAX_DURATION_MINUTES} minuten.`, 'durationMinutes');
  return minutes;
}

/**
 * A session's title and notes go into every invitation mail and calendar: they must never
 * carry a BSN, client number, e-mail address, phone number or postcode.
 */
function assertNoDirectIdentifiers(input: { title?: string; notes?: string }): void {
  const fields: Record<string, string> = {};
  if (input.title !== undefined) fields.title = input.title;
  if (input.notes !== undefined) fields.notes = input.notes;
  assertNoPrivacyFindings(fields, [], 'De titel of de notities', { directOnly: true });
}
