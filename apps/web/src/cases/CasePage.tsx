import type { CaseView } from '@mao/domain';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../api';
import { useErrorText, useFormat, useT } from '../i18n';
import { useResource } from '../shared/useResource';
import { Alert, Loading, PageTitle } from '../ui';
import { CaseEditor } from './CaseEditor';
import { CaseReadView } from './CaseReadView';
import { LoadFailedPage } from '../shared/LoadFailedPage';
import { clearBoardCopies } from '../live/local-copies';
import { caseMaybeText, isMaybeWithoutSeat } from '../sessions/case-maybe';

/**
 * `/sessies/:id/casus`: the editor for the inbrenger (while the session is scheduled), the read
 * view for the other participants. Either way a notice says when the text will be removed.
 * Once it was (410 `case_purged`: the retention period is over, the boards went with it), this
 * browser's copies of the session's boards are deleted too.
 */
export function CasePage() {
  const { id = '' } = useParams();
  const t = useT();
  const c = t.cases;
  const errorText = useErrorText();
  const format = useFormat();
  const data = useResource(
    async (signal) => {
      const session = await api.sessions.get(id, signal);
      const community = api.communities.get(session.communityId, signal).catch(() => null);
      let caseView: CaseView | null = null;
      let caseError: unknown = null;
      if (session.canWriteCase || session.canReadCase) {
        try {
          caseView = await api.cases.get(id, signal);
        } catch (error) {
          if (error instanceof ApiError && error.code === 'case_purged') void clearBoardCopies({ sessionId: id });
          if (!(error instanceof ApiError && error.status === 404)) caseError = error;
        }
      }
      return { session, community: await community, caseView, caseError };
    },
    [id],
  );

  const back = (
    <p className="breadcrumb">
      <Link to={`/sessies/${id}`}>{t.sessions.backToSession}</Link>
    </p>
  );
  if (data.status === 'loading') return <Loading label={t.common.loading} />;
  if (data.status === 'error') return <LoadFailedPage error={data.error} notFoundTitle={t.sessions.notFound} errorTitle={c.loadError} onRetry={data.reload} back={back} />;

  const { session, community, caseView, caseError } = data.data;
  const editing = session.canWriteCase && session.status === 'scheduled';
  const purged = caseError instanceof ApiError && caseError.code === 'case_purged';
  const retention = caseView?.purgeAfter
    ? c.retention(format.date(caseView.purgeAfter))
    : community
      ? c.retentionGeneral(community.caseRetentionDays)
      : c.retentionDefault;

  let body;
  if (purged) {
    body = <Alert tone="info">{c.purged}</Alert>;
  } else if (caseError !== null) {
    body = <Alert tone="error">{errorText(caseError)}</Alert>;
  } else if (editing) {
    body = (
      <div className="card">
        <CaseEditor sessionId={id} existing={caseView} onSaved={(saved) => data.update((current) => ({ ...current, caseView: saved }))} />
      </div>
    );
  } else if (!session.canReadCase && !session.canWriteCase) {
    body = <Alert tone="info">{isMaybeWithoutSeat(session) ? caseMaybeText(session, t.sessions) : c.notAllowed}</Alert>;
  } else if (caseView === null) {
    body = <p>{c.notYet}</p>;
  } else {
    body = (
      <>
        {session.canWriteCase && <Alert tone="info">{c.closed}</Alert>}
        <CaseReadView caseView={caseView} />
      </>
    );
  }

  return (
    <div className="page page--medium">
      {back}
      <PageTitle title={editing ? c.editorTitle : c.readTitle} siteName={t.common.appName} lead={c.forSession(session.title)} />
      {editing && <p>{c.intro}</p>}
      {!purged && <Alert tone="info">{retention}</Alert>}
      <div className="stack">{body}</div>
    </div>
  );
}
