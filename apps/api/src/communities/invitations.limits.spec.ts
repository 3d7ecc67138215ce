import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommunityView, InvitationView, MeView, PlatformUserView } from '@mao/domain';
import { startTestApp, type TestApp, type TestClient } from '../test/test-app.js';
import { clientAs, createUser, loggedIn } from '../test/fixtures.js';
import { INVITATION_MAIL_LIMITS } from './invitations.limits.js';

describe('who may create a CoP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('an ordinary account may not; a platform administrator appoints a gespreksleider, who may', async () => {
    const { user, client } = await loggedIn(t, 'ordinary@example.org', { platformRole: null });
    expect((await client.get<MeView>('/api/me')).body).toMatchObject({ platformRole: null, canCreateCommunities: false });
    const refused = await client.post('/api/communities', { name: 'Spam CoP' });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: { code: 'community_creation_not_allowed' } });

    // Only administrators manage platform roles.
    const { client: other } = await loggedIn(t, 'other-gespreksleider@example.org');
    expect((await other.put(`/api/admin/users/${user.id}/platform-role`, { platformRole: 'gespreksleider' })).status).toBe(403);
    expect((await other.get('/api/admin/users')).status).toBe(403);

    const admin = await clientAs(t, await createUser(t, { email: 'beheer@example.org', isPlatformAdmin: true, platformRole: null }));
    expect((await admin.post<CommunityView>('/api/communities', { name: 'Beheer CoP' })).status).toBe(201);
    const found = await admin.get<PlatformUserView[]>('/api/admin/users?q=ordinary');
    expect(found.body).toEqual([expect.objectContaining({ id: user.id, email: 'ordinary@example.org', platformRole: null })]);
    const granted = await admin.put<PlatformUserView>(`/api/admin/users/${user.id}/platform-role`, { platformRole: 'gespreksleider' });
    expect(granted.body).toMatchObject({ id: user.id, platformRole: 'gespreksleider' });

    expect((await client.get<MeView>('/api/me')).body).toMatchObject({ platformRole: 'gespreksleider', canCreateCommunities: true });
    expect((await client.post('/api/communities', { name: 'Echte CoP' })).status).toBe(201);

    // Taken back: no new CoPs (the ones made stay).
    await admin.put(`/api/admin/users/${user.id}/platform-role`, { platformRole: null });
    expect((await client.post('/api/communities', { name: 'Nog een CoP' })).status).toBe(403);
    expect((await admin.put(`/api/admin/users/${user.id}/platform-role`, { platformRole: 'koning' })).status).toBe(400);
  });

  it('refuses links in CoP and person names: they end up in invitation mails', async () => {
    const { client } = await loggedIn(t, 'namer@example.org');
    for (const name of ['Win a prize at https://evil.example', 'Bezoek www.evil.example', 'Klik op evil-site.com', 'Naam\u0000met nul']) {
      const response = await client.post('/api/communities', { name });
      expect(response.status, name).toBe(400);
      expect(response.body).toMatchObject({ error: { code: 'validation_failed' } });
    }
    expect((await client.patch('/api/me', { name: 'Jan via evil.com' })).status).toBe(400);
    expect((await client.patch('/api/me', { name: 'J.de Vries' })).status).toBe(200);
  });

  it('can be opened to every account (COMMUNITY_CREATORS=everyone) or closed to all but administrators', async () => {
    const open = await startTestApp({ COMMUNITY_CREATORS: 'everyone' });
    const closed = await startTestApp({ COMMUNITY_CREATORS: 'admins' });
    try {
      const { client: anyone } = await loggedIn(open, 'anyone@example.org', { platformRole: null });
      expect((await anyone.post('/api/communities', { name: 'Open CoP' })).status).toBe(201);
      const { client: appointed } = await loggedIn(closed, 'appointed@example.org');
      expect((await appointed.get<MeView>('/api/me')).body.canCreateCommunities).toBe(false);
      expect((await appointed.post('/api/communities', { name: 'Dicht' })).status).toBe(403);
    } finally {
      await Promise.all([open.close(), closed.close()]);
    }
  });
});

describe('invitation mail limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function copOf(client: TestClient, name: string): Promise<string> {
    const created = await client.post<CommunityView>('/api/communities', { name });
    expect(created.status).toBe(201);
    return created.body.id;
  }

  it('per recipient: 3 mails a day from all CoPs together, resends included', async () => {
    const { client: a } = await loggedIn(t, 'inviter-a@example.org');
    const { client: b } = await loggedIn(t, 'inviter-b@example.org');
    const copA = await copOf(a, 'CoP A');
    const copB = await copOf(b, 'CoP B');
    const before = t.outbox().length;
    const invitation = (await a.post<InvitationView>(`/api/communities/${copA}/invitations`, { email: 'target@example.org' })).body;
    for (let i = 1; i < INVITATION_MAIL_LIMITS.recipient.points; i++) {
      expect((await a.post(`/api/communities/${copA}/invitations/${invitation.id}/resend`)).status).toBe(200);
    }
    const resend = await a.post(`/api/communities/${copA}/invitations/${invitation.id}/resend`);
    expect(resend.status).toBe(429);
    expect(resend.body).toMatchObject({ error: { code: 'mail_limit_reached', details: { limit: 'recipient' } } });
    expect(Number(resend.headers.get('retry-after'))).toBeGreaterThan(80_000);
    const fromB = await b.post(`/api/communities/${copB}/invitations`, { email: 'target@example.org' });
    expect(fromB.status).toBe(429);
    expect(t.outbox().slice(before).filter((mail) => mail.includes('target@example.org'))).toHaveLength(INVITATION_MAIL_LIMITS.recipient.points);
    // A refused invitation leaves nothing behind, and other addresses are not affected.
    expect((await b.get<InvitationView[]>(`/api/communities/${copB}/invitations`)).body).toEqual([]);
    expect((await b.post(`/api/communities/${copB}/invitations`, { email: 'someone-else@example.org' })).status).toBe(201);
  });

  it('per CoP: 100 a day from all its facilitators together', async () => {
    const { client: first } = await loggedIn(t, 'cop-limit-1@example.org');
    const cop = await copOf(first, 'Grote CoP');
    const second = await createUser(t, { email: 'cop-limit-2@example.org' });
    await t.dataSource.query(`INSERT INTO memberships (community_id, user_id, role) VALUES ($1, $2, 'facilitator')`, [cop, second.id]);
    const secondClient = await clientAs(t, second);
    const limit = INVITATION_MAIL_LIMITS.community.points;
    for (let i = 0; i < limit; i++) {
      const client = i % 2 === 0 ? first : secondClient;
      expect((await client.post(`/api/communities/${cop}/invitations`, { email: `member-${i}@example.org` })).status).toBe(201);
    }
    const over = await first.post(`/api/communities/${cop}/invitations`, { email: 'one-too-many@example.org' });
    expect(over.status).toBe(429);
    expect(over.body).toMatchObject({ error: { code: 'mail_limit_reached', details: { limit: 'community' } } });
  });

  it('per inviter: 100 a day over all their CoPs', async () => {
    const { client } = await loggedIn(t, 'busy-inviter@example.org');
    const cops = [await copOf(client, 'Eerste CoP'), await copOf(client, 'Tweede CoP')];
    const limit = INVITATION_MAIL_LIMITS.inviter.points;
    for (let i = 0; i < limit; i++) {
      expect((await client.post(`/api/communities/${cops[i % 2]}/invitations`, { email: `invitee-${i}@example.org` })).status).toBe(201);
    }
    const over = await client.post(`/api/communities/${cops[0]}/invitations`, { email: 'invitee-extra@example.org' });
    expect(over.status).toBe(429);
    expect(over.body).toMatchObject({ error: { code: 'mail_limit_reached', details: { limit: 'inviter' } } });
  });
});
