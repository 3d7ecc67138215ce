import { useEffect, useId, useRef } from 'react';
import { useBlocker } from 'react-router';
import { useT } from '../i18n';
import { Button } from '../ui';

/**
 * Warns before typed text is lost (issue 15): a link or "back" inside the app asks first
 * (react-router's `useBlocker`), and closing or reloading the tab gets the browser's own question
 * (`beforeunload`). Only while `dirty`; a submit that navigates away should clear `dirty` first.
 * `onSaveAndLeave` offers a third answer: save (e.g. as a draft), then go once nothing is unsaved.
 */
export function UnsavedChangesGuard({ dirty, onSaveAndLeave }: { dirty: boolean; onSaveAndLeave?: () => Promise<unknown> }) {
  const t = useT();
  const u = t.sessions.unsaved;
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
  const questionId = useId();
  const questionRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  // Saved meanwhile (or the text was undone): let the waiting navigation go.
  useEffect(() => {
    if (blocker.state === 'blocked' && !dirty) blocker.proceed();
  }, [blocker, dirty]);

  useEffect(() => {
    if (blocker.state === 'blocked') questionRef.current?.focus();
  }, [blocker.state]);

  if (blocker.state !== 'blocked') return null;
  return (
    <div className="confirm unsaved" role="alertdialog" aria-modal="false" aria-labelledby={questionId}>
      <p id={questionId} ref={questionRef} tabIndex={-1} className="confirm__question">
        {u.question}
      </p>
      <div className="button-row">
        <Button variant="secondary" onClick={() => blocker.reset()}>
          {u.stay}
        </Button>
        {onSaveAndLeave && (
          <Button
            variant="primary"
            // Once saved, `dirty` turns false and the effect above lets the navigation go.
            onClick={() => void onSaveAndLeave()}
          >
            {u.saveAndLeave}
          </Button>
        )}
        <Button variant="danger" onClick={() => blocker.proceed()}>
          {u.leave}
        </Button>
      </div>
    </div>
  );
}
