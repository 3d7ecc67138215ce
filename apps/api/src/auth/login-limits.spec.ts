import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient, type TestResponse } from '../test/test-app.js';
import { createUser, TEST_PASSWORD } from '../test/fixtures.js';
import { LoginRateLimiter, LOGIN_LIMITS } from './login-rate-limiter.js';
import { PasswordHasher } from './passwords.js';

/**
 * The login limits against the attacks of issue 13. TRUST_PROXY=1 lets a test say which
 * address a request comes from (X-Forwarded-For, as nginx sets it).
 */
describe('login limits: counted before checking, and no lockout of innocent people', () => {
  let t: TestApp;
  beforeAll(async () => {
    // A long hash queue and wait: these tests count limits; the hash queue (tested in
    // password-hashing.spec.ts) must not turn an admitted check into too_busy on a busy machine.
    t = await startTestApp({ TRUST_PROXY: '1', PASSWORD_HASH_QUEUE: '64', PASSWORD_HASH_MAX_WAIT_MS: '30000' });
  });
  afterAll(() => t.close());

  const login = (client: TestClient, email: string, password: string, ip: string) => client.post('/api/auth/login', { email, password }, { 'x-forwarded-for': ip });
  const statuses = (answers: Array<TestResponse>) => answers.reduce<Record<number, number>>((count, a) => ({ ...count, [a.status]: (count[a.status] ?? 0) + 1 }), {});

  it('40 wrong passwords sent at once for one account from one address: at most 10 are checked', async () => {
    await createUser(t, { email: 'race@example.org' });
    const hasher = t.app.get(PasswordHasher);
    const checkedBefore = hasher.stats.hashed;
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => login(t.client(), 'race@example.org', `wrong-password-${i}`, '10.0.0.1')));
    expect(statuses(answers)).toEqual({ 401: LOGIN_LIMITS.pair.points, 429: 40 - LOGIN_LIMITS.pair.points });
    expect(hasher.stats.hashed - checkedBefore).toBe(LOGIN_LIMITS.pair.points);
    for (const refused of answers.filter((a) => a.status === 429)) {
      expect(refused.body).toMatchObject({ error: { code: 'rate_limited' } });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    }

    // That account from that address now waits 15 minutes, even with the right password...
    const blocked = await login(t.client(), 'race@example.org', TEST_PASSWORD, '10.0.0.1');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(800);
    // ...but the account is not locked: its owner logs in from elsewhere.
    expect((await login(t.client(), 'race@example.org', TEST_PASSWORD, '10.0.0.2')).status).toBe(200);
  });

  it('a colleague behind the same address still logs in while someone there sprays wrong passwords', async () => {
    await createUser(t, { email: 'colleague@example.org' });
    const school = '10.1.0.1';
    const colleague = t.client();
    expect((await login(colleague, 'colleague@example.org', TEST_PASSWORD, school)).status).toBe(200);

    // Wrong passwords for many accounts from the school's one address, up to the loose limit.
    // In batches of 8, so the password-hash queue never refuses (its 429s would not count).
    const spray = async (from: number, to: number) => {
      const answers: TestResponse[] = [];
      for (let start = from; start < to; start += 8) {
        const batch = Array.from({ length: Math.min(8, to - start) }, (_, i) => login(t.client(), `pupil-${start + i}@example.org`, 'wrong-password', school));
        answers.push(...(await Promise.all(batch)));
      }
      return answers;
    };
    const first = await spray(0, 30);
    expect(statuses(first)).toEqual({ 401: 30 });
    // Thirty failures there: every other colleague, new browser or not, still logs in.
    await createUser(t, { email: 'colleague2@example.org' });
    expect((await login(t.client(), 'colleague2@example.org', TEST_PASSWORD, school)).status).toBe(200);

    // The next failures there are counted as a failed login counts them (without spending argon2
    // on each: the checks themselves were shown above), up to 10 short of the limit...
    const limiter = t.app.get(LoginRateLimiter);
    for (let i = 30; i < LOGIN_LIMITS.address.points - 10; i++) await (await limiter.admit(`pupil-${i}@example.org`, school, null)).settle('failure');
    // ...and the last ten and beyond go through the api again.
    const rest = await spray(LOGIN_LIMITS.address.points - 10, LOGIN_LIMITS.address.points + 10);
    expect(statuses(rest)).toEqual({ 401: 10, 429: 10 });
    // The address has used up its failures: a browser that never logged in here waits...
    await createUser(t, { email: 'newcomer@example.org' });
    expect((await login(t.client(), 'newcomer@example.org', TEST_PASSWORD, school)).status).toBe(429);
    // ...but a colleague whose browser logged in before (device cookie) is not stopped.
    expect((await login(colleague, 'colleague@example.org', TEST_PASSWORD, school)).status).toBe(200);
  });

  it('an account under attack from many addresses slows down (seconds, never a lock) and its owner\'s browser is not stopped', async () => {
    await createUser(t, { email: 'victim@example.org' });
    const ownBrowser = t.client();
    expect((await login(ownBrowser, 'victim@example.org', TEST_PASSWORD, '10.2.0.9')).status).toBe(200);
    expect(ownBrowser.sessionCookie).toBeDefined();
    expect((await ownBrowser.post('/api/auth/logout')).status).toBe(204);

    // A botnet: every wrong password from another address. The first ten are checked at once;
    // then the account takes one attempt per 30 seconds from all of them together.
    for (let i = 0; i < LOGIN_LIMITS.account.points + 1; i++) {
      expect((await login(t.client(), 'victim@example.org', `wrong-password-${i}`, `10.3.0.${i + 1}`)).status).toBe(401);
    }
    const slowed = await login(t.client(), 'victim@example.org', 'another-wrong-password', '10.3.1.1');
    expect(slowed.status).toBe(429);
    const wait = Number(slowed.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(LOGIN_LIMITS.accountSlowDown.durationSeconds);

    // The owner in a browser that logged in before: not slowed down at all.
    expect((await login(ownBrowser, 'victim@example.org', TEST_PASSWORD, '10.2.0.9')).status).toBe(200);
    expect((await ownBrowser.get('/api/me')).status).toBe(200);
  });

  it('a device cookie only vouches for the account it was issued for', async () => {
    await createUser(t, { email: 'owner@example.org' });
    await createUser(t, { email: 'other@example.org' });
    const browser = t.client();
    const ok = await login(browser, 'owner@example.org', TEST_PASSWORD, '10.4.0.1');
    const device = /mao_device=([^;]+)/.exec(ok.headers.get('set-cookie') ?? '')?.[1];
    expect(device).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(ok.headers.get('set-cookie')).toMatch(/HttpOnly/i);

    // The same cookie sent for another account: that account's pair limit still applies.
    const withDevice = { 'x-forwarded-for': '10.4.0.2', cookie: `mao_device=${device}` };
    const answers = [];
    for (let i = 0; i < LOGIN_LIMITS.pair.points + 1; i++) {
      answers.push(await t.client().post('/api/auth/login', { email: 'other@example.org', password: `wrong-${i}-password` }, withDevice));
    }
    expect(answers.at(-1)?.status).toBe(429);
    // A forged cookie is ignored as well.
    const forged = await t.client().post('/api/auth/login', { email: 'other@example.org', password: TEST_PASSWORD }, { ...withDevice, cookie: `mao_device=${device?.split('.')[0]}.forged` });
    expect(forged.status).toBe(429);
  });

  it('checking the current password when changing it is limited too (a stolen session is no guessing oracle)', async () => {
    await createUser(t, { email: 'changer@example.org' });
    const client = t.client();
    await login(client, 'changer@example.org', TEST_PASSWORD, '10.5.0.1');
    const answers = await Promise.all(
      Array.from({ length: 15 }, (_, i) => client.post('/api/me/password', { currentPassword: `wrong-${i}-password`, newPassword: 'nieuw-wachtwoord-123' })),
    );
    expect(statuses(answers)).toEqual({ 400: LOGIN_LIMITS.passwordCheck.points, 429: 15 - LOGIN_LIMITS.passwordCheck.points });
  });
});
