/**
 * The web tests' "now": Friday 20 November 2026, 10:00 in Amsterdam. `setup.ts` fixes the clock
 * (only `Date`; timers stay real so Testing Library's waits work) before every test, so a test's
 * idea of "upcoming", "today" and "past" never depends on the day the suite happens to run.
 * Fixtures are dated relative to it: the demo session (`sessions/test-fixtures.ts`) starts eleven
 * days later, on Tuesday 1 December 2026; the closed one lies a year before it.
 */
export const FIXED_NOW = new Date('2026-11-20T09:00:00.000Z');

export const daysFromNow = (days: number, at: Date = FIXED_NOW) => new Date(at.getTime() + days * 86_400_000);
