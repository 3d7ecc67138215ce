import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { CollabRelay } from './collab-relay.js';

const KIND_MESSAGE = 0;
const KIND_STATE_REQUEST = 1;
const ORIGIN_BYTES = 8;
const channelOf = (documentName: string) => `collab:${documentName}`;

/**
 * Yjs traffic between api processes over Redis pub/sub. Frames: one kind byte, the sending
 * process's id (so it ignores its own echo), then the y-websocket message bytes unchanged.
 * Each update is persisted only by the process whose client sent it, so every update is
 * written exactly once however many processes relay it.
 */
export class RedisCollabRelay implements CollabRelay {
  private readonly origin = randomBytes(ORIGIN_BYTES);
  private readonly pub: Redis;
  private readonly sub: Redis;
  private messageHandler: (documentName: string, message: Uint8Array) => void = () => undefined;
  private stateRequestHandler: (documentName: string) => void = () => undefined;

  constructor(url: string, logger: Logger) {
    this.pub = new Redis(url, { maxRetriesPerRequest: null });
    this.sub = new Redis(url, { maxRetriesPerRequest: null });
    for (const client of [this.pub, this.sub]) client.on('error', (error) => logger.warn({ err: String(error) }, 'redis relay error'));
    this.sub.on('messageBuffer', (channel: Buffer, frame: Buffer) => {
      if (frame.length < 1 + ORIGIN_BYTES || frame.subarray(1, 1 + ORIGIN_BYTES).equals(this.origin)) return;
      const documentName = channel.toString().slice('collab:'.length);
      if (frame[0] === KIND_STATE_REQUEST) this.stateRequestHandler(documentName);
      else this.messageHandler(documentName, new Uint8Array(frame.buffer, frame.byteOffset + 1 + ORIGIN_BYTES, frame.length - 1 - ORIGIN_BYTES));
    });
  }

  async subscribe(documentName: string): Promise<void> {
    await this.sub.subscribe(channelOf(documentName));
  }

  async unsubscribe(documentName: string): Promise<void> {
    await this.sub.unsubscribe(channelOf(documentName));
  }

  publish(documentName: string, message: Uint8Array): void {
    void this.pub.publish(channelOf(documentName), Buffer.concat([Buffer.from([KIND_MESSAGE]), this.origin, message]));
  }

  requestState(documentName: string): void {
    void this.pub.publish(channelOf(documentName), Buffer.concat([Buffer.from([KIND_STATE_REQUEST]), this.origin]));
  }

  onMessage(handler: (documentName: string, message: Uint8Array) => void): void {
    this.messageHandler = handler;
  }

  onStateRequest(handler: (documentName: string) => void): void {
    this.stateRequestHandler = handler;
  }

  async close(): Promise<void> {
    await Promise.all([this.pub.quit().catch(() => undefined), this.sub.quit().catch(() => undefined)]);
  }
}
