import { useEffect, useId, useState } from 'react';
import { ApiError, request } from '../api';
import { useT } from '../i18n';

/** The casus as the api returns it (GET /api/sessions/:id/case); only the fields the room shows. */
export interface LiveCase {
  title: string;
  context: string;
  keyQuestion: string;
  tried: string;
  askOfGroup: string;
}

/** Loads the casus for those allowed to read it; a 403/404 (or any failure) simply shows nothing. */
export function useCase(sessionId: string): LiveCase | null {
  const [value, setValue] = useState<LiveCase | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    request<LiveCase>('GET', `/api/sessions/${encodeURIComponent(sessionId)}/case`, undefined, { signal: controller.signal }).then(
      (found) => setValue(found && typeof found.title === 'string' ? found : null),
      (error: unknown) => {
        if (!(error instanceof ApiError) || error.status === 403 || error.status === 404) setValue(null);
      },
    );
    return () => controller.abort();
  }, [sessionId]);
  return value;
}

const FIELDS = ['context', 'keyQuestion', 'tried', 'askOfGroup'] as const;

/** The casus behind a show/hide button, so it is at hand without taking the room's space. */
export function CasePanel({ found, headingLevel = 2, initiallyOpen = false }: { found: LiveCase; headingLevel?: 2 | 3; initiallyOpen?: boolean }) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(initiallyOpen);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="panel case-panel" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="panel__title">
        {t.live.lobby.caseTitle}: {found.title}
      </Heading>
      <button type="button" className="button button--secondary" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen((value) => !value)}>
        {open ? t.live.lobby.caseHide : t.live.lobby.caseShow}
      </button>
      <div id={`${id}-body`} hidden={!open} className="case-panel__body">
        <p className="muted">{t.live.lobby.caseIntro}</p>
        <dl className="facts">
          {FIELDS.filter((field) => found[field]).map((field) => (
            <div key={field}>
              <dt>{t.live.lobby.caseFields[field]}</dt>
              <dd className="case-panel__text">{found[field]}</dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}
