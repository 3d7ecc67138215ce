/** Response shapes shared by the api (what it returns) and the web (what it reads). */
import type { CommunityRole } from '../access/permissions.js';
import type { PlatformRole } from '../access/platform-roles.js';
import type { Background } from '../people/backgrounds.js';
import type { OrganisationType } from '../people/regions.js';

export interface MeView {
  id: string;
  email: string;
  name: string;
  background: Background | null;
  organisation: string | null;
  /** Jeugdzorgregio id (`YOUTH_CARE_REGIONS`), gemeente and kind of organisation, or null. */
  regionId: string | null;
  gemeente: string | null;
  organisationType: OrganisationType | null;
  /** When the programme bureau approved this person for Vraag en advies, or null. */
  adviceMemberSince: string | null;
  locale: 'nl' | 'en';
  isPlatformAdmin: boolean;
  /** A platform role an administrator granted ('gespreksleider'), or null. */
  platformRole: PlatformRole | null;
  /** May this person create a CoP (administrator, or appointed gespreksleider, per the platform's policy)? */
  canCreateCommunities: boolean;
  createdAt: string;
}

/** `GET /api/admin/users` (platform administrators): accounts and their platform roles. */
export interface PlatformUserView {
  id: string;
  email: string;
  name: string;
  isPlatformAdmin: boolean;
  platformRole: PlatformRole | null;
  regionId: string | null;
  organisation: string | null;
  adviceMemberSince: string | null;
  /** Set when an administrator deactivated the account (no login, every session ended). */
  deactivatedAt: string | null;
  createdAt: string;
}

export interface CommunityView {
  id: string;
  name: string;
  description: string;
  themes: string[];
  caseRetentionDays: number;
  myRole: CommunityRole | null;
  memberCount: number;
  createdAt: string;
}

export interface MemberView {
  userId: string;
  name: string;
  /** Only facilitators (and the member themself) see e-mail addresses. */
  email: string | null;
  background: Background | null;
  organisation: string | null;
  role: CommunityRole;
  joinedAt: string;
}

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export interface InvitationView {
  id: string;
  email: string;
  role: CommunityRole;
  status: InvitationStatus;
  expiresAt: string;
  createdAt: string;
  invitedBy: string;
}

/** What the invitation page shows before accepting; reachable with the token only. */
export interface InvitationPreview {
  communityName: string;
  email: string;
  role: CommunityRole;
  expiresAt: string;
  status: InvitationStatus;
  accountExists: boolean;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
