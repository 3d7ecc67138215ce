import { can, type CommunityView } from '@mao/domain';
import { useParams } from 'react-router';
import { Link } from 'react-router';
import { api } from '../api';
import { useMe } from '../auth';
import { useT } from '../i18n';
import { useFlash } from '../shared/flash';
import { CommunitySessionsSection } from '../sessions';
import { CommunityProposalsSection } from '../proposals';
import { useResource } from '../shared/useResource';
import { LiveStatus, Loading, PageTitle } from '../ui';
import { CommunityDetails } from './CommunityDetails';
import { InvitationsSection } from './InvitationsSection';
import { LeaveCommunity } from './LeaveCommunity';
import { MembersSection } from './MembersSection';
import { LoadFailedPage } from '../shared/LoadFailedPage';

/**
 * One CoP. What is shown follows the permission matrix of @mao/domain: everyone sees the
 * members; facilitators (and platform admins) also manage members, invitations and details.
 * Sessions and the lessons of this CoP will get their own sections on this page.
 */
export function CommunityPage() {
  const { id = '' } = useParams();
  const t = useT();
  const flash = useFlash();
  const community = useResource((signal) => api.communities.get(id, signal), [id]);

  if (community.status === 'loading') return <Loading label={t.common.loading} />;
  if (community.status === 'error') {
    const back = (
      <p>
        <Link to="/cops">{t.cop.backToList}</Link>
      </p>
    );
    return <LoadFailedPage error={community.error} notFoundTitle={t.cop.notFound} errorTitle={t.cop.loadError} onRetry={community.reload} back={back} />;
  }

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/cops">{t.cop.backToList}</Link>
      </p>
      <PageTitle title={community.data.name} siteName={t.common.appName} />
      <LiveStatus message={flash?.message} tone={flash?.kind} />
      <CommunityContent community={community.data} onChange={(next) => community.update(() => next)} />
    </div>
  );
}

function CommunityContent({ community, onChange }: { community: CommunityView; onChange: (next: CommunityView) => void }) {
  const me = useMe();
  const t = useT();
  const relation = community.myRole ?? 'none';
  const allowed = {
    update: can(relation, 'community.update', me.isPlatformAdmin),
    manageMembers: can(relation, 'members.manage', me.isPlatformAdmin),
    invitations: can(relation, 'invitations.manage', me.isPlatformAdmin),
    leave: community.myRole !== null && can(relation, 'community.leave'),
  };
  return (
    <div className="stack">
      <CommunityDetails community={community} canEdit={allowed.update} onChange={onChange} />
      <CommunitySessionsSection communityId={community.id} canSchedule={can(relation, 'sessions.schedule', me.isPlatformAdmin)} />
      <p className="community-agreements-link">
        <Link to={`/cops/${community.id}/afspraken`}>{t.agreements.linkFromCommunity}</Link>
      </p>
      <p className="community-methods-link">
        <Link to={`/cops/${community.id}/methodes`}>{t.methods.linkFromCommunity}</Link>
      </p>
      <CommunityProposalsSection communityId={community.id} />
      <MembersSection communityId={community.id} canManage={allowed.manageMembers} />
      {allowed.invitations && <InvitationsSection communityId={community.id} />}
      {allowed.leave && <LeaveCommunity community={community} />}
    </div>
  );
}
