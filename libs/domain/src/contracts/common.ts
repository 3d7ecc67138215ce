import './zod-config.js';
import { z } from 'zod';
import { BACKGROUNDS } from '../people/backgrounds.js';
import { ORGANISATION_TYPES, isYouthCareRegion } from '../people/regions.js';

/** Shared building blocks of the input contracts. Every object is strict: unknown fields are rejected. */

/**
 * Characters no person types into a form: the C0 controls except tab, line feed and carriage
 * return, DEL, and the C1 controls. NUL in particular cannot be stored in PostgreSQL text; the
 * others only ever arrive from scripts (or to hide text). Refused in every text field.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/**
 * One-line fields (names, titles, themes, search terms) also refuse line breaks, tabs and the
 * bidirectional overrides that make a name in a mail read differently from what it says.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

export const CONTROL_CHARACTER_MESSAGE = 'Bevat een onzichtbaar stuurteken (bijvoorbeeld NUL); verwijder het.';
export const LINE_BREAK_MESSAGE = 'Moet op één regel passen, zonder stuurtekens.';

export const hasControlCharacters = (value: string): boolean => CONTROL_CHARACTERS.test(value);
export const isSingleLine = (value: string): boolean => !SINGLE_LINE_FORBIDDEN.test(value);

/**
 * The start of every free-text field in the contracts: a string without control characters
 * (line breaks allowed). Chain `.trim()`, `.min()`, `.max()` as with `z.string()`.
 */
export const multiLineText = (params?: { message?: string }) =>
  z.string(params).refine((value) => !hasControlCharacters(value), { message: CONTROL_CHARACTER_MESSAGE, abort: true });

/** Like `multiLineText`, for fields that are one line: no line breaks, tabs or bidi overrides either. */
export const singleLineText = (params?: { message?: string }) =>
  z.string(params).refine(isSingleLine, { message: LINE_BREAK_MESSAGE, abort: true });

/**
 * Names of people and CoPs end up in mails the platform sends to others; a
 * link or web address there would let anyone use the platform to send phishing links.
 */
// Bounded repeats (a scheme is at most 32 characters, a domain label at most 63): with open-ended
// ones a long word made the check quadratic — 100,000 letters in a name held the api for 15 s.
const LINK = /(?:[a-z][a-z0-9+.-]{0,31}:\/\/|www\.|\b[a-z0-9-]{2,63}\.(?:nl|com|org|net|eu|io|info|be|de|uk|ru|xyz|top|app|dev|link|click|site|online)\b)/i;
export const containsLink = (value: string): boolean => LINK.test(value);

/** A secret token from a mailed link or a cookie: base64url, as `newSecretToken` makes them. */
export const secretTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,200}$/, { message: 'Deze link is ongeldig.' });
export const idSchema = z.uuid({ message: 'Geen geldige id.' });
export const idParamsSchema = z.strictObject({ id: idSchema });

export const emailSchema = singleLineText()
  .trim()
  .toLowerCase()
  .max(254, { message: 'Een e-mailadres is hoogstens 254 tekens.' })
  .pipe(z.email({ message: 'Vul een geldig e-mailadres in.' }));

export const PASSWORD_MIN_LENGTH = 10;
export const passwordSchema = singleLineText()
  .min(PASSWORD_MIN_LENGTH, { message: `Een wachtwoord heeft minstens ${PASSWORD_MIN_LENGTH} tekens.` })
  .max(200, { message: 'Een wachtwoord is hoogstens 200 tekens.' });

export const personNameSchema = singleLineText()
  .trim()
  .min(1, { message: 'Vul je naam in.' })
  .max(120, { message: 'Een naam is hoogstens 120 tekens.' })
  .refine((value) => !containsLink(value), { message: 'Een naam mag geen link of webadres bevatten.' });

export const backgroundSchema = z.enum(BACKGROUNDS, { message: 'Kies een achtergrond uit de lijst.' });
export const organisationSchema = singleLineText()
  .trim()
  .max(160, { message: 'Een organisatie is hoogstens 160 tekens.' });
export const localeSchema = z.enum(['nl', 'en']);

/** A jeugdzorgregio id from `people/regions.ts`. */
export const regionIdSchema = singleLineText({ message: 'Kies een jeugdzorgregio uit de lijst.' })
  .trim()
  .refine(isYouthCareRegion, { message: 'Kies een jeugdzorgregio uit de lijst.' });
/** The gemeente someone works in: free text (no list of gemeenten is shipped), one line, no links. */
export const gemeenteSchema = singleLineText()
  .trim()
  .min(2, { message: 'Een gemeente heeft minstens 2 tekens.' })
  .max(80, { message: 'Een gemeente is hoogstens 80 tekens.' })
  .refine((value) => !containsLink(value), { message: 'Een gemeente mag geen link of webadres bevatten.' });
export const organisationTypeSchema = z.enum(ORGANISATION_TYPES, { message: 'Kies een soort organisatie uit de lijst.' });
