import { Clock } from '../common/clock.js';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ILike, IsNull, type EntityManager, type Repository } from 'typeorm';
import type { MeView, PlatformUserView, SetPlatformRoleInput, UpdateProfileInput } from '@mao/domain';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DomainError } from '../common/domain-error.js';
import { AccessChanges } from '../access-changes/access-changes.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthSessionEntity } from '../auth/auth-session.entity.js';
import { PasswordResetTokenEntity } from '../auth/password-reset-token.entity.js';
import { MembershipEntity } from '../communities/membership.entity.js';
import { DELETED_MEMBER_NAME, UserEntity } from './user.entity.js';
import { toMeView } from './me-view.js';

@Injectable()
export class UsersService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly audit: AuditService,
    private readonly accessChanges: AccessChanges,
    private readonly clock: Clock,
  ) {}

  me(user: UserEntity): MeView {
    return toMeView(user, this.config.communityCreators);
  }

  async updateProfile(user: UserEntity, input: UpdateProfileInput): Promise<MeView> {
    await this.users.update({ id: user.id }, input);
    const updated = await this.users.findOneByOrFail({ id: user.id });
    return this.me(updated);
  }

  /** Everything the platform holds about me, as one JSON document (AVG art. 15 and 20). */
  async exportPersonalData(user: UserEntity): Promise<Record<string, unknown>> {
    const q = (sql: string) => this.users.manager.query(sql, [user.id]);
    const [memberships, invitationsSent, invitationsAccepted, logins, audit] = await Promise.all([
      q(`SELECT c.id AS "communityId", c.name AS "communityName", m.role, m.joined_at AS "joinedAt"
           FROM memberships m JOIN communities c ON c.id = m.community_id WHERE m.user_id = $1 ORDER BY m.joined_at`),
      q(`SELECT i.email, i.role, c.name AS "communityName", i.created_at AS "createdAt", i.accepted_at AS "acceptedAt", i.revoked_at AS "revokedAt"
           FROM invitations i JOIN communities c ON c.id = i.community_id WHERE i.invited_by = $1 ORDER BY i.created_at`),
      q(`SELECT c.name AS "communityName", i.accepted_at AS "acceptedAt"
           FROM invitations i JOIN communities c ON c.id = i.community_id WHERE i.accepted_by = $1`),
      q(`SELECT created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt" FROM auth_sessions WHERE user_id = $1 ORDER BY created_at`),
      q(`SELECT at, action, subject_type AS "subjectType", subject_id AS "subjectId" FROM audit_log WHERE actor_id = $1 ORDER BY id`),
    ]);
    return {
      exportedAt: this.clock.now().toISOString(),
      profile: this.me(user),
      memberships,
      invitationsSent,
      invitationsAccepted,
      activeLogins: logins,
      activity: audit,
      ...(await this.exportSessionData(user)),
    };
  }

  /** Sessions, RSVPs, casus metadata and calendar feed. Casus text is left out: it is about a child, not about me, and short-lived. */
  private async exportSessionData(user: UserEntity): Promise<Record<string, unknown>> {
    const q = (sql: string) => this.users.manager.query(sql, [user.id]);
    const [sessionResponses, sessionRoles, casesWritten, calendarFeed] = await Promise.all([
      q(`SELECT s.id AS "sessionId", s.title, c.name AS "communityName", s.starts_at AS "startsAt", p.rsvp, p.responded_at AS "respondedAt"
           FROM session_participants p JOIN sessions s ON s.id = p.session_id JOIN communities c ON c.id = s.community_id
          WHERE p.user_id = $1 ORDER BY s.starts_at`),
      q(`SELECT s.id AS "sessionId", s.title, c.name AS "communityName", s.starts_at AS "startsAt", s.status,
                CASE WHEN s.facilitator_id = $1 THEN 'facilitator' ELSE 'presenter' END AS role
           FROM sessions s JOIN communities c ON c.id = s.community_id
          WHERE s.facilitator_id = $1 OR s.presenter_id = $1 ORDER BY s.starts_at`),
      q(`SELECT session_id AS "sessionId", created_at AS "createdAt", updated_at AS "updatedAt", purge_after AS "purgeAfter", purged_at AS "purgedAt"
           FROM cases WHERE author_id = $1 ORDER BY created_at`),
      q(`SELECT created_at AS "createdAt" FROM calendar_feeds WHERE user_id = $1`),
    ]);
    return { sessionResponses, sessionRoles, casesWritten, calendarFeed: calendarFeed[0] ?? null };
  }

  /**
   * Sessions that have not happened yet let go of a deleted member: their RSVPs go, a casus
   * they wrote for an upcoming session is deleted, they stop being its inbrenger, and a
   * session they would have led passes to another facilitator of the CoP — or is cancelled
   * when the CoP has none.
   */
  private async releaseUpcomingSessions(tx: EntityManager, userId: string): Promise<void> {
    const upcoming = `SELECT id FROM sessions WHERE status = 'scheduled'`;
    await tx.query(`DELETE FROM session_participants WHERE user_id = $1 AND session_id IN (${upcoming})`, [userId]);
    await tx.query(`DELETE FROM cases WHERE author_id = $1 AND session_id IN (${upcoming})`, [userId]);
    await tx.query(`UPDATE sessions SET presenter_id = NULL, updated_at = now() WHERE presenter_id = $1 AND status = 'scheduled'`, [userId]);
    const led: Array<{ id: string; community_id: string; presenter_id: string | null }> = await tx.query(
      `SELECT id, community_id, presenter_id FROM sessions WHERE facilitator_id = $1 AND status = 'scheduled'`,
      [userId],
    );
    for (const session of led) {
      const [successor] = await tx.query(
        `SELECT user_id FROM memberships WHERE community_id = $1 AND role = 'facilitator' AND user_id <> $2 AND user_id IS DISTINCT FROM $3 ORDER BY joined_at LIMIT 1`,
        [session.community_id, userId, session.presenter_id],
      );
      if (successor) {
        await tx.query(`UPDATE sessions SET facilitator_id = $2, updated_at = now() WHERE id = $1`, [session.id, successor.user_id]);
      } else {
        await tx.query(`UPDATE sessions SET status = 'cancelled', updated_at = now() WHERE id = $1`, [session.id]);
      }
      await this.audit.record({ actorId: null, action: successor ? 'session.facilitator_replaced_on_account_deletion' : 'session.cancelled_on_account_deletion', subjectType: 'session', subjectId: session.id, communityId: session.community_id }, tx);
    }
  }

  /**
   * Deletes the account: personal details are erased and the row keeps only its id, so
   * contributions (lessons, reflections, board entries) stay, shown as "verwijderd lid".
   * A CoP never loses its last facilitator this way: the longest-standing member takes over.
   */
  async deleteAccount(user: UserEntity): Promise<void> {
    await this.users.manager.transaction(async (tx) => {
      const facilitated = await tx.find(MembershipEntity, { where: { userId: user.id, role: 'facilitator' } });
      for (const membership of facilitated) {
        const others = await tx.query(
          `SELECT user_id, role FROM memberships WHERE community_id = $1 AND user_id <> $2 ORDER BY (role = 'facilitator') DESC, joined_at ASC LIMIT 1`,
          [membership.communityId, user.id],
        );
        const successor = others[0] as { user_id: string; role: string } | undefined;
        if (successor && successor.role !== 'facilitator') {
          await tx.update(MembershipEntity, { communityId: membership.communityId, userId: successor.user_id }, { role: 'facilitator' });
          await this.audit.record({ actorId: null, action: 'membership.promoted_on_account_deletion', subjectType: 'user', subjectId: successor.user_id, communityId: membership.communityId }, tx);
        }
      }
      await this.releaseUpcomingSessions(tx, user.id);
      await tx.delete(MembershipEntity, { userId: user.id });
      await tx.delete(AuthSessionEntity, { userId: user.id });
      await tx.delete(PasswordResetTokenEntity, { userId: user.id });
      await tx.update(UserEntity, { id: user.id }, {
        email: `deleted+${user.id}@invalid`,
        name: DELETED_MEMBER_NAME,
        passwordHash: null,
        background: null,
        organisation: null,
        isPlatformAdmin: false,
        deletedAt: this.clock.now(),
      });
      await this.audit.record({ actorId: user.id, action: 'user.deleted', subjectType: 'user', subjectId: user.id }, tx);
    });
    await this.accessChanges.publish({ kind: 'user-sessions-ended', userId: user.id });
  }

  /* ------------------------------------------------ platform administration */

  /** Accounts matching part of an address or name (platform administrators only). */
  async listForAdmin(admin: UserEntity, q: string | undefined): Promise<PlatformUserView[]> {
    assertPlatformAdmin(admin);
    const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
    const rows = await this.users.find({
      where: pattern ? [{ email: ILike(pattern), deletedAt: IsNull() }, { name: ILike(pattern), deletedAt: IsNull() }] : { deletedAt: IsNull() },
      order: { email: 'ASC' },
      take: 50,
    });
    return rows.map(toPlatformUserView);
  }

  /** Grants or takes back a platform role ('gespreksleider': may create CoPs). */
  async setPlatformRole(admin: UserEntity, userId: string, input: SetPlatformRoleInput): Promise<PlatformUserView> {
    assertPlatformAdmin(admin);
    const target = await this.users.findOne({ where: { id: userId, deletedAt: IsNull() } });
    if (!target) throw new DomainError('not_found');
    if (target.platformRole !== input.platformRole) {
      await this.users.update({ id: userId }, { platformRole: input.platformRole });
      await this.audit.record({ actorId: admin.id, action: 'user.platform_role_changed', subjectType: 'user', subjectId: userId, details: { platformRole: input.platformRole } });
      target.platformRole = input.platformRole;
    }
    return toPlatformUserView(target);
  }
}

function assertPlatformAdmin(user: UserEntity): void {
  if (!user.isPlatformAdmin) throw new DomainError('forbidden');
}

function toPlatformUserView(user: UserEntity): PlatformUserView {
  return { id: user.id, email: user.email, name: user.name, isPlatformAdmin: user.isPlatformAdmin, platformRole: user.platformRole, createdAt: user.createdAt.toISOString() };
}
