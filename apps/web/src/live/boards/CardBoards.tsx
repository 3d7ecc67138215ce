import { PERSPECTIVE_LABELS, PERSPECTIVES, TEMPERATURES, TWO_COLUMNS, type BoardCard, type Perspective } from '@mao/domain';
import { boardColumns } from '@mao/intervisie-method';
import type * as Y from 'yjs';
import { useT } from '../../i18n';
import { addCard, groupCards, isVisibleTo, readCards, readDraftCards, type Actor } from '../board-model';
import { useDocsVersion } from '../collab';
import { useActor, useLocalized } from '../room';
import { AddCardForm } from './AddCardForm';
import { CardItem, type CardColumnOption } from './CardItem';
import { CollectiveCards } from './CollectiveCards';

export interface CardBoardProps {
  doc: Y.Doc | null;
  /** Revealed drafts whose cards are shown with the board's own (their text frozen). */
  draftDocs?: readonly Y.Doc[];
  writable: boolean;
  level: 3 | 4;
  /** The facilitator on the live shared board: may hide and delete anyone's card. */
  moderate?: boolean;
  /** Cards not to show (hidden on the earlier board they were carried from). */
  excludeKeys?: ReadonlySet<string>;
}

interface ShownCard {
  card: BoardCard;
  fromDraft: boolean;
}

/**
 * The board's cards and those of its revealed drafts (read with the board's reactions,
 * arrangement and moderation), oldest first; hidden cards only for their author and the facilitator.
 */
function useShownCards(doc: Y.Doc | null, draftDocs: readonly Y.Doc[], viewer: Actor, excludeKeys?: ReadonlySet<string>): ShownCard[] {
  useDocsVersion([doc, ...draftDocs]);
  const own = doc ? readCards(doc).map((card) => ({ card, fromDraft: false })) : [];
  const drafts = draftDocs.flatMap((draft) => readDraftCards(draft, doc).map((card) => ({ card, fromDraft: true })));
  return [...drafts, ...own]
    .filter((entry) => isVisibleTo(entry.card, viewer) && !excludeKeys?.has(entry.card.key))
    .sort((a, b) => a.card.createdAt - b.card.createdAt || (a.card.key < b.card.key ? -1 : a.card.key > b.card.key ? 1 : 0));
}

interface CardListProps {
  cards: ShownCard[];
  doc: Y.Doc | null;
  writable: boolean;
  moderate: boolean;
  moves?: Parameters<typeof CardItem>[0]['moves'];
}

function CardList({ cards, doc, writable, moderate, moves }: CardListProps) {
  const t = useT();
  if (cards.length === 0) return <p className="empty muted">{t.live.board.cardsEmpty}</p>;
  return (
    <ul className="card-list">
      {cards.map(({ card, fromDraft }) => (
        <CardItem key={`${fromDraft ? 'd' : 'b'}-${card.key}`} card={card} doc={doc} writable={writable} moderate={moderate} fromDraft={fromDraft} moves={moves} />
      ))}
    </ul>
  );
}

/**
 * Questions, advice, associations: a list of cards with author and reactions. On the shared
 * board (not in a private draft) the group also groups the cards and votes with dots.
 */
export function CardsBoard({ doc, draftDocs = [], writable, level, moderate = false, excludeKeys, shared = false }: CardBoardProps & { shared?: boolean }) {
  const actor = useActor();
  const cards = useShownCards(doc, draftDocs, actor, excludeKeys);
  const fromDraft = new Set(cards.filter((entry) => entry.fromDraft).map((entry) => entry.card.key));
  return (
    <div className="board board--cards">
      {writable && doc && <AddCardForm onAdd={(text) => addCard(doc, { text, authorId: actor.userId }) !== null} />}
      {shared && cards.length > 0 ? (
        <CollectiveCards
          cards={cards.map((entry) => entry.card)}
          doc={doc}
          active={writable && doc !== null}
          level={level}
          renderCard={(card, footer) => (
            <CardItem key={`${fromDraft.has(card.key) ? 'd' : 'b'}-${card.key}`} card={card} doc={doc} writable={writable} moderate={moderate} fromDraft={fromDraft.has(card.key)} footer={footer} />
          )}
        />
      ) : (
        <CardList cards={cards} doc={doc} writable={writable} moderate={moderate} />
      )}
    </div>
  );
}

type ColumnShape = 'triage' | 'perspectives' | 'twoColumns';

export interface ColumnBoardProps extends CardBoardProps {
  shape: ColumnShape;
  myPerspective?: Perspective | null;
}

/** The columns of a board shape with labels in the current language, per the board convention of @mao/domain. */
export function useColumnOptions(shape: ColumnShape): CardColumnOption[] {
  const t = useT();
  const localized = useLocalized();
  switch (shape) {
    case 'triage': {
      const labels = boardColumns('triage');
      return TEMPERATURES.map((id) => ({ id, label: localized(labels.find((column) => column.id === id)?.label) || id }));
    }
    case 'perspectives':
      return PERSPECTIVES.map((id) => ({ id, label: localized(PERSPECTIVE_LABELS[id]) }));
    case 'twoColumns':
      return TWO_COLUMNS.map((id) => ({ id, label: t.live.board.twoColumns[id] ?? id }));
  }
}

/**
 * Cards in columns. Triage (warm / lauw / koud): the writer (the inbrenger) sorts each card
 * with buttons, so it works without dragging. Perspectives: one column per domain, mine
 * highlighted. Two columns: own actions versus context and support.
 */
export function ColumnBoard({ shape, doc, draftDocs = [], writable, level, myPerspective = null, moderate = false, excludeKeys }: ColumnBoardProps) {
  const t = useT();
  const actor = useActor();
  const options = useColumnOptions(shape);
  const field = shape === 'triage' ? 'temperature' : 'column';
  const shown = useShownCards(doc, draftDocs, actor, excludeKeys);
  const grouped = groupCards(
    shown.map((entry) => entry.card),
    options.map((option) => option.id),
    field,
  );
  const draftKeys = new Set(shown.filter((entry) => entry.fromDraft).map((entry) => entry.card.key));
  const entries = (cards: BoardCard[]): ShownCard[] => cards.map((card) => ({ card, fromDraft: draftKeys.has(card.key) }));
  const Heading = level === 3 ? 'h3' : 'h4';
  const initial = shape === 'perspectives' ? (myPerspective ?? options[0]?.id ?? '') : (options[0]?.id ?? '');
  const moves = shape === 'perspectives' ? undefined : { field, options } as const;
  const add = (text: string, column: string | undefined) => {
    if (!doc) return false;
    if (shape === 'triage') return addCard(doc, { text, authorId: actor.userId }) !== null;
    return addCard(doc, { text, authorId: actor.userId, column }) !== null;
  };
  return (
    <div className={`board board--columns board--${shape}`}>
      {writable && doc && <AddCardForm onAdd={add} columns={shape === 'triage' ? undefined : { options, initial }} />}
      {grouped.unsorted.length > 0 && (
        <section className="board-column board-column--unsorted" aria-label={t.live.board.unsorted}>
          <Heading className="board-column__title">{t.live.board.unsorted}</Heading>
          <CardList cards={entries(grouped.unsorted)} doc={doc} writable={writable} moderate={moderate} moves={moves} />
        </section>
      )}
      <div className="board-columns">
        {grouped.columns.map((column) => {
          const label = options.find((option) => option.id === column.id)?.label ?? column.id;
          const mine = shape === 'perspectives' && column.id === myPerspective;
          return (
            <section key={column.id} className={['board-column', `board-column--${column.id}`, mine ? 'board-column--mine' : null].filter(Boolean).join(' ')} aria-label={label}>
              <Heading className="board-column__title">
                {label}
                {mine && <span className="badge badge--accent">{t.live.board.myColumn}</span>}
              </Heading>
              <CardList cards={entries(column.cards)} doc={doc} writable={writable} moderate={moderate} moves={moves} />
            </section>
          );
        })}
      </div>
    </div>
  );
}
