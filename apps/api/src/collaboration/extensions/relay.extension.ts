import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER } from '../../common/logger.js';
import { COLLAB_RELAY, type CollabRelay } from '../collab-relay.js';
import type { DocumentRoom } from '../document-room.js';
import type { AppliedUpdate, CollabConnection, CollabExtension, CollabHost } from '../extension.js';
import { encodeSyncStep2 } from '../protocol.js';

/**
 * Several api processes: what a local client sends (accepted updates, awareness) goes to the
 * other processes that hold the document, and theirs comes in here. With one process the
 * relay is a no-op.
 */
@Injectable()
export class RelayExtension implements CollabExtension {
  constructor(
    @Inject(COLLAB_RELAY) private readonly relay: CollabRelay,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onConfigure(host: CollabHost): void {
    this.relay.onMessage((name, message) => host.receiveRemote(name, message));
    this.relay.onStateRequest((name) => {
      const room = host.openRoom(name);
      if (room) this.relay.publish(name, encodeSyncStep2(room.state()));
    });
  }

  onRoomOpened(room: DocumentRoom): void {
    // Subscribe before asking, so the answers from other processes are not missed.
    void this.relay
      .subscribe(room.name)
      .then(() => this.relay.requestState(room.name))
      .catch((error: unknown) => this.logger.warn({ err: String(error), document: room.name }, 'relay subscribe failed'));
  }

  afterUpdate({ room, message, connection }: AppliedUpdate): void {
    if (connection) this.relay.publish(room.name, message);
  }

  afterAwareness(room: DocumentRoom, message: Uint8Array, connection?: CollabConnection): void {
    if (connection) this.relay.publish(room.name, message);
  }

  async onRoomClosing(room: DocumentRoom): Promise<void> {
    await this.relay.unsubscribe(room.name).catch(() => undefined);
  }

  async onDestroy(): Promise<void> {
    await this.relay.close();
  }
}
