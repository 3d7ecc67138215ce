import { Check } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';
import { Button } from '../ui';
import { useLocalized, useRoom } from './room';

/**
 * All steps of the method in order: the current one marked (aria-current="step"), earlier ones
 * marked done, steps a jump passed marked skipped. The facilitator can move the group to any
 * other step from here, after confirming: a click in the rail moves everyone.
 */
export function StepRail() {
  const t = useT();
  const localized = useLocalized();
  const { view, meId, run } = useRoom();
  const { method, state } = view;
  const isFacilitator = state.facilitatorId === meId;
  const live = state.status === 'running' || state.status === 'paused';
  const visited = new Set(state.stepHistory);
  const skipped = new Set(state.skippedStepIds ?? []);
  const railRef = useRef<HTMLElement>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const [pending, setPending] = useState<number | null>(null);

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

  // The question takes focus (never the confirm button: a double Enter must not move the group).
  useEffect(() => {
    if (pending !== null) questionRef.current?.focus();
  }, [pending]);
  // Someone else moved the group meanwhile: the question no longer applies.
  useEffect(() => setPending(null), [state.currentStepIndex]);

  const close = (focusRail: boolean) => {
    const index = pending;
    setPending(null);
    if (focusRail && index !== null) {
      setTimeout(() => railRef.current?.querySelector<HTMLButtonElement>(`[data-step-index="${index}"]`)?.focus(), 0);
    }
  };

  const target = pending === null ? undefined : method.steps[pending];
  const passed =
    pending === null || pending <= state.currentStepIndex + 1
      ? 0
      : method.steps.slice(state.currentStepIndex + 1, pending).filter((_, offset) => !visited.has(state.currentStepIndex + 1 + offset)).length;

  return (
    <div className="step-rail-wrap">
      {/* tabIndex: participants have no buttons in the rail, but must still be able to scroll it by keyboard. */}
      <nav className="step-rail" aria-label={t.live.rail.label} tabIndex={0} ref={railRef}>
        <ol>
          {method.steps.map((step, index) => {
            const current = index === state.currentStepIndex;
            const isSkipped = !current && skipped.has(step.id);
            const done = !current && !isSkipped && (index < state.currentStepIndex || visited.has(index));
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
                  {current ? `, ${t.live.rail.current}` : isSkipped ? `, ${t.live.rail.skipped}` : done ? `, ${t.live.rail.done}` : ''})
                </span>
                {isSkipped && (
                  <span className="step-rail__skipped" aria-hidden="true">
                    {t.live.rail.skipped}
                  </span>
                )}
              </>
            );
            return (
              <li
                key={step.id}
                className={['step-rail__item', current ? 'is-current' : null, done ? 'is-done' : null, isSkipped ? 'is-skipped' : null].filter(Boolean).join(' ')}
                aria-current={current ? 'step' : undefined}
              >
                {isFacilitator && live && !current ? (
                  <button
                    type="button"
                    className="step-rail__button"
                    data-step-index={index}
                    title={t.live.rail.jumpTo(title)}
                    aria-expanded={pending === index}
                    onClick={() => setPending(index)}
                  >
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
      {target && pending !== null && (
        <div
          className="step-rail__confirm"
          role="group"
          aria-labelledby="step-rail-question"
          onKeyDown={(event) => {
            if (event.key === 'Escape') close(true);
          }}
        >
          <p id="step-rail-question" ref={questionRef} tabIndex={-1}>
            {pending < state.currentStepIndex ? t.live.rail.confirmBack(localized(target.title)) : t.live.rail.confirmForward(localized(target.title), passed)}
          </p>
          <div className="button-row button-row--tight">
            <Button
              onClick={() => {
                close(false);
                void run({ type: 'jumpTo', stepId: target.id });
              }}
            >
              {t.live.rail.confirmYes(localized(target.title))}
            </Button>
            <Button variant="secondary" onClick={() => close(true)}>
              {t.live.rail.cancel}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
