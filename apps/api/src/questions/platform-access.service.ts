import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { canOnPlatform, platformRefusal, platformRelation, type PlatformAction, type PlatformRelation } from '@mao/domain';
import { DomainError } from '../common/domain-error.js';
import type { UserEntity } from '../users/user.entity.js';

/**
 * The one check of the platform matrix (libs/domain access/platform-access.ts) for Vraag en
 * advies and the administration console: every route of both asks `require(user, action)`.
 * Outsiders and people whose join request is pending get 404 (they see nothing), members who
 * lack a role 403.
 */
@Injectable()
export class PlatformAccessService {
  constructor(private readonly dataSource: DataSource) {}

  async relationOf(user: UserEntity | null): Promise<PlatformRelation> {
    if (!user) return 'anonymous';
    const relation = platformRelation(user);
    if (relation !== 'outsider') return relation;
    const pending: unknown[] = await this.dataSource.query(`SELECT 1 FROM advice_join_requests WHERE status = 'pending' AND (user_id = $1 OR lower(email) = lower($2)) LIMIT 1`, [user.id, user.email]);
    return platformRelation(user, pending.length > 0);
  }

  async require(user: UserEntity | null, action: PlatformAction): Promise<PlatformRelation> {
    const relation = await this.relationOf(user);
    if (!canOnPlatform(relation, action)) throw new DomainError(platformRefusal(relation));
    return relation;
  }
}
