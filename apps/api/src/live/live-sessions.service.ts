import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { CLOCK_ACTOR, reduce, type SessionEvent, type SessionState } from '@mao/intervisie-method';
import { Clock } from '../common/clock.js';
import { LOGGER } from '../common/logger.js';
import { LiveSessionRepository } from './live-session.repository.js';
import { LiveSession, scheduleStatusOf } from './live-session.js';

export type CommandOutcome = { ok: true; state: SessionState; events: readonly SessionEvent[] } | { ok: false; error: string };

export interface LiveSessionListener {
  onStateChanged(session: LiveSession, events: readonly SessionEvent[]): void;
  /** The session was re-read after an access change: who takes part may differ now. */
  onRefreshed?(session: LiveSession): void;
}

const MAX_CAS_RETRIES = 5;
/** Live commands per person per session: a facilitator clicking fast stays far below this; a script does not. */
export const COMMANDS_PER_WINDOW = 30;
export const COMMAND_WINDOW_SECONDS = 10;
/** Commands that seat someone in a role: the person must take part in the session (be a CoP member on its roster). */
const ROLE_TARGETS: Readonly<Record<string, readonly string[]>> = {
  assignPresenter: ['userId'],
  assignFacilitator: ['userId'],
  handOverFacilitation: ['userId'],
  rotateRoles: ['presenterId', 'facilitatorId'],
  assignPerspective: ['userId'],
  assignHelper: ['userId'],
};

/**
 * The use cases of a live session: the server owns the state, applies every command with the
 * pure reducer, persists it (a restarted server resumes exactly there) with its transitions,
 * and tells the listeners (the socket.io gateway, the harvest) what changed. When scheduling,
 * membership or an RSVP changes, `refresh` re-reads the session in place.
 */
@Injectable()
export class LiveSessionsService {
  private readonly sessions = new Map<string, Promise<LiveSession | null>>();
  /** The sessions loaded so far, for lookups by CoP or person. */
  private readonly held = new Map<string, LiveSession>();
  private readonly refreshing = new Map<string, Promise<void>>();
  private readonly listeners = new Set<LiveSessionListener>();
  private readonly commandLimiter = new RateLimiterMemory({ keyPrefix: 'live-command', points: COMMANDS_PER_WINDOW, duration: COMMAND_WINDOW_SECONDS });

  constructor(
    private readonly repository: LiveSessionRepository,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly clock: Clock,
  ) {}

  addListener(listener: LiveSessionListener): void {
    this.listeners.add(listener);
  }

  /** The session as this process holds it, loaded on first use. */
  get(sessionId: string): Promise<LiveSession | null> {
    let session = this.sessions.get(sessionId);
    if (!session) {
      session = this.repository.load(sessionId);
      this.sessions.set(sessionId, session);
      session
        .then((loaded) => {
          if (loaded) this.held.set(sessionId, loaded);
          else this.sessions.delete(sessionId);
        })
        .catch(() => this.sessions.delete(sessionId));
    }
    return session;
  }

  /** The session if this process already holds it (never loads). */
  peek(sessionId: string): Promise<LiveSession | null> | undefined {
    return this.sessions.get(sessionId);
  }

  /** Sessions of a CoP this process holds (a membership changed there). */
  heldSessionsOf(communityId: string): string[] {
    return [...this.held.values()].filter((session) => session.communityId === communityId).map((session) => session.id);
  }

  /** Sessions this process holds in which this user takes part. */
  heldSessionsWith(userId: string): string[] {
    return [...this.held.values()].filter((session) => session.roster.has(userId)).map((session) => session.id);
  }

  /**
   * Re-reads a held session in place (scheduling, membership or an RSVP changed): roster,
   * roles, method and status. Concurrent calls for one session share one read.
   */
  refresh(sessionId: string): Promise<void> {
    const running = this.refreshing.get(sessionId);
    if (running) return running;
    const run = this.refreshNow(sessionId).finally(() => this.refreshing.delete(sessionId));
    this.refreshing.set(sessionId, run);
    return run;
  }

  private async refreshNow(sessionId: string): Promise<void> {
    const cached = this.sessions.get(sessionId);
    if (!cached) return;
    const session = await cached.catch(() => null);
    if (!session) return;
    // Queued behind commands, so a refresh never interleaves with a command's compare-and-set.
    const run = session.queue.then(async () => {
      const fresh = await this.repository.load(sessionId);
      if (!fresh) {
        session.roster = new Map();
        session.scheduleStatus = 'cancelled';
      } else session.refreshFrom(fresh, this.clock.nowMs());
    });
    session.queue = run.catch(() => undefined);
    await run;
    for (const listener of this.listeners) listener.onRefreshed?.(session);
  }

  /** Applies one command; commands on one session run strictly one after another. */
  async apply(session: LiveSession, actorId: string, command: unknown, actorMayTakeOver = false): Promise<CommandOutcome> {
    try {
      await this.commandLimiter.consume(`${session.id}:${actorId}`);
    } catch {
      return { ok: false, error: 'rate_limited' };
    }
    const run = session.queue.then(() => this.applyNow(session, actorId, command, actorMayTakeOver));
    session.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * A command of the schedule's clock (a window opened or closed in an asynchronous or mixed
   * session): no person, no rate limit, queued behind the people's commands like any other.
   */
  async applyByClock(session: LiveSession, command: unknown): Promise<CommandOutcome> {
    const run = session.queue.then(() => this.applyNow(session, CLOCK_ACTOR, command, false));
    session.queue = run.catch(() => undefined);
    return run;
  }

  private async applyNow(session: LiveSession, actorId: string, command: unknown, actorMayTakeOver: boolean): Promise<CommandOutcome> {
    if (session.scheduleStatus === 'cancelled') return { ok: false, error: 'session_not_open' };
    if (actorId !== CLOCK_ACTOR && !session.isParticipant(actorId)) return { ok: false, error: 'not_participant' };
    const targetError = this.checkTargets(session, command);
    if (targetError) return { ok: false, error: targetError };
    for (let attempt = 0; attempt < MAX_CAS_RETRIES; attempt++) {
      const previous = session.state;
      const backgrounds = [...session.roster.values()].map((entry) => ({ userId: entry.userId, background: entry.background ?? 'anders' }));
      const now = this.clock.nowMs();
      const result = reduce(previous, command, { now, actorId, method: session.method, actorMayTakeOver, backgrounds, windows: session.windows, byClock: actorId === CLOCK_ACTOR });
      if (!result.ok) return result;
      const status = scheduleStatusOf(result.state, session.scheduleStatus);
      if (await this.repository.save(session, previous, result.state, status, result.events)) {
        session.takeState(result.state, now, actorId !== CLOCK_ACTOR);
        session.scheduleStatus = status;
        for (const listener of this.listeners) listener.onStateChanged(session, result.events);
        return result;
      }
      // Another api process moved the session on: take its state and apply the command to that.
      const fresh = await this.repository.load(session.id);
      if (!fresh) return { ok: false, error: 'not_found' };
      session.refreshFrom(fresh, this.clock.nowMs());
      if (fresh.scheduleStatus === 'closed' || fresh.scheduleStatus === 'cancelled') return { ok: false, error: 'already_ended' };
    }
    this.logger.warn({ sessionId: session.id }, 'live command gave up after repeated concurrent changes');
    return { ok: false, error: 'conflict' };
  }

  /** A role can only go to someone on the session's roster (a member of the CoP taking part). */
  private checkTargets(session: LiveSession, command: unknown): string | null {
    if (typeof command !== 'object' || command === null) return null;
    const fields = ROLE_TARGETS[String((command as { type?: unknown }).type)];
    for (const field of fields ?? []) {
      const target = (command as Record<string, unknown>)[field];
      if (target === null || target === undefined) continue;
      if (typeof target !== 'string' || !session.isParticipant(target)) return 'not_participant';
    }
    return null;
  }

  /** Adopts a state another process stored (relayed over socket.io's Redis adapter). */
  adopt(session: LiveSession, state: SessionState): void {
    if (state.revision > session.state.revision) {
      // Who moved is not relayed: a session with windows may have moved by its clock, so only a live one keeps late edits.
      session.takeState(state, this.clock.nowMs(), session.mode === 'live');
      session.scheduleStatus = scheduleStatusOf(state, session.scheduleStatus);
    }
  }
}
