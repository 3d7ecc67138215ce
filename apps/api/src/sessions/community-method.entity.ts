import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Method } from '@mao/intervisie-method';

/** A CoP's own method, one row per version; the highest version is the current one. */
@Entity('community_methods')
export class CommunityMethodEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'method_id', type: 'text' }) methodId: string;
  @Column({ type: 'integer' }) version: number;
  @Column({ type: 'jsonb' }) method: Method;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  /** This version is shared with the platform: other CoPs may copy it. */
  @Column({ name: 'shared_at', type: 'timestamptz', nullable: true }) sharedAt: Date | null;
  /** The shared version (of another CoP) this method was copied from, for the attribution. */
  @Column({ name: 'based_on', type: 'uuid', nullable: true }) basedOn: string | null;
}
