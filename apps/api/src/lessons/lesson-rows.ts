import { findPrivacyIssues, type LessonStatus, type LessonView, type LessonVisibility } from '@mao/domain';

/** The columns every lesson view is built from (alias `l` for lessons, `c` communities, `s` sessions). */
export const LESSON_VIEW_COLUMNS = `
  l.id, l.text, l.status, l.visibility, l.element_ids, l.indicator_ids, l.themes,
  l.community_id, c.name AS community_name,
  l.session_id, s.title AS session_title, l.session_date,
  l.method_id, l.method_name, l.author_name, l.created_at, l.published_at,
  l.review_notes, l.accepted_findings, l.merged_into_id,
  (SELECT count(*)::int FROM lesson_reflections r WHERE r.lesson_id = l.id) AS reflection_count`;

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
  author_name: string | null;
  created_at: Date;
  published_at: Date | null;
  review_notes: string[];
  accepted_findings: string[];
  merged_into_id: string | null;
  reflection_count: number;
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
    authorName: row.author_name,
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
