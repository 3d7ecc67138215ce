import { useEffect, useState } from 'react';
import { formatMoment, useLocale, useT } from '../i18n';
import { useRoom } from './room';
import { currentWindow, timeLeft } from './window-clock';

/**
 * The clock of a step in writing: not a countdown of hours and seconds but the moment it closes
 * ("Open tot wo 10 mrt 09:00") and roughly how long that is. The close is the state's deadline
 * (the window's close; later when the step was paused and resumed).
 */
export function WindowClock({ compact = false }: { compact?: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const { view, offsetMs } = useRoom();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const window = currentWindow(view);
  if (!window) return null;
  const paused = view.state.status === 'paused';
  const closesAt = view.state.deadline ?? window.closesAt;
  const when = formatMoment(closesAt, locale);
  const left = timeLeft(closesAt, now + offsetMs);
  return (
    <section className={['timer', 'timer--window', compact ? 'timer--compact' : null].filter(Boolean).join(' ')} aria-label={t.live.timer.label}>
      <p className="timer__label">
        {paused ? (
          t.live.window.paused
        ) : (
          <>
            {/* On a phone the bar has room for "tot" only. */}
            <span className="timer__label-long">{t.live.window.openUntil}</span>
            <span className="timer__label-short" aria-hidden="true">
              {t.live.window.until}
            </span>
          </>
        )}
      </p>
      {!paused && (
        <p className="timer__value timer__value--date" aria-label={t.live.window.spoken(when)}>
          {when}
        </p>
      )}
      {!paused && !compact && <p className="timer__left">{t.live.window.left(left.days, left.hours)}</p>}
    </section>
  );
}
