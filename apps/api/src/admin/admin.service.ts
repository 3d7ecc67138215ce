import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AdminCommunityView, AuditPage, AuditQuery, DeactivateUserInput, PlatformUserView } from '@mao/domain';
import { Clock } from '../common/clock.js';
import { DomainError } from '../common/domain-error.js';
import { AccessChanges } from '../access-changes/access-changes.js';
import { AuditService } from '../audit/audit.service.js';
import { MailService } from '../mail/mail.service.js';
import { PlatformAccessService } from '../questions/platform-access.service.js';
import { UserEntity } from '../users/user.entity.js';
import { toPlatformUserView } from '../users/users.service.js';
import { accountDeactivatedMail } from './admin-mails.js';

/**
 * Actions shown in the administrators' audit: every `admin.*` and `advice.*` action (the bureau's
 * decisions), platform-role changes, and whatever else an administrator did — except their own
 * logins and password changes (`auth.*`), which are about their account, not the platform.
 */
const AUDIT_SCOPE = `(a.action LIKE 'admin.%' OR a.action LIKE 'advice.%' OR a.action = 'user.platform_role_changed' OR (actor.is_platform_admin AND a.action NOT LIKE 'auth.%'))`;

/**
 * The administration console: deactivating people (their logins end and, through
 * AccessChanges 'user-sessions-ended' — as for a password reset or account deletion — their
 * live and collaboration sockets close), CoPs (list, appoint a facilitator, archive: read-only),
 * and the audit of administrator actions. Platform administrators only (`admin.*` in the
 * platform matrix); everyone else gets 404 (not in Vraag en advies) or 403.
 */
@Injectable()
export class AdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: PlatformAccessService,
    private readonly accessChanges: AccessChanges,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly clock: Clock,
  ) {}

  async deactivate(admin: UserEntity, userId: string, input: DeactivateUserInput): Promise<PlatformUserView> {
    await this.access.require(admin, 'admin.people');
    if (userId === admin.id) throw new DomainError('conflict', 'Je kunt je eigen account niet deactiveren.');
    const target = await this.activeUser(userId);
    if (!target.deactivatedAt) {
      await this.dataSource.transaction(async (tx) => {
        await tx.query(`UPDATE users SET deactivated_at = $2, updated_at = $2 WHERE id = $1`, [userId, this.clock.now()]);
        await tx.query(`DELETE FROM auth_sessions WHERE user_id = $1`, [userId]);
        await tx.query(`UPDATE password_reset_tokens SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL`, [userId, this.clock.now()]);
        await this.audit.record({ actorId: admin.id, action: 'admin.user_deactivated', subjectType: 'user', subjectId: userId, details: { withReason: Boolean(input.reason) } }, tx);
      });
      await this.accessChanges.publish({ kind: 'user-sessions-ended', userId });
      await this.mail.send(accountDeactivatedMail({ to: target.email, name: target.name }));
    }
    return toPlatformUserView(await this.activeUser(userId));
  }

  async reactivate(admin: UserEntity, userId: string): Promise<PlatformUserView> {
    await this.access.require(admin, 'admin.people');
    const target = await this.activeUser(userId);
    if (target.deactivatedAt) {
      await this.dataSource.transaction(async (tx) => {
        await tx.query(`UPDATE users SET deactivated_at = NULL, updated_at = $2 WHERE id = $1`, [userId, this.clock.now()]);
        await this.audit.record({ actorId: admin.id, action: 'admin.user_reactivated', subjectType: 'user', subjectId: userId }, tx);
      });
    }
    return toPlatformUserView(await this.activeUser(userId));
  }

  async communities(admin: UserEntity, q: string | undefined): Promise<AdminCommunityView[]> {
    await this.access.require(admin, 'admin.communities');
    const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : '%';
    const rows: Array<{ id: string; name: string; member_count: number; facilitators: Array<{ id: string; name: string }> | null; archived_at: Date | null; created_at: Date }> = await this.dataSource.query(
      `SELECT c.id, c.name, c.archived_at, c.created_at,
              (SELECT count(*) FROM memberships m WHERE m.community_id = c.id)::int AS member_count,
              (SELECT json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY u.name) FROM memberships m JOIN users u ON u.id = m.user_id
                WHERE m.community_id = c.id AND m.role = 'facilitator') AS facilitators
         FROM communities c WHERE c.name ILIKE $1 ORDER BY c.archived_at IS NOT NULL, c.name LIMIT 200`,
      [pattern],
    );
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      memberCount: row.member_count,
      facilitators: row.facilitators ?? [],
      archivedAt: row.archived_at?.toISOString() ?? null,
      createdAt: row.created_at.toISOString(),
    }));
  }

  /** Makes someone a facilitator of a CoP (adding them as a member when they are not one): continuity when a facilitator leaves. */
  async appointFacilitator(admin: UserEntity, communityId: string, userId: string): Promise<AdminCommunityView> {
    await this.access.require(admin, 'admin.communities');
    await this.community(communityId);
    await this.activeUser(userId);
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO memberships (community_id, user_id, role) VALUES ($1, $2, 'facilitator') ON CONFLICT (community_id, user_id) DO UPDATE SET role = 'facilitator'`,
        [communityId, userId],
      );
      await this.audit.record({ actorId: admin.id, action: 'admin.facilitator_appointed', subjectType: 'user', subjectId: userId, communityId }, tx);
    });
    await this.accessChanges.publish({ kind: 'membership-changed', communityId, userId });
    return this.communityView(admin, communityId);
  }

  /** An archived CoP stays readable for its members but nothing in it changes any more (CommunityAccessService refuses every other action). */
  async setArchived(admin: UserEntity, communityId: string, archived: boolean): Promise<AdminCommunityView> {
    await this.access.require(admin, 'admin.communities');
    await this.community(communityId);
    await this.dataSource.transaction(async (tx) => {
      // A live room in a CoP that no longer allows changes could neither go on nor be closed.
      const [live] = archived ? await tx.query(`SELECT 1 FROM sessions WHERE community_id = $1 AND status = 'live' LIMIT 1`, [communityId]) : [];
      if (live) throw new DomainError('conflict', 'In deze CoP loopt nu een sessie. Archiveer de CoP nadat de facilitator die sessie heeft afgesloten.');
      await tx.query(`UPDATE communities SET archived_at = ${archived ? 'coalesce(archived_at, $2)' : 'NULL'}, updated_at = $2 WHERE id = $1`, [communityId, this.clock.now()]);
      await this.audit.record({ actorId: admin.id, action: archived ? 'admin.community_archived' : 'admin.community_unarchived', subjectType: 'community', subjectId: communityId, communityId }, tx);
    });
    return this.communityView(admin, communityId);
  }

  async auditLog(admin: UserEntity, query: AuditQuery): Promise<AuditPage> {
    await this.access.require(admin, 'admin.audit');
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const params: unknown[] = [];
    let where = AUDIT_SCOPE;
    if (query.action) {
      params.push(`${query.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where += ` AND a.action LIKE $${params.length}`;
    }
    const [{ total }] = (await this.dataSource.query(`SELECT count(*)::int AS total FROM audit_log a LEFT JOIN users actor ON actor.id = a.actor_id WHERE ${where}`, params)) as [{ total: number }];
    const rows: Array<{ id: string; at: Date; actor_name: string | null; action: string; subject_type: string; subject_id: string | null; details: Record<string, unknown> }> = await this.dataSource.query(
      `SELECT a.id, a.at, actor.name AS actor_name, a.action, a.subject_type, a.subject_id, a.details
         FROM audit_log a LEFT JOIN users actor ON actor.id = a.actor_id WHERE ${where} ORDER BY a.id DESC LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    return {
      items: rows.map((row) => ({ id: String(row.id), at: row.at.toISOString(), actorName: row.actor_name, action: row.action, subjectType: row.subject_type, subjectId: row.subject_id, details: row.details })),
      total,
      limit,
      offset,
    };
  }

  private async communityView(admin: UserEntity, communityId: string): Promise<AdminCommunityView> {
    const name: Array<{ name: string }> = await this.dataSource.query(`SELECT name FROM communities WHERE id = $1`, [communityId]);
    const found = (await this.communities(admin, name[0]?.name)).find((c) => c.id === communityId);
    if (!found) throw new DomainError('not_found');
    return found;
  }

  private async community(id: string): Promise<void> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM communities WHERE id = $1`, [id]);
    if (rows.length === 0) throw new DomainError('not_found');
  }

  private async activeUser(id: string): Promise<UserEntity> {
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { id } });
    if (!user || user.deletedAt) throw new DomainError('not_found');
    return user;
  }
}
