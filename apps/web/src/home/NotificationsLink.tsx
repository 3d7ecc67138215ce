import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { api } from '../api';
import { useAuth } from '../auth';
import { useT } from '../i18n';

/** Sent by the notification page after marking read, so the header's count follows at once. */
export const NOTIFICATIONS_CHANGED = 'mao:notifications-changed';

/**
 * The header's link to the notification list with the unread count. The count is asked again
 * on every navigation and after the list changes; when it cannot be loaded the link simply
 * shows no number (the list page says what went wrong).
 */
export function NotificationsLink() {
  const { me } = useAuth();
  const t = useT();
  const { pathname } = useLocation();
  const [unread, setUnread] = useState<number | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const bump = (event: Event) => {
      const detail = (event as CustomEvent<{ unread?: number }>).detail;
      if (typeof detail?.unread === 'number') setUnread(detail.unread);
      else setGeneration((n) => n + 1);
    };
    window.addEventListener(NOTIFICATIONS_CHANGED, bump);
    return () => window.removeEventListener(NOTIFICATIONS_CHANGED, bump);
  }, []);

  useEffect(() => {
    if (!me) return;
    const controller = new AbortController();
    api.home.unreadCount(controller.signal).then(
      (answer) => {
        if (!controller.signal.aborted) setUnread(answer.unread);
      },
      () => {
        if (!controller.signal.aborted) setUnread(null);
      },
    );
    return () => controller.abort();
  }, [me, pathname, generation]);

  if (!me) return null;
  const count = unread ?? 0;
  // The name is the visible text plus "ongelezen" for screen readers: "Meldingen 2 ongelezen" (WCAG 2.5.3, label in name).
  return (
    <Link to="/meldingen" className="notifications-link" aria-current={pathname === '/meldingen' ? 'page' : undefined}>
      <svg className="notifications-link__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 3a6 6 0 0 0-6 6v3.6L4.3 16.2A1 1 0 0 0 5.2 17.7h13.6a1 1 0 0 0 .9-1.5L18 12.6V9a6 6 0 0 0-6-6Zm0 19a2.5 2.5 0 0 0 2.4-2h-4.8A2.5 2.5 0 0 0 12 22Z" />
      </svg>
      <span className="notifications-link__label">{t.home.notificationsTitle}</span>
      {count > 0 && (
        <>
          {' '}
          <span className="notifications-link__count">{count}</span>{' '}
          <span className="visually-hidden">{t.home.unreadWord}</span>
        </>
      )}
    </Link>
  );
}
