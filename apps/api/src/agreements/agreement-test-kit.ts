import type { Socket } from 'socket.io-client';
import type { TestApp } from '../test/test-app.js';
import { emitAck, liveSocket } from '../test/live-fixtures.js';
import type { liveSessionFixture } from '../test/live-fixtures.js';

type Fixture = Awaited<ReturnType<typeof liveSessionFixture>>;

function decodeQuotedPrintable(value: string): string {
  const bytes = value.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** The decoded text/plain and text/html parts of a raw .eml written by nodemailer, joined. */
export function mailText(eml: string): string {
  const parts: string[] = [];
  for (const chunk of eml.replace(/\r\n/g, '\n').split(/\n--[^\n]*\n/)) {
    const split = chunk.indexOf('\n\n');
    if (split < 0) continue;
    const headers = chunk.slice(0, split).replace(/\n[ \t]+/g, ' ');
    const body = chunk.slice(split + 2).replace(/\n--[^\n]*--\s*$/, '');
    if (!/^Content-Type: text\/(plain|html)/im.test(headers)) continue;
    if (/Content-Transfer-Encoding: base64/i.test(headers)) parts.push(Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8'));
    else if (/Content-Transfer-Encoding: quoted-printable/i.test(headers)) parts.push(decodeQuotedPrintable(body));
    else parts.push(body);
  }
  return parts.join('\n');
}

/** Joins facilitator (and presenter), starts the session and moves to a step; returns the sockets to close. */
export async function runToStep(t: TestApp, f: Fixture, stepId: string): Promise<Socket[]> {
  const facilitator = liveSocket(t, f.facilitator.client);
  const presenter = liveSocket(t, f.presenter.client);
  const check = (ack: unknown, what: string) => {
    if (!ack || typeof ack !== 'object' || (ack as { ok?: unknown }).ok !== true) throw new Error(`${what}: ${JSON.stringify(ack)}`);
  };
  check(await emitAck(facilitator, 'join', { sessionId: f.sessionId }), 'join facilitator');
  check(await emitAck(presenter, 'join', { sessionId: f.sessionId }), 'join presenter');
  check(await emitAck(facilitator, 'command', { sessionId: f.sessionId, type: 'start' }), 'start');
  const jumped = await emitAck(facilitator, 'command', { sessionId: f.sessionId, type: 'jumpTo', stepId });
  if (stepId !== 'terugblik') check(jumped, `jump to ${stepId}`);
  return [facilitator, presenter];
}

export async function command(socket: Socket, sessionId: string, body: Record<string, unknown>): Promise<void> {
  const ack = await emitAck(socket, 'command', { sessionId, ...body });
  if ((ack as { ok?: unknown }).ok !== true) throw new Error(`${String(body['type'])}: ${JSON.stringify(ack)}`);
}
