/**
 * The api's one source of "now". Scheduling, reminders, the casus purge, the harvest, invitations,
 * login sessions and the live timers read it, so a test sets the time instead of waiting for it
 * (and no test depends on the day it runs). Production uses `SystemClock`.
 */
export abstract class Clock {
  abstract now(): Date;

  nowMs(): number {
    return this.now().getTime();
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/**
 * A clock a test controls. It follows the wall clock until a test calls `set`; from then on it
 * stands still at that moment and moves only with `advance` (or another `set`).
 */
export class TestClock extends Clock {
  private fixed: number | null = null;

  now(): Date {
    return new Date(this.fixed ?? Date.now());
  }

  set(at: Date | string): void {
    const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
    if (Number.isNaN(ms)) throw new Error(`TestClock.set: not a date: ${String(at)}`);
    this.fixed = ms;
  }

  advance(ms: number): void {
    this.fixed = (this.fixed ?? Date.now()) + ms;
  }

  /** Back to the wall clock. */
  release(): void {
    this.fixed = null;
  }
}
