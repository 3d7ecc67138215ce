import type { Locale } from '@mao/domain';
import { api } from '../api';
import { useAuth } from '../auth';
import { LOCALES, useLocale, useT } from '../i18n';

/** Each language is named in itself (and marked with its lang) so everyone recognises their own. */
const NAMES: Record<Locale, string> = { nl: 'Nederlands', en: 'English' };

export function LanguageSwitch() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const { me, setMe } = useAuth();

  const choose = async (next: Locale) => {
    if (next === locale) return;
    setLocale(next);
    if (!me) return;
    try {
      setMe(await api.me.update({ locale: next }));
    } catch (error) {
      // The switch already worked on this device; the account keeps the old choice for now.
      console.warn('Could not save the language to the account', error);
    }
  };

  return (
    <div className="language-switch" role="group" aria-label={t.layout.language}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-switch__option"
          aria-pressed={option === locale}
          onClick={() => void choose(option)}
        >
          {NAMES[option]}
        </button>
      ))}
    </div>
  );
}
