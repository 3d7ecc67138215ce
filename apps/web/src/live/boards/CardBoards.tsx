import { PERSPECTIVE_LABELS, PERSPECTIVES, TEMPERATURES, TWO_COLUMNS, type BoardCard, type Perspective } from '@mao/domain';
import { boardColumns } from '@mao/intervisie-method';
import type * as Y from 'yjs';
import { useT } from '../../i18n';
import { addCard, groupCards, readCards } from '../board-model';
import { useDocsVersion } from '../collab';
import { useLocalized, useRoom } from '../room';
import { AddCardForm } from './AddCardForm';
import { CardItem, type CardColumnOption } from './CardItem';

export interface CardBoardProps {
  doc: Y.Doc | null;
  /** Frozen drafts whose cards are shown with the board's own, read-only. */
  draftDocs?: readonly Y.Doc[];
  writable: boolean;
  level: 3 | 4;
}

interface ShownCard {
  card: BoardCard;
  fromDraft: boolean;
}

function useShownCards(doc: Y.Doc | null, draftDocs: readonly Y.Doc[]): ShownCard[] {
  useDocsVersion([doc, ...draftDocs]);
  const own = doc ? readCards(doc).map((card) => ({ card, fromDraft: false })) : [];
  const drafts = draftDocs.flatMap((draft) => readCards(draft).map((card) => ({ card, fromDraft: true })));
  return [...drafts, ...own].sort((a, b) => a.card.createdAt - b.card.createdAt);
}

function CardList({ cards, doc, writable, moves }: { cards: ShownCard[]; doc: Y.Doc | null; writable: boolean; moves?: Parameters<typeof CardItem>[0]['moves'] }) {
  const t = useT();
  if (cards.length === 0) return <p className="empty muted">{t.live.board.cardsEmpty}</p>;
  return (
    <ul className="card-list">
      {cards.map(({ card, fromDraft }) => (
        <CardItem key={`${fromDraft ? 'd' : 'b'}-${card.id}`} card={card} doc={fromDraft ? null : doc} writable={writable} fromDraft={fromDraft} moves={fromDraft ? undefined : moves} />
      ))}
    </ul>
  );
}

/** Questions, advice, associations: a list of cards with author and reactions. */
export function CardsBoard({ doc, draftDocs = [], writable }: CardBoardProps) {
  const { meId, meName } = useRoom();
  const cards = useShownCards(doc, draftDocs);
  return (
    <div className="board board--cards">
      {writable && doc && <AddCardForm onAdd={(text) => addCard(doc, { text, authorId: meId, authorName: meName }) !== null} />}
      <CardList cards={cards} doc={doc} writable={writable} />
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
export function ColumnBoard({ shape, doc, draftDocs = [], writable, level, myPerspective = null }: ColumnBoardProps) {
  const t = useT();
  const { meId, meName } = useRoom();
  const options = useColumnOptions(shape);
  const field = shape === 'triage' ? 'temperature' : 'column';
  const shown = useShownCards(doc, draftDocs);
  const grouped = groupCards(
    shown.map((entry) => entry.card),
    options.map((option) => option.id),
    field,
  );
  const draftIds = new Set(shown.filter((entry) => entry.fromDraft).map((entry) => entry.card.id));
  const entries = (cards: BoardCard[]): ShownCard[] => cards.map((card) => ({ card, fromDraft: draftIds.has(card.id) }));
  const Heading = level === 3 ? 'h3' : 'h4';
  const initial = shape === 'perspectives' ? (myPerspective ?? options[0]?.id ?? '') : (options[0]?.id ?? '');
  const moves = shape === 'perspectives' ? undefined : { field, options } as const;
  const add = (text: string, column: string | undefined) => {
    if (!doc) return false;
    if (shape === 'triage') return addCard(doc, { text, authorId: meId, authorName: meName }) !== null;
    return addCard(doc, { text, authorId: meId, authorName: meName, column }) !== null;
  };
  return (
    <div className={`board board--columns board--${shape}`}>
      {writable && doc && <AddCardForm onAdd={add} columns={shape === 'triage' ? undefined : { options, initial }} />}
      {grouped.unsorted.length > 0 && (
        <section className="board-column board-column--unsorted" aria-label={t.live.board.unsorted}>
          <Heading className="board-column__title">{t.live.board.unsorted}</Heading>
          <CardList cards={entries(grouped.unsorted)} doc={doc} writable={writable} moves={moves} />
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
              <CardList cards={entries(column.cards)} doc={doc} writable={writable} moves={moves} />
            </section>
          );
        })}
      </div>
    </div>
  );
}
