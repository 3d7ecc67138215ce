import { Injectable } from '@nestjs/common';
import { CLOSE, CollabRefusal, type AwarenessContext, type CollabExtension } from '../extension.js';

/** One person's awareness state: a name, a colour and a cursor — a few hundred bytes. */
export const MAX_AWARENESS_STATE_BYTES = 2048;
/** A browser tab announces one awareness client; a few more for reconnects within one socket. */
export const MAX_AWARENESS_CLIENTS_PER_CONNECTION = 4;
/** The awareness fields a client may set; `user` is always replaced by the server's roster entry. */
const AWARENESS_FIELDS = new Set(['user', 'cursor', 'selection', 'typing']);
const COLOR = /^#[0-9a-fA-F]{6}$/;

/**
 * Validates awareness (document updates are decoded and checked structurally by the server and
 * the document index): a client may announce only its own client ids, a small JSON object with
 * known fields, and the name shown is the roster's, not the one it claims.
 */
@Injectable()
export class MessageValidationExtension implements CollabExtension {
  beforeAwareness(context: AwarenessContext): void {
    const { connection, room } = context;
    context.entries = context.entries.map((entry) => {
      const owner = room.awarenessOwner(entry.clientId);
      if (owner && owner !== connection) throw new CollabRefusal(CLOSE.invalidAwareness, 'awareness of another connection');
      if (!owner && connection.awarenessClients.size >= MAX_AWARENESS_CLIENTS_PER_CONNECTION) throw new CollabRefusal(CLOSE.invalidAwareness, 'too many awareness clients');
      if (entry.state === 'null') return entry;
      if (entry.state.length > MAX_AWARENESS_STATE_BYTES) throw new CollabRefusal(CLOSE.invalidAwareness, 'awareness state too large');
      let state: unknown;
      try {
        state = JSON.parse(entry.state);
      } catch {
        throw new CollabRefusal(CLOSE.invalidAwareness, 'awareness state is not JSON');
      }
      if (typeof state !== 'object' || state === null || Array.isArray(state)) throw new CollabRefusal(CLOSE.invalidAwareness, 'awareness state is not an object');
      const fields = Object.entries(state as Record<string, unknown>).filter(([key]) => AWARENESS_FIELDS.has(key));
      const claimed = (state as { user?: { color?: unknown } }).user;
      const color = typeof claimed?.color === 'string' && COLOR.test(claimed.color) ? claimed.color : '#1f5f5b';
      const cleaned = Object.fromEntries(fields);
      cleaned['user'] = { id: connection.user.id, name: connection.grant.displayName(), color };
      return { ...entry, state: JSON.stringify(cleaned) };
    });
  }
}
