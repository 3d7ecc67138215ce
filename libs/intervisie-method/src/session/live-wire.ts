import type { Background, SessionMode } from '@mao/domain';
import type { StepWindow } from '../schedule/windows.js';
import type { Method } from '../method/types.js';
import type { SessionEvent } from './events.js';
import type { SessionState } from './state.js';

/**
 * The socket.io `/live` contract: what the api sends and the web reads. One definition for
 * both sides (types only; the api builds these, the web renders them).
 */
export type ScheduleStatus = 'scheduled' | 'live' | 'closed' | 'cancelled';

export interface RosterEntry {
  userId: string;
  name: string;
  background: Background | null;
}

/** The acknowledgement of `join`: everything a client needs to render the room. */
export interface LiveView {
  /**
   * `mode` and `windows` (issue 16): how the session runs and when its steps in writing are open
   * (epoch ms). Optional: a live session has none.
   */
  session: { id: string; communityId: string; title: string; status: ScheduleStatus; mode?: SessionMode; windows?: readonly StepWindow[] };
  method: Method;
  state: SessionState;
  roster: RosterEntry[];
  me: { userId: string };
  /** Server clock at send time, epoch ms: clients correct timers for their clock offset. */
  serverNow: number;
}

/** Emitted as `state` to the session's room after every accepted command. */
export interface LiveStateMessage {
  sessionId: string;
  status: ScheduleStatus;
  state: SessionState;
  events: readonly SessionEvent[];
  roster: RosterEntry[];
  serverNow: number;
}
