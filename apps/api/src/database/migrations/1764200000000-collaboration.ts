import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Shared Yjs documents: an append-only update log and one snapshot per document. */
export class Collaboration1764200000000 implements MigrationInterface {
  name = 'Collaboration1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE collab_updates (
        id bigserial PRIMARY KEY,
        document_name text NOT NULL,
        update bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX collab_updates_document_idx ON collab_updates (document_name, id)`);
    await q.query(`
      CREATE TABLE collab_snapshots (
        document_name text PRIMARY KEY,
        state bytea NOT NULL,
        last_update_id bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE collab_snapshots');
    await q.query('DROP TABLE collab_updates');
  }
}
