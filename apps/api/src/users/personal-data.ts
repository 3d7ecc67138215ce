import { DELETED_MEMBER_NAME } from './user.entity.js';

/**
 * The personal-data registry: every table, column and document that holds a user id, a name, an
 * e-mail address or other details about a person, with what account deletion does to it and
 * which section of the personal-data export (AVG art. 15 and 20) shows it.
 *
 * Account deletion (`UsersService.deleteAccount`) runs the `deletion` statements of these
 * entries in order, and the export (`UsersService.exportPersonalData`) runs their `export`
 * sections; nothing else in the code erases or exports personal data. `personal-data.spec.ts`
 * reads the database schema and fails when a column that looks like it holds a user id (a
 * foreign key to `users`, or a name like `*_by`, `actor_id`, `user_id`), a name or an e-mail
 * address is neither here nor on its commented allow-list of non-personal columns.
 *
 * Parameters in the SQL are named: `:userId`, `:email` (the address as it was before
 * deletion), `:name` (the name as it was) and `:deletedName` ("verwijderd lid").
 *
 * What deletion does, in words:
 * - the account row keeps only its id (name "verwijderd lid", an `@invalid` address, no
 *   password, background or organisation), so every place that shows a name through the id
 *   (members, invitations "uitgenodigd door", sessions) shows "verwijderd lid";
 * - every copy of the name stored with a contribution (lessons — also in a merged lesson's
 *   list of authors —, reflections, action perspectives) becomes "verwijderd lid"; exports
 *   (CSV, Markdown, PDF) read those columns, so they say "verwijderd lid" too;
 * - logins, reset tokens, the calendar feed, memberships and pending reminder mails go;
 * - invitations to their address: unaccepted ones are deleted, accepted ones keep the row
 *   (the CoP's history) with the address blanked;
 * - ids in history (who published a lesson, who led a past session, the audit log, live
 *   transitions, board keys) stay: an id is not a name, and it leads to the anonymised row.
 *
 * Board documents (Yjs): see `PERSONAL_DOCUMENTS`.
 */

/** What a column holds about a person. */
export type Holds = 'user-id' | 'name' | 'email' | 'profile' | 'credential' | 'document';

/** How account deletion treats the person's values in a column. */
export type Deletion =
  /** The rows are deleted. */
  | 'delete-row'
  /** Replaced by "verwijderd lid". */
  | 'deleted-name'
  /** Replaced by an empty string or NULL (where the row itself stays). */
  | 'blank'
  /** The account row's details are replaced by placeholders; the row keeps its id. */
  | 'anonymised'
  /** The id stays: it leads to the anonymised account row, which shows "verwijderd lid" and holds nothing else. */
  | 'keep-id';

export interface PersonalColumn {
  column: string;
  holds: Holds;
  deletion: Deletion;
  /** The export section that shows the person's values in this column, or why there is none. */
  export: string | { none: string };
}

export interface ExportSection {
  /** The key in the exported JSON. */
  key: string;
  /** Rows of this person (named parameters as above); camelCase aliases become the JSON fields. */
  sql: string;
  /** One object (or null) instead of a list. */
  single?: boolean;
}

export interface PersonalTable {
  table: string;
  columns: PersonalColumn[];
  /** Statements run, in registry order, inside the deletion transaction. */
  deletion: string[];
  export: ExportSection[];
}

export const DELETED_NAME = DELETED_MEMBER_NAME;

/** Ids that point at the person in tables whose other columns are not about them. */
const keepId = (column: string, exportSection: string | { none: string }): PersonalColumn => ({ column, holds: 'user-id', deletion: 'keep-id', export: exportSection });

/** A CTE `theirs`: the person's lessons and every lesson one of them was merged into (following `merged_into_id`). */
const THEIR_LESSONS = `
  WITH RECURSIVE theirs AS (
    SELECT id, merged_into_id FROM lessons WHERE author_id = :userId
    UNION SELECT l.id, l.merged_into_id FROM lessons l JOIN theirs t ON l.id = t.merged_into_id
  )`;

/**
 * A lesson's author names: a harvested lesson has one, a merged lesson the list "A, B" of both
 * drafts' authors. The lessons to rewrite are the person's own and every lesson one of theirs was
 * merged into (following `merged_into_id`); in those, each name in the list that is theirs (their
 * name now, or the first name in the list of a lesson they are the author of — their name when it
 * was harvested) becomes "verwijderd lid".
 */
const LESSON_AUTHOR_NAMES = `
  ${THEIR_LESSONS}, names AS (
    SELECT :name::text AS name
    UNION SELECT split_part(author_name, ', ', 1) FROM lessons WHERE author_id = :userId AND author_name IS NOT NULL
  )
  UPDATE lessons l SET author_name = (
      SELECT string_agg(CASE WHEN part IN (SELECT name FROM names) THEN :deletedName ELSE part END, ', ' ORDER BY ord)
        FROM unnest(string_to_array(l.author_name, ', ')) WITH ORDINALITY AS p(part, ord))
   WHERE l.id IN (SELECT id FROM theirs) AND l.author_name IS NOT NULL`;

/** The sessions whose boards the person may have written on (see `PERSONAL_DOCUMENTS`). */
export const SESSIONS_TAKEN_PART_IN = `
  SELECT session_id FROM session_participants WHERE user_id = :userId
  UNION SELECT id FROM sessions WHERE facilitator_id = :userId OR presenter_id = :userId
  UNION SELECT session_id FROM session_transitions WHERE actor_id = :userId`;

export const PERSONAL_DATA: readonly PersonalTable[] = [
  {
    table: 'memberships',
    columns: [{ column: 'user_id', holds: 'user-id', deletion: 'delete-row', export: 'memberships' }],
    deletion: [`DELETE FROM memberships WHERE user_id = :userId`],
    export: [
      {
        key: 'memberships',
        sql: `SELECT c.id AS "communityId", c.name AS "communityName", m.role, m.joined_at AS "joinedAt"
                FROM memberships m JOIN communities c ON c.id = m.community_id WHERE m.user_id = :userId ORDER BY m.joined_at`,
      },
    ],
  },
  {
    table: 'auth_sessions',
    columns: [{ column: 'user_id', holds: 'user-id', deletion: 'delete-row', export: 'activeLogins' }],
    deletion: [`DELETE FROM auth_sessions WHERE user_id = :userId`],
    export: [{ key: 'activeLogins', sql: `SELECT created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt" FROM auth_sessions WHERE user_id = :userId ORDER BY created_at` }],
  },
  {
    table: 'password_reset_tokens',
    columns: [{ column: 'user_id', holds: 'user-id', deletion: 'delete-row', export: 'resetRequests' }],
    deletion: [`DELETE FROM password_reset_tokens WHERE user_id = :userId`],
    export: [{ key: 'resetRequests', sql: `SELECT created_at AS "createdAt", expires_at AS "expiresAt", used_at AS "usedAt" FROM password_reset_tokens WHERE user_id = :userId ORDER BY created_at` }],
  },
  {
    table: 'calendar_feeds',
    columns: [{ column: 'user_id', holds: 'user-id', deletion: 'delete-row', export: 'calendarFeed' }],
    deletion: [`DELETE FROM calendar_feeds WHERE user_id = :userId`],
    export: [{ key: 'calendarFeed', sql: `SELECT created_at AS "createdAt" FROM calendar_feeds WHERE user_id = :userId`, single: true }],
  },
  {
    table: 'invitations',
    columns: [
      // Invitations to their address: an unaccepted one is deleted (no link may still create an
      // account for it), an accepted one stays in the CoP's history without the address.
      { column: 'email', holds: 'email', deletion: 'blank', export: 'invitationsReceived' },
      keepId('accepted_by', 'invitationsReceived'),
      // Invitations they sent: the addresses are other people's; the row stays, "uitgenodigd door verwijderd lid".
      keepId('invited_by', 'invitationsSent'),
    ],
    deletion: [
      `DELETE FROM invitations WHERE accepted_at IS NULL AND lower(email) = lower(:email::text)`,
      `UPDATE invitations SET email = '' WHERE accepted_by = :userId OR lower(email) = lower(:email::text)`,
    ],
    export: [
      {
        key: 'invitationsSent',
        sql: `SELECT i.email, i.role, c.name AS "communityName", i.created_at AS "createdAt", i.accepted_at AS "acceptedAt", i.revoked_at AS "revokedAt"
                FROM invitations i JOIN communities c ON c.id = i.community_id WHERE i.invited_by = :userId ORDER BY i.created_at`,
      },
      {
        key: 'invitationsReceived',
        sql: `SELECT i.email, i.role, c.name AS "communityName", i.created_at AS "createdAt", i.accepted_at AS "acceptedAt", i.revoked_at AS "revokedAt", i.expires_at AS "expiresAt"
                FROM invitations i JOIN communities c ON c.id = i.community_id
               WHERE i.accepted_by = :userId OR lower(i.email) = lower(:email::text) ORDER BY i.created_at`,
      },
    ],
  },
  {
    table: 'communities',
    columns: [keepId('created_by', 'communitiesCreated')],
    deletion: [],
    export: [{ key: 'communitiesCreated', sql: `SELECT id, name, created_at AS "createdAt" FROM communities WHERE created_by = :userId ORDER BY created_at` }],
  },
  {
    table: 'community_methods',
    columns: [keepId('created_by', 'methodsCreated')],
    deletion: [],
    export: [
      {
        key: 'methodsCreated',
        sql: `SELECT m.method_id AS "methodId", m.version, c.name AS "communityName", m.created_at AS "createdAt"
                FROM community_methods m JOIN communities c ON c.id = m.community_id WHERE m.created_by = :userId ORDER BY m.created_at`,
      },
    ],
  },
  {
    table: 'sessions',
    columns: [
      // Upcoming sessions let go of them first (UsersService.releaseUpcomingSessions); past ones keep the id.
      keepId('facilitator_id', 'sessionRoles'),
      keepId('presenter_id', 'sessionRoles'),
      keepId('created_by', 'sessionsScheduled'),
      // The live state names people by id only (roles, presence, hands, ready marks).
      keepId('live_state', { none: 'ids of the live room (presence, hands, ready marks) during the session; what they did is in liveActions' }),
    ],
    deletion: [],
    export: [
      {
        key: 'sessionRoles',
        sql: `SELECT s.id AS "sessionId", s.title, c.name AS "communityName", s.starts_at AS "startsAt", s.status,
                     CASE WHEN s.facilitator_id = :userId THEN 'facilitator' ELSE 'presenter' END AS role
                FROM sessions s JOIN communities c ON c.id = s.community_id
               WHERE s.facilitator_id = :userId OR s.presenter_id = :userId ORDER BY s.starts_at`,
      },
      {
        key: 'sessionsScheduled',
        sql: `SELECT s.id AS "sessionId", s.title, c.name AS "communityName", s.starts_at AS "startsAt", s.created_at AS "createdAt"
                FROM sessions s JOIN communities c ON c.id = s.community_id WHERE s.created_by = :userId ORDER BY s.created_at`,
      },
    ],
  },
  {
    table: 'session_participants',
    columns: [keepId('user_id', 'sessionResponses')],
    deletion: [],
    export: [
      {
        key: 'sessionResponses',
        sql: `SELECT s.id AS "sessionId", s.title, c.name AS "communityName", s.starts_at AS "startsAt", p.rsvp, p.responded_at AS "respondedAt"
                FROM session_participants p JOIN sessions s ON s.id = p.session_id JOIN communities c ON c.id = s.community_id
               WHERE p.user_id = :userId ORDER BY s.starts_at`,
      },
    ],
  },
  {
    table: 'session_transitions',
    columns: [
      keepId('actor_id', 'liveActions'),
      keepId('payload', { none: 'ids only (the role or hand a transition concerns); the transitions themselves are in liveActions' }),
    ],
    deletion: [],
    export: [
      {
        key: 'liveActions',
        sql: `SELECT session_id AS "sessionId", at, type FROM session_transitions WHERE actor_id = :userId ORDER BY id`,
      },
    ],
  },
  {
    table: 'cases',
    // Casus text is left out of the export: it is about a child, not about the writer, and short-lived.
    columns: [keepId('author_id', 'casesWritten')],
    deletion: [],
    export: [
      {
        key: 'casesWritten',
        sql: `SELECT session_id AS "sessionId", status, confirmed_at AS "confirmedAt", created_at AS "createdAt", updated_at AS "updatedAt", purge_after AS "purgeAfter", purged_at AS "purgedAt"
                FROM cases WHERE author_id = :userId ORDER BY created_at`,
      },
    ],
  },
  {
    table: 'jobs',
    columns: [{ column: 'payload', holds: 'user-id', deletion: 'delete-row', export: { none: 'reminder mails waiting to be sent: scheduling, not data about the person' } }],
    deletion: [`DELETE FROM jobs WHERE status = 'pending' AND payload->>'userId' = :userId::text`],
    export: [],
  },
  {
    table: 'lessons',
    columns: [
      keepId('author_id', 'lessons'),
      { column: 'author_name', holds: 'name', deletion: 'deleted-name', export: 'lessons' },
      keepId('published_by', 'lessonsPublished'),
    ],
    deletion: [LESSON_AUTHOR_NAMES],
    export: [
      {
        key: 'lessons',
        sql: `SELECT l.id, l.text, l.status, l.visibility, c.name AS "communityName", l.session_id AS "sessionId", l.author_name AS "authorName",
                     l.element_ids AS "elementIds", l.indicator_ids AS "indicatorIds", l.themes, l.created_at AS "createdAt", l.published_at AS "publishedAt"
                FROM lessons l JOIN communities c ON c.id = l.community_id
               WHERE l.id IN (${THEIR_LESSONS} SELECT id FROM theirs) ORDER BY l.created_at, l.id`,
      },
      {
        key: 'lessonsPublished',
        sql: `SELECT id AS "lessonId", published_at AS "publishedAt" FROM lessons WHERE published_by = :userId ORDER BY published_at, id`,
      },
    ],
  },
  {
    // A parent's choice to show their name on platform-wide lessons (issue 15); no row means "een ouder".
    table: 'lesson_name_settings',
    columns: [
      { column: 'user_id', holds: 'user-id', deletion: 'delete-row', export: 'lessonNameSetting' },
      { column: 'show_on_platform', holds: 'profile', deletion: 'delete-row', export: 'lessonNameSetting' },
    ],
    deletion: [`DELETE FROM lesson_name_settings WHERE user_id = :userId`],
    export: [
      {
        key: 'lessonNameSetting',
        sql: `SELECT show_on_platform AS "showNameOnPlatformLessons", updated_at AS "updatedAt" FROM lesson_name_settings WHERE user_id = :userId`,
        single: true,
      },
    ],
  },
  {
    table: 'lesson_reflections',
    columns: [keepId('author_id', 'reflections'), { column: 'author_name', holds: 'name', deletion: 'deleted-name', export: 'reflections' }],
    deletion: [`UPDATE lesson_reflections SET author_name = :deletedName WHERE author_id = :userId`],
    export: [
      {
        key: 'reflections',
        sql: `SELECT id, lesson_id AS "lessonId", author_name AS "authorName", text, created_at AS "createdAt" FROM lesson_reflections WHERE author_id = :userId ORDER BY created_at, id`,
      },
    ],
  },
  {
    table: 'action_perspectives',
    columns: [keepId('created_by', 'actionPerspectives'), { column: 'created_by_name', holds: 'name', deletion: 'deleted-name', export: 'actionPerspectives' }],
    deletion: [`UPDATE action_perspectives SET created_by_name = :deletedName WHERE created_by = :userId`],
    export: [
      {
        key: 'actionPerspectives',
        sql: `SELECT ap.id, ap.title, ap.text, c.name AS "communityName", ap.created_by_name AS "createdByName", ap.created_at AS "createdAt"
                FROM action_perspectives ap JOIN communities c ON c.id = ap.community_id WHERE ap.created_by = :userId ORDER BY ap.created_at, ap.id`,
      },
    ],
  },
  {
    table: 'action_perspective_lessons',
    columns: [keepId('linked_by', 'actionPerspectiveLinks')],
    deletion: [],
    export: [
      {
        key: 'actionPerspectiveLinks',
        sql: `SELECT action_perspective_id AS "actionPerspectiveId", lesson_id AS "lessonId", linked_at AS "linkedAt" FROM action_perspective_lessons WHERE linked_by = :userId ORDER BY linked_at`,
      },
    ],
  },
  {
    // Agenda proposals stay on the CoP's agenda; the proposer's id leads to "verwijderd lid".
    table: 'agenda_proposals',
    columns: [keepId('proposer_id', 'agendaProposals')],
    deletion: [],
    export: [
      {
        key: 'agendaProposals',
        sql: `SELECT p.id, p.kind, p.title, p.text, p.theme, p.anonymous, p.status, c.name AS "communityName", p.created_at AS "createdAt"
                FROM agenda_proposals p JOIN communities c ON c.id = p.community_id WHERE p.proposer_id = :userId ORDER BY p.created_at, p.id`,
      },
    ],
  },
  {
    table: 'agenda_proposal_supports',
    columns: [{ column: 'user_id', holds: 'user-id', deletion: 'delete-row', export: 'agendaProposalSupports' }],
    deletion: [`DELETE FROM agenda_proposal_supports WHERE user_id = :userId`],
    export: [
      {
        key: 'agendaProposalSupports',
        sql: `SELECT proposal_id AS "proposalId", created_at AS "createdAt" FROM agenda_proposal_supports WHERE user_id = :userId ORDER BY created_at`,
      },
    ],
  },
  {
    // Comments stay in the discussion, shown under "verwijderd lid" through the id.
    table: 'agenda_proposal_comments',
    columns: [keepId('author_id', 'agendaProposalComments')],
    deletion: [],
    export: [
      {
        key: 'agendaProposalComments',
        sql: `SELECT id, proposal_id AS "proposalId", text, created_at AS "createdAt" FROM agenda_proposal_comments WHERE author_id = :userId ORDER BY created_at, id`,
      },
    ],
  },
  {
    table: 'home_settings',
    columns: [{ column: 'user_id', holds: 'user-id', deletion: 'delete-row', export: 'homeSettings' }],
    deletion: [`DELETE FROM home_settings WHERE user_id = :userId`],
    export: [
      {
        key: 'homeSettings',
        sql: `SELECT weekly_digest AS "weeklyDigest", digest_since AS "digestSince", last_visit_at AS "lastVisitAt", previous_visit_at AS "previousVisitAt" FROM home_settings WHERE user_id = :userId`,
        single: true,
      },
    ],
  },
  {
    table: 'notifications',
    columns: [{ column: 'user_id', holds: 'user-id', deletion: 'delete-row', export: 'notifications' }],
    deletion: [`DELETE FROM notifications WHERE user_id = :userId`],
    export: [
      {
        key: 'notifications',
        sql: `SELECT kind, title, link, created_at AS "createdAt", read_at AS "readAt", resolved_at AS "resolvedAt" FROM notifications WHERE user_id = :userId ORDER BY created_at, id`,
      },
    ],
  },
  {
    // Agreements (issue 14): the member an agreement is for, and who made and last changed it.
    // The ids stay (they lead to the anonymised account, shown as "verwijderd lid"); what was
    // agreed belongs to the CoP's cycle, like a lesson's text.
    table: 'agreements',
    columns: [keepId('owner_user_id', 'agreements'), keepId('created_by', 'agreements'), keepId('updated_by', 'agreements')],
    deletion: [],
    export: [
      {
        key: 'agreements',
        sql: `SELECT a.id, c.name AS "communityName", a.session_id AS "sessionId", a.what, a.owner_text AS "ownerText",
                     (a.owner_user_id = :userId) AS "isOwner", (a.created_by = :userId) AS "madeByMe", a.due_date AS "dueDate", a.level, a.status, a.note, a.created_at AS "createdAt"
                FROM agreements a JOIN communities c ON c.id = a.community_id
               WHERE a.owner_user_id = :userId OR a.created_by = :userId OR a.updated_by = :userId ORDER BY a.created_at, a.id`,
      },
    ],
  },
  {
    // Vraag en advies: a question stays (advice for others), shown under "verwijderd lid" through the id.
    table: 'advice_questions',
    columns: [keepId('author_id', 'adviceQuestions'), keepId('closed_by', 'adviceQuestions')],
    deletion: [],
    export: [
      {
        key: 'adviceQuestions',
        sql: `SELECT id, title, situation, ask, domains, themes, element_ids AS "elementIds", region_id AS "regionId", status, created_at AS "createdAt", closed_at AS "closedAt",
                     closed_by = :userId AS "closedByMe"
                FROM advice_questions WHERE author_id = :userId OR closed_by = :userId ORDER BY created_at, id`,
      },
    ],
  },
  {
    table: 'advice_answers',
    columns: [keepId('author_id', 'adviceAnswers'), keepId('harvested_by', 'adviceAnswersHarvested')],
    deletion: [],
    export: [
      {
        key: 'adviceAnswers',
        sql: `SELECT id, question_id AS "questionId", text, region_id AS "regionId", background, helpful_at AS "helpfulAt", created_at AS "createdAt"
                FROM advice_answers WHERE author_id = :userId ORDER BY created_at, id`,
      },
      { key: 'adviceAnswersHarvested', sql: `SELECT id AS "answerId", harvested_lesson_id AS "lessonId" FROM advice_answers WHERE harvested_by = :userId ORDER BY created_at, id` },
    ],
  },
  {
    table: 'advice_invitations',
    columns: [
      { column: 'invited_user_id', holds: 'user-id', deletion: 'delete-row', export: 'adviceInvitationsReceived' },
      keepId('invited_by', 'adviceInvitationsSent'),
    ],
    deletion: [`DELETE FROM advice_invitations WHERE invited_user_id = :userId`],
    export: [
      { key: 'adviceInvitationsReceived', sql: `SELECT question_id AS "questionId", created_at AS "createdAt" FROM advice_invitations WHERE invited_user_id = :userId ORDER BY created_at` },
      {
        key: 'adviceInvitationsSent',
        sql: `SELECT question_id AS "questionId", invited_user_id AS "invitedUserId", invited_community_id AS "invitedCommunityId", created_at AS "createdAt"
                FROM advice_invitations WHERE invited_by = :userId ORDER BY created_at`,
      },
    ],
  },
  {
    // Requests to join Vraag en advies hold a name and address: the person's go with the account.
    table: 'advice_join_requests',
    columns: [
      { column: 'user_id', holds: 'user-id', deletion: 'delete-row', export: 'adviceJoinRequests' },
      { column: 'email', holds: 'email', deletion: 'delete-row', export: 'adviceJoinRequests' },
      { column: 'name', holds: 'name', deletion: 'delete-row', export: 'adviceJoinRequests' },
      keepId('decided_by', 'adviceJoinRequestsDecided'),
    ],
    deletion: [`DELETE FROM advice_join_requests WHERE user_id = :userId OR lower(email) = lower(:email::text)`],
    export: [
      {
        key: 'adviceJoinRequests',
        sql: `SELECT name, email, organisation, organisation_type AS "organisationType", background, region_id AS "regionId", motivation, status, created_at AS "createdAt", decided_at AS "decidedAt"
                FROM advice_join_requests WHERE user_id = :userId OR lower(email) = lower(:email::text) ORDER BY created_at`,
      },
      { key: 'adviceJoinRequestsDecided', sql: `SELECT id, status, decided_at AS "decidedAt" FROM advice_join_requests WHERE decided_by = :userId ORDER BY decided_at` },
    ],
  },
  {
    // Reports stay in the moderation history, shown under "verwijderd lid" through the id.
    table: 'content_reports',
    columns: [keepId('reporter_id', 'reportsMade'), keepId('decided_by', 'reportsDecided')],
    deletion: [],
    export: [
      { key: 'reportsMade', sql: `SELECT content_type AS "contentType", content_id AS "contentId", reason, status, created_at AS "createdAt" FROM content_reports WHERE reporter_id = :userId ORDER BY created_at, id` },
      { key: 'reportsDecided', sql: `SELECT id, status, decided_at AS "decidedAt" FROM content_reports WHERE decided_by = :userId ORDER BY decided_at, id` },
    ],
  },
  {
    table: 'audit_log',
    columns: [
      keepId('actor_id', 'activity'),
      // subject_id is a user id for subject_type 'user'; details hold ids only (e.g. whose board entries were moderated).
      keepId('subject_id', 'activity'),
      keepId('details', { none: 'ids and counts only, never names, addresses or text' }),
    ],
    deletion: [],
    export: [
      {
        key: 'activity',
        sql: `SELECT at, action, subject_type AS "subjectType", subject_id AS "subjectId" FROM audit_log
               WHERE actor_id = :userId OR (subject_type = 'user' AND subject_id = :userId::text) ORDER BY id`,
      },
    ],
  },
  {
    // Last: the statements above find rows through the address and name as they were.
    table: 'users',
    columns: [
      { column: 'id', holds: 'user-id', deletion: 'keep-id', export: 'profile' },
      { column: 'email', holds: 'email', deletion: 'anonymised', export: 'profile' },
      { column: 'name', holds: 'name', deletion: 'anonymised', export: 'profile' },
      { column: 'password_hash', holds: 'credential', deletion: 'anonymised', export: { none: 'a password hash is a credential, not information about the person' } },
      { column: 'background', holds: 'profile', deletion: 'anonymised', export: 'profile' },
      { column: 'organisation', holds: 'profile', deletion: 'anonymised', export: 'profile' },
      { column: 'region_id', holds: 'profile', deletion: 'anonymised', export: 'profile' },
      { column: 'gemeente', holds: 'profile', deletion: 'anonymised', export: 'profile' },
      { column: 'organisation_type', holds: 'profile', deletion: 'anonymised', export: 'profile' },
      { column: 'advice_member_since', holds: 'profile', deletion: 'anonymised', export: 'profile' },
    ],
    deletion: [
      `UPDATE users SET email = 'deleted+' || id || '@invalid', name = :deletedName, password_hash = NULL, background = NULL, organisation = NULL,
                        region_id = NULL, gemeente = NULL, organisation_type = NULL, advice_member_since = NULL,
                        is_platform_admin = false, platform_role = NULL, deleted_at = :deletedAt, updated_at = now()
        WHERE id = :userId`,
    ],
    export: [
      {
        key: 'profile',
        sql: `SELECT id, email, name, background, organisation, region_id AS "regionId", gemeente, organisation_type AS "organisationType", locale,
                     is_platform_admin AS "isPlatformAdmin", platform_role AS "platformRole", advice_member_since AS "adviceMemberSince",
                     deactivated_at AS "deactivatedAt", created_at AS "createdAt"
                FROM users WHERE id = :userId`,
        single: true,
      },
    ],
  },
];

/**
 * Board documents (Yjs, `collab_updates` and `collab_snapshots`): a step's board
 * `session.<id>.step.<step>` holds the person's cards, harvest lessons, reactions, poll votes and (the inbrenger's) marks
 * under keys that start with their user id (board layout 2, libs/domain contracts/boards.ts) and
 * never their name; a private draft `…draft.<userId>` holds only their entries. Shared notes are
 * written together and carry no author.
 *
 * Deletion keeps these entries as anonymous content: the keys hold an id, no name, and the
 * web shows "verwijderd lid" for the author of an id that is a deleted account (it asks
 * `POST /api/users/deleted`); the boards and drafts go with the rest of the session when the
 * CoP's retention period ends (the casus purge). Removing them at once would also change what
 * the rest of the group wrote around them (reactions, the arrangement, the summary).
 *
 * Export: `boardEntries` — every entry under their id in the boards and drafts of the
 * sessions they took part in (`SESSIONS_TAKEN_PART_IN`), read with `readBoard`.
 */
export const PERSONAL_DOCUMENTS = {
  /** The columns that hold them: the name (a draft's names its owner) and the Yjs bytes. */
  columns: ['collab_updates.document_name', 'collab_updates.update', 'collab_snapshots.document_name', 'collab_snapshots.state'],
  deletion: 'keep-anonymous' as const,
  export: 'boardEntries',
};

/** A statement with named parameters as pg wants it: positional, only the ones it uses. */
export function bind(sql: string, values: Record<string, unknown>): [string, unknown[]] {
  const order: string[] = [];
  const text = sql.replace(/(?<!:):([a-zA-Z]+)\b/g, (whole, name: string) => {
    if (!(name in values)) return whole;
    let index = order.indexOf(name);
    if (index < 0) index = order.push(name) - 1;
    return `$${index + 1}`;
  });
  return [text, order.map((name) => values[name])];
}
