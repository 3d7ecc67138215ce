import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeView } from '@mao/domain';
import { linkFromMail, startTestApp, type TestApp } from '../test/test-app.js';
import { createUser, loggedIn, TEST_PASSWORD } from '../test/fixtures.js';
import { AuthService } from './auth.service.js';

describe('accounts and access', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('logs in with an httpOnly SameSite=Lax cookie, answers /me, and logs out', async () => {
    await createUser(t, { email: 'lotte@example.org', name: 'Lotte' });
    const client = t.client();
    const login = await client.post<MeView>('/api/auth/login', { email: 'Lotte@Example.org ', password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ email: 'lotte@example.org', name: 'Lotte', isPlatformAdmin: false });
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^mao_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // served over plain http in tests
    expect((await client.get<MeView>('/api/me')).body.email).toBe('lotte@example.org');
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('marks the cookie Secure when the public URL is https', async () => {
    const secure = await startTestApp({ PUBLIC_URL: 'https://intervisie.example.org' });
    try {
      await createUser(secure, { email: 'sec@example.org' });
      const response = await secure.client().post('/api/auth/login', { email: 'sec@example.org', password: TEST_PASSWORD }, { origin: 'https://intervisie.example.org' });
      expect(response.status).toBe(200);
      expect(response.headers.get('set-cookie')).toMatch(/Secure/);
    } finally {
      await secure.close();
    }
  });

  it('refuses a wrong password with one message that does not reveal whether the account exists', async () => {
    await createUser(t, { email: 'known@example.org' });
    const wrong = await t.client().post('/api/auth/login', { email: 'known@example.org', password: 'niet-het-wachtwoord' });
    const unknown = await t.client().post('/api/auth/login', { email: 'unknown@example.org', password: 'niet-het-wachtwoord' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({ error: { code: 'invalid_credentials', message: expect.any(String) } });
  });

  // The login limits (race, pair, address, account slow-down, device cookies) are in login-limits.spec.ts.

  it('resets a forgotten password with a mailed single-use token and ends other logins', async () => {
    const { client: oldBrowser } = await loggedIn(t, 'forgot@example.org');
    const before = t.outbox().length;
    const request = await t.client().post('/api/auth/password-reset/request', { email: 'forgot@example.org' });
    expect(request.status).toBe(202);
    // Unknown addresses get the same answer and no mail.
    expect((await t.client().post('/api/auth/password-reset/request', { email: 'nobody@example.org' })).status).toBe(202);
    // The mail is prepared after the answer (so known addresses answer as fast as unknown ones).
    await t.app.get(AuthService).settled();
    const mails = t.outbox().slice(before);
    expect(mails).toHaveLength(1);
    const link = linkFromMail(mails[0] ?? '', '/wachtwoord-herstellen/');
    const token = link.split('/').pop() ?? '';
    expect((await t.client().post('/api/auth/password-reset', { token, password: 'kort' })).status).toBe(400);
    expect((await t.client().post('/api/auth/password-reset', { token, password: 'nieuw-wachtwoord-123' })).status).toBe(204);
    expect((await t.client().post('/api/auth/password-reset', { token, password: 'nog-een-wachtwoord' })).body).toMatchObject({ error: { code: 'invalid_token' } });
    expect((await oldBrowser.get('/api/me')).status).toBe(401);
    await t.client().login('forgot@example.org', 'nieuw-wachtwoord-123');
  });

  it('changes the password only with the current one, keeping this login', async () => {
    const { client } = await loggedIn(t, 'change@example.org');
    expect((await client.post('/api/me/password', { currentPassword: 'fout-fout-fout', newPassword: 'nieuw-wachtwoord-123' })).body).toMatchObject({ error: { code: 'wrong_password' } });
    expect((await client.post('/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'kort' })).status).toBe(400);
    expect((await client.post('/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'nieuw-wachtwoord-123' })).status).toBe(204);
    expect((await client.get('/api/me')).status).toBe(200);
    await t.client().login('change@example.org', 'nieuw-wachtwoord-123');
  });

  it('updates the profile through the contract and rejects unknown fields', async () => {
    const { client } = await loggedIn(t, 'profile@example.org');
    const updated = await client.patch<MeView>('/api/me', { name: 'Pim', background: 'gemeente', organisation: 'Gemeente Zwolle', locale: 'en' });
    expect(updated.body).toMatchObject({ name: 'Pim', background: 'gemeente', organisation: 'Gemeente Zwolle', locale: 'en' });
    const unknown = await client.patch('/api/me', { isPlatformAdmin: true });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ error: { code: 'validation_failed', details: { problems: expect.arrayContaining([{ path: '', message: expect.stringContaining('isPlatformAdmin') }]) } } });
    expect((await client.patch('/api/me', { background: 'astronaut' })).status).toBe(400);
  });

  it('exports all my personal data as JSON', async () => {
    const { client, user } = await loggedIn(t, 'export@example.org', { name: 'Eva Export', organisation: 'GGD' });
    await client.post('/api/communities', { name: 'Export CoP' });
    const response = await client.get<Record<string, unknown>>('/api/me/export');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('mijn-gegevens.json');
    expect(response.body).toMatchObject({
      profile: { id: user.id, email: 'export@example.org', name: 'Eva Export', organisation: 'GGD' },
      memberships: [{ communityName: 'Export CoP', role: 'facilitator' }],
    });
    expect(JSON.stringify(response.body)).not.toContain('password');
  });

  it('deletes my account: login gone, personal data erased, contributions attributed to "verwijderd lid"', async () => {
    const { client, user } = await loggedIn(t, 'leaving@example.org', { name: 'Lieke Leaving' });
    const { client: colleague } = await loggedIn(t, 'colleague@example.org');
    const community = (await client.post<{ id: string }>('/api/communities', { name: 'Deletion CoP' })).body;
    await client.post(`/api/communities/${community.id}/invitations`, { email: 'colleague@example.org', role: 'member' });
    const invitationLink = linkFromMail(t.outbox().at(-1) ?? '', '/uitnodiging/');
    expect((await colleague.post(`/api/invitations/${invitationLink.split('/').pop()}/accept`, {})).status).toBe(200);

    expect((await client.delete('/api/me')).status).toBe(204);
    expect((await client.get('/api/me')).status).toBe(401);
    expect((await t.client().post('/api/auth/login', { email: 'leaving@example.org', password: TEST_PASSWORD })).status).toBe(401);
    const row = await t.dataSource.query('SELECT name, email, password_hash, deleted_at FROM users WHERE id = $1', [user.id]);
    expect(row[0]).toMatchObject({ name: 'verwijderd lid', password_hash: null });
    expect(row[0].email).not.toContain('leaving');
    // The CoP keeps a facilitator: the remaining member took over.
    const members = await colleague.get<Array<{ name: string; role: string }>>(`/api/communities/${community.id}/members`);
    expect(members.body).toEqual([expect.objectContaining({ role: 'facilitator' })]);
    const invitations = await colleague.get<Array<{ invitedBy: string }>>(`/api/communities/${community.id}/invitations`);
    expect(invitations.body[0]?.invitedBy).toBe('verwijderd lid');
  });

  it('needs a login for everything but the public routes', async () => {
    const anonymous = t.client();
    for (const [method, url] of [['GET', '/api/me'], ['GET', '/api/me/export'], ['DELETE', '/api/me'], ['GET', '/api/communities'], ['POST', '/api/communities']] as const) {
      const response = await anonymous.request(method, url, method === 'GET' ? undefined : {});
      expect(response.status, `${method} ${url}`).toBe(401);
      expect(response.body).toMatchObject({ error: { code: 'unauthenticated' } });
    }
  });
});

describe('bad input and cross-site protection', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers a mutating request that is not JSON with 415', async () => {
    const response = await t.client().request('POST', '/api/auth/login', 'email=a@b.nl&password=x', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(response.status).toBe(415);
    expect(response.body).toMatchObject({ error: { code: 'unsupported_media_type' } });
    const text = await t.client().request('POST', '/api/communities', 'hallo', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
  });

  it('refuses a mutating request from another origin with 403', async () => {
    await createUser(t, { email: 'csrf@example.org' });
    const response = await t.client().post('/api/auth/login', { email: 'csrf@example.org', password: TEST_PASSWORD }, { origin: 'https://evil.example.com' });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ error: { code: 'origin_not_allowed' } });
    const own = await t.client().post('/api/auth/login', { email: 'csrf@example.org', password: TEST_PASSWORD }, { origin: t.config.publicUrl });
    expect(own.status).toBe(200);
  });

  it('answers malformed JSON, wrong types and oversized bodies with a clear 4xx and no stack trace', async () => {
    const malformed = await t.client().request('POST', '/api/auth/login', '{"email": ', { 'content-type': 'application/json' });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual({ error: { code: 'validation_failed', message: 'De invoer is geen geldige JSON.' } });
    const wrongType = await t.client().post('/api/auth/login', { email: 42, password: ['x'] });
    expect(wrongType.status).toBe(400);
    const huge = await t.client().post('/api/auth/login', { email: 'a@b.nl', password: 'x'.repeat(600_000) });
    expect(huge.status).toBe(413);
    for (const response of [malformed, wrongType, huge]) {
      expect(JSON.stringify(response.body)).not.toMatch(/at .*\.(js|ts):\d+|node_modules|SELECT|stack/i);
    }
  });
});
