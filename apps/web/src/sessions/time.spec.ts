import { describe, expect, it } from 'vitest';
import { formatOffset, localToIso, wallClock, zoneOffsetMinutes } from './time';

describe('localToIso (Europe/Amsterdam wall clock → ISO with offset)', () => {
  it.each([
    // winter time (CET, +01:00)
    ['2026-12-01', '15:00', '2026-12-01T15:00:00+01:00', '2026-12-01T14:00:00.000Z'],
    ['2027-01-15', '09:30', '2027-01-15T09:30:00+01:00', '2027-01-15T08:30:00.000Z'],
    // summer time (CEST, +02:00)
    ['2026-07-01', '15:00', '2026-07-01T15:00:00+02:00', '2026-07-01T13:00:00.000Z'],
    // around the last Sunday of October 2026 (25 October: 03:00 CEST → 02:00 CET)
    ['2026-10-24', '20:00', '2026-10-24T20:00:00+02:00', '2026-10-24T18:00:00.000Z'],
    ['2026-10-25', '01:30', '2026-10-25T01:30:00+02:00', '2026-10-24T23:30:00.000Z'],
    // 02:30 happens twice that night: the first (still summer time) is chosen
    ['2026-10-25', '02:30', '2026-10-25T02:30:00+02:00', '2026-10-25T00:30:00.000Z'],
    ['2026-10-25', '03:00', '2026-10-25T03:00:00+01:00', '2026-10-25T02:00:00.000Z'],
    ['2026-10-25', '15:00', '2026-10-25T15:00:00+01:00', '2026-10-25T14:00:00.000Z'],
    ['2026-10-26', '15:00', '2026-10-26T15:00:00+01:00', '2026-10-26T14:00:00.000Z'],
    // around the last Sunday of March 2027 (28 March: 02:00 CET → 03:00 CEST)
    ['2027-03-27', '15:00', '2027-03-27T15:00:00+01:00', '2027-03-27T14:00:00.000Z'],
    ['2027-03-28', '01:59', '2027-03-28T01:59:00+01:00', '2027-03-28T00:59:00.000Z'],
    ['2027-03-28', '03:00', '2027-03-28T03:00:00+02:00', '2027-03-28T01:00:00.000Z'],
  ])('%s %s → %s', (date, time, iso, utc) => {
    const result = localToIso(date, time);
    expect(result).toMatchObject({ ok: true, iso });
    if (!result.ok) return;
    expect(new Date(result.epochMs).toISOString()).toBe(utc);
    expect(Date.parse(result.iso)).toBe(result.epochMs);
    // Round trip: the instant shows the same wall clock in Amsterdam.
    expect(wallClock(result.epochMs)).toEqual({ date, time });
  });

  it('reports the hour that does not exist when summer time starts', () => {
    expect(localToIso('2027-03-28', '02:30')).toEqual({ ok: false, reason: 'nonexistent' });
    expect(localToIso('2026-03-29', '02:00')).toEqual({ ok: false, reason: 'nonexistent' });
  });

  it('refuses incomplete or impossible input', () => {
    expect(localToIso('', '15:00')).toEqual({ ok: false, reason: 'invalid_date' });
    expect(localToIso('2026-02-30', '15:00')).toEqual({ ok: false, reason: 'invalid_date' });
    expect(localToIso('2026-12-01', '')).toEqual({ ok: false, reason: 'invalid_time' });
    expect(localToIso('2026-12-01', '24:00')).toEqual({ ok: false, reason: 'invalid_time' });
    expect(localToIso('2026-12-01', '9:00')).toEqual({ ok: false, reason: 'invalid_time' });
  });
});

describe('offset helpers', () => {
  it('knows the offsets of winter and summer time', () => {
    expect(zoneOffsetMinutes(Date.parse('2026-12-01T12:00:00Z'))).toBe(60);
    expect(zoneOffsetMinutes(Date.parse('2026-07-01T12:00:00Z'))).toBe(120);
    // The change on 25 October 2026 happens at 01:00 UTC.
    expect(zoneOffsetMinutes(Date.parse('2026-10-25T00:59:00Z'))).toBe(120);
    expect(zoneOffsetMinutes(Date.parse('2026-10-25T01:00:00Z'))).toBe(60);
  });

  it('formats offsets', () => {
    expect(formatOffset(60)).toBe('+01:00');
    expect(formatOffset(120)).toBe('+02:00');
    expect(formatOffset(-210)).toBe('-03:30');
    expect(formatOffset(0)).toBe('+00:00');
  });
});
