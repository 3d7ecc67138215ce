import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { BOARD_KEYS, type LessonDetail, type SessionHarvestView } from '@mao/domain';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { emitAck, liveSessionFixture, liveSocket, synced, waitFor, yClient } from '../test/live-fixtures.js';
import { JobRunner } from '../jobs/job-runner.service.js';
import { CollabServer } from '../collaboration/collab-server.js';
import { boardDocumentName } from '../collaboration/document-name.js';
import { HarvestService, harvestJobKey, readHarvestBoard } from './harvest.service.js';
import { closedSession, harvestEntry, storeHarvestBoard, writeEntries } from './lesson-test-kit.js';

const lessonsOf = (t: TestApp, sessionId: string) =>
  t.dataSource.query(
    `SELECT harvest_entry_id, text, status, element_ids, indicator_ids, review_notes, author_id, author_name FROM lessons WHERE session_id = $1 ORDER BY harvest_entry_id`,
    [sessionId],
  ) as Promise<
    Array<{ harvest_entry_id: string; text: string; status: string; element_ids: string[]; indicator_ids: string[]; review_notes: string[]; author_id: string | null; author_name: string | null }>
  >;

describe('harvest: from the harvest board to draft lessons', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('turns every harvest entry into a draft when the facilitator closes the live session; closing again changes nothing', async () => {
    const f = await liveSessionFixture(t, 'harvest-live');
    const facilitator = liveSocket(t, f.facilitator.client);
    const participant = liveSocket(t, f.participant.client);
    expect(await emitAck(facilitator, 'join', { sessionId: f.sessionId })).toMatchObject({ ok: true });
    expect(await emitAck(participant, 'join', { sessionId: f.sessionId })).toMatchObject({ ok: true });
    expect(await emitAck(facilitator, 'command', { sessionId: f.sessionId, type: 'start' })).toEqual({ ok: true });
    expect(await emitAck(facilitator, 'command', { sessionId: f.sessionId, type: 'jumpTo', stepId: 'oogst' })).toEqual({ ok: true });

    const name = boardDocumentName(f.sessionId, 'oogst');
    const { doc, provider } = yClient(t, f.participant.client, name);
    await synced(provider);
    const me = f.participant.user.id;
    writeEntries(doc, [
      // The entry claims a name of its own choosing; the lesson takes the author from the key and the name from the users table.
      harvestEntry({ id: 'e1', authorId: me, text: 'Spreek vooraf af wie de regie heeft als onderwijs en jeugdhulp tegelijk betrokken zijn.', elementIds: ['regie-op-samenwerking'], indicatorIds: ['regie-op-samenwerking.mandaat-in-uitvoering'], extra: { authorName: 'Fien Facilitator', authorId: f.facilitator.user.id } }),
      harvestEntry({ id: 'e2', authorId: me, text: 'Een gedeelde taal begint bij het samen lezen van elkaars verslagen.', indicatorIds: ['cultuur-van-samenwerken.gedeelde-taal', 'bestaat-niet.nergens'], elementIds: ['verzonnen-element'], themes: ['Gedeelde taal'] }),
      harvestEntry({ id: 'e3', authorId: me, text: '   ' }),
    ]);
    const collab = t.app.get(CollabServer);
    await waitFor(async () => (await collab.snapshot(name)).getMap(BOARD_KEYS.lessons).size === 3, 10_000, 'board on the server');

    expect(await emitAck(facilitator, 'command', { sessionId: f.sessionId, type: 'end' })).toEqual({ ok: true });
    await waitFor(async () => (await lessonsOf(t, f.sessionId)).length === 2, 10_000, 'drafts');
    const lessons = await lessonsOf(t, f.sessionId);
    expect(lessons.map((l) => l.harvest_entry_id)).toEqual([`oogst:${me}/e1`, `oogst:${me}/e2`]);
    expect(lessons.every((l) => l.status === 'draft')).toBe(true);
    expect(lessons.map((l) => [l.author_id, l.author_name])).toEqual([
      [me, 'Mo Member'],
      [me, 'Mo Member'],
    ]);
    // The indicator implies its element; unknown tags are dropped with a note for the reviewer.
    expect(lessons[1]).toMatchObject({ element_ids: ['cultuur-van-samenwerken'], indicator_ids: ['cultuur-van-samenwerken.gedeelde-taal'] });
    expect(lessons[1]?.review_notes).toEqual([
      'Onbekend werkzaam element "verzonnen-element" weggelaten.',
      'Onbekende indicator "bestaat-niet.nergens" weggelaten.',
    ]);
    const [job] = await t.dataSource.query(`SELECT status, attempts FROM jobs WHERE dedupe_key = $1`, [harvestJobKey(f.sessionId)]);
    expect(job).toEqual({ status: 'done', attempts: 1 });

    // Closing twice: the state machine refuses, and the harvest itself is idempotent.
    expect(await emitAck(facilitator, 'command', { sessionId: f.sessionId, type: 'end' })).toMatchObject({ error: expect.anything() });
    expect(await t.app.get(HarvestService).sessionClosed(f.sessionId)).toBeNull();
    await t.app.get(JobRunner).runDue(new Date(Date.now() + 1000));
    expect(await lessonsOf(t, f.sessionId)).toHaveLength(2);

    // The facilitator sees the drafts for review; the participant (a member) does not.
    const review = await f.facilitator.client.get<SessionHarvestView>(`/api/sessions/${f.sessionId}/lessons`);
    expect(review.status).toBe(200);
    expect(review.body.harvestedAt).not.toBeNull();
    expect(review.body.lessons.map((l) => l.status)).toEqual(['draft', 'draft']);
    expect(review.body.lessons[1]?.reviewNotes).toHaveLength(2);
    expect((await f.participant.client.get<SessionHarvestView>(`/api/sessions/${f.sessionId}/lessons`)).body.lessons).toEqual([]);
    expect((await f.outsider.client.get(`/api/sessions/${f.sessionId}/lessons`)).status).toBe(404);

    provider.destroy();
    doc.destroy();
    facilitator.close();
    participant.close();
  });

  it('a crash in the middle of the harvest leaves the job pending and no lesson behind; the retry inserts each lesson exactly once', async () => {
    const f = await liveSessionFixture(t, 'harvest-crash');
    await t.dataSource.query(`UPDATE sessions SET status = 'closed', closed_at = now() WHERE id = $1`, [f.sessionId]);
    const by = f.participant.user.id;
    await storeHarvestBoard(t, f.sessionId, [
      harvestEntry({ id: 'a', authorId: by, text: 'Eerste les over bindende afspraken met de gemeente.', elementIds: ['regie-op-samenwerking'] }),
      harvestEntry({ id: 'b', authorId: by, text: 'Tweede les over vertrouwen tussen school en wijkteam.', elementIds: ['cultuur-van-samenwerken'] }),
      harvestEntry({ id: 'c', authorId: by, text: 'Derde les over monitoring op het niveau van de afspraken.', elementIds: ['lerende-cyclus'] }),
    ]);
    const harvest = t.app.get(HarvestService);
    type Insert = (...args: unknown[]) => Promise<boolean>;
    const original = (HarvestService.prototype as unknown as { insertDraft: Insert }).insertDraft;
    let calls = 0;
    const insert = vi.spyOn(harvest as unknown as { insertDraft: Insert }, 'insertDraft').mockImplementation(async (...args: unknown[]) => {
      calls++;
      // The process "dies" after the second insert.
      if (calls === 3) throw new Error('simulated crash in the middle of the harvest');
      return original.apply(harvest, args);
    });
    await expect(harvest.sessionClosed(f.sessionId)).rejects.toThrow('simulated crash');
    expect(await lessonsOf(t, f.sessionId)).toEqual([]);
    const [pending] = await t.dataSource.query(`SELECT status FROM jobs WHERE dedupe_key = $1`, [harvestJobKey(f.sessionId)]);
    expect(pending.status).toBe('pending');
    insert.mockRestore();

    // The next run of the job runner finishes it; running again adds nothing.
    const summary = await t.app.get(JobRunner).runDue(new Date(Date.now() + 1000));
    expect(summary.done).toBeGreaterThanOrEqual(1);
    expect((await lessonsOf(t, f.sessionId)).map((l) => l.harvest_entry_id)).toEqual([`oogst:${by}/a`, `oogst:${by}/b`, `oogst:${by}/c`]);
    await t.app.get(JobRunner).runDue(new Date(Date.now() + 1000));
    await expect(harvest.sessionClosed(f.sessionId)).resolves.toBeNull();
    await t.dataSource.transaction((tx) => harvest.harvest(tx, f.sessionId));
    expect(await lessonsOf(t, f.sessionId)).toHaveLength(3);
  });

  it('two concurrent closes (two processes) harvest once', async () => {
    const f = await liveSessionFixture(t, 'harvest-race');
    await t.dataSource.query(`UPDATE sessions SET status = 'closed', closed_at = now() WHERE id = $1`, [f.sessionId]);
    await storeHarvestBoard(t, f.sessionId, [harvestEntry({ id: 'x', authorId: f.participant.user.id, text: 'Een les die maar één keer mag bestaan.', elementIds: ['een-ecosysteem'] })]);
    const harvest = t.app.get(HarvestService);
    const results = await Promise.all([harvest.sessionClosed(f.sessionId), harvest.sessionClosed(f.sessionId), harvest.sessionClosed(f.sessionId)]);
    expect(results.filter((r) => r !== null)).toEqual([{ inserted: 1, alreadyThere: 0, skippedEmpty: 0 }]);
    expect(await lessonsOf(t, f.sessionId)).toHaveLength(1);
  });

  it('enqueues a harvest at start-up for a closed session that never got one', async () => {
    const f = await liveSessionFixture(t, 'harvest-boot');
    const sessionId = await closedSession(t, f.community.id, f.facilitator.user.id);
    await storeHarvestBoard(t, sessionId, [harvestEntry({ id: 'boot', authorId: f.facilitator.user.id, text: 'Een les die de crash overleefde.', elementIds: ['lerende-cyclus'] })]);
    await t.app.get(HarvestService).onApplicationBootstrap();
    await t.app.get(JobRunner).runDue(new Date(Date.now() + 1000));
    expect(await lessonsOf(t, sessionId)).toHaveLength(1);
    // A draft is only the facilitator's: the member gets 404 on it.
    const [lesson] = await t.dataSource.query(`SELECT id FROM lessons WHERE session_id = $1`, [sessionId]);
    expect((await f.facilitator.client.get<LessonDetail>(`/api/lessons/${lesson.id}`)).body.status).toBe('draft');
    expect((await f.participant.client.get(`/api/lessons/${lesson.id}`)).status).toBe(404);
  });

  it('gives a lesson the author of its key only when that person took part; anyone else’s entry is kept without an author', async () => {
    const f = await liveSessionFixture(t, 'harvest-authors');
    await t.dataSource.query(`UPDATE sessions SET status = 'closed', closed_at = now() WHERE id = $1`, [f.sessionId]);
    await storeHarvestBoard(t, f.sessionId, [
      harvestEntry({ id: 'p', authorId: f.presenter.user.id, text: 'Van de inbrenger, die meedeed.', createdAt: 1 }),
      // Under the key of someone from another CoP, naming the facilitator: never an author, never that name.
      harvestEntry({ id: 'o', authorId: f.outsider.user.id, text: 'Van iemand die er niet bij was.', createdAt: 2, extra: { authorName: 'Fien Facilitator' } }),
      // A CoP member who did not sign up for the session.
      harvestEntry({ id: 'b', authorId: f.bystander.user.id, text: 'Van een lid dat niet meedeed.', createdAt: 3 }),
      harvestEntry({ id: 'n', authorId: 'geen-gebruiker', text: 'Onder een sleutel die niemand is.', createdAt: 4 }),
    ]);
    await t.app.get(HarvestService).sessionClosed(f.sessionId);
    const lessons = await lessonsOf(t, f.sessionId);
    const byKey = new Map(lessons.map((l) => [l.harvest_entry_id, l]));
    expect(byKey.get(`oogst:${f.presenter.user.id}/p`)).toMatchObject({ author_id: f.presenter.user.id, author_name: 'Pien Presenter', review_notes: [] });
    for (const key of [`oogst:${f.outsider.user.id}/o`, `oogst:${f.bystander.user.id}/b`, 'oogst:geen-gebruiker/n']) {
      expect(byKey.get(key)).toMatchObject({ author_id: null, author_name: null });
      expect(byKey.get(key)?.review_notes).toEqual(['De schrijver van deze les doet niet (meer) mee aan deze bijeenkomst; de les staat daarom zonder auteur.']);
    }
    expect(lessons.map((l) => l.author_name)).not.toContain('Fien Facilitator');
  });

  it('reads boards leniently through readBoard: plain objects, keys without an owner, layout 1 roots, over-long texts and odd themes', () => {
    const doc = new Y.Doc();
    const lessons = doc.getMap<unknown>(BOARD_KEYS.lessons);
    lessons.set('anna/plain', { text: 'Een gewoon object, geen Y.Map.', createdAt: 1, themes: ['  Monitoring ', 'x', 'monitoring'] });
    lessons.set('zonder-eigenaar', { text: 'Sleutel zonder id-deel' });
    lessons.set('anna/leeg', { text: '  ' });
    lessons.set('anna/lang', { text: 'a'.repeat(5000), createdAt: 2, elementIds: 'geen lijst' });
    lessons.set('anna/getal', 42);
    lessons.set(`anna/${'x'.repeat(300)}`, { text: 'Een heel lange sleutel', createdAt: 3 });
    // Layout 1 is not read at all.
    doc.getArray('lessons').push([{ id: 'oud', text: 'Uit layout 1', authorId: 'anna', authorName: 'Anna' }]);
    const { entries, skippedEmpty } = readHarvestBoard(doc, 'oogst');
    expect(skippedEmpty).toBe(3);
    expect(entries.map((e) => e.key)).toEqual(['oogst:anna/plain', 'oogst:anna/lang', expect.stringMatching(/^oogst:sha256-[0-9a-f]{32}$/)]);
    expect(entries.every((e) => e.ownerId === 'anna')).toBe(true);
    expect(entries[0]?.themes).toEqual(['monitoring']);
    expect(entries[1]?.text).toHaveLength(2000);
    expect(entries[1]?.notes).toEqual(['De tekst was langer dan 2000 tekens en is ingekort.']);
    // The same entry always gets the same key, so a retry finds it again.
    expect(readHarvestBoard(doc, 'oogst').entries[2]?.key).toBe(entries[2]?.key);
  });
});
