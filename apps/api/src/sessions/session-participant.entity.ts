import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RsvpResponse } from '@mao/domain';

/** A member's answer to a session invitation. */
@Entity('session_participants')
export class SessionParticipantEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' }) sessionId: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ type: 'text' }) rsvp: RsvpResponse;
  @Column({ name: 'responded_at', type: 'timestamptz', default: () => 'now()' }) respondedAt: Date;
}
