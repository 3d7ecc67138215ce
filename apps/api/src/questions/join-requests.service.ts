import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AdviceMembershipView, CreateJoinRequestInput, DecideJoinRequestInput, JoinRequestStatus, JoinRequestView } from '@mao/domain';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Clock } from '../common/clock.js';
import { DomainError } from '../common/domain-error.js';
import { hashToken, newSecretToken } from '../common/tokens.js';
import { RateLimits, consumeOrRefuse } from '../common/rate-limits.js';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { AuditService } from '../audit/audit.service.js';
import { MailService } from '../mail/mail.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { PlatformAccessService } from './platform-access.service.js';
import { joinApprovedMail, joinRejectedMail } from './question-mails.js';

/** A link to choose a password, for an account made on approval: valid this long. */
const SET_PASSWORD_DAYS = 7;
/** Anonymous join requests per client address per hour (the form sends no mail, but fills the bureau's queue). */
export const ANONYMOUS_JOIN_REQUESTS_PER_HOUR = 20;

interface JoinRequestRow {
  id: string;
  user_id: string | null;
  email: string;
  name: string;
  organisation: string;
  organisation_type: JoinRequestView['organisationType'];
  background: JoinRequestView['background'];
  region_id: string;
  motivation: string | null;
  status: JoinRequestStatus;
  has_account: boolean;
  created_at: Date;
  decided_at: Date | null;
}

const toView = (row: JoinRequestRow): JoinRequestView => ({
  id: row.id,
  name: row.name,
  email: row.email,
  organisation: row.organisation,
  organisationType: row.organisation_type,
  background: row.background,
  regionId: row.region_id,
  motivation: row.motivation,
  status: row.status,
  hasAccount: row.has_account,
  createdAt: row.created_at.toISOString(),
  decidedAt: row.decided_at?.toISOString() ?? null,
});

const SELECT = `SELECT r.*, EXISTS (SELECT 1 FROM users u WHERE lower(u.email) = lower(r.email) AND u.deleted_at IS NULL) AS has_account FROM advice_join_requests r`;

/**
 * Joining Vraag en advies: CoPs stay invitation-only, but anyone may ask to join the question
 * channel (name, organisation, domain, region). The programme bureau (makelaar) or an
 * administrator approves or rejects; the person is told by mail. Until approved they see
 * nothing of Vraag en advies. An approved request without an account creates one, with a link
 * to choose a password.
 *
 * Anonymous requests are answered the same whatever the address (202, no mail before a
 * decision): the form reveals nothing about who has an account and cannot be used to send mail.
 */
@Injectable()
export class JoinRequestsService {
  private readonly anonymousLimit: RateLimiterAbstract;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly access: PlatformAccessService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly clock: Clock,
    limits: RateLimits,
  ) {
    this.anonymousLimit = limits.create('advice-join-ip', { points: ANONYMOUS_JOIN_REQUESTS_PER_HOUR, durationSeconds: 3600 });
  }

  async membership(user: UserEntity): Promise<AdviceMembershipView> {
    const relation = await this.access.relationOf(user);
    const rows: Array<{ id: string; status: JoinRequestStatus; created_at: Date }> = await this.dataSource.query(
      `SELECT id, status, created_at FROM advice_join_requests WHERE user_id = $1 OR lower(email) = lower($2) ORDER BY created_at DESC LIMIT 1`,
      [user.id, user.email],
    );
    const request = rows[0];
    return { relation: relation === 'anonymous' ? 'outsider' : relation, request: request ? { id: request.id, status: request.status, createdAt: request.created_at.toISOString() } : null };
  }

  /** Logged in: joins with the account's address (409 when already in or pending). Anonymous: `email` is required, counted per client address (429). */
  async create(user: UserEntity | null, input: CreateJoinRequestInput, ip: string): Promise<JoinRequestView | null> {
    if (!user) await consumeOrRefuse(this.anonymousLimit, ip);
    const relation = await this.access.relationOf(user);
    if (user && relation !== 'outsider') throw new DomainError('join_request_exists');
    const email = user ? user.email : input.email;
    if (!email) throw new DomainError('validation_failed', 'Vul je e-mailadres in.', { problems: [{ path: 'email', message: 'Vul je e-mailadres in.' }] });
    const inserted: Array<{ id: string }> = await this.dataSource.query(
      `INSERT INTO advice_join_requests (user_id, email, name, organisation, organisation_type, background, region_id, motivation, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (lower(email)) WHERE status = 'pending' DO NOTHING RETURNING id`,
      [user?.id ?? null, email, input.name, input.organisation, input.organisationType ?? null, input.background, input.regionId, input.motivation ?? null, this.clock.now()],
    );
    if (!user) return null;
    const id = inserted[0]?.id;
    if (!id) throw new DomainError('join_request_exists');
    return this.view(id);
  }

  async list(user: UserEntity, status: JoinRequestStatus | undefined): Promise<JoinRequestView[]> {
    await this.access.require(user, 'joinRequests.review');
    const rows: JoinRequestRow[] = await this.dataSource.query(`${SELECT} WHERE r.status = $1 ORDER BY r.created_at, r.id LIMIT 200`, [status ?? 'pending']);
    return rows.map(toView);
  }

  async approve(user: UserEntity, id: string): Promise<JoinRequestView> {
    await this.access.require(user, 'joinRequests.review');
    const setPasswordToken = newSecretToken();
    const outcome = await this.dataSource.transaction(async (tx) => {
      const rows: JoinRequestRow[] = await tx.query(`SELECT r.*, false AS has_account FROM advice_join_requests r WHERE r.id = $1 FOR UPDATE`, [id]);
      const request = rows[0];
      if (!request) throw new DomainError('not_found');
      if (request.status !== 'pending') throw new DomainError('conflict', 'Over deze aanvraag is al besloten.');
      const now = this.clock.now();
      const accounts: Array<{ id: string; deactivated_at: Date | null }> = await tx.query(`SELECT id, deactivated_at FROM users WHERE lower(email) = lower($1) AND deleted_at IS NULL`, [request.email]);
      let account = accounts[0];
      let created = false;
      if (account?.deactivated_at) throw new DomainError('conflict', 'Dit account is gedeactiveerd; activeer het eerst in het beheer.');
      if (account) {
        await tx.query(
          `UPDATE users SET advice_member_since = coalesce(advice_member_since, $2), region_id = coalesce(region_id, $3), organisation_type = coalesce(organisation_type, $4),
                            background = coalesce(background, $5), organisation = coalesce(organisation, $6), updated_at = $2 WHERE id = $1`,
          [account.id, now, request.region_id, request.organisation_type, request.background, request.organisation],
        );
      } else {
        const [made] = (await tx.query(
          `INSERT INTO users (email, name, background, organisation, organisation_type, region_id, advice_member_since, created_at, updated_at)
           VALUES (lower($1), $2, $3, $4, $5, $6, $7, $7, $7) RETURNING id`,
          [request.email, request.name, request.background, request.organisation, request.organisation_type, request.region_id, now],
        )) as [{ id: string }];
        account = { id: made.id, deactivated_at: null };
        created = true;
        await tx.query(`INSERT INTO password_reset_tokens (user_id, token_hash, expires_at) VALUES ($1, $2, $3)`, [made.id, hashToken(setPasswordToken), new Date(now.getTime() + SET_PASSWORD_DAYS * 86_400_000)]);
      }
      await tx.query(`UPDATE advice_join_requests SET status = 'approved', user_id = $2, decided_by = $3, decided_at = $4 WHERE id = $1`, [id, account.id, user.id, now]);
      await this.audit.record({ actorId: user.id, action: 'advice.join_approved', subjectType: 'user', subjectId: account.id, details: { joinRequestId: id, accountCreated: created } }, tx);
      return { request, created };
    });
    await this.mail.send(
      joinApprovedMail({
        to: outcome.request.email,
        name: outcome.request.name,
        link: `${this.config.publicUrl}/vragen`,
        setPasswordLink: outcome.created ? `${this.config.publicUrl}/wachtwoord-herstellen/${setPasswordToken}` : undefined,
      }),
    );
    return this.view(id);
  }

  async reject(user: UserEntity, id: string, input: DecideJoinRequestInput): Promise<JoinRequestView> {
    await this.access.require(user, 'joinRequests.review');
    const request = await this.dataSource.transaction(async (tx) => {
      const rows: JoinRequestRow[] = await tx.query(`SELECT r.*, false AS has_account FROM advice_join_requests r WHERE r.id = $1 FOR UPDATE`, [id]);
      const found = rows[0];
      if (!found) throw new DomainError('not_found');
      if (found.status !== 'pending') throw new DomainError('conflict', 'Over deze aanvraag is al besloten.');
      await tx.query(`UPDATE advice_join_requests SET status = 'rejected', decided_by = $2, decided_at = $3, decision_reason = $4 WHERE id = $1`, [id, user.id, this.clock.now(), input.reason ?? null]);
      await this.audit.record({ actorId: user.id, action: 'advice.join_rejected', subjectType: 'advice_join_request', subjectId: id, details: { withReason: Boolean(input.reason) } }, tx);
      return found;
    });
    await this.mail.send(joinRejectedMail({ to: request.email, name: request.name, reason: input.reason }));
    return this.view(id);
  }

  private async view(id: string): Promise<JoinRequestView> {
    const rows: JoinRequestRow[] = await this.dataSource.query(`${SELECT} WHERE r.id = $1`, [id]);
    if (!rows[0]) throw new DomainError('not_found');
    return toView(rows[0]);
  }
}
