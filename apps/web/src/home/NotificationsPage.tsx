import type { NotificationListView, NotificationView } from '@mao/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api';
import { useErrorText, useFormat, useT } from '../i18n';
import { useResource } from '../shared/useResource';
import { Alert, Badge, Button, LiveStatus, Loading, PageTitle } from '../ui';
import { NOTIFICATIONS_CHANGED } from './NotificationsLink';

const announce = (unread: number) => window.dispatchEvent(new CustomEvent(NOTIFICATIONS_CHANGED, { detail: { unread } }));

/** `/meldingen`: the same events as the home page, as a list that can be marked read. */
export function NotificationsPage() {
  const t = useT();
  const h = t.home;
  const errorText = useErrorText();
  const list = useResource((signal) => api.home.notifications(signal), []);
  const [message, setMessage] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);

  const apply = (change: (data: NotificationListView) => NotificationListView) => list.update(change);

  const markRead = async (input: { ids: string[] } | { all: true }, done: string) => {
    setMessage(null);
    setActionError(null);
    try {
      const { unread } = await api.home.markRead(input);
      const at = new Date().toISOString();
      const ids = 'ids' in input ? new Set(input.ids) : null;
      apply((data) => ({ unread, items: data.items.map((item) => (ids === null || ids.has(item.id) ? { ...item, readAt: item.readAt ?? at } : item)) }));
      announce(unread);
      setMessage(done);
    } catch (error) {
      setActionError(error);
    }
  };

  return (
    <div className="page page--medium">
      <PageTitle title={h.notificationsTitle} siteName={t.common.appName} lead={h.notificationsIntro} />
      <LiveStatus message={message} />
      {actionError !== null && <Alert tone="error">{errorText(actionError)}</Alert>}
      {list.status === 'loading' && <Loading label={t.common.loading} />}
      {list.status === 'error' && (
        <Alert tone="error" title={h.notificationsLoadError}>
          <p>{errorText(list.error)}</p>
          <Button variant="secondary" onClick={list.reload}>
            {t.common.retry}
          </Button>
        </Alert>
      )}
      {list.status === 'ready' && (
        <div className="stack">
          <div className="notifications-head">
            <p>{h.unreadCount(list.data.unread)}</p>
            {list.data.unread > 0 && (
              <Button variant="secondary" onClick={() => void markRead({ all: true }, h.allMarkedRead)}>
                {h.markAllRead}
              </Button>
            )}
          </div>
          {list.data.items.length === 0 ? (
            <p className="empty">{h.noNotifications}</p>
          ) : (
            <ul className="notification-list" aria-label={h.notificationsTitle}>
              {list.data.items.map((item) => (
                <NotificationItem key={item.id} item={item} onRead={() => void markRead({ ids: [item.id] }, h.markedRead)} />
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

function NotificationItem({ item, onRead }: { item: NotificationView; onRead: () => void }) {
  const h = useT().home;
  const format = useFormat();
  const unread = item.readAt === null && !item.resolved;
  return (
    <li className={['notification', unread ? 'notification--unread' : null].filter(Boolean).join(' ')}>
      <p className="notification__kind">
        {h.kinds[item.kind]} {unread && <Badge tone="accent">{h.unread}</Badge>} {item.resolved && <Badge>{h.resolved}</Badge>}
      </p>
      <p className="notification__title">
        <Link to={item.link}>{item.title}</Link>
      </p>
      <p className="muted">
        {item.communityName ? `${item.communityName} · ` : ''}
        <time dateTime={item.createdAt}>{format.date(item.createdAt)}</time>
      </p>
      {unread && (
        <Button variant="quiet" onClick={onRead} aria-label={`${h.markRead}: ${item.title}`}>
          {h.markRead}
        </Button>
      )}
    </li>
  );
}
