/** What kind of identifying detail a finding is. */
export type PrivacyKind =
  | 'bsn'
  | 'client_number'
  | 'email'
  | 'phone'
  | 'postcode'
  | 'street_address'
  | 'date'
  | 'birth_date'
  | 'initials'
  | 'name'
  | 'institution'
  | 'place';

/**
 * `direct`: points at one person by itself. `indirect`: identifies in combination with other details.
 * `warn`: may identify, but is often relevant context (a place): shown as a warning, never needs fixing.
 */
export type PrivacySeverity = 'direct' | 'indirect' | 'warn';

export interface LocalizedText {
  readonly nl: string;
  readonly en: string;
}

export interface PrivacyFinding {
  readonly kind: PrivacyKind;
  /** Start offset (UTF-16 code units, like `String.prototype.slice`). */
  readonly start: number;
  /** End offset, exclusive. `text.slice(start, end) === match`. */
  readonly end: number;
  readonly match: string;
  /** Why this detail identifies a child, parent or professional. */
  readonly message: LocalizedText;
  /** How to rewrite it. */
  readonly suggestion: LocalizedText;
  readonly severity: PrivacySeverity;
}

export interface PrivacyCheckOptions {
  /**
   * Exact match texts the inbrenger explicitly marked as "not identifying" (false positives).
   * Ignored for kinds that must always be fixed (see `ALWAYS_FIX_KINDS`).
   */
  readonly acceptedMatches?: readonly string[];
}

export type CaseFieldFinding = PrivacyFinding & { readonly field: string };

/** A raw detection before overlap resolution and decoration with messages. */
export interface Candidate {
  readonly kind: PrivacyKind;
  readonly start: number;
  readonly end: number;
  /** A place read from its position in a heading or form ("Gezin X, Bijlmer."): it wins over a name of the same span. */
  readonly sure?: boolean;
  /** A name only because no list knows the word (the open-class rule): any place found on it wins ("in de wijk Lombok"). */
  readonly weak?: boolean;
}
