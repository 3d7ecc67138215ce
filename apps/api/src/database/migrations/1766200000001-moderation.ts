import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Administration and moderation (issue 17): reported content and its queue, hiding a reflection
 * (questions and answers have `hidden_at` since 1766200000000; a lesson is withdrawn to
 * 'discarded'), and archiving a CoP (read-only from then on).
 *
 * `content_reports.content_id` is not a foreign key: it points at a question, an answer, a
 * reflection or a lesson, per `content_type`. One open report per person and content.
 */
export class Moderation1766200000001 implements MigrationInterface {
  name = 'Moderation1766200000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE communities ADD COLUMN archived_at timestamptz`);
    await q.query(`ALTER TABLE lesson_reflections ADD COLUMN hidden_at timestamptz, ADD COLUMN hidden_reason text`);
    await q.query(`
      CREATE TABLE content_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        content_type text NOT NULL CHECK (content_type IN ('question', 'answer', 'reflection', 'lesson')),
        content_id uuid NOT NULL,
        reporter_id uuid REFERENCES users(id) ON DELETE SET NULL,
        reason text NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'hidden', 'dismissed')),
        decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_at timestamptz,
        decision_reason text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX content_reports_status_idx ON content_reports (status, created_at)`);
    await q.query(`CREATE INDEX content_reports_content_idx ON content_reports (content_type, content_id)`);
    await q.query(`CREATE UNIQUE INDEX content_reports_one_open_idx ON content_reports (content_type, content_id, reporter_id) WHERE status = 'open'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS content_reports`);
    await q.query(`ALTER TABLE lesson_reflections DROP COLUMN hidden_at, DROP COLUMN hidden_reason`);
    await q.query(`ALTER TABLE communities DROP COLUMN archived_at`);
  }
}
