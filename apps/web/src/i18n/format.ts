import { useMemo } from 'react';
import { useLocale } from './I18nProvider';

/** Dates are shown in the Netherlands' time zone, whatever the device says. */
const TIME_ZONE = 'Europe/Amsterdam';

export function useFormat() {
  const { locale } = useLocale();
  return useMemo(() => {
    const tag = locale === 'nl' ? 'nl-NL' : 'en-GB';
    const date = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: TIME_ZONE });
    return {
      date: (iso: string) => {
        const value = new Date(iso);
        return Number.isNaN(value.getTime()) ? '' : date.format(value);
      },
    };
  }, [locale]);
}
