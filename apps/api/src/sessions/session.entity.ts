import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SessionMode, SessionStatus } from '@mao/domain';
import type { Method } from '@mao/intervisie-method';

/**
 * An intervisie session. `methodSnapshot` is the method definition the session runs: refreshed
 * while the session is scheduled and the CoP's method changes, frozen by the live room when the
 * session starts. Times are stored in UTC; `timezone` is the wall clock they are shown in.
 */
export interface StoredStepWindow {
  stepId: string;
  opensAt: string;
  closesAt: string;
}

@Entity('sessions')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ type: 'text' }) title: string;
  @Column({ name: 'method_id', type: 'text' }) methodId: string;
  @Column({ name: 'method_source', type: 'text' }) methodSource: 'builtin' | 'custom';
  @Column({ name: 'method_snapshot', type: 'jsonb' }) methodSnapshot: Method;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt: Date;
  @Column({ name: 'duration_minutes', type: 'integer' }) durationMinutes: number;
  @Column({ type: 'text', default: 'Europe/Amsterdam' }) timezone: string;
  @Column({ name: 'facilitator_id', type: 'uuid' }) facilitatorId: string;
  @Column({ name: 'presenter_id', type: 'uuid', nullable: true }) presenterId: string | null;
  @Column({ name: 'max_participants', type: 'integer' }) maxParticipants: number;
  @Column({ name: 'video_url', type: 'text', nullable: true }) videoUrl: string | null;
  @Column({ type: 'text', default: '' }) notes: string;
  @Column({ type: 'text', default: 'scheduled' }) status: SessionStatus;
  /** Live, asynchronous or mixed (issue 16). */
  @Column({ type: 'text', default: 'live' }) mode: SessionMode;
  /** The windows of the steps in writing, ISO instants; empty for a live session. */
  @Column({ name: 'step_windows', type: 'jsonb', default: () => "'[]'::jsonb" }) stepWindows: StoredStepWindow[];
  @Column({ name: 'ics_sequence', type: 'integer', default: 0 }) icsSequence: number;
  /** Reserved for the live room (current step, timers...). */
  @Column({ name: 'live_state', type: 'jsonb', nullable: true }) liveState: unknown;
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true }) startedAt: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
  /** When the boards and drafts of this session were purged with its casus (retention period over). */
  @Column({ name: 'boards_purged_at', type: 'timestamptz', nullable: true }) boardsPurgedAt: Date | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;

  /** The meeting's end (live, mixed) or the last window's close (async). */
  get endsAt(): Date {
    return new Date(this.startsAt.getTime() + this.durationMinutes * 60_000);
  }
}
