import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ORGANISATION_TYPES, ORGANISATION_TYPE_LABELS, YOUTH_CARE_REGIONS, YOUTH_CARE_REGIONS_SOURCE, isYouthCareRegion, regionOptionLabel, youthCareRegion } from './regions.js';

/** The committed copy of the CBS table (code and name of each jeugdregio, 2025). */
const cbs = JSON.parse(readFileSync(new URL('./cbs-jeugdregio-2025.json', import.meta.url), 'utf8')) as {
  licence: string;
  year: number;
  copiedFrom: { repository: string; path: string; commit: string };
  regions: Array<{ statcode: string; statnaam: string }>;
};

describe('jeugdzorgregio’s', () => {
  it('has the 42 regions of the indeling', () => {
    expect(YOUTH_CARE_REGIONS).toHaveLength(42);
  });

  it('is the CBS table of 2025: one region per CBS code, with CBS’s name', () => {
    expect(cbs.regions).toHaveLength(42);
    const byCode = new Map(YOUTH_CARE_REGIONS.map((r) => [r.cbsCode, r]));
    expect(byCode.size).toBe(42);
    expect([...byCode.keys()].sort()).toEqual(cbs.regions.map((r) => r.statcode).sort());
    for (const { statcode, statnaam } of cbs.regions) expect(byCode.get(statcode)?.name, statcode).toBe(statnaam);
  });

  it('names its source, year and licence', () => {
    expect(cbs.licence).toContain('CC BY 4.0');
    expect(cbs.copiedFrom.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(YOUTH_CARE_REGIONS_SOURCE).toContain(String(cbs.year));
    expect(YOUTH_CARE_REGIONS_SOURCE).toContain(cbs.copiedFrom.commit.slice(0, 7));
    expect(YOUTH_CARE_REGIONS_SOURCE).toContain('CC BY 4.0');
  });

  it('has unique ids and unique names', () => {
    expect(new Set(YOUTH_CARE_REGIONS.map((r) => r.id)).size).toBe(42);
    expect(new Set(YOUTH_CARE_REGIONS.map((r) => r.name.toLowerCase())).size).toBe(42);
  });

  it('uses url-safe slugs as ids and one of the twelve provinces', () => {
    const provinces = new Set(['Groningen', 'Fryslân', 'Drenthe', 'Overijssel', 'Flevoland', 'Gelderland', 'Utrecht', 'Noord-Holland', 'Zuid-Holland', 'Zeeland', 'Noord-Brabant', 'Limburg']);
    for (const region of YOUTH_CARE_REGIONS) {
      expect(region.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(provinces.has(region.province), region.province).toBe(true);
    }
    expect(new Set(YOUTH_CARE_REGIONS.map((r) => r.province)).size).toBe(12);
  });

  it('looks regions up by id and refuses unknown ids', () => {
    expect(isYouthCareRegion('twente')).toBe(true);
    expect(isYouthCareRegion('Twente')).toBe(false);
    // Moved to 'ijmond' by a migration: CBS has no region of that name besides IJmond (Midden Kennemerland).
    expect(isYouthCareRegion('midden-kennemerland')).toBe(false);
    expect(youthCareRegion('noord-kennemerland')?.cbsCode).toBe('JZ06');
    expect(youthCareRegion('zeeland')?.name).toBe('Zeeland');
    expect(youthCareRegion(null)).toBeNull();
    expect(youthCareRegion('atlantis')).toBeNull();
  });

  it('labels every organisation type in Dutch and English', () => {
    for (const type of ORGANISATION_TYPES) {
      expect(ORGANISATION_TYPE_LABELS[type].nl.length).toBeGreaterThan(1);
      expect(ORGANISATION_TYPE_LABELS[type].en.length).toBeGreaterThan(1);
    }
  });

  it('offers each region by name with its province, unless the name already says it', () => {
    expect(regionOptionLabel({ name: 'Twente', province: 'Overijssel' })).toBe('Twente · Overijssel');
    expect(regionOptionLabel({ name: 'Zeeland', province: 'Zeeland' })).toBe('Zeeland');
    expect(regionOptionLabel({ name: 'Friesland (Fryslân)', province: 'Fryslân' })).toBe('Friesland (Fryslân)');
  });
});
