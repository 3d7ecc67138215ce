import { Clock } from '../common/clock.js';
import { Inject, UseFilters, type OnModuleInit } from '@nestjs/common';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway, WebSocketServer, type OnGatewayDisconnect, type OnGatewayInit } from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import type { Logger } from 'pino';
import { liveCommandEnvelopeSchema, liveJoinSchema } from '@mao/domain';
import type { SessionEvent } from '@mao/intervisie-method';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { LOGGER } from '../common/logger.js';
import { AuthService } from '../auth/auth.service.js';
import { readSessionToken } from '../auth/session-cookie.js';
import type { UserEntity } from '../users/user.entity.js';
import { LiveSessionsService, type LiveSessionListener } from './live-sessions.service.js';
import type { LiveSession } from './live-session.js';
import { LiveViewService, type StateMessage } from './live-view.service.js';
import { errorAck, LiveExceptionFilter, type Ack } from './live-errors.js';
import { CommunityAccessService } from '../communities/community-access.service.js';
import { can } from '@mao/domain';
import { AccessChanges, type AccessChange } from '../access-changes/access-changes.js';

interface SocketData {
  user: UserEntity;
  /** The login session this socket belongs to (logout disconnects exactly its sockets). */
  tokenHash: string;
  sessionIds: Set<string>;
}

/** Open /live sockets per person on this process: a few tabs, not a script's hundreds. */
export const MAX_LIVE_SOCKETS_PER_USER = 10;

const room = (sessionId: string) => `session:${sessionId}`;
const CROSS_PROCESS_STATE = 'live-state';

/**
 * socket.io namespace /live: the control channel of live sessions. Thin: it authenticates,
 * validates the envelope and hands every command to LiveSessionsService.
 */
@UseFilters(LiveExceptionFilter)
@WebSocketGateway({ namespace: '/live', serveClient: false })
export class LiveGateway implements OnGatewayInit, OnGatewayDisconnect, OnModuleInit, LiveSessionListener {
  @WebSocketServer() private readonly namespace: Namespace;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly auth: AuthService,
    private readonly live: LiveSessionsService,
    private readonly views: LiveViewService,
    private readonly communities: CommunityAccessService,
    private readonly clock: Clock,
    private readonly accessChanges: AccessChanges,
  ) {}

  onModuleInit(): void {
    this.live.addListener(this);
    this.accessChanges.subscribe((change) => this.onAccessChange(change));
  }

  /** Logout, reset, deletion, membership and scheduling changes reach open sockets at once. */
  private async onAccessChange(change: AccessChange): Promise<void> {
    const sockets = [...this.namespace.sockets.values()];
    const dataOf = (socket: Socket) => socket.data as SocketData;
    switch (change.kind) {
      case 'login-ended':
        for (const socket of sockets) if (dataOf(socket).tokenHash === change.tokenHash) this.end(socket, 'unauthenticated');
        return;
      case 'user-sessions-ended': {
        const affected = this.live.heldSessionsWith(change.userId);
        for (const socket of sockets) if (dataOf(socket).user?.id === change.userId) this.end(socket, 'unauthenticated');
        await Promise.all(affected.map((id) => this.live.refresh(id)));
        return;
      }
      case 'membership-changed':
        await Promise.all(this.live.heldSessionsOf(change.communityId).map((id) => this.live.refresh(id)));
        return;
      case 'session-changed':
        await this.live.refresh(change.sessionId);
        return;
    }
  }

  private end(socket: Socket, code: string): void {
    socket.emit('ended', { code });
    socket.disconnect(true);
  }

  /** After a refresh: sockets of people who no longer take part leave the session, and everyone sees the new roster. */
  onRefreshed(session: LiveSession): void {
    for (const socket of this.namespace.sockets.values()) {
      const data = socket.data as SocketData;
      if (!data.sessionIds?.has(session.id) || session.isParticipant(data.user.id)) continue;
      data.sessionIds.delete(session.id);
      void socket.leave(room(session.id));
      socket.emit('access_ended', { sessionId: session.id, code: 'access_ended' });
    }
    this.onStateChanged(session, []);
  }

  /** Every connection proves who it is (session cookie) and where it comes from (Origin). */
  afterInit(namespace: Namespace): void {
    // Several api processes: every process adopts the state another one stored, so its
    // write checks for shared documents follow the same step.
    if (this.config.redisUrl) {
      namespace.on(CROSS_PROCESS_STATE, (message: StateMessage) => void this.adoptRemote(message));
    }
    namespace.use((socket, next) => {
      const origin = socket.handshake.headers.origin;
      if (origin !== undefined && !this.config.allowedOrigins.includes(origin)) return next(refusal('origin_not_allowed'));
      void this.auth
        .userForToken(readSessionToken(socket.handshake.headers.cookie))
        .then((found) => {
          if (!found) return next(refusal('unauthenticated'));
          const open = [...this.namespace.sockets.values()].filter((other) => (other.data as SocketData).user?.id === found.user.id).length;
          if (open >= MAX_LIVE_SOCKETS_PER_USER) return next(refusal('too_many_connections'));
          (socket.data as SocketData).user = found.user;
          (socket.data as SocketData).tokenHash = found.tokenHash;
          (socket.data as SocketData).sessionIds = new Set();
          next();
        })
        .catch(() => next(refusal('internal_error')));
    });
  }

  @SubscribeMessage('join')
  async join(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    const parsed = liveJoinSchema.safeParse(body);
    if (!parsed.success) return errorAck('validation_failed');
    const data = socket.data as SocketData;
    const session = await this.live.get(parsed.data.sessionId);
    if (!session) return errorAck('not_found');
    if (!session.isParticipant(data.user.id)) {
      await this.live.refresh(session.id);
      if (!session.isParticipant(data.user.id)) {
        const relation = await this.communities.relationOf(data.user.id, session.communityId);
        return errorAck(relation === 'none' ? 'not_found' : 'not_participant');
      }
    }
    await socket.join(room(session.id));
    data.sessionIds.add(session.id);
    if (!session.state.presentUserIds.includes(data.user.id) && session.scheduleStatus !== 'closed') {
      await this.live.apply(session, data.user.id, { type: 'join' });
    }
    return { ok: true, view: await this.views.view(session, data.user.id) };
  }

  @SubscribeMessage('command')
  async command(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    const data = socket.data as SocketData;
    const envelope = liveCommandEnvelopeSchema.safeParse(body);
    if (!envelope.success || !data.sessionIds.has(envelope.data.sessionId)) return errorAck('not_joined');
    const { sessionId, ...command } = envelope.data;
    const session = await this.live.get(sessionId);
    if (!session) return errorAck('not_found');
    if (!session.isParticipant(data.user.id)) return errorAck('not_participant');
    const relation = await this.communities.relationOf(data.user.id, session.communityId);
    // A CoP facilitator may take over a session whose facilitator dropped out.
    const mayTakeOver = can(relation, 'sessions.manage', data.user.isPlatformAdmin);
    const outcome = await this.live.apply(session, data.user.id, command, mayTakeOver);
    return outcome.ok ? { ok: true } : errorAck(outcome.error);
  }

  /** Clock offset: the client compares its clock with the server's around this round trip. */
  @SubscribeMessage('time')
  time(): { serverNow: number } {
    return { serverNow: this.clock.nowMs() };
  }

  async handleDisconnect(socket: Socket): Promise<void> {
    const data = socket.data as SocketData | undefined;
    if (!data?.user) return;
    for (const sessionId of data.sessionIds) {
      const stillHere = (await this.namespace.in(room(sessionId)).fetchSockets()).some((other) => (other.data as SocketData).user?.id === data.user.id);
      if (stillHere) continue;
      const session = await this.live.get(sessionId);
      if (session && session.state.presentUserIds.includes(data.user.id) && session.scheduleStatus !== 'closed') {
        await this.live.apply(session, data.user.id, { type: 'leave' }).catch((error: unknown) => this.logger.warn({ err: String(error) }, 'leave failed'));
      }
    }
  }

  onStateChanged(session: LiveSession, events: readonly SessionEvent[]): void {
    const message = this.views.stateMessage(session, events);
    this.namespace.to(room(session.id)).emit('state', message);
    if (this.config.redisUrl) this.namespace.serverSideEmit(CROSS_PROCESS_STATE, message);
  }

  private async adoptRemote(message: StateMessage): Promise<void> {
    const session = await this.live.peek(message.sessionId);
    if (session) this.live.adopt(session, message.state);
  }
}

function refusal(code: string): Error {
  const error = new Error(code) as Error & { data?: unknown };
  error.data = { code };
  return error;
}
