import { BOARD_KEYS, MAX_BOARD_TEXT, TEMPERATURES, type BoardCard, type HarvestEntry, type PollVote, type Temperature } from '@mao/domain';
import * as Y from 'yjs';

/**
 * Reading and writing the shared boards inside their Yjs documents, following the layout
 * convention of @mao/domain (contracts/boards.ts) exactly: the api reads the same keys.
 *
 *   cards    Y.Array<Y.Map> at 'cards' (perspectives: column = perspective; twoColumns: column = own | context;
 *            triage: temperature = warm | lauw | koud). Reactions are a nested Y.Map userId → emoji, so two
 *            people reacting at once both count; toJSON() gives the convention's Record<string, string>.
 *   lessons  Y.Array<Y.Map> at 'lessons'
 *   votes    Y.Map at 'votes': userId → { score, comment }
 *   notes    Y.Text at 'notes'
 *
 * Readers are tolerant: an entry that is a plain object (a raw client may push one) is read as is.
 */

export const REACTIONS = ['👍', '❤️', '💡'] as const;
export type Reaction = (typeof REACTIONS)[number];

export function newId(): string {
  const cryptoApi = globalThis.crypto as Crypto | undefined;
  if (cryptoApi && typeof cryptoApi.randomUUID === 'function') return cryptoApi.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function asRecord(value: unknown): Record<string, unknown> | null {
  if (value instanceof Y.Map) return value.toJSON() as Record<string, unknown>;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  return null;
}

const str = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
const num = (value: unknown, fallback = 0): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

export function cardsOf(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray(BOARD_KEYS.cards);
}

export function lessonsOf(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray(BOARD_KEYS.lessons);
}

export function votesOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(BOARD_KEYS.votes);
}

export function notesOf(doc: Y.Doc): Y.Text {
  return doc.getText(BOARD_KEYS.notes);
}

function toCard(value: unknown, index: number): BoardCard | null {
  const record = asRecord(value);
  if (!record) return null;
  const text = str(record['text']);
  const card: BoardCard = {
    id: str(record['id'], `entry-${index}`),
    text,
    authorId: str(record['authorId']),
    authorName: str(record['authorName']),
    createdAt: num(record['createdAt']),
  };
  if (typeof record['column'] === 'string') card.column = record['column'];
  if ((TEMPERATURES as readonly unknown[]).includes(record['temperature'])) card.temperature = record['temperature'] as Temperature;
  const reactions = asRecord(record['reactions']);
  if (reactions) {
    card.reactions = Object.fromEntries(Object.entries(reactions).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  }
  return card;
}

/** The cards of a board, oldest first. */
export function readCards(doc: Y.Doc): BoardCard[] {
  return cardsOf(doc)
    .toArray()
    .map(toCard)
    .filter((card): card is BoardCard => card !== null)
    .sort((a, b) => a.createdAt - b.createdAt);
}

export interface NewCard {
  text: string;
  authorId: string;
  authorName: string;
  column?: string;
  temperature?: Temperature;
}

/** Trimmed text within the board limit, or null when there is nothing to add. */
export function cleanText(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  return trimmed.slice(0, MAX_BOARD_TEXT);
}

export function addCard(doc: Y.Doc, input: NewCard, now = Date.now()): BoardCard | null {
  const text = cleanText(input.text);
  if (!text) return null;
  const card: BoardCard = { id: newId(), text, authorId: input.authorId, authorName: input.authorName, createdAt: now };
  if (input.column) card.column = input.column;
  if (input.temperature) card.temperature = input.temperature;
  const entry = new Y.Map<unknown>();
  doc.transact(() => {
    for (const [key, value] of Object.entries(card)) entry.set(key, value);
    entry.set('reactions', new Y.Map<string>());
    cardsOf(doc).push([entry]);
  });
  return card;
}

function findEntry(array: Y.Array<unknown>, id: string): number {
  return array.toArray().findIndex((value, index) => {
    const record = asRecord(value);
    return record !== null && str(record['id'], `entry-${index}`) === id;
  });
}

/** The card as a Y.Map to edit; a plain-object entry is replaced by an equivalent Y.Map first. */
function editableEntry(array: Y.Array<unknown>, index: number): Y.Map<unknown> | null {
  const value = array.get(index);
  if (value instanceof Y.Map) return value as Y.Map<unknown>;
  const record = asRecord(value);
  if (!record) return null;
  const entry = new Y.Map<unknown>();
  for (const [key, field] of Object.entries(record)) {
    if (key === 'reactions') {
      const reactions = new Y.Map<string>();
      for (const [userId, emoji] of Object.entries(asRecord(field) ?? {})) if (typeof emoji === 'string') reactions.set(userId, emoji);
      entry.set(key, reactions);
    } else entry.set(key, field);
  }
  array.delete(index, 1);
  array.insert(index, [entry]);
  return entry;
}

export function deleteCard(doc: Y.Doc, cardId: string): boolean {
  const array = cardsOf(doc);
  const index = findEntry(array, cardId);
  if (index < 0) return false;
  array.delete(index, 1);
  return true;
}

/** One reaction per person per card: choosing the same again removes it, another replaces it. */
export function toggleReaction(doc: Y.Doc, cardId: string, userId: string, reaction: Reaction): boolean {
  const array = cardsOf(doc);
  let changed = false;
  doc.transact(() => {
    const index = findEntry(array, cardId);
    if (index < 0) return;
    const entry = editableEntry(array, index);
    if (!entry) return;
    let reactions = entry.get('reactions');
    if (!(reactions instanceof Y.Map)) {
      reactions = new Y.Map<string>();
      entry.set('reactions', reactions);
    }
    const map = reactions as Y.Map<string>;
    if (map.get(userId) === reaction) map.delete(userId);
    else map.set(userId, reaction);
    changed = true;
  });
  return changed;
}

/** Sorts a card into a column (perspectives, two columns) or a temperature (triage); null clears it. */
export function moveCard(doc: Y.Doc, cardId: string, field: 'column' | 'temperature', value: string | null): boolean {
  const array = cardsOf(doc);
  let changed = false;
  doc.transact(() => {
    const index = findEntry(array, cardId);
    if (index < 0) return;
    const entry = editableEntry(array, index);
    if (!entry) return;
    if (value === null) entry.delete(field);
    else entry.set(field, value);
    changed = true;
  });
  return changed;
}

export interface ReactionCount {
  reaction: Reaction;
  count: number;
  mine: boolean;
}

export function reactionCounts(card: BoardCard, userId: string): ReactionCount[] {
  const reactions = card.reactions ?? {};
  return REACTIONS.map((reaction) => ({
    reaction,
    count: Object.values(reactions).filter((value) => value === reaction).length,
    mine: reactions[userId] === reaction,
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

function toLesson(value: unknown, index: number): HarvestEntry | null {
  const record = asRecord(value);
  if (!record) return null;
  return {
    id: str(record['id'], `entry-${index}`),
    text: str(record['text']),
    elementIds: strings(record['elementIds']),
    indicatorIds: strings(record['indicatorIds']),
    themes: strings(record['themes']),
    authorId: str(record['authorId']),
    authorName: str(record['authorName']),
    createdAt: num(record['createdAt']),
  };
}

export function readLessons(doc: Y.Doc): HarvestEntry[] {
  return lessonsOf(doc)
    .toArray()
    .map(toLesson)
    .filter((lesson): lesson is HarvestEntry => lesson !== null)
    .sort((a, b) => a.createdAt - b.createdAt);
}

export interface NewLesson {
  text: string;
  elementIds: string[];
  indicatorIds: string[];
  themes: string[];
  authorId: string;
  authorName: string;
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
  if (!text) return null;
  const lesson: HarvestEntry = {
    id: newId(),
    text,
    elementIds: [...new Set(input.elementIds)],
    indicatorIds: [...new Set(input.indicatorIds)],
    themes: [...new Set(input.themes)],
    authorId: input.authorId,
    authorName: input.authorName,
    createdAt: now,
  };
  const entry = new Y.Map<unknown>();
  doc.transact(() => {
    for (const [key, value] of Object.entries(lesson)) entry.set(key, value);
    lessonsOf(doc).push([entry]);
  });
  return lesson;
}

export function deleteLesson(doc: Y.Doc, lessonId: string): boolean {
  const array = lessonsOf(doc);
  const index = findEntry(array, lessonId);
  if (index < 0) return false;
  array.delete(index, 1);
  return true;
}

/* ---------------------------------------------------------------- poll */

export function readVotes(doc: Y.Doc): Record<string, PollVote> {
  const votes: Record<string, PollVote> = {};
  votesOf(doc).forEach((value, userId) => {
    const record = asRecord(value);
    const score = num(record?.['score'], NaN);
    if (record && Number.isInteger(score) && score >= 1 && score <= 5) votes[userId] = { score, comment: str(record['comment']) };
  });
  return votes;
}

export function castVote(doc: Y.Doc, userId: string, vote: PollVote): boolean {
  if (!Number.isInteger(vote.score) || vote.score < 1 || vote.score > 5) return false;
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
  return cardsOf(doc).length > 0 || lessonsOf(doc).length > 0 || votesOf(doc).size > 0 || notesOf(doc).length > 0;
}
