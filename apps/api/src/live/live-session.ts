import type { Method, RosterEntry, ScheduleStatus, SessionState } from '@mao/intervisie-method';

export type { RosterEntry, ScheduleStatus } from '@mao/intervisie-method';

/**
 * One live session as this process holds it: the frozen method, the server-owned state,
 * and who may take part. Commands are applied one at a time through `queue`.
 */
export class LiveSession {
  queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly id: string,
    readonly communityId: string,
    readonly title: string,
    public scheduleStatus: ScheduleStatus,
    readonly method: Method,
    public state: SessionState,
    /** Participants: facilitator, presenter, and members who said yes or maybe. */
    public roster: Map<string, RosterEntry>,
  ) {}

  isParticipant(userId: string): boolean {
    return this.roster.has(userId) || userId === this.state.facilitatorId || userId === this.state.presenterId;
  }
}

/** The schedule status a state machine status corresponds to. */
export function scheduleStatusOf(state: SessionState, previous: ScheduleStatus): ScheduleStatus {
  if (previous === 'cancelled') return 'cancelled';
  switch (state.status) {
    case 'lobby':
      return previous === 'live' ? 'live' : 'scheduled';
    case 'running':
    case 'paused':
      return 'live';
    case 'ended':
      return 'closed';
  }
}
