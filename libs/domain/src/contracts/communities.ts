import { z } from 'zod';
import { COMMUNITY_ROLES } from '../access/permissions.js';
import { backgroundSchema, containsLink, emailSchema, multiLineText, organisationSchema, passwordSchema, personNameSchema, singleLineText } from './common.js';

export const DEFAULT_CASE_RETENTION_DAYS = 30;
export const INVITATION_VALID_DAYS = 14;

const themeSchema = singleLineText().trim().min(1).max(60, { message: 'Een thema is hoogstens 60 tekens.' });

export const createCommunitySchema = z.strictObject({
  name: singleLineText()
    .trim()
    .min(3, { message: 'Een naam heeft minstens 3 tekens.' })
    .max(120, { message: 'Een naam is hoogstens 120 tekens.' })
    // The name goes into every invitation mail: no links there.
    .refine((value) => !containsLink(value), { message: 'Een naam mag geen link of webadres bevatten.' }),
  description: multiLineText().trim().max(4000, { message: 'Een beschrijving is hoogstens 4000 tekens.' }).optional(),
  themes: z.array(themeSchema).max(20, { message: 'Hoogstens 20 thema’s.' }).optional(),
  caseRetentionDays: z
    .number({ message: 'Geef het aantal dagen als getal.' })
    .int({ message: 'Geef een heel aantal dagen.' })
    .min(1, { message: 'Bewaar een casus minstens 1 dag.' })
    .max(365, { message: 'Bewaar een casus hoogstens 365 dagen.' })
    .optional(),
});
export type CreateCommunityInput = z.infer<typeof createCommunitySchema>;

export const updateCommunitySchema = createCommunitySchema
  .partial()
  .refine((value) => Object.keys(value).length > 0, { message: 'Geef minstens één veld om te wijzigen.' });
export type UpdateCommunityInput = z.infer<typeof updateCommunitySchema>;

export const communityRoleSchema = z.enum(COMMUNITY_ROLES, { message: 'Kies de rol gespreksleider of lid.' });

export const createInvitationSchema = z.strictObject({
  email: emailSchema,
  role: communityRoleSchema.default('member'),
});
export type CreateInvitationInput = z.infer<typeof createInvitationSchema>;

export const invitationTokenParamsSchema = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { message: 'Deze uitnodigingslink is ongeldig.' }),
});

/** A new person sets name and password here; a logged-in existing account sends an empty object. */
export const acceptInvitationSchema = z.strictObject({
  name: personNameSchema.optional(),
  password: passwordSchema.optional(),
  background: backgroundSchema.optional(),
  organisation: organisationSchema.optional(),
});
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;

export const changeMemberRoleSchema = z.strictObject({ role: communityRoleSchema });
export type ChangeMemberRoleInput = z.infer<typeof changeMemberRoleSchema>;
