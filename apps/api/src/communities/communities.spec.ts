import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommunityView, InvitationPreview, InvitationView, MemberView, MeView } from '@mao/domain';
import { linkFromMail, startTestApp, type TestApp } from '../test/test-app.js';
import { communityWithRoles, loggedIn, TEST_PASSWORD } from '../test/fixtures.js';

const tokenOf = (link: string) => link.split('/').pop() ?? '';

describe('communities of practice', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('creates a CoP with defaults; the creator becomes its facilitator', async () => {
    const { client } = await loggedIn(t, 'creator@example.org');
    const response = await client.post<CommunityView>('/api/communities', { name: 'Monitoring', themes: ['monitoring', 'monitoring', ' datagedreven '] });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ name: 'Monitoring', description: '', themes: ['monitoring', 'datagedreven'], caseRetentionDays: 30, myRole: 'facilitator', memberCount: 1 });
    const updated = await client.patch<CommunityView>(`/api/communities/${response.body.id}`, { caseRetentionDays: 14, description: 'Zicht op voortgang' });
    expect(updated.body).toMatchObject({ caseRetentionDays: 14, description: 'Zicht op voortgang' });
  });

  it.each([
    [{ name: 'ab' }, 'name'],
    [{ name: 'Goede naam', caseRetentionDays: 0 }, 'caseRetentionDays'],
    [{ name: 'Goede naam', caseRetentionDays: 12.5 }, 'caseRetentionDays'],
    [{ name: 'Goede naam', themes: 'monitoring' }, 'themes'],
    [{ name: 'Goede naam', owner: 'me' }, ''],
  ])('rejects invalid CoP input %j with a Dutch message on %s', async (body, path) => {
    const { client } = await loggedIn(t, `invalid-${Math.random()}@example.org`);
    const response = await client.post<{ error: { details: { problems: Array<{ path: string; message: string }> } } }>('/api/communities', body);
    expect(response.status).toBe(400);
    expect(response.body.error.details.problems[0]?.path).toBe(path);
    expect(response.body.error.details.problems[0]?.message).toMatch(/[a-z]/);
  });

  it('invites a new person by mail; they set a name and password and are logged in as member', async () => {
    const { community, facilitator } = await communityWithRoles(t, 'invite-new');
    const before = t.outbox().length;
    const created = await facilitator.client.post<InvitationView>(`/api/communities/${community.id}/invitations`, { email: 'Nieuw.Lid@Example.org', role: 'member' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email: 'nieuw.lid@example.org', role: 'member', status: 'pending', invitedBy: 'Fien Facilitator' });
    const mail = t.outbox().slice(before)[0] ?? '';
    expect(mail).toContain('nieuw.lid@example.org');
    expect(mail).toMatch(/^Subject: .*Uitnodiging/m);
    const token = tokenOf(linkFromMail(mail, '/uitnodiging/'));

    const preview = await t.client().get<InvitationPreview>(`/api/invitations/${token}`);
    expect(preview.body).toMatchObject({ communityName: community.name, email: 'nieuw.lid@example.org', role: 'member', status: 'pending', accountExists: false });

    const newcomer = t.client();
    expect((await newcomer.post(`/api/invitations/${token}/accept`, {})).body).toMatchObject({ error: { code: 'account_details_required' } });
    expect((await newcomer.post(`/api/invitations/${token}/accept`, { name: 'Nina', password: 'kort' })).status).toBe(400);
    const accepted = await newcomer.post<{ community: CommunityView; me: MeView }>(`/api/invitations/${token}/accept`, { name: 'Nina Nieuw', password: 'nina-haar-wachtwoord', background: 'ouder', organisation: 'Ouderraad' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.community).toMatchObject({ id: community.id, myRole: 'member', memberCount: 3 });
    expect(accepted.body.me).toMatchObject({ name: 'Nina Nieuw', background: 'ouder', email: 'nieuw.lid@example.org' });
    expect((await newcomer.get<MeView>('/api/me')).body.name).toBe('Nina Nieuw');
    // Single use.
    expect((await t.client().post(`/api/invitations/${token}/accept`, { name: 'X', password: 'nog-een-wachtwoord' })).body).toMatchObject({ error: { code: 'invitation_used' } });
    const list = await facilitator.client.get<InvitationView[]>(`/api/communities/${community.id}/invitations`);
    expect(list.body.find((i) => i.id === created.body.id)?.status).toBe('accepted');
  });

  it('lets an existing account join only when logged in with the invited address', async () => {
    const { community, facilitator } = await communityWithRoles(t, 'invite-existing');
    const { client: existing } = await loggedIn(t, 'bestaand@example.org');
    const { client: someoneElse } = await loggedIn(t, 'iemand-anders@example.org');
    await facilitator.client.post(`/api/communities/${community.id}/invitations`, { email: 'bestaand@example.org', role: 'facilitator' });
    const token = tokenOf(linkFromMail(t.outbox().at(-1) ?? '', '/uitnodiging/'));
    expect((await t.client().get<InvitationPreview>(`/api/invitations/${token}`)).body.accountExists).toBe(true);
    expect((await t.client().post(`/api/invitations/${token}/accept`, { name: 'Kaper', password: 'overname-poging' })).body).toMatchObject({ error: { code: 'login_required_to_accept' } });
    expect((await someoneElse.post(`/api/invitations/${token}/accept`, {})).body).toMatchObject({ error: { code: 'invitation_wrong_account' } });
    const accepted = await existing.post<{ community: CommunityView }>(`/api/invitations/${token}/accept`, {});
    expect(accepted.body.community.myRole).toBe('facilitator');
    // The existing password still works: accepting did not touch the account.
    await t.client().login('bestaand@example.org', TEST_PASSWORD);
  });

  it('refuses expired, revoked and resent-away links, and duplicate invitations', async () => {
    const { community, facilitator } = await communityWithRoles(t, 'invite-states');
    const base = `/api/communities/${community.id}/invitations`;
    const first = (await facilitator.client.post<InvitationView>(base, { email: 'states@example.org', role: 'member' })).body;
    const firstToken = tokenOf(linkFromMail(t.outbox().at(-1) ?? '', '/uitnodiging/'));
    expect((await facilitator.client.post(base, { email: 'states@example.org', role: 'member' })).body).toMatchObject({ error: { code: 'invitation_pending' } });
    expect((await facilitator.client.post(base, { email: 'invite-states-member@example.org', role: 'member' })).body).toMatchObject({ error: { code: 'already_member' } });

    const resent = await facilitator.client.post<InvitationView>(`${base}/${first.id}/resend`);
    expect(resent.body.status).toBe('pending');
    const secondToken = tokenOf(linkFromMail(t.outbox().at(-1) ?? '', '/uitnodiging/'));
    expect(secondToken).not.toBe(firstToken);
    expect((await t.client().get(`/api/invitations/${firstToken}`)).status).toBe(404);

    await t.dataSource.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [first.id]);
    expect((await t.client().get<InvitationPreview>(`/api/invitations/${secondToken}`)).body.status).toBe('expired');
    expect((await t.client().post(`/api/invitations/${secondToken}/accept`, { name: 'Laat', password: 'te-laat-wachtwoord' })).body).toMatchObject({ error: { code: 'invitation_expired' } });

    const other = (await facilitator.client.post<InvitationView>(base, { email: 'revoked@example.org', role: 'member' })).body;
    const revokedToken = tokenOf(linkFromMail(t.outbox().at(-1) ?? '', '/uitnodiging/'));
    expect((await facilitator.client.post<InvitationView>(`${base}/${other.id}/revoke`)).body.status).toBe('revoked');
    expect((await t.client().post(`/api/invitations/${revokedToken}/accept`, { name: 'R', password: 'revoked-wachtwoord' })).body).toMatchObject({ error: { code: 'invitation_used' } });
    expect((await t.client().get('/api/invitations/kort')).status).toBe(400);
  });

  it('shows e-mail addresses to facilitators only, and keeps at least one facilitator', async () => {
    const { community, facilitator, member } = await communityWithRoles(t, 'roles');
    const asMember = await member.client.get<MemberView[]>(`/api/communities/${community.id}/members`);
    expect(asMember.body.find((m) => m.userId === facilitator.user.id)?.email).toBeNull();
    expect(asMember.body.find((m) => m.userId === member.user.id)?.email).toBe('roles-member@example.org');
    const asFacilitator = await facilitator.client.get<MemberView[]>(`/api/communities/${community.id}/members`);
    expect(asFacilitator.body.every((m) => m.email !== null)).toBe(true);

    expect((await facilitator.client.post(`/api/communities/${community.id}/leave`)).body).toMatchObject({ error: { code: 'last_facilitator' } });
    expect((await facilitator.client.patch(`/api/communities/${community.id}/members/${facilitator.user.id}`, { role: 'member' })).body).toMatchObject({ error: { code: 'last_facilitator' } });
    const promoted = await facilitator.client.patch<MemberView>(`/api/communities/${community.id}/members/${member.user.id}`, { role: 'facilitator' });
    expect(promoted.body.role).toBe('facilitator');
    expect((await facilitator.client.post(`/api/communities/${community.id}/leave`)).status).toBe(204);
    expect((await facilitator.client.get(`/api/communities/${community.id}`)).status).toBe(404);
    expect((await member.client.delete(`/api/communities/${community.id}/members/${facilitator.user.id}`)).status).toBe(404);
  });

  it('writes an audit trail of membership changes without personal content', async () => {
    const { community, facilitator, member } = await communityWithRoles(t, 'audit');
    await facilitator.client.delete(`/api/communities/${community.id}/members/${member.user.id}`);
    const rows = await t.dataSource.query(`SELECT action, actor_id, subject_id FROM audit_log WHERE community_id = $1 ORDER BY id`, [community.id]);
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['community.created', 'membership.removed']);
    expect(rows[1]).toMatchObject({ actor_id: facilitator.user.id, subject_id: member.user.id });
  });
});
