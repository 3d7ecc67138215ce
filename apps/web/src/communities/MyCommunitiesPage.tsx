import { createCommunitySchema, type CommunityView } from '@mao/domain';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../api';
import { useMe } from '../auth';
import { useErrorText, useT } from '../i18n';
import { flashState, useFlash } from '../shared/flash';
import { useResource } from '../shared/useResource';
import { Alert, Badge, Button, Card, LiveStatus, Loading, PageTitle } from '../ui';
import { CommunityForm, valuesFromCommunity } from './CommunityForm';

export function MyCommunitiesPage() {
  const t = useT();
  const flash = useFlash();
  const communities = useResource((signal) => api.communities.list(signal), []);
  const me = useMe();

  return (
    <div className="page">
      <PageTitle title={t.cops.title} siteName={t.common.appName} lead={t.cops.intro} />
      <LiveStatus message={flash?.message} tone={flash?.kind} />
      <CommunityListArea state={communities} />
      {me.canCreateCommunities ? <CreateCommunity /> : <p className="section__intro">{t.cops.createNotAllowed}</p>}
    </div>
  );
}

function CommunityListArea({ state }: { state: ReturnType<typeof useResource<CommunityView[]>> }) {
  const t = useT();
  const errorText = useErrorText();
  if (state.status === 'loading') return <Loading label={t.common.loading} />;
  if (state.status === 'error') {
    return (
      <Alert tone="error">
        <p>{errorText(state.error)}</p>
        <Button variant="secondary" onClick={state.reload}>
          {t.common.retry}
        </Button>
      </Alert>
    );
  }
  if (state.data.length === 0) return <Card className="empty">{t.cops.empty}</Card>;
  return (
    <ul className="cop-list" aria-label={t.cops.listLabel}>
      {state.data.map((community) => (
        <li key={community.id}>
          <CommunityCard community={community} />
        </li>
      ))}
    </ul>
  );
}

function CommunityCard({ community }: { community: CommunityView }) {
  const t = useT();
  return (
    <article className="card cop-card">
      <h2 className="cop-card__title">
        <Link to={`/cops/${community.id}`}>{community.name}</Link>
      </h2>
      {community.description && <p className="cop-card__description">{community.description}</p>}
      <p className="cop-card__meta">
        <span>{t.cops.memberCount(community.memberCount)}</span>
        {community.myRole && <Badge tone={community.myRole === 'facilitator' ? 'accent' : 'neutral'}>{t.cops.yourRole(t.common.rolesLower[community.myRole])}</Badge>}
      </p>
    </article>
  );
}

function CreateCommunity() {
  const t = useT();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const headingId = useId();
  const regionRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) regionRef.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, [open]);

  return (
    <section className="card section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section__title">
        {t.cops.createTitle}
      </h2>
      <p className="section__intro">{t.cops.createIntro}</p>
      {!open && (
        <Button ref={toggleRef} variant="secondary" aria-expanded={false} aria-controls={regionId} onClick={() => setOpen(true)}>
          {t.cops.createOpen}
        </Button>
      )}
      <div id={regionId} ref={regionRef} hidden={!open}>
        {open && (
          <CommunityForm
            schema={createCommunitySchema}
            initial={valuesFromCommunity()}
            submitLabel={t.cops.submit}
            busyLabel={t.cops.submitting}
            onSubmit={async (input) => {
              const created = await api.communities.create(input);
              navigate(`/cops/${created.id}`, { state: flashState({ kind: 'success', message: t.cops.created(created.name) }) });
            }}
            onCancel={() => {
              setOpen(false);
              requestAnimationFrame(() => toggleRef.current?.focus());
            }}
          />
        )}
      </div>
    </section>
  );
}
