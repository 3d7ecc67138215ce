import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, LessThan, type Repository } from 'typeorm';
import type { Logger } from 'pino';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { ChangePasswordInput, LoginInput, PasswordResetInput } from '@mao/domain';
import { Clock } from '../common/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { LOGGER } from '../common/logger.js';
import { DomainError } from '../common/domain-error.js';
import { hashToken, newSecretToken } from '../common/tokens.js';
import { BackgroundWork } from '../common/background-work.js';
import { consumeOrRefuse, RateLimits, tryConsume, tooMany, type LimitSpec } from '../common/rate-limits.js';
import { AccessChanges } from '../access-changes/access-changes.js';
import { UserEntity } from '../users/user.entity.js';
import { MailService } from '../mail/mail.service.js';
import { passwordResetMail } from '../mail/templates.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthSessionEntity } from './auth-session.entity.js';
import { PasswordResetTokenEntity } from './password-reset-token.entity.js';
import { PasswordHasher } from './passwords.js';
import { LoginRateLimiter, type LoginAttempt } from './login-rate-limiter.js';

const RESET_TOKEN_MINUTES = 60;
/** Touch last_seen_at at most this often, so every request is not a write. */
const TOUCH_INTERVAL_MS = 5 * 60_000;

/**
 * Reset mails (README "Limits"): per address 3 an hour and 6 a day, per client address 20 an
 * hour. Counted for every submitted address, known or not, so a refusal reveals nothing.
 */
export const RESET_LIMITS = {
  addressHour: { points: 3, durationSeconds: 60 * 60 },
  addressDay: { points: 6, durationSeconds: 24 * 60 * 60 },
  ip: { points: 20, durationSeconds: 60 * 60 },
} as const satisfies Record<string, LimitSpec>;

@Injectable()
export class AuthService implements OnApplicationShutdown {
  private readonly resetLimits: { addressHour: RateLimiterAbstract; addressDay: RateLimiterAbstract; ip: RateLimiterAbstract };
  private readonly background: BackgroundWork;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) logger: Logger,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(AuthSessionEntity) private readonly sessions: Repository<AuthSessionEntity>,
    @InjectRepository(PasswordResetTokenEntity) private readonly resetTokens: Repository<PasswordResetTokenEntity>,
    private readonly rateLimiter: LoginRateLimiter,
    private readonly hasher: PasswordHasher,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly accessChanges: AccessChanges,
    private readonly clock: Clock,
    limits: RateLimits,
  ) {
    this.resetLimits = {
      addressHour: limits.create('reset-address-hour', RESET_LIMITS.addressHour),
      addressDay: limits.create('reset-address-day', RESET_LIMITS.addressDay),
      ip: limits.create('reset-ip', RESET_LIMITS.ip),
    };
    this.background = new BackgroundWork(logger, 'password-reset-mail');
  }

  /**
   * Checks a login. The attempt is counted before the password is (see LoginRateLimiter); an
   * unknown address costs the same argon2 verification as a wrong password.
   * `deviceId` comes from a valid device cookie for this address (DeviceCookies).
   */
  async login(input: LoginInput, ip: string, deviceId: string | null): Promise<{ user: UserEntity; token: string }> {
    const attempt = await this.rateLimiter.admit(input.email, ip, deviceId);
    const user = await this.checked(attempt, async () => {
      const found = await this.users.findOne({ where: { email: input.email, deletedAt: IsNull(), deactivatedAt: IsNull() } });
      const valid = await this.hasher.verify(found?.passwordHash ?? null, input.password);
      return valid ? found : null;
    });
    if (!user) throw new DomainError('invalid_credentials');
    const token = await this.startSession(user.id);
    await this.audit.record({ actorId: user.id, action: 'auth.login', subjectType: 'user', subjectId: user.id });
    return { user, token };
  }

  async startSession(userId: string): Promise<string> {
    const token = newSecretToken();
    const now = this.clock.nowMs();
    await this.sessions.insert({
      userId,
      tokenHash: hashToken(token),
      expiresAt: new Date(now + this.config.sessionTtlDays * 86_400_000),
      lastSeenAt: new Date(now),
    });
    return token;
  }

  /** The user behind a session cookie, or null. Used by REST, socket.io and the Yjs upgrade alike. */
  async userForToken(token: string | undefined): Promise<{ user: UserEntity; tokenHash: string } | null> {
    if (!token || token.length > 200) return null;
    const tokenHash = hashToken(token);
    const session = await this.sessions.findOne({ where: { tokenHash } });
    if (!session || session.expiresAt.getTime() <= this.clock.nowMs()) return null;
    const user = await this.users.findOne({ where: { id: session.userId, deletedAt: IsNull(), deactivatedAt: IsNull() } });
    if (!user) return null;
    if (this.clock.nowMs() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.sessions.update({ id: session.id }, { lastSeenAt: this.clock.now() });
    }
    return { user, tokenHash };
  }

  async logout(userId: string, tokenHash: string): Promise<void> {
    await this.sessions.delete({ tokenHash });
    await this.accessChanges.publish({ kind: 'login-ended', userId, tokenHash });
  }

  /**
   * Answers the same, equally fast, whether or not the address has an account: the limits are
   * counted for the submitted address, and the lookup, token and mail happen after the answer.
   */
  async requestPasswordReset(email: string, ip: string): Promise<void> {
    const byIp = await tryConsume(this.resetLimits.ip, ip);
    if (!byIp.ok) throw tooMany(byIp.refusal);
    const hour = await tryConsume(this.resetLimits.addressHour, email);
    if (!hour.ok) throw tooMany(hour.refusal);
    await consumeOrRefuse(this.resetLimits.addressDay, email);
    this.background.start(() => this.sendResetMail(email));
  }

  /** Waits for reset mails still being prepared (tests, shutdown). */
  settled(): Promise<void> {
    return this.background.settled();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.background.settled();
  }

  private async sendResetMail(email: string): Promise<void> {
    const user = await this.users.findOne({ where: { email, deletedAt: IsNull(), deactivatedAt: IsNull() } });
    if (!user) return;
    const token = newSecretToken();
    await this.resetTokens.insert({
      userId: user.id,
      tokenHash: hashToken(token),
      expiresAt: new Date(this.clock.nowMs() + RESET_TOKEN_MINUTES * 60_000),
    });
    await this.mail.send(passwordResetMail({ to: user.email, name: user.name, link: `${this.config.publicUrl}/wachtwoord-herstellen/${token}`, validMinutes: RESET_TOKEN_MINUTES }));
    await this.audit.record({ actorId: user.id, action: 'auth.password_reset_requested', subjectType: 'user', subjectId: user.id });
  }

  /**
   * A reset ends everything the old password opened: every login session (and, through
   * AccessChanges, every socket) and every other reset link of the account.
   */
  async resetPassword(input: PasswordResetInput): Promise<void> {
    const tokenHash = hashToken(input.token);
    const known = await this.resetTokens.findOne({ where: { tokenHash } });
    // Hash only for a token that exists: an unknown token is refused without spending argon2.
    if (!known || known.usedAt || known.expiresAt.getTime() <= this.clock.nowMs()) throw new DomainError('invalid_token');
    const passwordHash = await this.hasher.hash(input.password);
    const user = await this.users.manager.transaction(async (tx) => {
      // Claiming the token with a conditional update makes it single use even under concurrency.
      const claimed = await tx
        .createQueryBuilder()
        .update(PasswordResetTokenEntity)
        .set({ usedAt: this.clock.now() })
        .where('token_hash = :hash AND used_at IS NULL AND expires_at > :now', { hash: tokenHash, now: this.clock.now() })
        .returning(['userId'])
        .execute();
      const row = claimed.raw[0] as { user_id?: string; userId?: string } | undefined;
      const userId = row?.user_id ?? row?.userId;
      if (!userId) throw new DomainError('invalid_token');
      await tx.update(UserEntity, { id: userId }, { passwordHash });
      await tx.delete(AuthSessionEntity, { userId });
      await tx.update(PasswordResetTokenEntity, { userId, usedAt: IsNull() }, { usedAt: this.clock.now() });
      await this.audit.record({ actorId: userId, action: 'auth.password_reset', subjectType: 'user', subjectId: userId }, tx);
      return tx.findOneByOrFail(UserEntity, { id: userId });
    });
    await this.rateLimiter.forgetAccount(user.email);
    await this.accessChanges.publish({ kind: 'user-sessions-ended', userId: user.id });
  }

  /**
   * Needs the current password (counted: a stolen session is no guessing oracle). Keeps this
   * browser logged in; ends every other login session and every open reset link.
   */
  async changePassword(user: UserEntity, input: ChangePasswordInput, currentTokenHash: string): Promise<void> {
    const attempt = await this.rateLimiter.admitPasswordCheck(user.id);
    const valid = await this.checked(attempt, () => this.hasher.verify(user.passwordHash, input.currentPassword));
    if (!valid) throw new DomainError('wrong_password');
    const passwordHash = await this.hasher.hash(input.newPassword);
    await this.users.manager.transaction(async (tx) => {
      await tx.update(UserEntity, { id: user.id }, { passwordHash });
      await tx.createQueryBuilder().delete().from(AuthSessionEntity).where('user_id = :id AND token_hash <> :hash', { id: user.id, hash: currentTokenHash }).execute();
      await tx.update(PasswordResetTokenEntity, { userId: user.id, usedAt: IsNull() }, { usedAt: this.clock.now() });
      await this.audit.record({ actorId: user.id, action: 'auth.password_changed', subjectType: 'user', subjectId: user.id }, tx);
    });
    await this.accessChanges.publish({ kind: 'user-sessions-ended', userId: user.id });
  }

  async purgeExpired(): Promise<void> {
    await this.sessions.delete({ expiresAt: LessThan(this.clock.now()) });
    await this.resetTokens.delete({ expiresAt: LessThan(new Date(this.clock.nowMs() - 86_400_000)) });
  }

  /** Runs a password check for an admitted attempt and settles the attempt with its outcome. */
  private async checked<T>(attempt: LoginAttempt, check: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await check();
    } catch (error) {
      await attempt.settle('unchecked');
      throw error;
    }
    await attempt.settle(result ? 'success' : 'failure');
    return result;
  }
}
