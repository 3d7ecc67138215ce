import { Link } from 'react-router';
import { useT } from '../i18n';
import { Section, buttonClass } from '../ui';

/** On a CoP's page: where members shape the agenda. */
export function CommunityProposalsSection({ communityId }: { communityId: string }) {
  const p = useT().proposals;
  return (
    <Section title={p.title} intro={p.sectionIntro}>
      <Link className={buttonClass('secondary')} to={`/cops/${communityId}/voorstellen`}>
        {p.toProposals}
      </Link>
    </Section>
  );
}
