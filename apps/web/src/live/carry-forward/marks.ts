import { BOARD_KEYS, markKey, readBoard, type BoardCard } from '@mao/domain';
import type * as Y from 'yjs';
import { readDraftCards } from '../board-model';

export const marksOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(BOARD_KEYS.marks);

/** The card keys one person marked on this board (`marksByAuthor`, layout 2 of @mao/domain). */
export function markedKeys(doc: Y.Doc, userId: string): Set<string> {
  return new Set(
    readBoard({ marksByAuthor: marksOf(doc).toJSON() })
      .marks.filter((mark) => mark.authorId === userId)
      .map((mark) => mark.cardKey),
  );
}

/** Marks or unmarks a card for this person, under their own key (the server refuses anyone else's). */
export function toggleMark(doc: Y.Doc, userId: string, cardKey: string): boolean {
  if (!userId) return false;
  const marks = marksOf(doc);
  const key = markKey(userId, cardKey);
  if (marks.get(key) === true) marks.delete(key);
  else marks.set(key, true);
  return true;
}

/** The visible cards of the source docs (board + revealed drafts), oldest first, without hidden ones. */
export function carriedCards(docs: readonly Y.Doc[], hiddenKeys: ReadonlySet<string>): BoardCard[] {
  const seen = new Set<string>();
  const cards: BoardCard[] = [];
  for (const doc of docs) {
    for (const card of readDraftCards(doc, null)) {
      if (hiddenKeys.has(card.key) || seen.has(card.key)) continue;
      seen.add(card.key);
      cards.push(card);
    }
  }
  return cards.sort((a, b) => a.createdAt - b.createdAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
