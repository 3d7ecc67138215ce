import type { SessionView } from '@mao/domain';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../api';
import { useT } from '../i18n';
import { flashState } from '../shared/flash';
import { useResource } from '../shared/useResource';
import { Alert, Loading, PageTitle } from '../ui';
import { mergeMethods } from './methods';
import { SessionForm, type SessionFormValues } from './SessionForm';
import { LoadFailedPage } from '../shared/LoadFailedPage';

function valuesOf(session: SessionView): SessionFormValues {
  return {
    title: session.title,
    methodId: session.method.id,
    mode: session.mode,
    date: session.localDate,
    time: session.startClock,
    // An asynchronous session's duration is its span of days; a meeting (if it becomes one) starts from the method's length.
    durationMinutes: String(session.mode === 'async' ? session.method.totalMinutes : session.durationMinutes),
    facilitatorId: session.facilitator.id,
    presenterId: session.presenter?.id ?? '',
    maxParticipants: String(session.maxParticipants),
    videoUrl: session.videoUrl ?? '',
    notes: session.notes,
  };
}

/** `/sessies/:id/wijzigen`: reschedule, change method, inbrenger, and the other details. */
export function EditSessionPage() {
  const { id = '' } = useParams();
  const t = useT();
  const s = t.sessions;
  const navigate = useNavigate();
  const data = useResource(
    async (signal) => {
      const session = await api.sessions.get(id, signal);
      const [members, builtIn, custom] = await Promise.all([
        api.communities.members(session.communityId, signal),
        api.methods.builtIn(signal),
        api.methods.forCommunity(session.communityId, signal),
      ]);
      return { session, members, methods: mergeMethods(builtIn, custom) };
    },
    [id],
  );

  const back = (
    <p className="breadcrumb">
      <Link to={`/sessies/${id}`}>{s.backToSession}</Link>
    </p>
  );
  if (data.status === 'loading') return <Loading label={t.common.loading} />;
  if (data.status === 'error') return <LoadFailedPage error={data.error} notFoundTitle={s.notFound} errorTitle={s.pageLoadError} onRetry={data.reload} back={back} />;

  const { session, members, methods } = data.data;
  return (
    <div className="page page--medium">
      {back}
      <PageTitle title={s.editTitle} siteName={t.common.appName} lead={s.editIntro} />
      {!session.canManage ? (
        <Alert tone="info">{s.notAllowedToEdit}</Alert>
      ) : session.status !== 'scheduled' ? (
        <Alert tone="info">{s.notEditable}</Alert>
      ) : (
        <div className="card">
          <SessionForm
            mode="edit"
            methods={methods}
            members={members}
            initial={valuesOf(session)}
            hasPresenterCase={session.hasCase}
            initialWindows={session.windows}
            submitLabel={s.submitEdit}
            busyLabel={t.common.saving}
            onSubmit={async (input) => {
              await api.sessions.update(id, input);
              navigate(`/sessies/${id}`, { state: flashState({ kind: 'success', message: s.saved }) });
            }}
          />
        </div>
      )}
    </div>
  );
}
