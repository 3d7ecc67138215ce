import { createContext } from 'react';
import { io } from 'socket.io-client';

/**
 * The part of a socket.io client socket the live room uses. The app connects to the `/live`
 * namespace on its own origin (the session cookie authenticates); tests pass a fake.
 */
export type Listener = (...args: never[]) => void;

export interface LiveSocket {
  readonly connected: boolean;
  on(event: string, listener: Listener): unknown;
  off(event: string, listener?: Listener): unknown;
  emit(event: string, ...args: unknown[]): unknown;
  connect(): unknown;
  disconnect(): unknown;
}

export type LiveSocketFactory = () => LiveSocket;

export const createLiveSocket: LiveSocketFactory = () =>
  io('/live', { transports: ['websocket'], autoConnect: false }) as unknown as LiveSocket;

export const LiveSocketContext = createContext<LiveSocketFactory>(createLiveSocket);

export class AckTimeoutError extends Error {
  override readonly name = 'AckTimeoutError';
}

/** Emits and waits for the acknowledgement; rejects after `timeoutMs` (the server may be gone). */
export function emitWithAck<T>(socket: LiveSocket, event: string, payload: unknown, timeoutMs = 10_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      reject(new AckTimeoutError(`No answer to ${event}`));
    }, timeoutMs);
    const callback = (answer: T) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(answer);
    };
    if (payload === undefined) socket.emit(event, callback);
    else socket.emit(event, payload, callback);
  });
}
