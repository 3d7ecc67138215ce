import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what to which subject. Never holds case text: details carry ids and counts only. */
@Entity('audit_log')
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) at: Date;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId: string | null;
  @Column({ type: 'text' }) action: string;
  @Column({ name: 'subject_type', type: 'text' }) subjectType: string;
  @Column({ name: 'subject_id', type: 'text', nullable: true }) subjectId: string | null;
  @Column({ name: 'community_id', type: 'uuid', nullable: true }) communityId: string | null;
  @Column({ type: 'jsonb', default: () => "'{}'" }) details: object;
}
