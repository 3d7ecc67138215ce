import type { SessionView } from '@mao/domain';
import { Link } from 'react-router';
import { useLocale, useT } from '../i18n';
import { Badge } from '../ui';
import { useSessionFormat } from './format';

export interface SessionListProps {
  sessions: readonly SessionView[];
  /** Accessible name of the list. */
  label: string;
  /** Show the CoP of each session (on "my sessions"; not on a CoP's own page). */
  showCommunity?: boolean;
  /** Heading level of each session's title. */
  headingLevel?: 3 | 4;
}

/** Sessions as cards: title (link), date and time in Dutch time, CoP, method, my role, my answer, my casus. */
export function SessionList({ sessions, label, showCommunity = false, headingLevel = 3 }: SessionListProps) {
  return (
    <ul className="session-list" aria-label={label}>
      {sessions.map((session) => (
        <SessionItem key={session.id} session={session} showCommunity={showCommunity} headingLevel={headingLevel} />
      ))}
    </ul>
  );
}

function SessionItem({ session, showCommunity, headingLevel }: { session: SessionView; showCommunity: boolean; headingLevel: 3 | 4 }) {
  const t = useT();
  const { locale } = useLocale();
  const format = useSessionFormat();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const s = t.sessions;
  // A running asynchronous or mixed session: the step open for writing now.
  const openWindow = session.status === 'live' ? session.windows.find((window) => window.stepId === session.currentStepId) : undefined;
  return (
    <li className={['session-card', session.status === 'cancelled' ? 'session-card--cancelled' : null].filter(Boolean).join(' ')}>
      <Heading className="session-card__title">
        <Link to={`/sessies/${session.id}`}>{session.title}</Link>
        {session.status !== 'scheduled' && (
          <>
            {' '}
            <Badge tone={session.status === 'live' ? 'accent' : 'neutral'}>{s.status[session.status]}</Badge>
          </>
        )}
        {session.mode !== 'live' && (
          <>
            {' '}
            <Badge>{s.modeBadge[session.mode]}</Badge>
          </>
        )}
      </Heading>
      <p className="session-card__when">
        <time dateTime={session.startsAt}>{format.whenOf(session)}</time>
      </p>
      {openWindow && (
        <p className="session-card__now">
          {s.scheduleWindow(stepNumber(session, openWindow.stepId), openWindow.title[locale], openWindow.opensLabel[locale], openWindow.closesLabel[locale])} ·{' '}
          <strong>{s.openNow(openWindow.closesLabel[locale])}</strong> · <Link to={`/sessies/${session.id}/live`}>{s.toStep}</Link>
        </p>
      )}
      <dl className="session-card__meta">
        {showCommunity && (
          <div>
            <dt>{s.metaCop}</dt>
            <dd>{session.communityName}</dd>
          </div>
        )}
        <div>
          <dt>{s.metaMethod}</dt>
          <dd>{session.method.name[locale]}</dd>
        </div>
        {session.myRole && (
          <div>
            <dt>{s.metaRole}</dt>
            <dd>{s.roles[session.myRole]}</dd>
          </div>
        )}
        {session.myRole && (
          <div>
            <dt>{s.metaRsvp}</dt>
            <dd>{session.myRsvp ? s.rsvpState[session.myRsvp] : s.rsvpNone}</dd>
          </div>
        )}
        {session.canWriteCase && (
          <div>
            <dt>{s.metaCase}</dt>
            <dd>
              {session.hasCase ? s.caseReady : s.caseMissing}
              {session.status === 'scheduled' && (
                <>
                  {' · '}
                  <Link to={`/sessies/${session.id}/casus`}>{session.hasCase ? s.caseEdit : s.casePrepare}</Link>
                </>
              )}
            </dd>
          </div>
        )}
      </dl>
    </li>
  );
}

const stepNumber = (session: SessionView, stepId: string) => (session.agenda.find((item) => item.stepId === stepId)?.index ?? 0) + 1;
