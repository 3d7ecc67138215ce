import { PERSPECTIVE_LABELS } from '@mao/domain';
import { currentStep, perspectiveOf, type SessionState } from '@mao/intervisie-method';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';
import { useLocalized, useRoom } from './room';

/**
 * Screen-reader announcements of what changed in the room: the step (politely) and "your
 * turn" (assertively). Derived from the state before and after, so a re-join after a lost
 * connection announces where the group is now. The regions are always in the page.
 */
export function Announcer() {
  const t = useT();
  const localized = useLocalized();
  const { view, meId } = useRoom();
  const { state, method } = view;
  const previous = useRef<SessionState | null>(null);
  const [polite, setPolite] = useState('');
  const [assertive, setAssertive] = useState('');

  useEffect(() => {
    const before = previous.current;
    previous.current = state;
    if (!before) return;
    const calm: string[] = [];
    const urgent: string[] = [];
    const step = currentStep(state, method);
    const stepChanged = before.currentStepId !== state.currentStepId || (before.status === 'lobby' && state.status !== 'lobby');
    if (before.status === 'lobby' && state.status === 'running') calm.push(t.live.announce.started);
    if (stepChanged && step && state.status !== 'ended') {
      calm.push(t.live.announce.step(state.currentStepIndex + 1, method.steps.length, localized(step.title)));
    }
    if (before.status === 'running' && state.status === 'paused') calm.push(t.live.announce.paused);
    if (before.status === 'paused' && state.status === 'running') calm.push(t.live.announce.resumed);
    if (before.status !== 'ended' && state.status === 'ended') calm.push(t.live.announce.ended);
    if (!before.revealedStepIds.includes(state.currentStepId) && state.revealedStepIds.includes(state.currentStepId)) calm.push(t.live.announce.revealed);
    const perspective = perspectiveOf(state, meId);
    if (perspective && perspective !== perspectiveOf(before, meId)) calm.push(t.live.announce.perspective(localized(PERSPECTIVE_LABELS[perspective])));

    if (before.facilitatorId !== meId && state.facilitatorId === meId) urgent.push(t.live.announce.nowFacilitator);
    if (before.presenterId !== meId && state.presenterId === meId) urgent.push(t.live.announce.nowPresenter);
    const presenterSpeaks = step && (step.presenterMode === 'speaks' || step.presenterMode === 'answers');
    if (state.presenterId === meId && presenterSpeaks && state.status === 'running' && stepChanged) urgent.push(t.live.announce.yourTurnPresenter);
    if (state.raisedHands[0] === meId && before.raisedHands[0] !== meId && before.raisedHands.includes(meId)) urgent.push(t.live.announce.yourTurnHand);

    if (calm.length > 0) setPolite(calm.join(' '));
    if (urgent.length > 0) setAssertive(urgent.join(' '));
    // Only a new state is news; texts follow the language at that moment.
  }, [state]);

  return (
    <>
      <div className="visually-hidden" role="status" aria-live="polite" data-testid="live-announcer">
        {polite}
      </div>
      <div className="visually-hidden" aria-live="assertive" aria-atomic="true">
        {assertive}
      </div>
    </>
  );
}
