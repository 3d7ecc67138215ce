import { describe, expect, it } from 'vitest';
import { metAndereOgen } from '../methods/met-andere-ogen.js';
import { formatClockTime, plannedAgenda, totalMinutes } from './agenda.js';

const MINUTE = 60_000;

describe('totalMinutes', () => {
  it('adds up the timeboxes', () => {
    expect(totalMinutes(metAndereOgen)).toBe(85);
  });
});

describe('plannedAgenda', () => {
  const start = Date.UTC(2025, 2, 14, 13, 0); // Friday 14 March 2025, 14:00 in Amsterdam (CET)
  const agenda = plannedAgenda(metAndereOgen, start);

  it('lays the steps out back to back', () => {
    expect(agenda).toHaveLength(metAndereOgen.steps.length);
    expect(agenda[0]).toMatchObject({ index: 0, stepId: 'terugblik', startsAt: start, endsAt: start + 10 * MINUTE });
    agenda.slice(1).forEach((item, index) => expect(item.startsAt).toBe(agenda[index]?.endsAt));
    expect(agenda.at(-1)?.endsAt).toBe(start + 85 * MINUTE);
  });

  it('formats clock times in Amsterdam', () => {
    expect(agenda.map((item) => formatClockTime(item.startsAt))).toEqual([
      '14:00', '14:10', '14:15', '14:20', '14:35', '14:40', '14:55', '15:05', '15:10', '15:20',
    ]);
    expect(formatClockTime(agenda.at(-1)?.endsAt ?? 0)).toBe('15:25');
  });
});

describe('formatClockTime', () => {
  it.each([
    [Date.UTC(2025, 0, 15, 8, 5), 'Europe/Amsterdam', '09:05'], // winter time, UTC+1
    [Date.UTC(2025, 6, 15, 8, 5), 'Europe/Amsterdam', '10:05'], // summer time, UTC+2
    [Date.UTC(2025, 6, 15, 23, 30), 'Europe/Amsterdam', '01:30'],
    [Date.UTC(2025, 6, 15, 8, 5), 'UTC', '08:05'],
    [Date.UTC(2025, 6, 15, 0, 0), 'UTC', '00:00'],
  ])('formats %i in %s as %s', (epochMs, zone, expected) => {
    expect(formatClockTime(epochMs, zone)).toBe(expected);
  });
});
