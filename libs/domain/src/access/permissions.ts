/**
 * The one permission matrix. Every api route names the action it performs; this table says
 * which CoP role may perform it. Being a non-member is a role too ('none'), so the table
 * documents what an outsider can do (almost nothing) as explicitly as what a member can.
 */
export const COMMUNITY_ROLES = ['facilitator', 'member'] as const;
export type CommunityRole = (typeof COMMUNITY_ROLES)[number];
export type CommunityRelation = CommunityRole | 'none';

export const COMMUNITY_ACTIONS = [
  'community.view',
  'community.update',
  'community.leave',
  'members.view',
  'members.manage',
  'invitations.view',
  'invitations.manage',
  'sessions.view',
  'sessions.schedule',
  'sessions.manage',
  'sessions.rsvp',
  'methods.view',
  'methods.create',
  'lessons.view',
  'lessons.review',
  'lessons.reflect',
  'agreements.view',
  'agreements.manage',
  'proposals.view',
  'proposals.create',
  'proposals.support',
  'proposals.manage',
] as const;
export type CommunityAction = (typeof COMMUNITY_ACTIONS)[number];

const F = ['facilitator'] as const;
const FM = ['facilitator', 'member'] as const;

export const PERMISSION_MATRIX: Readonly<Record<CommunityAction, readonly CommunityRole[]>> = {
  'community.view': FM,
  'community.update': F,
  'community.leave': FM,
  'members.view': FM,
  'members.manage': F,
  'invitations.view': F,
  'invitations.manage': F,
  'sessions.view': FM,
  'sessions.schedule': F,
  'sessions.manage': F,
  'sessions.rsvp': FM,
  'methods.view': FM,
  'methods.create': F,
  'lessons.view': FM,
  'lessons.review': F,
  'lessons.reflect': FM,
  'agreements.view': FM,
  'agreements.manage': F,
  'proposals.view': FM,
  'proposals.create': FM,
  'proposals.support': FM,
  'proposals.manage': F,
};

export interface Actor {
  userId: string;
  isPlatformAdmin: boolean;
}

/**
 * May this relation perform this action? Platform admins act as facilitator in every CoP
 * (support and continuity when a facilitator leaves), but never read case text: that is
 * decided per session by `canReadCase`, not by this matrix.
 */
export function can(relation: CommunityRelation, action: CommunityAction, isPlatformAdmin = false): boolean {
  if (isPlatformAdmin) return true;
  if (relation === 'none') return false;
  return PERMISSION_MATRIX[action].includes(relation);
}

/** What an outsider is told when refused: that the CoP does not exist (a non-member learns nothing). */
export function refusalFor(relation: CommunityRelation): 'not_found' | 'forbidden' {
  return relation === 'none' ? 'not_found' : 'forbidden';
}
