import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionView } from '@mao/domain';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { addMember, clientAs, createUser } from '../test/fixtures.js';
import { amsterdam, sessionCommunity } from '../sessions/session-test-kit.js';

describe('deleting an account lets go of upcoming sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('hands a session it would lead to another facilitator, drops its RSVP, casus and inbrenger role', async () => {
    const f = await sessionCommunity(t, 'delete-account');
    const coFacilitator = await createUser(t, { email: 'delete-account-co@example.org', name: 'Co Facilitator' });
    await addMember(t, f.community.id, coFacilitator.id, 'facilitator');
    const led = (await f.facilitator.client.post<SessionView>(`/api/communities/${f.community.id}/sessions`, { title: 'Geleid door wie vertrekt', methodId: 'met-andere-ogen', startsAt: amsterdam(7), presenterId: f.presenter.user.id })).body;
    await f.presenter.client.put(`/api/sessions/${led.id}/case`, {
      title: 'Thuiszitter', context: 'Een leerling zit al weken thuis.', keyQuestion: 'Wie neemt de regie?', tried: '', askOfGroup: 'Meedenken.', anonymisedConfirmed: true, consentConfirmed: true,
    });
    await f.member.client.put(`/api/sessions/${led.id}/rsvp`, { response: 'yes' });

    // The presenter deletes their account: the casus and the inbrenger role go.
    expect((await f.presenter.client.delete('/api/me')).status).toBe(204);
    const afterPresenter = (await f.facilitator.client.get<SessionView>(`/api/sessions/${led.id}`)).body;
    expect(afterPresenter.presenter).toBeNull();
    expect(afterPresenter.hasCase).toBe(false);

    // The facilitator deletes theirs: the session passes to the other facilitator.
    const member = await clientAs(t, f.member.user);
    expect((await f.facilitator.client.delete('/api/me')).status).toBe(204);
    const afterFacilitator = (await member.get<SessionView>(`/api/sessions/${led.id}`)).body;
    expect(afterFacilitator.status).toBe('scheduled');
    expect(afterFacilitator.facilitator.id).toBe(coFacilitator.id);

    // The member deletes theirs: their RSVP goes too.
    expect((await member.delete('/api/me')).status).toBe(204);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM session_participants WHERE session_id = $1 AND user_id = $2`, [led.id, f.member.user.id]);
    expect(n).toBe(0);
  });
});
