import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Background, PlatformRole } from '@mao/domain';

/** The name every trace of a deleted account is shown under. */
export const DELETED_MEMBER_NAME = 'verwijderd lid';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text', unique: true }) email: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'password_hash', type: 'text', nullable: true }) passwordHash: string | null;
  @Column({ type: 'text', nullable: true }) background: Background | null;
  @Column({ type: 'text', nullable: true }) organisation: string | null;
  @Column({ type: 'text', default: 'nl' }) locale: 'nl' | 'en';
  @Column({ name: 'is_platform_admin', type: 'boolean', default: false }) isPlatformAdmin: boolean;
  /** Granted by a platform administrator: 'gespreksleider' may create CoPs. */
  @Column({ name: 'platform_role', type: 'text', nullable: true }) platformRole: PlatformRole | null;
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true }) deletedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
