import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { performance } from 'node:perf_hooks';
import { linkFromMail, startTestApp, type TestApp, type TestClient } from '../test/test-app.js';
import { createUser, loggedIn, TEST_PASSWORD } from '../test/fixtures.js';
import { AccessChanges, type AccessChange } from '../access-changes/access-changes.js';
import { MailService } from '../mail/mail.service.js';
import { AuthService, RESET_LIMITS } from './auth.service.js';

/** Credentials end cleanly, and reset mails cannot be used to flood a mailbox or probe for members. */
describe('password reset and change', () => {
  let t: TestApp;
  const changes: AccessChange[] = [];
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: '1' });
    t.app.get(AccessChanges).subscribe((change) => {
      changes.push(change);
    });
  });
  afterAll(() => t.close());

  let ipCounter = 0;
  /** Each request from its own address unless a test is about the address limit. */
  const requestReset = (email: string, ip = `10.20.${++ipCounter}.1`) => t.client().post('/api/auth/password-reset/request', { email }, { 'x-forwarded-for': ip });

  async function resetLink(email: string): Promise<string> {
    const before = t.outbox().length;
    expect((await requestReset(email)).status).toBe(202);
    await t.app.get(AuthService).settled();
    const mails = t.outbox().slice(before).filter((mail) => mail.includes(email));
    expect(mails).toHaveLength(1);
    return linkFromMail(mails[0] ?? '', '/wachtwoord-herstellen/').split('/').pop() ?? '';
  }

  const reset = (token: string, password: string) => t.client().post('/api/auth/password-reset', { token, password });

  it('a successful reset refuses every older link, ends every login and tells the sockets', async () => {
    const { user, client: otherBrowser } = await loggedIn(t, 'reset@example.org');
    const older = await resetLink('reset@example.org');
    const newer = await resetLink('reset@example.org');
    changes.length = 0;

    expect((await reset(newer, 'nieuw-wachtwoord-123')).status).toBe(204);
    expect(changes).toContainEqual({ kind: 'user-sessions-ended', userId: user.id });
    expect((await otherBrowser.get('/api/me')).status).toBe(401);
    // The older link was still valid before; now it is not.
    expect((await reset(older, 'nog-een-wachtwoord-1')).body).toMatchObject({ error: { code: 'invalid_token' } });
    expect((await reset(newer, 'nog-een-wachtwoord-2')).body).toMatchObject({ error: { code: 'invalid_token' } });
    await t.client().login('reset@example.org', 'nieuw-wachtwoord-123');
  });

  it('a password change cancels open reset links and ends the other logins, keeping this one', async () => {
    const { user, client } = await loggedIn(t, 'change@example.org');
    const other: TestClient = t.client();
    await other.login('change@example.org', TEST_PASSWORD);
    const open = await resetLink('change@example.org');
    changes.length = 0;

    expect((await client.post('/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'nieuw-wachtwoord-123' })).status).toBe(204);
    expect(changes).toContainEqual({ kind: 'user-sessions-ended', userId: user.id });
    expect((await client.get('/api/me')).status).toBe(200);
    expect((await other.get('/api/me')).status).toBe(401);
    expect((await reset(open, 'kaper-wachtwoord-123')).body).toMatchObject({ error: { code: 'invalid_token' } });
  });

  it('logging out tells the sockets of that login', async () => {
    const { user, client } = await loggedIn(t, 'logout@example.org');
    changes.length = 0;
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect(changes).toEqual([{ kind: 'login-ended', userId: user.id, tokenHash: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
  });

  it('deleting an account tells the sockets of every login', async () => {
    const { user, client } = await loggedIn(t, 'delete-me@example.org');
    changes.length = 0;
    expect((await client.delete('/api/me')).status).toBe(204);
    expect(changes).toContainEqual({ kind: 'user-sessions-ended', userId: user.id });
  });

  it('limits reset mails per address (known or not, same answer) and per client address', async () => {
    await createUser(t, { email: 'flood@example.org' });
    for (const email of ['flood@example.org', 'no-account@example.org']) {
      for (let i = 0; i < RESET_LIMITS.addressHour.points; i++) expect((await requestReset(email)).status).toBe(202);
      const refused = await requestReset(email);
      expect(refused.status).toBe(429);
      expect(refused.body).toMatchObject({ error: { code: 'rate_limited' } });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3000);
    }
    await t.app.get(AuthService).settled();
    expect(t.outbox().filter((mail) => mail.includes('flood@example.org'))).toHaveLength(RESET_LIMITS.addressHour.points);

    const ip = '10.21.0.1';
    for (let i = 0; i < RESET_LIMITS.ip.points; i++) expect((await requestReset(`someone-${i}@example.org`, ip)).status).toBe(202);
    expect((await requestReset('someone-else@example.org', ip)).status).toBe(429);
  });

  it('answers a known address without waiting for the lookup, token and mail (timing reveals nothing)', async () => {
    await createUser(t, { email: 'timing@example.org' });
    const mail = t.app.get(MailService);
    const send = mail.send.bind(mail);
    // A slow mail server: if the answer waited for the mail, it would take at least this long.
    mail.send = async (outgoing) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      return send(outgoing);
    };
    try {
      const before = t.outbox().length;
      const start = performance.now();
      const known = await requestReset('timing@example.org');
      const knownMs = performance.now() - start;
      const unknown = await requestReset('timing-none@example.org');
      expect([known.status, known.body]).toEqual([unknown.status, unknown.body]);
      expect(knownMs).toBeLessThan(1500);
      expect(t.outbox().length).toBe(before);
      await t.app.get(AuthService).settled();
      expect(t.outbox().slice(before).filter((m) => m.includes('timing@example.org'))).toHaveLength(1);
    } finally {
      mail.send = send;
    }
  });
});
