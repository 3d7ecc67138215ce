import { Injectable } from '@nestjs/common';
import { CLOSE, CollabRefusal, type AwarenessContext, type CollabConnection, type CollabExtension } from '../extension.js';
import type { AwarenessEntry } from '../protocol.js';

/** One person's awareness state: a name, a colour and a cursor — a few hundred bytes. */
export const MAX_AWARENESS_STATE_BYTES = 2048;
/** The awareness fields a client may set; `user` is always replaced by the server's roster entry. */
const AWARENESS_FIELDS = new Set(['user', 'cursor', 'selection', 'typing']);
const COLOR = /^#[0-9a-fA-F]{6}$/;

/**
 * Validates awareness (document updates are decoded and checked structurally by the server and
 * the document index). A connection owns exactly one awareness client id: the first it
 * announces (y-websocket announces its own first). Entries for other ids are dropped without a
 * fuss — the stock client re-sends the states of everyone whose awareness changed — so nobody
 * can speak for another. The own state must be a small JSON object with known fields, and the
 * name shown is the roster's, not the one the client claims.
 */
@Injectable()
export class MessageValidationExtension implements CollabExtension {
  beforeAwareness(context: AwarenessContext): void {
    const { connection, room } = context;
    const accepted: AwarenessEntry[] = [];
    for (const entry of context.entries) {
      const owner = room.awarenessOwner(entry.clientId);
      const own = owner === connection || (!owner && connection.awarenessClients.size === 0 && accepted.length === 0);
      if (!own) continue;
      accepted.push(entry.state === 'null' ? entry : { ...entry, state: this.cleanState(entry.state, connection) });
    }
    context.entries = accepted;
  }

  private cleanState(raw: string, connection: CollabConnection): string {
    if (raw.length > MAX_AWARENESS_STATE_BYTES) throw new CollabRefusal(CLOSE.invalidAwareness, 'awareness state too large');
    let state: unknown;
    try {
      state = JSON.parse(raw);
    } catch {
      throw new CollabRefusal(CLOSE.invalidAwareness, 'awareness state is not JSON');
    }
    if (typeof state !== 'object' || state === null || Array.isArray(state)) throw new CollabRefusal(CLOSE.invalidAwareness, 'awareness state is not an object');
    const fields = Object.entries(state as Record<string, unknown>).filter(([key]) => AWARENESS_FIELDS.has(key));
    const claimed = (state as { user?: { color?: unknown } }).user;
    const color = typeof claimed?.color === 'string' && COLOR.test(claimed.color) ? claimed.color : '#1f5f5b';
    const cleaned = Object.fromEntries(fields);
    cleaned['user'] = { id: connection.user.id, name: connection.grant.displayName(), color };
    return JSON.stringify(cleaned);
  }
}
