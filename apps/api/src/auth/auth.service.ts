import { Clock } from '../common/clock.js';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, LessThan, type Repository } from 'typeorm';
import type { ChangePasswordInput, LoginInput, PasswordResetInput } from '@mao/domain';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DomainError } from '../common/domain-error.js';
import { hashToken, newSecretToken } from '../common/tokens.js';
import { UserEntity } from '../users/user.entity.js';
import { MailService } from '../mail/mail.service.js';
import { passwordResetMail } from '../mail/templates.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthSessionEntity } from './auth-session.entity.js';
import { PasswordResetTokenEntity } from './password-reset-token.entity.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { LoginRateLimiter } from './login-rate-limiter.js';

const RESET_TOKEN_MINUTES = 60;
/** Touch last_seen_at at most this often, so every request is not a write. */
const TOUCH_INTERVAL_MS = 5 * 60_000;

@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(AuthSessionEntity) private readonly sessions: Repository<AuthSessionEntity>,
    @InjectRepository(PasswordResetTokenEntity) private readonly resetTokens: Repository<PasswordResetTokenEntity>,
    private readonly rateLimiter: LoginRateLimiter,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async login(input: LoginInput, ip: string): Promise<{ user: UserEntity; token: string }> {
    await this.rateLimiter.assertAllowed(input.email, ip);
    const user = await this.users.findOne({ where: { email: input.email, deletedAt: IsNull() } });
    const valid = await verifyPassword(user?.passwordHash ?? null, input.password);
    if (!user || !valid) {
      await this.rateLimiter.recordFailure(input.email, ip);
      throw new DomainError('invalid_credentials');
    }
    await this.rateLimiter.recordSuccess(input.email);
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
    const user = await this.users.findOne({ where: { id: session.userId, deletedAt: IsNull() } });
    if (!user) return null;
    if (this.clock.nowMs() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.sessions.update({ id: session.id }, { lastSeenAt: this.clock.now() });
    }
    return { user, tokenHash };
  }

  async logout(tokenHash: string): Promise<void> {
    await this.sessions.delete({ tokenHash });
  }

  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.users.findOne({ where: { email, deletedAt: IsNull() } });
    // Same answer whether or not the account exists: nobody can probe for members.
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

  async resetPassword(input: PasswordResetInput): Promise<void> {
    const passwordHash = await hashPassword(input.password);
    await this.users.manager.transaction(async (tx) => {
      // Claiming the token with a conditional update makes it single use even under concurrency.
      const claimed = await tx
        .createQueryBuilder()
        .update(PasswordResetTokenEntity)
        .set({ usedAt: () => 'now()' })
        .where('token_hash = :hash AND used_at IS NULL AND expires_at > now()', { hash: hashToken(input.token) })
        .returning(['userId'])
        .execute();
      const row = claimed.raw[0] as { user_id?: string; userId?: string } | undefined;
      const userId = row?.user_id ?? row?.userId;
      if (!userId) throw new DomainError('invalid_token');
      await tx.update(UserEntity, { id: userId }, { passwordHash });
      // A reset means the old password may be known to someone else: end every login.
      await tx.delete(AuthSessionEntity, { userId });
      await this.audit.record({ actorId: userId, action: 'auth.password_reset', subjectType: 'user', subjectId: userId }, tx);
    });
  }

  async changePassword(user: UserEntity, input: ChangePasswordInput, currentTokenHash: string): Promise<void> {
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw new DomainError('wrong_password');
    await this.users.update({ id: user.id }, { passwordHash: await hashPassword(input.newPassword) });
    // Keep this browser logged in, end the others.
    await this.sessions.createQueryBuilder().delete().where('user_id = :id AND token_hash <> :hash', { id: user.id, hash: currentTokenHash }).execute();
    await this.audit.record({ actorId: user.id, action: 'auth.password_changed', subjectType: 'user', subjectId: user.id });
  }

  async purgeExpired(): Promise<void> {
    await this.sessions.delete({ expiresAt: LessThan(this.clock.now()) });
    await this.resetTokens.delete({ expiresAt: LessThan(new Date(this.clock.nowMs() - 86_400_000)) });
  }
}
