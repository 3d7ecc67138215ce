import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { LessonDetail, SessionHarvestView } from '@mao/domain';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { emitAck, liveSessionFixture, liveSocket, synced, waitFor, yClient } from '../test/live-fixtures.js';
import { JobRunner } from '../jobs/job-runner.service.js';
import { CollabServer } from '../collaboration/collab-server.js';
import { boardDocumentName } from '../collaboration/document-name.js';
import { HarvestService, harvestJobKey, readHarvestBoard } from './harvest.service.js';
import { closedSession, harvestEntry, storeHarvestBoard, writeEntries } from './lesson-test-kit.js';

const lessonsOf = (t: TestApp, sessionId: string) =>
  t.dataSource.query(`SELECT harvest_entry_id, text, status, element_ids, indicator_ids, review_notes FROM lessons WHERE session_id = $1 ORDER BY harvest_entry_id`, [sessionId]) as Promise<
    Array<{ harvest_entry_id: string; text: string; status: string; element_ids: string[]; indicator_ids: string[]; review_notes: string[] }>
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
    writeEntries(doc, [
      harvestEntry({ id: 'e1', text: 'Spreek vooraf af wie de regie heeft als onderwijs en jeugdhulp tegelijk betrokken zijn.', elementIds: ['regie-op-samenwerking'], indicatorIds: ['regie-op-samenwerking.mandaat-in-uitvoering'], authorId: f.participant.user.id, authorName: 'Mo Member' }),
      harvestEntry({ id: 'e2', text: 'Een gedeelde taal begint bij het samen lezen van elkaars verslagen.', indicatorIds: ['cultuur-van-samenwerken.gedeelde-taal', 'bestaat-niet.nergens'], elementIds: ['verzonnen-element'], themes: ['Gedeelde taal'] }),
      harvestEntry({ id: 'e3', text: '   ' }),
    ]);
    const collab = t.app.get(CollabServer);
    await waitFor(async () => (await collab.snapshot(name)).getArray('lessons').length === 3, 10_000, 'board on the server');

    expect(await emitAck(facilitator, 'command', { sessionId: f.sessionId, type: 'end' })).toEqual({ ok: true });
    await waitFor(async () => (await lessonsOf(t, f.sessionId)).length === 2, 10_000, 'drafts');
    const lessons = await lessonsOf(t, f.sessionId);
    expect(lessons.map((l) => l.harvest_entry_id)).toEqual(['oogst:e1', 'oogst:e2']);
    expect(lessons.every((l) => l.status === 'draft')).toBe(true);
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
    await storeHarvestBoard(t, f.sessionId, [
      harvestEntry({ id: 'a', text: 'Eerste les over bindende afspraken met de gemeente.', elementIds: ['regie-op-samenwerking'] }),
      harvestEntry({ id: 'b', text: 'Tweede les over vertrouwen tussen school en wijkteam.', elementIds: ['cultuur-van-samenwerken'] }),
      harvestEntry({ id: 'c', text: 'Derde les over monitoring op het niveau van de afspraken.', elementIds: ['lerende-cyclus'] }),
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
    expect((await lessonsOf(t, f.sessionId)).map((l) => l.harvest_entry_id)).toEqual(['oogst:a', 'oogst:b', 'oogst:c']);
    await t.app.get(JobRunner).runDue(new Date(Date.now() + 1000));
    await expect(harvest.sessionClosed(f.sessionId)).resolves.toBeNull();
    await t.dataSource.transaction((tx) => harvest.harvest(tx, f.sessionId));
    expect(await lessonsOf(t, f.sessionId)).toHaveLength(3);
  });

  it('two concurrent closes (two processes) harvest once', async () => {
    const f = await liveSessionFixture(t, 'harvest-race');
    await t.dataSource.query(`UPDATE sessions SET status = 'closed', closed_at = now() WHERE id = $1`, [f.sessionId]);
    await storeHarvestBoard(t, f.sessionId, [harvestEntry({ id: 'x', text: 'Een les die maar één keer mag bestaan.', elementIds: ['een-ecosysteem'] })]);
    const harvest = t.app.get(HarvestService);
    const results = await Promise.all([harvest.sessionClosed(f.sessionId), harvest.sessionClosed(f.sessionId), harvest.sessionClosed(f.sessionId)]);
    expect(results.filter((r) => r !== null)).toEqual([{ inserted: 1, alreadyThere: 0, skippedEmpty: 0 }]);
    expect(await lessonsOf(t, f.sessionId)).toHaveLength(1);
  });

  it('enqueues a harvest at start-up for a closed session that never got one', async () => {
    const f = await liveSessionFixture(t, 'harvest-boot');
    const sessionId = await closedSession(t, f.community.id, f.facilitator.user.id);
    await storeHarvestBoard(t, sessionId, [harvestEntry({ id: 'boot', text: 'Een les die de crash overleefde.', elementIds: ['lerende-cyclus'] })]);
    await t.app.get(HarvestService).onApplicationBootstrap();
    await t.app.get(JobRunner).runDue(new Date(Date.now() + 1000));
    expect(await lessonsOf(t, sessionId)).toHaveLength(1);
    // A draft is only the facilitator's: the member gets 404 on it.
    const [lesson] = await t.dataSource.query(`SELECT id FROM lessons WHERE session_id = $1`, [sessionId]);
    expect((await f.facilitator.client.get<LessonDetail>(`/api/lessons/${lesson.id}`)).body.status).toBe('draft');
    expect((await f.participant.client.get(`/api/lessons/${lesson.id}`)).status).toBe(404);
  });

  it('reads boards leniently: plain objects, missing ids, duplicates, over-long texts and odd themes', () => {
    const doc = new Y.Doc();
    const lessons = doc.getArray<unknown>('lessons');
    lessons.push([
      { text: 'Zonder id, maar wel met tekst.', createdAt: 1, themes: ['  Monitoring ', 'x', 'monitoring'] },
      { id: 'dup', text: 'Een', elementIds: 'geen lijst' },
      { id: 'dup', text: 'Dubbel id telt één keer' },
      { id: 'long', text: 'a'.repeat(5000) },
      null,
      42,
    ]);
    const { drafts, skippedEmpty } = readHarvestBoard(doc, 'oogst');
    expect(skippedEmpty).toBe(0);
    expect(drafts.map((d) => d.key)).toEqual([expect.stringMatching(/^oogst:sha256-[0-9a-f]{32}$/), 'oogst:dup', 'oogst:long']);
    expect(drafts[0]?.themes).toEqual(['monitoring']);
    expect(drafts[2]?.text).toHaveLength(4000);
    expect(drafts[2]?.notes[0]).toContain('ingekort');
    // The same entry always gets the same key, so a retry finds it again.
    expect(readHarvestBoard(doc, 'oogst').drafts[0]?.key).toBe(drafts[0]?.key);
  });
});
