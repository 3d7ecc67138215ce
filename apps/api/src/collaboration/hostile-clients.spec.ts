import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { readBoard } from '@mao/domain';
import { startTestApp, type TestApp, type TestClient } from '../test/test-app.js';
import { emitAck, liveSessionFixture, liveSocket, synced, waitFor, yClient } from '../test/live-fixtures.js';
import { CollabServer, MAX_UPDATE_BYTES } from './collab-server.js';
import { PersistenceExtension } from './extensions/persistence.extension.js';
import { UpdateStore } from './update-store.js';
import { MetricsExtension } from './extensions/metrics.extension.js';
import { encodeAwarenessUpdate, type AwarenessEntry } from './protocol.js';

const board = (sessionId: string, stepId: string) => `session.${sessionId}.step.${stepId}`;
const CODES: Record<string, number> = { invalid_update: 4400, update_too_large: 4413, sync_pending: 4509 };

/** A y-websocket sync message: [0 = sync, subtype, update]. */
function syncMessage(update: Uint8Array, subtype = 2): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, subtype);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

function awarenessMessage(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(entries));
  return encoding.toUint8Array(encoder);
}

/** A deterministic PRNG (mulberry32), so a failing fuzz case can be replayed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface RawResult {
  code: number | null;
  reason: string;
  received: Uint8Array[];
}

/** Opens a raw socket as `client`, sends the messages once the server's step 1 arrived, and reports how it ended. */
function sendRaw(t: TestApp, client: TestClient, name: string, messages: Uint8Array[], lingerMs = 150): Promise<RawResult> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${t.baseUrl.replace('http', 'ws')}/collab/${name}`, { headers: { cookie: client.sessionCookie ?? '' } });
    const received: Uint8Array[] = [];
    let sent = false;
    let timer: NodeJS.Timeout | undefined;
    socket.on('message', (data: Buffer) => {
      received.push(new Uint8Array(data));
      if (sent) return;
      sent = true;
      for (const message of messages) socket.send(message);
      timer = setTimeout(() => socket.close(), lingerMs);
    });
    socket.on('close', (code, reason) => {
      clearTimeout(timer);
      resolve({ code: code === 1005 || code === 1000 ? null : code, reason: reason.toString(), received });
    });
    socket.on('error', reject);
  });
}

describe('hostile clients on /collab', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  async function startedSession(prefix: string) {
    const f = await liveSessionFixture(t, prefix);
    const control = liveSocket(t, f.facilitator.client);
    await emitAck(control, 'join', { sessionId: f.sessionId });
    expect(await emitAck(control, 'command', { sessionId: f.sessionId, type: 'start' })).toEqual({ ok: true });
    return { ...f, control };
  }

  it('refuses malformed, truncated, oversized, random and structurally hostile updates; the board keeps loading with exactly the honest content, also after a restart', async () => {
    const s = await startedSession('fuzz');
    const name = board(s.sessionId, 'terugblik');
    const honest = yClient(t, s.facilitator.client, name);
    await synced(honest.provider);
    const cardKey = `${s.facilitator.user.id}/c1`;
    const card = new Y.Map<unknown>();
    honest.doc.transact(() => {
      honest.doc.getMap('cardsByAuthor').set(cardKey, card);
      card.set('text', 'Wat spraken we af over de overdracht?');
      card.set('createdAt', 1);
      honest.doc.getText('notes').insert(0, 'Iedereen was er.');
    });
    const persistence = t.app.get(PersistenceExtension);
    await waitFor(async () => (await t.app.get(CollabServer).snapshot(name)).getText('notes').toString() === 'Iedereen was er.', 5000, 'honest content stored');

    // A valid update of the attacker's own, used as the base for mutations.
    const attackerDoc = new Y.Doc();
    Y.applyUpdate(attackerDoc, (await new UpdateStore(t.dataSource).load(name)).state);
    const before = Y.encodeStateVector(attackerDoc);
    attackerDoc.getText('notes').insert(0, 'x');
    const validOwn = Y.encodeStateAsUpdate(attackerDoc, before);

    const random = prng(20261201);
    const randomBytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));
    const hostile: Array<{ label: string; message: Uint8Array; reason: string }> = [
      { label: '64 random bytes', message: syncMessage(randomBytes(64)), reason: 'invalid_update' },
      { label: 'truncated update', message: syncMessage(validOwn.slice(0, validOwn.length - 3)), reason: 'invalid_update' },
      { label: '1.9 MiB of zeros', message: syncMessage(new Uint8Array(1_900_000)), reason: 'update_too_large' },
      { label: 'just over the size bound', message: syncMessage(new Uint8Array(MAX_UPDATE_BYTES + 1)), reason: 'update_too_large' },
      { label: 'unknown message type', message: Uint8Array.from([7, 1, 2]), reason: 'invalid_update' },
      { label: 'truncated sync header', message: Uint8Array.from([0]), reason: 'invalid_update' },
      // Content the server does not have: refused with a retryable code (a lagging process could cause it too).
      { label: 'a gap in the clock', message: syncMessage(hostileUpdate((doc) => doc.getText('notes').insert(0, 'gap'), { clockOffset: 1000 })), reason: 'sync_pending' },
      { label: 'an unknown root', message: syncMessage(hostileUpdate((doc) => doc.getArray('cards').push(['oud model']))), reason: 'invalid_update' },
      { label: 'a sub-document', message: syncMessage(hostileUpdate((doc) => doc.getMap('arrangement').set('a/b', new Y.Doc()))), reason: 'invalid_update' },
      { label: 'a reference to content that does not exist', message: syncMessage(danglingReference()), reason: 'sync_pending' },
    ];
    for (const attack of hostile) {
      const result = await sendRaw(t, s.participant.client, name, [attack.message]);
      expect({ attack: attack.label, code: result.code, reason: result.reason }).toEqual({ attack: attack.label, code: CODES[attack.reason], reason: attack.reason });
    }

    // Random mutations of a valid update: each is refused, or accepted only if it decodes into something acceptable.
    let refused = 0;
    for (let i = 0; i < 150; i++) {
      const mutated = Uint8Array.from(validOwn);
      const flips = 1 + Math.floor(random() * 4);
      for (let f = 0; f < flips; f++) mutated[Math.floor(random() * mutated.length)] = Math.floor(random() * 256);
      const result = await sendRaw(t, s.participant.client, name, [syncMessage(mutated)], 20);
      if (result.code !== null) refused++;
    }
    expect(refused).toBeGreaterThan(0);

    // The board still loads, for a fresh client and from the database, with the honest card intact.
    await persistence.queue.flush();
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await new UpdateStore(t.dataSource).load(name)).state);
    expect(readBoard({ cardsByAuthor: stored.getMap('cardsByAuthor').toJSON() }).cards.map((c) => [c.key, c.text])).toEqual([[cardKey, 'Wat spraken we af over de overdracht?']]);

    // The relay still works for honest clients.
    const second = yClient(t, s.participant.client, name);
    await synced(second.provider);
    honest.doc.getText('notes').insert(honest.doc.getText('notes').length, ' Nog een afspraak.');
    await waitFor(() => second.doc.getText('notes').toString() === honest.doc.getText('notes').toString(), 5000, 'relay after the fuzz');
    expect(t.app.get(MetricsExtension).stats.refused['invalid_update']).toBeGreaterThanOrEqual(7);
    honest.provider.destroy();
    second.provider.destroy();
    s.control.close();
    const expectedNotes = honest.doc.getText('notes').toString();

    // After a restart the board loads from PostgreSQL with the same content.
    const databaseUrl = t.databaseUrl;
    await t.close();
    t = await startTestApp({}, { databaseUrl });
    const reloaded = await t.app.get(CollabServer).snapshot(name);
    expect(reloaded.getText('notes').toString()).toBe(expectedNotes);
    expect(reloaded.getMap('cardsByAuthor').size).toBe(1);
  }, 90_000);

  it('validates awareness: no thousands of fake clients, no other client ids, the name shown is the roster’s', async () => {
    const s = await startedSession('awareness');
    const name = board(s.sessionId, 'terugblik');
    const watcher = yClient(t, s.facilitator.client, name);
    await synced(watcher.provider);

    const flood = Array.from({ length: 6000 }, (_, i) => ({ clientId: 1000 + i, clock: 1, state: JSON.stringify({ user: { name: `Nep ${i}` } }) }));
    expect(await sendRaw(t, s.participant.client, name, [awarenessMessage(flood)])).toMatchObject({ code: 4400, reason: 'invalid_awareness' });
    expect(await sendRaw(t, s.participant.client, name, [awarenessMessage([{ clientId: 77, clock: 1, state: 'not json' }])])).toMatchObject({ code: 4400, reason: 'invalid_awareness' });
    expect(await sendRaw(t, s.participant.client, name, [awarenessMessage([{ clientId: 78, clock: 1, state: JSON.stringify({ user: { name: 'x'.repeat(5000) } }) }])])).toMatchObject({
      code: 4400,
      reason: 'invalid_awareness',
    });
    // Someone else's awareness client id (the watcher's own) cannot be taken over: the entry is dropped.
    const watcherState = watcher.provider.awareness.getLocalState();
    expect((await sendRaw(t, s.participant.client, name, [awarenessMessage([{ clientId: watcher.doc.clientID, clock: 99, state: JSON.stringify({ user: { name: 'Kaper' } }) }])])).code).toBeNull();
    expect(watcher.provider.awareness.getLocalState()).toEqual(watcherState);

    // Claiming to be Floor: the others see the participant's real name, from the roster.
    const spoofer = new WebSocket(`${t.baseUrl.replace('http', 'ws')}/collab/${name}`, { headers: { cookie: s.participant.client.sessionCookie ?? '' } });
    await new Promise<void>((resolve) => spoofer.once('message', () => resolve()));
    spoofer.send(awarenessMessage([{ clientId: 4242, clock: 1, state: JSON.stringify({ user: { name: 'Floor Jansen', color: '#ff0000' } }) }]));
    await waitFor(() => watcher.provider.awareness.getStates().has(4242), 5000, 'awareness relayed');
    expect(watcher.provider.awareness.getStates().get(4242)).toEqual({ user: { id: s.participant.user.id, name: s.participant.user.name, color: '#ff0000' } });
    spoofer.close();
    await waitFor(() => !watcher.provider.awareness.getStates().has(4242), 5000, 'awareness removed when the socket closed');
    watcher.provider.destroy();
    s.control.close();
  });

  it('enforces authorship: nobody deletes, edits or forges other people’s cards, reactions, votes or harvest entries; the facilitator may moderate', async () => {
    const s = await startedSession('authorship');
    const name = board(s.sessionId, 'terugblik');
    const facilitator = yClient(t, s.facilitator.client, name);
    await synced(facilitator.provider);
    const facilitatorKey = `${s.facilitator.user.id}/card-1`;
    facilitator.doc.transact(() => {
      const card = new Y.Map<unknown>();
      facilitator.doc.getMap('cardsByAuthor').set(facilitatorKey, card);
      card.set('text', 'Afspraak: de school belt het wijkteam.');
      card.set('createdAt', 1);
      facilitator.doc.getMap('lessonsByAuthor').set(`${s.facilitator.user.id}/les-1`, { text: 'Samen plannen werkt.', elementIds: [], indicatorIds: [], themes: [], createdAt: 2 });
    });
    await waitFor(async () => (await t.app.get(CollabServer).snapshot(name)).getMap('cardsByAuthor').size === 1, 5000, 'card stored');

    const participantId = s.participant.user.id;
    const attacks: Array<{ label: string; act: (doc: Y.Doc) => void }> = [
      { label: 'delete another person’s card', act: (doc) => doc.getMap('cardsByAuthor').delete(facilitatorKey) },
      { label: 'edit another person’s card', act: (doc) => (doc.getMap('cardsByAuthor').get(facilitatorKey) as Y.Map<unknown>).set('text', 'Vervalst') },
      { label: 'write a card as someone else', act: (doc) => doc.getMap('cardsByAuthor').set(`${s.facilitator.user.id}/nep`, { text: 'Namens Floor', createdAt: 3 }) },
      { label: 'react as someone else', act: (doc) => doc.getMap('reactionsByAuthor').set(`${s.facilitator.user.id}/${facilitatorKey}`, 'idea') },
      { label: 'vote as someone else', act: (doc) => doc.getMap('votesByAuthor').set(s.facilitator.user.id, { score: 1, comment: '' }) },
      { label: 'delete another person’s harvest entry', act: (doc) => doc.getMap('lessonsByAuthor').delete(`${s.facilitator.user.id}/les-1`) },
      { label: 'forge a harvest entry', act: (doc) => doc.getMap('lessonsByAuthor').set(`${s.facilitator.user.id}/les-2`, { text: 'Van Floor', createdAt: 4 }) },
      { label: 'moderate without being the facilitator', act: (doc) => doc.getMap('moderation').set(facilitatorKey, { hidden: true }) },
    ];
    for (const attack of attacks) {
      const attacker = yClient(t, s.participant.client, name);
      await synced(attacker.provider);
      const closed = new Promise<{ code: number; reason: string }>((resolve) =>
        attacker.provider.once('connection-close', (event: { code: number; reason: string } | null) => resolve({ code: event?.code ?? 0, reason: event?.reason ?? '' })),
      );
      attacker.doc.transact(() => attack.act(attacker.doc));
      expect({ attack: attack.label, ...(await closed) }).toEqual({ attack: attack.label, code: 4403, reason: 'forbidden_change' });
      attacker.provider.destroy();
    }

    // A key that names no owner is not part of the layout at all.
    const malformed = yClient(t, s.participant.client, name);
    await synced(malformed.provider);
    const refused = new Promise<{ code: number; reason: string }>((resolve) =>
      malformed.provider.once('connection-close', (event: { code: number; reason: string } | null) => resolve({ code: event?.code ?? 0, reason: event?.reason ?? '' })),
    );
    malformed.doc.getMap('cardsByAuthor').set('zonder-eigenaar', { text: '?', createdAt: 5 });
    expect(await refused).toEqual({ code: 4400, reason: 'invalid_update' });
    malformed.provider.destroy();

    // Their own things they may write; the facilitator may hide and delete them (recorded).
    const own = yClient(t, s.participant.client, name);
    await synced(own.provider);
    const ownKey = `${participantId}/mijn-kaart`;
    own.doc.transact(() => {
      own.doc.getMap('cardsByAuthor').set(ownKey, { text: 'Mijn eigen kaart', createdAt: 6 });
      own.doc.getMap('reactionsByAuthor').set(`${participantId}/${facilitatorKey}`, 'agree');
      own.doc.getMap('votesByAuthor').set(participantId, { score: 4, comment: 'Goed' });
      own.doc.getMap('arrangement').set(facilitatorKey, { column: 'onderwijs' });
    });
    await waitFor(() => facilitator.doc.getMap('cardsByAuthor').size === 2 && facilitator.doc.getMap('votesByAuthor').size === 1, 5000, 'own writes relayed');
    facilitator.doc.getMap('moderation').set(ownKey, { hidden: true });
    facilitator.doc.getMap('cardsByAuthor').delete(ownKey);
    await waitFor(() => own.doc.getMap('cardsByAuthor').size === 1, 5000, 'moderation relayed');
    await t.app.get(PersistenceExtension).queue.flush();
    const [audit] = await t.dataSource.query(`SELECT details FROM audit_log WHERE action = 'board.moderated' AND subject_id = $1`, [name]);
    expect(audit?.details).toEqual({ deletedEntriesOf: [participantId] });

    const content = readBoard({
      cardsByAuthor: facilitator.doc.getMap('cardsByAuthor').toJSON(),
      lessonsByAuthor: facilitator.doc.getMap('lessonsByAuthor').toJSON(),
      reactionsByAuthor: facilitator.doc.getMap('reactionsByAuthor').toJSON(),
      votesByAuthor: facilitator.doc.getMap('votesByAuthor').toJSON(),
      arrangement: facilitator.doc.getMap('arrangement').toJSON(),
    });
    expect(content.cards).toEqual([
      { id: 'card-1', key: facilitatorKey, text: 'Afspraak: de school belt het wijkteam.', authorId: s.facilitator.user.id, createdAt: 1, column: 'onderwijs', reactions: { [participantId]: 'agree' }, hidden: false, dots: {} },
    ]);
    expect(content.lessons.map((l) => [l.authorId, l.text])).toEqual([[s.facilitator.user.id, 'Samen plannen werkt.']]);
    expect(content.votes).toEqual({ [participantId]: { score: 4, comment: 'Goed' } });

    // Moderation removes cards and harvest entries, never someone's reaction, dots, vote or mark.
    for (const [root, key] of [
      ['reactionsByAuthor', `${participantId}/${facilitatorKey}`],
      ['votesByAuthor', participantId],
    ] as const) {
      const moderator = yClient(t, s.facilitator.client, name);
      await synced(moderator.provider);
      const closed = new Promise<{ code: number; reason: string }>((resolve) =>
        moderator.provider.once('connection-close', (event: { code: number; reason: string } | null) => resolve({ code: event?.code ?? 0, reason: event?.reason ?? '' })),
      );
      moderator.doc.getMap(root).delete(key);
      expect({ root, ...(await closed) }).toEqual({ root, code: 4403, reason: 'forbidden_change' });
      moderator.provider.destroy();
    }
    const stored = await t.app.get(CollabServer).snapshot(name);
    expect(stored.getMap('reactionsByAuthor').get(`${participantId}/${facilitatorKey}`)).toBe('agree');
    expect(stored.getMap('votesByAuthor').get(participantId)).toEqual({ score: 4, comment: 'Goed' });
    facilitator.provider.destroy();
    own.provider.destroy();
    s.control.close();
  }, 60_000);

  it('lets the facilitator moderate a board they do not write on — hide and delete only, recorded', async () => {
    const s = await startedSession('moderation');
    // The advice round: participants write, the facilitator does not (in the question round they now sort the questions too).
    expect(await emitAck(s.control, 'command', { sessionId: s.sessionId, type: 'jumpTo', stepId: 'adviesronde' })).toEqual({ ok: true });
    const name = board(s.sessionId, 'adviesronde');
    const participant = yClient(t, s.participant.client, name);
    const facilitator = yClient(t, s.facilitator.client, name);
    await Promise.all([synced(participant.provider), synced(facilitator.provider)]);
    const key = `${s.participant.user.id}/advies-1`;
    participant.doc.getMap('cardsByAuthor').set(key, { text: 'Vraag de leerling zelf wat helpt.', createdAt: 1 });
    await waitFor(() => facilitator.doc.getMap('cardsByAuthor').size === 1, 5000, 'advice relayed');

    facilitator.doc.getMap('moderation').set(key, { hidden: true });
    await waitFor(() => participant.doc.getMap('moderation').size === 1, 5000, 'hidden for everyone');
    facilitator.doc.getMap('cardsByAuthor').delete(key);
    await waitFor(() => participant.doc.getMap('cardsByAuthor').size === 0, 5000, 'deleted for everyone');
    await waitFor(async () => (await t.dataSource.query(`SELECT 1 FROM audit_log WHERE action = 'board.moderated' AND subject_id = $1`, [name])).length === 1, 5000, 'moderation recorded');

    // Writing a card of their own is not moderation: refused.
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      facilitator.provider.once('connection-close', (event: { code: number; reason: string } | null) => resolve({ code: event?.code ?? 0, reason: event?.reason ?? '' })),
    );
    facilitator.doc.getMap('cardsByAuthor').set(`${s.facilitator.user.id}/eigen`, { text: 'Ik schrijf mee', createdAt: 2 });
    expect(await closed).toEqual({ code: 4403, reason: 'forbidden_change' });
    expect((await t.app.get(CollabServer).snapshot(name)).getMap('cardsByAuthor').size).toBe(0);
    participant.provider.destroy();
    facilitator.provider.destroy();
    s.control.close();
  });
});

/** An update made by `edit` on an empty document from a fresh client (optionally with its clocks moved up to leave a gap). */
function hostileUpdate(edit: (doc: Y.Doc) => void, { clockOffset = 0 } = {}): Uint8Array {
  const doc = new Y.Doc();
  edit(doc);
  const update = Y.encodeStateAsUpdate(doc);
  if (clockOffset === 0) return update;
  // Re-encode with a gap: skip `clockOffset` clocks for this client by prefixing deleted content we never send.
  const gapDoc = new Y.Doc();
  gapDoc.clientID = doc.clientID;
  const filler = gapDoc.getText('notes');
  filler.insert(0, 'x'.repeat(clockOffset));
  const sv = Y.encodeStateVector(gapDoc);
  filler.insert(clockOffset, 'gap');
  return Y.encodeStateAsUpdate(gapDoc, sv);
}

/** An item whose parent is an id nobody ever wrote. */
function danglingReference(): Uint8Array {
  const source = new Y.Doc();
  const map = new Y.Map<unknown>();
  source.getMap('arrangement').set('a/b', map);
  const sv = Y.encodeStateVector(source);
  map.set('column', 'zorg');
  // Only the nested write: its parent (the map) is not in the update and not on the server.
  return Y.encodeStateAsUpdate(source, sv);
}
