import type { BoardCard } from '@mao/domain';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { useT } from '../../i18n';
import { Button, ConfirmAction, HighlightedText } from '../../ui';
import { deleteCard, editCard, moveCard, reactionCounts, setAnswer, setHidden, toggleReaction } from '../board-model';
import { guardText, marksOf } from '../privacy';
import { useActor, useAuthorName, useRoom } from '../room';
import { currentStep } from '@mao/intervisie-method';
import { PrivacyMarker } from './PrivacyMarker';
import { PrivacyTextField, useEntryHold } from './PrivacyTextField';
import { ReactionIcon } from './ReactionIcon';

export interface CardColumnOption {
  id: string;
  label: string;
}

export interface CardItemProps {
  card: BoardCard;
  /**
   * The shared board the card is shown on (null: nothing to write to). Reactions, the group's
   * arrangement and the facilitator's moderation go there, also for a card from a revealed draft.
   */
  doc: Y.Doc | null;
  writable: boolean;
  /** Shown from a revealed draft: the text is frozen, so it cannot be deleted here. */
  fromDraft?: boolean;
  /** Where the card can be moved to (triage, columns), with the field that holds the place. */
  moves?: { field: 'column' | 'temperature'; options: readonly CardColumnOption[] };
  /** The facilitator on a live shared board they may write: hide, show again, delete anyone's card. */
  moderate?: boolean;
  /** More under the card (dot voting and grouping on the shared board). */
  footer?: ReactNode;
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * One card: text, author (the roster's name), reactions (one per person), where the group
 * sorted it, and delete for its author. The facilitator may hide (and show again) or delete
 * anyone's card; a hidden card is shown, marked, to its author and the facilitator only (the
 * board leaves it out for everyone else).
 */
export function CardItem({ card, doc, writable, fromDraft = false, moves, moderate = false, footer }: CardItemProps) {
  const t = useT();
  const actor = useActor();
  const name = useAuthorName()(card.authorId);
  const active = writable && doc !== null;
  const own = card.authorId === actor.userId;
  const moderating = moderate && doc !== null && actor.facilitator;
  const reactions = reactionCounts(card, actor.userId);
  // The privacy guard's notice is for those who can act on it: the author and the facilitator.
  const findings = own || actor.facilitator ? guardText(card.text) : [];
  const [editing, setEditing] = useState(false);
  const [answering, setAnswering] = useState(false);
  const answerButton = useRef<HTMLButtonElement>(null);
  const authorName = useAuthorName();
  const { view } = useRoom();
  // The inbrenger answers questions in writing where the step says the inbrenger answers (in a step over days there is no other way).
  const canAnswer = active && view.state.presenterId === actor.userId && currentStep(view.state, view.method)?.presenterMode === 'answers';
  const answers = Object.entries(card.answers ?? {}).sort(([, a], [, b]) => a.createdAt - b.createdAt);
  const myAnswer = card.answers?.[actor.userId]?.text ?? '';
  const [status, setStatus] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const current = moves ? card[moves.field] : undefined;
  const place = (option: string) => {
    if (!doc || !moves) return;
    // Triage: choosing the current temperature again takes the card back to "not sorted yet".
    if (current === option) {
      if (moves.field === 'temperature') moveCard(doc, card.key, 'temperature', null);
      return;
    }
    moveCard(doc, card.key, moves.field, option);
  };
  return (
    <li
      className={['board-card', fromDraft ? 'board-card--draft' : null, card.hidden ? 'board-card--hidden' : null, findings.length > 0 ? 'board-card--flagged' : null].filter(Boolean).join(' ')}
      data-entry-key={card.key}
      tabIndex={-1}
    >
      {editing && doc ? (
        <EntryTextForm
          initial={card.text}
          label={t.live.privacy.editField}
          saveLabel={t.live.privacy.save}
          rows={2}
          onSave={(text) => {
            if (!editCard(doc, card.key, text, actor)) return false;
            setEditing(false);
            setStatus(t.live.privacy.saved);
            requestAnimationFrame(() => editButton.current?.focus());
            return true;
          }}
          onCancel={() => {
            setEditing(false);
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      ) : (
        <p className="board-card__text">{findings.length > 0 ? <HighlightedText text={card.text} marks={marksOf(findings)} /> : card.text}</p>
      )}
      {own && (
        <p className="visually-hidden" role="status">
          {status}
        </p>
      )}
      <PrivacyMarker findings={findings} audience={own ? t.live.privacy.markerForAuthor : t.live.privacy.markerForFacilitator(name)} />
      <p className="board-card__meta">
        {t.live.board.by(name)}
        {fromDraft && <span className="badge badge--neutral">{t.live.board.drafts.from(name)}</span>}
        {card.hidden && (
          <span className="badge badge--hidden" title={t.live.board.hiddenHint}>
            {t.live.board.hiddenBadge}
          </span>
        )}
      </p>
      {answers.length > 0 && (
        <ul className="board-card__answers" aria-label={t.live.board.answers.listLabel(short(card.text))}>
          {answers.map(([userId, answer]) => (
            <li key={userId} className="board-card__answer">
              <span className="board-card__answer-by">{t.live.board.answers.by(authorName(userId))}</span> {answer.text}
            </li>
          ))}
        </ul>
      )}
      {answering && doc && (
        <EntryTextForm
          initial={myAnswer}
          label={t.live.board.answers.field}
          saveLabel={t.live.board.answers.save}
          rows={3}
          onSave={(text) => {
            setAnswer(doc, card.key, actor.userId, text);
            setAnswering(false);
            requestAnimationFrame(() => answerButton.current?.focus());
            return true;
          }}
          onCancel={() => {
            setAnswering(false);
            requestAnimationFrame(() => answerButton.current?.focus());
          }}
        />
      )}
      <div className="board-card__actions">
        {canAnswer && !answering && (
          <button ref={answerButton} type="button" className="button button--secondary card-answer" aria-label={t.live.board.answers.label(short(card.text))} onClick={() => setAnswering(true)}>
            {myAnswer ? t.live.board.answers.change : t.live.board.answers.answer}
          </button>
        )}
        {active && (
          <div className="reactions" role="group" aria-label={short(card.text)}>
            {reactions.map(({ reaction, count, mine }) => {
              const label = t.live.board.reactionNames[reaction] ?? reaction;
              return (
                <button
                  key={reaction}
                  type="button"
                  className="reaction"
                  aria-pressed={mine}
                  aria-label={t.live.board.reactionLabel(label, count)}
                  onClick={() => doc && toggleReaction(doc, card.key, actor.userId, reaction)}
                >
                  <ReactionIcon reaction={reaction} /> <span aria-hidden="true">{count}</span>
                </button>
              );
            })}
          </div>
        )}
        {!active && reactions.some((entry) => entry.count > 0) && (
          <ul className="reactions reactions--readonly">
            {reactions
              .filter((entry) => entry.count > 0)
              .map(({ reaction, count }) => (
                <li key={reaction} className="reaction">
                  <ReactionIcon reaction={reaction} /> <span aria-hidden="true">{count}</span>
                  <span className="visually-hidden">{t.live.board.reactionLabel(t.live.board.reactionNames[reaction] ?? reaction, count)}</span>
                </li>
              ))}
          </ul>
        )}
        {moves && active && (
          <div className="card-moves" role="group" aria-label={t.live.board.placeCard(short(card.text))}>
            {moves.options.map((option) => (
              <button key={option.id} type="button" className="card-move" aria-pressed={current === option.id} onClick={() => place(option.id)}>
                {option.label}
              </button>
            ))}
          </div>
        )}
        {moderating && (
          <button
            type="button"
            className="button button--quiet card-hide"
            aria-label={card.hidden ? t.live.board.unhideLabel(short(card.text)) : t.live.board.hideLabel(short(card.text))}
            onClick={() => doc && setHidden(doc, card.key, !card.hidden, actor)}
          >
            {card.hidden ? t.live.board.unhide : t.live.board.hide}
          </button>
        )}
        {active && !fromDraft && own && !editing && (
          <button
            ref={editButton}
            type="button"
            className="button button--quiet card-edit"
            aria-label={t.live.privacy.editLabel(short(card.text))}
            onClick={() => {
              setStatus(null);
              setEditing(true);
            }}
          >
            {t.live.privacy.edit}
          </button>
        )}
        {active && !fromDraft && own && (
          <button type="button" className="button button--quiet card-delete" aria-label={t.live.board.deleteCardLabel(short(card.text))} onClick={() => doc && deleteCard(doc, card.key, actor)}>
            {t.live.board.deleteCard}
          </button>
        )}
        {moderating && !fromDraft && !own && (
          <div className="card-delete">
            <ConfirmAction
              triggerLabel={t.live.board.deleteCard}
              triggerAriaLabel={t.live.board.deleteCardLabel(short(card.text))}
              question={`${t.live.board.removeOthersQuestion(name)} ${t.live.board.orHide}`}
              confirmLabel={t.live.board.removeOthersConfirm}
              cancelLabel={t.common.cancel}
              onConfirm={() => {
                if (doc) deleteCard(doc, card.key, actor);
              }}
            />
          </div>
        )}
      </div>
      {footer}
    </li>
  );
}

/**
 * A text of one's own on a card — the card itself when editing it, or a written answer under it —
 * with the privacy guard as when adding a card. Saving an empty answer removes it.
 */
function EntryTextForm({ initial, label, saveLabel, rows, onSave, onCancel }: { initial: string; label: string; saveLabel: string; rows: number; onSave: (text: string) => boolean; onCancel: () => void }) {
  const t = useT();
  const [text, setText] = useState(initial);
  const textRef = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const hold = useEntryHold(text, t.live.privacy.saveAnyway);
  // Opening the form puts the writer in the text, at its end.
  useEffect(() => {
    const element = textRef.current;
    element?.focus();
    element?.setSelectionRange(element.value.length, element.value.length);
  }, []);
  const save = (event?: FormEvent, anyway = false) => {
    event?.preventDefault();
    if (text.trim() && !hold.check(text, anyway)) {
      textRef.current?.focus();
      return;
    }
    onSave(text);
  };
  return (
    <form className="card-edit-form" onSubmit={save}>
      <PrivacyTextField label={label} value={text} onChange={setText} error={hold.message} rows={rows} maxLength={2000} ref={textRef} />
      <div className="button-row">
        <Button type="submit" variant="secondary">
          {saveLabel}
        </Button>
        {hold.mayOverride && (
          <Button variant="quiet" onClick={() => save(undefined, true)}>
            {t.live.privacy.saveAnyway}
          </Button>
        )}
        <Button variant="quiet" onClick={onCancel}>
          {t.live.privacy.cancel}
        </Button>
      </div>
    </form>
  );
}
