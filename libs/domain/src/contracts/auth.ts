import { z } from 'zod';
import { backgroundSchema, emailSchema, localeSchema, organisationSchema, passwordSchema, personNameSchema } from './common.js';

export const loginSchema = z.strictObject({
  email: emailSchema,
  // Never reveal the length rule at login: any non-empty password is checked against the hash.
  password: z.string().min(1, { message: 'Vul je wachtwoord in.' }).max(200),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const passwordResetRequestSchema = z.strictObject({ email: emailSchema });
export type PasswordResetRequestInput = z.infer<typeof passwordResetRequestSchema>;

export const passwordResetSchema = z.strictObject({
  token: z.string().min(20).max(200),
  password: passwordSchema,
});
export type PasswordResetInput = z.infer<typeof passwordResetSchema>;

export const changePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const updateProfileSchema = z
  .strictObject({
    name: personNameSchema.optional(),
    background: backgroundSchema.optional(),
    organisation: organisationSchema.optional(),
    locale: localeSchema.optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: 'Geef minstens één veld om te wijzigen.' });
export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;
