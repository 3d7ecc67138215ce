import type { LocalizedText, Method, StepKind } from './types.js';

const MINUTE_MS = 60_000;

export function totalMinutes(method: Method): number {
  return method.steps.reduce((sum, step) => sum + step.timeboxMinutes, 0);
}

export interface AgendaItem {
  readonly index: number;
  readonly stepId: string;
  readonly kind: StepKind;
  readonly title: LocalizedText;
  readonly timeboxMinutes: number;
  /** Epoch milliseconds. */
  readonly startsAt: number;
  readonly endsAt: number;
}

/** The steps laid out back to back from a start time; clock formatting is the caller's choice. */
export function plannedAgenda(method: Method, startEpochMs: number): AgendaItem[] {
  let cursor = startEpochMs;
  return method.steps.map((step, index) => {
    const startsAt = cursor;
    cursor += step.timeboxMinutes * MINUTE_MS;
    return { index, stepId: step.id, kind: step.kind, title: step.title, timeboxMinutes: step.timeboxMinutes, startsAt, endsAt: cursor };
  });
}

/**
 * "HH:mm" on the wall clock of an IANA time zone; sessions are planned in Dutch time.
 * An unknown zone throws a RangeError (from Intl): that is a programming error, not input.
 */
export function formatClockTime(epochMs: number, timeZone = 'Europe/Amsterdam'): string {
  const parts = new Intl.DateTimeFormat('nl-NL', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(
    new Date(epochMs),
  );
  const hour = parts.find((part) => part.type === 'hour')?.value ?? '00';
  const minute = parts.find((part) => part.type === 'minute')?.value ?? '00';
  return `${hour}:${minute}`;
}
