import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14, part B: members shape the agenda, and a home that says what is waiting.
 * - `agenda_proposals` (+ supports, one per person, and comments): a theme or casus question
 *   proposed in a CoP, with its status nieuw → ingepland (the session made from it) → besproken;
 * - `home_settings`: per person the weekly digest opt-in (off by default), since when it counts,
 *   and the last and previous visit of the home page ("new since my last visit");
 * - `notifications`: the in-app list, one row per waiting item (`item_key` unique per person),
 *   read and resolved separately.
 */
export class ProposalsAndHome1766100000000 implements MigrationInterface {
  name = 'ProposalsAndHome1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agenda_proposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        proposer_id uuid REFERENCES users(id) ON DELETE SET NULL,
        kind text NOT NULL CHECK (kind IN ('theme','casus')),
        title text NOT NULL,
        text text NOT NULL DEFAULT '',
        theme text,
        anonymous boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'new' CHECK (status IN ('new','scheduled','discussed')),
        session_id uuid REFERENCES sessions(id) ON DELETE SET NULL,
        accepted_findings text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        status_changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX agenda_proposals_community_idx ON agenda_proposals (community_id, created_at DESC)`);
    await q.query(`CREATE INDEX agenda_proposals_proposer_idx ON agenda_proposals (proposer_id)`);
    await q.query(`
      CREATE TABLE agenda_proposal_supports (
        proposal_id uuid NOT NULL REFERENCES agenda_proposals(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (proposal_id, user_id)
      )`);
    await q.query(`CREATE INDEX agenda_proposal_supports_user_idx ON agenda_proposal_supports (user_id)`);
    await q.query(`
      CREATE TABLE agenda_proposal_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES agenda_proposals(id) ON DELETE CASCADE,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        text text NOT NULL,
        accepted_findings text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX agenda_proposal_comments_proposal_idx ON agenda_proposal_comments (proposal_id, created_at)`);
    await q.query(`CREATE INDEX agenda_proposal_comments_author_idx ON agenda_proposal_comments (author_id)`);
    await q.query(`
      CREATE TABLE home_settings (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        weekly_digest boolean NOT NULL DEFAULT false,
        digest_since timestamptz,
        last_visit_at timestamptz,
        previous_visit_at timestamptz,
        notifications_since timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX home_settings_digest_idx ON home_settings (user_id) WHERE weekly_digest`);
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        item_key text NOT NULL,
        kind text NOT NULL,
        community_id uuid REFERENCES communities(id) ON DELETE CASCADE,
        title text NOT NULL,
        link text NOT NULL,
        created_at timestamptz NOT NULL,
        read_at timestamptz,
        resolved_at timestamptz,
        CONSTRAINT notifications_item_unique UNIQUE (user_id, item_key)
      )`);
    await q.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS notifications`);
    await q.query(`DROP TABLE IF EXISTS home_settings`);
    await q.query(`DROP TABLE IF EXISTS agenda_proposal_comments`);
    await q.query(`DROP TABLE IF EXISTS agenda_proposal_supports`);
    await q.query(`DROP TABLE IF EXISTS agenda_proposals`);
  }
}
