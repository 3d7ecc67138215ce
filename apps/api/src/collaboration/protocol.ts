import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';

/**
 * The y-websocket wire protocol (y-protocols sync + awareness), so the stock `y-websocket`
 * WebsocketProvider works unchanged. Only what the relay needs: it reads the message type and
 * forwards the bytes it received instead of re-encoding them.
 */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

/**
 * Ours: whether this process has durably stored everything it accepted (1) or not yet (0, the
 * database is unreachable and edits are queued). Stock clients ignore it (with a console note).
 */
export const MESSAGE_SAVE_STATUS = 100;

/**
 * Ours: an edit of this client came when the document was read-only for it (the step had closed)
 * and was not kept. Its screen still shows the edit; the client tells its author.
 */
export const MESSAGE_EDIT_NOT_KEPT = 101;

export const SYNC_STEP_1 = 0;
export const SYNC_STEP_2 = 1;
export const SYNC_UPDATE = 2;

export type ParsedMessage =
  | { type: 'sync-step-1'; stateVector: Uint8Array }
  | { type: 'sync-step-2' | 'sync-update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'query-awareness' }
  | { type: 'unknown' };

export function parseMessage(data: Uint8Array): ParsedMessage {
  const decoder = decoding.createDecoder(data);
  const type = decoding.readVarUint(decoder);
  if (type === MESSAGE_SYNC) {
    const subtype = decoding.readVarUint(decoder);
    if (subtype === SYNC_STEP_1) return { type: 'sync-step-1', stateVector: decoding.readVarUint8Array(decoder) };
    if (subtype === SYNC_STEP_2) return { type: 'sync-step-2', update: decoding.readVarUint8Array(decoder) };
    if (subtype === SYNC_UPDATE) return { type: 'sync-update', update: decoding.readVarUint8Array(decoder) };
    return { type: 'unknown' };
  }
  if (type === MESSAGE_AWARENESS) return { type: 'awareness', update: decoding.readVarUint8Array(decoder) };
  if (type === MESSAGE_QUERY_AWARENESS) return { type: 'query-awareness' };
  return { type: 'unknown' };
}

export function encodeSaveStatus(saved: boolean): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SAVE_STATUS);
  encoding.writeVarUint(encoder, saved ? 1 : 0);
  return encoding.toUint8Array(encoder);
}

export function encodeEditNotKept(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_EDIT_NOT_KEPT);
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, SYNC_STEP_1);
  encoding.writeVarUint8Array(encoder, stateVector);
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, SYNC_STEP_2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeAwareness(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/**
 * A sync-step-2 from one client is relayed to the others as a plain update: same payload,
 * only the one-byte subtype differs. (A forwarded step 2 would make a peer that is still
 * syncing believe it is synced.) Both values are single-byte varuints, so this is a copy and
 * one byte, not a re-encode.
 */
export function asUpdateMessage(step2Message: Uint8Array): Uint8Array {
  const copy = Uint8Array.from(step2Message);
  copy[1] = SYNC_UPDATE;
  return copy;
}

/** An awareness update: entries of (clientID, clock, JSON state or "null" when removed). */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: string;
}

/** Throws on malformed input or more than `maxEntries` entries (a client announces itself, not thousands). */
export function decodeAwarenessUpdate(update: Uint8Array, maxEntries = Number.MAX_SAFE_INTEGER): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > maxEntries) throw new Error(`awareness update with ${count} entries`);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    entries.push({ clientId: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder), state: decoding.readVarString(decoder) });
  }
  return entries;
}

export function encodeAwarenessUpdate(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
}
