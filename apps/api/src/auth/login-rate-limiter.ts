import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { consumeOrRefuse, tooMany, tryConsume, type LimitSpec, type RateLimits } from '../common/rate-limits.js';

/**
 * The login limits (README "Limits"), after the OWASP Authentication and Credential Stuffing
 * cheat sheets and their "device cookies" (owasp.org/www-community/Slow_Down_Online_Guessing_Attacks_with_Device_Cookies):
 *
 * - account + address: strict. 10 attempts per 15 minutes, then that pair waits 15 minutes.
 *   Guessing one account from one place stops here.
 * - address: loose. 100 failed attempts per 15 minutes; successful logins are not counted, so a
 *   school or office network full of colleagues keeps working while one machine there sprays.
 * - account: slow down, never lock. 10 attempts per hour from anywhere; beyond that the account
 *   takes one attempt per 30 seconds (from all addresses together) until the hour is over. A
 *   botnet gets ~120 guesses an hour; the owner waits at most 30 seconds.
 * - trusted device: a browser that logged in to this account before carries a signed device
 *   cookie; its attempts count only against that device (10 per 15 minutes), so an attack on
 *   the account does not even slow its owner down. Past its own limit it is treated as unknown.
 *
 * Every attempt is counted before the password is checked (`admit`), so 40 attempts sent at
 * once are all counted first and only those within the limit reach argon2. Attempts that were
 * refused, or never checked (hash queue full), are given back.
 */
export const LOGIN_LIMITS = {
  pair: { points: 10, durationSeconds: 15 * 60, blockSeconds: 15 * 60 },
  address: { points: 100, durationSeconds: 15 * 60 },
  account: { points: 10, durationSeconds: 60 * 60 },
  accountSlowDown: { points: 1, durationSeconds: 30 },
  device: { points: 10, durationSeconds: 15 * 60 },
  /** Wrong current passwords when changing the password (a stolen session must not become a guessing oracle). */
  passwordCheck: { points: 10, durationSeconds: 15 * 60, blockSeconds: 15 * 60 },
} as const satisfies Record<string, LimitSpec>;

export type LoginOutcome = 'success' | 'failure' | 'unchecked';

/** One admitted attempt: tell it how the check went. */
export interface LoginAttempt {
  settle(outcome: LoginOutcome): Promise<void>;
}

export class LoginRateLimiter {
  private readonly pair: RateLimiterAbstract;
  private readonly address: RateLimiterAbstract;
  private readonly account: RateLimiterAbstract;
  private readonly accountSlowDown: RateLimiterAbstract;
  private readonly device: RateLimiterAbstract;
  private readonly passwordCheck: RateLimiterAbstract;

  constructor(limits: RateLimits) {
    this.pair = limits.create('login-pair', LOGIN_LIMITS.pair);
    this.address = limits.create('login-address', LOGIN_LIMITS.address);
    this.account = limits.create('login-account', LOGIN_LIMITS.account);
    this.accountSlowDown = limits.create('login-account-slow', LOGIN_LIMITS.accountSlowDown);
    this.device = limits.create('login-device', LOGIN_LIMITS.device);
    this.passwordCheck = limits.create('password-check', LOGIN_LIMITS.passwordCheck);
  }

  /**
   * Counts a login attempt for `email` from `ip` and admits it, or throws 429 `rate_limited`
   * with Retry-After. `deviceId` is the id from a valid device cookie for this account.
   */
  async admit(email: string, ip: string, deviceId: string | null): Promise<LoginAttempt> {
    if (deviceId) {
      const onDevice = await tryConsume(this.device, deviceId);
      if (onDevice.ok) {
        return {
          settle: async (outcome) => {
            if (outcome === 'success') await this.device.delete(deviceId);
            if (outcome === 'unchecked') await this.device.reward(deviceId, 1);
          },
        };
      }
    }

    const pairKey = `${email}|${ip}`;
    const pair = await tryConsume(this.pair, pairKey);
    if (!pair.ok) throw tooMany(pair.refusal);
    const address = await tryConsume(this.address, ip);
    if (!address.ok) {
      await this.pair.reward(pairKey, 1);
      throw tooMany(address.refusal);
    }
    const account = await tryConsume(this.account, email);
    if (!account.ok) {
      const slot = await tryConsume(this.accountSlowDown, email);
      if (!slot.ok) {
        await Promise.all([this.pair.reward(pairKey, 1), this.address.reward(ip, 1), this.account.reward(email, 1)]);
        throw tooMany(slot.refusal);
      }
    }
    return {
      settle: async (outcome) => {
        if (outcome === 'success') {
          await Promise.all([this.pair.delete(pairKey), this.address.reward(ip, 1), this.account.delete(email)]);
        } else if (outcome === 'unchecked') {
          await Promise.all([this.pair.reward(pairKey, 1), this.address.reward(ip, 1), this.account.reward(email, 1)]);
        }
      },
    };
  }

  /** Before checking the current password of a logged-in user (password change). */
  async admitPasswordCheck(userId: string): Promise<LoginAttempt> {
    await consumeOrRefuse(this.passwordCheck, userId);
    return {
      settle: async (outcome) => {
        if (outcome === 'success') await this.passwordCheck.delete(userId);
        if (outcome === 'unchecked') await this.passwordCheck.reward(userId, 1);
      },
    };
  }

  /** The owner proved control of the mailbox (password reset): the account starts afresh. */
  async forgetAccount(email: string): Promise<void> {
    await this.account.delete(email);
  }
}
