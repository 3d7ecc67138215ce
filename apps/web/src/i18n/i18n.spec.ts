import { ERROR_MESSAGES } from '@mao/domain';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api';
import { en } from './en';
import { errorText } from './errors';
import { nl } from './nl';
import { issueMessage } from './validation';

function shape(value: unknown): unknown {
  if (typeof value === 'function') return 'fn';
  if (typeof value === 'string') return 'string';
  return Object.fromEntries(Object.entries(value as object).map(([key, inner]) => [key, shape(inner)]));
}

describe('dictionaries', () => {
  it('have the same keys in Dutch and English', () => {
    expect(shape(en)).toEqual(shape(nl));
  });

  it('leave no English text empty where Dutch has text', () => {
    const walk = (a: unknown, b: unknown, path: string): string[] =>
      typeof a === 'string'
        ? a !== '' && b === ''
          ? [path]
          : []
        : typeof a === 'object' && a !== null
          ? Object.keys(a).flatMap((key) => walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`))
          : [];
    expect(walk(nl, en, '')).toEqual([]);
  });
});

describe('validation messages', () => {
  it('keeps the domain’s Dutch and translates it to English', () => {
    const issue = { code: 'invalid_format', format: 'email', path: ['email'], message: 'Vul een geldig e-mailadres in.' };
    expect(issueMessage(issue, 'nl', nl)).toBe('Vul een geldig e-mailadres in.');
    expect(issueMessage(issue, 'en', en)).toBe('Enter a valid email address.');
  });

  it('replaces zod’s own English defaults with a generic text in the chosen language', () => {
    const issue = { code: 'too_small', origin: 'string', minimum: 1, path: ['currentPassword'], message: 'Too small: expected string to have >=1 characters' };
    expect(issueMessage(issue, 'nl', nl)).toBe('Dit veld is verplicht.');
    expect(issueMessage({ ...issue, minimum: 5 }, 'en', en)).toBe('Use at least 5 characters.');
  });
});

describe('error texts', () => {
  it('uses the platform text for a known code in the chosen language', () => {
    const error = new ApiError(409, 'last_facilitator', 'Een CoP heeft altijd minstens één gespreksleider nodig.');
    expect(errorText(error, 'nl', nl)).toBe(ERROR_MESSAGES.last_facilitator.nl);
    expect(errorText(error, 'en', en)).toBe(ERROR_MESSAGES.last_facilitator.en);
  });

  it('falls back to the server message (Dutch) or a generic text (English) for an unknown code', () => {
    const error = new ApiError(400, 'something_new', 'Iets nieuws ging mis.');
    expect(errorText(error, 'nl', nl)).toBe('Iets nieuws ging mis.');
    expect(errorText(error, 'en', en)).toBe(en.errors.unknown_error);
  });
});
