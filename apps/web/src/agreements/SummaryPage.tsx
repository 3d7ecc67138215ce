import type { AgreementView, SessionView } from '@mao/domain';
import { Check } from 'lucide-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, requestFile } from '../api';
import { useErrorText, useT } from '../i18n';
import { offerDownload } from '../shared/download';
import { LoadFailedPage } from '../shared/LoadFailedPage';
import { useResource } from '../shared/useResource';
import { Alert, Button, buttonClass, Loading, PageTitle, Section } from '../ui';
import { AgreementItem } from './AgreementItem';
import { agreementsApi } from './agreements-api';
import { todayInNetherlands } from './today';

/** `/sessies/:id/samenvatting`: what a closed session produced, for those who took part. Never the casus. */
export function SummaryPage() {
  const { id = '' } = useParams();
  const t = useT();
  const a = t.agreements.summary;
  const summary = useResource((signal) => agreementsApi.summary(id, signal), [id]);
  const back = (
    <p className="breadcrumb">
      <Link to={`/sessies/${id}`}>{a.backToSession}</Link>
    </p>
  );
  if (summary.status === 'loading') return <Loading label={t.common.loading} />;
  if (summary.status === 'error') {
    const error = summary.error;
    if (error instanceof ApiError && (error.code === 'summary_not_ready' || error.code === 'forbidden')) {
      return (
        <div className="page page--narrow">
          {back}
          <PageTitle title={a.linkTitle} siteName={t.common.appName} />
          <Alert tone="info">{error.code === 'forbidden' ? a.forbidden : a.notReady}</Alert>
        </div>
      );
    }
    return <LoadFailedPage error={error} notFoundTitle={t.sessions.notFound} errorTitle={a.loadError} onRetry={summary.reload} back={back} />;
  }
  const data = summary.data;
  const replace = (next: AgreementView) => summary.update((current) => ({ ...current, agreements: current.agreements.map((item) => (item.id === next.id ? next : item)) }));
  return (
    <div className="page summary-page">
      {back}
      <PageTitle
        title={a.pageTitle(data.session.title)}
        siteName={t.common.appName}
        lead={<Link to={`/cops/${data.session.communityId}`}>{data.session.communityName}</Link>}
      />
      <div className="stack">
        <Section title={a.agreementsTitle}>
          {data.agreements.length === 0 ? (
            <p className="muted">{a.noAgreements}</p>
          ) : (
            <ul className="agreement-list" aria-label={a.agreementsTitle}>
              {data.agreements.map((agreement) => (
                <AgreementItem key={agreement.id} agreement={agreement} onChange={replace} today={todayInNetherlands()} hideSource />
              ))}
            </ul>
          )}
        </Section>
        <Section title={a.adviceTitle} intro={data.boardsPurged ? undefined : a.adviceIntro}>
          {data.boardsPurged ? (
            <p>{a.purged}</p>
          ) : data.advice.length === 0 ? (
            <p className="muted">{a.noAdvice}</p>
          ) : (
            <ul className="carried__list summary-advice" aria-label={a.adviceTitle}>
              {data.advice.map((card, index) => (
                <li key={`${index}-${card.text.slice(0, 20)}`} className={['card', card.marked ? 'card--marked' : null].filter(Boolean).join(' ')}>
                  <p className="card__text">{card.text}</p>
                  <p className="card__meta muted">{a.by(card.authorName)}</p>
                  {card.marked && (
                    <p className="carried__marked">
                      <Check aria-hidden="true" size={16} /> {a.marked}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
          <div className="button-row">
            {data.isPresenter && !data.boardsPurged && <PdfButton sessionId={data.session.id} />}
            {!data.boardsPurged && (
              <Link to={`/sessies/${data.session.id}/live`} className={buttonClass('secondary')}>
                {a.boards}
              </Link>
            )}
          </div>
        </Section>
        <Section title={a.lessonsTitle}>
          <p>{a.lessons(data.lessonsInReview)}</p>
        </Section>
      </div>
    </div>
  );
}

function PdfButton({ sessionId }: { sessionId: string }) {
  const a = useT().agreements.summary;
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const download = async () => {
    setBusy(true);
    try {
      const file = await requestFile(agreementsApi.myAdvicePdfUrl(sessionId), 'mijn-adviezen.pdf');
      offerDownload(file.blob, file.fileName);
      setError(null);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button type="button" busy={busy} busyLabel={a.pdfBusy} onClick={() => void download()}>
        {a.pdf}
      </Button>
      {error !== null && <p role="alert">{errorText(error)}</p>}
    </>
  );
}

/** On the page of a closed session: the link to its summary, for those who took part (a confirmed seat). */
export function SessionSummaryLink({ session }: { session: SessionView }) {
  const a = useT().agreements.summary;
  const tookPart = session.myRole === 'facilitator' || session.myRole === 'presenter' || session.myRsvp === 'yes';
  if (session.status !== 'closed' || !tookPart) return null;
  return (
    <Section title={a.linkTitle} intro={a.linkIntro}>
      <Link to={`/sessies/${session.id}/samenvatting`} className={buttonClass('primary')}>
        {a.open}
      </Link>
    </Section>
  );
}
