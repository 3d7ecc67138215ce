/**
 * Carries document traffic between api processes. With one process it is a no-op; with
 * REDIS_URL set it is Redis pub/sub with one channel per open document (redis-collab-relay.ts).
 */
export interface CollabRelay {
  /** Start receiving a document's traffic (its room was loaded on this process). */
  subscribe(documentName: string): Promise<void>;
  unsubscribe(documentName: string): Promise<void>;
  publish(documentName: string, message: Uint8Array): void;
  /** Asks the other processes that hold this document to send their state (a fresh room may lag the log). */
  requestState(documentName: string): void;
  onMessage(handler: (documentName: string, message: Uint8Array) => void): void;
  onStateRequest(handler: (documentName: string) => void): void;
  close(): Promise<void>;
}

/** One process: there is nobody to relay to, so every call does nothing. */
export class LocalOnlyRelay implements CollabRelay {
  async subscribe(): Promise<void> {
    // nothing to subscribe to
  }
  async unsubscribe(): Promise<void> {
    // nothing to unsubscribe from
  }
  publish(): void {
    // no other process
  }
  requestState(): void {
    // no other process holds state
  }
  onMessage(): void {
    // no messages arrive
  }
  onStateRequest(): void {
    // no requests arrive
  }
  async close(): Promise<void> {
    // nothing to close
  }
}

export const COLLAB_RELAY = Symbol('COLLAB_RELAY');
