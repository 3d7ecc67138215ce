import { indicatorElementId, indicatorsOf, LESSON_VISIBILITIES, REFLECTIEKADER, type LessonExportFormat, type LessonPage, type LessonView } from '@mao/domain';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError, api, requestFile } from '../api';
import { useErrorText, useFormat, useLocale, useT } from '../i18n';
import { useResource } from '../shared/useResource';
import { Alert, Button, LiveStatus, PageTitle, Section, Select, TextField } from '../ui';
import { offerDownload } from '../shared/download';
import { filterParams, listQuery, pageOf, PAGE_SIZE, withPage } from './filters';
import { Snippet } from './Snippet';
import { LessonTags, lessonSummary } from './tags';

interface FilterValues {
  q: string;
  element: string;
  indicator: string;
  communityId: string;
  methodId: string;
  theme: string;
  from: string;
  to: string;
  visibility: string;
}

function valuesFrom(search: URLSearchParams): FilterValues {
  const indicator = search.get('indicator') ?? '';
  return {
    q: search.get('q') ?? '',
    // An indicator always belongs to its element: show that element as chosen.
    element: search.get('element') ?? (indicator ? indicatorElementId(indicator) : ''),
    indicator,
    communityId: search.get('communityId') ?? '',
    methodId: search.get('methodId') ?? '',
    theme: search.get('theme') ?? '',
    from: search.get('from') ?? '',
    to: search.get('to') ?? '',
    visibility: search.get('visibility') ?? '',
  };
}

/** How long typing in the search box or the theme pauses before the list follows. */
export const FILTER_TYPING_DELAY_MS = 400;

const TYPED: ReadonlyArray<keyof FilterValues> = ['q', 'theme'];
const isUsableDate = (value: string) => value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The URL query for these filter values (empty ones left out), keeping repeats a shared link had. */
function queryOf(values: FilterValues, search: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    const trimmed = key === 'q' ? value : value.trim();
    if (trimmed.trim() !== '') next.set(key, trimmed);
  }
  // Repeated values of a filter the form shows only once (e.g. from a shared link) stay.
  for (const key of ['element', 'indicator', 'theme'] as const) {
    const all = search.getAll(key);
    if (all.length > 1 && all[0] === values[key]) for (const extra of all.slice(1)) next.append(key, extra);
  }
  return next;
}

/**
 * `/lessen`: the lessons library. Search (Dutch full text) and filters live in the URL, so a
 * filtered list can be shared and bookmarked, and "back" returns to the previous search.
 * Filters apply at once (issue 15): a choice in a list or a date immediately, typed text after a
 * short pause; there is no search button. While the next result loads the previous one stays on
 * screen (marked busy), and only the new count is announced (a polite live region). Export is
 * offered only when there is something to export.
 */
export function LibraryPage() {
  const t = useT();
  const l = t.lessons;
  const { locale } = useLocale();
  const [search, setSearch] = useSearchParams();
  const apiQuery = listQuery(search);
  const filterQuery = filterParams(search).toString();
  const page = pageOf(search);
  const [values, setValues] = useState<FilterValues>(() => valuesFrom(search));
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const focusResults = useRef(false);
  /** The filter query this page itself put in the URL last (its echo must not overwrite what is being typed). */
  const applied = useRef<string | null>(null);

  // Back/forward or a link changes the URL: the form shows what is searched.
  useEffect(() => {
    if (applied.current === filterQuery) return;
    applied.current = null;
    setValues(valuesFrom(new URLSearchParams(filterQuery)));
  }, [filterQuery]);

  const lessons = useResource((signal) => api.lessons.list(apiQuery, signal), [apiQuery]);
  // The last result stays on screen while the next one loads, so the list does not jump at every change.
  const [shown, setShown] = useState<LessonPage | null>(null);
  useEffect(() => {
    if (lessons.status === 'ready') setShown(lessons.data);
    if (lessons.status === 'error') setShown(null);
  }, [lessons.status, lessons.data]);
  const current = lessons.status === 'ready' ? lessons.data : lessons.status === 'loading' ? shown : null;
  const options = useResource(
    async (signal) => {
      const [communities, methods] = await Promise.all([
        api.communities.list(signal).catch(() => []),
        api.methods.builtIn(signal).catch(() => []),
      ]);
      return { communities, methods };
    },
    [],
  );

  useEffect(() => {
    if (lessons.status !== 'loading' && focusResults.current) {
      focusResults.current = false;
      resultsHeading.current?.focus();
    }
  }, [lessons.status]);

  // The newest form values and URL, for a pause in typing that ends after other filters changed.
  const latest = useRef({ values, search });
  latest.current = { values, search };

  /** Puts the filters in the URL (a new filter set starts at page 1). Typing replaces the history entry instead of adding one per pause. */
  const apply = useCallback(
    (next: FilterValues, replace: boolean) => {
      const current = latest.current.search;
      const query = queryOf(next, current);
      if (query.toString() === filterParams(current).toString() && pageOf(current) === 1) return;
      applied.current = filterParams(query).toString();
      setSearch(query, { replace });
    },
    [setSearch],
  );

  // Typed text (search, theme) follows after a pause in typing — with whatever else is chosen by then.
  const typedKey = JSON.stringify(TYPED.map((key) => values[key]));
  useEffect(() => {
    const inUrl = valuesFrom(search);
    if (TYPED.every((key) => values[key].trim() === inUrl[key].trim())) return;
    const timer = setTimeout(() => apply(latest.current.values, true), FILTER_TYPING_DELAY_MS);
    return () => clearTimeout(timer);
    // `typedKey` stands for the typed fields; the other filters apply on their own.
  }, [typedKey]);

  const set = (name: keyof FilterValues, value: string) => {
    const next = { ...values, [name]: value, ...(name === 'element' ? { indicator: '' } : {}) };
    setValues(next);
    // Choices apply at once; a date once it is a whole date (or cleared).
    if (TYPED.includes(name)) return;
    if ((name === 'from' || name === 'to') && !isUsableDate(value)) return;
    apply(next, false);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    // Enter in a field: apply now rather than after the pause.
    event.preventDefault();
    apply(values, false);
  };

  const elementOptions = REFLECTIEKADER.elements.map((element) => ({ value: element.id, label: `${element.number}. ${element.label[locale]}` }));
  const indicatorOptions = values.element ? indicatorsOf(values.element).map((indicator) => ({ value: indicator.id, label: indicator.label[locale] })) : [];
  const communityOptions = (options.data?.communities ?? []).map((community) => ({ value: community.id, label: community.name }));
  const methodOptions = (options.data?.methods ?? []).map((entry) => ({ value: entry.method.id, label: entry.method.name[locale] }));
  const visibilityOptions = LESSON_VISIBILITIES.map((visibility) => ({ value: visibility, label: l.visibilityOptions[visibility] }));

  return (
    <div className="page lessons-library">
      <PageTitle title={l.libraryTitle} siteName={t.common.appName} lead={l.libraryIntro} />
      <p>
        <Link to={filterQuery ? `/lessen/overzicht?${filterQuery}` : '/lessen/overzicht'}>{l.overviewLink}</Link>
      </p>
      <div className="lessons-layout">
        <form role="search" aria-label={l.searchLabel} className="form card lessons-filters" noValidate onSubmit={submit}>
          <TextField type="search" name="q" label={l.searchLabel} hint={l.searchHint} value={values.q} onChange={(e) => set('q', e.target.value)} maxLength={200} />
          <fieldset className="lessons-filters__set">
            <legend>{l.filtersTitle}</legend>
            <Select label={l.element} name="element" value={values.element} placeholder={l.anyElement} options={elementOptions} onChange={(e) => set('element', e.target.value)} />
            <Select
              label={l.indicator}
              name="indicator"
              value={values.indicator}
              placeholder={l.anyIndicator}
              options={indicatorOptions}
              hint={!values.element ? l.indicatorHintChooseElement : indicatorOptions.length === 0 ? l.noIndicators : undefined}
              onChange={(e) => set('indicator', e.target.value)}
            />
            <Select label={l.community} name="communityId" value={values.communityId} placeholder={l.anyCommunity} options={communityOptions} onChange={(e) => set('communityId', e.target.value)} />
            <Select label={l.method} name="methodId" value={values.methodId} placeholder={l.anyMethod} options={methodOptions} onChange={(e) => set('methodId', e.target.value)} />
            <TextField label={l.theme} name="theme" hint={l.themeHint} value={values.theme} onChange={(e) => set('theme', e.target.value)} />
            <div className="form-row lessons-filters__period">
              <TextField type="date" label={l.from} name="from" value={values.from} onChange={(e) => set('from', e.target.value)} />
              <TextField type="date" label={l.to} name="to" value={values.to} onChange={(e) => set('to', e.target.value)} />
            </div>
            <p className="field__hint">{l.periodHint}</p>
            <Select label={l.visibility} name="visibility" value={values.visibility} placeholder={l.anyVisibility} options={visibilityOptions} onChange={(e) => set('visibility', e.target.value)} />
          </fieldset>
          <p className="field__hint">{l.filtersApplyAtOnce}</p>
          <div className="button-row">
            <Link to="/lessen" className="button button--quiet">
              {l.clear}
            </Link>
          </div>
        </form>

        <div className="lessons-main">
        <section className="lessons-results" aria-labelledby="lessons-results-title" aria-busy={lessons.status === 'loading'}>
          <h2 id="lessons-results-title" className="section__title" tabIndex={-1} ref={resultsHeading}>
            {l.resultsTitle}
          </h2>
          <ResultCount lessons={current} />
          {lessons.status === 'error' && <LoadError error={lessons.error} onRetry={lessons.reload} />}
          {current && (
            <div className={lessons.status === 'loading' ? 'lessons-results__list lessons-results__list--stale' : 'lessons-results__list'}>
              {current.items.length === 0 ? (
                <p className="empty">{l.noResults}</p>
              ) : (
                <ul className="lesson-list" aria-label={l.resultsLabel}>
                  {current.items.map((lesson) => (
                    <li key={lesson.id}>
                      <LessonCard lesson={lesson} />
                    </li>
                  ))}
                </ul>
              )}
              <Pagination page={page} data={current} search={search} onNavigate={() => (focusResults.current = true)} />
            </div>
          )}
        </section>
        {current && current.total > 0 && <ExportSection filterQuery={filterQuery} />}
        </div>
      </div>
    </div>
  );
}

/**
 * The number of results, announced politely. It changes only when a result arrives (never to
 * "searching…" in between), so each change of the filters is announced once.
 */
function ResultCount({ lessons }: { lessons: LessonPage | null }) {
  const t = useT();
  const l = t.lessons;
  const { locale } = useLocale();
  const number = (n: number) => n.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB');
  let text = '';
  if (lessons) {
    const count = l.resultCount(number(lessons.total), lessons.total, lessons.totalIsLowerBound);
    const pages = Math.max(1, Math.ceil(lessons.total / (lessons.limit || PAGE_SIZE)));
    text = lessons.total > lessons.limit ? `${count} ${l.pageOf(Math.floor(lessons.offset / lessons.limit) + 1, pages)}.` : count;
  }
  return (
    <p role="status" aria-live="polite" className="lessons-count">
      {text}
    </p>
  );
}

function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  const l = t.lessons;
  const errorText = useErrorText();
  const badInput = error instanceof ApiError && error.status === 400;
  return (
    <Alert tone="error" title={badInput ? l.badFilters : l.loadError}>
      <p>{errorText(error)}</p>
      {badInput ? (
        <Link to="/lessen">{l.clear}</Link>
      ) : (
        <Button variant="secondary" onClick={onRetry}>
          {t.common.retry}
        </Button>
      )}
    </Alert>
  );
}

/** One lesson in the list: a short title linking to the lesson, the snippet or the start of the text, tags and context. */
export function LessonCard({ lesson }: { lesson: LessonView }) {
  const t = useT();
  const l = t.lessons;
  const format = useFormat();
  const headingId = `lesson-${lesson.id}`;
  // A short title and what follows it — never the whole text as title and again as body.
  const summary = lessonSummary(lesson.text);
  return (
    <article className="lesson-card" aria-labelledby={headingId}>
      <h3 className="lesson-card__title" id={headingId}>
        <Link to={`/lessen/${lesson.id}`}>{summary.title}</Link>
      </h3>
      {lesson.snippet !== undefined ? <Snippet snippet={lesson.snippet} /> : summary.rest && <p className="lesson-card__text">{summary.rest}</p>}
      <LessonTags lesson={lesson} />
      <dl className="lesson-card__meta">
        <div>
          <dt>{l.community}</dt>
          <dd>{lesson.community.name}</dd>
        </div>
        <div>
          <dt>{l.session}</dt>
          <dd>
            {lesson.session ? (
              <>
                {lesson.session.title} · <time dateTime={lesson.session.date}>{format.date(lesson.session.date)}</time>
              </>
            ) : (
              l.noSession
            )}
          </dd>
        </div>
        {lesson.method && (
          <div>
            <dt>{l.method}</dt>
            <dd>{lesson.method.name}</dd>
          </div>
        )}
        <div>
          <dt>{l.visibilityLabel}</dt>
          <dd>{l.visibilityShort[lesson.visibility]}</dd>
        </div>
        <div>
          <dt className="visually-hidden">{l.reflectionsTitle}</dt>
          <dd>{l.reflectionCount(lesson.reflectionCount)}</dd>
        </div>
      </dl>
    </article>
  );
}

function Pagination({ page, data, search, onNavigate }: { page: number; data: LessonPage; search: URLSearchParams; onNavigate: () => void }) {
  const l = useT().lessons;
  const hasNext = data.totalIsLowerBound ? data.items.length === data.limit : data.offset + data.items.length < data.total;
  const hasPrevious = page > 1;
  if (!hasNext && !hasPrevious) return null;
  const pages = Math.max(1, Math.ceil(data.total / (data.limit || PAGE_SIZE)));
  return (
    <nav className="pagination" aria-label={l.pagination}>
      <ul>
        <li>
          {hasPrevious && (
            <Link to={withPage(search, page - 1)} rel="prev" onClick={onNavigate}>
              {l.previous}
            </Link>
          )}
        </li>
        <li aria-current="page">{data.totalIsLowerBound ? `${page}` : l.pageOf(page, pages)}</li>
        <li>
          {hasNext && (
            <Link to={withPage(search, page + 1)} rel="next" onClick={onNavigate}>
              {l.next}
            </Link>
          )}
        </li>
      </ul>
    </nav>
  );
}

function ExportSection({ filterQuery }: { filterQuery: string }) {
  const t = useT();
  const l = t.lessons;
  const errorText = useErrorText();
  const [busy, setBusy] = useState<LessonExportFormat | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async (format: LessonExportFormat) => {
    if (busy) return;
    setBusy(format);
    setDone(null);
    setError(null);
    try {
      const { blob, fileName: file } = await requestFile(api.lessons.exportUrl(format, filterQuery), `geleerde-lessen.${format}`);
      offerDownload(blob, file);
      setDone(l.exported(file));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Section title={l.exportTitle} intro={l.exportIntro} className="section--quiet">
      <LiveStatus message={done} />
      {error !== null && <Alert tone="error">{errorText(error)}</Alert>}
      <div className="button-row">
        <Button variant="secondary" busy={busy === 'md'} busyLabel={l.exporting} onClick={() => void run('md')}>
          {l.exportMd}
        </Button>
        <Button variant="secondary" busy={busy === 'csv'} busyLabel={l.exporting} onClick={() => void run('csv')}>
          {l.exportCsv}
        </Button>
      </div>
    </Section>
  );
}

