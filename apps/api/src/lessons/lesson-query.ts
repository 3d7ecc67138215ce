import type { EntityManager } from 'typeorm';
import { can, type LessonFilters } from '@mao/domain';
import type { UserEntity } from '../users/user.entity.js';

/**
 * Who is looking: the CoPs they belong to and the CoPs whose lessons they review. Loaded once
 * per request (a handful of rows) and passed to SQL as arrays, so the visibility rule is one
 * indexable condition instead of a join on memberships per lesson.
 */
export interface LessonScope {
  userId: string;
  isPlatformAdmin: boolean;
  /** CoPs the user is a member of (any role). */
  memberOf: string[];
  /** CoPs whose lessons the user reviews (facilitator role: `lessons.review`). */
  reviewerOf: string[];
}

export async function loadScope(db: EntityManager, user: UserEntity): Promise<LessonScope> {
  const rows: Array<{ community_id: string; role: 'facilitator' | 'member' }> = await db.query(`SELECT community_id, role FROM memberships WHERE user_id = $1`, [user.id]);
  return {
    userId: user.id,
    isPlatformAdmin: user.isPlatformAdmin,
    memberOf: rows.map((r) => r.community_id),
    reviewerOf: rows.filter((r) => can(r.role, 'lessons.review')).map((r) => r.community_id),
  };
}

/** Positional parameters for one SQL statement. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

export const SESSION_TIMEZONE_SQL = `'Europe/Amsterdam'`;

/**
 * The visibility rule of the library as SQL over the alias `l`:
 * - published lessons: platform-wide ones for everyone logged in, CoP ones for that CoP's members;
 * - drafts: for the CoP's facilitators and the session's own facilitator (while a member);
 * - platform administrators act as facilitator everywhere (permission matrix).
 * Discarded and merged lessons are only reachable by reviewers through a session's review list.
 */
export function visibleSql(scope: LessonScope, params: Params, status: 'published' | 'draft'): string {
  if (status === 'published') {
    if (scope.isPlatformAdmin) return `l.status = 'published'`;
    return `l.status = 'published' AND (l.visibility = 'platform' OR l.community_id = ANY(${params.add(scope.memberOf)}::uuid[]))`;
  }
  if (scope.isPlatformAdmin) return `l.status = 'draft'`;
  return `l.status = 'draft' AND (l.community_id = ANY(${params.add(scope.reviewerOf)}::uuid[])
    OR (l.community_id = ANY(${params.add(scope.memberOf)}::uuid[]) AND l.session_id IN (SELECT s.id FROM sessions s WHERE s.facilitator_id = ${params.add(scope.userId)})))`;
}

/** The filter conditions (without `q`); several values of one filter match any of them. */
export function filterSql(filters: LessonFilters, params: Params): string[] {
  const where: string[] = [];
  // Six elements: the GIN index on element_ids finds ~1/6 of the table. Combined with a CoP the
  // (community_id, session_date) index is far more selective, but the planner still ANDs in the
  // GIN bitmap (measured: 2.6 of 3 ms). `|| '{}'` makes the condition a plain filter there.
  if (filters.element?.length) where.push(`l.element_ids${filters.communityId ? ` || '{}'::text[]` : ''} && ${params.add(filters.element)}::text[]`);
  if (filters.indicator?.length) where.push(`l.indicator_ids && ${params.add(filters.indicator)}::text[]`);
  if (filters.theme?.length) where.push(`l.themes && ${params.add(filters.theme)}::text[]`);
  if (filters.communityId) where.push(`l.community_id = ${params.add(filters.communityId)}::uuid`);
  if (filters.methodId) where.push(`l.method_id = ${params.add(filters.methodId)}`);
  if (filters.visibility) where.push(`l.visibility = ${params.add(filters.visibility)}`);
  // Calendar days in Amsterdam: [from 00:00, to + 1 day 00:00).
  if (filters.from) where.push(`l.session_date >= (${params.add(filters.from)}::date::timestamp AT TIME ZONE ${SESSION_TIMEZONE_SQL})`);
  if (filters.to) where.push(`l.session_date < ((${params.add(filters.to)}::date + 1)::timestamp AT TIME ZONE ${SESSION_TIMEZONE_SQL})`);
  return where;
}

/**
 * A search string as users type it, made safe for `websearch_to_tsquery`: NUL and other control
 * characters cannot go into PostgreSQL text, so they become spaces. Returns null when nothing
 * searchable is left (then there is no search, just the list).
 */
export function normaliseSearch(q: string | undefined): string | null {
  if (q === undefined) return null;
  // eslint-disable-next-line no-control-regex
  const cleaned = q.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/[\ud800-\udfff]/g, (c, i: number, s: string) => (isPaired(s, i) ? c : ' ')).trim();
  return cleaned.length === 0 ? null : cleaned;
}

function isPaired(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = s.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff;
  }
  const previous = s.charCodeAt(i - 1);
  return previous >= 0xd800 && previous <= 0xdbff;
}
