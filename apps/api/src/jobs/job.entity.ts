import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type JobStatus = 'pending' | 'done' | 'skipped' | 'failed';

/** A persisted unit of background work; see job-runner.service.ts for the delivery guarantees. */
@Entity('jobs')
export class JobEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column({ type: 'text' }) kind: string;
  @Column({ name: 'run_at', type: 'timestamptz' }) runAt: Date;
  @Column({ type: 'jsonb', default: () => "'{}'" }) payload: Record<string, unknown>;
  @Column({ name: 'dedupe_key', type: 'text', nullable: true, unique: true }) dedupeKey: string | null;
  @Column({ type: 'text', default: 'pending' }) status: JobStatus;
  @Column({ type: 'integer', default: 0 }) attempts: number;
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true }) lockedUntil: Date | null;
  @Column({ name: 'done_at', type: 'timestamptz', nullable: true }) doneAt: Date | null;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
