import { createProposalCommentSchema, type CreateProposalCommentInput, type ProposalDetailView, type ProposalStatus } from '@mao/domain';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../api';
import { PrivacyField } from '../cases/PrivacyField';
import { useErrorText, useFormat, useT } from '../i18n';
import { useFlash } from '../shared/flash';
import { useForm } from '../shared/useForm';
import { useGuardedFields } from '../shared/useGuardedFields';
import { useResource } from '../shared/useResource';
import { Alert, Button, buttonClass, LiveStatus, Loading, PageTitle, Section } from '../ui';
import { ProposalSummary } from './ProposalSummary';

/**
 * `/voorstellen/:id`: one agenda proposal — support it (once), read and write comments; the
 * facilitator plans a session from it (the new-session form pre-filled) and marks it besproken.
 */
export function ProposalPage() {
  const { id = '' } = useParams();
  const t = useT();
  const p = t.proposals;
  const errorText = useErrorText();
  const flash = useFlash();
  const proposal = useResource((signal) => api.proposals.get(id, signal), [id]);
  const [message, setMessage] = useState<string | null>(flash?.message ?? null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);

  if (proposal.status === 'loading') return <Loading label={t.common.loading} />;
  if (proposal.status === 'error') {
    const notFound = proposal.error instanceof ApiError && (proposal.error.status === 404 || proposal.error.status === 403);
    return (
      <div className="page page--narrow">
        <PageTitle title={notFound ? p.notFound : p.loadError} siteName={t.common.appName} />
        {!notFound && (
          <Alert tone="error">
            <p>{errorText(proposal.error)}</p>
            <Button variant="secondary" onClick={proposal.reload}>
              {t.common.retry}
            </Button>
          </Alert>
        )}
      </div>
    );
  }

  const view = proposal.data;
  const act = async (name: string, run: () => Promise<Partial<ProposalDetailView>>, done: string) => {
    setBusy(name);
    setMessage(null);
    setActionError(null);
    try {
      const next = await run();
      proposal.update((current) => ({ ...current, ...next, comments: next.comments ?? current.comments }));
      setMessage(done);
    } catch (error) {
      setActionError(error);
    } finally {
      setBusy(null);
    }
  };
  const setStatus = (status: ProposalStatus) => act(status, () => api.proposals.setStatus(view.id, { status, sessionId: status === 'new' ? null : undefined }), p.statusChanged(p.statuses[status]));

  return (
    <div className="page page--medium">
      <p className="breadcrumb">
        <Link to={`/cops/${view.communityId}/voorstellen`}>{p.title}</Link>
      </p>
      <PageTitle title={view.title} siteName={t.common.appName} />
      <LiveStatus message={message} />
      {actionError !== null && <Alert tone="error">{errorText(actionError)}</Alert>}
      <div className="stack">
        <div className="card proposal-detail">
          <ProposalSummary proposal={view} withTitle={false} />
          {view.text && <p className="proposal-detail__text">{view.text}</p>}
          {view.session && (
            <p>
              {p.session}: <Link to={`/sessies/${view.session.id}`}>{view.session.title}</Link>
            </p>
          )}
          {view.mine ? (
            <p className="muted">{p.ownProposal}</p>
          ) : view.supportedByMe ? (
            <div className="button-row">
              <p className="proposal-detail__supported">{p.supported}</p>
              <Button variant="secondary" busy={busy === 'withdraw'} busyLabel={t.common.saving} onClick={() => void act('withdraw', () => api.proposals.withdrawSupport(view.id), p.withdrawDone)}>
                {p.withdraw}
              </Button>
            </div>
          ) : (
            view.canSupport && (
              <div className="button-row">
                <Button busy={busy === 'support'} busyLabel={t.common.saving} onClick={() => void act('support', () => api.proposals.support(view.id), p.supportDone)}>
                  {p.support}
                </Button>
              </div>
            )
          )}
        </div>
        {view.canManage && (
          <Section title={p.manageTitle}>
            <div className="button-row">
              {view.status === 'new' && (
                <Link className={buttonClass('primary')} to={`/cops/${view.communityId}/sessies/nieuw?voorstel=${view.id}`}>
                  {p.schedule}
                </Link>
              )}
              {view.status !== 'discussed' && (
                <Button variant="secondary" busy={busy === 'discussed'} busyLabel={t.common.saving} onClick={() => void setStatus('discussed')}>
                  {p.markDiscussed}
                </Button>
              )}
              {view.status !== 'new' && (
                <Button variant="quiet" busy={busy === 'new'} busyLabel={t.common.saving} onClick={() => void setStatus('new')}>
                  {p.markNew}
                </Button>
              )}
            </div>
          </Section>
        )}
        <CommentsSection proposal={view} onChange={(next) => proposal.update(() => next)} />
      </div>
    </div>
  );
}

const COMMENT_FIELDS = ['text'] as const;

function CommentsSection({ proposal, onChange }: { proposal: ProposalDetailView; onChange: (next: ProposalDetailView) => void }) {
  const t = useT();
  const p = t.proposals;
  const format = useFormat();
  const errorText = useErrorText();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<{ text: string }, CreateProposalCommentInput>({
    initial: { text: '' },
    schema: createProposalCommentSchema,
    // Read when submitting, by then `guarded` holds what the writer accepted.
    toInput: (values): unknown => ({ text: values.text, acceptedFindings: guarded.acceptedFindings }),
    onSubmit: async (input) => {
      onChange(await api.proposals.comment(proposal.id, input));
      form.setValue('text', '');
      guarded.reset();
      setMessage(p.commentPlaced);
    },
  });
  const guarded = useGuardedFields(form, COMMENT_FIELDS);
  return (
    <Section title={p.commentsTitle}>
      {proposal.comments.length === 0 ? (
        <p className="muted">{p.noComments}</p>
      ) : (
        <ul className="proposal-comments" aria-label={p.commentsTitle}>
          {proposal.comments.map((comment) => (
            <li key={comment.id} className="proposal-comment">
              <p className="proposal-comment__meta">
                <strong>{comment.mine ? t.common.you : comment.author.name}</strong> · <time dateTime={comment.createdAt}>{format.date(comment.createdAt)}</time>
              </p>
              <p className="proposal-comment__text">{comment.text}</p>
            </li>
          ))}
        </ul>
      )}
      <form
        className="form"
        noValidate
        ref={form.formRef}
        onSubmit={(event) => {
          setMessage(null);
          guarded.onSubmit(event);
        }}
      >
        <LiveStatus message={message} />
        {guarded.heldBack > 0 && <Alert tone="error">{p.privacyBlocked(guarded.heldBack)}</Alert>}
        {form.serverError !== null && <Alert tone="error">{errorText(form.serverError)}</Alert>}
        <PrivacyField
          {...guarded.field('text')}
          label={p.commentLabel}
          hint={p.commentHint}
          required
        />
        <div className="button-row">
          <Button type="submit" busy={form.submitting} busyLabel={p.placingComment}>
            {p.placeComment}
          </Button>
        </div>
      </form>
    </Section>
  );
}
