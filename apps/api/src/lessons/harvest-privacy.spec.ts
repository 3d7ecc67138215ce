import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LessonDetail, SessionHarvestView } from '@mao/domain';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { liveSessionFixture } from '../test/live-fixtures.js';
import { HarvestService } from './harvest.service.js';
import { mergedAccepted, privacyNote, withPrivacyNote } from './harvest-privacy.js';
import { harvestEntry, insertLesson, storeHarvestBoard } from './lesson-test-kit.js';

describe('privacy note (pure)', () => {
  it('names how many details and which kinds, never the details themselves', () => {
    const note = privacyNote('Daan belde zijn moeder op 06-12345678.', [], 'harvest');
    expect(note).toBe(
      'Privacycontrole bij het oogsten: 2 gegevens die iemand herkenbaar kunnen maken (naam, telefoonnummer). Pas de tekst aan voordat je publiceert; een detail dat niemand herkenbaar maakt en geen nummer, adres of postcode is, kun je markeren als niet herkenbaar.',
    );
    expect(note).not.toContain('Daan');
    expect(note).not.toContain('06-12345678');
    expect(privacyNote('Samen de regie voeren werkt.', [], 'harvest')).toBeNull();
    expect(privacyNote('Het BSN 123456782 stond in het verslag.', [], 'merge')).toContain('(BSN)');
    // A place only warns.
    expect(privacyNote('In Lelystad werkt het wijkteam al zo.', [], 'edit')).toBe('Privacycontrole na het bewerken: Let op: een plaats of wijk. Laat die alleen staan als het nodig is.');
    // Accepted texts are not reported.
    expect(privacyNote('Wat vindt Storm ervan?', ['Storm'], 'edit')).toBeNull();
  });

  it('keeps one privacy note, the current one', () => {
    const notes = ['Onbekende indicator "x" weggelaten.', 'Privacycontrole bij het oogsten: 1 gegeven dat iemand herkenbaar kan maken (naam). …'];
    expect(withPrivacyNote(notes, 'Een schone tekst.', [], 'merge')).toEqual(['Onbekende indicator "x" weggelaten.']);
    expect(withPrivacyNote(notes, 'Bel 06-12345678.', [], 'merge')).toEqual(['Onbekende indicator "x" weggelaten.', expect.stringMatching(/^Privacycontrole na het samenvoegen: 1 gegeven dat .*\(telefoonnummer\)/)]);
  });

  it('carries an accepted text into a merge only where it was accepted', () => {
    expect(mergedAccepted({ text: 'Wat vindt Storm ervan?', accepted: ['Storm'] }, { text: 'Samen werkt het.', accepted: [] })).toEqual(['Storm']);
    expect(mergedAccepted({ text: 'Wat vindt Storm ervan?', accepted: ['Storm'] }, { text: 'Storm zit thuis.', accepted: [] })).toEqual([]);
    expect(mergedAccepted({ text: 'Wat vindt Storm ervan?', accepted: ['Storm'] }, { text: 'Storm zit thuis.', accepted: ['Storm'] })).toEqual(['Storm']);
  });
});

describe('privacy guard on the harvest and on merges (PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const notesOf = async (lessonId: string) => ((await t.dataSource.query(`SELECT review_notes FROM lessons WHERE id = $1`, [lessonId])) as Array<{ review_notes: string[] }>)[0]?.review_notes;

  it('the harvest stores what the guard finds in each draft; the review shows the findings and publishing refuses them', async () => {
    const f = await liveSessionFixture(t, 'harvest-privacy');
    await t.dataSource.query(`UPDATE sessions SET status = 'closed', closed_at = now() WHERE id = $1`, [f.sessionId]);
    const by = f.participant.user.id;
    await storeHarvestBoard(t, f.sessionId, [
      harvestEntry({ id: 'a', authorId: by, text: 'Daan … bel zijn moeder op 06-12345678 als school en wijkteam vastlopen.', elementIds: ['regie-op-samenwerking'], createdAt: 1 }),
      harvestEntry({ id: 'b', authorId: by, text: 'Spreek vooraf af wie de regie heeft.', elementIds: ['regie-op-samenwerking'], createdAt: 2 }),
    ]);
    await t.app.get(HarvestService).sessionClosed(f.sessionId);

    const view = (await f.facilitator.client.get<SessionHarvestView>(`/api/sessions/${f.sessionId}/lessons`)).body;
    const [flagged, clean] = view.lessons;
    expect(flagged?.text).toContain('06-12345678');
    expect(flagged?.privacyFindingCount).toBe(2);
    expect(flagged?.reviewNotes).toEqual([expect.stringMatching(/^Privacycontrole bij het oogsten: 2 gegevens die iemand herkenbaar kunnen maken \(naam, telefoonnummer\)/)]);
    expect(clean?.privacyFindingCount).toBe(0);
    expect(clean?.reviewNotes).toEqual([]);
    // Stored in the lesson itself, without copying the details.
    const stored = await notesOf(flagged?.id ?? '');
    expect(stored).toHaveLength(1);
    expect(stored?.join(' ')).not.toMatch(/Daan|06-12345678/);

    const detail = (await f.facilitator.client.get<LessonDetail>(`/api/lessons/${flagged?.id}`)).body;
    expect(detail.privacyFindings?.map((finding) => [finding.kind, finding.match])).toEqual([
      ['name', 'Daan'],
      ['phone', '06-12345678'],
    ]);
    const refused = await f.facilitator.client.post<{ error: { code: string } }>(`/api/lessons/${flagged?.id}/publish`, { visibility: 'community' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('privacy_findings');
    // A name cannot be accepted away while the phone number is there: direct identifiers block as before.
    expect((await f.facilitator.client.post(`/api/lessons/${flagged?.id}/publish`, { visibility: 'community', acceptedFindings: ['Daan', '06-12345678'] })).status).toBe(422);

    // Fixed by the reviewer: the note goes, and it publishes.
    const fixed = await f.facilitator.client.patch<LessonDetail>(`/api/lessons/${flagged?.id}`, { text: 'Bel de ouder als school en wijkteam vastlopen.' });
    expect(fixed.status).toBe(200);
    expect(fixed.body.privacyFindings).toEqual([]);
    expect(await notesOf(flagged?.id ?? '')).toEqual([]);
    expect((await f.facilitator.client.post(`/api/lessons/${flagged?.id}/publish`, { visibility: 'community' })).status).toBe(200);
  });

  it('merging runs the guard on the merged text: a note, the findings, and an accepted word only where it was accepted', async () => {
    const f = await liveSessionFixture(t, 'merge-privacy');
    await t.dataSource.query(`UPDATE sessions SET status = 'closed', closed_at = now() WHERE id = $1`, [f.sessionId]);
    const communityId = f.community.id;
    const keep = await insertLesson(t, { communityId, sessionId: f.sessionId, status: 'draft', text: 'Vraag wat Storm ervan vindt: het kind zelf.' });
    const other = await insertLesson(t, { communityId, sessionId: f.sessionId, status: 'draft', text: 'Storm zit al weken thuis; bel 06-12345678.' });
    // The reviewer accepted "Storm" in the first draft only.
    const accepted = await f.facilitator.client.patch<LessonDetail>(`/api/lessons/${keep}`, { text: 'Vraag wat Storm ervan vindt: het kind zelf.', acceptedFindings: ['Storm'] });
    expect(accepted.status).toBe(200);
    expect(accepted.body.privacyFindings).toEqual([]);

    const merged = await f.facilitator.client.post<LessonDetail>(`/api/lessons/${keep}/merge`, { otherId: other });
    expect(merged.status).toBe(200);
    expect(merged.body.text).toBe('Vraag wat Storm ervan vindt: het kind zelf.\n\nStorm zit al weken thuis; bel 06-12345678.');
    // "Storm" in the other draft was never looked at: it is flagged again, at both places.
    expect(merged.body.privacyFindings?.map((finding) => [finding.kind, finding.match])).toEqual([
      ['name', 'Storm'],
      ['name', 'Storm'],
      ['phone', '06-12345678'],
    ]);
    expect(merged.body.reviewNotes).toEqual([expect.stringMatching(/^Privacycontrole na het samenvoegen: 3 gegevens die iemand herkenbaar kunnen maken \(naam, telefoonnummer\)/)]);
    expect((await f.facilitator.client.post(`/api/lessons/${keep}/publish`, { visibility: 'community' })).status).toBe(422);
    const [audit] = await t.dataSource.query(`SELECT details FROM audit_log WHERE subject_id = $1 AND action = 'lesson.merged'`, [keep]);
    expect(audit?.details).toMatchObject({ mergedId: other, privacyFindings: 3 });
  });

  it('merging two clean drafts adds no note', async () => {
    const f = await liveSessionFixture(t, 'merge-clean');
    await t.dataSource.query(`UPDATE sessions SET status = 'closed', closed_at = now() WHERE id = $1`, [f.sessionId]);
    const keep = await insertLesson(t, { communityId: f.community.id, sessionId: f.sessionId, status: 'draft', text: 'Samen de regie voeren.' });
    const other = await insertLesson(t, { communityId: f.community.id, sessionId: f.sessionId, status: 'draft', text: 'Eén aanspreekpunt per school.' });
    const merged = await f.facilitator.client.post<LessonDetail>(`/api/lessons/${keep}/merge`, { otherId: other });
    expect(merged.body.reviewNotes).toEqual([]);
    expect(merged.body.privacyFindings).toEqual([]);
  });
});
