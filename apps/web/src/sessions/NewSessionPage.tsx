import { can, type MemberView, type ProposalDetailView } from '@mao/domain';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError, api } from '../api';
import { useMe } from '../auth';
import { useErrorText, useT } from '../i18n';
import { flashState } from '../shared/flash';
import { useResource } from '../shared/useResource';
import { Alert, Button, Loading, PageTitle } from '../ui';
import { mergeMethods } from './methods';
import { newSessionValues, SessionForm, type SessionFormValues } from './SessionForm';

/** `/cops/:id/sessies/nieuw`: a facilitator schedules a session for the CoP. */
export function NewSessionPage() {
  const { id = '' } = useParams();
  const t = useT();
  const s = t.sessions;
  const me = useMe();
  const navigate = useNavigate();
  const errorText = useErrorText();
  // `?voorstel=<id>`: planned from an agenda proposal (apps/web/src/proposals); the form starts from it.
  const [search] = useSearchParams();
  const proposalId = search.get('voorstel');
  const data = useResource(
    async (signal) => {
      const [community, members, builtIn, custom, proposal] = await Promise.all([
        api.communities.get(id, signal),
        api.communities.members(id, signal),
        api.methods.builtIn(signal),
        api.methods.forCommunity(id, signal),
        // A proposal that cannot be read (gone, another CoP) simply leaves the form empty.
        proposalId ? api.proposals.get(proposalId, signal).catch(() => null) : Promise.resolve(null),
      ]);
      return { community, members, methods: mergeMethods(builtIn, custom), proposal: proposal && proposal.communityId === id ? proposal : null };
    },
    [id, proposalId],
  );

  const back = (
    <p className="breadcrumb">
      <Link to={`/cops/${id}`}>{s.backToCop}</Link>
    </p>
  );

  if (data.status === 'loading') return <Loading label={t.common.loading} />;
  if (data.status === 'error') {
    const notFound = data.error instanceof ApiError && (data.error.status === 404 || data.error.status === 403);
    return (
      <div className="page page--narrow">
        {back}
        <PageTitle title={notFound ? t.cop.notFound : t.cop.loadError} siteName={t.common.appName} />
        {!notFound && (
          <Alert tone="error">
            <p>{errorText(data.error)}</p>
            <Button variant="secondary" onClick={data.reload}>
              {t.common.retry}
            </Button>
          </Alert>
        )}
      </div>
    );
  }

  const { community, members, methods, proposal } = data.data;
  const fromProposal = proposal ? proposalValues(proposal, members) : null;
  const initial = { ...newSessionValues(methods, members, me.id), ...(fromProposal?.values ?? {}) };
  const allowed = can(community.myRole ?? 'none', 'sessions.schedule', me.isPlatformAdmin);
  return (
    <div className="page page--medium">
      {back}
      <PageTitle title={s.newTitle} siteName={t.common.appName} lead={s.newIntro(community.name)} />
      {allowed && proposal && (
        <Alert tone="info">
          <p>{t.proposals.fromProposal(proposal.title)}</p>
          {fromProposal?.askPresenter && <p>{t.proposals.anonymousPresenterNote(fromProposal.askPresenter)}</p>}
        </Alert>
      )}
      {allowed ? (
        <div className="card">
          <SessionForm
            mode="create"
            methods={methods}
            members={members}
            initial={initial}
            submitLabel={s.submitCreate}
            busyLabel={s.creating}
            onSubmit={async (input) => {
              const session = await api.sessions.create(id, input);
              if (proposal) {
                try {
                  await api.proposals.setStatus(proposal.id, { status: 'scheduled', sessionId: session.id });
                } catch {
                  navigate(`/sessies/${session.id}`, { state: flashState({ kind: 'info', message: t.proposals.scheduleLinkFailed }) });
                  return;
                }
              }
              navigate(`/sessies/${session.id}`, { state: flashState({ kind: 'success', message: s.created }) });
            }}
          />
        </div>
      ) : (
        <Alert tone="info">{s.notAllowedToPlan}</Alert>
      )}
    </div>
  );
}

/**
 * What a proposal fills in: its title and explanation, and for a casus question its proposer as
 * inbrenger — unless they proposed anonymously: then the facilitator is asked to check with them
 * first (the inbrenger is visible to everyone), and the field stays empty.
 */
function proposalValues(proposal: ProposalDetailView, members: readonly MemberView[]): { values: Partial<SessionFormValues>; askPresenter: string | null } {
  const proposer = proposal.proposer && members.some((m) => m.userId === proposal.proposer?.id) ? proposal.proposer : null;
  const presenter = proposal.kind === 'casus' && proposer && !proposal.anonymous ? proposer.id : '';
  return {
    values: { title: proposal.title, notes: proposal.text, presenterId: presenter },
    askPresenter: proposal.kind === 'casus' && proposal.anonymous && proposer ? proposer.name : null,
  };
}
