import type { PlatformRole } from './platform-roles.js';

/**
 * The platform-wide permission matrix: Vraag en advies (the national question channel) and the
 * administration console. It sits beside the CoP matrix (`permissions.ts`): there the relation
 * is a person's role in one CoP, here it is what the person is on the platform.
 *
 * - `anonymous`: not logged in (the api answers 401 before this matrix is asked, except for the
 *   public join form);
 * - `outsider`: an account (for example from a CoP invitation) that has not joined Vraag en advies;
 * - `pending`: asked to join, not approved yet;
 * - `member`: approved for Vraag en advies by the programme bureau;
 * - `makelaar`: the programme bureau (platform role 'makelaar'): matches questions with people,
 *   reviews join requests, closes questions;
 * - `admin`: platform administrator: everything, plus the administration console.
 *
 * Outsiders and pending people see nothing of Vraag en advies: every route answers 404 for them
 * (`platformRefusal`), as a CoP does for non-members.
 */
export const PLATFORM_RELATIONS = ['anonymous', 'outsider', 'pending', 'member', 'makelaar', 'admin'] as const;
export type PlatformRelation = (typeof PLATFORM_RELATIONS)[number];

export const PLATFORM_ACTIONS = [
  /** Read questions and answers, search them. */
  'questions.view',
  'questions.ask',
  'questions.answer',
  /**
   * Report a question or an answer to the administrators. Lessons and reflections are reported
   * by whoever can read the lesson (the lessons library's visibility rule), members or not.
   */
  'content.report',
  /** Harvest an answer into a CoP's lessons as a draft (also a CoP facilitator for their own CoP). */
  'questions.harvest',
  /** The matching queue: new and unanswered questions, invite people or CoPs, close questions. */
  'questions.match',
  'joinRequests.review',
  /** Ask to join Vraag en advies (the form; anonymous people use it too). */
  'joinRequests.create',
  /** Administration console: people, CoPs, reported content, audit. */
  'admin.people',
  'admin.communities',
  'admin.moderate',
  'admin.audit',
] as const;
export type PlatformAction = (typeof PLATFORM_ACTIONS)[number];

const MEMBERS = ['member', 'makelaar', 'admin'] as const;
const BUREAU = ['makelaar', 'admin'] as const;
const ADMIN = ['admin'] as const;

export const PLATFORM_MATRIX: Readonly<Record<PlatformAction, readonly PlatformRelation[]>> = {
  'questions.view': MEMBERS,
  'questions.ask': MEMBERS,
  'questions.answer': MEMBERS,
  'content.report': MEMBERS,
  'questions.harvest': BUREAU,
  'questions.match': BUREAU,
  'joinRequests.review': BUREAU,
  'joinRequests.create': ['anonymous', 'outsider'],
  'admin.people': ADMIN,
  'admin.communities': ADMIN,
  'admin.moderate': ADMIN,
  'admin.audit': ADMIN,
};

export interface PlatformPerson {
  isPlatformAdmin: boolean;
  platformRole: PlatformRole | null;
  /** When the programme bureau approved this person for Vraag en advies, or null. */
  adviceMemberSince: Date | string | null;
}

/** What this person is on the platform; `pending` when they have an open join request. */
export function platformRelation(person: PlatformPerson | null, hasPendingJoinRequest = false): PlatformRelation {
  if (!person) return 'anonymous';
  if (person.isPlatformAdmin) return 'admin';
  if (person.platformRole === 'makelaar') return 'makelaar';
  if (person.adviceMemberSince) return 'member';
  return hasPendingJoinRequest ? 'pending' : 'outsider';
}

export function canOnPlatform(relation: PlatformRelation, action: PlatformAction): boolean {
  return PLATFORM_MATRIX[action].includes(relation);
}

/**
 * How a refusal is told: people outside Vraag en advies learn nothing (404, as if it did not
 * exist); members who lack a role are told they may not (403); anonymous people must log in.
 */
export function platformRefusal(relation: PlatformRelation): 'unauthenticated' | 'not_found' | 'forbidden' {
  if (relation === 'anonymous') return 'unauthenticated';
  if (relation === 'outsider' || relation === 'pending') return 'not_found';
  return 'forbidden';
}

/**
 * "Geen belang in jouw regio": the answerer works in another jeugdzorgregio than the asker.
 * Unknown regions (either side has none on their profile) are not marked: the mark is a claim.
 */
export function fromOtherRegion(askerRegionId: string | null, answererRegionId: string | null): boolean {
  return askerRegionId !== null && answererRegionId !== null && askerRegionId !== answererRegionId;
}

/** A question "alleen van buiten mijn regio" takes answers only from people with another, known region. */
export function mayAnswerRegionally(outsideRegionOnly: boolean, askerRegionId: string | null, answererRegionId: string | null): boolean {
  return !outsideRegionOnly || fromOtherRegion(askerRegionId, answererRegionId);
}
