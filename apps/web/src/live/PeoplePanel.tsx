import { everyoneReady, readiness } from '@mao/intervisie-method';
import { Check, Hand } from 'lucide-react';
import { useT } from '../i18n';
import { Button } from '../ui';
import { helperRolesOf, nameOf, roleOf, useRoom } from './room';
import { currentWindow } from './window-clock';

/** Who is here, raised hands in order (the facilitator gives turns in this order), and ready marks. */
export function PeoplePanel() {
  const t = useT();
  const { view, meId, run } = useRoom();
  const { state, roster } = view;
  const isFacilitator = state.facilitatorId === meId;
  const live = state.status === 'running' || state.status === 'paused';
  const handUp = state.raisedHands.includes(meId);
  const { ready, waiting } = readiness(state);
  const iAmReady = ready.includes(meId);
  const allReady = everyoneReady(state);
  const counted = ready.length + waiting.length;
  // In a step in writing "klaar" is "ik heb bijgedragen", asked and counted in the progress panel (among writers, not those online).
  const inWriting = currentWindow(view) !== undefined;
  return (
    <section className="panel people" aria-labelledby="live-people-title">
      <h2 id="live-people-title" className="panel__title">
        {t.live.people.title}
      </h2>
      {live && (
        <div className="button-row">
          <Button variant="secondary" onClick={() => void run(handUp ? { type: 'lowerHand' } : { type: 'raiseHand' })}>
            <Hand aria-hidden="true" size={18} />
            {handUp ? t.live.people.lowerHand : t.live.people.raiseHand}
          </Button>
          {!isFacilitator && !inWriting && (
            <Button variant="secondary" onClick={() => void run(iAmReady ? { type: 'unmarkReady' } : { type: 'markReady' })}>
              <Check aria-hidden="true" size={18} />
              {iAmReady ? t.live.people.unmarkReady : t.live.people.markReady}
            </Button>
          )}
        </div>
      )}
      {live && !inWriting && (
        <p className={['ready-count', allReady ? 'ready-count--all' : null].filter(Boolean).join(' ')}>
          {allReady ? t.live.people.everyoneReady : t.live.people.readyCount(ready.length, counted)}
        </p>
      )}
      <h3 className="panel__subtitle" id="live-hands-title" tabIndex={-1}>
        {t.live.people.handsTitle}
      </h3>
      {state.raisedHands.length === 0 ? (
        <p className="muted">{t.live.people.handsNone}</p>
      ) : (
        <ol className="hand-queue" aria-label={t.live.people.handQueue}>
          {state.raisedHands.map((userId) => (
            <li key={userId}>
              <span>
                {nameOf(view, userId)}
                {userId === meId && ` (${t.live.you})`}
              </span>
              {isFacilitator && userId !== meId && (
                <button type="button" className="button button--quiet" onClick={() => void run({ type: 'lowerHand', userId })}>
                  {t.live.people.lowerHandOf(nameOf(view, userId))}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <ul className="person-list">
        {roster.map((entry) => {
          const present = state.presentUserIds.includes(entry.userId);
          const role = roleOf(view, entry.userId);
          const marks = [
            role !== 'participant' ? t.live.roles[role] : null,
            ...helperRolesOf(view, entry.userId).map((helper) => t.live.roles[helper]),
            entry.userId === meId ? t.live.you : null,
            state.raisedHands.includes(entry.userId) ? t.live.people.handUp : null,
            ready.includes(entry.userId) ? t.live.people.ready : null,
            present ? null : t.live.people.away,
          ].filter(Boolean);
          return (
            <li key={entry.userId} className={['person', present ? 'person--present' : 'person--away'].join(' ')}>
              <span className="person__dot" aria-hidden="true" />
              <span className="person__name">{entry.name}</span>
              {marks.length > 0 && <span className="person__marks"> ({marks.join(', ')})</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
