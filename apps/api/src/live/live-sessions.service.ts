import { Clock } from '../common/clock.js';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { reduce, type SessionEvent, type SessionState } from '@mao/intervisie-method';
import { LOGGER } from '../common/logger.js';
import { LiveSessionRepository } from './live-session.repository.js';
import { LiveSession, scheduleStatusOf } from './live-session.js';

export type CommandOutcome = { ok: true; state: SessionState; events: readonly SessionEvent[] } | { ok: false; error: string };

export interface LiveSessionListener {
  onStateChanged(session: LiveSession, events: readonly SessionEvent[]): void;
}

const MAX_CAS_RETRIES = 5;

/**
 * The use cases of a live session: the server owns the state, applies every command with the
 * pure reducer, persists it (a restarted server resumes exactly there) with its transitions,
 * and tells the listeners (the socket.io gateway, the harvest) what changed.
 */
@Injectable()
export class LiveSessionsService {
  private readonly sessions = new Map<string, Promise<LiveSession | null>>();
  private readonly listeners = new Set<LiveSessionListener>();

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
      session.then((loaded) => loaded ?? this.sessions.delete(sessionId)).catch(() => this.sessions.delete(sessionId));
    }
    return session;
  }

  /** The session if this process already holds it (never loads). */
  peek(sessionId: string): Promise<LiveSession | null> | undefined {
    return this.sessions.get(sessionId);
  }

  /** Drops the cached copy so the next use reads the database (scheduling changed the session). */
  forget(sessionId: string): void {
    this.sessions.delete(sessionId);
  }

  /** Re-reads the roster (an RSVP changed who may join). */
  async refreshRoster(sessionId: string): Promise<void> {
    const session = await this.sessions.get(sessionId);
    if (session) session.roster = await this.repository.roster(sessionId);
  }

  /** Applies one command; commands on one session run strictly one after another. */
  apply(session: LiveSession, actorId: string, command: unknown, actorMayTakeOver = false): Promise<CommandOutcome> {
    const run = session.queue.then(() => this.applyNow(session, actorId, command, actorMayTakeOver));
    session.queue = run.catch(() => undefined);
    return run;
  }

  private async applyNow(session: LiveSession, actorId: string, command: unknown, actorMayTakeOver: boolean): Promise<CommandOutcome> {
    if (session.scheduleStatus === 'cancelled') return { ok: false, error: 'session_not_open' };
    for (let attempt = 0; attempt < MAX_CAS_RETRIES; attempt++) {
      const result = reduce(session.state, command, { now: this.clock.nowMs(), actorId, method: session.method, actorMayTakeOver });
      if (!result.ok) return result;
      const status = scheduleStatusOf(result.state, session.scheduleStatus);
      if (await this.repository.save(session, session.state.revision, result.state, status, result.events)) {
        session.state = result.state;
        session.scheduleStatus = status;
        for (const listener of this.listeners) listener.onStateChanged(session, result.events);
        return result;
      }
      // Another api process moved the session on: take its state and apply the command to that.
      const fresh = await this.repository.load(session.id);
      if (!fresh) return { ok: false, error: 'not_found' };
      session.state = fresh.state;
      session.scheduleStatus = fresh.scheduleStatus;
      session.roster = fresh.roster;
      if (fresh.scheduleStatus === 'closed' || fresh.scheduleStatus === 'cancelled') return { ok: false, error: 'already_ended' };
    }
    this.logger.warn({ sessionId: session.id }, 'live command gave up after repeated concurrent changes');
    return { ok: false, error: 'conflict' };
  }

  /** Adopts a state another process stored (relayed over socket.io's Redis adapter). */
  adopt(session: LiveSession, state: SessionState): void {
    if (state.revision > session.state.revision) {
      session.state = state;
      session.scheduleStatus = scheduleStatusOf(state, session.scheduleStatus);
    }
  }
}
