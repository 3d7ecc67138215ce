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

const momentFormats = new Map<'nl' | 'en', Intl.DateTimeFormat>();

/**
 * A moment on the Dutch clock, short enough for a list or a bar: "ma 8 mrt 09:00" / "Mon 8 Mar
 * 09:00" — the same text as the api's window labels (no abbreviation dots).
 */
export function formatMoment(at: number | string, locale: 'nl' | 'en'): string {
  let format = momentFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE });
    momentFormats.set(locale, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(at)).map((part) => [part.type, part.value.replace(/\.$/, '')]));
  return `${parts['weekday']} ${parts['day']} ${parts['month']} ${parts['hour']}:${parts['minute']}`;
}
