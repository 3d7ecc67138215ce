import type { CalendarFeedView } from '@mao/domain';
import { useId, useState } from 'react';
import { api } from '../api';
import { useErrorText, useFormat, useT } from '../i18n';
import { Alert, Button, ConfirmAction, LiveStatus, Section } from '../ui';

/**
 * The personal calendar feed (webcal subscription). The api shows the secret URL only once,
 * when it is created or replaced, so nothing is fetched until the person asks for it.
 */
export function CalendarFeedSection() {
  const t = useT();
  const s = t.sessions;
  const format = useFormat();
  const errorText = useErrorText();
  const urlId = useId();
  const hintId = useId();
  const [feed, setFeed] = useState<CalendarFeedView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);

  const run = async (action: () => Promise<CalendarFeedView>) => {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      const next = await action();
      setFeed(next);
      if (next.url) {
        setMessage(s.feedReady);
        requestAnimationFrame(() => document.getElementById(urlId)?.focus());
      }
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!feed?.url) return;
    try {
      await navigator.clipboard.writeText(feed.url);
      setMessage(s.feedCopied);
    } catch {
      document.getElementById(urlId)?.focus();
    }
  };

  return (
    <Section title={s.feedTitle} intro={s.feedIntro}>
      <LiveStatus message={message} />
      {error !== null && <Alert tone="error">{errorText(error)}</Alert>}
      {feed === null && (
        <Button variant="secondary" busy={busy} busyLabel={s.feedLoading} onClick={() => void run(api.calendar.mine)}>
          {s.feedCreate}
        </Button>
      )}
      {feed?.url && (
        <div className="field">
          <label className="field__label" htmlFor={urlId}>
            {s.feedUrlLabel}
          </label>
          <p className="field__hint" id={hintId}>
            {s.feedUrlHint}
          </p>
          <input
            id={urlId}
            className="input"
            readOnly
            value={feed.url}
            aria-describedby={hintId}
            onFocus={(event) => event.currentTarget.select()}
          />
          <div className="button-row">
            <Button variant="secondary" onClick={() => void copy()}>
              {s.feedCopy}
            </Button>
          </div>
        </div>
      )}
      {feed && !feed.url && feed.active && <p>{s.feedExists(feed.createdAt ? format.date(feed.createdAt) : '')}</p>}
      {feed && (
        <ConfirmAction
          key={feed.createdAt ?? ''}
          variant="secondary"
          triggerLabel={s.feedRotate}
          question={s.feedRotateQuestion}
          confirmLabel={s.feedRotateYes}
          cancelLabel={t.common.cancel}
          busy={busy}
          busyLabel={s.feedLoading}
          onConfirm={() => run(api.calendar.rotate)}
        />
      )}
    </Section>
  );
}
