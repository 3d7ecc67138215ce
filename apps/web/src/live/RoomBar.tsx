import { currentStep, navigation } from '@mao/intervisie-method';
import { ArrowLeft, ArrowRight, Hand, PanelRightClose, PanelRightOpen, Video } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';
import { Button } from '../ui';
import { Timer } from './Timer';
import { WindowClock } from './WindowClock';
import { currentWindow } from './window-clock';
import { nameOf, useLocalized, useRoom } from './room';

/** How long a newly raised hand stays highlighted in the bar. */
const NEW_HAND_MS = 8000;

export interface RoomBarProps {
  videoUrl?: string | null;
  /** Whether the side panel (participants, casus, controls) is shown. */
  panelOpen: boolean;
  panelId: string;
  onTogglePanel: () => void;
  /** "n raised hands": show the hand queue (opens the panel and moves focus there). */
  onShowHands: () => void;
}

/**
 * The bar that stays at the top of the window while the board scrolls: where the group is,
 * the clock, the raised hands (highlighted when one goes up) and, for the facilitator, back and
 * next — so nobody has to scroll to see the time or a hand, at any width.
 */
export function RoomBar({ videoUrl, panelOpen, panelId, onTogglePanel, onShowHands }: RoomBarProps) {
  const t = useT();
  const localized = useLocalized();
  const { view, meId, run } = useRoom();
  const { state, method } = view;
  const step = currentStep(state, method);
  const isFacilitator = state.facilitatorId === meId;
  const nav = navigation(state, method);
  const newHand = useNewHand(state.raisedHands);
  if (!step) return null;
  const hands = state.raisedHands.length;
  return (
    <div className="room-bar" role="region" aria-label={t.live.bar.label}>
      <p className="room-bar__step">
        <span className="room-bar__position">{t.live.bar.stepShort(state.currentStepIndex + 1, method.steps.length)}</span>{' '}
        <span className="room-bar__title">{localized(step.title)}</span>
      </p>
      {currentWindow(view) ? <WindowClock compact /> : <Timer compact />}
      <div className="room-bar__hands-wrap">
        <button
          type="button"
          className={['room-bar__hands', hands > 0 ? 'room-bar__hands--up' : null, newHand ? 'room-bar__hands--new' : null].filter(Boolean).join(' ')}
          aria-controls={panelId}
          onClick={onShowHands}
        >
          <Hand aria-hidden="true" size={18} />
          <span className="room-bar__hands-count" aria-hidden="true">
            {hands}
          </span>
          <span className="room-bar__hands-text">{t.live.bar.hands(hands)}</span>
        </button>
        {/* Seen and heard: a hand that goes up is written out next to the count for a few seconds. */}
        <p className="room-bar__hand-news" role="status">
          {newHand ? t.live.bar.handRaised(nameOf(view, newHand)) : ''}
        </p>
      </div>
      {videoUrl && (
        <a className="room-bar__video button button--secondary" href={videoUrl} target="_blank" rel="noopener noreferrer">
          <Video aria-hidden="true" size={18} />
          <span>{t.live.bar.video}</span>
          <span className="visually-hidden"> {t.live.bar.newTab}</span>
        </a>
      )}
      {isFacilitator && (state.status === 'running' || state.status === 'paused') && (
        <div className="room-bar__nav">
          <Button variant="secondary" disabled={!nav.canGoBack} onClick={() => void run({ type: 'back' })}>
            <ArrowLeft aria-hidden="true" size={18} />
            <span className="room-bar__nav-text room-bar__back-text">{t.live.controls.back}</span>
          </Button>
          <Button disabled={!nav.canAdvance} onClick={() => void run({ type: 'advance' })}>
            <span className="room-bar__nav-text">{t.live.controls.next}</span>
            <ArrowRight aria-hidden="true" size={18} />
          </Button>
        </div>
      )}
      <button type="button" className="room-bar__panel-toggle button button--quiet" aria-expanded={panelOpen} aria-controls={panelId} onClick={onTogglePanel}>
        {panelOpen ? <PanelRightClose aria-hidden="true" size={18} /> : <PanelRightOpen aria-hidden="true" size={18} />}
        <span className="visually-hidden">{panelOpen ? t.live.bar.panelHide : t.live.bar.panelShow}</span>
      </button>
    </div>
  );
}

/** The user id of a hand raised in the last few seconds (the newest), else null. */
function useNewHand(raisedHands: readonly string[]): string | null {
  const previous = useRef<readonly string[]>(raisedHands);
  const [fresh, setFresh] = useState<string | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = raisedHands;
    const added = raisedHands.filter((userId) => !before.includes(userId));
    if (added.length > 0) setFresh(added[added.length - 1] ?? null);
    else setFresh((current) => (current && raisedHands.includes(current) ? current : null));
    // Only a change of the queue is news.
  }, [raisedHands]);
  useEffect(() => {
    if (!fresh) return;
    const timer = setTimeout(() => setFresh(null), NEW_HAND_MS);
    return () => clearTimeout(timer);
  }, [fresh]);
  return fresh;
}
