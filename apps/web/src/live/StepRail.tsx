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
  return (
    // tabIndex: participants have no buttons in the rail, but must still be able to scroll it by keyboard.
    <nav className="step-rail" aria-label={t.live.rail.label} tabIndex={0}>
      <ol>
        {method.steps.map((step, index) => {
          const current = index === state.currentStepIndex;
          const done = !current && (index < state.currentStepIndex || visited.has(index));
          const title = localized(step.title);
          const content = (
            <>
              <span className="step-rail__number" aria-hidden="true">
                {done ? '✓' : index + 1}
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
