import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sessions, RSVPs, a CoP's own methods, the casus, personal calendar feeds and persisted jobs. */
export class SessionsAndCases1764100000000 implements MigrationInterface {
  name = 'SessionsAndCases1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE community_methods (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        method_id text NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        method jsonb NOT NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (community_id, method_id, version)
      )`);
    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        title text NOT NULL,
        method_id text NOT NULL,
        method_source text NOT NULL CHECK (method_source IN ('builtin','custom')),
        method_snapshot jsonb NOT NULL,
        starts_at timestamptz NOT NULL,
        duration_minutes integer NOT NULL CHECK (duration_minutes > 0 AND duration_minutes <= 720),
        timezone text NOT NULL DEFAULT 'Europe/Amsterdam',
        facilitator_id uuid NOT NULL REFERENCES users(id),
        presenter_id uuid REFERENCES users(id),
        max_participants integer NOT NULL CHECK (max_participants BETWEEN 2 AND 50),
        video_url text,
        notes text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled','live','closed','cancelled')),
        ics_sequence integer NOT NULL DEFAULT 0,
        live_state jsonb,
        started_at timestamptz,
        closed_at timestamptz,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX sessions_community_start_idx ON sessions (community_id, starts_at)`);
    await q.query(`CREATE INDEX sessions_start_idx ON sessions (starts_at)`);
    await q.query(`
      CREATE TABLE session_participants (
        session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        rsvp text NOT NULL CHECK (rsvp IN ('yes','no','maybe')),
        responded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (session_id, user_id)
      )`);
    await q.query(`CREATE INDEX session_participants_user_idx ON session_participants (user_id)`);
    await q.query(`
      CREATE TABLE cases (
        session_id uuid PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        title text NOT NULL DEFAULT '',
        context text NOT NULL DEFAULT '',
        key_question text NOT NULL DEFAULT '',
        tried text NOT NULL DEFAULT '',
        ask_of_group text NOT NULL DEFAULT '',
        anonymised_confirmed boolean NOT NULL DEFAULT false,
        consent_confirmed boolean NOT NULL DEFAULT false,
        accepted_findings text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        purge_after timestamptz,
        purged_at timestamptz
      )`);
    await q.query(`CREATE INDEX cases_purge_idx ON cases (purge_after) WHERE purged_at IS NULL`);
    await q.query(`
      CREATE TABLE calendar_feeds (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE jobs (
        id bigserial PRIMARY KEY,
        kind text NOT NULL,
        run_at timestamptz NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        dedupe_key text UNIQUE,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','done','skipped','failed')),
        attempts integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        done_at timestamptz,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX jobs_due_idx ON jobs (run_at) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX jobs_session_idx ON jobs ((payload->>'sessionId')) WHERE status = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['jobs', 'calendar_feeds', 'cases', 'session_participants', 'sessions', 'community_methods']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
