import { afterAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { isYouthCareRegion } from '@mao/domain';
import { MIGRATIONS, dataSourceOptions } from '../database/data-source-options.js';
import { YouthCareRegionsCbs1766410000000 } from '../database/migrations/1766410000000-youth-care-regions-cbs.js';
import { createTestDatabase } from '../test/test-app.js';

/**
 * The region list now follows the CBS table (libs/domain/src/people/regions.ts): a profile, join
 * request, question or answer stored with the old id `midden-kennemerland` (CBS: JZ10 "IJmond
 * (Midden Kennemerland)") is moved to `ijmond` by the migration; nothing else changes.
 */
describe('migration 1766410000000: jeugdzorgregio ids after the CBS list', () => {
  let db: DataSource | undefined;
  afterAll(() => db?.destroy());

  it('moves stored midden-kennemerland to ijmond and leaves other regions alone', async () => {
    const before = MIGRATIONS.filter((migration) => migration !== YouthCareRegionsCbs1766410000000);
    expect(before).toHaveLength(MIGRATIONS.length - 1);
    const url = await createTestDatabase();
    db = new DataSource({ ...dataSourceOptions(url), migrations: before });
    await db.initialize();
    await db.runMigrations();

    const [kennemer] = await db.query(`INSERT INTO users (email, name, region_id) VALUES ('kennemer@example.org', 'Kim Kennemer', 'midden-kennemerland') RETURNING id`);
    const [twente] = await db.query(`INSERT INTO users (email, name, region_id) VALUES ('twente@example.org', 'Tom Twente', 'twente') RETURNING id`);
    await db.query(
      `INSERT INTO advice_join_requests (email, name, organisation, background, region_id) VALUES ('vraag@example.org', 'Vera Vraag', 'Wijkteam', 'jeugdhulp', 'midden-kennemerland')`,
    );
    expect(isYouthCareRegion('midden-kennemerland')).toBe(false);

    await db.destroy();
    const after = new DataSource(dataSourceOptions(url));
    db = after;
    await after.initialize();
    expect((await after.runMigrations()).map((migration) => migration.name)).toEqual(['YouthCareRegionsCbs1766410000000']);

    const regionOf = async (id: string) => ((await after.query(`SELECT region_id FROM users WHERE id = $1`, [id])) as Array<{ region_id: string }>)[0]?.region_id;
    expect(await regionOf(kennemer.id)).toBe('ijmond');
    expect(await regionOf(twente.id)).toBe('twente');
    expect(await after.query(`SELECT region_id FROM advice_join_requests`)).toEqual([{ region_id: 'ijmond' }]);
    expect(isYouthCareRegion('ijmond')).toBe(true);
  });
});
