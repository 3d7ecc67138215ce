import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The jeugdzorgregio's now follow the CBS table of 2025 (libs/domain/src/people/regions.ts). The
 * list written from memory had both "Midden-Kennemerland" and "IJmond", which CBS knows as one
 * region (JZ10 "IJmond (Midden Kennemerland)"), and lacked JZ06 "Alkmaar (Noord-Kennemerland)".
 * Every stored `midden-kennemerland` therefore becomes `ijmond`, wherever a region id is kept.
 * The new `noord-kennemerland` needs no data: nobody could choose it before.
 */
const RENAMED: ReadonlyArray<[from: string, to: string]> = [['midden-kennemerland', 'ijmond']];
const TABLES = ['users', 'advice_questions', 'advice_answers', 'advice_join_requests'] as const;

export class YouthCareRegionsCbs1766410000000 implements MigrationInterface {
  name = 'YouthCareRegionsCbs1766410000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [from, to] of RENAMED) {
      for (const table of TABLES) await q.query(`UPDATE ${table} SET region_id = $2 WHERE region_id = $1`, [from, to]);
    }
  }

  async down(): Promise<void> {
    // Nothing to undo: after the merge nobody can tell which IJmond rows were "Midden-Kennemerland".
  }
}
