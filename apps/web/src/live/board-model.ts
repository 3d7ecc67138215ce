import {
  BOARD_KEYS,
  cardKey,
  DOTS_PER_PERSON,
  dotKey,
  MAX_BOARD_TEXT,
  answerKey,
  MAX_GROUP_NAME,
  ownerOfKey,
  reactionKey,
  readBoard,
  type BoardCard,
  type BoardContent,
  type BoardJson,
  type HarvestEntry,
  type PollVote,
  type Temperature,
} from '@mao/domain';
import * as Y from 'yjs';

/**
 * Reading and writing the shared boards inside their Yjs documents, following layout 2 of
 * @mao/domain (contracts/boards.ts) exactly: the api checks every update against it and reads
 * boards with the same `readBoard`.
 *
 *   cardsByAuthor      "<me>/<cardId>"   → Y.Map { text, createdAt, column?, temperature? }
 *   lessonsByAuthor    "<me>/<lessonId>" → Y.Map { text, elementIds, indicatorIds, themes, createdAt }
 *   reactionsByAuthor  "<me>/<cardKey>"  → '👍' | '❤️' | '💡'
 *   votesByAuthor      "<me>"            → { score, comment }
 *   arrangement        cardKey → { column?, temperature? }   (any writer: the group sorts)
 *   moderation         cardKey → { hidden: true }            (the facilitator only)
 *   notes              Y.Text
 *
 * Every write goes under the writer's own user id; changing or deleting someone else's entry is
 * only offered to the facilitator (moderation). The server drops anything else and closes the
 * socket, so these functions refuse it first and return false.
 */

export const REACTIONS = ['👍', '❤️', '💡'] as const;
export type Reaction = (typeof REACTIONS)[number];

/** Who is changing the board: their user id, and whether they are the session's facilitator. */
export interface Actor {
  userId: string;
  facilitator: boolean;
}

export function newId(): string {
  const cryptoApi = globalThis.crypto as Crypto | undefined;
  if (cryptoApi && typeof cryptoApi.randomUUID === 'function') return cryptoApi.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export const cardsOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(BOARD_KEYS.cards);
export const lessonsOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(BOARD_KEYS.lessons);
export const reactionsOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(BOARD_KEYS.reactions);
export const votesOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(BOARD_KEYS.votes);
export const arrangementOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(BOARD_KEYS.arrangement);
export const moderationOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(BOARD_KEYS.moderation);
/** The plain-text notes of boards from before the notes became rich text (read, never written). */
export const legacyNotesOf = (doc: Y.Doc): Y.Text => doc.getText(BOARD_KEYS.notes);
/** The shared notes: a rich-text document TipTap (ProseMirror) edits through y-tiptap. */
export const richNotesOf = (doc: Y.Doc): Y.XmlFragment => doc.getXmlFragment(BOARD_KEYS.richNotes);

/** Text blocks: each is a line of its own in the plain-text reading (lists hold paragraphs). */
const TEXT_BLOCKS = new Set(['paragraph', 'heading']);

/**
 * The rich notes as plain text, one line per paragraph or heading (a hard break is a line
 * break), for the privacy review and "is there anything on this board" — read from the Yjs
 * document, without an editor.
 */
export function richNotesText(fragment: Y.XmlFragment): string {
  const lines: string[] = [];
  let line = '';
  const walk = (node: Y.XmlElement | Y.XmlText | Y.XmlHook) => {
    if (node instanceof Y.XmlText) {
      line += node
        .toDelta()
        .map((op: { insert?: unknown }) => (typeof op.insert === 'string' ? op.insert : ''))
        .join('');
      return;
    }
    if (!(node instanceof Y.XmlElement)) return;
    if (node.nodeName === 'hardBreak') {
      line += '\n';
      return;
    }
    for (const child of node.toArray()) walk(child);
    if (TEXT_BLOCKS.has(node.nodeName)) {
      lines.push(line);
      line = '';
    }
  };
  for (const child of fragment.toArray()) walk(child);
  if (line) lines.push(line);
  return lines.join('\n').replace(/\n+$/, '');
}


/** The notes' text: the rich notes, or an older board's plain text when it has none. */
export function notesTextOf(doc: Y.Doc): string {
  const rich = richNotesText(richNotesOf(doc));
  return rich.trim() ? rich : legacyNotesOf(doc).toString();
}

/** The board's roots as JSON, the input of `readBoard`. */
export function boardJson(doc: Y.Doc): BoardJson {
  return {
    cardsByAuthor: cardsOf(doc).toJSON(),
    lessonsByAuthor: lessonsOf(doc).toJSON(),
    reactionsByAuthor: reactionsOf(doc).toJSON(),
    votesByAuthor: votesOf(doc).toJSON(),
    dotsByAuthor: doc.getMap(BOARD_KEYS.dots).toJSON(),
    answersByAuthor: doc.getMap(BOARD_KEYS.answers).toJSON(),
    arrangement: arrangementOf(doc).toJSON(),
    moderation: moderationOf(doc).toJSON(),
  };
}

export function readDoc(doc: Y.Doc): BoardContent {
  return readBoard(boardJson(doc));
}

/** The cards of a board, oldest first (hidden ones included: see `visibleCards`). */
export function readCards(doc: Y.Doc): BoardCard[] {
  return readDoc(doc).cards;
}

/**
 * The cards of a revealed draft as they stand on the shared board: the group's reactions,
 * arrangement and the facilitator's moderation live in the shared board (keyed by the card's
 * key), on top of what the author wrote in the draft.
 */
export function readDraftCards(draft: Y.Doc, board: Y.Doc | null): BoardCard[] {
  const own = boardJson(draft);
  const shared = board ? boardJson(board) : {};
  const merge = (a: unknown, b: unknown) => ({ ...(a as object | undefined), ...(b as object | undefined) });
  return readBoard({
    cardsByAuthor: own.cardsByAuthor,
    reactionsByAuthor: merge(own.reactionsByAuthor, shared.reactionsByAuthor),
    dotsByAuthor: shared.dotsByAuthor,
    answersByAuthor: shared.answersByAuthor,
    arrangement: merge(own.arrangement, shared.arrangement),
    moderation: shared.moderation,
  }).cards;
}

/** A hidden card is seen only by its author and the facilitator (who see it marked). */
export function isVisibleTo(card: BoardCard, viewer: Actor): boolean {
  return !card.hidden || card.authorId === viewer.userId || viewer.facilitator;
}

/** May this person change or delete the entry under this key? Their own, or anything for the facilitator. */
export function mayChange(key: string, actor: Actor): boolean {
  return ownerOfKey(key) === actor.userId || actor.facilitator;
}

/* ---------------------------------------------------------------- cards */

export interface NewCard {
  text: string;
  authorId: string;
  column?: string;
  temperature?: Temperature;
}

/** Trimmed text within the board limit, or null when there is nothing to add. */
export function cleanText(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  return trimmed.slice(0, MAX_BOARD_TEXT);
}

/** Adds a card under the author's own key; its column (or temperature) is where the author put it. */
export function addCard(doc: Y.Doc, input: NewCard, now = Date.now()): BoardCard | null {
  const text = cleanText(input.text);
  if (!text || !input.authorId) return null;
  const id = newId();
  const key = cardKey(input.authorId, id);
  const entry = new Y.Map<unknown>();
  entry.set('text', text);
  entry.set('createdAt', now);
  if (input.column) entry.set('column', input.column);
  if (input.temperature) entry.set('temperature', input.temperature);
  cardsOf(doc).set(key, entry);
  const card: BoardCard = { id, key, text, authorId: input.authorId, createdAt: now, reactions: {}, hidden: false, dots: {} };
  if (input.column) card.column = input.column;
  if (input.temperature) card.temperature = input.temperature;
  return card;
}

/**
 * Deletes a card: the author their own, the facilitator any (moderation by deletion). Reactions
 * go with it as far as this person may touch them: their own (the facilitator: all, and the
 * moderation mark). The group's arrangement of it stays behind: the facilitator need not be a
 * writer of the step, and an arrangement without its card is never read.
 */
export function deleteCard(doc: Y.Doc, key: string, actor: Actor): boolean {
  const cards = cardsOf(doc);
  if (!cards.has(key) || !mayChange(key, actor)) return false;
  doc.transact(() => {
    cards.delete(key);
    const reactions = reactionsOf(doc);
    for (const reaction of [...reactions.keys()]) {
      if (reaction.slice(reaction.indexOf('/') + 1) !== key) continue;
      if (ownerOfKey(reaction) === actor.userId || actor.facilitator) reactions.delete(reaction);
    }
    if (actor.facilitator && moderationOf(doc).has(key)) moderationOf(doc).delete(key);
  });
  return true;
}

/**
 * Changes the text of one's own card (the author only: the server refuses changes to another
 * person's entry, and moderation may only hide or delete). False when there is nothing to change.
 */
export function editCard(doc: Y.Doc, key: string, text: string, actor: Actor): boolean {
  const entry = cardsOf(doc).get(key);
  const clean = cleanText(text);
  if (!(entry instanceof Y.Map) || ownerOfKey(key) !== actor.userId || !clean) return false;
  if (entry.get('text') !== clean) entry.set('text', clean);
  return true;
}

/** One reaction per person per card: choosing the same again removes it, another replaces it. */
export function toggleReaction(doc: Y.Doc, key: string, userId: string, reaction: Reaction): boolean {
  if (!userId) return false;
  const reactions = reactionsOf(doc);
  const mine = reactionKey(userId, key);
  if (reactions.get(mine) === reaction) reactions.delete(mine);
  else reactions.set(mine, reaction);
  return true;
}

/**
 * Sorts a card into a column (perspectives, two columns) or a temperature (triage) for the
 * group, in `arrangement`; the card itself is its author's and stays as it is. Null clears it
 * (the card then shows where its author put it).
 */
export function moveCard(doc: Y.Doc, key: string, field: 'column' | 'temperature' | 'group', value: string | null): boolean {
  const arrangement = arrangementOf(doc);
  const current = arrangement.get(key);
  const next: Record<string, string> = {};
  if (typeof current === 'object' && current !== null && !Array.isArray(current)) {
    for (const [name, placed] of Object.entries(current as Record<string, unknown>)) {
      if ((name === 'column' || name === 'temperature' || name === 'group') && typeof placed === 'string' && placed) next[name] = placed;
    }
  }
  if (value === null) delete next[field];
  else next[field] = value;
  if (Object.keys(next).length === 0) {
    if (arrangement.has(key)) arrangement.delete(key);
  } else arrangement.set(key, next);
  return true;
}

/** Puts a card in a named group (clustering on the shared board), or takes it out (null or blank). */
export function setGroup(doc: Y.Doc, key: string, group: string | null): boolean {
  const name = (group ?? '').trim().slice(0, MAX_GROUP_NAME);
  return moveCard(doc, key, 'group', name || null);
}

/** The groups on a board, in the order their first card appears. */
export function groupsOf(cards: readonly BoardCard[]): string[] {
  return [...new Set(cards.map((card) => card.group).filter((group): group is string => Boolean(group)))];
}

/** How many of their dots a person has left on a board. */
export function dotsLeft(cards: readonly BoardCard[], userId: string): number {
  return DOTS_PER_PERSON - cards.reduce((sum, card) => sum + (card.dots[userId] ?? 0), 0);
}

/**
 * One more (+1) or one less (-1) of my dots on a card, within my budget: false when nothing
 * changed (no dots left, or none on the card to take back).
 */
export function changeDots(doc: Y.Doc, cards: readonly BoardCard[], key: string, userId: string, change: 1 | -1): boolean {
  if (!userId) return false;
  const card = cards.find((candidate) => candidate.key === key);
  if (!card) return false;
  const mine = card.dots[userId] ?? 0;
  if (change === 1 && dotsLeft(cards, userId) < 1) return false;
  if (change === -1 && mine < 1) return false;
  const dots = doc.getMap(BOARD_KEYS.dots);
  const next = mine + change;
  if (next === 0) dots.delete(dotKey(userId, key));
  else dots.set(dotKey(userId, key), next);
  return true;
}

/** The total number of dots on a card. */
export const dotCount = (card: BoardCard): number => Object.values(card.dots).reduce((sum, count) => sum + count, 0);

/** The facilitator hides a card from everyone but its author (and themself), or shows it again. */
export function setHidden(doc: Y.Doc, key: string, hidden: boolean, actor: Actor): boolean {
  if (!actor.facilitator) return false;
  const moderation = moderationOf(doc);
  if (hidden) moderation.set(key, { hidden: true });
  else if (moderation.has(key)) moderation.delete(key);
  return true;
}

export interface ReactionCount {
  reaction: Reaction;
  count: number;
  mine: boolean;
}

export function reactionCounts(card: BoardCard, userId: string): ReactionCount[] {
  return REACTIONS.map((reaction) => ({
    reaction,
    count: Object.values(card.reactions).filter((value) => value === reaction).length,
    mine: card.reactions[userId] === reaction,
  }));
}

export interface CardColumn {
  id: string;
  cards: BoardCard[];
}

/** Cards per column in the given order; cards without (or with an unknown) column go to `unsorted`. */
export function groupCards(cards: readonly BoardCard[], columnIds: readonly string[], field: 'column' | 'temperature'): { columns: CardColumn[]; unsorted: BoardCard[] } {
  const columns = columnIds.map((id) => ({ id, cards: cards.filter((card) => card[field] === id) }));
  const unsorted = cards.filter((card) => !columnIds.includes(card[field] ?? ''));
  return { columns, unsorted };
}

/* ---------------------------------------------------------------- harvest */

export function readLessons(doc: Y.Doc): HarvestEntry[] {
  return readDoc(doc).lessons;
}

export interface NewLesson {
  text: string;
  elementIds: string[];
  indicatorIds: string[];
  themes: string[];
  authorId: string;
}

export const MAX_THEMES = 10;
export const MAX_THEME_LENGTH = 60;

/** Themes from free input: split on commas, trimmed, lower case, unique, within limits. */
export function parseThemes(input: string): string[] {
  const seen = new Set<string>();
  for (const part of input.split(',')) {
    const theme = part.trim().toLocaleLowerCase('nl-NL').slice(0, MAX_THEME_LENGTH);
    if (theme) seen.add(theme);
  }
  return [...seen].slice(0, MAX_THEMES);
}

export function addLesson(doc: Y.Doc, input: NewLesson, now = Date.now()): HarvestEntry | null {
  const text = cleanText(input.text);
  if (!text || !input.authorId) return null;
  const id = newId();
  const lesson: HarvestEntry = {
    id,
    key: cardKey(input.authorId, id),
    text,
    elementIds: [...new Set(input.elementIds)],
    indicatorIds: [...new Set(input.indicatorIds)],
    themes: [...new Set(input.themes)],
    authorId: input.authorId,
    createdAt: now,
  };
  const entry = new Y.Map<unknown>();
  entry.set('text', lesson.text);
  entry.set('elementIds', lesson.elementIds);
  entry.set('indicatorIds', lesson.indicatorIds);
  entry.set('themes', lesson.themes);
  entry.set('createdAt', now);
  lessonsOf(doc).set(lesson.key, entry);
  return lesson;
}

/** Deletes a lesson: the author their own, the facilitator any. */
export function deleteLesson(doc: Y.Doc, key: string, actor: Actor): boolean {
  const lessons = lessonsOf(doc);
  if (!lessons.has(key) || !mayChange(key, actor)) return false;
  lessons.delete(key);
  return true;
}

/* ---------------------------------------------------------------- poll */

export function readVotes(doc: Y.Doc): Record<string, PollVote> {
  return readDoc(doc).votes;
}

/** One vote per person, under their own user id; voting again replaces it. */
export function castVote(doc: Y.Doc, userId: string, vote: PollVote): boolean {
  if (!userId || !Number.isInteger(vote.score) || vote.score < 1 || vote.score > 5) return false;
  votesOf(doc).set(userId, { score: vote.score, comment: vote.comment.trim().slice(0, MAX_BOARD_TEXT) });
  return true;
}

export interface PollSummary {
  count: number;
  /** Rounded to one decimal; null without votes. */
  average: number | null;
  /** How many people gave 1, 2, 3, 4 and 5. */
  distribution: [number, number, number, number, number];
}

export function pollSummary(votes: Readonly<Record<string, PollVote>>): PollSummary {
  const scores = Object.values(votes).map((vote) => vote.score);
  const distribution: PollSummary['distribution'] = [0, 0, 0, 0, 0];
  for (const score of scores) distribution[score - 1] = (distribution[score - 1] ?? 0) + 1;
  const average = scores.length ? Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 10) / 10 : null;
  return { count: scores.length, average, distribution };
}

/* ---------------------------------------------------------------- drafts */

/** Whether a draft (or board) holds anything yet: the facilitator's "n people are writing". */
export function hasContent(doc: Y.Doc): boolean {
  const content = readDoc(doc);
  return content.cards.length > 0 || content.lessons.length > 0 || Object.keys(content.votes).length > 0 || notesTextOf(doc).trim().length > 0;
}

/**
 * Writes (or rewrites) my answer to a card on this board, under "<me>/<cardKey>"; an empty text
 * removes it. The card may be one carried from an earlier step: the answer lives where it is given.
 */
export function setAnswer(doc: Y.Doc, cardKey: string, userId: string, text: string, now = Date.now()): boolean {
  const trimmed = text.trim().slice(0, MAX_BOARD_TEXT);
  const answers = doc.getMap<Y.Map<unknown>>(BOARD_KEYS.answers);
  const key = answerKey(userId, cardKey);
  doc.transact(() => {
    if (!trimmed) {
      answers.delete(key);
      return;
    }
    const existing = answers.get(key);
    if (existing instanceof Y.Map) {
      existing.set('text', trimmed);
      return;
    }
    const entry = new Y.Map<unknown>();
    answers.set(key, entry);
    entry.set('text', trimmed);
    entry.set('createdAt', now);
  });
  return true;
}
