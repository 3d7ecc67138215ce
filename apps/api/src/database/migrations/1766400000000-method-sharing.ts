import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sharing methods (issue 18): a CoP publishes a version of its own method to the platform
 * (`shared_at`), other CoPs copy it; a copy remembers the version it was made from (`based_on`,
 * for the attribution "gebaseerd op … van CoP …"). No person is stored: the audit log records who
 * shared; the attribution names the CoP.
 */
export class MethodSharing1766400000000 implements MigrationInterface {
  name = 'MethodSharing1766400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE community_methods ADD COLUMN shared_at timestamptz`);
    await q.query(`ALTER TABLE community_methods ADD COLUMN based_on uuid REFERENCES community_methods(id) ON DELETE SET NULL`);
    await q.query(`CREATE INDEX community_methods_shared_idx ON community_methods (shared_at) WHERE shared_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS community_methods_shared_idx`);
    await q.query(`ALTER TABLE community_methods DROP COLUMN based_on`);
    await q.query(`ALTER TABLE community_methods DROP COLUMN shared_at`);
  }
}
