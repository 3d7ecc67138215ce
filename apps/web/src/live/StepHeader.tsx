import { PERSPECTIVE_LABELS } from '@mao/domain';
import { currentStep, instructionFor, perspectiveOf, presenterInstruction } from '@mao/intervisie-method';
import { Ear, EyeOff, Glasses, MessageCircle } from 'lucide-react';
import { useT } from '../i18n';
import { roleOf, useLocalized, useRoom } from './room';

/** The current step: where we are, what the inbrenger does now, and what I am asked to do. */
export function StepHeader() {
  const t = useT();
  const localized = useLocalized();
  const { view, meId } = useRoom();
  const { state, method } = view;
  const step = currentStep(state, method);
  if (!step) return null;
  const banner = presenterInstruction(state, method);
  const myRole = roleOf(view, meId);
  const instruction = instructionFor(state, method, meId);
  const perspective = perspectiveOf(state, meId);
  return (
    <header className="step-header">
      <p className="step-header__position">{t.live.rail.stepOf(state.currentStepIndex + 1, method.steps.length)}</p>
      <h2 className="step-header__title">{localized(step.title)}</h2>
      {banner && (
        <div className={`presenter-banner presenter-banner--${banner.mode}`} role="note" aria-label={t.live.step.bannerLabel}>
          <span className="presenter-banner__icon" aria-hidden="true">
            {banner.mode === 'listens' ? <Ear size={24} /> : banner.mode === 'away' ? <EyeOff size={24} /> : <MessageCircle size={24} />}
          </span>
          <p className="presenter-banner__text">{localized(banner.banner)}</p>
        </div>
      )}
      {perspective && (
        <p className="perspective-callout">
          <Glasses className="perspective-callout__icon" aria-hidden="true" size={20} />
          {t.live.step.lookWith(localized(PERSPECTIVE_LABELS[perspective]).toLowerCase())}
        </p>
      )}
      {instruction && (
        <section className="instructions" aria-labelledby="live-instructions-title">
          <h3 id="live-instructions-title" className="instructions__title">
            {t.live.step.instructionsTitle[myRole]}
          </h3>
          <p>{localized(instruction)}</p>
        </section>
      )}
    </header>
  );
}
