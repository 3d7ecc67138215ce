import { describe, expect, it } from 'vitest';
import { ORGANISATION_TYPES, ORGANISATION_TYPE_LABELS, YOUTH_CARE_REGIONS, isYouthCareRegion, youthCareRegion } from './regions.js';

describe('jeugdzorgregio’s', () => {
  it('has the 42 regions of the indeling', () => {
    expect(YOUTH_CARE_REGIONS).toHaveLength(42);
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
});
