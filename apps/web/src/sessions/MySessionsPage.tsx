import { api } from '../api';
import { useErrorText, useT } from '../i18n';
import { useResource } from '../shared/useResource';
import { Alert, Button, Loading, PageTitle, Section } from '../ui';
import { SessionList } from './SessionList';
import { splitSessions } from './upcoming';

/** "Mijn bijeenkomsten": upcoming first, then past, across all my CoPs. */
export function MySessionsPage() {
  const t = useT();
  const errorText = useErrorText();
  const sessions = useResource((signal) => api.sessions.mine(signal), []);
  const s = t.sessions;

  return (
    <div className="page">
      <PageTitle title={s.myTitle} siteName={t.common.appName} lead={s.myIntro} />
      {sessions.status === 'loading' && <Loading label={t.common.loading} />}
      {sessions.status === 'error' && (
        <Alert tone="error" title={s.loadError}>
          <p>{errorText(sessions.error)}</p>
          <Button variant="secondary" onClick={sessions.reload}>
            {t.common.retry}
          </Button>
        </Alert>
      )}
      {sessions.status === 'ready' && <Lists sessions={sessions.data} />}
    </div>
  );
}

function Lists({ sessions }: { sessions: Parameters<typeof splitSessions>[0] }) {
  const t = useT();
  const s = t.sessions;
  const { upcoming, past } = splitSessions(sessions);
  return (
    <div className="stack">
      <Section title={s.upcomingTitle}>
        {upcoming.length === 0 ? <p className="empty">{s.noUpcoming}</p> : <SessionList sessions={upcoming} label={s.upcomingTitle} showCommunity />}
      </Section>
      <Section title={s.pastTitle}>
        {past.length === 0 ? <p className="empty">{s.noPast}</p> : <SessionList sessions={past} label={s.pastTitle} showCommunity />}
      </Section>
    </div>
  );
}
