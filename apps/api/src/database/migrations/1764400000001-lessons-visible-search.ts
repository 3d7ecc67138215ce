import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search indexes shaped like the library's visibility rule, measured on 100,000 lessons
 * (docs/benchmarks/lessons.md): a member searches "published AND (platform OR my CoPs) AND
 * matches q". With one GIN index on `search` alone PostgreSQL visits every matching row of
 * every CoP and throws most away; these two partial indexes (combined with a BitmapOr) return
 * only the visible matches — about half the heap visits for a common word.
 *
 * `(community_id, search)` in one GIN index needs btree_gin (a trusted contrib extension since
 * PostgreSQL 13, shipped with the official images). Where it cannot be created the migration
 * still succeeds and search falls back on `lessons_search_idx`.
 */
export class LessonsVisibleSearch1764400000001 implements MigrationInterface {
  name = 'LessonsVisibleSearch1764400000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX lessons_platform_search_idx ON lessons USING gin (search) WHERE status = 'published' AND visibility = 'platform'`);
    await q.query('SAVEPOINT lessons_btree_gin');
    try {
      await q.query('CREATE EXTENSION IF NOT EXISTS btree_gin');
      await q.query(`CREATE INDEX lessons_community_search_idx ON lessons USING gin (community_id, search) WHERE status = 'published'`);
      await q.query('RELEASE SAVEPOINT lessons_btree_gin');
    } catch {
      await q.query('ROLLBACK TO SAVEPOINT lessons_btree_gin');
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS lessons_community_search_idx');
    await q.query('DROP INDEX IF EXISTS lessons_platform_search_idx');
  }
}
