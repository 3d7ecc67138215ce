import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import { io, type Socket } from 'socket.io-client';
import { metAndereOgen, type Method } from '@mao/intervisie-method';
import type { TestApp, TestClient } from './test-app.js';
import { communityWithRoles, clientAs, createUser, addMember } from './fixtures.js';

/**
 * A scheduled session straight in the database (scheduling has its own tests): facilitator,
 * presenter, one participant who said yes, one CoP member who did not sign up, one outsider.
 */
export async function liveSessionFixture(t: TestApp, prefix: string, method: Method = metAndereOgen) {
  const { community, facilitator, member: participant, outsider } = await communityWithRoles(t, prefix);
  const presenterUser = await createUser(t, { email: `${prefix}-presenter@example.org`, name: 'Pien Presenter', background: 'onderwijs' });
  const bystanderUser = await createUser(t, { email: `${prefix}-bystander@example.org`, name: 'Bas Bystander', background: 'gemeente' });
  await addMember(t, community.id, presenterUser.id);
  await addMember(t, community.id, bystanderUser.id);
  const [row] = await t.dataSource.query(
    `INSERT INTO sessions (community_id, title, method_id, method_source, method_snapshot, starts_at, duration_minutes, facilitator_id, presenter_id, max_participants)
     VALUES ($1, 'Casusbespreking', $2, 'builtin', $3, now() + interval '1 day', 90, $4, $5, 8) RETURNING id`,
    [community.id, method.id, JSON.stringify(method), facilitator.user.id, presenterUser.id],
  );
  await t.dataSource.query(`INSERT INTO session_participants (session_id, user_id, rsvp) VALUES ($1, $2, 'yes')`, [row.id, participant.user.id]);
  return {
    sessionId: row.id as string,
    community,
    facilitator,
    participant,
    outsider,
    presenter: { user: presenterUser, client: await clientAs(t, presenterUser) },
    bystander: { user: bystanderUser, client: await clientAs(t, bystanderUser) },
  };
}

export function liveSocket(t: TestApp, client: TestClient, origin?: string): Socket {
  return io(`${t.baseUrl}/live`, {
    transports: ['websocket'],
    forceNew: true,
    extraHeaders: { ...(client.sessionCookie ? { cookie: client.sessionCookie } : {}), ...(origin ? { origin } : {}) },
  });
}

export function emitAck<T = Record<string, unknown>>(socket: Socket, event: string, payload?: unknown): Promise<T> {
  return socket.timeout(10_000).emitWithAck(event, payload) as Promise<T>;
}

/** The stock y-websocket client, as the browser uses it, authenticated with a session cookie. */
export function yClient(t: TestApp, client: TestClient | undefined, documentName: string, options: { origin?: string; doc?: Y.Doc } = {}) {
  const doc = options.doc ?? new Y.Doc();
  const headers: Record<string, string> = {};
  if (client?.sessionCookie) headers.cookie = client.sessionCookie;
  if (options.origin) headers.origin = options.origin;
  class AuthenticatedWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const provider = new WebsocketProvider(`${t.baseUrl.replace('http', 'ws')}/collab`, documentName, doc, {
    WebSocketPolyfill: AuthenticatedWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 300,
  });
  return { doc, provider };
}

/** Opens a raw websocket and resolves with how the server closed it. */
export function rawCollabClose(t: TestApp, documentName: string, headers: Record<string, string>): Promise<{ code: number; reason: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${t.baseUrl.replace('http', 'ws')}/collab/${documentName}`, { headers });
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    socket.on('error', reject);
  });
}

export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const synced = (provider: WebsocketProvider) => waitFor(() => provider.synced, 10_000, 'sync');
