import { timeRemaining, type SessionState } from '@mao/intervisie-method';

/**
 * Server time on this device. Timers are deadlines in server time; a device whose clock runs
 * ahead or behind would otherwise show the wrong remaining time. `offset` = server − client.
 */

export interface ClockSample {
  /** Client time when the request left. */
  sentAt: number;
  /** Client time when the answer came back. */
  receivedAt: number;
  /** Server time in the answer. */
  serverNow: number;
}

/** NTP style: the server read its clock halfway through the round trip. */
export function offsetOf(sample: ClockSample): number {
  return sample.serverNow - (sample.sentAt + sample.receivedAt) / 2;
}

/** The offset from the sample with the shortest round trip (the least uncertain); 0 without samples. */
export function estimateOffset(samples: readonly ClockSample[]): number {
  let best: ClockSample | undefined;
  for (const sample of samples) {
    const roundTrip = sample.receivedAt - sample.sentAt;
    if (roundTrip < 0) continue;
    if (!best || roundTrip < best.receivedAt - best.sentAt) best = sample;
  }
  return best ? Math.round(offsetOf(best)) : 0;
}

/** "4:05", "12:00", "1:02:03": minutes and seconds, hours only when needed. Rounds up, so 0:00 means time is up. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/** Spoken form for screen readers: whole minutes, or seconds in the last minute. */
export function spokenDuration(ms: number): { minutes: number; seconds: number } {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  return { minutes: Math.floor(totalSeconds / 60), seconds: totalSeconds % 60 };
}

export type TimerMode = 'idle' | 'running' | 'overtime' | 'paused' | 'paused-overtime';

export interface TimerView {
  mode: TimerMode;
  /** Time left, or time over when in overtime. */
  ms: number;
  text: string;
}

/** What the timer shows now, given the device clock and the offset to the server clock. */
export function timerView(state: SessionState, clientNow: number, offsetMs: number): TimerView {
  const { remainingMs, overtimeMs, running } = timeRemaining(state, clientNow + offsetMs);
  if (state.status === 'paused') {
    return overtimeMs > 0
      ? { mode: 'paused-overtime', ms: overtimeMs, text: formatDuration(overtimeMs) }
      : { mode: 'paused', ms: remainingMs, text: formatDuration(remainingMs) };
  }
  if (!running) return { mode: 'idle', ms: 0, text: formatDuration(0) };
  if (remainingMs > 0) return { mode: 'running', ms: remainingMs, text: formatDuration(remainingMs) };
  return { mode: 'overtime', ms: overtimeMs, text: formatDuration(overtimeMs) };
}
