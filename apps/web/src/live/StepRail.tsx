import { Check } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useT } from '../i18n';
import { useLocalized, useRoom } from './room';

/**
 * All steps of the method in order: the current one marked (aria-current="step"), earlier ones
 * marked done. The facilitator can jump to any other step from here.
 */
export function StepRail() {
  const t = useT();
  const localized = useLocalized();
  const { view, meId, run } = useRoom();
  const { method, state } = view;
  const isFacilitator = state.facilitatorId === meId;
  const live = state.status === 'running' || state.status === 'paused';
  const visited = new Set(state.stepHistory);
  const railRef = useRef<HTMLElement>(null);
  // The rail scrolls by itself (never the page) and keeps the current step in view, also when the window changes size.
  useEffect(() => {
    const center = () => {
      const rail = railRef.current;
      const item = rail?.querySelector<HTMLElement>('[aria-current="step"]');
      if (!rail || !item) return;
      const left = Math.max(0, item.offsetLeft - (rail.clientWidth - item.offsetWidth) / 2);
      if (typeof rail.scrollTo === 'function') rail.scrollTo({ left });
      else rail.scrollLeft = left;
    };
    center();
    window.addEventListener('resize', center);
    return () => window.removeEventListener('resize', center);
  }, [state.currentStepIndex]);
  return (
    // tabIndex: participants have no buttons in the rail, but must still be able to scroll it by keyboard.
    <nav className="step-rail" aria-label={t.live.rail.label} tabIndex={0} ref={railRef}>
      <ol>
        {method.steps.map((step, index) => {
          const current = index === state.currentStepIndex;
          const done = !current && (index < state.currentStepIndex || visited.has(index));
          const title = localized(step.title);
          const content = (
            <>
              <span className="step-rail__number" aria-hidden="true">
                {done ? <Check size={16} strokeWidth={3} /> : index + 1}
              </span>
              <span className="step-rail__title">{title}</span>
              <span className="visually-hidden">
                {' '}
                ({t.live.rail.stepOf(index + 1, method.steps.length)}
                {current ? `, ${t.live.rail.current}` : done ? `, ${t.live.rail.done}` : ''})
              </span>
            </>
          );
          return (
            <li key={step.id} className={['step-rail__item', current ? 'is-current' : null, done ? 'is-done' : null].filter(Boolean).join(' ')} aria-current={current ? 'step' : undefined}>
              {isFacilitator && live && !current ? (
                <button type="button" className="step-rail__button" title={t.live.rail.jumpTo(title)} onClick={() => void run({ type: 'jumpTo', stepId: step.id })}>
                  {content}
                </button>
              ) : (
                <span className="step-rail__label">{content}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
