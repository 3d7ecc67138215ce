import type { Perspective } from '@mao/domain';

interface EventBase {
  /** Server time of the transition, epoch milliseconds. */
  readonly at: number;
  /** The user whose command caused it. */
  readonly by: string;
}

/** `clock`: a window closed (asynchronous or mixed session) and the schedule moved the session on. */
export type StepChangeReason = 'advance' | 'back' | 'jump' | 'clock';

/** One record per transition, for broadcasting and for the audit trail. */
export type SessionEvent =
  | (EventBase & { readonly type: 'session_started'; readonly stepId: string; readonly deadline: number })
  | (EventBase & {
      readonly type: 'step_changed';
      readonly from: string;
      readonly to: string;
      readonly fromIndex: number;
      readonly toIndex: number;
      readonly reason: StepChangeReason;
      /** Null while paused: the new step's clock starts on resume. */
      readonly deadline: number | null;
      /** Hands still up when the step changed; they are lowered with it. */
      readonly loweredHands: readonly string[];
    })
  | (EventBase & { readonly type: 'session_paused'; readonly stepId: string; readonly remainingMs: number; readonly overtimeMs: number })
  | (EventBase & { readonly type: 'session_resumed'; readonly stepId: string; readonly deadline: number })
  | (EventBase & {
      readonly type: 'timer_set' | 'timer_extended';
      readonly stepId: string;
      /** The duration set, or the time added. */
      readonly durationMs: number;
      readonly deadline: number | null;
      readonly remainingMs: number;
      readonly overtimeMs: number;
    })
  | (EventBase & { readonly type: 'drafts_revealed'; readonly stepId: string })
  | (EventBase & { readonly type: 'hand_raised' | 'hand_lowered'; readonly userId: string })
  | (EventBase & { readonly type: 'ready_marked' | 'ready_unmarked'; readonly stepId: string; readonly userId: string })
  | (EventBase & { readonly type: 'presenter_assigned'; readonly from: string | null; readonly to: string | null })
  | (EventBase & {
      readonly type: 'facilitator_assigned';
      readonly from: string | null;
      readonly to: string;
      /** True when the facilitator passed the role on during the session. */
      readonly handover: boolean;
    })
  | (EventBase & { readonly type: 'perspective_assigned'; readonly userId: string; readonly perspective: Perspective | null })
  | (EventBase & { readonly type: 'helper_assigned'; readonly role: 'timekeeper' | 'notetaker'; readonly from: string | null; readonly to: string | null })
  | (EventBase & { readonly type: 'participant_joined' | 'participant_left'; readonly userId: string })
  | (EventBase & { readonly type: 'session_ended'; readonly stepId: string });

export type SessionEventType = SessionEvent['type'];
