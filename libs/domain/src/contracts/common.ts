import { z } from 'zod';
import { BACKGROUNDS } from '../people/backgrounds.js';

/** Shared building blocks of the input contracts. Every object is strict: unknown fields are rejected. */
export const idSchema = z.uuid({ message: 'Geen geldige id.' });
export const idParamsSchema = z.strictObject({ id: idSchema });

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { message: 'Een e-mailadres is hoogstens 254 tekens.' })
  .pipe(z.email({ message: 'Vul een geldig e-mailadres in.' }));

export const PASSWORD_MIN_LENGTH = 10;
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: `Een wachtwoord heeft minstens ${PASSWORD_MIN_LENGTH} tekens.` })
  .max(200, { message: 'Een wachtwoord is hoogstens 200 tekens.' });

export const personNameSchema = z
  .string()
  .trim()
  .min(1, { message: 'Vul je naam in.' })
  .max(120, { message: 'Een naam is hoogstens 120 tekens.' });

export const backgroundSchema = z.enum(BACKGROUNDS, { message: 'Kies een achtergrond uit de lijst.' });
export const organisationSchema = z.string().trim().max(160, { message: 'Een organisatie is hoogstens 160 tekens.' });
export const localeSchema = z.enum(['nl', 'en']);
