import { BACKGROUND_LABELS, ORGANISATION_TYPE_LABELS, youthCareRegion, type JoinRequestView } from '@mao/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api';
import { useErrorText, useFormat, useLocale, useT } from '../i18n';
import { useResource } from '../shared/useResource';
import { Alert, Button, Loading, LiveStatus, PageTitle, Section, TextField } from '../ui';
import { questionsApi } from './api';
import { QuestionCard } from './QuestionsPage';

/** `/vragen/makelen` (makelaar, administrators): questions without an answer, oldest first, and the join requests to decide on. */
export function MakelaarPage() {
  const t = useT();
  const q = t.questions;
  const errorText = useErrorText();
  const questions = useResource((signal) => questionsApi.list('filter=unanswered&limit=50', signal), []);
  const requests = useResource((signal) => questionsApi.joinRequests(signal), []);
  const [status, setStatus] = useState<string | null>(null);

  if (requests.status === 'error' && requests.error instanceof ApiError && (requests.error.status === 403 || requests.error.status === 404)) {
    return (
      <div className="page page--narrow">
        <PageTitle title={q.notFound} siteName={t.common.appName} />
      </div>
    );
  }
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/vragen">{q.backToList}</Link>
      </p>
      <PageTitle title={q.makelaarTitle} siteName={t.common.appName} lead={q.makelaarIntro} />
      <LiveStatus message={status} tone="success" />
      <div className="makelaar-layout">
        <Section title={q.joinRequestsHeading}>
          {requests.status === 'loading' && <Loading label={t.common.loading} />}
          {requests.status === 'error' && <Alert tone="error">{errorText(requests.error)}</Alert>}
          {requests.status === 'ready' &&
            (requests.data.length === 0 ? (
              <p className="empty">{q.noJoinRequests}</p>
            ) : (
              <ul className="join-requests">
                {requests.data.map((request) => (
                  <li key={request.id}>
                    <JoinRequestItem
                      request={request}
                      onDecided={(message) => {
                        setStatus(message);
                        requests.update((list) => list.filter((r) => r.id !== request.id));
                      }}
                    />
                  </li>
                ))}
              </ul>
            ))}
        </Section>
        <section aria-labelledby="unanswered-heading" className="stack">
          <h2 id="unanswered-heading">{q.unansweredHeading}</h2>
          {questions.status === 'loading' && <Loading label={t.common.loading} />}
          {questions.status === 'error' && <Alert tone="error">{errorText(questions.error)}</Alert>}
          {questions.status === 'ready' &&
            (questions.data.items.length === 0 ? (
              <p className="empty">{q.noQuestions}</p>
            ) : (
              <ul className="question-list">
                {[...questions.data.items].reverse().map((question) => (
                  <li key={question.id}>
                    <QuestionCard question={question} />
                  </li>
                ))}
              </ul>
            ))}
        </section>
      </div>
    </div>
  );
}

function JoinRequestItem({ request, onDecided }: { request: JoinRequestView; onDecided: (message: string) => void }) {
  const t = useT();
  const q = t.questions;
  const { locale } = useLocale();
  const format = useFormat();
  const errorText = useErrorText();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState<'approve' | 'reject' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const decide = async (kind: 'approve' | 'reject') => {
    setBusy(kind);
    setError(null);
    try {
      if (kind === 'approve') await questionsApi.approve(request.id);
      else await questionsApi.reject(request.id, reason.trim() ? { reason } : {});
      onDecided(kind === 'approve' ? q.approved(request.name) : q.rejected(request.name));
    } catch (caught) {
      setError(caught);
      setBusy(null);
    }
  };
  return (
    <article className="card join-request" aria-label={request.name}>
      <h3>{request.name}</h3>
      <p>
        {request.email} · {request.hasAccount ? q.hasAccount : q.newAccount}
      </p>
      <p className="muted">
        {[request.organisation, request.organisationType ? ORGANISATION_TYPE_LABELS[request.organisationType][locale] : null, BACKGROUND_LABELS[request.background][locale], youthCareRegion(request.regionId)?.name ?? request.regionId, format.date(request.createdAt)]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {request.motivation && <p className="pre-line">{request.motivation}</p>}
      {error !== null && <Alert tone="error">{errorText(error)}</Alert>}
      <TextField label={q.rejectReason} optionalText={t.common.optional} value={reason} onChange={(event) => setReason(event.target.value)} />
      <div className="button-row">
        <Button busy={busy === 'approve'} disabled={busy !== null} onClick={() => void decide('approve')}>
          {q.approve}
        </Button>
        <Button variant="secondary" busy={busy === 'reject'} disabled={busy !== null} onClick={() => void decide('reject')}>
          {q.reject}
        </Button>
      </div>
    </article>
  );
}
