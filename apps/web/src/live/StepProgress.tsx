import type { StepProgressView } from '@mao/domain';
import { Check, Clock } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { request } from '../api/client';
import { formatMoment, useLocale, useT } from '../i18n';
import { Button } from '../ui';
import { useRoom } from './room';
import { currentWindow } from './window-clock';

/** How often the list is read again while the step is open (others contribute meanwhile). */
const REFRESH_MS = 30_000;

/**
 * A step in writing, as everyone sees it: what is expected, until when, who has contributed, and
 * "Ik heb bijgedragen" for those whose contribution the board cannot see (shared notes carry no
 * author): that is a ready mark, which the server counts as contributed.
 */
export function StepProgress() {
  const t = useT();
  const { locale } = useLocale();
  const { sessionId, view, meId, run } = useRoom();
  const window = currentWindow(view);
  const stepId = view.state.currentStepId;
  const [progress, setProgress] = useState<StepProgressView | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const markedReady = view.state.readyMarks.some((mark) => mark.stepId === stepId && mark.userId === meId);

  const load = useCallback(
    (signal?: AbortSignal) =>
      request<StepProgressView>('GET', `/api/sessions/${encodeURIComponent(sessionId)}/progress`, undefined, { signal }).then(
        (found) => {
          setProgress(found);
          setFailed(false);
        },
        (error: unknown) => {
          if (!(error instanceof DOMException && error.name === 'AbortError')) setFailed(true);
        },
      ),
    [sessionId],
  );
  useEffect(() => {
    if (!window) return;
    const controller = new AbortController();
    void load(controller.signal);
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => {
      controller.abort();
      clearInterval(timer);
    };
    // A new step, or my own ready mark changing, is a reason to read again.
  }, [window, stepId, markedReady, load]);

  if (!window) return null;
  const writers = progress?.stepId === stepId ? progress.writers : [];
  const iWrite = writers.some((writer) => writer.userId === meId);
  const isFacilitator = view.state.facilitatorId === meId;
  const toggle = async () => {
    setBusy(true);
    await run({ type: markedReady ? 'unmarkReady' : 'markReady' });
    setBusy(false);
  };
  return (
    <section className="panel step-progress" aria-labelledby="live-progress-title">
      <h3 id="live-progress-title" className="panel__title">
        {t.live.window.progressTitle}
      </h3>
      <p className="step-progress__explain">{isFacilitator ? t.live.window.facilitatorHint(formatMoment(view.state.deadline ?? window.closesAt, locale)) : iWrite || !progress ? t.live.window.explain : t.live.window.readOnly}</p>
      {failed && <p className="step-progress__error">{t.live.window.loadFailed}</p>}
      {progress && progress.stepId === stepId && (
        <>
          <p className="step-progress__count" role="status">
            {t.live.window.progressCount(progress.contributedCount, writers.length)}
          </p>
          <ul className="step-progress__list">
            {writers.map((writer) => (
              <li key={writer.userId} className={writer.contributed ? 'step-progress__done' : 'step-progress__waiting'}>
                {writer.contributed ? <Check aria-hidden="true" size={16} /> : <Clock aria-hidden="true" size={16} />}
                <span>{writer.name}</span>
                <span className="visually-hidden">: {writer.contributed ? t.live.window.contributed : t.live.window.notYet}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {iWrite && (
        <div className="button-row">
          <Button variant={markedReady ? 'secondary' : 'primary'} busy={busy} onClick={() => void toggle()} aria-pressed={markedReady}>
            {markedReady ? t.live.window.unmarkDone : t.live.window.markDone}
          </Button>
          {markedReady && <p className="step-progress__noted">{t.live.window.markedDone}</p>}
        </div>
      )}
    </section>
  );
}
