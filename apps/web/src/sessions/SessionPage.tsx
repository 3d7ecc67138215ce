import { liveEntry, RSVP_RESPONSES, type RsvpResponse, type SessionView } from '@mao/domain';
import { findBuiltInMethod, formatClockTime } from '@mao/intervisie-method';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../api';
import { useErrorText, useLocale, useT } from '../i18n';
import { SessionHarvestLinks } from '../lessons';
import { SessionSummaryLink } from '../agreements';
import { useFlash } from '../shared/flash';
import { useResource } from '../shared/useResource';
import { Alert, Badge, Button, buttonClass, ConfirmAction, LiveStatus, Loading, PageTitle, Section } from '../ui';
import { todayInAmsterdam, useSessionFormat } from './format';
import { MethodAgenda } from './MethodAgenda';
import { caseMaybeText, isMaybeWithoutSeat } from './case-maybe';
import { LoadFailedPage } from '../shared/LoadFailedPage';

/** `/sessies/:id`: everything about one session, with RSVP, calendar, casus and (for facilitators) changes. */
export function SessionPage() {
  const { id = '' } = useParams();
  const t = useT();
  const s = t.sessions;
  const flash = useFlash();
  const session = useResource((signal) => api.sessions.get(id, signal), [id]);
  const back = (
    <p className="breadcrumb">
      <Link to="/sessies">{s.backToList}</Link>
    </p>
  );

  if (session.status === 'loading') return <Loading label={t.common.loading} />;
  if (session.status === 'error') return <LoadFailedPage error={session.error} notFoundTitle={s.notFound} errorTitle={s.pageLoadError} onRetry={session.reload} back={back} />;

  return (
    <div className="page">
      {back}
      <SessionContent session={session.data} flash={flash?.message} flashTone={flash?.kind} onChange={(next) => session.update(() => next)} />
    </div>
  );
}

interface ContentProps {
  session: SessionView;
  flash: string | undefined;
  flashTone: 'success' | 'info' | undefined;
  onChange: (next: SessionView) => void;
}

function SessionContent({ session, flash, flashTone, onChange }: ContentProps) {
  const t = useT();
  const s = t.sessions;
  const format = useSessionFormat();
  const [status, setStatus] = useState<string | null>(null);
  const open = session.status === 'scheduled' || session.status === 'live';
  // On the day (or while it runs) everyone sees how to get in, or why not. A "maybe" confirms
  // first: the live room retells the casus, which only confirmed seats read.
  const today = todayInAmsterdam();
  const showJoin = session.status === 'live' || session.localDate === today;

  return (
    <>
      <PageTitle
        title={session.title}
        siteName={t.common.appName}
        lead={
          <>
            {session.mode !== 'live' && (
              <>
                <Badge>{s.modeBadge[session.mode]}</Badge>{' '}
              </>
            )}
            <time dateTime={session.startsAt}>{format.whenOf(session)}</time> · <Link to={`/cops/${session.communityId}`}>{session.communityName}</Link>
          </>
        }
      />
      <LiveStatus message={status ?? flash} tone={status ? 'success' : flashTone} />
      {session.status === 'cancelled' && <Alert tone="warning">{s.cancelledNotice}</Alert>}
      {session.status === 'closed' && <Alert tone="info">{s.closedNotice}</Alert>}
      <div className="stack">
        {session.canWriteCase && open && <PresenterNotice session={session} />}
        {showJoin && <JoinPanel session={session} today={today} onChange={onChange} />}
        <SessionSummaryLink session={session} />
        <SessionHarvestLinks session={session} />
        <DetailsSection session={session} />
        {session.myRole !== null && <RsvpSection session={session} open={open} onChange={onChange} />}
        <CaseSection session={session} />
        {session.mode !== 'live' && <ScheduleSection session={session} />}
        {/* Clock times belong to a meeting: an asynchronous session has none, a mixed one only for its live part. */}
        {session.mode !== 'async' && <StepsSection session={session} />}
        <ParticipantsSection session={session} />
        {open && session.status !== 'live' && <CalendarSection session={session} />}
        {session.canManage && session.status === 'scheduled' && (
          <ManageSection
            session={session}
            onCancelled={(next) => {
              onChange(next);
              setStatus(s.cancelledDone);
              // The section with the confirmation is gone: continue at the page's heading.
              document.querySelector<HTMLElement>('[data-page-title]')?.focus();
            }}
          />
        )}
      </div>
    </>
  );
}

/** Issue 15: the inbrenger sees their role at the top, that a casus is expected, and where to write it. */
function PresenterNotice({ session }: { session: SessionView }) {
  const s = useT().sessions;
  const text = session.hasCase ? s.presenterNoticeReady : session.hasCaseDraft ? s.presenterNoticeDraft : s.presenterNoticeTodo;
  return (
    <Alert tone={session.hasCase ? 'success' : 'info'} title={s.presenterNoticeTitle}>
      <p>{text}</p>
      {session.status === 'scheduled' && (
        <p>
          <Link to={`/sessies/${session.id}/casus`} className={buttonClass(session.hasCase ? 'secondary' : 'primary')}>
            {session.hasCase ? s.caseEdit : session.hasCaseDraft ? s.caseContinueDraft : s.caseWrite}
          </Link>
        </p>
      )}
    </Alert>
  );
}

/**
 * Issue 15: on the day, how this person gets into the live room — straight in (a seat), "yes" and
 * in with one click (a member without a seat, while places are free), or why not (full,
 * cancelled, ended, not a member). The rule is `liveEntry` in @mao/domain.
 */
function JoinPanel({ session, today, onChange }: { session: SessionView; today: string; onChange: (next: SessionView) => void }) {
  const t = useT();
  const s = t.sessions;
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const entry = liveEntry({ ...session, yesCount: session.counts.yes }, today);
  const liveUrl = `/sessies/${session.id}/live`;
  // A running asynchronous session (or the written part of a mixed one) is not "today's meeting".
  const written = session.status === 'live' && session.mode !== 'live' && session.windows.some((window) => window.stepId === session.currentStepId);

  const join = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const next = await api.sessions.rsvp(session.id, 'yes');
      onChange(next);
      void navigate(liveUrl);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  let body;
  if (entry.kind === 'enter') {
    body = (
      <>
        <p>{written ? s.joinHintSeatWritten : s.joinHintSeat}</p>
        <Link to={liveUrl} className={buttonClass('primary')}>
          {written ? s.liveLinkWritten : s.liveLink}
        </Link>
      </>
    );
  } else if (entry.kind === 'rsvp-and-enter') {
    body = (
      <>
        <p>{session.myRsvp === 'maybe' ? s.joinHintMaybe : written ? s.joinHintNoSeatWritten : s.joinHintNoSeat}</p>
        {error !== null && <Alert tone="error">{errorText(error)}</Alert>}
        <Button busy={busy} busyLabel={s.joinBusy} onClick={() => void join()}>
          {s.joinRsvpAndEnter}
        </Button>
      </>
    );
  } else {
    const reason = entry.reason;
    body = <p>{reason === 'full' ? s.joinRefused.full(session.maxParticipants, session.facilitator.name) : s.joinRefused[reason]}</p>;
  }
  return (
    <section className="card session-live" aria-labelledby="session-join-title">
      <h2 id="session-join-title" className="section__title">
        {s.joinTitle}
      </h2>
      {body}
    </section>
  );
}

function DetailsSection({ session }: { session: SessionView }) {
  const t = useT();
  const s = t.sessions;
  const { locale } = useLocale();
  const format = useSessionFormat();
  return (
    <Section title={s.detailsTitle}>
      <dl className="facts">
        <div>
          <dt>{s.when}</dt>
          <dd>
            <time dateTime={session.startsAt}>{format.whenOf(session)}</time>
          </dd>
        </div>
        <div>
          <dt>{s.modeFact}</dt>
          <dd>{s.modes[session.mode].label}</dd>
        </div>
        <div>
          <dt>{s.statusLabel}</dt>
          <dd>
            <Badge tone={session.status === 'live' ? 'accent' : 'neutral'}>{s.status[session.status]}</Badge>
          </dd>
        </div>
        <div>
          <dt>{s.metaCop}</dt>
          <dd>
            <Link to={`/cops/${session.communityId}`}>{session.communityName}</Link>
          </dd>
        </div>
        <div>
          <dt>{s.metaMethod}</dt>
          <dd>{session.method.name[locale]}</dd>
        </div>
        <div>
          <dt>{s.facilitator}</dt>
          <dd>{session.facilitator.name}</dd>
        </div>
        <div>
          <dt>{s.presenter}</dt>
          <dd>{session.presenter?.name ?? s.presenterNone}</dd>
        </div>
        {session.myRole && (
          <div>
            <dt>{s.metaRole}</dt>
            <dd>{s.roles[session.myRole]}</dd>
          </div>
        )}
        <div>
          <dt>{s.videoUrl}</dt>
          <dd>
            {session.videoUrl ? (
              <a href={session.videoUrl} target="_blank" rel="noopener noreferrer">
                {s.videoOpen}
              </a>
            ) : (
              s.videoNone
            )}
          </dd>
        </div>
        {session.notes && (
          <div>
            <dt>{s.notes}</dt>
            <dd className="pre-line">{session.notes}</dd>
          </div>
        )}
      </dl>
    </Section>
  );
}

function RsvpSection({ session, open, onChange }: { session: SessionView; open: boolean; onChange: (next: SessionView) => void }) {
  const t = useT();
  const s = t.sessions;
  const errorText = useErrorText();
  const [busy, setBusy] = useState<RsvpResponse | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const answer = async (response: RsvpResponse) => {
    if (busy) return;
    setBusy(response);
    setSaved(null);
    setError(null);
    try {
      const next = await api.sessions.rsvp(session.id, response);
      onChange(next);
      setSaved(s.rsvpSaved(s.rsvpState[next.myRsvp ?? response]));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };

  const current = session.myRsvp ? s.rsvpState[session.myRsvp] : s.rsvpNone;
  return (
    <Section title={s.rsvpTitle}>
      <p className="rsvp__current">{s.rsvpCurrent(current)}</p>
      <LiveStatus message={saved} />
      {error !== null && <Alert tone="error">{errorText(error)}</Alert>}
      {open ? (
        <>
          <div className="button-row rsvp" role="group" aria-label={s.rsvpGroup}>
            {RSVP_RESPONSES.map((response) => (
              <Button
                key={response}
                variant={session.myRsvp === response ? 'primary' : 'secondary'}
                aria-pressed={session.myRsvp === response}
                busy={busy === response}
                busyLabel={t.common.saving}
                onClick={() => void answer(response)}
              >
                {s.rsvp[response]}
              </Button>
            ))}
          </div>
          {(session.myRole === 'facilitator' || session.myRole === 'presenter') && <p className="muted">{s.rsvpHolderHint}</p>}
        </>
      ) : (
        <p className="muted">{s.rsvpClosedHint}</p>
      )}
    </Section>
  );
}

function CaseSection({ session }: { session: SessionView }) {
  const t = useT();
  const s = t.sessions;
  let body;
  if (session.canWriteCase) {
    body = (
      <>
        {/* The link to the editor is in the inbrenger's notice at the top of the page. */}
        <p>{session.hasCase ? s.casePresenterReady : session.hasCaseDraft ? s.casePresenterDraft : s.casePresenterTodo}</p>
        {session.hasCase && session.status !== 'scheduled' && (
          <p>
            <Link to={`/sessies/${session.id}/casus`} className={buttonClass('secondary')}>
              {s.caseRead}
            </Link>
          </p>
        )}
      </>
    );
  } else if (!session.presenter) {
    body = <p>{s.caseNoPresenter}</p>;
  } else if (session.canReadCase) {
    body = session.hasCase ? (
      <>
        <p className="muted">{s.caseReaderHint}</p>
        <p>
          <Link to={`/sessies/${session.id}/casus`} className={buttonClass('secondary')}>
            {s.caseRead}
          </Link>
        </p>
      </>
    ) : (
      <p>{s.caseNotYet}</p>
    );
  } else if (isMaybeWithoutSeat(session)) {
    // "Maybe" has no seat yet: say why the casus stays closed and how to open it.
    body = <p>{caseMaybeText(session, s)}</p>;
  } else {
    body = <p>{session.myRole ? s.caseRsvpFirst : s.caseReaderHint}</p>;
  }
  return <Section title={s.caseTitle}>{body}</Section>;
}

/** The step number of a mixed session's first live step (the steps before it are written). */
function firstLiveNumber(session: SessionView): number {
  const written = new Set(session.windows.map((window) => window.stepId));
  const index = session.agenda.findIndex((item) => !written.has(item.stepId));
  return index < 0 ? 1 : index + 1;
}

function StepsSection({ session }: { session: SessionView }) {
  const t = useT();
  const s = t.sessions;
  const { locale } = useLocale();
  const builtIn = session.method.source === 'builtin' ? findBuiltInMethod(session.method.id) : undefined;
  const written = new Set(session.windows.map((window) => window.stepId));
  const rows = session.mode === 'mixed' ? liveRows(session, locale) : session.agenda.map((item) => ({
    key: item.stepId,
    title: item.title[locale],
    minutes: item.timeboxMinutes,
    startClock: item.startClock,
    endClock: item.endClock,
  }));
  return (
    <Section title={s.stepsTitle} intro={session.mode === 'mixed' && written.size > 0 ? s.stepsIntroMixed(session.method.name[locale]) : s.stepsIntro(session.method.name[locale])}>
      {builtIn && <p>{builtIn.description[locale]}</p>}
      <MethodAgenda rows={rows} label={s.agendaStepsLabel} firstNumber={session.mode === 'mixed' ? firstLiveNumber(session) : 1} />
    </Section>
  );
}

/** The live steps of a mixed session back to back from the meeting's start (the api's agenda runs every step from it). */
function liveRows(session: SessionView, locale: 'nl' | 'en') {
  const written = new Set(session.windows.map((window) => window.stepId));
  let at = Date.parse(session.startsAt);
  return session.agenda
    .filter((item) => !written.has(item.stepId))
    .map((item) => {
      const startsAt = at;
      at += item.timeboxMinutes * 60_000;
      return { key: item.stepId, title: item.title[locale], minutes: item.timeboxMinutes, startClock: formatClockTime(startsAt), endClock: formatClockTime(at) };
    });
}

/**
 * Issue 16: when each written step is open — and, in a mixed session, where the live meeting
 * falls between them. While the session runs, the step that is open now links to the room.
 */
function ScheduleSection({ session }: { session: SessionView }) {
  const t = useT();
  const s = t.sessions;
  const { locale } = useLocale();
  const format = useSessionFormat();
  const builtIn = session.mode === 'async' && session.method.source === 'builtin' ? findBuiltInMethod(session.method.id) : undefined;
  const running = session.status === 'live';
  const numberOf = (stepId: string) => (session.agenda.find((item) => item.stepId === stepId)?.index ?? 0) + 1;
  const firstLive = session.agenda.find((item) => !session.windows.some((window) => window.stepId === item.stepId));
  const meetingAt = firstLive ? firstLive.index : -1;
  const before = session.windows.filter((window) => numberOf(window.stepId) - 1 < meetingAt || meetingAt < 0);
  const after = session.windows.filter((window) => !before.includes(window));
  const currentIsLive = session.currentStepId !== null && !session.windows.some((window) => window.stepId === session.currentStepId);
  const roomLink = (
    <Link to={`/sessies/${session.id}/live`} className={buttonClass('primary')}>
      {s.toStep}
    </Link>
  );
  const windowItem = (window: SessionView['windows'][number]) => {
    const now = running && session.currentStepId === window.stepId;
    return (
      <li key={window.stepId} className={['schedule__item', now ? 'schedule__item--now' : null].filter(Boolean).join(' ')} aria-current={now ? 'step' : undefined}>
        <p>
          <time dateTime={window.opensAt}>{s.scheduleWindow(numberOf(window.stepId), window.title[locale], window.opensLabel[locale], window.closesLabel[locale])}</time>
        </p>
        {now && (
          <>
            <p className="schedule__now">{s.openNow(window.closesLabel[locale])}</p>
            <p>{roomLink}</p>
          </>
        )}
      </li>
    );
  };
  const meetingNow = running && currentIsLive;
  return (
    <Section title={s.scheduleTitle} intro={session.mode === 'async' ? s.scheduleIntroAsync : s.scheduleIntroMixed}>
      {builtIn && <p>{builtIn.description[locale]}</p>}
      <ol className="schedule" aria-label={s.scheduleLabel}>
        {(session.mode === 'async' ? session.windows : before).map(windowItem)}
        {session.mode === 'mixed' && (
          <li className={['schedule__item', 'schedule__item--meeting', meetingNow ? 'schedule__item--now' : null].filter(Boolean).join(' ')} aria-current={meetingNow ? 'step' : undefined}>
            <p>
              <time dateTime={session.startsAt}>{s.meetingLine(format.day(session.startsAt), format.time(session.startsAt), format.time(session.endsAt))}</time>
            </p>
            {meetingNow && (
              <>
                <p className="schedule__now">{s.meetingNow}</p>
                <p>{roomLink}</p>
              </>
            )}
          </li>
        )}
        {session.mode === 'mixed' && after.map(windowItem)}
      </ol>
    </Section>
  );
}

function ParticipantsSection({ session }: { session: SessionView }) {
  const t = useT();
  const s = t.sessions;
  const groups: Array<{ response: RsvpResponse; title: string }> = [
    { response: 'yes', title: s.groupYes },
    { response: 'maybe', title: s.groupMaybe },
    { response: 'no', title: s.groupNo },
  ];
  return (
    <Section title={s.participantsTitle} intro={s.seats(session.counts.yes, session.maxParticipants)}>
      <div className="rsvp-groups">
        {groups.map((group) => {
          const people = session.participants.filter((p) => p.rsvp === group.response);
          return (
            <div key={group.response} className="rsvp-group">
              <h3 className="rsvp-group__title">
                {group.title} ({people.length})
              </h3>
              {people.length === 0 ? (
                <p className="muted">{s.groupEmpty}</p>
              ) : (
                <ul className="rsvp-group__list">
                  {people.map((p) => (
                    <li key={p.userId}>
                      {p.name}
                      {p.userId === session.facilitator.id && <span className="muted"> · {s.roles.facilitator}</span>}
                      {p.userId === session.presenter?.id && <span className="muted"> · {s.roles.presenter}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </div>
      {session.counts.noResponse > 0 && <p className="muted">{s.noResponse(session.counts.noResponse)}</p>}
    </Section>
  );
}

function CalendarSection({ session }: { session: SessionView }) {
  const t = useT();
  const s = t.sessions;
  return (
    <Section title={s.calendarTitle}>
      <p>
        <a href={api.sessions.icsUrl(session.id)} download="intervisie.ics" className={buttonClass('secondary')}>
          {s.addToCalendar}
        </a>
      </p>
      <p className="muted">{s.calendarHint}</p>
      <p>
        {s.feedHintBefore} <Link to="/account">{s.feedHintLink}</Link>.
      </p>
    </Section>
  );
}

function ManageSection({ session, onCancelled }: { session: SessionView; onCancelled: (next: SessionView) => void }) {
  const t = useT();
  const s = t.sessions;
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const cancel = async () => {
    setBusy(true);
    setError(null);
    try {
      onCancelled(await api.sessions.cancel(session.id));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Section title={s.manageTitle}>
      {error !== null && <Alert tone="error">{errorText(error)}</Alert>}
      <div className="button-row">
        <Link to={`/sessies/${session.id}/wijzigen`} className={buttonClass('secondary')}>
          {s.edit}
        </Link>
        <ConfirmAction
          triggerLabel={s.cancel}
          question={s.cancelQuestion(session.title)}
          confirmLabel={s.cancelYes}
          cancelLabel={s.cancelNo}
          busy={busy}
          busyLabel={s.cancelling}
          onConfirm={cancel}
        />
      </div>
    </Section>
  );
}
