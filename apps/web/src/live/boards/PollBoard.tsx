import type { PollVote } from '@mao/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { useLocale, useT } from '../../i18n';
import { Button, HighlightedText } from '../../ui';
import { castVote, pollSummary, readVotes } from '../board-model';
import { useDocsVersion } from '../collab';
import { guardText, marksOf } from '../privacy';
import { useActor, useAuthorName, useRoom } from '../room';
import { PrivacyMarker } from './PrivacyMarker';
import { PrivacyTextField, useEntryHold } from './PrivacyTextField';

export interface PollBoardProps {
  doc: Y.Doc | null;
  draftDocs?: readonly Y.Doc[];
  writable: boolean;
  level: 3 | 4;
}

const SCORES = [1, 2, 3, 4, 5] as const;

/** The evaluation poll: a score from 1 to 5 and a comment; the average shows once you have voted. */
export function PollBoard({ doc, draftDocs = [], writable, level }: PollBoardProps) {
  const t = useT();
  const { meId } = useRoom();
  const { facilitator } = useActor();
  const authorName = useAuthorName();
  const { locale } = useLocale();
  useDocsVersion([doc, ...draftDocs]);
  const votes: Record<string, PollVote> = {};
  for (const draft of draftDocs) Object.assign(votes, readVotes(draft));
  if (doc) Object.assign(votes, readVotes(doc));
  const mine = votes[meId];
  const summary = pollSummary(votes);
  const showResults = !writable || mine !== undefined;
  const Heading = level === 3 ? 'h3' : 'h4';
  const comments = Object.entries(votes).filter(([, vote]) => vote.comment);
  return (
    <div className="board board--poll">
      {writable && doc && <VoteForm doc={doc} mine={mine} />}
      <div className="poll-results" aria-live="polite">
        {!showResults ? (
          <p className="muted">{t.live.board.poll.hiddenUntilVoted}</p>
        ) : summary.average === null ? (
          <p className="muted">{t.live.board.poll.noVotes}</p>
        ) : (
          <>
            <p className="poll-results__average">{t.live.board.poll.average(summary.average.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB'), summary.count)}</p>
            <ul className="poll-distribution">
              {summary.distribution.map((count, index) => (
                <li key={index}>{t.live.board.poll.distribution(index + 1, count)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      {showResults && comments.length > 0 && (
        <>
          <Heading className="board__subtitle">{t.live.board.poll.comments}</Heading>
          <ul className="card-list">
            {comments.map(([userId, vote]) => {
              const findings = userId === meId || facilitator ? guardText(vote.comment) : [];
              return (
                <li key={userId} className={['board-card', findings.length > 0 ? 'board-card--flagged' : null].filter(Boolean).join(' ')} data-entry-key={`vote:${userId}`} tabIndex={-1}>
                  <p className="board-card__text">{findings.length > 0 ? <HighlightedText text={vote.comment} marks={marksOf(findings)} /> : vote.comment}</p>
                  <PrivacyMarker findings={findings} audience={userId === meId ? t.live.privacy.markerForAuthor : t.live.privacy.markerForFacilitator(authorName(userId))} />
                  <p className="board-card__meta">{t.live.board.by(authorName(userId))}</p>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}

function VoteForm({ doc, mine }: { doc: Y.Doc; mine: PollVote | undefined }) {
  const t = useT();
  const { meId } = useRoom();
  const id = useId();
  const [score, setScore] = useState<number | null>(mine?.score ?? null);
  const [comment, setComment] = useState(mine?.comment ?? '');
  const [error, setError] = useState<string | null>(null);
  const hold = useEntryHold(comment, t.live.privacy.voteAnyway);
  const commentRef = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const submit = (event?: FormEvent, anyway = false) => {
    event?.preventDefault();
    if (score === null) {
      setError(t.live.board.poll.needScore);
      return;
    }
    setError(null);
    if (comment.trim() && !hold.check(comment, anyway)) {
      commentRef.current?.focus();
      return;
    }
    castVote(doc, meId, { score, comment });
  };
  return (
    <form className="vote-form" onSubmit={submit} noValidate>
      <p className="board__subtitle">{t.live.board.poll.question}</p>
      <fieldset className="fieldset" aria-describedby={error ? `${id}-error` : undefined}>
        <legend className="field__label">{t.live.board.poll.scoreLegend}</legend>
        {error && (
          <p className="field__error" id={`${id}-error`}>
            <span className="field__error-icon" aria-hidden="true">
              !
            </span>
            {error}
          </p>
        )}
        <div className="score-choices">
          {SCORES.map((value) => (
            <div key={value} className="score-choice">
              <input id={`${id}-${value}`} type="radio" name={`${id}-score`} value={value} checked={score === value} onChange={() => setScore(value)} />
              <label htmlFor={`${id}-${value}`}>{t.live.board.poll.score(value)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <PrivacyTextField label={t.live.board.poll.comment} value={comment} onChange={setComment} error={hold.message} rows={2} maxLength={2000} ref={commentRef} />
      {mine && <p className="muted">{t.live.board.poll.yourVote(mine.score)}</p>}
      <div className="button-row">
        <Button type="submit" variant="secondary">
          {mine ? t.live.board.poll.change : t.live.board.poll.vote}
        </Button>
        {hold.mayOverride && (
          <Button variant="quiet" onClick={() => submit(undefined, true)}>
            {t.live.privacy.voteAnyway}
          </Button>
        )}
      </div>
    </form>
  );
}
