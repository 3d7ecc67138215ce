import { PROPOSAL_TEXT_MAX, PROPOSAL_TITLE_MAX, type QuestionDetail } from '@mao/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api';
import { useErrorText, useT } from '../i18n';
import { useResource } from '../shared/useResource';
import { Alert, Button, LiveStatus, Section, Select } from '../ui';

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/**
 * A question becomes a casus proposal on the agenda of a CoP the asker (or the makelaar) belongs
 * to, through the agenda proposals of that CoP (`POST /api/communities/:id/proposals`): the
 * question's title and what is asked; the api checks membership and the privacy guard again.
 */
export function ProposeToCop({ question }: { question: QuestionDetail }) {
  const t = useT();
  const q = t.questions;
  const errorText = useErrorText();
  const cops = useResource((signal) => api.communities.list(signal), []);
  const [communityId, setCommunityId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [proposalId, setProposalId] = useState<string | null>(null);
  if (cops.status !== 'ready') return null;
  return (
    <Section title={q.proposeHeading} intro={q.proposeHint}>
      {cops.data.length === 0 ? (
        <p className="muted">{q.noCops}</p>
      ) : (
        <form
          className="form"
          onSubmit={async (event) => {
            event.preventDefault();
            if (!communityId) return;
            setBusy(true);
            setError(null);
            try {
              const created = await api.proposals.create(communityId, { kind: 'casus', title: cut(question.title, PROPOSAL_TITLE_MAX), text: cut(question.ask, PROPOSAL_TEXT_MAX) });
              setProposalId(created.id);
            } catch (caught) {
              setError(caught);
            } finally {
              setBusy(false);
            }
          }}
        >
          <LiveStatus message={proposalId ? q.proposed : null} tone="success" />
          {proposalId && <Link to={`/voorstellen/${proposalId}`}>{q.viewProposal}</Link>}
          {error !== null && <Alert tone="error">{errorText(error)}</Alert>}
          <Select label={q.proposeCop} placeholder={q.proposeChoose} value={communityId} options={cops.data.map((cop) => ({ value: cop.id, label: cop.name }))} onChange={(event) => setCommunityId(event.target.value)} />
          <div className="button-row">
            <Button type="submit" busy={busy} disabled={!communityId}>
              {q.proposeSubmit}
            </Button>
          </div>
        </form>
      )}
    </Section>
  );
}
