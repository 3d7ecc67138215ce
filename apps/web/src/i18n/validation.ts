import type { Locale } from '@mao/domain';
import { DOMAIN_MESSAGES_EN } from './domain-messages';
import type { Messages } from './nl';

/** The parts of a zod issue the web needs; structural, so the web does not depend on zod itself. */
export interface ValidationIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  origin?: string;
  format?: string;
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

/**
 * A readable message for one validation issue in the chosen language. The domain's own Dutch
 * messages are used as they are (or translated to English); zod's built-in English defaults
 * are replaced by a generic text in the chosen language.
 */
export function issueMessage(issue: ValidationIssue, locale: Locale, t: Messages): string {
  const english = DOMAIN_MESSAGES_EN[issue.message];
  if (english !== undefined) return locale === 'nl' ? issue.message : english;

  const v = t.validation;
  const min = Number(issue.minimum ?? 0);
  const max = Number(issue.maximum ?? 0);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'number') return v.numberMin(min);
      if (issue.origin === 'array' || issue.origin === 'set') return v.tooFewItems(min);
      return min <= 1 ? v.required : v.tooShort(min);
    case 'too_big':
      if (issue.origin === 'number') return v.numberMax(max);
      if (issue.origin === 'array' || issue.origin === 'set') return v.tooManyItems(max);
      return v.tooLong(max);
    case 'invalid_format':
      return issue.format === 'email' ? v.email : v.invalid;
    case 'invalid_value':
      return v.choice;
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int') return v.number;
      return issue.expected === 'string' ? v.required : v.invalid;
    default:
      return v.invalid;
  }
}
