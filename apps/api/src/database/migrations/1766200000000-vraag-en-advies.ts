import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Vraag en advies (issue 17): profiles gain a jeugdzorgregio, a gemeente and a kind of
 * organisation; the platform role "makelaar" (programme bureau); questions and answers with a
 * Dutch tsvector as the lessons have; the makelaar's invitations to answer; join requests.
 *
 * - `users.region_id` holds an id of `YOUTH_CARE_REGIONS` (libs/domain/src/people/regions.ts),
 *   checked by the contract, not by the database: the list is data and may be corrected.
 * - `users.advice_member_since`: approved for Vraag en advies (null: sees nothing of it).
 * - `users.deactivated_at`: an administrator deactivated the account (no login; sessions ended).
 * - A question and an answer keep the writer's region (and an answer the writer's background)
 *   as they were when written: "geen belang in jouw regio" is about the moment of advice.
 * - `advice_answers.harvested_lesson_id`: the draft lesson an answer became (one at most).
 * - `advice_join_requests`: at most one pending request per address (partial unique index).
 */
export class VraagEnAdvies1766200000000 implements MigrationInterface {
  name = 'VraagEnAdvies1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN region_id text, ADD COLUMN gemeente text, ADD COLUMN organisation_type text, ADD COLUMN advice_member_since timestamptz, ADD COLUMN deactivated_at timestamptz`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT IF EXISTS users_platform_role_check`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT users_platform_role_check CHECK (platform_role IN ('gespreksleider', 'makelaar'))`);

    await q.query(`
      CREATE TABLE advice_questions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        region_id text,
        title text NOT NULL,
        situation text NOT NULL,
        ask text NOT NULL,
        element_ids text[] NOT NULL DEFAULT '{}',
        themes text[] NOT NULL DEFAULT '{}',
        domains text[] NOT NULL,
        outside_region_only boolean NOT NULL DEFAULT false,
        accepted_findings text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        closed_at timestamptz,
        closed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        hidden_at timestamptz,
        hidden_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('dutch'::regconfig, title), 'A') ||
          setweight(to_tsvector('dutch'::regconfig, ask), 'A') ||
          setweight(to_tsvector('dutch'::regconfig, situation), 'B') ||
          setweight(to_tsvector('dutch'::regconfig, lesson_themes_text(themes)), 'B')
        ) STORED
      )`);
    await q.query(`CREATE INDEX advice_questions_search_idx ON advice_questions USING gin (search)`);
    await q.query(`CREATE INDEX advice_questions_created_idx ON advice_questions (created_at DESC, id) WHERE hidden_at IS NULL`);
    await q.query(`CREATE INDEX advice_questions_author_idx ON advice_questions (author_id)`);

    await q.query(`
      CREATE TABLE advice_answers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        question_id uuid NOT NULL REFERENCES advice_questions(id) ON DELETE CASCADE,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        region_id text,
        background text,
        organisation_type text,
        text text NOT NULL,
        accepted_findings text[] NOT NULL DEFAULT '{}',
        helpful_at timestamptz,
        harvested_lesson_id uuid REFERENCES lessons(id) ON DELETE SET NULL,
        harvested_by uuid REFERENCES users(id) ON DELETE SET NULL,
        hidden_at timestamptz,
        hidden_reason text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX advice_answers_question_idx ON advice_answers (question_id, created_at)`);
    await q.query(`CREATE INDEX advice_answers_author_idx ON advice_answers (author_id)`);

    await q.query(`
      CREATE TABLE advice_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        question_id uuid NOT NULL REFERENCES advice_questions(id) ON DELETE CASCADE,
        invited_user_id uuid REFERENCES users(id) ON DELETE CASCADE,
        invited_community_id uuid REFERENCES communities(id) ON DELETE CASCADE,
        invited_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((invited_user_id IS NULL) <> (invited_community_id IS NULL))
      )`);
    await q.query(`CREATE INDEX advice_invitations_question_idx ON advice_invitations (question_id, created_at)`);

    await q.query(`
      CREATE TABLE advice_join_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid REFERENCES users(id) ON DELETE CASCADE,
        email text NOT NULL,
        name text NOT NULL,
        organisation text NOT NULL,
        organisation_type text,
        background text NOT NULL,
        region_id text NOT NULL,
        motivation text,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
        decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_at timestamptz,
        decision_reason text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX advice_join_requests_pending_email_idx ON advice_join_requests (lower(email)) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX advice_join_requests_status_idx ON advice_join_requests (status, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['advice_join_requests', 'advice_invitations', 'advice_answers', 'advice_questions']) await q.query(`DROP TABLE IF EXISTS ${table}`);
    await q.query(`UPDATE users SET platform_role = NULL WHERE platform_role = 'makelaar'`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT IF EXISTS users_platform_role_check`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT users_platform_role_check CHECK (platform_role IN ('gespreksleider'))`);
    await q.query(`ALTER TABLE users DROP COLUMN region_id, DROP COLUMN gemeente, DROP COLUMN organisation_type, DROP COLUMN advice_member_since, DROP COLUMN deactivated_at`);
  }
}
