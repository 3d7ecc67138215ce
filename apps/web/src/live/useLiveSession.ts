import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import { estimateOffset, type ClockSample } from './clock';
import { emitWithAck, LiveSocketContext, type LiveSocket } from './socket';
import type { AckError, CommandAck, JoinAck, LiveCommand, LiveView, StateMessage } from './types';

export type LivePhase = 'connecting' | 'ready' | 'failed';

export interface LiveSession {
  phase: LivePhase;
  view: LiveView | null;
  /** Why the room cannot be shown (join refused, not logged in, …). */
  failure: AckError | null;
  /** The control channel is connected. After a drop socket.io reconnects and the room re-joins. */
  online: boolean;
  /** Server clock minus this device's clock, in ms. */
  offsetMs: number;
  send(command: LiveCommand): Promise<CommandAck>;
  retry(): void;
}

const CLOCK_SAMPLES = 3;

/** Connects to the `/live` namespace, joins the session and keeps its view current. */
export function useLiveSession(sessionId: string): LiveSession {
  const createSocket = useContext(LiveSocketContext);
  const socketRef = useRef<LiveSocket | null>(null);
  const [phase, setPhase] = useState<LivePhase>('connecting');
  const [view, setView] = useState<LiveView | null>(null);
  const [failure, setFailure] = useState<AckError | null>(null);
  const [online, setOnline] = useState(false);
  const [offsetMs, setOffsetMs] = useState(0);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const socket = createSocket();
    socketRef.current = socket;
    let disposed = false;
    setPhase('connecting');
    setFailure(null);
    setView(null);

    const syncClock = async () => {
      const samples: ClockSample[] = [];
      for (let index = 0; index < CLOCK_SAMPLES && !disposed; index++) {
        const sentAt = Date.now();
        try {
          const answer = await emitWithAck<{ serverNow: number }>(socket, 'time', undefined, 5000);
          if (typeof answer?.serverNow === 'number') samples.push({ sentAt, receivedAt: Date.now(), serverNow: answer.serverNow });
        } catch {
          break;
        }
      }
      if (!disposed && samples.length > 0) setOffsetMs(estimateOffset(samples));
    };

    const join = async () => {
      let ack: JoinAck;
      try {
        ack = await emitWithAck<JoinAck>(socket, 'join', { sessionId });
      } catch {
        // No answer: the connection is probably gone; the next 'connect' joins again.
        if (!disposed) setOnline(socket.connected);
        return;
      }
      if (disposed) return;
      if ('error' in ack) {
        setFailure(ack.error);
        setPhase('failed');
        socket.disconnect();
        return;
      }
      setView(ack.view);
      setOffsetMs(ack.view.serverNow - Date.now());
      setFailure(null);
      setPhase('ready');
      // A first guess from the join itself, refined by a few round trips.
      void syncClock();
    };

    const onConnect = () => {
      setOnline(true);
      void join();
    };
    const onDisconnect = () => setOnline(false);
    const onConnectError = (error: { data?: { code?: string } } | undefined) => {
      setOnline(false);
      const code = error?.data?.code;
      // A refusal by the server's middleware is final (socket.io does not retry it).
      if (code) {
        setFailure({ code, message: '' });
        setPhase('failed');
      }
    };
    // The server ends the room for this person: removed from the CoP, an RSVP "no", or logged out elsewhere.
    const onAccessEnded = (message: { sessionId?: string; code?: string } | undefined) => {
      if (message?.sessionId !== undefined && message.sessionId !== sessionId) return;
      setFailure({ code: message?.code ?? 'access_ended', message: '' });
      setPhase('failed');
      socket.disconnect();
    };
    const onState = (message: StateMessage) => {
      if (message.sessionId !== sessionId) return;
      setView((current) => {
        if (!current || message.state.revision < current.state.revision) return current;
        return { ...current, state: message.state, roster: message.roster, session: { ...current.session, status: message.status } };
      });
    };

    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.on('connect_error', onConnectError);
    socket.on('state', onState);
    socket.on('access_ended', onAccessEnded);
    socket.on('ended', onAccessEnded);
    socket.connect();
    return () => {
      disposed = true;
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.off('connect_error', onConnectError);
      socket.off('state', onState);
      socket.off('access_ended', onAccessEnded);
      socket.off('ended', onAccessEnded);
      socket.disconnect();
      if (socketRef.current === socket) socketRef.current = null;
    };
  }, [createSocket, sessionId, attempt]);

  const send = useCallback(
    async (command: LiveCommand): Promise<CommandAck> => {
      const socket = socketRef.current;
      if (!socket || !socket.connected) return { error: { code: 'network_error', message: '' } };
      try {
        return await emitWithAck<CommandAck>(socket, 'command', { ...command, sessionId });
      } catch {
        return { error: { code: 'network_error', message: '' } };
      }
    },
    [sessionId],
  );

  const retry = useCallback(() => setAttempt((value) => value + 1), []);

  return { phase, view, failure, online, offsetMs, send, retry };
}
