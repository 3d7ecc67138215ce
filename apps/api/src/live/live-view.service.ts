import { Injectable } from '@nestjs/common';
import type { Method, SessionEvent, SessionState } from '@mao/intervisie-method';
import type { LiveSession, RosterEntry, ScheduleStatus } from './live-session.js';

export interface LiveView {
  session: { id: string; communityId: string; title: string; status: ScheduleStatus };
  method: Method;
  state: SessionState;
  roster: RosterEntry[];
  me: { userId: string };
  /** Server clock at send time, epoch ms: clients correct timers for their clock offset. */
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

@Injectable()
export class LiveViewService {
  async view(session: LiveSession, userId: string): Promise<LiveView> {
    return {
      session: { id: session.id, communityId: session.communityId, title: session.title, status: session.scheduleStatus },
      method: session.method,
      state: session.state,
      roster: [...session.roster.values()],
      me: { userId },
      serverNow: Date.now(),
    };
  }

  stateMessage(session: LiveSession, events: readonly SessionEvent[]): StateMessage {
    return { sessionId: session.id, status: session.scheduleStatus, state: session.state, events, roster: [...session.roster.values()], serverNow: Date.now() };
  }
}
