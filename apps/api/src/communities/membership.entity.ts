import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CommunityRole } from '@mao/domain';

@Entity('memberships')
export class MembershipEntity {
  @PrimaryColumn({ name: 'community_id', type: 'uuid' }) communityId: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ type: 'text' }) role: CommunityRole;
  @Column({ name: 'joined_at', type: 'timestamptz', default: () => 'now()' }) joinedAt: Date;
}
