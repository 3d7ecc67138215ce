import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { can, refusalFor, type CommunityAction, type CommunityRelation } from '@mao/domain';
import { DomainError } from '../common/domain-error.js';
import type { UserEntity } from '../users/user.entity.js';
import { CommunityEntity } from './community.entity.js';
import { MembershipEntity } from './membership.entity.js';

/**
 * The single place where a route's action is checked against the permission matrix.
 * An outsider gets 404 for everything, so they cannot even learn that a CoP exists.
 */
@Injectable()
export class CommunityAccessService {
  constructor(
    @InjectRepository(CommunityEntity) private readonly communities: Repository<CommunityEntity>,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
  ) {}

  async relationOf(userId: string, communityId: string): Promise<CommunityRelation> {
    const membership = await this.memberships.findOne({ where: { communityId, userId } });
    return membership?.role ?? 'none';
  }

  async require(user: UserEntity, communityId: string, action: CommunityAction): Promise<{ community: CommunityEntity; relation: CommunityRelation }> {
    const [community, relation] = await Promise.all([this.communities.findOne({ where: { id: communityId } }), this.relationOf(user.id, communityId)]);
    if (!community) throw new DomainError('not_found');
    if (!can(relation, action, user.isPlatformAdmin)) throw new DomainError(refusalFor(user.isPlatformAdmin ? 'facilitator' : relation));
    // An archived CoP (platform administration) stays readable for its members; nothing in it changes any more.
    if (community.archivedAt && !action.endsWith('.view')) throw new DomainError('forbidden', 'Deze CoP is gearchiveerd: je kunt alles nog lezen, maar er kan niets meer bij of veranderen.');
    return { community, relation };
  }
}
