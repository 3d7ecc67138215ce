import { currentStep, showsCase } from '@mao/intervisie-method';
import { useCallback, useEffect, useId, useState } from 'react';
import { useT } from '../i18n';
import { selectInNotes } from './boards/rich-notes';
import { StepBoard } from './boards/StepBoard';
import { LiveCaseContext, StepAgreements } from './carry-forward';
import { CasePanel, type LiveCase } from './CasePanel';
import { ClockControls, FacilitatorControls, type DraftCount } from './FacilitatorControls';
import { PeoplePanel } from './PeoplePanel';
import { PrivacyReview, type ReviewTarget } from './PrivacyReview';
import { RoomBar } from './RoomBar';
import { StepHeader } from './StepHeader';
import { StepRail } from './StepRail';
import { StepProgress } from './StepProgress';
import { useRoom } from './room';

/** How long "Ga naar" looks for its entry while the board (of a step just made current) loads. */
const FIND_TARGET_MS = 5000;

/** Below this width the side panel starts closed: the board comes first on a phone. */
const NARROW_QUERY = '(max-width: 45rem)';

/**
 * The running session, using the whole window: a bar that stays at the top (step, clock, raised
 * hands, the facilitator's back and next), the steps, the board in the main area, and a side
 * panel with the facilitator's other controls, the people and the casus, which can be closed.
 */
export function LiveRoom({ liveCase, videoUrl }: { liveCase: LiveCase | null; videoUrl?: string | null }) {
  const t = useT();
  const { view, meId, run } = useRoom();
  const step = currentStep(view.state, view.method);
  const isFacilitator = view.state.facilitatorId === meId;
  const [draftCount, setDraftCount] = useState<DraftCount | null>(null);
  const onDraftCount = useCallback((count: number, total: number) => setDraftCount({ count, total }), []);
  // The privacy check before closing (the facilitator's): open, and how often focus was asked for.
  const [review, setReview] = useState<{ open: boolean; focus: number }>({ open: false, focus: 0 });
  const [target, setTarget] = useState<ReviewTarget | null>(null);
  const reviewing = review.open && isFacilitator;
  const panelId = useId();
  const [panelOpen, setPanelOpen] = useState(() => typeof window.matchMedia !== 'function' || !window.matchMedia(NARROW_QUERY).matches);
  const showHands = useCallback(() => {
    setPanelOpen(true);
    // After the panel has rendered: the hand queue's heading takes focus and comes into view.
    setTimeout(() => {
      const heading = document.getElementById('live-hands-title');
      heading?.focus();
      heading?.scrollIntoView?.({ block: 'nearest' });
    }, 0);
  }, []);

  const goTo = useCallback(
    async (next: ReviewTarget) => {
      if (view.state.currentStepId !== next.stepId && !(await run({ type: 'jumpTo', stepId: next.stepId }))) return;
      setTarget(next);
    },
    [run, view.state.currentStepId],
  );
  useFocusTarget(target, view.state.currentStepId, () => setTarget(null));

  if (!step) return null;
  return (
    <div className="room">
      <RoomBar videoUrl={videoUrl} panelOpen={panelOpen} panelId={panelId} onTogglePanel={() => setPanelOpen((open) => !open)} onShowHands={showHands} />
      <StepRail />
      <div className={['room__grid', panelOpen ? null : 'room__grid--wide'].filter(Boolean).join(' ')}>
        <div className="room__main">
          {reviewing && <PrivacyReview focusRequest={review.focus} onGoTo={(next) => void goTo(next)} onCancel={() => setReview({ open: false, focus: 0 })} />}
          <StepHeader />
          <StepProgress />
          <section className="panel board-panel" aria-labelledby="live-board-title">
            <h3 id="live-board-title" className="panel__title">
              {t.live.board.title}
            </h3>
            <LiveCaseContext.Provider value={liveCase}>
              <StepBoard key={step.id} step={step} mode="live" level={4} onDraftCount={isFacilitator ? onDraftCount : undefined} />
            </LiveCaseContext.Provider>
          </section>
          <StepAgreements key={`agreements-${step.id}`} step={step} />
        </div>
        <div className="room__side" id={panelId} hidden={!panelOpen}>
          {isFacilitator && (
            <FacilitatorControls draftCount={draftCount} reviewing={reviewing} onReview={() => setReview((current) => ({ open: true, focus: current.focus + 1 }))} />
          )}
          {!isFacilitator && view.state.timekeeperId === meId && (
            <section className="panel controls" aria-labelledby="live-clock-title">
              <h2 id="live-clock-title" className="panel__title">
                {t.live.helpers.clockTitle}
              </h2>
              <ClockControls />
            </section>
          )}
          <PeoplePanel />
          {/* Open in the steps that work on the casus (a new step resets it); one click away in the others. */}
          {liveCase && <CasePanel key={`${step.id}-${showsCase(step)}`} found={liveCase} initiallyOpen={showsCase(step)} />}
        </div>
      </div>
    </div>
  );
}

/**
 * Moves focus to the entry "Ga naar" pointed at, once its step is current and its board shows
 * it: a card or lesson gets focus (and is scrolled into view); in notes one can write, the
 * finding is selected in the text.
 */
function useFocusTarget(target: ReviewTarget | null, currentStepId: string | null, done: () => void) {
  useEffect(() => {
    if (!target || target.stepId !== currentStepId) return;
    const started = Date.now();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const attempt = () => {
      const element = [...document.querySelectorAll<HTMLElement>('.board-panel [data-entry-key]')].find((candidate) => candidate.dataset['entryKey'] === target.key);
      if (!element) {
        if (Date.now() - started < FIND_TARGET_MS) timer = setTimeout(attempt, 100);
        else done();
        return;
      }
      const control = element.querySelector<HTMLTextAreaElement>('textarea');
      if (selectInNotes(element, target.match, target.start)) {
        // The notes' editor selected the finding itself.
      } else if (control) {
        control.focus();
        const at = nearest(control.value, target.match, target.start);
        if (at >= 0) control.setSelectionRange(at, at + target.match.length);
      } else element.focus();
      element.scrollIntoView?.({ block: 'center' });
      done();
    };
    attempt();
    return () => {
      if (timer) clearTimeout(timer);
    };
    // `done` only clears the target: a new function each render must not restart the search.
  }, [target, currentStepId]);
}

/** The occurrence of `match` closest to where it was found (others may have typed since). */
function nearest(text: string, match: string, start: number): number {
  let best = -1;
  for (let at = text.indexOf(match); at >= 0; at = text.indexOf(match, at + 1)) {
    if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) best = at;
  }
  return best;
}
