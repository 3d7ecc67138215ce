import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardZoner } from './board-zones.js';
import { DocumentIndex, UpdateRefused } from './document-index.js';

/**
 * The document index without a server: an update the index accepts must integrate into the
 * stored board without an exception and without pending structs, and the result must load again.
 * Hostile updates are built by re-encoding decoded structs with other references — what a
 * client that writes the binary format by hand can send.
 */

/** Encodes structs (in order, grouped by client) as a Yjs v1 update with an empty delete set. */
function encodeStructs(structs: ReadonlyArray<Y.Item | Y.GC>): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  const byClient = new Map<number, Array<Y.Item | Y.GC>>();
  for (const struct of structs) {
    const list = byClient.get(struct.id.client) ?? [];
    list.push(struct);
    byClient.set(struct.id.client, list);
  }
  encoding.writeVarUint(encoder.restEncoder, byClient.size);
  for (const [client, list] of byClient) {
    encoding.writeVarUint(encoder.restEncoder, list.length);
    encoder.writeClient(client);
    encoding.writeVarUint(encoder.restEncoder, (list[0] as Y.Item | Y.GC).id.clock);
    for (const struct of list) struct.write(encoder, 0);
  }
  encoding.writeVarUint(encoder.restEncoder, 0);
  return encoder.toUint8Array();
}

const AUTHOR = 'u-1';

/** A stored board: shared notes, a card with a nested map, an arrangement entry. */
function storedBoard(): Y.Doc {
  const doc = new Y.Doc();
  doc.getText('notes').insert(0, 'Afspraken van vorige keer');
  const card = new Y.Map<unknown>();
  doc.getMap('cardsByAuthor').set(`${AUTHOR}/kaart-1`, card);
  card.set('text', 'Wat spraken we af?');
  card.set('createdAt', 1);
  doc.getMap('arrangement').set(`${AUTHOR}/kaart-1`, 'zorg');
  return doc;
}

/** Honest edits by another client on a copy of the stored board, each as one update. */
const HONEST_EDITS: Array<{ label: string; edit: (doc: Y.Doc) => void }> = [
  { label: 'typing in the middle of the notes', edit: (doc) => doc.getText('notes').insert(9, 'nieuwe ') },
  { label: 'typing at the end of the notes', edit: (doc) => doc.getText('notes').insert(doc.getText('notes').length, ' en meer') },
  { label: 'changing a nested field of a card', edit: (doc) => (doc.getMap('cardsByAuthor').get(`${AUTHOR}/kaart-1`) as Y.Map<unknown>).set('text', 'Anders gezegd') },
  { label: 'moving a card', edit: (doc) => doc.getMap('arrangement').set(`${AUTHOR}/kaart-1`, 'onderwijs') },
];

function honestUpdate(stored: Y.Doc, edit: (doc: Y.Doc) => void): { update: Uint8Array; client: number } {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(stored));
  const before = Y.encodeStateVector(copy);
  edit(copy);
  return { update: Y.encodeStateAsUpdate(copy, before), client: copy.clientID };
}

type Verdict = { accepted: true } | { accepted: false; reason: string; missingContent: boolean };

function judge(stored: Y.Doc, update: Uint8Array): Verdict {
  const index = DocumentIndex.fromState(Y.encodeStateAsUpdate(stored), boardZoner);
  try {
    index.inspect(update);
    return { accepted: true };
  } catch (error) {
    if (!(error instanceof UpdateRefused)) throw error;
    return { accepted: false, reason: error.reason, missingContent: error.missingContent };
  }
}

/** What the stored board would become: throws when the update breaks it. */
function integrate(stored: Y.Doc, update: Uint8Array): { pending: boolean; reloads: boolean } {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(stored));
  Y.applyUpdate(copy, update);
  const reloaded = new Y.Doc();
  Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(copy));
  return { pending: copy.store.pendingStructs !== null, reloads: reloaded.getText('notes').length >= 0 };
}

/** The first item of a decoded update, with one reference replaced. */
function withReference(update: Uint8Array, field: 'origin' | 'rightOrigin' | 'parent', id: (item: Y.Item) => Y.ID): Uint8Array {
  const { structs } = Y.decodeUpdate(update);
  const item = structs[0] as Y.Item;
  (item as unknown as Record<string, unknown>)[field] = id(item);
  return encodeStructs(structs as Array<Y.Item | Y.GC>);
}

describe('the document index checks every reference of an item', () => {
  const stored = storedBoard();
  const middle = honestUpdate(stored, (doc) => doc.getText('notes').insert(9, 'XY'));

  it('the re-encoder reproduces an honest update byte for byte, and the index accepts every honest edit', () => {
    expect(Array.from(encodeStructs(Y.decodeUpdate(middle.update).structs as Array<Y.Item | Y.GC>))).toEqual(Array.from(middle.update));
    for (const { label, edit } of HONEST_EDITS) {
      const { update } = honestUpdate(stored, edit);
      expect({ label, verdict: judge(stored, update) }).toEqual({ label, verdict: { accepted: true } });
      expect(integrate(stored, update)).toEqual({ pending: false, reloads: true });
    }
  });

  // Each of these made Yjs throw while integrating ("Cannot read properties of undefined"): the
  // board would never load again. The first three passed the index before it checked the right origin.
  it.each([
    ['a right origin at the item itself', 'rightOrigin' as const, (item: Y.Item) => Y.createID(item.id.client, item.id.clock)],
    ['a right origin at later content of its own client', 'rightOrigin' as const, (item: Y.Item) => Y.createID(item.id.client, item.id.clock + 1)],
    ['a right origin far beyond its own client', 'rightOrigin' as const, (item: Y.Item) => Y.createID(item.id.client, item.id.clock + 7)],
    ['an origin at later content of its own client', 'origin' as const, (item: Y.Item) => Y.createID(item.id.client, item.id.clock + 1)],
  ])('refuses %s as invalid', (_label, field, id) => {
    const hostile = withReference(middle.update, field, id);
    expect(() => integrate(stored, hostile)).toThrow();
    expect(judge(stored, hostile)).toEqual({ accepted: false, reason: 'invalid_update', missingContent: false });
  });

  it('refuses a right origin at content nobody has (it would stay pending) as retryable', () => {
    const hostile = withReference(middle.update, 'rightOrigin', () => Y.createID(424242, 3));
    expect(integrate(stored, hostile).pending).toBe(true);
    expect(judge(stored, hostile)).toEqual({ accepted: false, reason: 'invalid_update', missingContent: true });
  });

  it('accepted updates always integrate without pending content and reload (random references)', () => {
    const storedState = Y.encodeStateAsUpdate(stored);
    const storedIds = Y.decodeUpdate(storedState).structs.flatMap((struct) => Array.from({ length: struct.length }, (_, i) => Y.createID(struct.id.client, struct.id.clock + i)));
    const honest = HONEST_EDITS.map(({ edit }) => honestUpdate(stored, edit).update);
    const reference = fc.oneof(
      fc.constant(null),
      fc.constantFrom(...storedIds),
      fc.record({ own: fc.integer({ min: -3, max: 4 }) }),
      fc.record({ client: fc.integer({ min: 0, max: 2 ** 31 }), clock: fc.integer({ min: 0, max: 50 }) }),
    );
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.nat({ max: honest.length - 1 }), fc.array(fc.record({ struct: fc.nat(), field: fc.constantFrom('origin', 'rightOrigin', 'parent'), to: reference }), { minLength: 1, maxLength: 3 }), (which, changes) => {
        const { structs } = Y.decodeUpdate(honest[which] as Uint8Array);
        const items = structs.filter((s): s is Y.Item => s instanceof Y.Item);
        for (const change of changes) {
          const item = items[change.struct % items.length] as Y.Item;
          const to = change.to;
          const id = to === null ? null : to instanceof Y.ID ? to : 'own' in to ? Y.createID(item.id.client, Math.max(0, item.id.clock + to.own)) : Y.createID(to.client, to.clock);
          if (change.field === 'parent' && id === null && item.origin === null && item.rightOrigin === null) continue; // unencodable
          (item as unknown as Record<string, unknown>)[change.field] = id;
        }
        let update: Uint8Array;
        try {
          update = encodeStructs(structs as Array<Y.Item | Y.GC>);
          Y.decodeUpdate(update);
        } catch {
          return; // the encoder cannot write this combination; nothing a client could send
        }
        const verdict = judge(stored, update);
        if (!verdict.accepted) {
          refused++;
          return;
        }
        accepted++;
        expect(integrate(stored, update)).toEqual({ pending: false, reloads: true });
      }),
      { numRuns: 400, seed: 20261201 },
    );
    // Both outcomes occurred: the property checked accepted updates, and hostile ones were refused.
    expect(accepted).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(20);
  });

  it('damaged bytes: of 20,000 honest updates with 1–3 bytes changed, every one the index accepts integrates and reloads', () => {
    // A board with deleted text, a nested card and an arrangement; edits of several shapes, also several clients' worth.
    const board = storedBoard();
    board.getText('notes').delete(3, 4);
    const edits: Array<(doc: Y.Doc) => void> = [
      ...HONEST_EDITS.map((e) => e.edit),
      (doc) => {
        doc.getText('notes').insert(2, 'ab');
        doc.getText('notes').delete(5, 3);
      },
      (doc) => {
        const card = new Y.Map<unknown>();
        doc.getMap('cardsByAuthor').set('u-2/kaart-2', card);
        const body = new Y.Text();
        card.set('body', body);
        body.insert(0, 'nieuw');
      },
    ];
    const honest = edits.map((edit) => honestUpdate(board, edit).update);
    let seed = 20261201;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    let accepted = 0;
    const broken: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const damaged = Uint8Array.from(honest[i % honest.length] as Uint8Array);
      const flips = 1 + Math.floor(random() * 3);
      for (let f = 0; f < flips; f++) damaged[Math.floor(random() * damaged.length)] = Math.floor(random() * 256);
      if (!judge(board, damaged).accepted) continue;
      accepted++;
      try {
        const result = integrate(board, damaged);
        if (result.pending) broken.push(`pending: ${Buffer.from(damaged).toString('hex')}`);
      } catch (error) {
        broken.push(`${(error as Error).message}: ${Buffer.from(damaged).toString('hex')}`);
      }
    }
    expect(broken.slice(0, 5)).toEqual([]);
    expect(accepted).toBeGreaterThan(500); // damage that still decodes into something acceptable exists and was checked
  });
});
