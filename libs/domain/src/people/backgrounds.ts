/**
 * Professional backgrounds of CoP members (glossary: achtergrond) and the domain
 * perspectives used when a group looks at a case "met andere ogen".
 * A member's background is who they are; a perspective is a lens anyone can be asked to take.
 */
export const BACKGROUNDS = ['onderwijs', 'zorg', 'jeugdhulp', 'gemeente', 'ouder', 'anders'] as const;
export type Background = (typeof BACKGROUNDS)[number];

export const PERSPECTIVES = ['onderwijs', 'zorg', 'jeugdhulp', 'gemeente', 'ouder', 'kind'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

export const BACKGROUND_LABELS: Record<Background, { nl: string; en: string }> = {
  onderwijs: { nl: 'Onderwijs', en: 'Education' },
  zorg: { nl: 'Zorg', en: 'Care' },
  jeugdhulp: { nl: 'Jeugdhulp', en: 'Youth services' },
  gemeente: { nl: 'Gemeente', en: 'Municipality' },
  ouder: { nl: 'Ouder (ervaringsdeskundige)', en: 'Parent (lived experience)' },
  anders: { nl: 'Anders', en: 'Other' },
};

export const PERSPECTIVE_LABELS: Record<Perspective, { nl: string; en: string }> = {
  onderwijs: { nl: 'Onderwijs', en: 'Education' },
  zorg: { nl: 'Zorg', en: 'Care' },
  jeugdhulp: { nl: 'Jeugdhulp', en: 'Youth services' },
  gemeente: { nl: 'Gemeente', en: 'Municipality' },
  ouder: { nl: 'Ouder', en: 'Parent' },
  kind: { nl: 'Kind', en: 'Child' },
};

/** The perspective that matches a background, if any ("anders" has none). */
export function perspectiveOfBackground(background: Background): Perspective | null {
  return background === 'anders' ? null : background;
}
