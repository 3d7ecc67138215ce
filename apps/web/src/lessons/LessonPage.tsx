import {
  createActionPerspectiveSchema,
  createReflectionSchema,
  findElement,
  findIndicator,
  type ActionPerspectiveView,
  type CreateActionPerspectiveInput,
  type CreateReflectionInput,
  type LessonDetail,
  type ReflectionView,
} from '@mao/domain';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../api';
import { PrivacyField } from '../cases/PrivacyField';
import { useErrorText, useFormat, useT } from '../i18n';
import { useForm } from '../shared/useForm';
import { useResource } from '../shared/useResource';
import { Alert, Badge, Button, LiveStatus, Loading, PageTitle, Section, Select, TextArea, TextField } from '../ui';
import { ReportButton } from '../admin/ReportButton';
import { DraftEditor } from './HarvestReviewPage';
import { useWriterProfile } from '../questions/AuthorLine';
import { libraryHref } from './filters';
import { usePrivacyCheck } from './privacy';
import { groupedTags, lessonExcerpt, useAuthorName, useFrameworkLabels } from './tags';

/** `/lessen/:id`: one lesson in context, with its ordering, reflections and action perspectives. */
export function LessonPage() {
  const { id = '' } = useParams();
  const t = useT();
  const l = t.lessons;
  const errorText = useErrorText();
  const lesson = useResource((signal) => api.lessons.get(id, signal), [id]);
  const back = (
    <p className="breadcrumb">
      <Link to="/lessen">{l.backToLibrary}</Link>
    </p>
  );

  if (lesson.status === 'loading') return <Loading label={t.common.loading} />;
  if (lesson.status === 'error') {
    const notFound = lesson.error instanceof ApiError && (lesson.error.status === 404 || lesson.error.status === 400);
    return (
      <div className="page page--narrow">
        {back}
        <PageTitle title={notFound ? l.notFound : l.pageLoadError} siteName={t.common.appName} />
        {!notFound && (
          <Alert tone="error">
            <p>{errorText(lesson.error)}</p>
            <Button variant="secondary" onClick={lesson.reload}>
              {t.common.retry}
            </Button>
          </Alert>
        )}
      </div>
    );
  }
  return (
    <div className="page lesson-page">
      {back}
      <LessonContent lesson={lesson.data} onChange={(change) => lesson.update(change)} />
    </div>
  );
}

function LessonContent({ lesson, onChange }: { lesson: LessonDetail; onChange: (change: (current: LessonDetail) => LessonDetail) => void }) {
  const t = useT();
  const l = t.lessons;
  const format = useFormat();
  return (
    <>
      <PageTitle
        title={lessonExcerpt(lesson.text) || l.lessonTitleFallback}
        siteName={t.common.appName}
        lead={
          <>
            {lesson.community.name}
            {lesson.session && (
              <>
                {' · '}
                {lesson.session.title} · <time dateTime={lesson.session.date}>{format.date(lesson.session.date)}</time>
              </>
            )}
          </>
        }
      />
      {lesson.status !== 'published' && (
        <Alert tone="warning">
          <p>{lesson.status === 'merged' ? l.mergedNotice : l.statusNotice(l.status[lesson.status])}</p>
          {lesson.mergedIntoId && <Link to={`/lessen/${lesson.mergedIntoId}`}>{l.mergedLink}</Link>}
          {lesson.can.review && lesson.session && lesson.status === 'draft' && <Link to={`/sessies/${lesson.session.id}/oogst`}>{l.reviewLink}</Link>}
        </Alert>
      )}
      {/* A draft without a session (an answer harvested from Vraag en advies) is reviewed here, with the same editor as a session's harvest. */}
      {lesson.can.review && !lesson.session && lesson.status === 'draft' && (
        <DraftEditor
          lesson={lesson}
          number={1}
          selectable={false}
          selected={false}
          onSelect={() => undefined}
          onSaved={(next) => onChange((current) => ({ ...current, ...next }))}
          onGone={(next) => onChange((current) => ({ ...current, ...next }))}
        />
      )}
      <div className="stack">
        <Section title={l.lessonText}>
          <p className="lesson-text pre-line">{lesson.text}</p>
          {lesson.status === 'published' && <ReportButton contentType="lesson" contentId={lesson.id} label={`${t.admin.report}: ${l.lessonText}`} />}
        </Section>
        <ContextSection lesson={lesson} />
        <ElementsSection lesson={lesson} />
        <ReflectionsSection lesson={lesson} onAdded={(reflection) => onChange((current) => ({ ...current, reflections: [...current.reflections, reflection], reflectionCount: current.reflectionCount + 1 }))} />
        <PerspectivesSection
          lesson={lesson}
          onAdded={(perspective) => onChange((current) => ({ ...current, actionPerspectives: [...current.actionPerspectives, perspective] }))}
        />
      </div>
    </>
  );
}

function ContextSection({ lesson }: { lesson: LessonDetail }) {
  const l = useT().lessons;
  const authorName = useAuthorName();
  const writerProfile = useWriterProfile();
  const format = useFormat();
  return (
    <Section title={l.contextTitle}>
      <dl className="facts">
        <div>
          <dt>{l.community}</dt>
          <dd>
            <Link to={`/cops/${lesson.community.id}`}>{lesson.community.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{l.session}</dt>
          <dd>
            {lesson.session ? (
              <>
                <Link to={`/sessies/${lesson.session.id}`}>{lesson.session.title}</Link> ·{' '}
                <time dateTime={lesson.session.date}>{format.date(lesson.session.date)}</time>
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
          <dd>
            <Badge>{l.visibilityShort[lesson.visibility]}</Badge>
          </dd>
        </div>
        {lesson.publishedAt && (
          <div>
            <dt>{l.published}</dt>
            <dd>
              <time dateTime={lesson.publishedAt}>{format.date(lesson.publishedAt)}</time>
            </dd>
          </div>
        )}
        {lesson.authorName && (
          <div>
            <dt>{l.author}</dt>
            <dd>
              {lesson.authors && lesson.authors.length > 0 ? (
                // Each writer with their domain, organisation and region (issue 17), as questions and answers show them.
                <ul className="lesson-authors" aria-label={l.authorsLabel}>
                  {lesson.authors.map((author, index) => (
                    <li key={`${index}-${author.name}`}>
                      {authorName(author.name)}
                      {author.profile && <span className="muted"> · {writerProfile(author.profile)}</span>}
                    </li>
                  ))}
                </ul>
              ) : (
                authorName(lesson.authorName)
              )}
            </dd>
          </div>
        )}
        {lesson.themes.length > 0 && (
          <div>
            <dt>{l.themesLabel}</dt>
            <dd>
              <ul className="tags" aria-label={l.themesLabel}>
                {lesson.themes.map((theme) => (
                  <li key={theme} className="tag lesson-tag lesson-tag--theme">
                    <Link to={libraryHref({ theme })} aria-label={l.moreLikeThis(theme)}>
                      {theme}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
    </Section>
  );
}

function ElementsSection({ lesson }: { lesson: LessonDetail }) {
  const l = useT().lessons;
  const labels = useFrameworkLabels();
  const groups = groupedTags(lesson);
  return (
    <Section title={l.elementsTitle} intro={groups.length > 0 ? l.elementsIntro : undefined}>
      {groups.length === 0 ? (
        <p className="muted">{l.noTags}</p>
      ) : (
        <div className="lesson-elements">
          {groups.map((group) => {
            const element = findElement(group.elementId);
            return (
              <div key={group.elementId} className="lesson-element">
                <h3 className="lesson-element__title">{labels.element(group.elementId)}</h3>
                {element && <p className="muted">{element.description[labels.locale]}</p>}
                {group.indicatorIds.length > 0 && (
                  <ul className="lesson-element__indicators">
                    {group.indicatorIds.map((indicatorId) => {
                      const indicator = findIndicator(indicatorId);
                      return (
                        <li key={indicatorId}>
                          <strong>{labels.indicator(indicatorId)}</strong>
                          {indicator && <> — {indicator.description[labels.locale]}</>}{' '}
                          <Link to={libraryHref({ indicator: indicatorId })}>{l.moreLikeThis(labels.indicator(indicatorId))}</Link>
                        </li>
                      );
                    })}
                  </ul>
                )}
                <p>
                  <Link to={libraryHref({ element: group.elementId })}>{l.moreLikeThis(labels.element(group.elementId))}</Link>
                </p>
              </div>
            );
          })}
        </div>
      )}
    </Section>
  );
}

function ReflectionsSection({ lesson, onAdded }: { lesson: LessonDetail; onAdded: (reflection: ReflectionView) => void }) {
  const t = useT();
  const l = t.lessons;
  const authorName = useAuthorName();
  const writerProfile = useWriterProfile();
  const format = useFormat();
  return (
    <Section title={l.reflectionsTitle} intro={l.reflectionsIntro}>
      {lesson.reflections.length === 0 ? (
        <p className="muted">{l.noReflections}</p>
      ) : (
        <ol className="reflection-list" aria-label={l.reflectionCount(lesson.reflections.length)}>
          {lesson.reflections.map((reflection) => (
            <li key={reflection.id} className="reflection">
              <p className="reflection__meta">
                <strong>{l.reflectionBy(authorName(reflection.authorName))}</strong>
                {reflection.author && <span className="muted"> · {writerProfile(reflection.author)}</span>} · <time dateTime={reflection.createdAt}>{format.date(reflection.createdAt)}</time>
              </p>
              <p className="pre-line">{reflection.text}</p>
              <ReportButton contentType="reflection" contentId={reflection.id} label={`${t.admin.report}: ${l.reflectionBy(reflection.authorName)}`} />
            </li>
          ))}
        </ol>
      )}
      {lesson.can.reflect ? <ReflectionForm lessonId={lesson.id} onAdded={onAdded} /> : <p className="muted">{l.cannotReflect}</p>}
    </Section>
  );
}

function ReflectionForm({ lessonId, onAdded }: { lessonId: string; onAdded: (reflection: ReflectionView) => void }) {
  const t = useT();
  const l = t.lessons;
  const errorText = useErrorText();
  const [message, setMessage] = useState<string | null>(null);
  const [text, setText] = useState('');
  const privacy = usePrivacyCheck(text);
  const [blocked, setBlocked] = useState(false);
  const form = useForm<{ text: string }, CreateReflectionInput>({
    initial: { text: '' },
    schema: createReflectionSchema,
    toInput: () => ({ text, acceptedFindings: privacy.accepted }),
    onSubmit: async (input) => {
      const reflection = await api.lessons.reflect(lessonId, input);
      onAdded(reflection);
      setText('');
      privacy.reset();
      setMessage(l.reflectionPlaced);
    },
  });
  return (
    <form
      className="form reflection-form"
      noValidate
      ref={form.formRef}
      onSubmit={(event) => {
        setMessage(null);
        // The text as it is now: a reflection sent right after typing does not wait for the pause.
        if (privacy.checkNow().length > 0) {
          event.preventDefault();
          setBlocked(true);
          requestAnimationFrame(() => form.formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
          return;
        }
        setBlocked(false);
        void form.handleSubmit(event);
      }}
    >
      <LiveStatus message={message} />
      {blocked && privacy.findings.length > 0 && <Alert tone="error">{l.privacyBlocked(privacy.findings.length)}</Alert>}
      {form.serverError !== null && <Alert tone="error">{errorText(form.serverError)}</Alert>}
      <PrivacyField
        name="text"
        label={l.yourReflection}
        hint={l.yourReflectionHint}
        value={text}
        onChange={(value) => {
          setText(value);
          form.setValue('text', value);
        }}
        findings={privacy.findings}
        onAccept={privacy.accept}
        error={form.errors.text}
        required
      />
      <div className="button-row">
        <Button type="submit" busy={form.submitting} busyLabel={l.placingReflection}>
          {l.placeReflection}
        </Button>
      </div>
    </form>
  );
}

function PerspectivesSection({ lesson, onAdded }: { lesson: LessonDetail; onAdded: (perspective: ActionPerspectiveView) => void }) {
  const l = useT().lessons;
  const writerProfile = useWriterProfile();
  const communities = useResource((signal) => api.communities.list(signal), []);
  const facilitated = (communities.data ?? []).filter((community) => community.myRole === 'facilitator');
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  return (
    <Section title={l.perspectivesTitle} intro={l.perspectivesIntro}>
      <LiveStatus message={message} />
      {lesson.actionPerspectives.length === 0 ? (
        <p className="muted">{l.noPerspectives}</p>
      ) : (
        <ul className="perspective-list" aria-label={l.perspectivesTitle}>
          {lesson.actionPerspectives.map((perspective) => (
            <li key={perspective.id} className="perspective">
              <h3 className="perspective__title">{perspective.title}</h3>
              <p className="pre-line">{perspective.text}</p>
              {perspective.createdByName && (
                <p className="perspective__by">
                  {l.perspectiveBy(perspective.createdByName)}
                  {perspective.author && <span className="muted"> · {writerProfile(perspective.author)}</span>}
                </p>
              )}
              <p className="muted">{l.perspectiveMeta(perspective.community.name, perspective.lessonIds.length)}</p>
            </li>
          ))}
        </ul>
      )}
      {facilitated.length > 0 && (
        <>
          <Button ref={toggleRef} variant="secondary" aria-expanded={open} onClick={() => setOpen((value) => !value)}>
            {l.addPerspective}
          </Button>
          {open && (
            <PerspectiveForm
              lesson={lesson}
              communities={facilitated.map((community) => ({ value: community.id, label: community.name }))}
              onSaved={(perspective) => {
                onAdded(perspective);
                setOpen(false);
                setMessage(l.perspectiveSaved);
                toggleRef.current?.focus();
              }}
            />
          )}
        </>
      )}
    </Section>
  );
}

function PerspectiveForm({
  lesson,
  communities,
  onSaved,
}: {
  lesson: LessonDetail;
  communities: Array<{ value: string; label: string }>;
  onSaved: (perspective: ActionPerspectiveView) => void;
}) {
  const t = useT();
  const l = t.lessons;
  const errorText = useErrorText();
  const initialCommunity = communities.find((c) => c.value === lesson.community.id)?.value ?? communities[0]?.value ?? '';
  const form = useForm<{ communityId: string; title: string; text: string }, CreateActionPerspectiveInput>({
    initial: { communityId: initialCommunity, title: '', text: '' },
    schema: createActionPerspectiveSchema,
    toInput: (values) => ({ title: values.title, text: values.text, lessonIds: [lesson.id] }),
    onSubmit: async (input, values) => onSaved(await api.actionPerspectives.create(values.communityId, input)),
  });
  const titleRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    titleRef.current?.querySelector<HTMLElement>('select, input')?.focus();
  }, []);
  return (
    <form className="form perspective-form" noValidate ref={form.formRef} onSubmit={(event) => void form.handleSubmit(event)}>
      <p className="muted">{l.addPerspectiveIntro}</p>
      {form.serverError !== null && <Alert tone="error">{errorText(form.serverError)}</Alert>}
      <div ref={titleRef}>
        {communities.length > 1 && <Select label={l.perspectiveCommunity} options={communities} {...form.text('communityId')} />}
        <TextField label={l.perspectiveTitle} maxLength={160} required {...form.text('title')} />
      </div>
      <TextArea label={l.perspectiveText} hint={l.perspectiveTextHint} required {...form.text('text')} />
      <div className="button-row">
        <Button type="submit" busy={form.submitting} busyLabel={l.savingPerspective}>
          {l.savePerspective}
        </Button>
      </div>
    </form>
  );
}
