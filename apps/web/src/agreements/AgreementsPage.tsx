import type { AgreementListQuery, AgreementView } from '@mao/domain';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api';
import { useT } from '../i18n';
import { LoadFailedPage } from '../shared/LoadFailedPage';
import { useResource } from '../shared/useResource';
import { Loading, PageTitle, Select } from '../ui';
import { AgreementItem } from './AgreementItem';
import { agreementsApi } from './agreements-api';
import { todayInNetherlands } from './today';

type Filter = NonNullable<AgreementListQuery['status']> | 'all';
const FILTERS: readonly Filter[] = ['active', 'all', 'open', 'bezig', 'gedaan', 'losgelaten'];

/** `/cops/:id/afspraken`: the CoP's agreements with their status; owners and facilitators update them. */
export function AgreementsPage() {
  const { id = '' } = useParams();
  const t = useT();
  const a = t.agreements;
  const [filter, setFilter] = useState<Filter>('active');
  const community = useResource((signal) => api.communities.get(id, signal), [id]);
  const agreements = useResource((signal) => agreementsApi.forCommunity(id, filter === 'all' ? undefined : filter, signal), [id, filter]);
  const back = (
    <p className="breadcrumb">
      <Link to={`/cops/${id}`}>{a.backToCommunity}</Link>
    </p>
  );
  if (community.status === 'loading') return <Loading label={t.common.loading} />;
  if (community.status === 'error') return <LoadFailedPage error={community.error} notFoundTitle={a.notFound} errorTitle={a.loadError} onRetry={community.reload} back={back} />;
  const today = todayInNetherlands();
  const replace = (next: AgreementView) => agreements.update((list) => list.map((item) => (item.id === next.id ? next : item)));
  return (
    <div className="page agreements-page">
      {back}
      <PageTitle title={a.pageTitle(community.data.name)} siteName={t.common.appName} lead={a.intro} />
      <div className="agreements-page__filter">
        <Select label={a.filterLabel} value={filter} onChange={(event) => setFilter(event.target.value as Filter)} options={FILTERS.map((value) => ({ value, label: a.filters[value] ?? value }))} />
      </div>
      {agreements.status === 'loading' && <Loading label={t.common.loading} />}
      {agreements.status === 'error' && <LoadFailedPage error={agreements.error} notFoundTitle={a.notFound} errorTitle={a.loadError} onRetry={agreements.reload} />}
      {agreements.status === 'ready' &&
        (agreements.data.length === 0 ? (
          <p className="muted">{a.empty}</p>
        ) : (
          <ul className="agreement-list" aria-label={a.title}>
            {agreements.data.map((agreement) => (
              <AgreementItem key={agreement.id} agreement={agreement} onChange={replace} today={today} />
            ))}
          </ul>
        ))}
    </div>
  );
}
