import { formatClockTime, plannedAgenda, totalMinutes } from '@mao/intervisie-method';
import { useState } from 'react';
import { formatMoment, useLocale, useT } from '../i18n';
import { Button } from '../ui';
import { CasePanel, type LiveCase } from './CasePanel';
import { HelperRoles } from './HelperRoles';
import { helperRolesOf, roleOf, useLocalized, useRoom } from './room';

/** Before the start: who is here, the agenda with clock times, the casus, and the facilitator's Start. */
export function Lobby({ liveCase, startsAt }: { liveCase: LiveCase | null; startsAt: string | undefined }) {
  const t = useT();
  const localized = useLocalized();
  const { view, meId, run } = useRoom();
  const { state, method, roster } = view;
  const [starting, setStarting] = useState(false);
  const parsedStart = startsAt ? Date.parse(startsAt) : NaN;
  const start = Number.isNaN(parsedStart) ? null : parsedStart;
  const agenda = plannedAgenda(method, start ?? 0);
  const isFacilitator = state.facilitatorId === meId;
  const { locale } = useLocale();
  // An asynchronous session (or a mixed one that starts in writing) is opened by the clock.
  const firstWindow = view.session.windows?.find((window) => window.stepId === method.steps[0]?.id);
  const present = roster.filter((entry) => state.presentUserIds.includes(entry.userId));
  const absent = roster.filter((entry) => !state.presentUserIds.includes(entry.userId));
  const describe = (userId: string, name: string) => {
    const role = roleOf(view, userId);
    const parts = [role !== 'participant' ? t.live.roles[role] : null, ...helperRolesOf(view, userId).map((helper) => t.live.roles[helper]), userId === meId ? t.live.you : null].filter(Boolean);
    return parts.length ? `${name} (${parts.join(', ')})` : name;
  };
  const onStart = async () => {
    setStarting(true);
    await run({ type: 'start' });
    setStarting(false);
  };
  return (
    <div className="lobby">
      <section className="panel lobby__intro" aria-labelledby="live-lobby-title">
        <h2 id="live-lobby-title" className="panel__title">
          {t.live.lobby.title}
        </h2>
        {firstWindow ? <p className="lobby__opens">{t.live.window.lobbyOpens(formatMoment(firstWindow.opensAt, locale))}</p> : <p>{t.live.lobby.intro}</p>}
        {isFacilitator ? (
          <Button busy={starting} busyLabel={t.live.lobby.starting} onClick={() => void onStart()}>
            {t.live.lobby.start}
          </Button>
        ) : state.facilitatorId === null ? (
          <>
            <p>{t.live.lobby.noFacilitator}</p>
            <Button variant="secondary" onClick={() => void run({ type: 'assignFacilitator', userId: meId })}>
              {t.live.lobby.takeFacilitation}
            </Button>
          </>
        ) : (
          !firstWindow && <p className="muted">{t.live.lobby.waiting}</p>
        )}
      </section>
      <div className="lobby__grid">
        <section className="panel" aria-labelledby="live-lobby-present">
          <h2 id="live-lobby-present" className="panel__title">
            {t.live.lobby.present}
          </h2>
          <p className="muted" aria-live="polite">
            {t.live.lobby.presentCount(present.length)}
          </p>
          {present.length === 0 ? (
            <p className="muted">{t.live.lobby.nobody}</p>
          ) : (
            <ul className="person-list">
              {present.map((entry) => (
                <li key={entry.userId} className="person person--present">
                  <span className="person__dot" aria-hidden="true" />
                  {describe(entry.userId, entry.name)}
                </li>
              ))}
            </ul>
          )}
          {absent.length > 0 && (
            <>
              <h3 className="panel__subtitle">{t.live.lobby.absent}</h3>
              <ul className="person-list">
                {absent.map((entry) => (
                  <li key={entry.userId} className="person person--away">
                    <span className="person__dot" aria-hidden="true" />
                    {describe(entry.userId, entry.name)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section className="panel" aria-labelledby="live-lobby-agenda">
          <h2 id="live-lobby-agenda" className="panel__title">
            {t.live.lobby.agenda}
          </h2>
          <p className="muted">
            {t.live.lobby.agendaIntro(localized(method.name), totalMinutes(method))}
            {start === null && ` ${t.live.lobby.agendaNoTimes}`}
          </p>
          <ol className="agenda">
            {agenda.map((item) => (
              <li key={item.stepId} className="agenda__item">
                {start !== null && (
                  <span className="agenda__time">
                    {formatClockTime(item.startsAt)}–{formatClockTime(item.endsAt)}
                  </span>
                )}
                <span className="agenda__title">{localized(item.title)}</span>
                <span className="agenda__minutes muted">{t.live.lobby.minutes(item.timeboxMinutes)}</span>
              </li>
            ))}
          </ol>
        </section>
      </div>
      {isFacilitator && <HelperRoles />}
      {liveCase && <CasePanel found={liveCase} />}
    </div>
  );
}
