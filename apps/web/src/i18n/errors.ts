import { ERROR_MESSAGES, isErrorCode, type Locale } from '@mao/domain';
import { useCallback } from 'react';
import { ApiError } from '../api';
import { useLocale, useT } from './I18nProvider';
import type { Messages } from './nl';

/**
 * The text to show for a failed request: the platform's own text for a known error code in the
 * chosen language (the api's `message` is Dutch and may be more specific, so Dutch uses it),
 * otherwise the api's message, otherwise a generic text.
 */
export function errorText(error: unknown, locale: Locale, t: Messages): string {
  if (!(error instanceof ApiError)) return t.errors.unknown_error;
  if (error.code === 'network_error') return t.errors.network_error;

  let text: string;
  if (isErrorCode(error.code)) {
    const known = ERROR_MESSAGES[error.code][locale];
    text = locale === 'nl' && error.message && error.code === 'validation_failed' ? error.message : known;
  } else {
    text = locale === 'nl' && error.message ? error.message : t.errors.unknown_error;
  }
  if (error.code === 'rate_limited' && error.retryAfterSeconds !== undefined) {
    text = `${text} ${t.errors.retryAfter(Math.max(1, Math.ceil(error.retryAfterSeconds / 60)))}`;
  }
  return text;
}

export function useErrorText(): (error: unknown) => string {
  const { locale } = useLocale();
  const t = useT();
  return useCallback((error: unknown) => errorText(error, locale, t), [locale, t]);
}
