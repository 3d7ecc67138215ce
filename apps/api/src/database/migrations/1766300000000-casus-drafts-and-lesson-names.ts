import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15, before the room and the smaller points.
 *
 * - `cases.status`: a casus can be saved as a private **draft** (only its author reads it, it may
 *   still hold what the privacy guard finds) and is **confirmed** once it is clean — from then on
 *   the session's confirmed participants read it. Every casus stored before this migration passed
 *   the guard on save, so existing rows are `confirmed` (with `confirmed_at` = their last change);
 *   a new row without a status is a draft (private is the safe default). Purge rules are the same
 *   for both: `purge_after` / `purged_at` do not look at the status.
 * - `lesson_name_settings`: whether a parent (background `ouder`) lets their name be shown on
 *   platform-wide lessons. No row means no: "een ouder" is shown instead.
 */
export class CasusDraftsAndLessonNames1766300000000 implements MigrationInterface {
  name = 'CasusDraftsAndLessonNames1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases ADD COLUMN status text NOT NULL DEFAULT 'confirmed' CHECK (status IN ('draft', 'confirmed'))`);
    await q.query(`ALTER TABLE cases ADD COLUMN confirmed_at timestamptz`);
    await q.query(`UPDATE cases SET confirmed_at = updated_at WHERE purged_at IS NULL`);
    await q.query(`ALTER TABLE cases ALTER COLUMN status SET DEFAULT 'draft'`);
    await q.query(`
      CREATE TABLE lesson_name_settings (
        user_id uuid PRIMARY KEY REFERENCES users(id),
        show_on_platform boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE lesson_name_settings`);
    await q.query(`ALTER TABLE cases DROP COLUMN confirmed_at`);
    await q.query(`ALTER TABLE cases DROP COLUMN status`);
  }
}
