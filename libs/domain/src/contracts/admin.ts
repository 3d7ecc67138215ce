import { z } from 'zod';
import { idSchema, multiLineText, singleLineText } from './common.js';
import type { Page } from './views.js';

/**
 * The administration and moderation console (platform administrators) and the report button
 * (members): people, CoPs, reported content, and the audit of administrator actions.
 */

export const REPORTABLE_CONTENT = ['question', 'answer', 'reflection', 'lesson'] as const;
export type ReportableContent = (typeof REPORTABLE_CONTENT)[number];

/** `POST /api/reports` — anyone who can see the content may report it. */
export const createReportSchema = z.strictObject({
  contentType: z.enum(REPORTABLE_CONTENT, { message: 'Kies wat je meldt: question, answer, reflection of lesson.' }),
  contentId: idSchema,
  reason: multiLineText({ message: 'Schrijf waarom je dit meldt.' })
    .trim()
    .min(3, { message: 'Schrijf in minstens 3 tekens waarom je dit meldt.' })
    .max(1000, { message: 'Een reden is hoogstens 1.000 tekens.' }),
});
export type CreateReportInput = z.infer<typeof createReportSchema>;

/** `POST /api/admin/reports/:id/hide` — the reason is mailed to the author. */
export const hideReportedSchema = z.strictObject({
  reason: multiLineText({ message: 'Schrijf waarom het verborgen wordt; de schrijver krijgt deze reden.' })
    .trim()
    .min(5, { message: 'Een reden heeft minstens 5 tekens.' })
    .max(1000, { message: 'Een reden is hoogstens 1.000 tekens.' }),
});
export type HideReportedInput = z.infer<typeof hideReportedSchema>;

export const REPORT_STATUSES = ['open', 'hidden', 'dismissed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const reportListQuerySchema = z.strictObject({
  status: z.enum(REPORT_STATUSES, { message: 'Status is open, hidden of dismissed.' }).optional(),
});
export type ReportListQuery = z.infer<typeof reportListQuerySchema>;

/** `POST /api/admin/users/:id/deactivate` */
export const deactivateUserSchema = z.strictObject({
  reason: multiLineText().trim().max(500, { message: 'Een reden is hoogstens 500 tekens.' }).optional(),
});
export type DeactivateUserInput = z.infer<typeof deactivateUserSchema>;

/** `POST /api/admin/communities/:id/facilitators` — appoint a facilitator (added to the CoP if needed). */
export const appointFacilitatorSchema = z.strictObject({ userId: idSchema });
export type AppointFacilitatorInput = z.infer<typeof appointFacilitatorSchema>;

const intParam = (label: string, min: number, max: number) =>
  z
    .string({ message: `Geef ${label} als getal.` })
    .regex(/^\d{1,6}$/, { message: `Geef ${label} als heel getal.` })
    .transform(Number)
    .pipe(z.number().int().min(min, { message: `${label} is minstens ${min}.` }).max(max, { message: `${label} is hoogstens ${max}.` }));

/** `GET /api/admin/audit` — administrator actions, newest first. */
export const auditQuerySchema = z.strictObject({
  action: singleLineText().trim().max(80).optional(),
  limit: intParam('limit', 1, 200).optional(),
  offset: intParam('offset', 0, 1_000_000).optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const adminCommunityQuerySchema = z.strictObject({
  q: singleLineText().trim().max(120).optional(),
});
export type AdminCommunityQuery = z.infer<typeof adminCommunityQuerySchema>;

export interface ReportView {
  id: string;
  contentType: ReportableContent;
  contentId: string;
  /** The reported text (to judge it), its author and where it is; null when the content is gone. */
  content: { text: string; authorName: string; link: string } | null;
  reason: string;
  reporterName: string;
  status: ReportStatus;
  decisionReason: string | null;
  createdAt: string;
  decidedAt: string | null;
}

export interface AdminCommunityView {
  id: string;
  name: string;
  memberCount: number;
  facilitators: Array<{ id: string; name: string }>;
  archivedAt: string | null;
  createdAt: string;
}

export interface AuditEntryView {
  id: string;
  at: string;
  actorName: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  details: Record<string, unknown>;
}

export type AuditPage = Page<AuditEntryView>;
