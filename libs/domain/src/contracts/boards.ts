/**
 * How a step's shared board is laid out inside its Yjs document (layout 2). The web writes
 * these shapes, the api checks every update against them and reads them (summaries, the
 * harvest that becomes lessons), so the convention lives here, framework-free.
 *
 * Every person's content lives under keys that start with their user id, so "you may change
 * only your own things" is checkable from a decoded update (the api's authorship extension).
 * The keys are flat ("<userId>/<id>") rather than one nested map per person: two tabs of the
 * same person creating "their" map at once would make Yjs keep one and drop the other's content.
 *
 *   cardsByAuthor      Y.Map: "<userId>/<cardId>"   → Y.Map { text, createdAt, column?, temperature? }
 *   lessonsByAuthor    Y.Map: "<userId>/<lessonId>" → Y.Map { text, elementIds, indicatorIds, themes, createdAt }  (harvest)
 *   reactionsByAuthor  Y.Map: "<userId>/<cardKey>"  → reaction (one per person per card)
 *   votesByAuthor      Y.Map: "<userId>"            → { score 1–5, comment }  (poll)
 *   dotsByAuthor       Y.Map: "<userId>/<cardKey>"  → 1–3  dot voting on the shared board's cards: each person has
 *                                                     DOTS_PER_PERSON dots per board to spread over the cards
 *   marksByAuthor      Y.Map: "<userId>/<cardKey>"  → true  the inbrenger marks advice that speaks to them (on the response
 *                                                     step's board; the cardKey is a card of the step it takes from)
 *   answersByAuthor    Y.Map: "<userId>/<cardKey>"  → Y.Map { text, createdAt }  a written answer to a card (the inbrenger
 *                                                     answering questions, above all in a step in writing over days;
 *                                                     the card may be one carried from an earlier step)
 *   richNotes          Y.XmlFragment: shared notes as rich text (TipTap/ProseMirror through y-tiptap),
 *                      collaborative among the step's writers
 *   notes              Y.Text: the plain-text notes of older boards; read, no longer written
 *   arrangement        Y.Map: cardKey → { column?, temperature?, group? }  where the group sorted a card, and the
 *                      named group (cluster) it put it in; any writer
 *   moderation         Y.Map: cardKey → { hidden: true }           only the facilitator
 *
 * A cardKey is the card's key in cardsByAuthor: "<authorId>/<cardId>". No names are stored:
 * the name shown with a card, lesson or vote is the roster's name for the author's user id.
 * A private draft document has the same layout; only its owner writes in it.
 * (Layout 1 used 'cards', 'lessons' and 'votes' with names inside entries; those roots are
 * no longer read or writable.)
 */
export const BOARD_KEYS = {
  cards: 'cardsByAuthor',
  lessons: 'lessonsByAuthor',
  reactions: 'reactionsByAuthor',
  votes: 'votesByAuthor',
  marks: 'marksByAuthor',
  dots: 'dotsByAuthor',
  answers: 'answersByAuthor',
  notes: 'notes',
  richNotes: 'richNotes',
  arrangement: 'arrangement',
  moderation: 'moderation',
} as const;

/** Roots whose entries belong to the user id their key starts with. */
export const AUTHORED_ROOTS: readonly string[] = [BOARD_KEYS.cards, BOARD_KEYS.lessons, BOARD_KEYS.reactions, BOARD_KEYS.votes, BOARD_KEYS.marks, BOARD_KEYS.dots, BOARD_KEYS.answers];
/** The root names a board document may hold; an update touching any other root is refused. */
export const BOARD_ROOTS: readonly string[] = Object.values(BOARD_KEYS);

/** The user id an authored entry belongs to: its key up to the first '/' (the whole key for votes). */
export function ownerOfKey(key: string): string {
  const slash = key.indexOf('/');
  return slash < 0 ? key : key.slice(0, slash);
}

export const TEMPERATURES = ['warm', 'lauw', 'koud'] as const;
export type Temperature = (typeof TEMPERATURES)[number];

export const TWO_COLUMNS = ['own', 'context'] as const;
export type TwoColumn = (typeof TWO_COLUMNS)[number];

export interface BoardCard {
  id: string;
  /** `<authorId>/<cardId>`: how reactions, arrangement and moderation refer to the card. */
  key: string;
  text: string;
  authorId: string;
  createdAt: number;
  column?: string;
  temperature?: Temperature;
  /** userId → reaction. */
  reactions: Record<string, string>;
  /** Hidden by the facilitator (still shown to the author and the facilitator, marked). */
  hidden: boolean;
  /** userId → dots this person put on the card (dot voting), within their budget. */
  dots: Record<string, number>;
  /** The named group the writers put the card in (clustering), if any. */
  group?: string;
  /** userId → their written answer to this card (the inbrenger's answers to questions). */
  answers?: Record<string, BoardAnswer>;
}

export interface BoardAnswer {
  text: string;
  createdAt: number;
}

export interface HarvestEntry {
  id: string;
  key: string;
  text: string;
  elementIds: string[];
  indicatorIds: string[];
  themes: string[];
  authorId: string;
  createdAt: number;
}

export interface PollVote {
  score: number;
  comment: string;
}

export const MAX_BOARD_TEXT = 2000;
/** Dots each person may spread over the cards of one board (dot voting). */
export const DOTS_PER_PERSON = 3;
/** A group's name: a short label such as "Overdracht school–wijkteam". */
export const MAX_GROUP_NAME = 60;
/** The key of one person's dots on a card in dotsByAuthor: "<userId>/<cardKey>". */
export const dotKey = (userId: string, key: string) => `${userId}/${key}`;

export const cardKey = (authorId: string, cardId: string) => `${authorId}/${cardId}`;
/** The key of one person's reaction to a card in reactionsByAuthor: "<userId>/<cardKey>". */
export const reactionKey = (userId: string, key: string) => `${userId}/${key}`;
/** The key of one person's written answer to a card in answersByAuthor: "<userId>/<cardKey>". */
export const answerKey = (userId: string, key: string) => `${userId}/${key}`;
/** The key of one person's mark on a card (of the step a board takes from) in marksByAuthor: "<userId>/<cardKey>". */
export const markKey = (userId: string, key: string) => `${userId}/${key}`;

/** A mark: this person (the inbrenger, where it counts) says the card speaks to them. */
export interface BoardMark {
  key: string;
  authorId: string;
  /** The marked card's key, `<authorId>/<cardId>`, on the board the step takes from. */
  cardKey: string;
}

/** The board's roots turned to JSON (`doc.getMap(BOARD_KEYS.cards).toJSON()` and so on). */
export interface BoardJson {
  cardsByAuthor?: unknown;
  lessonsByAuthor?: unknown;
  reactionsByAuthor?: unknown;
  votesByAuthor?: unknown;
  marksByAuthor?: unknown;
  dotsByAuthor?: unknown;
  answersByAuthor?: unknown;
  arrangement?: unknown;
  moderation?: unknown;
}

export interface BoardContent {
  cards: BoardCard[];
  lessons: HarvestEntry[];
  votes: Record<string, PollVote>;
  marks: BoardMark[];
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
const isTemperature = (value: unknown): value is Temperature => (TEMPERATURES as readonly unknown[]).includes(value);
const byTime = <T extends { createdAt: number; key: string }>(a: T, b: T) => a.createdAt - b.createdAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Splits "<userId>/<id>"; null when the key has no id part. */
function splitKey(key: string): { userId: string; id: string } | null {
  const slash = key.indexOf('/');
  if (slash <= 0 || slash === key.length - 1) return null;
  return { userId: key.slice(0, slash), id: key.slice(slash + 1) };
}

/**
 * Reads a board from its JSON, tolerantly: entries of the wrong shape (a key without an id
 * part, no or only blank text, a vote outside 1–5 or under a key that is not a user id) are
 * skipped and text is cut to the limit. Cards and lessons come oldest first (ties by key, so
 * every reader sees the same order); a reaction counts once per person by construction (one
 * key per person and card). Pure, so the web and the api read a board alike.
 */
export function readBoard(json: BoardJson): BoardContent {
  const arrangement = record(json.arrangement);
  const moderation = record(json.moderation);
  const reactionsByCard = new Map<string, Record<string, string>>();
  for (const [key, reaction] of Object.entries(record(json.reactionsByAuthor))) {
    const parts = splitKey(key);
    if (!parts || typeof reaction !== 'string' || !reaction) continue;
    const existing = reactionsByCard.get(parts.id) ?? {};
    existing[parts.userId] = reaction;
    reactionsByCard.set(parts.id, existing);
  }
  // Dots: whole numbers 1–3 per card, and per person never more than the budget (a hostile or
  // outdated client's surplus is ignored, in key order so every reader counts the same ones).
  const dotsByCard = new Map<string, Record<string, number>>();
  const spent = new Map<string, number>();
  for (const [key, value] of Object.entries(record(json.dotsByAuthor)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const parts = splitKey(key);
    const count = num(value);
    if (!parts || !splitKey(parts.id) || !Number.isInteger(count) || count < 1) continue;
    const left = DOTS_PER_PERSON - (spent.get(parts.userId) ?? 0);
    const counted = Math.min(count, left);
    if (counted < 1) continue;
    spent.set(parts.userId, (spent.get(parts.userId) ?? 0) + counted);
    const existing = dotsByCard.get(parts.id) ?? {};
    existing[parts.userId] = counted;
    dotsByCard.set(parts.id, existing);
  }
  const answersByCard = new Map<string, Record<string, BoardAnswer>>();
  for (const [key, value] of Object.entries(record(json.answersByAuthor))) {
    const parts = splitKey(key);
    const entry = record(value);
    const text = str(entry['text']).slice(0, MAX_BOARD_TEXT);
    // The answered card's key must itself be "<authorId>/<cardId>".
    if (!parts || !splitKey(parts.id) || !text.trim()) continue;
    const existing = answersByCard.get(parts.id) ?? {};
    existing[parts.userId] = { text, createdAt: num(entry['createdAt']) };
    answersByCard.set(parts.id, existing);
  }
  const votes: Record<string, PollVote> = {};
  for (const [userId, value] of Object.entries(record(json.votesByAuthor))) {
    // A vote's key is exactly its voter's id.
    if (!userId || userId.includes('/')) continue;
    const vote = record(value);
    const score = num(vote['score']);
    if (Number.isInteger(score) && score >= 1 && score <= 5) votes[userId] = { score, comment: str(vote['comment']).slice(0, MAX_BOARD_TEXT) };
  }
  const cards: BoardCard[] = [];
  for (const [key, value] of Object.entries(record(json.cardsByAuthor))) {
    const parts = splitKey(key);
    const entry = record(value);
    const text = str(entry['text']).slice(0, MAX_BOARD_TEXT);
    if (!parts || !text.trim()) continue;
    // Where the group sorted the card wins over where its author put it; a value of the wrong
    // shape in either place counts as not sorted there.
    const placed = record(arrangement[key]);
    const column = str(placed['column']) || str(entry['column']);
    const temperature = [placed['temperature'], entry['temperature']].find(isTemperature);
    const card: BoardCard = {
      id: parts.id,
      key,
      text,
      authorId: parts.userId,
      createdAt: num(entry['createdAt']),
      reactions: reactionsByCard.get(key) ?? {},
      hidden: record(moderation[key])['hidden'] === true,
      dots: dotsByCard.get(key) ?? {},
    };
    const group = str(placed['group']).trim().slice(0, MAX_GROUP_NAME);
    if (group) card.group = group;
    const answers = answersByCard.get(key);
    if (answers) card.answers = answers;
    if (column) card.column = column;
    if (temperature) card.temperature = temperature;
    cards.push(card);
  }
  const lessons: HarvestEntry[] = [];
  for (const [key, value] of Object.entries(record(json.lessonsByAuthor))) {
    const parts = splitKey(key);
    const entry = record(value);
    const text = str(entry['text']).slice(0, MAX_BOARD_TEXT);
    if (!parts || !text.trim()) continue;
    lessons.push({
      id: parts.id,
      key,
      text,
      elementIds: [...new Set(strings(entry['elementIds']))],
      indicatorIds: [...new Set(strings(entry['indicatorIds']))],
      themes: [...new Set(strings(entry['themes']))],
      authorId: parts.userId,
      createdAt: num(entry['createdAt']),
    });
  }
  const marks: BoardMark[] = [];
  for (const [key, value] of Object.entries(record(json.marksByAuthor))) {
    const parts = splitKey(key);
    // The marked card's key must itself be "<authorId>/<cardId>".
    if (!parts || value !== true || !splitKey(parts.id)) continue;
    marks.push({ key, authorId: parts.userId, cardKey: parts.id });
  }
  marks.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { cards: cards.sort(byTime), lessons: lessons.sort(byTime), votes, marks };
}
