import type { LiveStateMessage, LiveView } from '@mao/intervisie-method';

/** The `/live` contract is defined once, in @mao/intervisie-method (session/live-wire.ts). */
export type { LiveView, RosterEntry, ScheduleStatus } from '@mao/intervisie-method';
export type StateMessage = LiveStateMessage;

export interface AckError {
  code: string;
  message: string;
}

export type CommandAck = { ok: true } | { error: AckError };
export type JoinAck = { ok: true; view: LiveView } | { error: AckError };

/** A command as sent over the wire, without the session id (the hook adds it). */
export type LiveCommand = { type: string } & Record<string, unknown>;
