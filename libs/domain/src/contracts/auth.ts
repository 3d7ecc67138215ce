import { z } from 'zod';
import { PLATFORM_ROLES } from '../access/platform-roles.js';
import { backgroundSchema, emailSchema, gemeenteSchema, localeSchema, multiLineText, singleLineText, organisationSchema, organisationTypeSchema, passwordSchema, personNameSchema, regionIdSchema, secretTokenSchema } from './common.js';

export const loginSchema = z.strictObject({
  email: emailSchema,
  // Never reveal the length rule at login: any non-empty password is checked against the hash.
  password: multiLineText().min(1, { message: 'Vul je wachtwoord in.' }).max(200),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const passwordResetRequestSchema = z.strictObject({ email: emailSchema });
export type PasswordResetRequestInput = z.infer<typeof passwordResetRequestSchema>;

export const passwordResetSchema = z.strictObject({
  token: secretTokenSchema,
  password: passwordSchema,
});
export type PasswordResetInput = z.infer<typeof passwordResetSchema>;

export const changePasswordSchema = z.strictObject({
  currentPassword: multiLineText().min(1).max(200),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const updateProfileSchema = z
  .strictObject({
    name: personNameSchema.optional(),
    background: backgroundSchema.optional(),
    organisation: organisationSchema.optional(),
    locale: localeSchema.optional(),
    /** Jeugdzorgregio, gemeente and kind of organisation: shown with what the person writes; null clears. */
    regionId: regionIdSchema.nullable().optional(),
    gemeente: gemeenteSchema.nullable().optional(),
    organisationType: organisationTypeSchema.nullable().optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: 'Geef minstens één veld om te wijzigen.' });
export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;

/** `PUT /api/admin/users/:id/platform-role` (platform administrators): grant or take back a platform role. */
export const setPlatformRoleSchema = z.strictObject({
  platformRole: z.enum(PLATFORM_ROLES, { message: 'Kies de platformrol gespreksleider of makelaar, of null om hem in te trekken.' }).nullable(),
});
export type SetPlatformRoleInput = z.infer<typeof setPlatformRoleSchema>;

/** `GET /api/admin/users?q=`: part of an e-mail address or name. */
export const platformUserQuerySchema = z.strictObject({
  q: singleLineText().trim().max(254, { message: 'Een zoekterm is hoogstens 254 tekens.' }).optional(),
});
export type PlatformUserQuery = z.infer<typeof platformUserQuerySchema>;
