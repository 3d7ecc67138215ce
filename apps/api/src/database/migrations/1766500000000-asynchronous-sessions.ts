import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Asynchronous and mixed sessions (issue 16): how a session runs (`mode`) and the windows of its
 * steps in writing (`step_windows`: `[{ stepId, opensAt, closesAt }]`, ISO instants). Existing
 * sessions are live meetings without windows.
 */
export class AsynchronousSessions1766500000000 implements MigrationInterface {
  name = 'AsynchronousSessions1766500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sessions ADD COLUMN mode text NOT NULL DEFAULT 'live' CHECK (mode IN ('live', 'async', 'mixed'))`);
    await q.query(`ALTER TABLE sessions ADD COLUMN step_windows jsonb NOT NULL DEFAULT '[]'::jsonb`);
    // An asynchronous session lasts from its first window's opening to its last one's close: days, at most 92.
    await q.query(`ALTER TABLE sessions DROP CONSTRAINT sessions_duration_minutes_check`);
    await q.query(
      `ALTER TABLE sessions ADD CONSTRAINT sessions_duration_minutes_check CHECK (duration_minutes > 0 AND (duration_minutes <= 720 OR (mode = 'async' AND duration_minutes <= 92 * 24 * 60)))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM sessions WHERE mode = 'async' AND duration_minutes > 720`);
    await q.query(`ALTER TABLE sessions DROP CONSTRAINT sessions_duration_minutes_check`);
    await q.query(`ALTER TABLE sessions ADD CONSTRAINT sessions_duration_minutes_check CHECK (duration_minutes > 0 AND duration_minutes <= 720)`);
    await q.query(`ALTER TABLE sessions DROP COLUMN step_windows`);
    await q.query(`ALTER TABLE sessions DROP COLUMN mode`);
  }
}
