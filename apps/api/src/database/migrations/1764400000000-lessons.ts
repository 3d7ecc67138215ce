import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The lessons library: lessons harvested from sessions (draft → published | discarded | merged),
 * reflections on them, and action perspectives (handelingsperspectieven) linked to lessons.
 *
 * Search: a stored generated tsvector over the text (weight A) and the themes (weight B) in the
 * `dutch` configuration, with a GIN index. Filters: GIN on the tag arrays, btree on the CoP with
 * the session date (list and period filter) and on the publication date. Idempotent harvest:
 * UNIQUE (session_id, harvest_entry_id).
 */
export class Lessons1764400000000 implements MigrationInterface {
  name = 'Lessons1764400000000';

  async up(q: QueryRunner): Promise<void> {
    // array_to_string is only STABLE (any element type); for text[] it is immutable, which a generated column needs.
    await q.query(`
      CREATE FUNCTION lesson_themes_text(themes text[]) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN array_to_string(themes, ' ')`);
    await q.query(`
      CREATE TABLE lessons (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        session_id uuid REFERENCES sessions(id) ON DELETE SET NULL,
        harvest_entry_id text,
        session_date timestamptz NOT NULL,
        method_id text,
        method_name text,
        framework_version integer NOT NULL DEFAULT 1,
        text text NOT NULL,
        element_ids text[] NOT NULL DEFAULT '{}',
        indicator_ids text[] NOT NULL DEFAULT '{}',
        themes text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','published','discarded','merged')),
        visibility text NOT NULL DEFAULT 'community' CHECK (visibility IN ('community','platform')),
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        author_name text,
        accepted_findings text[] NOT NULL DEFAULT '{}',
        review_notes text[] NOT NULL DEFAULT '{}',
        merged_into_id uuid REFERENCES lessons(id) ON DELETE SET NULL,
        published_at timestamptz,
        published_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('dutch'::regconfig, text), 'A') ||
          setweight(to_tsvector('dutch'::regconfig, lesson_themes_text(themes)), 'B')
        ) STORED,
        CONSTRAINT lessons_harvest_entry_unique UNIQUE (session_id, harvest_entry_id),
        CONSTRAINT lessons_published_has_date CHECK (status <> 'published' OR published_at IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX lessons_search_idx ON lessons USING gin (search)`);
    await q.query(`CREATE INDEX lessons_elements_idx ON lessons USING gin (element_ids)`);
    await q.query(`CREATE INDEX lessons_indicators_idx ON lessons USING gin (indicator_ids)`);
    await q.query(`CREATE INDEX lessons_themes_idx ON lessons USING gin (themes)`);
    await q.query(`CREATE INDEX lessons_community_date_idx ON lessons (community_id, session_date DESC, id)`);
    await q.query(`CREATE INDEX lessons_published_idx ON lessons (published_at DESC, id) WHERE status = 'published'`);
    await q.query(`CREATE INDEX lessons_platform_date_idx ON lessons (session_date DESC, id) WHERE status = 'published' AND visibility = 'platform'`);
    await q.query(`CREATE INDEX lessons_session_idx ON lessons (session_id)`);

    await q.query(`
      CREATE TABLE lesson_reflections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        lesson_id uuid NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        author_name text NOT NULL,
        text text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX lesson_reflections_lesson_idx ON lesson_reflections (lesson_id, created_at)`);

    await q.query(`
      CREATE TABLE action_perspectives (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        title text NOT NULL,
        text text NOT NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_by_name text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX action_perspectives_community_idx ON action_perspectives (community_id, created_at)`);
    await q.query(`
      CREATE TABLE action_perspective_lessons (
        action_perspective_id uuid NOT NULL REFERENCES action_perspectives(id) ON DELETE CASCADE,
        lesson_id uuid NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,
        linked_by uuid REFERENCES users(id) ON DELETE SET NULL,
        linked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (action_perspective_id, lesson_id)
      )`);
    await q.query(`CREATE INDEX action_perspective_lessons_lesson_idx ON action_perspective_lessons (lesson_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['action_perspective_lessons', 'action_perspectives', 'lesson_reflections', 'lessons']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS lesson_themes_text(text[])`);
  }
}
