import { youthCareRegion, BACKGROUND_LABELS, type QuestionDetail } from '@mao/domain';
import { useState } from 'react';
import { useMe } from '../auth';
import { useErrorText, useLocale, useT } from '../i18n';
import { useResource } from '../shared/useResource';
import { Alert, Button, Checkbox, LiveStatus, Section, TextArea, TextField } from '../ui';
import { questionsApi } from './api';

/** The makelaar's panel on a question: invite people (approved members) or CoPs to answer, by mail. */
export function MatchPanel({ question, onInvited }: { question: QuestionDetail; onInvited: () => void }) {
  const t = useT();
  const q = t.questions;
  const { locale } = useLocale();
  const me = useMe();
  const errorText = useErrorText();
  const [search, setSearch] = useState('');
  const [people, setPeople] = useState<string[]>([]);
  const [cops, setCops] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const candidates = useResource((signal) => questionsApi.candidates(search.trim(), signal), [search]);
  const communities = useResource((signal) => questionsApi.communities(signal), []);
  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));

  return (
    <Section title={q.matchHeading} intro={q.inviteHint}>
      <form
        className="form"
        onSubmit={async (event) => {
          event.preventDefault();
          if (people.length + cops.length === 0) return;
          setBusy(true);
          setError(null);
          try {
            const result = await questionsApi.invite(question.id, { userIds: people, communityIds: cops, ...(note.trim() ? { note } : {}) });
            setStatus(q.invited(result.mailed, result.notInVraagEnAdvies));
            setPeople([]);
            setCops([]);
            setNote('');
            onInvited();
          } catch (caught) {
            setError(caught);
          } finally {
            setBusy(false);
          }
        }}
      >
        <LiveStatus message={status} tone="success" />
        {error !== null && <Alert tone="error">{errorText(error)}</Alert>}
        <fieldset className="checkbox-group">
          <legend>{q.invitePeople}</legend>
          <TextField label={q.invitePeopleSearch} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
          {candidates.status === 'ready' &&
            candidates.data
              .filter((person) => person.id !== question.author.id && person.id !== me.id)
              .map((person) => (
                <Checkbox
                  key={person.id}
                  label={[person.name, person.background ? BACKGROUND_LABELS[person.background][locale] : null, youthCareRegion(person.regionId)?.name ?? null, person.organisation].filter(Boolean).join(' · ')}
                  checked={people.includes(person.id)}
                  onChange={(event) => setPeople((list) => toggle(list, person.id, event.target.checked))}
                />
              ))}
        </fieldset>
        <fieldset className="checkbox-group">
          <legend>{q.inviteCommunities}</legend>
          {communities.status === 'ready' &&
            communities.data.map((community) => (
              <Checkbox key={community.id} label={community.name} checked={cops.includes(community.id)} onChange={(event) => setCops((list) => toggle(list, community.id, event.target.checked))} />
            ))}
        </fieldset>
        <TextArea label={q.inviteNote} optionalText={t.common.optional} rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
        <div className="button-row">
          <Button type="submit" busy={busy} disabled={people.length + cops.length === 0}>
            {q.inviteSubmit}
          </Button>
        </div>
      </form>
      {question.invitations && question.invitations.length > 0 && (
        <>
          <h3>{q.invitationsSoFar}</h3>
          <ul>
            {question.invitations.map((invitation) => (
              <li key={`${invitation.kind}-${invitation.id}-${invitation.at}`}>
                {invitation.name} ({q.invitationKinds[invitation.kind]})
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
