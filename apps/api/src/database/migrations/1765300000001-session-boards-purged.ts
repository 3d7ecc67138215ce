import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Purge means gone" (issue 12): when the casus of a session is purged after the CoP's retention
 * period, its boards and drafts (update log and snapshots) go too. `sessions.boards_purged_at`
 * records that this happened, so every route and socket refuses the session's boards from then
 * on (410 / close 4410 `purged`) instead of serving an empty document. The partial index keeps
 * the hourly sweep's search for due sessions small.
 */
export class SessionBoardsPurged1765300000001 implements MigrationInterface {
  name = 'SessionBoardsPurged1765300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sessions ADD COLUMN boards_purged_at timestamptz`);
    await q.query(`CREATE INDEX sessions_boards_purge_due_idx ON sessions (status, closed_at) WHERE boards_purged_at IS NULL AND status IN ('closed', 'cancelled')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS sessions_boards_purge_due_idx`);
    await q.query(`ALTER TABLE sessions DROP COLUMN boards_purged_at`);
  }
}
