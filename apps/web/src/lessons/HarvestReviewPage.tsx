import { indicatorElementId, REFLECTIEKADER, updateLessonSchema, type LessonView, type LessonVisibility, type SessionView, type UpdateLessonInput } from '@mao/domain';
import { useId, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api';
import { PrivacyField } from '../cases/PrivacyField';
import { issueMessage, useErrorText, useLocale, useT } from '../i18n';
import { useResource } from '../shared/useResource';
import { validate } from '../shared/validation';
import { Alert, Button, buttonClass, ConfirmAction, LiveStatus, Loading, PageTitle, Section, TextField } from '../ui';
import { usePrivacyCheck } from './privacy';
import { LessonTags, lessonExcerpt } from './tags';
import { LoadFailedPage } from '../shared/LoadFailedPage';

/**
 * `/sessies/:id/oogst`: the facilitator reviews the draft lessons harvested in a closed session —
 * edit the text, order it with the reflectiekader, set themes, merge two drafts, and publish
 * (for the CoP or the whole platform) or discard. The privacy guard runs while they type.
 */
export function HarvestReviewPage() {
  const { id = '' } = useParams();
  const t = useT();
  const l = t.lessons;
  const data = useResource(async (signal) => {
    const session = await api.sessions.get(id, signal);
    const harvest = session.status === 'closed' && session.canManage ? await api.lessons.forSession(id, signal) : null;
    return { session, harvest };
  }, [id]);
  const back = (
    <p className="breadcrumb">
      <Link to={`/sessies/${id}`}>{l.backToSession}</Link>
    </p>
  );

  if (data.status === 'loading') return <Loading label={t.common.loading} />;
  if (data.status === 'error') return <LoadFailedPage error={data.error} notFoundTitle={t.sessions.notFound} errorTitle={l.reviewLoadError} onRetry={data.reload} back={back} />;
  const { session, harvest } = data.data;
  return (
    <div className="page harvest-review">
      {back}
      <PageTitle title={l.reviewTitle(session.title)} siteName={t.common.appName} lead={l.reviewIntro} />
      <p>
        <a href={api.lessons.harvestPdfUrl(session.id)} download className={buttonClass('secondary')}>
          {l.harvestPdf}
        </a>
      </p>
      {session.status !== 'closed' ? (
        <Alert tone="info">{l.reviewNotClosed}</Alert>
      ) : !session.canManage || !harvest ? (
        <Alert tone="info">{l.reviewNotAllowed}</Alert>
      ) : (
        <Review session={session} lessons={harvest.lessons} harvested={harvest.harvestedAt !== null} />
      )}
    </div>
  );
}

function Review({ session, lessons: initial, harvested }: { session: SessionView; lessons: LessonView[]; harvested: boolean }) {
  const t = useT();
  const l = t.lessons;
  const errorText = useErrorText();
  const [lessons, setLessons] = useState(initial);
  // Bumped when the server rewrote a lesson (merge), so its editor starts again from the new text.
  const [versions, setVersions] = useState<Record<string, number>>({});
  const [selected, setSelected] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [mergeError, setMergeError] = useState<unknown>(null);
  const [merging, setMerging] = useState(false);
  const draftsHeading = useRef<HTMLHeadingElement>(null);

  const drafts = lessons.filter((lesson) => lesson.status === 'draft');
  const published = lessons.filter((lesson) => lesson.status === 'published');
  const setAside = lessons.length - drafts.length - published.length;
  // What the privacy guard found in the drafts as saved (the api's count; accepted details excluded).
  const flagged = drafts.filter((lesson) => (lesson.privacyFindingCount ?? 0) > 0).length;
  const number = (lessonId: string) => drafts.findIndex((lesson) => lesson.id === lessonId) + 1;

  const replace = (next: LessonView) => setLessons((list) => list.map((lesson) => (lesson.id === next.id ? next : lesson)));
  const announceAndRefocus = (text: string) => {
    setMessage(text);
    // The draft's card is gone: continue at the list's heading.
    draftsHeading.current?.focus();
  };

  const merge = async () => {
    setMessage(null);
    setMergeError(null);
    const [first, second] = selected;
    if (selected.length !== 2 || !first || !second) {
      setMergeError(l.mergeNeedsTwo);
      return;
    }
    const a = number(first);
    const b = number(second);
    setMerging(true);
    try {
      const merged = await api.lessons.merge(first, second);
      setLessons((list) => list.map((lesson) => (lesson.id === merged.id ? merged : lesson.id === second ? { ...lesson, status: 'merged' } : lesson)));
      setVersions((current) => ({ ...current, [first]: (current[first] ?? 0) + 1 }));
      setSelected([]);
      // The api ran the privacy guard on the merged text: say what it found.
      const found = merged.privacyFindings?.length ?? 0;
      announceAndRefocus(found > 0 ? l.mergedWithFindings(Math.min(a, b), Math.max(a, b), found) : l.merged(Math.min(a, b), Math.max(a, b)));
    } catch (error) {
      setMergeError(error);
    } finally {
      setMerging(false);
    }
  };

  return (
    <div className="stack">
      <LiveStatus message={message} />
      {!harvested && lessons.length === 0 && <Alert tone="info">{l.notHarvested}</Alert>}
      {flagged > 0 && <Alert tone="warning">{l.privacyOverview(flagged)}</Alert>}
      <section aria-labelledby="harvest-drafts-title" className="harvest-drafts">
        <h2 id="harvest-drafts-title" className="section__title" tabIndex={-1} ref={draftsHeading}>
          {l.draftsTitle(drafts.length)}
        </h2>
        {drafts.length === 0 ? (
          <p className="empty">{l.noDrafts}</p>
        ) : (
          <>
            {drafts.length >= 2 && (
              <div className="card merge-bar" role="group" aria-labelledby="harvest-merge-title">
                <h3 id="harvest-merge-title" className="section__title">
                  {l.mergeTitle}
                </h3>
                <p className="muted">{l.mergeIntro}</p>
                <p role="status" aria-live="polite">
                  {l.mergeSelected(selected.length)}
                </p>
                {mergeError !== null && <Alert tone="error">{typeof mergeError === 'string' ? mergeError : errorText(mergeError)}</Alert>}
                <Button variant="secondary" busy={merging} busyLabel={l.merging} onClick={() => void merge()}>
                  {l.merge}
                </Button>
              </div>
            )}
            <ol className="draft-list">
              {drafts.map((lesson, index) => (
                <li key={`${lesson.id}-${versions[lesson.id] ?? 0}`}>
                  <DraftEditor
                    lesson={lesson}
                    number={index + 1}
                    selectable={drafts.length >= 2}
                    selected={selected.includes(lesson.id)}
                    onSelect={(on) => {
                      setMergeError(null);
                      setSelected((list) => (on ? [...list.filter((x) => x !== lesson.id), lesson.id] : list.filter((x) => x !== lesson.id)));
                    }}
                    onSaved={(next, text) => {
                      replace(next);
                      if (text) setMessage(text);
                    }}
                    onGone={(next, text) => {
                      replace(next);
                      setSelected((list) => list.filter((x) => x !== next.id));
                      announceAndRefocus(text);
                    }}
                  />
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
      <Section title={l.publishedTitle}>
        {published.length === 0 ? (
          <p className="muted">{l.publishedNone}</p>
        ) : (
          <ul className="published-list">
            {published.map((lesson) => (
              <li key={lesson.id}>
                <Link to={`/lessen/${lesson.id}`}>{lessonExcerpt(lesson.text)}</Link> <span className="muted">· {l.visibilityShort[lesson.visibility]}</span>
              </li>
            ))}
          </ul>
        )}
        {setAside > 0 && <p className="muted">{l.setAsideCount(setAside)}</p>}
      </Section>
      <p className="muted">
        <Link to={`/sessies/${session.id}`}>{l.backToSession}</Link>
      </p>
    </div>
  );
}

export interface DraftEditorProps {
  lesson: LessonView;
  number: number;
  selectable: boolean;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onSaved: (next: LessonView, message: string | null) => void;
  onGone: (next: LessonView, message: string) => void;
}

const splitThemes = (value: string) =>
  value
    .split(',')
    .map((theme) => theme.trim())
    .filter((theme) => theme !== '');

/** One draft under review: text, tags, themes, privacy findings, publish or discard. Also used on a lesson page for drafts without a session (an answer harvested from Vraag en advies). */
export function DraftEditor({ lesson, number, selectable, selected, onSelect, onSaved, onGone }: DraftEditorProps) {
  const t = useT();
  const l = t.lessons;
  const { locale } = useLocale();
  const errorText = useErrorText();
  // Plain ids (uuid based): some assistive technology resolves React's generated ids poorly in aria-describedby.
  const headingId = `draft-${lesson.id}`;
  const [text, setText] = useState(lesson.text);
  const [elementIds, setElementIds] = useState<string[]>(lesson.elementIds);
  const [indicatorIds, setIndicatorIds] = useState<string[]>(lesson.indicatorIds);
  const [themes, setThemes] = useState(lesson.themes.join(', '));
  const [visibility, setVisibility] = useState<LessonVisibility>('community');
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState<'save' | 'publish' | 'discard' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<string, string>>>({});
  const [blocked, setBlocked] = useState(false);
  const privacy = usePrivacyCheck(text);
  // Places only warn (the api stores them as written); everything else holds publishing back.
  const blocking = privacy.findings.filter((finding) => finding.severity !== 'warn');
  const articleRef = useRef<HTMLElement>(null);

  const changed = () => {
    setDirty(true);
    setBlocked(false);
  };

  /** Checks the edit with the domain's schema and the privacy guard; returns the input or null. */
  const prepare = (): UpdateLessonInput | null => {
    setError(null);
    const input = { text, elementIds, indicatorIds, themes: splitThemes(themes), acceptedFindings: privacy.accepted };
    const result = validate(updateLessonSchema, input);
    const errors: Partial<Record<string, string>> = {};
    if (!result.ok) for (const [key, issue] of Object.entries(result.issues)) if (issue) errors[key] = issueMessage(issue, locale, t);
    setFieldErrors(errors);
    // The text as it is now: a save right after typing does not wait for the pause.
    const hasFindings = privacy.checkNow().some((finding) => finding.severity !== 'warn');
    setBlocked(hasFindings);
    if (!result.ok || hasFindings) {
      requestAnimationFrame(() => articleRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return null;
    }
    return result.data;
  };

  const save = async () => {
    const input = prepare();
    if (!input || busy) return;
    setBusy('save');
    try {
      const next = await api.lessons.update(lesson.id, input);
      setDirty(false);
      onSaved(next, l.draftSaved(number));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };

  const publish = async () => {
    if (busy) return;
    if (elementIds.length === 0) {
      setError(l.needsElement);
      return;
    }
    const input = dirty ? prepare() : null;
    if (dirty && !input) return;
    if (!dirty && blocking.length > 0) {
      setBlocked(true);
      return;
    }
    setBusy('publish');
    setError(null);
    try {
      if (input) {
        onSaved(await api.lessons.update(lesson.id, input), null);
        setDirty(false);
      }
      const next = await api.lessons.publish(lesson.id, { visibility, acceptedFindings: privacy.accepted });
      onGone(next, l.published_(number));
    } catch (caught) {
      setError(caught);
      setBusy(null);
    }
  };

  const discard = async () => {
    setBusy('discard');
    setError(null);
    try {
      onGone(await api.lessons.discard(lesson.id), l.discarded(number));
    } catch (caught) {
      setError(caught);
      setBusy(null);
    }
  };

  return (
    <article className="card draft" aria-labelledby={headingId} ref={articleRef}>
      <div className="draft__head">
        <h3 id={headingId} className="draft__title">
          {l.draftLabel(number)}
        </h3>
        {privacy.findings.length > 0 && <span className="badge badge--accent">{l.privacyCount(privacy.findings.length)}</span>}
        {selectable && (
          <div className="checkbox checkbox--small">
            <input id={`${headingId}-select`} type="checkbox" checked={selected} onChange={(event) => onSelect(event.target.checked)} />
            <label htmlFor={`${headingId}-select`}>{l.selectForMerge(number)}</label>
          </div>
        )}
      </div>
      {lesson.reviewNotes && lesson.reviewNotes.length > 0 && (
        <div className="draft__notes">
          <p className="draft__notes-title">{l.draftNotes}</p>
          <ul>
            {lesson.reviewNotes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}
      {blocked && blocking.length > 0 && <Alert tone="error">{l.privacyBlocked(blocking.length)}</Alert>}
      {error !== null && <Alert tone="error">{typeof error === 'string' ? error : errorText(error)}</Alert>}
      <div className="form">
        <PrivacyField
          name="text"
          label={l.lessonTextLabel}
          hint={l.lessonTextHint}
          value={text}
          onChange={(value) => {
            setText(value);
            changed();
          }}
          findings={privacy.findings}
          onAccept={(finding) => {
            privacy.accept(finding);
            changed();
          }}
          error={fieldErrors.text}
          required
        />
        <div className="draft__tags">
          <LessonTags lesson={{ elementIds, indicatorIds, themes: splitThemes(themes) }} />
        </div>
        <TagPicker
          elementIds={elementIds}
          indicatorIds={indicatorIds}
          error={fieldErrors.elementIds ?? fieldErrors.indicatorIds}
          onChange={(elements, indicators) => {
            setElementIds(elements);
            setIndicatorIds(indicators);
            changed();
          }}
        />
        <TextField
          label={l.themesField}
          hint={l.themesHint}
          name="themes"
          value={themes}
          error={fieldErrors.themes}
          onChange={(event) => {
            setThemes(event.target.value);
            changed();
          }}
        />
        <div className="button-row">
          <Button variant="secondary" busy={busy === 'save'} busyLabel={t.common.saving} onClick={() => void save()}>
            {l.saveDraft}
          </Button>
        </div>
        <fieldset className="draft__publish">
          <legend>{l.publishLegend}</legend>
          <div className="radio">
            <input
              type="radio"
              id={`${headingId}-community`}
              name={`${headingId}-visibility`}
              value="community"
              checked={visibility === 'community'}
              onChange={() => setVisibility('community')}
            />
            <label htmlFor={`${headingId}-community`}>{l.publishCommunity}</label>
          </div>
          <div className="radio">
            <input
              type="radio"
              id={`${headingId}-platform`}
              name={`${headingId}-visibility`}
              value="platform"
              checked={visibility === 'platform'}
              aria-describedby={`${headingId}-why`}
              onChange={() => setVisibility('platform')}
            />
            <label htmlFor={`${headingId}-platform`}>{l.publishPlatform}</label>
          </div>
          <p className="field__hint" id={`${headingId}-why`}>
            {l.publishPlatformWhy}
          </p>
        </fieldset>
        <div className="button-row">
          <Button busy={busy === 'publish'} busyLabel={l.publishing} onClick={() => void publish()}>
            {l.publish}
          </Button>
          <ConfirmAction
            triggerLabel={l.discard}
            triggerAriaLabel={l.discardAria(number)}
            question={l.discardQuestion(number)}
            confirmLabel={l.discardYes}
            cancelLabel={l.discardNo}
            busy={busy === 'discard'}
            busyLabel={l.discarding}
            onConfirm={discard}
          />
        </div>
      </div>
    </article>
  );
}

/**
 * Checkboxes for the werkzame elementen with their indicators, inside a disclosure. Choosing an
 * indicator chooses its element; clearing an element clears its indicators.
 */
function TagPicker({
  elementIds,
  indicatorIds,
  error,
  onChange,
}: {
  elementIds: string[];
  indicatorIds: string[];
  error?: string;
  onChange: (elementIds: string[], indicatorIds: string[]) => void;
}) {
  const l = useT().lessons;
  const { locale } = useLocale();
  const id = useId();
  // Open at first when nothing is chosen yet; afterwards the person opens and closes it.
  const [initiallyOpen] = useState(elementIds.length === 0);
  const count = elementIds.length + indicatorIds.length;
  const toggleElement = (elementId: string, on: boolean) => {
    if (on) onChange([...elementIds, elementId], indicatorIds);
    else onChange(elementIds.filter((x) => x !== elementId), indicatorIds.filter((x) => indicatorElementId(x) !== elementId));
  };
  const toggleIndicator = (indicatorId: string, on: boolean) => {
    const elementId = indicatorElementId(indicatorId);
    if (on) onChange(elementIds.includes(elementId) ? elementIds : [...elementIds, elementId], [...indicatorIds, indicatorId]);
    else onChange(elementIds, indicatorIds.filter((x) => x !== indicatorId));
  };
  return (
    <details className="tag-picker" open={initiallyOpen || undefined}>
      <summary>
        {l.editTags} ({l.tagsSummary(count)})
      </summary>
      <fieldset className="tag-picker__set" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
        <legend>{l.tagsLegend}</legend>
        <p className="field__hint" id={`${id}-hint`}>
          {l.tagsHint}
        </p>
        {error && (
          <p className="field__error" id={`${id}-error`}>
            {error}
          </p>
        )}
        {REFLECTIEKADER.elements.map((element) => (
          <div key={element.id} className="tag-picker__element">
            <div className="checkbox">
              <input
                id={`${id}-${element.id}`}
                type="checkbox"
                checked={elementIds.includes(element.id)}
                onChange={(event) => toggleElement(element.id, event.target.checked)}
              />
              <label htmlFor={`${id}-${element.id}`}>
                {element.number}. {element.label[locale]}
              </label>
            </div>
            {element.indicators.length > 0 && (
              <ul className="tag-picker__indicators" aria-label={element.label[locale]}>
                {element.indicators.map((indicator) => (
                  <li key={indicator.id} className="checkbox checkbox--small">
                    <input
                      id={`${id}-${indicator.id}`}
                      type="checkbox"
                      checked={indicatorIds.includes(indicator.id)}
                      onChange={(event) => toggleIndicator(indicator.id, event.target.checked)}
                    />
                    <label htmlFor={`${id}-${indicator.id}`}>{indicator.label[locale]}</label>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </fieldset>
    </details>
  );
}
