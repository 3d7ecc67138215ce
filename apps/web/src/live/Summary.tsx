import { Link } from 'react-router';
import { useT } from '../i18n';
import { StepBoard } from './boards/StepBoard';
import { useLocalized, useRoom } from './room';

/** After the end: every step's board, read-only, in method order. */
export function Summary() {
  const t = useT();
  const localized = useLocalized();
  const { view, sessionId } = useRoom();
  return (
    <div className="summary">
      <section className="panel" aria-labelledby="live-summary-title">
        <h2 id="live-summary-title" className="panel__title">
          {t.live.summary.title}
        </h2>
        <p>{t.live.summary.intro}</p>
        <p>
          <Link to={`/sessies/${sessionId}/samenvatting`}>{t.agreements.summary.fromRoom}</Link>
        </p>
        <p>
          <Link to={`/sessies/${sessionId}`}>{t.live.backToSession}</Link>
        </p>
      </section>
      {view.method.steps
        .filter((step) => step.board !== 'none')
        .map((step, index) => (
          <section key={step.id} className="panel summary__step" aria-labelledby={`live-summary-${step.id}`}>
            <h3 id={`live-summary-${step.id}`} className="panel__title">
              {t.live.summary.stepHeading(view.method.steps.indexOf(step) + 1 || index + 1, localized(step.title))}
            </h3>
            <StepBoard step={step} mode="summary" level={4} />
          </section>
        ))}
    </div>
  );
}
