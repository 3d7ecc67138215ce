import { windowOf, type StepWindow } from '@mao/intervisie-method';
import type { LiveView } from './types';

/** The current step's window, if the session runs it in writing (asynchronous or mixed). */
export function currentWindow(view: LiveView): StepWindow | undefined {
  if (view.state.status !== 'running' && view.state.status !== 'paused') return undefined;
  return windowOf(view.session.windows, view.state.currentStepId);
}

/** Whole days and hours until a close (never negative). */
export function timeLeft(closesAt: number, now: number): { days: number; hours: number } {
  const hours = Math.max(0, Math.floor((closesAt - now) / 3_600_000));
  return { days: Math.floor(hours / 24), hours: hours % 24 };
}
