import type { Background } from '@mao/domain';
import type { Method, SessionEvent, SessionState } from '@mao/intervisie-method';

/**
 * The socket.io `/live` contract as the api sends it (apps/api/src/live). Kept here as plain
 * types: the web only reads these shapes, the api owns them.
 */
export type ScheduleStatus = 'scheduled' | 'live' | 'closed' | 'cancelled';

export interface RosterEntry {
  userId: string;
  name: string;
  background: Background | null;
}

export interface LiveView {
  session: { id: string; communityId: string; title: string; status: ScheduleStatus };
  method: Method;
  state: SessionState;
  roster: RosterEntry[];
  me: { userId: string };
  serverNow: number;
}

export interface StateMessage {
  sessionId: string;
  status: ScheduleStatus;
  state: SessionState;
  events: readonly SessionEvent[];
  roster: RosterEntry[];
  serverNow: number;
}

export interface AckError {
  code: string;
  message: string;
}

export type CommandAck = { ok: true } | { error: AckError };
export type JoinAck = { ok: true; view: LiveView } | { error: AckError };

/** A command as sent over the wire, without the session id (the hook adds it). */
export type LiveCommand = { type: string } & Record<string, unknown>;
