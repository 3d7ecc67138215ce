import type { SessionView } from '@mao/domain';
import { Link } from 'react-router';
import { api } from '../api';
import { useT } from '../i18n';
import { buttonClass, Section } from '../ui';

/** On the page of a closed session: the harvest as PDF, and for its facilitator the review of the drafts. */
export function SessionHarvestLinks({ session }: { session: SessionView }) {
  const l = useT().lessons;
  if (session.status !== 'closed') return null;
  return (
    <Section title={l.harvestLinksTitle} intro={l.harvestLinksIntro}>
      <div className="button-row">
        {session.canManage && (
          <Link to={`/sessies/${session.id}/oogst`} className={buttonClass('primary')}>
            {l.reviewHarvest}
          </Link>
        )}
        <a href={api.lessons.harvestPdfUrl(session.id)} download className={buttonClass('secondary')}>
          {l.harvestPdf}
        </a>
      </div>
    </Section>
  );
}
