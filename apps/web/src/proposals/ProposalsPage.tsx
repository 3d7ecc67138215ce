import { PROPOSAL_STATUSES, type ProposalStatus, type ProposalView } from '@mao/domain';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError, api } from '../api';
import { useErrorText, useT } from '../i18n';
import { flashState } from '../shared/flash';
import { useResource } from '../shared/useResource';
import { Alert, Button, Loading, PageTitle, Section, Select } from '../ui';
import { ProposalForm } from './ProposalForm';
import { ProposalSummary } from './ProposalSummary';

const isStatus = (value: string | null): value is ProposalStatus => value !== null && (PROPOSAL_STATUSES as readonly string[]).includes(value);

/**
 * `/cops/:id/voorstellen`: the CoP's agenda proposals, filtered by the CoP's themes and by
 * status (kept in the URL), and the form for a new one.
 */
export function ProposalsPage() {
  const { id = '' } = useParams();
  const t = useT();
  const p = t.proposals;
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const theme = search.get('thema') ?? '';
  const status = isStatus(search.get('status')) ? (search.get('status') as ProposalStatus) : '';
  const query = new URLSearchParams({ ...(theme ? { theme } : {}), ...(status ? { status } : {}) }).toString();
  const community = useResource((signal) => api.communities.get(id, signal), [id]);
  const proposals = useResource((signal) => api.proposals.forCommunity(id, query, signal), [id, query]);

  const back = (
    <p className="breadcrumb">
      <Link to={`/cops/${id}`}>{p.backToCop}</Link>
    </p>
  );
  if (community.status === 'loading') return <Loading label={t.common.loading} />;
  if (community.status === 'error') {
    const notFound = community.error instanceof ApiError && (community.error.status === 404 || community.error.status === 403);
    return (
      <div className="page page--narrow">
        {back}
        <PageTitle title={notFound ? t.cop.notFound : p.loadError} siteName={t.common.appName} />
        {!notFound && (
          <Alert tone="error">
            <p>{errorText(community.error)}</p>
            <Button variant="secondary" onClick={community.reload}>
              {t.common.retry}
            </Button>
          </Alert>
        )}
      </div>
    );
  }

  const cop = community.data;
  const setFilter = (name: 'thema' | 'status', value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    setSearch(next, { replace: true });
  };

  return (
    <div className="page">
      {back}
      <PageTitle title={p.title} siteName={t.common.appName} lead={p.intro(cop.name)} />
      <div className="proposals-layout">
        <div className="stack">
          <Section title={p.filtersTitle} level={2}>
            <div className="proposal-filters">
              {cop.themes.length > 0 ? (
                <Select
                  label={p.themeFilter}
                  value={theme}
                  placeholder={p.anyTheme}
                  options={cop.themes.map((value) => ({ value, label: value }))}
                  onChange={(event) => setFilter('thema', event.target.value)}
                />
              ) : (
                <p className="muted">{p.noThemes}</p>
              )}
              <Select
                label={p.statusFilter}
                value={status}
                placeholder={p.anyStatus}
                options={PROPOSAL_STATUSES.map((value) => ({ value, label: p.statuses[value] }))}
                onChange={(event) => setFilter('status', event.target.value)}
              />
            </div>
          </Section>
          <section aria-labelledby="proposals-list-title" className="proposals-results">
            <h2 id="proposals-list-title" className="proposals-results__title">
              {p.listLabel}
            </h2>
            {proposals.status === 'loading' && <Loading label={t.common.loading} />}
            {proposals.status === 'error' && (
              <Alert tone="error" title={p.loadError}>
                <p>{errorText(proposals.error)}</p>
                <Button variant="secondary" onClick={proposals.reload}>
                  {t.common.retry}
                </Button>
              </Alert>
            )}
            {proposals.status === 'ready' && <ProposalList proposals={proposals.data} filtered={query !== ''} />}
          </section>
        </div>
        <Section title={p.newTitle}>
          <ProposalForm
            communityId={id}
            themes={cop.themes}
            onCreated={(created) => navigate(`/voorstellen/${created.id}`, { state: flashState({ kind: 'success', message: p.created }) })}
          />
        </Section>
      </div>
    </div>
  );
}

function ProposalList({ proposals, filtered }: { proposals: ProposalView[]; filtered: boolean }) {
  const p = useT().proposals;
  if (proposals.length === 0) return <p className="empty">{filtered ? p.noneFiltered : p.none}</p>;
  return (
    <ul className="proposal-list" aria-label={p.listLabel}>
      {proposals.map((proposal) => (
        <li key={proposal.id} className="proposal-card card">
          <ProposalSummary proposal={proposal} linked />
        </li>
      ))}
    </ul>
  );
}
