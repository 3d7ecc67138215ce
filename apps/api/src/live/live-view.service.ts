import { Clock } from '../common/clock.js';
import { Injectable } from '@nestjs/common';
import type { LiveStateMessage, LiveView, SessionEvent } from '@mao/intervisie-method';
import type { LiveSession } from './live-session.js';

export type StateMessage = LiveStateMessage;

@Injectable()
export class LiveViewService {
  constructor(private readonly clock: Clock) {}

  async view(session: LiveSession, userId: string): Promise<LiveView> {
    return {
      session: { id: session.id, communityId: session.communityId, title: session.title, status: session.scheduleStatus, mode: session.mode, windows: session.windows },
      method: session.method,
      state: session.state,
      roster: [...session.roster.values()],
      me: { userId },
      serverNow: this.clock.nowMs(),
    };
  }

  stateMessage(session: LiveSession, events: readonly SessionEvent[]): StateMessage {
    return { sessionId: session.id, status: session.scheduleStatus, state: session.state, events, roster: [...session.roster.values()], serverNow: this.clock.nowMs() };
  }
}
