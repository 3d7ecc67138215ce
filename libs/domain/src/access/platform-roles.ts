/**
 * Platform-wide roles, next to the per-CoP roles of the permission matrix. A platform
 * administrator appoints people as "gespreksleider" (facilitator) of the platform, which lets
 * them create CoPs, or as "makelaar" (the programme bureau of Vraag en advies, which matches
 * questions with people and approves join requests; see `platform-access.ts`). A person holds
 * at most one platform role. Who may create a CoP is a deployment choice (configuration):
 *
 * - `gespreksleiders` (default): platform administrators and appointed gespreksleiders;
 * - `admins`: platform administrators only;
 * - `everyone`: every account (a small, closed installation).
 *
 * Any account can otherwise make the platform send invitation mails (with a CoP name of its
 * choosing) to any address: creating CoPs is the door to that, so it is not open by default.
 */
export const PLATFORM_ROLES = ['gespreksleider', 'makelaar'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

export const COMMUNITY_CREATION_POLICIES = ['gespreksleiders', 'admins', 'everyone'] as const;
export type CommunityCreationPolicy = (typeof COMMUNITY_CREATION_POLICIES)[number];
export const DEFAULT_COMMUNITY_CREATION_POLICY: CommunityCreationPolicy = 'gespreksleiders';

export interface PlatformActor {
  isPlatformAdmin: boolean;
  platformRole: PlatformRole | null;
}

export function canCreateCommunity(actor: PlatformActor, policy: CommunityCreationPolicy = DEFAULT_COMMUNITY_CREATION_POLICY): boolean {
  if (actor.isPlatformAdmin) return true;
  switch (policy) {
    case 'everyone':
      return true;
    case 'gespreksleiders':
      return actor.platformRole === 'gespreksleider';
    case 'admins':
      return false;
  }
}
