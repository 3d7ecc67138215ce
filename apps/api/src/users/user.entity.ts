import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Background, OrganisationType, PlatformRole } from '@mao/domain';

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
  /** Jeugdzorgregio id (`YOUTH_CARE_REGIONS` in libs/domain), gemeente and kind of organisation. */
  @Column({ name: 'region_id', type: 'text', nullable: true }) regionId: string | null;
  @Column({ type: 'text', nullable: true }) gemeente: string | null;
  @Column({ name: 'organisation_type', type: 'text', nullable: true }) organisationType: OrganisationType | null;
  /** Approved for Vraag en advies by the programme bureau (null: sees nothing of it). */
  @Column({ name: 'advice_member_since', type: 'timestamptz', nullable: true }) adviceMemberSince: Date | null;
  /** Deactivated by a platform administrator: cannot log in, every session ended. */
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true }) deactivatedAt: Date | null;
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true }) deletedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
