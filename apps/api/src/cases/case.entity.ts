import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { CaseStatus } from '@mao/domain';

/**
 * The casus of a session, written by its presenter. The text fields are blanked by the purge
 * sweep once `purge_after` has passed; the row stays (with `purged_at`) so that the session and
 * the lessons keep their history. Never log an instance of this entity.
 */
@Entity('cases')
export class CaseEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' }) sessionId: string;
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId: string | null;
  @Column({ type: 'text', default: '' }) title: string;
  @Column({ type: 'text', default: '' }) context: string;
  @Column({ name: 'key_question', type: 'text', default: '' }) keyQuestion: string;
  @Column({ type: 'text', default: '' }) tried: string;
  @Column({ name: 'ask_of_group', type: 'text', default: '' }) askOfGroup: string;
  @Column({ name: 'anonymised_confirmed', type: 'boolean', default: false }) anonymisedConfirmed: boolean;
  @Column({ name: 'consent_confirmed', type: 'boolean', default: false }) consentConfirmed: boolean;
  @Column({ type: 'text', default: 'draft' }) status: CaseStatus;
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true }) confirmedAt: Date | null;
  @Column({ name: 'accepted_findings', type: 'text', array: true, default: () => "'{}'" }) acceptedFindings: string[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column({ name: 'purge_after', type: 'timestamptz', nullable: true }) purgeAfter: Date | null;
  @Column({ name: 'purged_at', type: 'timestamptz', nullable: true }) purgedAt: Date | null;
}
