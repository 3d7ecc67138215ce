import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import { spokenDuration, timerView } from './clock';
import { useRoom } from './room';

/** The step's clock in server time (corrected for this device's offset): remaining, over time, or paused. */
export function Timer({ compact = false }: { compact?: boolean }) {
  const t = useT();
  const { view, offsetMs } = useRoom();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const timer = timerView(view.state, now, offsetMs);
  const label =
    timer.mode === 'running'
      ? t.live.timer.remaining
      : timer.mode === 'overtime'
        ? t.live.timer.overtime
        : timer.mode === 'idle'
          ? t.live.timer.idle
          : t.live.timer.paused;
  const spoken = spokenDuration(timer.ms);
  const overtime = timer.mode === 'overtime' || timer.mode === 'paused-overtime';
  return (
    <section className={['timer', `timer--${timer.mode}`, compact ? 'timer--compact' : null].filter(Boolean).join(' ')} aria-label={t.live.timer.label}>
      <p className="timer__label">
        {label}
        {timer.mode === 'paused-overtime' && ` · ${t.live.timer.overtime}`}
      </p>
      <p className="timer__value" role="timer" aria-label={`${label}: ${t.live.timer.spoken(spoken.minutes, spoken.seconds)}`}>
        {overtime ? '+' : ''}
        {timer.text}
      </p>
    </section>
  );
}
