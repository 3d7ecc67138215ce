import { can } from '@mao/domain';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, api } from '../api';
import { useMe } from '../auth';
import { useErrorText, useT } from '../i18n';
import { flashState } from '../shared/flash';
import { useResource } from '../shared/useResource';
import { Alert, Button, Loading, PageTitle } from '../ui';
import { mergeMethods } from './methods';
import { newSessionValues, SessionForm } from './SessionForm';

/** `/cops/:id/sessies/nieuw`: a facilitator schedules a session for the CoP. */
export function NewSessionPage() {
  const { id = '' } = useParams();
  const t = useT();
  const s = t.sessions;
  const me = useMe();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const data = useResource(
    async (signal) => {
      const [community, members, builtIn, custom] = await Promise.all([
        api.communities.get(id, signal),
        api.communities.members(id, signal),
        api.methods.builtIn(signal),
        api.methods.forCommunity(id, signal),
      ]);
      return { community, members, methods: mergeMethods(builtIn, custom) };
    },
    [id],
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

  const { community, members, methods } = data.data;
  const allowed = can(community.myRole ?? 'none', 'sessions.schedule', me.isPlatformAdmin);
  return (
    <div className="page page--medium">
      {back}
      <PageTitle title={s.newTitle} siteName={t.common.appName} lead={s.newIntro(community.name)} />
      {allowed ? (
        <div className="card">
          <SessionForm
            mode="create"
            methods={methods}
            members={members}
            initial={newSessionValues(methods, members, me.id)}
            submitLabel={s.submitCreate}
            busyLabel={s.creating}
            onSubmit={async (input) => {
              const session = await api.sessions.create(id, input);
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
