import { Link } from 'react-router';
import { api } from '../api';
import { useErrorText, useT } from '../i18n';
import { useResource } from '../shared/useResource';
import { Alert, Button, buttonClass, Loading, Section } from '../ui';
import { SessionList } from './SessionList';
import { splitSessions } from './upcoming';

/** The "Bijeenkomsten" section of a CoP page: upcoming and past sessions, and "plan" for facilitators. */
export function CommunitySessionsSection({ communityId, canSchedule }: { communityId: string; canSchedule: boolean }) {
  const t = useT();
  const errorText = useErrorText();
  const s = t.sessions;
  const sessions = useResource((signal) => api.sessions.forCommunity(communityId, signal), [communityId]);
  const split = sessions.status === 'ready' ? splitSessions(sessions.data) : null;

  return (
    <Section title={s.copTitle}>
      {canSchedule && (
        <p>
          <Link to={`/cops/${communityId}/sessies/nieuw`} className={buttonClass('primary')}>
            {s.copPlan}
          </Link>
        </p>
      )}
      {sessions.status === 'loading' && <Loading label={t.common.loading} />}
      {sessions.status === 'error' && (
        <Alert tone="error" title={s.loadError}>
          <p>{errorText(sessions.error)}</p>
          <Button variant="secondary" onClick={sessions.reload}>
            {t.common.retry}
          </Button>
        </Alert>
      )}
      {split && (
        <>
          {split.upcoming.length === 0 ? (
            <p className="empty">{s.copEmpty}</p>
          ) : (
            <SessionList sessions={split.upcoming} label={s.upcomingTitle} />
          )}
          {split.past.length > 0 && (
            <>
              <h3 className="section__subtitle">{s.copPastTitle}</h3>
              <SessionList sessions={split.past} label={s.copPastTitle} />
            </>
          )}
        </>
      )}
    </Section>
  );
}
