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

/** What the room needs from the session page's view (GET /api/sessions/:id); all optional. */
export interface SessionInfo {
  startsAt?: string;
  videoUrl?: string | null;
  canReadCase?: boolean;
  hasCase?: boolean;
}

/** The session's schedule facts; null until loaded or when the api does not give them. */
export function useSessionInfo(sessionId: string): SessionInfo | null {
  const [info, setInfo] = useState<SessionInfo | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    request<SessionInfo>('GET', `/api/sessions/${encodeURIComponent(sessionId)}`, undefined, { signal: controller.signal }).then(
      (found) => setInfo(found ?? null),
      () => setInfo(null),
    );
    return () => controller.abort();
  }, [sessionId]);
  return info;
}

/**
 * Loads the casus for those allowed to read it (asked only when the session says there is one
 * I may read); a 403/404 (or any failure) simply shows nothing.
 */
export function useCase(sessionId: string, info: SessionInfo | null): LiveCase | null {
  const [value, setValue] = useState<LiveCase | null>(null);
  const allowed = info !== null && info.canReadCase !== false && info.hasCase !== false;
  useEffect(() => {
    if (!allowed) {
      setValue(null);
      return;
    }
    const controller = new AbortController();
    request<LiveCase>('GET', `/api/sessions/${encodeURIComponent(sessionId)}/case`, undefined, { signal: controller.signal }).then(
      (found) => setValue(found && typeof found.title === 'string' ? found : null),
      (error: unknown) => {
        if (!(error instanceof ApiError) || error.status === 403 || error.status === 404) setValue(null);
      },
    );
    return () => controller.abort();
  }, [sessionId, allowed]);
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
