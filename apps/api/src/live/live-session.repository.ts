import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock.js';
import { CLOCK_ACTOR, createSessionState, type Method, type SessionEvent, type SessionState } from '@mao/intervisie-method';
import { LiveSession, type RosterEntry, type ScheduleStatus } from './live-session.js';
import type { SessionMode } from '@mao/domain';
import type { StoredStepWindow } from '../sessions/session.entity.js';
import { toStepWindows } from '../sessions/session-plan.js';

interface SessionRow {
  id: string;
  community_id: string;
  title: string;
  status: ScheduleStatus;
  method_snapshot: Method;
  live_state: SessionState | null;
  facilitator_id: string | null;
  presenter_id: string | null;
  mode: SessionMode;
  step_windows: StoredStepWindow[];
}

/**
 * Loads and stores live sessions: the one writer of a session's live state. Scheduling (REST)
 * is the authority on who facilitates and presents; the live state takes those ids from the
 * row whenever it is read, and a save writes the ids back only when a live command changed
 * them (a hand-over in the room) — so a change made over REST is never reverted.
 */
@Injectable()
export class LiveSessionRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async load(sessionId: string): Promise<LiveSession | null> {
    const [row]: SessionRow[] = await this.dataSource.query(
      `SELECT id, community_id, title, status, method_snapshot, live_state, facilitator_id, presenter_id, mode, step_windows FROM sessions WHERE id = $1`,
      [sessionId],
    );
    if (!row) return null;
    let state = row.live_state;
    if (!state) {
      const created = createSessionState(row.method_snapshot, { facilitatorId: row.facilitator_id, presenterId: row.presenter_id });
      if (!created.ok) return null;
      state = created.state;
    } else if (state.facilitatorId !== row.facilitator_id || state.presenterId !== row.presenter_id) {
      state = { ...state, facilitatorId: row.facilitator_id, presenterId: row.presenter_id };
    }
    return new LiveSession(row.id, row.community_id, row.title, row.status, row.method_snapshot, state, await this.roster(sessionId), row.mode, toStepWindows(row.step_windows));
  }

  /**
   * Who takes part, as members of the CoP now: the facilitator, the presenter and confirmed
   * seats ("yes"). A "maybe" confirms first — the boards retell the casus, which only confirmed
   * seats may read — and someone who left the CoP is out, whatever role they had.
   */
  async roster(sessionId: string): Promise<Map<string, RosterEntry>> {
    const rows: Array<{ id: string; name: string; background: RosterEntry['background'] }> = await this.dataSource.query(
      `SELECT u.id, u.name, u.background FROM users u
        WHERE u.deleted_at IS NULL AND u.id IN (
          SELECT user_id FROM session_participants WHERE session_id = $1 AND rsvp = 'yes'
          UNION SELECT facilitator_id FROM sessions WHERE id = $1 AND facilitator_id IS NOT NULL
          UNION SELECT presenter_id FROM sessions WHERE id = $1 AND presenter_id IS NOT NULL)
          AND u.id IN (SELECT m.user_id FROM memberships m JOIN sessions s ON s.community_id = m.community_id WHERE s.id = $1)`,
      [sessionId],
    );
    return new Map(rows.map((row) => [row.id, { userId: row.id, name: row.name, background: row.background }]));
  }

  /**
   * Stores a new state if nobody else changed it meanwhile (compare-and-set on the revision),
   * together with its transitions, in one transaction. False means: reload and try again.
   */
  async save(session: LiveSession, previous: SessionState, next: SessionState, status: ScheduleStatus, events: readonly SessionEvent[]): Promise<boolean> {
    const rolesChanged = next.facilitatorId !== previous.facilitatorId || next.presenterId !== previous.presenterId;
    return this.dataSource.transaction(async (tx) => {
      const result = await tx.query(
        `UPDATE sessions SET live_state = $2, status = $3,
                started_at = CASE WHEN $3 = 'live' AND started_at IS NULL THEN $5::timestamptz ELSE started_at END,
                closed_at = CASE WHEN $3 = 'closed' AND closed_at IS NULL THEN $5::timestamptz ELSE closed_at END,
                facilitator_id = CASE WHEN $6 THEN $7::uuid ELSE facilitator_id END,
                presenter_id = CASE WHEN $6 THEN $8::uuid ELSE presenter_id END,
                updated_at = $5::timestamptz
          WHERE id = $1 AND COALESCE((live_state->>'revision')::int, 0) = $4 AND status IN ('scheduled', 'live')
          RETURNING id`,
        [session.id, JSON.stringify(next), status, previous.revision, this.clock.now(), rolesChanged, next.facilitatorId, next.presenterId],
      );
      const updated = Array.isArray(result[0]) ? result[0] : result;
      if (updated.length !== 1) return false;
      for (const event of events) {
        const { type, at, by, ...payload } = event;
        await tx.query(
          `INSERT INTO session_transitions (session_id, revision, at, actor_id, type, payload) VALUES ($1, $2, to_timestamp($3 / 1000.0), $4, $5, $6)`,
          // The schedule's clock is nobody: its transitions have no actor.
          [session.id, next.revision, at, by === CLOCK_ACTOR ? null : by, type, JSON.stringify(payload)],
        );
      }
      return true;
    });
  }
}
