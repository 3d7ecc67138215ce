import type { HomeSessionItem, HomeView } from '@mao/domain';
import { Link, Navigate } from 'react-router';
import { api } from '../api';
import { useAuth } from '../auth';
import { useErrorText, useFormat, useLocale, useT } from '../i18n';
import { useResource } from '../shared/useResource';
import { Alert, Badge, Button, Loading, PageTitle, Section, buttonClass } from '../ui';

/**
 * `/`: the landing page. Not logged in: to the login page. Logged in: "Wat staat er voor mij
 * klaar" — my next sessions with role and RSVP, what I have to do (casus, harvest, RSVP),
 * proposals to support and new lessons since my last visit (the api records the visit).
 */
export function HomePage() {
  const { status, me } = useAuth();
  const t = useT();
  if (status === 'checking') return <Loading label={t.common.loading} />;
  if (!me) return <Navigate to="/inloggen" replace />;
  return <Home />;
}

function Home() {
  const t = useT();
  const h = t.home;
  const errorText = useErrorText();
  const home = useResource((signal) => api.home.get(signal), []);
  return (
    <div className="page">
      <PageTitle title={h.title} siteName={t.common.appName} lead={h.intro} />
      {home.status === 'loading' && <Loading label={t.common.loading} />}
      {home.status === 'error' && (
        <Alert tone="error" title={h.loadError}>
          <p>{errorText(home.error)}</p>
          <Button variant="secondary" onClick={home.reload}>
            {t.common.retry}
          </Button>
        </Alert>
      )}
      {home.status === 'ready' && <HomeSections view={home.data} />}
    </div>
  );
}

function HomeSections({ view }: { view: HomeView }) {
  return (
    <div className="home-grid">
      <TodoSection view={view} />
      <SessionsSection sessions={view.sessions} />
      <ProposalsSection view={view} />
      <LessonsSection view={view} />
    </div>
  );
}

function TodoSection({ view }: { view: HomeView }) {
  const h = useT().home;
  const rsvps = view.sessions.filter((s) => s.role === 'participant' && s.rsvp === null && s.status === 'scheduled');
  const format = useFormat();
  const empty = view.casusToWrite.length + view.harvestToReview.length + view.agreementsDue.length + rsvps.length === 0;
  return (
    <Section title={h.todoTitle} className="home-todo">
      {empty ? (
        <p className="empty">{h.nothingToDo}</p>
      ) : (
        <ul className="home-list" aria-label={h.todoTitle}>
          {view.casusToWrite.map((s) => (
            <li key={`casus-${s.id}`} className="home-item">
              <p className="home-item__title">{h.casusToWrite(s.title)}</p>
              <p className="muted">{h.casusToWriteHint}</p>
              <Link className={buttonClass('secondary')} to={`/sessies/${s.id}/casus`}>
                {h.writeCasus}
              </Link>
            </li>
          ))}
          {view.harvestToReview.map((item) => (
            <li key={`harvest-${item.sessionId}`} className="home-item">
              <p className="home-item__title">{h.harvestToReview(item.title, item.draftCount)}</p>
              <p className="muted">{item.communityName}</p>
              <Link className={buttonClass('secondary')} to={`/sessies/${item.sessionId}/oogst`}>
                {h.reviewHarvest}
              </Link>
            </li>
          ))}
          {view.agreementsDue.map((a) => (
            <li key={`agreement-${a.id}`} className="home-item">
              <p className="home-item__title">
                {h.agreementDue(a.what)} {a.overdue && <Badge tone="accent">{h.overdue}</Badge>}
              </p>
              <p className="muted">{h.agreementMeta(a.communityName, format.date(`${a.dueDate}T12:00:00Z`), a.overdue)}</p>
              <Link className={buttonClass('secondary')} to={`/cops/${a.communityId}/afspraken`}>
                {h.toAgreements}
              </Link>
            </li>
          ))}
          {rsvps.map((s) => (
            <li key={`rsvp-${s.id}`} className="home-item">
              <p className="home-item__title">{h.answerRsvp(s.title)}</p>
              <SessionMeta session={s} />
              <Link className={buttonClass('secondary')} to={`/sessies/${s.id}`}>
                {h.answer}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function SessionMeta({ session }: { session: HomeSessionItem }) {
  const h = useT().home;
  const format = useFormat();
  return <p className="muted">{h.sessionMeta(session.communityName, format.date(session.startsAt), session.startClock)}</p>;
}

function SessionsSection({ sessions }: { sessions: HomeSessionItem[] }) {
  const t = useT();
  const h = t.home;
  const { locale } = useLocale();
  const localized = (text: { nl: string; en: string }) => text[locale] || text.nl;
  return (
    <Section title={h.sessionsTitle}>
      {sessions.length === 0 ? (
        <p className="empty">{h.noSessions}</p>
      ) : (
        <ul className="home-list" aria-label={h.sessionsTitle}>
          {sessions.map((s) => (
            <li key={s.id} className="home-item">
              <p className="home-item__title">
                <Link to={`/sessies/${s.id}`}>{s.title}</Link> {s.status === 'live' && <Badge tone="accent">{h.live}</Badge>}
              </p>
              <SessionMeta session={s} />
              {s.openStep && (
                <p className="home-item__open-step">
                  <Link to={`/sessies/${s.id}/live`}>{h.openStep(localized(s.openStep.title), localized(s.openStep.closesLabel))}</Link>
                </p>
              )}
              <p className="home-item__tags">
                {s.role && <Badge>{h.role[s.role]}</Badge>} <Badge tone={s.rsvp === null ? 'accent' : 'neutral'}>{s.rsvp ? h.rsvp[s.rsvp] : h.noRsvp}</Badge>
              </p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/sessies">{h.allSessions}</Link>
      </p>
    </Section>
  );
}

function ProposalsSection({ view }: { view: HomeView }) {
  const t = useT();
  const h = t.home;
  return (
    <Section title={h.proposalsTitle}>
      {view.proposalsToVote.length === 0 ? (
        <p className="empty">{h.noProposals}</p>
      ) : (
        <ul className="home-list" aria-label={h.proposalsTitle}>
          {view.proposalsToVote.map((p) => (
            <li key={p.id} className="home-item">
              <p className="home-item__title">
                <Link to={`/voorstellen/${p.id}`}>{p.title}</Link>
              </p>
              <p className="muted">
                {t.proposals.kinds[p.kind]}
                {p.theme ? ` · ${p.theme}` : ''} · {p.communityName} · {h.supportCount(p.supportCount)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function LessonsSection({ view }: { view: HomeView }) {
  const h = useT().home;
  const format = useFormat();
  const { inMyCops, onPlatform, latest } = view.newLessons;
  return (
    <Section title={h.lessonsTitle} intro={view.since ? h.lessonsSince(format.date(view.since)) : h.lessonsSinceFirst}>
      {inMyCops + onPlatform === 0 ? (
        <p className="empty">{h.noLessons}</p>
      ) : (
        <>
          <p>{h.lessonCounts(inMyCops, onPlatform)}</p>
          <ul className="home-list" aria-label={h.lessonsTitle}>
            {latest.map((lesson) => (
              <li key={lesson.id} className="home-item">
                <p className="home-item__title">
                  <Link to={`/lessen/${lesson.id}`}>{lesson.snippet}</Link>
                </p>
                <p className="muted">
                  {lesson.communityName}
                  {lesson.fromMyCop ? '' : ` · ${h.platformLesson}`} · {format.date(lesson.publishedAt)}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to="/lessen">{h.toLibrary}</Link>
      </p>
    </Section>
  );
}
