import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A personal calendar feed: the secret token is the permission, only its hash is stored. */
@Entity('calendar_feeds')
export class CalendarFeedEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ name: 'token_hash', type: 'text', unique: true }) tokenHash: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
