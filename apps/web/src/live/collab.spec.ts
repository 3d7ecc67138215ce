import { afterEach, describe, expect, it, vi } from 'vitest';
import { EDIT_NOT_KEPT_MESSAGE, openProviderDoc, readVarUint, SAVE_STATUS_MESSAGE, type DocHandle } from './collab';

/**
 * A stand-in for the browser's WebSocket, enough for y-websocket: the test opens it, sends it
 * server messages and closes it the way the api does.
 */
class FakeSocket {
  static last: FakeSocket | null = null;
  static readonly OPEN = 1;
  readonly OPEN = 1;
  readyState = 0;
  binaryType = 'blob';
  sent: Uint8Array[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: ArrayBuffer }) => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.last = this;
  }
  send(data: Uint8Array) {
    this.sent.push(data);
  }
  close() {
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  receive(bytes: number[]) {
    this.onmessage?.({ data: new Uint8Array(bytes).buffer });
  }
  serverClose(code: number, reason: string) {
    this.readyState = 3;
    this.onclose?.({ code, reason });
  }
}

function open(): { handle: DocHandle; socket: FakeSocket } {
  vi.stubGlobal('WebSocket', FakeSocket);
  const handle = openProviderDoc('session.s.step.casus', { user: { name: 'Anna', color: '#000' } });
  const socket = FakeSocket.last;
  if (!socket) throw new Error('no socket');
  return { handle, socket };
}

let opened: DocHandle | null = null;
afterEach(() => {
  opened?.destroy();
  opened = null;
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('readVarUint', () => {
  it.each([
    [[0], 0],
    [[1], 1],
    [[127], 127],
    [[0x80, 0x01], 128],
    [[0xac, 0x02], 300],
  ])('reads %j as %d', (bytes, value) => {
    const decoder = { arr: new Uint8Array(bytes), pos: 0 };
    expect(readVarUint(decoder)).toBe(value);
    expect(decoder.pos).toBe(bytes.length);
  });

  it('refuses a cut-off number', () => {
    expect(() => readVarUint({ arr: new Uint8Array([0x80]), pos: 0 })).toThrow();
  });
});

describe('the provider document', () => {
  it('starts as saved, says "not saved" on the server’s save status 0 and "saved" again on 1', () => {
    const { handle, socket } = open();
    opened = handle;
    expect(handle.status().saved).toBe(true);
    socket.open();
    expect(handle.status()).toMatchObject({ connection: 'online', saved: true });
    socket.receive([SAVE_STATUS_MESSAGE, 0]);
    expect(handle.status().saved).toBe(false);
    socket.receive([SAVE_STATUS_MESSAGE, 1]);
    expect(handle.status().saved).toBe(true);
  });

  it('says so when the server did not keep an edit (the board had closed for its author), and stays connected', () => {
    const { handle, socket } = open();
    opened = handle;
    socket.open();
    expect(handle.status().notKept).toBeFalsy();
    socket.receive([EDIT_NOT_KEPT_MESSAGE]);
    expect(handle.status()).toMatchObject({ connection: 'online', notKept: true, refusal: null });
  });

  it('treats storage_unavailable (4503) as not saved and keeps reconnecting; a new connection starts saved', () => {
    vi.useFakeTimers({ now: Date.now() }); // keeps the suite's fixed "now"
    const { handle, socket } = open();
    opened = handle;
    socket.open();
    socket.serverClose(4503, 'storage_unavailable');
    expect(handle.status()).toMatchObject({ connection: 'offline', saved: false, refusal: null });
    vi.advanceTimersByTime(6000);
    const again = FakeSocket.last;
    expect(again).not.toBe(socket);
    again?.open();
    expect(handle.status()).toMatchObject({ connection: 'online', saved: true });
  });

  it('treats other transient closes (a restart) as a lost connection, not as unsaved', () => {
    vi.useFakeTimers({ now: Date.now() }); // keeps the suite's fixed "now"
    const { handle, socket } = open();
    opened = handle;
    socket.open();
    socket.serverClose(4503, 'server_restarting');
    expect(handle.status()).toMatchObject({ connection: 'offline', saved: true, refusal: null });
  });

  it.each(['invalid_update', 'forbidden_change', 'update_too_large', 'too_many_connections', 'access_ended'])('stops at a refusal (%s) and keeps its reason', (reason) => {
    vi.useFakeTimers({ now: Date.now() }); // keeps the suite's fixed "now"
    const { handle, socket } = open();
    opened = handle;
    socket.open();
    socket.serverClose(4403, reason);
    expect(handle.status()).toMatchObject({ connection: 'refused', refusal: reason });
    vi.advanceTimersByTime(10_000);
    expect(FakeSocket.last).toBe(socket);
  });
});
