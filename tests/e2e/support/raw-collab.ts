import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';

/**
 * A raw y-websocket client outside the browser, with someone's session cookie: it speaks the
 * sync protocol for one document and sends every local change, so a test can try what the web
 * client never offers (writing where it may not, touching other people's entries) and see how
 * the server answers — the update dropped, or the socket closed with a code and reason.
 */
export class RawCollabClient {
  readonly doc = new Y.Doc();
  synced = false;
  /** How the server closed the socket (or we did: code 1005/1000). */
  readonly closed: Promise<{ code: number; reason: string }>;
  private readonly ws: WebSocket;

  constructor(url: string, cookie: string) {
    this.ws = new WebSocket(url, { headers: { cookie }, perMessageDeflate: false });
    this.ws.binaryType = 'arraybuffer';
    this.closed = new Promise((resolve) => this.ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    this.ws.on('error', () => undefined);
    this.ws.on('open', () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      syncProtocol.writeSyncStep1(encoder, this.doc);
      this.ws.send(encoding.toUint8Array(encoder));
    });
    this.ws.on('message', (data: ArrayBuffer) => this.receive(new Uint8Array(data)));
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this || this.ws.readyState !== WebSocket.OPEN) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      syncProtocol.writeUpdate(encoder, update);
      this.ws.send(encoding.toUint8Array(encoder));
    });
  }

  private receive(data: Uint8Array): void {
    const decoder = decoding.createDecoder(data);
    if (decoding.readVarUint(decoder) !== 0) return; // awareness and save status: not needed here
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    const subtype = syncProtocol.readSyncMessage(decoder, encoder, this.doc, this);
    if (encoding.length(encoder) > 1) this.ws.send(encoding.toUint8Array(encoder));
    if (subtype === syncProtocol.messageYjsSyncStep2) this.synced = true;
  }

  close(): void {
    this.ws.close();
  }
}
