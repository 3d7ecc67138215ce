import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('communities')
export class CommunityEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) themes: string[];
  @Column({ name: 'case_retention_days', type: 'integer', default: 30 }) caseRetentionDays: number;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  /** Archived by a platform administrator: members still read it, nothing in it changes. */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
