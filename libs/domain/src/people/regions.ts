/**
 * The jeugdzorgregio's (youth-care regions): since the Jeugdwet of 2015 every Dutch gemeente
 * takes part in one regional partnership for the youth-care tasks it cannot do alone, and the
 * country is divided into 42 of them. Vraag en advies uses them to tell people "geen belang in
 * jouw regio": advice from someone working in another region.
 *
 * SOURCE (checked 1 December 2026): the CBS gebiedsindeling "jeugdregio" of 2025, codes JZ01–JZ43
 * (JZ40 is not used) with CBS's names. Copied (code and name only) into `cbs-jeugdregio-2025.json`
 * next to this file from github.com/cartomap/nl, `wgs84/jeugdregio_2025.geojson` at commit
 * 01e3b4cea860e7bb5dc3bddbfff72d3e4f4709e6 — a republication of the CBS maps served by PDOK (its
 * feature ids name the PDOK layer `jeugdregio_gegeneraliseerd`). CBS data, licence CC BY 4.0.
 * There is no internet here besides the npm and Debian registries, so CBS itself could not be
 * consulted; the 2024 file of the same repository has the same codes and names for JZ01–JZ11.
 * regions.spec.ts checks this list against the committed copy: every region has a CBS code and
 * carries CBS's name.
 * - `name` is CBS's name as it is (e.g. "Alkmaar (Noord-Kennemerland)", "Friesland (Fryslân)").
 * - `province` is NOT in the CBS table: it is the province the region lies in (written down by the
 *   developer; Food Valley also takes in gemeenten in Utrecht). It only groups the choice list.
 * - The gemeente → jeugdregio table (CBS "Gebieden in Nederland") was not found in anything
 *   reachable here, so the optional gemeente on a profile stays free text, not checked.
 * - In 2025 the government announced a new indeling of 41 regions (the two Midden-Limburg regions
 *   merge); when it takes effect, change this file and add a migration that maps the stored ids.
 *
 * The ids are stable slugs stored on profiles, questions, answers and join requests
 * (`region_id`); names may be corrected freely. Migration 1766410000000 moved the one id that
 * had no region of its own (`midden-kennemerland`: CBS's JZ10 is "IJmond (Midden Kennemerland)")
 * to `ijmond`, and `noord-kennemerland` (JZ06, Alkmaar) was missing and is added.
 */
export interface YouthCareRegion {
  readonly id: string;
  /** CBS statcode of the jeugdregio, JZ01–JZ43. */
  readonly cbsCode: string;
  readonly name: string;
  readonly province: string;
}

export const YOUTH_CARE_REGIONS_SOURCE =
  'CBS gebiedsindeling jeugdregio 2025 (42 jeugdzorgregio’s, codes JZ01–JZ43), via PDOK/cartomap (github.com/cartomap/nl, wgs84/jeugdregio_2025.geojson, commit 01e3b4c). Bron: CBS, licentie CC BY 4.0. Nagekeken op 1 december 2026.';

/** Grouped by province (the choice lists show them in this order). */
export const YOUTH_CARE_REGIONS: readonly YouthCareRegion[] = [
  { id: 'groningen', cbsCode: 'JZ01', name: 'Groningen', province: 'Groningen' },
  { id: 'friesland', cbsCode: 'JZ02', name: 'Friesland (Fryslân)', province: 'Fryslân' },
  { id: 'drenthe', cbsCode: 'JZ04', name: 'Drenthe', province: 'Drenthe' },
  { id: 'ijsselland', cbsCode: 'JZ07', name: 'IJsselland', province: 'Overijssel' },
  { id: 'twente', cbsCode: 'JZ14', name: 'Twente', province: 'Overijssel' },
  { id: 'flevoland', cbsCode: 'JZ08', name: 'Flevoland', province: 'Flevoland' },
  { id: 'noord-veluwe', cbsCode: 'JZ12', name: 'Noord-Veluwe', province: 'Gelderland' },
  { id: 'midden-ijssel-oost-veluwe', cbsCode: 'JZ17', name: 'Midden IJssel / Oost Veluwe', province: 'Gelderland' },
  { id: 'achterhoek', cbsCode: 'JZ25', name: 'Achterhoek', province: 'Gelderland' },
  { id: 'centraal-gelderland', cbsCode: 'JZ28', name: 'Centraal Gelderland', province: 'Gelderland' },
  { id: 'rijk-van-nijmegen', cbsCode: 'JZ32', name: 'Rijk van Nijmegen', province: 'Gelderland' },
  { id: 'rivierenland', cbsCode: 'JZ30', name: 'Rivierenland', province: 'Gelderland' },
  { id: 'foodvalley', cbsCode: 'JZ21', name: 'Food Valley', province: 'Gelderland' },
  { id: 'utrecht-stad', cbsCode: 'JZ22', name: 'Utrecht Stad', province: 'Utrecht' },
  { id: 'utrecht-west', cbsCode: 'JZ19', name: 'Utrecht West', province: 'Utrecht' },
  { id: 'lekstroom', cbsCode: 'JZ26', name: 'Lekstroom', province: 'Utrecht' },
  { id: 'zuidoost-utrecht', cbsCode: 'JZ23', name: 'Zuidoost Utrecht', province: 'Utrecht' },
  { id: 'eemland', cbsCode: 'JZ20', name: 'Eemland', province: 'Utrecht' },
  { id: 'kop-van-noord-holland', cbsCode: 'JZ03', name: 'Kop van Noord-Holland', province: 'Noord-Holland' },
  { id: 'west-friesland', cbsCode: 'JZ05', name: 'West Friesland', province: 'Noord-Holland' },
  { id: 'noord-kennemerland', cbsCode: 'JZ06', name: 'Alkmaar (Noord-Kennemerland)', province: 'Noord-Holland' },
  { id: 'ijmond', cbsCode: 'JZ10', name: 'IJmond (Midden Kennemerland)', province: 'Noord-Holland' },
  { id: 'zuid-kennemerland', cbsCode: 'JZ11', name: 'Zuid Kennemerland', province: 'Noord-Holland' },
  { id: 'haarlemmermeer', cbsCode: 'JZ15', name: 'Haarlemmermeer', province: 'Noord-Holland' },
  { id: 'zaanstreek-waterland', cbsCode: 'JZ09', name: 'Zaanstreek-Waterland', province: 'Noord-Holland' },
  { id: 'amsterdam-amstelland', cbsCode: 'JZ13', name: 'Amsterdam-Amstelland', province: 'Noord-Holland' },
  { id: 'gooi-en-vechtstreek', cbsCode: 'JZ16', name: 'Gooi en Vechtstreek', province: 'Noord-Holland' },
  { id: 'holland-rijnland', cbsCode: 'JZ18', name: 'Holland Rijnland', province: 'Zuid-Holland' },
  { id: 'haaglanden', cbsCode: 'JZ24', name: 'Haaglanden', province: 'Zuid-Holland' },
  { id: 'midden-holland', cbsCode: 'JZ27', name: 'Midden Holland', province: 'Zuid-Holland' },
  { id: 'rijnmond', cbsCode: 'JZ29', name: 'Rijnmond', province: 'Zuid-Holland' },
  { id: 'zuid-holland-zuid', cbsCode: 'JZ31', name: 'Zuid-Holland Zuid', province: 'Zuid-Holland' },
  { id: 'zeeland', cbsCode: 'JZ38', name: 'Zeeland', province: 'Zeeland' },
  { id: 'west-brabant-west', cbsCode: 'JZ36', name: 'West Brabant West', province: 'Noord-Brabant' },
  { id: 'west-brabant-oost', cbsCode: 'JZ34', name: 'West Brabant Oost', province: 'Noord-Brabant' },
  { id: 'hart-van-brabant', cbsCode: 'JZ35', name: 'Midden-Brabant (Hart van Brabant)', province: 'Noord-Brabant' },
  { id: 'noordoost-brabant', cbsCode: 'JZ33', name: 'Noordoost Brabant', province: 'Noord-Brabant' },
  { id: 'zuidoost-brabant', cbsCode: 'JZ39', name: 'Zuidoost-Brabant', province: 'Noord-Brabant' },
  { id: 'noord-limburg', cbsCode: 'JZ37', name: 'Noord-Limburg', province: 'Limburg' },
  { id: 'midden-limburg-west', cbsCode: 'JZ43', name: 'Midden-Limburg West', province: 'Limburg' },
  { id: 'midden-limburg-oost', cbsCode: 'JZ42', name: 'Midden-Limburg Oost', province: 'Limburg' },
  { id: 'zuid-limburg', cbsCode: 'JZ41', name: 'Zuid-Limburg', province: 'Limburg' },
];

export const YOUTH_CARE_REGION_IDS = YOUTH_CARE_REGIONS.map((region) => region.id) as readonly string[];

const BY_ID = new Map(YOUTH_CARE_REGIONS.map((region) => [region.id, region]));
export const isYouthCareRegion = (id: string): boolean => BY_ID.has(id);
export const youthCareRegion = (id: string | null | undefined): YouthCareRegion | null => (id ? (BY_ID.get(id) ?? null) : null);

/**
 * The kind of organisation someone works for (or "ouder": a parent with lived experience).
 * Shown with what a person writes, next to their background (domain) and region.
 */
export const ORGANISATION_TYPES = [
  'school',
  'kinderopvang',
  'samenwerkingsverband',
  'jeugdhulpaanbieder',
  'zorgaanbieder',
  'wijkteam',
  'gemeente',
  'gecertificeerde-instelling',
  'kennisinstituut',
  'ouderorganisatie',
  'anders',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, { nl: string; en: string }> = {
  school: { nl: 'School', en: 'School' },
  kinderopvang: { nl: 'Kinderopvang', en: 'Childcare' },
  samenwerkingsverband: { nl: 'Samenwerkingsverband passend onderwijs', en: 'Inclusive-education partnership' },
  jeugdhulpaanbieder: { nl: 'Jeugdhulpaanbieder', en: 'Youth-care provider' },
  zorgaanbieder: { nl: 'Zorgaanbieder (bijv. huisarts, GGZ, JGZ)', en: 'Care provider (e.g. GP, mental health, child health)' },
  wijkteam: { nl: 'Wijkteam / sociaal team', en: 'Neighbourhood team' },
  gemeente: { nl: 'Gemeente', en: 'Municipality' },
  'gecertificeerde-instelling': { nl: 'Gecertificeerde instelling (jeugdbescherming)', en: 'Certified institution (child protection)' },
  kennisinstituut: { nl: 'Kennisinstituut of programmabureau', en: 'Knowledge institute or programme office' },
  ouderorganisatie: { nl: 'Ouder- of cliëntorganisatie', en: 'Parent or client organisation' },
  anders: { nl: 'Anders', en: 'Other' },
};

/**
 * How a region is offered in a list: its CBS name and the province, "Twente · Overijssel"; the
 * name alone when it already says the province ("Zeeland", "Friesland (Fryslân)"). Not in
 * brackets: many CBS names carry their own.
 */
export function regionOptionLabel(region: Pick<YouthCareRegion, 'name' | 'province'>): string {
  return region.name.includes(region.province) ? region.name : `${region.name} · ${region.province}`;
}
