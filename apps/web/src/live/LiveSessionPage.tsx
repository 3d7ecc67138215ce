import { useCallback, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMe } from '../auth';
import { useLocale, useT } from '../i18n';
import { Alert, Button, Loading, PageTitle } from '../ui';
import { Announcer } from './Announcer';
import { useCase, useSessionInfo } from './CasePanel';
import { colorFor } from './collab';
import { Lobby } from './Lobby';
import { LiveRoom } from './LiveRoom';
import { ackErrorText, RoomContext, type Room } from './room';
import { Summary } from './Summary';
import type { LiveCommand } from './types';
import { useLiveSession } from './useLiveSession';
import './live.css';

/**
 * /sessies/:id/live — the live intervisie. Connects to the control channel, joins, and shows
 * the lobby, the room, or (after the end) the read-only summary. A lost connection is shown
 * and healed: socket.io reconnects, the page joins again and gets the current view.
 */
export function LiveSessionPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const live = useLiveSession(id);
  const info = useSessionInfo(id);
  const liveCase = useCase(id, info);
  const [feedback, setFeedback] = useState<string | null>(null);
  const { send } = live;

  const run = useCallback(
    async (command: LiveCommand) => {
      const ack = await send(command);
      if ('error' in ack) {
        setFeedback(ackErrorText(ack.error, locale, t));
        return false;
      }
      setFeedback(null);
      return true;
    },
    [send, locale, t],
  );

  const view = live.view;
  const room = useMemo<Room | null>(
    () =>
      view
        ? {
            sessionId: id,
            view,
            meId: view.me.userId,
            meName: view.roster.find((entry) => entry.userId === view.me.userId)?.name ?? me.name,
            awarenessUser: { name: me.name, color: colorFor(me.id) },
            offsetMs: live.offsetMs,
            run,
          }
        : null,
    [id, view, me.name, me.id, live.offsetMs, run],
  );

  const sessionLink = (
    <p className="breadcrumb">
      <Link to={`/sessies/${id}`}>{t.live.backToSession}</Link>
    </p>
  );

  if (live.phase === 'failed' || (live.phase === 'connecting' && live.failure)) {
    const failure = live.failure;
    const text = failure ? ackErrorText(failure, locale, t) : t.live.failureFallback;
    return (
      <div className="page page--narrow">
        {sessionLink}
        <PageTitle title={t.live.failedTitle} siteName={t.common.appName} />
        <Alert tone="error">
          <p>{text || t.live.failureFallback}</p>
        </Alert>
        <div className="button-row">
          {failure?.code === 'unauthenticated' ? (
            <Link className="button button--primary" to="/inloggen" state={{ from: `/sessies/${id}/live` }}>
              {t.live.loginAgain}
            </Link>
          ) : (
            <Button variant="secondary" onClick={live.retry}>
              {t.live.reconnect}
            </Button>
          )}
        </div>
      </div>
    );
  }

  if (!room || !view) return <Loading label={t.live.connecting} />;

  const ended = view.state.status === 'ended' || view.session.status === 'closed';
  const inRoom = !ended && view.session.status !== 'cancelled' && view.state.status !== 'lobby';
  return (
    <RoomContext.Provider value={room}>
      <div className={['page', 'page--live', inRoom ? 'page--live-room' : null].filter(Boolean).join(' ')}>
        {sessionLink}
        <PageTitle title={view.session.title} siteName={t.common.appName} />
        <Announcer />
        {!live.online && (
          <Alert tone="warning">
            <p>{t.live.status.controlOffline}</p>
          </Alert>
        )}
        <div className="live-feedback" role="alert">
          {feedback && (
            <div className="alert alert--error">
              <span className="alert__icon" aria-hidden="true">
                !
              </span>
              <div className="alert__body">
                <p>{feedback}</p>
              </div>
              <button type="button" className="button button--quiet" onClick={() => setFeedback(null)}>
                {t.live.dismiss}
              </button>
            </div>
          )}
        </div>
        {view.session.status === 'cancelled' ? (
          <Alert tone="info">
            <p>{t.live.cancelled}</p>
          </Alert>
        ) : ended ? (
          <Summary />
        ) : view.state.status === 'lobby' ? (
          <Lobby liveCase={liveCase} startsAt={info?.startsAt} />
        ) : (
          <LiveRoom liveCase={liveCase} videoUrl={info?.videoUrl} />
        )}
      </div>
    </RoomContext.Provider>
  );
}
