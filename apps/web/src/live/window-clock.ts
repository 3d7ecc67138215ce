import { windowOf, type StepWindow } from '@mao/intervisie-method';
import type { LiveView } from './types';

const TIME_ZONE = 'Europe/Amsterdam';

/** The current step's window, if the session runs it in writing (asynchronous or mixed). */
export function currentWindow(view: LiveView): StepWindow | undefined {
  if (view.state.status !== 'running' && view.state.status !== 'paused') return undefined;
  return windowOf(view.session.windows, view.state.currentStepId);
}

/** "wo 10 mrt 09:00" / "Wed 10 Mar 09:00" on the Dutch clock, whatever the device's zone. */
export function windowMoment(ms: number, locale: 'nl' | 'en'): string {
  const parts = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  }).formatToParts(new Date(ms));
  const part = (type: Intl.DateTimeFormatPartTypes) => (parts.find((candidate) => candidate.type === type)?.value ?? '').replace(/\.$/, '');
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('hour')}:${part('minute')}`;
}

/** Whole days and hours until a close (never negative). */
export function timeLeft(closesAt: number, now: number): { days: number; hours: number } {
  const hours = Math.max(0, Math.floor((closesAt - now) / 3_600_000));
  return { days: Math.floor(hours / 24), hours: hours % 24 };
}
