// A simulated browser: a real Y.Doc speaking the y-websocket protocol over one socket.
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';

export class BenchClient {
  /**
   * sendTypedOnly: send only what type() writes, instead of listening to every document
   * update. With an 'update' listener Yjs re-encodes every update a client *receives* (to emit
   * the event), work a load generator holding hundreds of clients cannot afford; what is sent
   * is byte-for-byte the same.
   */
  constructor({ url, headers, onApplied, applyAwareness = true, sendTypedOnly = false }) {
    this.applyAwareness = applyAwareness;
    this.sendTypedOnly = sendTypedOnly;
    this.doc = new Y.Doc();
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    this.synced = false;
    this.closed = false;
    this.onApplied = onApplied;
    this.ws = new WebSocket(url, { headers, perMessageDeflate: false });
    this.ws.binaryType = 'arraybuffer';
    this.opened = new Promise((resolve, reject) => {
      this.ws.once('open', resolve);
      this.ws.once('error', reject);
      this.ws.once('close', (code, reason) => reject(new Error(`closed ${code} ${reason}`)));
    });
    this.ws.on('close', () => (this.closed = true));
    this.ws.on('error', () => undefined);
    this.ws.on('open', () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      syncProtocol.writeSyncStep1(encoder, this.doc);
      this.ws.send(encoding.toUint8Array(encoder));
    });
    this.ws.on('message', (data) => this.receive(new Uint8Array(data)));
    this.sendUpdate = (update, origin) => {
      if (origin === this) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      syncProtocol.writeUpdate(encoder, update);
      if (this.ws.readyState === 1) this.ws.send(encoding.toUint8Array(encoder));
    };
    if (!sendTypedOnly) this.doc.on('update', this.sendUpdate);
  }

  receive(data) {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    if (type === 0) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      const subtype = syncProtocol.readSyncMessage(decoder, encoder, this.doc, this);
      if (encoding.length(encoder) > 1) this.ws.send(encoding.toUint8Array(encoder));
      if (subtype === syncProtocol.messageYjsSyncStep2) this.synced = true;
      if (subtype !== syncProtocol.messageYjsSyncStep1) this.onApplied?.(this);
    } else if (type === 1 && this.applyAwareness) {
      // The load generator's clients skip rendering others' cursors; the server still relays them all.
      awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), this);
    }
  }

  type(char) {
    const text = this.doc.getText('notes');
    if (this.sendTypedOnly) this.doc.on('update', this.sendUpdate);
    text.insert(text.length, char);
    if (this.sendTypedOnly) this.doc.off('update', this.sendUpdate);
  }

  moveCursor(position) {
    this.awareness.setLocalStateField('cursor', { position });
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.doc.clientID]));
    if (this.ws.readyState === 1) this.ws.send(encoding.toUint8Array(encoder));
  }

  clockOf(clientId) {
    return Y.getState(this.doc.store, clientId);
  }

  close() {
    this.ws.close();
  }
}
