import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_METHODS, metAndereOgen, totalMinutes, type Method } from '@mao/intervisie-method';
import type { MethodEntryView, SessionView } from '@mao/domain';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { amsterdam, sessionCommunity } from './session-test-kit.js';

interface ErrorBody {
  error: { code: string; message: string; details?: { problems?: Array<{ path: string; code: string; params: Record<string, unknown>; message: { nl: string; en: string } }> } };
}

const custom = (version: number, firstStepTitle = 'Terugblik'): Method => ({
  ...metAndereOgen,
  id: 'onze-eigen-methode',
  version,
  name: { nl: 'Onze eigen methode', en: 'Our own method' },
  steps: metAndereOgen.steps.map((step, i) => (i === 0 ? { ...step, title: { nl: firstStepTitle, en: 'Look back' } } : step)),
});

describe('methods', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists the built-in methods with their steps', async () => {
    const { client } = (await sessionCommunity(t, 'builtin')).member;
    const response = await client.get<MethodEntryView<Method>[]>('/api/methods');
    expect(response.status).toBe(200);
    expect(response.body.map((m) => m.method.id)).toEqual(BUILT_IN_METHODS.map((m) => m.id));
    expect(response.body[0]).toMatchObject({ source: 'builtin', totalMinutes: totalMinutes(metAndereOgen), method: { id: 'met-andere-ogen', steps: expect.any(Array) } });
    expect(response.body[0]?.method.steps[0]).toHaveProperty('instructions');
  });

  it('adds a CoP method after validation (422 with every problem), versions it and refreshes scheduled sessions', async () => {
    const f = await sessionCommunity(t, 'custom');
    const base = `/api/communities/${f.community.id}/methods`;
    const invalid = await f.facilitator.client.post<ErrorBody>(base, { ...custom(1), minGroupSize: 20, maxGroupSize: 4, steps: [], extra: true });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.code).toBe('invalid_method');
    const codes = invalid.body.error.details?.problems?.map((p) => p.code) ?? [];
    expect(codes).toEqual(expect.arrayContaining(['unknown_field', 'min_above_max', 'no_steps']));
    expect(invalid.body.error.details?.problems?.every((p) => p.message.nl.length > 0 && p.message.en.length > 0 && p.path !== undefined && typeof p.params === 'object')).toBe(true);
    expect(invalid.body.error.details?.problems?.find((p) => p.code === 'min_above_max')).toMatchObject({ path: 'minGroupSize', message: { nl: 'De minimale groepsgrootte is groter dan de maximale.', en: 'The minimum group size is larger than the maximum.' } });

    expect((await f.facilitator.client.post<ErrorBody>(base, { ...metAndereOgen })).body.error.code).toBe('method_exists');
    expect((await f.member.client.post(base, custom(1))).status).toBe(403);
    expect((await f.outsider.client.post(base, custom(1))).status).toBe(404);

    const created = await f.facilitator.client.post<MethodEntryView<Method>>(base, custom(1));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ source: 'custom', communityId: f.community.id, createdBy: { id: f.facilitator.user.id }, method: { id: 'onze-eigen-methode', version: 1 } });
    expect((await f.member.client.get<MethodEntryView<Method>[]>(base)).body.map((m) => m.method.id)).toEqual(['onze-eigen-methode']);
    expect((await f.outsider.client.get(base)).status).toBe(404);
    // Another CoP does not know it.
    const other = await sessionCommunity(t, 'custom-other');
    expect(
      (await other.facilitator.client.post<ErrorBody>(`/api/communities/${other.community.id}/sessions`, { title: 'Leen', methodId: 'onze-eigen-methode', startsAt: amsterdam(7) })).body.error.code,
    ).toBe('unknown_method');

    const session = (await f.facilitator.client.post<SessionView>(`/api/communities/${f.community.id}/sessions`, { title: 'Eigen methode', methodId: 'onze-eigen-methode', startsAt: amsterdam(7) })).body;
    expect(session.method).toMatchObject({ id: 'onze-eigen-methode', source: 'custom', version: 1 });
    expect(session.agenda[0]?.title.nl).toBe('Terugblik');

    expect((await f.facilitator.client.post<ErrorBody>(base, custom(1, 'Nog een keer'))).body.error.code).toBe('method_exists');
    expect((await f.facilitator.client.post(base, custom(2, 'Terugblik op de afspraken'))).status).toBe(201);
    const refreshed = (await f.member.client.get<SessionView>(`/api/sessions/${session.id}`)).body;
    expect(refreshed.method.version).toBe(2);
    expect(refreshed.agenda[0]?.title.nl).toBe('Terugblik op de afspraken');
    // A session that already ran keeps the copy it ran with.
    await t.dataSource.query(`UPDATE sessions SET status = 'closed' WHERE id = $1`, [session.id]);
    await f.facilitator.client.post(base, custom(3, 'Derde versie'));
    expect((await f.member.client.get<SessionView>(`/api/sessions/${session.id}`)).body.method.version).toBe(2);
  });

  it('lists every version of a CoP method, newest first, to its members only (the studio’s history)', async () => {
    const f = await sessionCommunity(t, 'versions');
    const base = `/api/communities/${f.community.id}/methods`;
    expect((await f.facilitator.client.post(base, custom(1))).status).toBe(201);
    expect((await f.facilitator.client.post(base, custom(2, 'Terugblik, korter'))).status).toBe(201);
    const versions = await f.member.client.get<MethodEntryView<Method>[]>(`${base}/onze-eigen-methode/versions`);
    expect(versions.status).toBe(200);
    expect(versions.body.map((entry) => [entry.method.version, entry.method.steps[0]?.title.nl, entry.createdBy?.id])).toEqual([
      [2, 'Terugblik, korter', f.facilitator.user.id],
      [1, 'Terugblik', f.facilitator.user.id],
    ]);
    expect((await f.outsider.client.get(`${base}/onze-eigen-methode/versions`)).status).toBe(404);
    expect((await f.member.client.get<ErrorBody>(`${base}/bestaat-niet/versions`)).body.error.code).toBe('unknown_method');
    expect((await f.member.client.get(`${base}/Geen%20slug/versions`)).status).toBe(400);
  });

  it('shares a CoP method with the platform; another CoP copies it with attribution; only facilitators share', async () => {
    const maker = await sessionCommunity(t, 'share-maker');
    const base = `/api/communities/${maker.community.id}/methods`;
    expect((await maker.facilitator.client.post(base, custom(1))).status).toBe(201);
    expect((await maker.facilitator.client.post(base, custom(2, 'Terugblik, gedeeld'))).status).toBe(201);
    // Members and outsiders cannot share; an unknown method cannot be shared.
    expect((await maker.member.client.put(`${base}/onze-eigen-methode/shared`, {})).status).toBe(403);
    expect((await maker.outsider.client.put(`${base}/onze-eigen-methode/shared`, {})).status).toBe(404);
    expect((await maker.facilitator.client.put<ErrorBody>(`${base}/bestaat-niet/shared`, {})).body.error.code).toBe('unknown_method');

    // Shared "now" by the api's clock (set here; released at the end of the test).
    t.clock.set(t.clock.now());
    const sharedAt = t.clock.now().toISOString();
    const shared = await maker.facilitator.client.put<MethodEntryView<Method>>(`${base}/onze-eigen-methode/shared`, {});
    t.clock.release();
    expect(shared.status).toBe(200);
    expect(shared.body).toMatchObject({ method: { version: 2 }, sharedAt, sharedBy: { communityId: maker.community.id } });
    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE subject_id = $1`, [shared.body.versionId]);
    expect(audit.map((row: { action: string }) => row.action)).toContain('method.shared');

    // Anyone signed in sees it in the platform's list (the shared version), with the CoP's name.
    const copier = await sessionCommunity(t, 'share-copier');
    const list = await copier.facilitator.client.get<MethodEntryView<Method>[]>('/api/methods/shared');
    const entry = list.body.find((item) => item.versionId === shared.body.versionId);
    expect(entry).toMatchObject({ method: { id: 'onze-eigen-methode', version: 2, steps: expect.any(Array) }, sharedBy: { communityName: expect.any(String) } });
    expect(entry?.sharedBy?.communityName).not.toBe('');

    // The copy under the other CoP's own id remembers where it came from.
    const copyBody = { ...custom(1, 'Terugblik, gedeeld'), id: 'gedeeld-en-aangepast' };
    const copied = await copier.facilitator.client.post<MethodEntryView<Method>>(`/api/communities/${copier.community.id}/methods?basedOn=${shared.body.versionId}`, copyBody);
    expect(copied.status).toBe(201);
    expect(copied.body.basedOn).toEqual({ communityName: entry?.sharedBy?.communityName, methodName: { nl: 'Onze eigen methode', en: 'Our own method' }, version: 2 });
    expect((await copier.member.client.get<MethodEntryView<Method>[]>(`/api/communities/${copier.community.id}/methods`)).body[0]?.basedOn?.version).toBe(2);
    // Only a shared version can be named as origin.
    const v1 = (await maker.facilitator.client.get<MethodEntryView<Method>[]>(`${base}/onze-eigen-methode/versions`)).body.find((item) => item.method.version === 1);
    expect((await copier.facilitator.client.post<ErrorBody>(`/api/communities/${copier.community.id}/methods?basedOn=${v1?.versionId}`, { ...copyBody, id: 'nog-een' })).body.error.code).toBe('unknown_method');
    expect((await copier.facilitator.client.post(`/api/communities/${copier.community.id}/methods?basedOn=geen-id`, { ...copyBody, id: 'nog-een' })).status).toBe(400);

    // Unsharing takes it off the list; the copy keeps its attribution.
    expect((await maker.facilitator.client.delete(`${base}/onze-eigen-methode/shared`)).status).toBe(200);
    expect((await copier.facilitator.client.get<MethodEntryView<Method>[]>('/api/methods/shared')).body.some((item) => item.method.id === 'onze-eigen-methode')).toBe(false);
    expect((await copier.member.client.get<MethodEntryView<Method>[]>(`/api/communities/${copier.community.id}/methods`)).body[0]?.basedOn?.version).toBe(2);
    // Not signed in: nothing.
    expect((await t.client().get('/api/methods/shared')).status).toBe(401);
  });
});
