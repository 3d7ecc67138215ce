import { HIDDEN_PARENT_NAME, findPrivacyIssues, type LessonStatus, type LessonView, type LessonVisibility, type WriterProfile } from '@mao/domain';

/** SQL: is the user (alias `u`) a parent who has not chosen to show their name on platform-wide lessons? */
const HIDDEN_PARENT = `u.background = 'ouder' AND NOT EXISTS (SELECT 1 FROM lesson_name_settings ns WHERE ns.user_id = u.id AND ns.show_on_platform)`;

/**
 * The author names a lesson shows (issue 15): on a platform-wide lesson, the name of a parent
 * (background `ouder`) appears only when they chose so (`lesson_name_settings`); otherwise
 * "een ouder". A merged lesson lists "A, B": each author is found through the lesson and the
 * drafts merged into it (`merged_into_id`), and a name in the list is theirs when it is their
 * name now or the first name stored with a lesson they wrote (their name when it was harvested).
 * Lessons of a CoP (visibility `community`) keep every name: the CoP's members know each other.
 * Used by every view and export (library, lesson page, session harvest, CSV, Markdown, PDF);
 * `author_name` itself is never rewritten.
 */
export const AUTHOR_DISPLAY_SQL = `
  CASE WHEN l.visibility = 'platform' AND l.author_name IS NOT NULL THEN (
    WITH RECURSIVE contrib AS (
      SELECT l.id, l.author_id, l.author_name
      UNION SELECT m.id, m.author_id, m.author_name FROM lessons m JOIN contrib k ON m.merged_into_id = k.id
    ), hidden AS (
      SELECT u.name FROM contrib k JOIN users u ON u.id = k.author_id WHERE ${HIDDEN_PARENT}
      UNION SELECT split_part(k.author_name, ', ', 1) FROM contrib k JOIN users u ON u.id = k.author_id WHERE ${HIDDEN_PARENT} AND k.author_name IS NOT NULL
    )
    SELECT string_agg(CASE WHEN part IN (SELECT name FROM hidden) THEN '${HIDDEN_PARENT_NAME.nl}' ELSE part END, ', ' ORDER BY ord)
      FROM unnest(string_to_array(l.author_name, ', ')) WITH ORDINALITY AS p(part, ord)
  ) ELSE l.author_name END`;

/**
 * Each name in the stored `author_name` ("A, B" after a merge), in order, with the profile of the
 * live account it belongs to (issue 17: domain, organisation type and region go with the name).
 * A name is an author's when it is their name now or the first name stored with a lesson they
 * wrote, as in AUTHOR_DISPLAY_SQL. No profile for a deleted account ("verwijderd lid": its row is
 * emptied and `deleted_at` set) nor for a parent whose name a platform lesson hides.
 */
export const AUTHOR_PROFILES_SQL = `
  CASE WHEN l.author_name IS NULL THEN '[]'::json ELSE (
    WITH RECURSIVE contrib AS (
      SELECT l.id, l.author_id, l.author_name
      UNION SELECT m.id, m.author_id, m.author_name FROM lessons m JOIN contrib k ON m.merged_into_id = k.id
    )
    SELECT json_agg(json_build_object('name', p.part, 'profile', w.profile) ORDER BY p.ord)
      FROM unnest(string_to_array(l.author_name, ', ')) WITH ORDINALITY AS p(part, ord)
      LEFT JOIN LATERAL (
        SELECT json_build_object('background', u.background, 'organisationType', u.organisation_type, 'regionId', u.region_id) AS profile
          FROM contrib k JOIN users u ON u.id = k.author_id
         WHERE u.deleted_at IS NULL AND (u.name = p.part OR split_part(k.author_name, ', ', 1) = p.part)
           AND NOT (l.visibility = 'platform' AND ${HIDDEN_PARENT})
         LIMIT 1
      ) w ON true
  ) END`;

/** The name a reflection (alias `r`, its author `u`) shows on a lesson whose visibility is `visibility`. */
export const reflectionAuthorSql = (visibility: string) =>
  `CASE WHEN ${visibility} = 'platform' AND ${HIDDEN_PARENT} THEN '${HIDDEN_PARENT_NAME.nl}' ELSE r.author_name END`;

/** The columns every lesson view is built from (alias `l` for lessons, `c` communities, `s` sessions). */
export const LESSON_VIEW_COLUMNS = `
  l.id, l.text, l.status, l.visibility, l.element_ids, l.indicator_ids, l.themes,
  l.community_id, c.name AS community_name,
  l.session_id, s.title AS session_title, l.session_date,
  l.method_id, l.method_name, l.author_name, ${AUTHOR_DISPLAY_SQL} AS author_display,
  ${AUTHOR_PROFILES_SQL} AS author_profiles, l.created_at, l.published_at,
  l.review_notes, l.accepted_findings, l.merged_into_id,
  (SELECT count(*)::int FROM lesson_reflections r WHERE r.lesson_id = l.id AND r.hidden_at IS NULL) AS reflection_count`;

export const LESSON_VIEW_FROM = `lessons l JOIN communities c ON c.id = l.community_id LEFT JOIN sessions s ON s.id = l.session_id`;

export interface LessonRow {
  id: string;
  text: string;
  status: LessonStatus;
  visibility: LessonVisibility;
  element_ids: string[];
  indicator_ids: string[];
  themes: string[];
  community_id: string;
  community_name: string;
  session_id: string | null;
  session_title: string | null;
  session_date: Date;
  method_id: string | null;
  method_name: string | null;
  /** As stored: the harvested author, or "A, B" after a merge. Never shown as such: see `author_display`. */
  author_name: string | null;
  /** What views and exports show (AUTHOR_DISPLAY_SQL). */
  author_display: string | null;
  /** Each stored name with its writer's profile (AUTHOR_PROFILES_SQL). */
  author_profiles: Array<{ name: string; profile: WriterProfile | null }>;
  created_at: Date;
  published_at: Date | null;
  review_notes: string[];
  accepted_findings: string[];
  merged_into_id: string | null;
  reflection_count: number;
}

/**
 * The writers as shown: the names of `author_display` (so a hidden parent stays "een ouder"), each
 * with a profile only where the shown name is the stored one — a name replaced by "een ouder" never
 * carries the profile of the person behind it.
 */
function lessonAuthors(row: LessonRow): NonNullable<LessonView['authors']> {
  const shown = row.author_display ? row.author_display.split(', ') : [];
  return shown.map((name, index) => {
    const stored = row.author_profiles[index];
    return stored?.profile && stored.name === name ? { name, profile: stored.profile } : { name };
  });
}

/** A lesson as the api shows it. Review details only when the viewer reviews it. Never any casus text. */
export function toLessonView(row: LessonRow, options: { reviewer?: boolean; snippet?: string; rank?: number } = {}): LessonView {
  const view: LessonView = {
    id: row.id,
    text: row.text,
    status: row.status,
    visibility: row.visibility,
    elementIds: row.element_ids,
    indicatorIds: row.indicator_ids,
    themes: row.themes,
    community: { id: row.community_id, name: row.community_name },
    session: row.session_id ? { id: row.session_id, title: row.session_title ?? '', date: row.session_date.toISOString() } : null,
    method: row.method_id ? { id: row.method_id, name: row.method_name ?? row.method_id } : null,
    authorName: row.author_display,
    authors: lessonAuthors(row),
    createdAt: row.created_at.toISOString(),
    publishedAt: row.published_at ? row.published_at.toISOString() : null,
    reflectionCount: row.reflection_count,
  };
  if (options.snippet !== undefined) view.snippet = options.snippet;
  if (options.rank !== undefined) view.rank = options.rank;
  if (options.reviewer && row.status !== 'published') {
    view.reviewNotes = row.review_notes;
    view.privacyFindingCount = findPrivacyIssues(row.text, { acceptedMatches: row.accepted_findings }).length;
  }
  return view;
}
