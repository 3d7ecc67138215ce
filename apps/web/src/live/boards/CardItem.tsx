import type { BoardCard } from '@mao/domain';
import type * as Y from 'yjs';
import { useT } from '../../i18n';
import { deleteCard, moveCard, reactionCounts, toggleReaction } from '../board-model';
import { useRoom } from '../room';

export interface CardColumnOption {
  id: string;
  label: string;
}

export interface CardItemProps {
  card: BoardCard;
  /** The document the card lives in; null for a card shown from a frozen draft. */
  doc: Y.Doc | null;
  writable: boolean;
  /** Shown from a draft: readable, never editable here. */
  fromDraft?: boolean;
  /** Where the card can be moved to (triage, columns), with the field that holds the place. */
  moves?: { field: 'column' | 'temperature'; options: readonly CardColumnOption[] };
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** One card: text, author, reactions (one per person), and for its author a delete button. */
export function CardItem({ card, doc, writable, fromDraft = false, moves }: CardItemProps) {
  const t = useT();
  const { meId } = useRoom();
  const editable = writable && doc !== null && !fromDraft;
  const reactions = reactionCounts(card, meId);
  const current = moves ? card[moves.field] : undefined;
  return (
    <li className={['board-card', fromDraft ? 'board-card--draft' : null].filter(Boolean).join(' ')}>
      <p className="board-card__text">{card.text}</p>
      <p className="board-card__meta">
        {t.live.board.by(card.authorName || '—')}
        {fromDraft && <span className="badge badge--neutral">{t.live.board.drafts.from(card.authorName || '—')}</span>}
      </p>
      <div className="board-card__actions">
        {!fromDraft && editable && (
          <div className="reactions" role="group" aria-label={short(card.text)}>
            {reactions.map(({ reaction, count, mine }) => {
              const name = t.live.board.reactionNames[reaction] ?? reaction;
              return (
                <button
                  key={reaction}
                  type="button"
                  className="reaction"
                  aria-pressed={mine}
                  aria-label={t.live.board.reactionLabel(name, count)}
                  onClick={() => doc && toggleReaction(doc, card.id, meId, reaction)}
                >
                  <span aria-hidden="true">{reaction}</span> <span aria-hidden="true">{count}</span>
                </button>
              );
            })}
          </div>
        )}
        {!editable && reactions.some((entry) => entry.count > 0) && (
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
        {moves && editable && (
          <div className="card-moves" role="group" aria-label={t.live.board.placeCard(short(card.text))}>
            {moves.options.map((option) => (
              <button
                key={option.id}
                type="button"
                className="card-move"
                aria-pressed={current === option.id}
                onClick={() => doc && moveCard(doc, card.id, moves.field, current === option.id ? null : option.id)}
              >
                {option.label}
              </button>
            ))}
          </div>
        )}
        {editable && card.authorId === meId && (
          <button type="button" className="button button--quiet card-delete" aria-label={t.live.board.deleteCardLabel(short(card.text))} onClick={() => doc && deleteCard(doc, card.id)}>
            {t.live.board.deleteCard}
          </button>
        )}
      </div>
    </li>
  );
}
