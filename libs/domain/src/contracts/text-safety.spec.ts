import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  acceptInvitationSchema,
  changePasswordSchema,
  createActionPerspectiveSchema,
  createCommunitySchema,
  createInvitationSchema,
  createReflectionSchema,
  createSessionSchema,
  discardLessonSchema,
  lessonListQuerySchema,
  loginSchema,
  passwordResetRequestSchema,
  passwordResetSchema,
  platformUserQuerySchema,
  publishLessonSchema,
  updateCommunitySchema,
  updateLessonSchema,
  updateProfileSchema,
  updateSessionSchema,
  upsertCaseSchema,
  CONTROL_CHARACTER_MESSAGE,
  containsLink,
  isSingleLine,
  hasControlCharacters,
} from '../index.js';

/** Every contract with free text, and a valid input for it. */
const CONTRACTS: Array<[string, z.ZodType, Record<string, unknown>]> = [
  ['login', loginSchema, { email: 'a@example.org', password: 'een-wachtwoord' }],
  ['password reset request', passwordResetRequestSchema, { email: 'a@example.org' }],
  ['password reset', passwordResetSchema, { token: 'abcdefghijklmnopqrstuvwxyz012345', password: 'een-lang-wachtwoord' }],
  ['change password', changePasswordSchema, { currentPassword: 'oud-wachtwoord', newPassword: 'een-lang-wachtwoord' }],
  ['profile', updateProfileSchema, { name: 'Sanne de Wit', organisation: 'OBS De Regenboog' }],
  ['create CoP', createCommunitySchema, { name: 'Bindende afspraken', description: 'Over\nafspraken.', themes: ['thuiszitters'] }],
  ['update CoP', updateCommunitySchema, { name: 'Bindende afspraken', description: 'Over afspraken.' }],
  ['invite', createInvitationSchema, { email: 'a@example.org' }],
  ['accept invitation', acceptInvitationSchema, { name: 'Noor', password: 'een-lang-wachtwoord', organisation: 'GGD' }],
  ['create session', createSessionSchema, { title: 'Intervisie', methodId: 'met-andere-ogen', startsAt: '2030-01-01T15:00:00+01:00', notes: 'Neem koffie mee.' }],
  ['update session', updateSessionSchema, { title: 'Intervisie', notes: 'Neem koffie mee.' }],
  ['casus', upsertCaseSchema, { title: 'Thuiszitter', context: 'Een leerling zit thuis.', keyQuestion: 'Wie?', tried: 'Gesprekken.', askOfGroup: 'Meedenken.', anonymisedConfirmed: true, consentConfirmed: true, acceptedFindings: ['De Regenboog'] }],
  ['update lesson', updateLessonSchema, { text: 'Samen plannen werkt.', themes: ['samenwerking'] }],
  ['publish lesson', publishLessonSchema, { visibility: 'community', acceptedFindings: ['De Regenboog'] }],
  ['discard lesson', discardLessonSchema, { reason: 'Dubbel.' }],
  ['reflection', createReflectionSchema, { text: 'Herkenbaar voor ons.' }],
  ['action perspective', createActionPerspectiveSchema, { title: 'Plan', text: 'We doen het zo.', lessonIds: ['7d7f3b5e-4c1a-4d8e-9a53-2f0c7f1b9e01'] }],
  ['lesson search', lessonListQuerySchema, { q: 'thuiszitters', methodId: 'balint' }],
  ['admin user search', platformUserQuerySchema, { q: 'sanne' }],
];

/** Every path to a string in a value, with a setter for it. */
function stringLeaves(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringLeaves(item, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...path, key]));
  return [];
}

function withLeaf(value: Record<string, unknown>, path: Array<string | number>, change: (text: string) => string): Record<string, unknown> {
  const copy = structuredClone(value);
  let target: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  target[last] = change(target[last] as string);
  return copy;
}

describe('control characters in the contracts', () => {
  it.each(CONTRACTS)('%s: the valid example passes', (_name, schema, valid) => {
    expect(schema.safeParse(valid).success).toBe(true);
  });

  it.each(CONTRACTS)('%s: a NUL or another control character in any text field is refused, naming the field', (_name, schema, valid) => {
    for (const path of stringLeaves(valid)) {
      for (const control of ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085']) {
        const result = schema.safeParse(withLeaf(valid, path, (text) => `${text.slice(0, 2)}${control}${text.slice(2)}`));
        expect(result.success, `${path.join('.')} with U+${control.charCodeAt(0).toString(16)}`).toBe(false);
        expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path.join('.'));
      }
    }
  });

  it('keeps line breaks and tabs in multi-line text, and refuses them in one-line fields', () => {
    const text = 'Eerste regel.\r\n\tTweede regel.';
    expect(hasControlCharacters(text)).toBe(false);
    expect(createCommunitySchema.safeParse({ name: 'Bindende afspraken', description: text }).success).toBe(true);
    expect(upsertCaseSchema.safeParse({ ...CONTRACTS.find(([name]) => name === 'casus')?.[2], context: text }).success).toBe(true);
    for (const name of ['Twee\nregels', 'Met\ttab', 'Omgekeerd \u202Egro.live', 'Regel\u2028scheiding']) {
      expect(isSingleLine(name)).toBe(false);
      const result = createCommunitySchema.safeParse({ name });
      expect(result.success).toBe(false);
      expect(updateProfileSchema.safeParse({ name }).success).toBe(false);
    }
  });

  it('says what is wrong in Dutch', () => {
    const result = loginSchema.safeParse({ email: 'a@example.org', password: 'a\u0000b' });
    expect(result.error?.issues[0]?.message).toBe(CONTROL_CHARACTER_MESSAGE);
  });

  it('recognises links and web addresses in names, not initials or Dutch name parts', () => {
    for (const link of ['https://evil.example', 'ftp://x', 'www.voorbeeld', 'klik-hier.nl', 'Win op prijzen.com nu', 'evil-site.org']) expect(containsLink(link), link).toBe(true);
    for (const name of ['J.de Vries', 'Sanne de Wit', 'A.B. van den Berg', 'St. Jozefschool', 'Mr. M. el Amrani', 'Jeugdhulp Noord-Holland']) expect(containsLink(name), name).toBe(false);
    // A link behind a long run of letters is still a link.
    expect(containsLink(`${'x'.repeat(80)}https://evil.example`)).toBe(true);
    // Linear in the length of the text: the open-ended pattern took 15 s on 100,000 letters and held
    // the api; on 200,000 it would run into the test's time limit.
    for (const long of ['x'.repeat(200_000), `${'a1-'.repeat(60_000)}.`, `${'ab.'.repeat(60_000)}`]) expect(containsLink(long)).toBe(false);
  });
});
