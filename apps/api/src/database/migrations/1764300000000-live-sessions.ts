import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit of every live-session transition (step changes, timers, reveals, roles, presence). */
export class LiveSessions1764300000000 implements MigrationInterface {
  name = 'LiveSessions1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE session_transitions (
        id bigserial PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        revision integer NOT NULL,
        at timestamptz NOT NULL,
        actor_id uuid,
        type text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX session_transitions_session_idx ON session_transitions (session_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE session_transitions');
  }
}
