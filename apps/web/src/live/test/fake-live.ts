import { createSessionState, metAndereOgen, reduce, type Method, type SessionState, type StepWindow } from '@mao/intervisie-method';
import type { SessionMode } from '@mao/domain';
import type { Listener, LiveSocket } from '../socket';
import type { LiveView, RosterEntry, ScheduleStatus } from '../types';

/**
 * A stand-in for the api's `/live` namespace, in memory: it runs the real state machine of
 * @mao/intervisie-method, so the room under test sees exactly the states the server would send.
 * Every browser ("socket") is a FakeLiveSocket connected to one FakeLiveServer.
 */
export const SESSION_ID = '9b2f6a3e-1c4d-4e5f-8a6b-7c8d9e0f1a2b';

export class FakeLiveServer {
  state: SessionState;
  status: ScheduleStatus = 'scheduled';
  readonly sockets = new Set<FakeLiveSocket>();
  readonly commands: Array<{ userId: string; command: Record<string, unknown> }> = [];
  /** Server clock = client clock + skew. */
  skewMs = 0;
  joinError: { code: string; message: string } | null = null;
  /** An asynchronous or mixed session: its mode and step windows (as the api sends them). */
  mode: SessionMode = 'live';
  windows: StepWindow[] = [];
  now = () => Date.now() + this.skewMs;

  constructor(
    readonly roster: RosterEntry[],
    readonly method: Method = metAndereOgen,
    roles: { facilitatorId: string; presenterId: string | null },
  ) {
    const created = createSessionState(method, roles);
    if (!created.ok) throw new Error(created.error);
    this.state = created.state;
  }

  socketFor(userId: string): FakeLiveSocket {
    const socket = new FakeLiveSocket(this, userId);
    this.sockets.add(socket);
    return socket;
  }

  /** Applies a command as the server would (also for setting up a test), and broadcasts. */
  apply(userId: string, command: Record<string, unknown>): { ok: true } | { error: { code: string; message: string } } {
    const result = reduce(this.state, command, { method: this.method, actorId: userId, now: this.now(), windows: this.windows, byClock: userId === 'clock' });
    if (!result.ok) return { error: { code: result.error, message: `refused: ${result.error}` } };
    this.state = result.state;
    if (this.state.status === 'running' || this.state.status === 'paused') this.status = 'live';
    if (this.state.status === 'ended') this.status = 'closed';
    for (const socket of this.sockets) {
      if (socket.joined) {
        socket.deliver('state', { sessionId: SESSION_ID, status: this.status, state: this.state, events: result.events, roster: this.roster, serverNow: this.now() });
      }
    }
    return { ok: true };
  }

  view(userId: string): LiveView {
    return {
      session: { id: SESSION_ID, communityId: 'c0ffee00-0000-4000-8000-000000000000', title: 'Casusbespreking thuiszitten', status: this.status, mode: this.mode, windows: this.windows },
      method: this.method,
      state: this.state,
      roster: this.roster,
      me: { userId },
      serverNow: this.now(),
    };
  }

  handle(socket: FakeLiveSocket, event: string, payload: unknown): unknown {
    switch (event) {
      case 'join': {
        if (this.joinError) return { error: this.joinError };
        socket.joined = true;
        if (!this.state.presentUserIds.includes(socket.userId) && this.status !== 'closed') this.apply(socket.userId, { type: 'join' });
        return { ok: true, view: this.view(socket.userId) };
      }
      case 'time':
        return { serverNow: this.now() };
      case 'command': {
        const { sessionId: _sessionId, ...command } = payload as Record<string, unknown>;
        this.commands.push({ userId: socket.userId, command });
        return this.apply(socket.userId, command);
      }
      default:
        return undefined;
    }
  }
}

export class FakeLiveSocket implements LiveSocket {
  connected = false;
  joined = false;
  readonly emitted: Array<{ event: string; payload: unknown }> = [];
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(
    readonly server: FakeLiveServer,
    readonly userId: string,
  ) {}

  on(event: string, listener: Listener) {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)?.add(listener);
    return this;
  }

  off(event: string, listener?: Listener) {
    if (listener) this.listeners.get(event)?.delete(listener);
    else this.listeners.delete(event);
    return this;
  }

  emit(event: string, ...args: unknown[]) {
    const callback = args.at(-1);
    const payload = args.length > 1 ? args[0] : undefined;
    this.emitted.push({ event, payload });
    if (!this.connected) return this;
    const answer = this.server.handle(this, event, payload);
    if (typeof callback === 'function') queueMicrotask(() => (callback as (value: unknown) => void)(answer));
    return this;
  }

  connect() {
    if (this.connected) return this;
    this.connected = true;
    queueMicrotask(() => this.deliver('connect'));
    return this;
  }

  disconnect() {
    if (!this.connected) return this;
    this.connected = false;
    this.joined = false;
    return this;
  }

  /** The network drops: the client hears 'disconnect' (socket.io then reconnects by itself). */
  drop() {
    this.connected = false;
    this.joined = false;
    this.deliver('disconnect', 'transport close');
  }

  /** socket.io reconnected. */
  reconnect() {
    this.connected = true;
    this.deliver('connect');
  }

  deliver(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...values: unknown[]) => void)(...args);
  }
}
