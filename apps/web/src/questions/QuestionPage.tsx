import { findElement, type AnswerView, type QuestionDetail } from '@mao/domain';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api';
import { PrivacyField } from '../cases/PrivacyField';
import { useErrorText, useFormat, useLocale, useT } from '../i18n';
import { usePrivacyCheck } from '../lessons/privacy';
import { useFlash } from '../shared/flash';
import { useResource } from '../shared/useResource';
import { Alert, Badge, Button, ConfirmAction, Loading, LiveStatus, PageTitle, Section, Select } from '../ui';
import { questionsApi } from './api';
import { AuthorLine } from './AuthorLine';
import { MatchPanel } from './MatchPanel';
import { ProposeToCop } from './ProposeToCop';
import { ReportButton } from '../admin/ReportButton';

/**
 * `/vragen/:id`: a question with its answers. Every answer shows who wrote it (domain,
 * organisation type, region) and "geen belang in jouw regio" when it comes from another region.
 * The asker marks helpful answers and closes; the makelaar invites people or CoPs, closes, and
 * harvests an answer into a CoP's lessons.
 */
export function QuestionPage() {
  const { id = '' } = useParams();
  const t = useT();
  const q = t.questions;
  const errorText = useErrorText();
  const flash = useFlash();
  const question = useResource((signal) => questionsApi.get(id, signal), [id]);

  const back = (
    <p className="breadcrumb">
      <Link to="/vragen">{q.backToList}</Link>
    </p>
  );
  if (question.status === 'loading') return <Loading label={t.common.loading} />;
  if (question.status === 'error') {
    const notFound = question.error instanceof ApiError && (question.error.status === 404 || question.error.status === 403);
    return (
      <div className="page page--narrow">
        {back}
        <PageTitle title={notFound ? q.notFound : q.loadError} siteName={t.common.appName} />
        {!notFound && (
          <Alert tone="error">
            <p>{errorText(question.error)}</p>
            <Button variant="secondary" onClick={question.reload}>
              {t.common.retry}
            </Button>
          </Alert>
        )}
      </div>
    );
  }
  return (
    <div className="page page--narrow">
      {back}
      {flash && <Alert tone={flash.kind}>{flash.message}</Alert>}
      <QuestionView question={question.data} onChange={(next) => question.update(() => next)} reload={question.reload} />
    </div>
  );
}

function QuestionView({ question, onChange, reload }: { question: QuestionDetail; onChange: (next: QuestionDetail) => void; reload: () => void }) {
  const t = useT();
  const q = t.questions;
  const { locale } = useLocale();
  const format = useFormat();
  const errorText = useErrorText();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const replaceAnswer = (answer: AnswerView) => onChange({ ...question, answers: question.answers.map((a) => (a.id === answer.id ? answer : a)) });

  return (
    <article className="stack question-detail">
      <header>
        <PageTitle title={question.title} siteName={t.common.appName} />
        <AuthorLine label={q.askedBy} author={question.author} />
        <p className="question-card__meta">
          <Badge tone={question.status === 'open' ? 'accent' : 'neutral'}>{question.status === 'open' ? q.open : q.closed}</Badge>
          <span>{format.date(question.createdAt)}</span>
          <span>
            {q.aimedAt}: {question.domains.map((domain) => q.domains[domain]).join(', ')}
          </span>
          {question.outsideRegionOnly && <span>{q.outsideRegionOnly}</span>}
        </p>
      </header>
      <LiveStatus message={status} tone="success" />
      {error !== null && <Alert tone="error">{errorText(error)}</Alert>}
      <Section title={q.situationHeading}>
        <p className="pre-line">{question.situation}</p>
      </Section>
      <Section title={q.askHeading}>
        <p className="pre-line">{question.ask}</p>
        {(question.elementIds.length > 0 || question.themes.length > 0) && (
          <dl className="question-tags">
            {question.elementIds.length > 0 && (
              <div>
                <dt>{q.elements}</dt>
                <dd>{question.elementIds.map((elementId) => findElement(elementId)?.label[locale] ?? elementId).join(', ')}</dd>
              </div>
            )}
            {question.themes.length > 0 && (
              <div>
                <dt>{q.themes}</dt>
                <dd>{question.themes.join(', ')}</dd>
              </div>
            )}
          </dl>
        )}
        {question.can.report && <ReportButton contentType="question" contentId={question.id} label={`${t.admin.report}: ${question.title}`} />}
        {question.can.close && (
          <ConfirmAction
            triggerLabel={q.close}
            question={q.closeConfirm}
            confirmLabel={q.close}
            cancelLabel={t.common.cancel}
            onConfirm={async () => {
              try {
                onChange(await questionsApi.close(question.id));
                setStatus(q.closedNotice);
              } catch (caught) {
                setError(caught);
              }
            }}
          />
        )}
      </Section>
      <section aria-labelledby="answers-heading" className="stack">
        <h2 id="answers-heading">
          {q.answersHeading} ({question.answers.length})
        </h2>
        {question.answers.length === 0 ? (
          <p className="empty">{q.noAnswers}</p>
        ) : (
          <ol className="answer-list">
            {question.answers.map((answer) => (
              <li key={answer.id}>
                <AnswerCard question={question} answer={answer} onChange={replaceAnswer} onError={setError} onStatus={setStatus} />
              </li>
            ))}
          </ol>
        )}
      </section>
      {question.can.answer ? (
        <AnswerForm questionId={question.id} onAnswered={(answer) => onChange({ ...question, answers: [...question.answers, answer], answerCount: question.answerCount + 1 })} />
      ) : (
        question.answerBlockedBy !== null && <Alert tone="info">{question.answerBlockedBy === 'closed' ? q.blockedClosed : q.blockedRegion}</Alert>
      )}
      {question.can.match && <MatchPanel question={question} onInvited={reload} />}
      {(question.can.markHelpful || question.can.match) && <ProposeToCop question={question} />}
    </article>
  );
}

function AnswerCard({
  question,
  answer,
  onChange,
  onError,
  onStatus,
}: {
  question: QuestionDetail;
  answer: AnswerView;
  onChange: (answer: AnswerView) => void;
  onError: (error: unknown) => void;
  onStatus: (message: string) => void;
}) {
  const t = useT();
  const q = t.questions;
  const format = useFormat();
  const [busy, setBusy] = useState(false);
  return (
    <div className={`card answer-card${answer.helpful ? ' answer-card--helpful' : ''}`}>
      <AuthorLine label={q.answeredBy} author={answer.author} otherRegion={answer.fromOtherRegion} />
      <p className="pre-line">{answer.text}</p>
      <p className="question-card__meta">
        <span>{format.date(answer.createdAt)}</span>
        {answer.helpful && <Badge tone="accent">{q.helpful}</Badge>}
        {answer.harvestedLessonId && (
          <span>
            {q.harvested} — <Link to={`/lessen/${answer.harvestedLessonId}`}>{q.viewLesson}</Link>
          </span>
        )}
      </p>
      <div className="button-row">
        {question.can.markHelpful && (
          <Button
            variant="secondary"
            busy={busy}
            aria-pressed={answer.helpful}
            onClick={async () => {
              setBusy(true);
              try {
                onChange(await questionsApi.markHelpful(question.id, answer.id, !answer.helpful));
              } catch (error) {
                onError(error);
              } finally {
                setBusy(false);
              }
            }}
          >
            {answer.helpful ? q.unmarkHelpful : q.markHelpful}
          </Button>
        )}
      </div>
      {question.can.report && <ReportButton contentType="answer" contentId={answer.id} label={`${t.admin.report}: ${q.answeredBy} ${answer.author.name}`} />}
      {question.can.harvest && !answer.harvestedLessonId && (
        <HarvestForm
          questionId={question.id}
          answerId={answer.id}
          onHarvested={(lessonId) => {
            onChange({ ...answer, harvestedLessonId: lessonId });
            onStatus(q.harvestDone);
          }}
          onError={onError}
        />
      )}
    </div>
  );
}

function HarvestForm({ questionId, answerId, onHarvested, onError }: { questionId: string; answerId: string; onHarvested: (lessonId: string) => void; onError: (error: unknown) => void }) {
  const t = useT();
  const q = t.questions;
  const [open, setOpen] = useState(false);
  const [communityId, setCommunityId] = useState('');
  const [busy, setBusy] = useState(false);
  const communities = useResource((signal) => (open ? questionsApi.communities(signal) : Promise.resolve([])), [open]);
  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {q.harvestHeading}
      </Button>
    );
  }
  return (
    <form
      className="harvest-form"
      onSubmit={async (event) => {
        event.preventDefault();
        if (!communityId) return;
        setBusy(true);
        try {
          onHarvested((await questionsApi.harvest(questionId, answerId, communityId)).lessonId);
        } catch (error) {
          onError(error);
        } finally {
          setBusy(false);
        }
      }}
    >
      <p className="muted">{q.harvestHint}</p>
      <Select
        label={q.harvestCommunity}
        placeholder={q.harvestChoose}
        value={communityId}
        required
        options={communities.status === 'ready' ? communities.data.map((c) => ({ value: c.id, label: c.name })) : []}
        onChange={(event) => setCommunityId(event.target.value)}
      />
      <div className="button-row">
        <Button type="submit" busy={busy} disabled={!communityId}>
          {q.harvestSubmit}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t.common.cancel}
        </Button>
      </div>
    </form>
  );
}

function AnswerForm({ questionId, onAnswered }: { questionId: string; onAnswered: (answer: AnswerView) => void }) {
  const t = useT();
  const q = t.questions;
  const errorText = useErrorText();
  const [text, setText] = useState('');
  const privacy = usePrivacyCheck(text);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const blocking = privacy.findings.filter((finding) => finding.severity !== 'warn');
  return (
    <Section title={q.answerHeading}>
      <form
        className="form"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          if (blocking.length > 0 || text.trim().length < 3) {
            (event.currentTarget.querySelector('textarea') as HTMLTextAreaElement | null)?.focus();
            if (blocking.length > 0) setError(new Error(q.privacyBlocked(blocking.length)));
            return;
          }
          setBusy(true);
          setError(null);
          try {
            const answer = await questionsApi.answer(questionId, { text, ...(privacy.accepted ? { acceptedFindings: privacy.accepted } : {}) });
            onAnswered(answer);
            setText('');
            privacy.reset();
            setStatus(q.answered);
          } catch (caught) {
            setError(caught);
          } finally {
            setBusy(false);
          }
        }}
      >
        <LiveStatus message={status} tone="success" />
        {error !== null && <Alert tone="error">{error instanceof ApiError ? errorText(error) : error instanceof Error ? error.message : errorText(error)}</Alert>}
        <PrivacyField name="answer" label={q.answerLabel} hint={q.answerHint} value={text} onChange={setText} findings={privacy.findings} onAccept={privacy.accept} required />
        <div className="button-row">
          <Button type="submit" busy={busy} busyLabel={q.answerSubmitting}>
            {q.answerSubmit}
          </Button>
        </div>
      </form>
    </Section>
  );
}
