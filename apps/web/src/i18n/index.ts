export { DEFAULT_LOCALE, I18nProvider, isLocale, LOCALE_STORAGE_KEY, LOCALES, useLocale, useT } from './I18nProvider';
export { errorText, useErrorText } from './errors';
export { formatMoment, useFormat } from './format';
export { issueMessage, type ValidationIssue } from './validation';
export type { Messages } from './nl';
