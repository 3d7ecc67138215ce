import type { ValidationIssue } from '../i18n';

/** Anything with zod's safeParse shape; keeps this module free of a direct zod dependency. */
export interface Parsable<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly ValidationIssue[] } };
}

/** The first problem per form field, keyed by the field's name ('_form' for the form as a whole). */
export type FieldIssues = Partial<Record<string, ValidationIssue>>;

export const FORM_KEY = '_form';

export function validate<T>(schema: Parsable<T>, input: unknown): { ok: true; data: T } | { ok: false; issues: FieldIssues } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, issues: issuesByField(result.error.issues) };
}

export function issuesByField(issues: readonly ValidationIssue[]): FieldIssues {
  const byField: FieldIssues = {};
  for (const issue of issues) {
    const head = issue.path[0];
    const key = head === undefined ? FORM_KEY : String(head);
    byField[key] ??= issue;
  }
  return byField;
}
