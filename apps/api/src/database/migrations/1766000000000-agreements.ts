import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Agreements (issue 14): what a session agreed, who does it (a member, or a role or organisation
 * written as text — exactly one), by when and at which level, with the step it was made in. They
 * belong to the CoP: they come back in the next session's terugblik and on the page "Afspraken",
 * and stay when the casus and boards of their session are purged. The partial index serves the
 * terugblik and the CoP page (open and bezig first).
 */
export class Agreements1766000000000 implements MigrationInterface {
  name = 'Agreements1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agreements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        step_id text NOT NULL,
        owner_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        owner_text text,
        what text NOT NULL,
        due_date date,
        level text NOT NULL CHECK (level IN ('uitvoering', 'beleid', 'bestuur')),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'bezig', 'gedaan', 'losgelaten')),
        note text,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT agreements_one_owner CHECK (owner_user_id IS NULL OR owner_text IS NULL)
      )`);
    await q.query(`CREATE INDEX agreements_community_idx ON agreements (community_id, created_at)`);
    await q.query(`CREATE INDEX agreements_active_idx ON agreements (community_id, due_date) WHERE status IN ('open', 'bezig')`);
    await q.query(`CREATE INDEX agreements_session_idx ON agreements (session_id)`);
    await q.query(`CREATE INDEX agreements_owner_idx ON agreements (owner_user_id) WHERE owner_user_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS agreements`);
  }
}
