/**
 * The jeugdzorgregio's (youth-care regions): since the Jeugdwet of 2015 every Dutch gemeente
 * takes part in one regional partnership for the youth-care tasks it cannot do alone, and the
 * country is divided into 42 of them (Nederlands Jeugdinstituut, Jeugdautoriteit and VNG all
 * speak of "42 jeugdhulpregio's"). Vraag en advies uses them to tell people "geen belang in
 * jouw regio": advice from someone working in another region.
 *
 * SOURCE AND DATE — READ BEFORE RELYING ON IT (1 December 2026):
 * - No maintained npm package with the jeugdzorgregio's or gemeenten exists in what this
 *   machine can reach: `npm search` answers 404 here (the registry's search endpoint is not
 *   reachable), and the package list this workplace keeps (npm names and descriptions) holds no
 *   package with jeugdregio's, jeugdzorgregio's or a Dutch gemeente→region table.
 * - There is no internet here besides the npm and Debian registries, so the official list (VNG
 *   "Regionale samenwerking jeugd", CBS "Gebieden in Nederland", regioatlas.nl "Jeugdzorgregio's")
 *   could not be downloaded.
 * - The names below were therefore written down by the developer (an AI model) from its own
 *   knowledge of the 2015–2024 indeling. A stored copy of regioatlas.nl's page "Jeugdzorgregio's"
 *   (found with a text search tool, only partly readable) confirms that the count is 42 and the
 *   names Amsterdam-Amstelland, Gooi en Vechtstreek, Haarlemmermeer, Kop van Noord-Holland,
 *   Midden-IJssel/Oost-Veluwe, Midden-Kennemerland, Midden-Limburg Oost, Midden-Limburg West,
 *   Noord-Veluwe, Utrecht (stad) and Zuid-Kennemerland. The other names and the province of each
 *   are NOT verified against an official source: check them against the CBS table before
 *   production use. In 2025 the government announced a new indeling of 41 regions (the two
 *   Midden-Limburg regions merge); when it takes effect, change this file and add a migration
 *   that maps the stored ids.
 *
 * The ids are stable slugs stored on profiles (`users.region_id`); names may be corrected freely.
 */
export interface YouthCareRegion {
  readonly id: string;
  readonly name: string;
  readonly province: string;
}

export const YOUTH_CARE_REGIONS_SOURCE =
  'Jeugdzorgregio’s (indeling 2015–2024, 42 regio’s), opgeschreven zonder internettoegang; niet alle namen zijn nagekeken tegen de officiële lijst (CBS/VNG). Stand: 1 december 2026.';

export const YOUTH_CARE_REGIONS: readonly YouthCareRegion[] = [
  { id: 'groningen', name: 'Groningen', province: 'Groningen' },
  { id: 'friesland', name: 'Fryslân', province: 'Fryslân' },
  { id: 'drenthe', name: 'Drenthe', province: 'Drenthe' },
  { id: 'ijsselland', name: 'IJsselland', province: 'Overijssel' },
  { id: 'twente', name: 'Twente', province: 'Overijssel' },
  { id: 'flevoland', name: 'Flevoland', province: 'Flevoland' },
  { id: 'noord-veluwe', name: 'Noord-Veluwe', province: 'Gelderland' },
  { id: 'midden-ijssel-oost-veluwe', name: 'Midden-IJssel/Oost-Veluwe', province: 'Gelderland' },
  { id: 'achterhoek', name: 'Achterhoek', province: 'Gelderland' },
  { id: 'centraal-gelderland', name: 'Centraal Gelderland', province: 'Gelderland' },
  { id: 'rijk-van-nijmegen', name: 'Rijk van Nijmegen', province: 'Gelderland' },
  { id: 'rivierenland', name: 'Rivierenland', province: 'Gelderland' },
  { id: 'foodvalley', name: 'Foodvalley', province: 'Gelderland' },
  { id: 'utrecht-stad', name: 'Utrecht (stad)', province: 'Utrecht' },
  { id: 'utrecht-west', name: 'Utrecht West', province: 'Utrecht' },
  { id: 'lekstroom', name: 'Lekstroom', province: 'Utrecht' },
  { id: 'zuidoost-utrecht', name: 'Zuidoost-Utrecht', province: 'Utrecht' },
  { id: 'eemland', name: 'Regio Amersfoort (Eemland)', province: 'Utrecht' },
  { id: 'kop-van-noord-holland', name: 'Kop van Noord-Holland', province: 'Noord-Holland' },
  { id: 'west-friesland', name: 'West-Friesland', province: 'Noord-Holland' },
  { id: 'midden-kennemerland', name: 'Midden-Kennemerland', province: 'Noord-Holland' },
  { id: 'ijmond', name: 'IJmond', province: 'Noord-Holland' },
  { id: 'zuid-kennemerland', name: 'Zuid-Kennemerland', province: 'Noord-Holland' },
  { id: 'haarlemmermeer', name: 'Haarlemmermeer', province: 'Noord-Holland' },
  { id: 'zaanstreek-waterland', name: 'Zaanstreek-Waterland', province: 'Noord-Holland' },
  { id: 'amsterdam-amstelland', name: 'Amsterdam-Amstelland', province: 'Noord-Holland' },
  { id: 'gooi-en-vechtstreek', name: 'Gooi en Vechtstreek', province: 'Noord-Holland' },
  { id: 'holland-rijnland', name: 'Holland Rijnland', province: 'Zuid-Holland' },
  { id: 'haaglanden', name: 'Haaglanden', province: 'Zuid-Holland' },
  { id: 'midden-holland', name: 'Midden-Holland', province: 'Zuid-Holland' },
  { id: 'rijnmond', name: 'Rijnmond', province: 'Zuid-Holland' },
  { id: 'zuid-holland-zuid', name: 'Zuid-Holland Zuid', province: 'Zuid-Holland' },
  { id: 'zeeland', name: 'Zeeland', province: 'Zeeland' },
  { id: 'west-brabant-west', name: 'West-Brabant West', province: 'Noord-Brabant' },
  { id: 'west-brabant-oost', name: 'West-Brabant Oost', province: 'Noord-Brabant' },
  { id: 'hart-van-brabant', name: 'Hart van Brabant', province: 'Noord-Brabant' },
  { id: 'noordoost-brabant', name: 'Noordoost-Brabant', province: 'Noord-Brabant' },
  { id: 'zuidoost-brabant', name: 'Zuidoost-Brabant', province: 'Noord-Brabant' },
  { id: 'noord-limburg', name: 'Noord-Limburg', province: 'Limburg' },
  { id: 'midden-limburg-west', name: 'Midden-Limburg West', province: 'Limburg' },
  { id: 'midden-limburg-oost', name: 'Midden-Limburg Oost', province: 'Limburg' },
  { id: 'zuid-limburg', name: 'Zuid-Limburg', province: 'Limburg' },
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
