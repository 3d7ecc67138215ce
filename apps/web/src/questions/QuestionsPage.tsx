import { QUESTION_LIST_FILTERS, type LessonPage, type QuestionListFilter, type QuestionPage, type QuestionSummary } from '@mao/domain';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api';
import { useErrorText, useFormat, useT } from '../i18n';
import { LessonCard } from '../lessons/LibraryPage';
import { Snippet } from '../lessons/Snippet';
import { useFlash } from '../shared/flash';
import { useResource } from '../shared/useResource';
import { Alert, Badge, Button, Loading, PageTitle, Select, TextField, buttonClass } from '../ui';
import { questionsApi } from './api';
import { AuthorLine } from './AuthorLine';
import { JoinPanel } from './JoinPanel';

type SearchType = 'questions' | 'lessons' | 'all';
const SEARCH_TYPES: readonly SearchType[] = ['questions', 'lessons', 'all'];
const isFilter = (value: string | null): value is QuestionListFilter => value !== null && (QUESTION_LIST_FILTERS as readonly string[]).includes(value);
const isType = (value: string | null): value is SearchType => value !== null && (SEARCH_TYPES as readonly string[]).includes(value);

/**
 * `/vragen`: Vraag en advies. People who have not joined (or wait for approval) see only how to
 * join. Members see the questions with one search box and a type filter (questions, lessons or
 * both — the same Dutch full-text search as the lessons library), and a status filter.
 */
export function QuestionsPage() {
  const t = useT();
  const q = t.questions;
  const errorText = useErrorText();
  const flash = useFlash();
  const membership = useResource((signal) => questionsApi.membership(signal), []);

  if (membership.status === 'loading') return <Loading label={t.common.loading} />;
  if (membership.status === 'error') {
    return (
      <div className="page page--narrow">
        <PageTitle title={q.loadError} siteName={t.common.appName} />
        <Alert tone="error">
          <p>{errorText(membership.error)}</p>
          <Button variant="secondary" onClick={membership.reload}>
            {t.common.retry}
          </Button>
        </Alert>
      </div>
    );
  }
  const { relation, request } = membership.data;
  if (relation === 'outsider' || relation === 'pending') {
    return (
      <div className="page page--narrow">
        <PageTitle title={q.title} siteName={t.common.appName} lead={q.intro} />
        <JoinPanel pending={relation === 'pending'} rejected={request?.status === 'rejected'} onSent={membership.reload} />
      </div>
    );
  }
  return (
    <div className="page">
      <PageTitle title={q.title} siteName={t.common.appName} lead={q.intro} />
      {flash && <Alert tone={flash.kind}>{flash.message}</Alert>}
      <p className="button-row">
        <Link to="/vragen/nieuw" className={buttonClass('primary')}>
          {q.ask}
        </Link>
        {(relation === 'makelaar' || relation === 'admin') && (
          <Link to="/vragen/makelen" className={buttonClass('secondary')}>
            {q.makelaarLink}
          </Link>
        )}
      </p>
      <QuestionSearch />
    </div>
  );
}

function QuestionSearch() {
  const t = useT();
  const q = t.questions;
  const errorText = useErrorText();
  const [search, setSearch] = useSearchParams();
  const text = search.get('q') ?? '';
  const type: SearchType = isType(search.get('type')) ? (search.get('type') as SearchType) : 'questions';
  const filter: QuestionListFilter = isFilter(search.get('filter')) ? (search.get('filter') as QuestionListFilter) : 'all';
  const [draft, setDraft] = useState(text);
  const [draftType, setDraftType] = useState<SearchType>(type);

  const questionQuery = new URLSearchParams({ ...(text ? { q: text } : {}), ...(filter !== 'all' ? { filter } : {}) }).toString();
  const showQuestions = type !== 'lessons';
  const showLessons = type !== 'questions' && text !== '';
  const questions = useResource<QuestionPage | null>((signal) => (showQuestions ? questionsApi.list(questionQuery, signal) : Promise.resolve(null)), [questionQuery, showQuestions]);
  const lessons = useResource<LessonPage | null>((signal) => (showLessons ? api.lessons.list(new URLSearchParams({ q: text }).toString(), signal) : Promise.resolve(null)), [text, showLessons]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams(search);
    if (draft.trim()) next.set('q', draft.trim());
    else next.delete('q');
    if (draftType !== 'questions') next.set('type', draftType);
    else next.delete('type');
    setSearch(next, { replace: true });
  };
  const setFilter = (value: string) => {
    const next = new URLSearchParams(search);
    if (value && value !== 'all') next.set('filter', value);
    else next.delete('filter');
    setSearch(next, { replace: true });
  };

  return (
    <>
      <form role="search" className="card question-search" onSubmit={submit} aria-label={q.searchLabel}>
        <TextField label={q.searchLabel} hint={q.searchHint} type="search" value={draft} onChange={(event) => setDraft(event.target.value)} />
        <Select
          label={q.searchType}
          value={draftType}
          options={SEARCH_TYPES.map((value) => ({ value, label: q.searchTypes[value] }))}
          onChange={(event) => setDraftType(event.target.value as SearchType)}
        />
        <div className="question-search__submit">
          <Button type="submit">{q.searchButton}</Button>
        </div>
      </form>
      {showQuestions && (
        <section aria-labelledby="questions-heading" className="stack">
          <div className="question-list__head">
            <h2 id="questions-heading">{q.questionsHeading}</h2>
            <Select label={q.filter} value={filter} options={QUESTION_LIST_FILTERS.map((value) => ({ value, label: q.filters[value] }))} onChange={(event) => setFilter(event.target.value)} />
          </div>
          {questions.status === 'loading' && <Loading label={t.common.loading} />}
          {questions.status === 'error' && <Alert tone="error">{errorText(questions.error)}</Alert>}
          {questions.status === 'ready' && questions.data && (
            <>
              <p className="muted" aria-live="polite">
                {q.questionsFound(questions.data.total)}
              </p>
              {questions.data.items.length === 0 ? (
                <p className="empty">{q.noQuestions}</p>
              ) : (
                <ul className="question-list">
                  {questions.data.items.map((question) => (
                    <li key={question.id}>
                      <QuestionCard question={question} />
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </section>
      )}
      {showLessons && (
        <section aria-labelledby="lessons-heading" className="stack">
          <h2 id="lessons-heading">{q.lessonsHeading}</h2>
          {lessons.status === 'loading' && <Loading label={t.common.loading} />}
          {lessons.status === 'error' && <Alert tone="error">{errorText(lessons.error)}</Alert>}
          {lessons.status === 'ready' && lessons.data && (
            <>
              <p className="muted" aria-live="polite">
                {q.lessonsFound(lessons.data.total)}
              </p>
              {lessons.data.items.length === 0 ? (
                <p className="empty">{q.noLessons}</p>
              ) : (
                <ul className="question-list">
                  {lessons.data.items.map((lesson) => (
                    <li key={lesson.id}>
                      <LessonCard lesson={lesson} />
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </section>
      )}
    </>
  );
}

export function QuestionCard({ question }: { question: QuestionSummary }) {
  const t = useT();
  const q = t.questions;
  const format = useFormat();
  return (
    <article className="card question-card">
      <h3 className="question-card__title">
        <Link to={`/vragen/${question.id}`}>{question.title}</Link>
      </h3>
      {question.snippet !== undefined && <Snippet snippet={question.snippet} />}
      <AuthorLine label={q.askedBy} author={question.author} />
      <p className="question-card__meta">
        <Badge tone={question.status === 'open' ? 'accent' : 'neutral'}>{question.status === 'open' ? q.open : q.closed}</Badge>
        <span>{format.date(question.createdAt)}</span>
        <span>{q.answers(question.answerCount)}</span>
        {question.helpfulCount > 0 && <span>{q.helpfulCount(question.helpfulCount)}</span>}
        <span>
          {q.aimedAt}: {question.domains.map((domain) => q.domains[domain]).join(', ')}
        </span>
        {question.outsideRegionOnly && <span>{q.outsideRegionOnly}</span>}
      </p>
    </article>
  );
}
