import type { ProposalView } from '@mao/domain';
import { Link } from 'react-router';
import { useFormat, useT } from '../i18n';
import { Badge } from '../ui';

/** Who proposed it, as the viewer may see it: a name, "anoniem", or for facilitators both. */
export function useProposerLine() {
  const p = useT().proposals;
  return (proposal: ProposalView): string => {
    if (proposal.mine) return proposal.anonymous ? p.proposedByYouAnonymous : p.proposedByYou;
    if (!proposal.proposer) return p.anonymous;
    return proposal.anonymous ? p.anonymousToFacilitator(proposal.proposer.name) : p.proposedBy(proposal.proposer.name);
  };
}

/** Title, kind, status, theme, proposer and counts of one proposal. */
export function ProposalSummary({ proposal, linked = false, withTitle = true }: { proposal: ProposalView; linked?: boolean; withTitle?: boolean }) {
  const p = useT().proposals;
  const format = useFormat();
  const proposer = useProposerLine();
  return (
    <>
      {withTitle && <h3 className="proposal-card__title">{linked ? <Link to={`/voorstellen/${proposal.id}`}>{proposal.title}</Link> : proposal.title}</h3>}
      <p className="proposal-card__tags">
        <Badge>{p.kinds[proposal.kind]}</Badge> <Badge tone={proposal.status === 'new' ? 'accent' : 'neutral'}>{p.statuses[proposal.status]}</Badge>
        {proposal.theme && (
          <>
            {' '}
            <Badge>{proposal.theme}</Badge>
          </>
        )}
      </p>
      <p className="muted">
        {proposer(proposal)} · <time dateTime={proposal.createdAt}>{format.date(proposal.createdAt)}</time>
      </p>
      <p className="muted">
        {p.supports(proposal.supportCount)} · {p.comments(proposal.commentCount)}
      </p>
    </>
  );
}
