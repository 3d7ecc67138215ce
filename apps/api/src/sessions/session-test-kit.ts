import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import type { TestApp } from '../test/test-app.js';
import { addMember, clientAs, communityWithRoles, createUser } from '../test/fixtures.js';
import { JobRunner } from '../jobs/job-runner.service.js';

/** Shared by the session, case and job specs: a CoP with roles, and iCalendar helpers. */
export async function sessionCommunity(t: TestApp, prefix: string) {
  const base = await communityWithRoles(t, prefix);
  const presenterUser = await createUser(t, { email: `${prefix}-presenter@example.org`, name: 'Pien Presenter', background: 'onderwijs' });
  const otherUser = await createUser(t, { email: `${prefix}-other@example.org`, name: 'Otto Other', background: 'gemeente' });
  const extraUser = await createUser(t, { email: `${prefix}-extra@example.org`, name: 'Eva Extra', background: 'zorg' });
  for (const u of [presenterUser, otherUser, extraUser]) await addMember(t, base.community.id, u.id);
  return {
    ...base,
    presenter: { user: presenterUser, client: await clientAs(t, presenterUser) },
    other: { user: otherUser, client: await clientAs(t, otherUser) },
    extra: { user: extraUser, client: await clientAs(t, extraUser) },
  };
}

/** `days` after `from` (by default the wall clock; pass `t.clock.now()` in tests that set the clock) at a time of day in Amsterdam, as ISO with offset. */
export function amsterdam(days: number, time = '15:00', from: Date = new Date()): string {
  const [hour, minute] = time.split(':').map(Number);
  return DateTime.fromJSDate(from).setZone('Europe/Amsterdam').plus({ days }).set({ hour, minute, second: 0, millisecond: 0 }).toISO({ suppressMilliseconds: true }) ?? '';
}

export const runner = (t: TestApp) => t.app.get(JobRunner);

/** Decodes the MIME parts of a raw .eml written by nodemailer and returns the text/calendar ones. */
export function calendarParts(eml: string): string[] {
  const parts: string[] = [];
  for (const chunk of eml.replace(/\r\n/g, '\n').split(/\n--[^\n]*\n/)) {
    const split = chunk.indexOf('\n\n');
    if (split < 0) continue;
    const headers = chunk.slice(0, split).replace(/\n[ \t]+/g, ' ');
    const body = chunk.slice(split + 2).replace(/\n--[^\n]*--\s*$/, '');
    if (!/^Content-Type: text\/calendar/im.test(headers)) continue;
    if (/Content-Transfer-Encoding: base64/i.test(headers)) parts.push(Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8'));
    else if (/Content-Transfer-Encoding: quoted-printable/i.test(headers)) parts.push(decodeQuotedPrintable(body));
    else parts.push(body);
  }
  return parts;
}

/** The decoded Subject header (RFC 2047 encoded words). */
export function subjectOf(eml: string): string {
  const raw = (eml.replace(/\r\n/g, '\n').match(/^Subject: (.*(?:\n[ \t].*)*)/m)?.[1] ?? '').replace(/\n[ \t]+/g, ' ');
  return raw
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_m, enc: string, text: string) =>
      enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

function decodeQuotedPrintable(value: string): string {
  const bytes = value.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

export interface ParsedEvent {
  method: string | null;
  uid: string;
  sequence: number;
  status: string | null;
  summary: string;
  description: string;
  start: Date;
  end: Date;
  url: string | null;
}

/** Parses iCalendar text with ical.js (a real parser) and returns its events. */
export function parseIcs(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const method = calendar.getFirstPropertyValue('method');
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      method: method === null ? null : String(method),
      uid: event.uid,
      sequence: event.sequence,
      status: vevent.getFirstPropertyValue('status') === null ? null : String(vevent.getFirstPropertyValue('status')),
      summary: event.summary,
      description: event.description,
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      url: vevent.getFirstPropertyValue('url') === null ? null : String(vevent.getFirstPropertyValue('url')),
    };
  });
}

/** Mails (raw .eml) to one address among those written since `from`. */
export function mailsTo(t: TestApp, address: string, from = 0): string[] {
  return t.outbox().slice(from).filter((eml) => new RegExp(`^To: .*${address.replace(/[.+]/g, '\\$&')}`, 'm').test(eml));
}

/** The decoded text/plain part of a raw .eml (nodemailer writes it quoted-printable or base64). */
export function mailPlainText(eml: string): string {
  for (const chunk of eml.replace(/\r\n/g, '\n').split(/\n--[^\n]*\n/)) {
    const split = chunk.indexOf('\n\n');
    if (split < 0) continue;
    const headers = chunk.slice(0, split).replace(/\n[ \t]+/g, ' ');
    const body = chunk.slice(split + 2).replace(/\n--[^\n]*--\s*$/, '');
    if (!/^Content-Type: text\/plain/im.test(headers)) continue;
    if (/Content-Transfer-Encoding: base64/i.test(headers)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    if (/Content-Transfer-Encoding: quoted-printable/i.test(headers)) return decodeQuotedPrintable(body);
    return body;
  }
  return '';
}

/** The Dutch and the English half of a mail's plain text (split at "— English —"). */
export function mailHalves(eml: string): { nl: string; en: string } {
  const [nl = '', en = ''] = mailPlainText(eml).split('— English —');
  return { nl, en };
}
