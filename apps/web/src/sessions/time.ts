import { SESSION_TIMEZONE } from '@mao/domain';

/**
 * Wall-clock time in Europe/Amsterdam ↔ instants. Sessions are planned in Dutch time: a
 * facilitator types "1 december, 15:00" and means 15:00 in the Netherlands, wherever their
 * device is. The offset (+01:00 in winter, +02:00 in summer) follows the date, so the
 * conversion asks Intl (the browser's time-zone database) instead of assuming an offset.
 */

const MINUTE_MS = 60_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})$/;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Wall-clock parts of an instant in a time zone. */
export function wallClock(epochMs: number, timeZone = SESSION_TIMEZONE): { date: string; time: string } {
  const parts = Object.fromEntries(partsFormatter(timeZone).formatToParts(new Date(epochMs)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The zone's offset from UTC in minutes at an instant (60 for CET, 120 for CEST). */
export function zoneOffsetMinutes(epochMs: number, timeZone = SESSION_TIMEZONE): number {
  const parts = Object.fromEntries(partsFormatter(timeZone).formatToParts(new Date(epochMs)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / MINUTE_MS);
}

/** "+01:00" for 60, "-03:30" for -210. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export type LocalTimeResult =
  | { ok: true; iso: string; epochMs: number; offsetMinutes: number }
  | { ok: false; reason: 'invalid_date' | 'invalid_time' | 'nonexistent' };

/**
 * A date ("2026-12-01") and a clock time ("15:00") in the session time zone → ISO 8601 with
 * the offset that applies on that date ("2026-12-01T15:00:00+01:00").
 *
 * Around the change to summer time (last Sunday of March) the hour 02:00–03:00 does not exist:
 * that is reported as `nonexistent`. When winter time starts (last Sunday of October) the hour
 * 02:00–03:00 happens twice: the first one (still summer time, +02:00) is chosen.
 */
export function localToIso(date: string, time: string, timeZone = SESSION_TIMEZONE): LocalTimeResult {
  const d = DATE_RE.exec(date.trim());
  if (!d) return { ok: false, reason: 'invalid_date' };
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return { ok: false, reason: 'invalid_date' };
  }
  const t = TIME_RE.exec(time.trim());
  if (!t) return { ok: false, reason: 'invalid_time' };
  const [hour, minute] = [Number(t[1]), Number(t[2])];
  if (hour > 23 || minute > 59) return { ok: false, reason: 'invalid_time' };

  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The offsets in force a day before and a day after cover every transition in between.
  const offsets = [...new Set([zoneOffsetMinutes(wallAsUtc - 86_400_000, timeZone), zoneOffsetMinutes(wallAsUtc + 86_400_000, timeZone), zoneOffsetMinutes(wallAsUtc, timeZone)])];
  const candidates = offsets
    .map((offset) => ({ offset, epochMs: wallAsUtc - offset * MINUTE_MS }))
    .filter((c) => zoneOffsetMinutes(c.epochMs, timeZone) === c.offset)
    .sort((a, b) => a.epochMs - b.epochMs);
  const first = candidates[0];
  if (!first) return { ok: false, reason: 'nonexistent' };
  const iso = `${date.trim()}T${time.trim()}:00${formatOffset(first.offset)}`;
  return { ok: true, iso, epochMs: first.epochMs, offsetMinutes: first.offset };
}
