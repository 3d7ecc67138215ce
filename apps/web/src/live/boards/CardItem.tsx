import type { BoardCard } from '@mao/domain';
import type * as Y from 'yjs';
import { useT } from '../../i18n';
import { ConfirmAction } from '../../ui';
import { deleteCard, moveCard, reactionCounts, setHidden, toggleReaction } from '../board-model';
import { useActor, useAuthorName } from '../room';

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
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * One card: text, author (the roster's name), reactions (one per person), where the group
 * sorted it, and delete for its author. The facilitator may hide (and show again) or delete
 * anyone's card; a hidden card is shown, marked, to its author and the facilitator only (the
 * board leaves it out for everyone else).
 */
export function CardItem({ card, doc, writable, fromDraft = false, moves, moderate = false }: CardItemProps) {
  const t = useT();
  const actor = useActor();
  const name = useAuthorName()(card.authorId);
  const active = writable && doc !== null;
  const own = card.authorId === actor.userId;
  const moderating = moderate && doc !== null && actor.facilitator;
  const reactions = reactionCounts(card, actor.userId);
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
    <li className={['board-card', fromDraft ? 'board-card--draft' : null, card.hidden ? 'board-card--hidden' : null].filter(Boolean).join(' ')}>
      <p className="board-card__text">{card.text}</p>
      <p className="board-card__meta">
        {t.live.board.by(name)}
        {fromDraft && <span className="badge badge--neutral">{t.live.board.drafts.from(name)}</span>}
        {card.hidden && (
          <span className="badge badge--hidden" title={t.live.board.hiddenHint}>
            {t.live.board.hiddenBadge}
          </span>
        )}
      </p>
      <div className="board-card__actions">
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
                  <span aria-hidden="true">{reaction}</span> <span aria-hidden="true">{count}</span>
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
                  <span aria-hidden="true">{reaction}</span> <span aria-hidden="true">{count}</span>
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
    </li>
  );
}
