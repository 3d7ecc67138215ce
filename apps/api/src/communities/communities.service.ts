import { AccessChanges } from '../access-changes/access-changes.js';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import {
  DEFAULT_CASE_RETENTION_DAYS,
  type ChangeMemberRoleInput,
  type CommunityView,
  type CreateCommunityInput,
  type MemberView,
  type UpdateCommunityInput,
} from '@mao/domain';
import { DomainError } from '../common/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { CommunityAccessService } from './community-access.service.js';
import { CommunityEntity } from './community.entity.js';
import { MembershipEntity } from './membership.entity.js';

@Injectable()
export class CommunitiesService {
  constructor(
    @InjectRepository(CommunityEntity) private readonly communities: Repository<CommunityEntity>,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
    private readonly access: CommunityAccessService,
    private readonly audit: AuditService,
    private readonly accessChanges: AccessChanges,
  ) {}

  async create(user: UserEntity, input: CreateCommunityInput): Promise<CommunityView> {
    const id = await this.communities.manager.transaction(async (tx) => {
      const community = await tx.save(CommunityEntity, tx.create(CommunityEntity, {
        name: input.name,
        description: input.description ?? '',
        themes: dedupe(input.themes ?? []),
        caseRetentionDays: input.caseRetentionDays ?? DEFAULT_CASE_RETENTION_DAYS,
        createdBy: user.id,
      }));
      await tx.insert(MembershipEntity, { communityId: community.id, userId: user.id, role: 'facilitator' });
      await this.audit.record({ actorId: user.id, action: 'community.created', subjectType: 'community', subjectId: community.id, communityId: community.id }, tx);
      return community.id;
    });
    return this.view(user, id);
  }

  /** My CoPs with my role and their size, in one query (the home page of every member). */
  async listMine(user: UserEntity): Promise<CommunityView[]> {
    const rows: Array<{ id: string; name: string; description: string; themes: string[]; case_retention_days: number; role: CommunityView['myRole']; member_count: number; created_at: Date }> =
      await this.communities.manager.query(
        `SELECT c.id, c.name, c.description, c.themes, c.case_retention_days, m.role, c.created_at,
                (SELECT count(*)::int FROM memberships all_m WHERE all_m.community_id = c.id) AS member_count
           FROM communities c JOIN memberships m ON m.community_id = c.id AND m.user_id = $1
          ORDER BY c.name`,
        [user.id],
      );
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      description: row.description,
      themes: row.themes,
      caseRetentionDays: row.case_retention_days,
      myRole: row.role,
      memberCount: row.member_count,
      createdAt: row.created_at.toISOString(),
    }));
  }

  async get(user: UserEntity, communityId: string): Promise<CommunityView> {
    await this.access.require(user, communityId, 'community.view');
    return this.view(user, communityId);
  }

  async update(user: UserEntity, communityId: string, input: UpdateCommunityInput): Promise<CommunityView> {
    await this.access.require(user, communityId, 'community.update');
    await this.communities.update({ id: communityId }, { ...input, ...(input.themes ? { themes: dedupe(input.themes) } : {}) });
    await this.audit.record({ actorId: user.id, action: 'community.updated', subjectType: 'community', subjectId: communityId, communityId, details: { fields: Object.keys(input) } });
    return this.view(user, communityId);
  }

  async members(user: UserEntity, communityId: string): Promise<MemberView[]> {
    const { relation } = await this.access.require(user, communityId, 'members.view');
    const showEmail = relation === 'facilitator' || user.isPlatformAdmin;
    const rows: MemberRow[] = await this.memberships.manager.query(
      `SELECT m.user_id, m.role, m.joined_at, u.name, u.email, u.background, u.organisation
         FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.community_id = $1 ORDER BY (m.role = 'facilitator') DESC, u.name`,
      [communityId],
    );
    return rows.map((row) => toMemberView(row, showEmail || row.user_id === user.id));
  }

  async changeRole(user: UserEntity, communityId: string, memberId: string, input: ChangeMemberRoleInput): Promise<MemberView> {
    await this.access.require(user, communityId, 'members.manage');
    await this.memberships.manager.transaction(async (tx) => {
      const membership = await tx.findOne(MembershipEntity, { where: { communityId, userId: memberId }, lock: { mode: 'pessimistic_write' } });
      if (!membership) throw new DomainError('not_found');
      if (membership.role === 'facilitator' && input.role !== 'facilitator') await assertAnotherFacilitator(tx, communityId, memberId);
      await tx.update(MembershipEntity, { communityId, userId: memberId }, { role: input.role });
      await this.audit.record({ actorId: user.id, action: 'membership.role_changed', subjectType: 'user', subjectId: memberId, communityId, details: { role: input.role } }, tx);
    });
    await this.accessChanges.publish({ kind: 'membership-changed', communityId, userId: memberId });
    const members = await this.members(user, communityId);
    const member = members.find((m) => m.userId === memberId);
    if (!member) throw new DomainError('not_found');
    return member;
  }

  async removeMember(user: UserEntity, communityId: string, memberId: string): Promise<void> {
    if (memberId === user.id) return this.leave(user, communityId);
    await this.access.require(user, communityId, 'members.manage');
    await this.removeMembership(user.id, communityId, memberId, 'membership.removed');
  }

  async leave(user: UserEntity, communityId: string): Promise<void> {
    await this.access.require(user, communityId, 'community.leave');
    await this.removeMembership(user.id, communityId, user.id, 'membership.left');
  }

  private async removeMembership(actorId: string, communityId: string, memberId: string, action: string): Promise<void> {
    await this.memberships.manager.transaction(async (tx) => {
      const membership = await tx.findOne(MembershipEntity, { where: { communityId, userId: memberId }, lock: { mode: 'pessimistic_write' } });
      if (!membership) throw new DomainError('not_found');
      if (membership.role === 'facilitator') await assertAnotherFacilitator(tx, communityId, memberId);
      await tx.delete(MembershipEntity, { communityId, userId: memberId });
      await this.audit.record({ actorId, action, subjectType: 'user', subjectId: memberId, communityId }, tx);
    });
    // Open live rooms and boards of this CoP drop the person at once.
    await this.accessChanges.publish({ kind: 'membership-changed', communityId, userId: memberId });
  }

  private async view(user: UserEntity, communityId: string): Promise<CommunityView> {
    const community = await this.communities.findOneByOrFail({ id: communityId });
    const [countRow] = await this.memberships.manager.query(`SELECT count(*)::int AS n FROM memberships WHERE community_id = $1`, [communityId]);
    const relation = await this.access.relationOf(user.id, communityId);
    return {
      id: community.id,
      name: community.name,
      description: community.description,
      themes: community.themes,
      caseRetentionDays: community.caseRetentionDays,
      myRole: relation === 'none' ? (user.isPlatformAdmin ? 'facilitator' : null) : relation,
      memberCount: (countRow as { n: number }).n,
      createdAt: community.createdAt.toISOString(),
    };
  }
}

interface MemberRow {
  user_id: string;
  role: 'facilitator' | 'member';
  joined_at: Date;
  name: string;
  email: string;
  background: MemberView['background'];
  organisation: string | null;
}

function toMemberView(row: MemberRow, withEmail: boolean): MemberView {
  return {
    userId: row.user_id,
    name: row.name,
    email: withEmail ? row.email : null,
    background: row.background,
    organisation: row.organisation,
    role: row.role,
    joinedAt: row.joined_at.toISOString(),
  };
}

async function assertAnotherFacilitator(tx: import('typeorm').EntityManager, communityId: string, leavingUserId: string): Promise<void> {
  const others = await tx.count(MembershipEntity, { where: { communityId, role: 'facilitator' } });
  const leavingIsFacilitator = await tx.count(MembershipEntity, { where: { communityId, userId: leavingUserId, role: 'facilitator' } });
  if (others - leavingIsFacilitator < 1) throw new DomainError('last_facilitator');
}

const dedupe = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];
