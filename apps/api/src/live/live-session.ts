import type { LeftStep, Method, RosterEntry, ScheduleStatus, SessionState, StepWindow } from '@mao/intervisie-method';
import type { SessionMode } from '@mao/domain';

export type { RosterEntry, ScheduleStatus } from '@mao/intervisie-method';

/**
 * One live session as this process holds it: the frozen method, the server-owned state,
 * and who may take part. Commands are applied one at a time through `queue`.
 */
export class LiveSession {
  queue: Promise<unknown> = Promise.resolve();
  /** The state before the last move to another step, for edits still on their way to its board (canWriteLate). */
  left: LeftStep | null = null;

  constructor(
    readonly id: string,
    readonly communityId: string,
    public title: string,
    public scheduleStatus: ScheduleStatus,
    public method: Method,
    public state: SessionState,
    /** Participants who are CoP members: facilitator, presenter, and members who said yes or maybe. */
    public roster: Map<string, RosterEntry>,
    /** Live, asynchronous or mixed, and the windows of the steps in writing (issue 16). */
    public mode: SessionMode = 'live',
    public windows: readonly StepWindow[] = [],
  ) {}

  /** Only the roster counts: someone removed from the CoP is out, whatever role the state still names. */
  isParticipant(userId: string): boolean {
    return this.roster.has(userId);
  }

  /**
   * Takes over what a fresh read of the database says, keeping this object (document grants
   * and sockets hold it, so they see the change at once).
   */
  refreshFrom(fresh: LiveSession, now: number): void {
    this.title = fresh.title;
    this.scheduleStatus = fresh.scheduleStatus;
    this.method = fresh.method;
    this.roster = fresh.roster;
    this.takeState(fresh.state, now);
    this.mode = fresh.mode;
    this.windows = fresh.windows;
  }

  /**
   * Takes a newer state, remembering the one before when the group moved to another step. A move by the schedule's clock (a
   * window of an asynchronous session closing) is a deadline announced beforehand: no edits after it (`lateEdits` false).
   */
  takeState(state: SessionState, now: number, lateEdits = true): void {
    if (state.currentStepId !== this.state.currentStepId) this.left = lateEdits ? { state: this.state, at: now } : null;
    this.state = state;
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
