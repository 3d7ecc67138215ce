/**
 * How a step's shared board is laid out inside its Yjs document. The web writes these
 * shapes and the api reads them (summaries, the harvest that becomes lessons), so the
 * convention lives here, framework-free: key names and the JSON of each entry.
 *
 *   notes         Y.Text  at 'notes'
 *   cards         Y.Array<Y.Map> at 'cards'   (questions, advice, associations)
 *   triage        'cards', each with temperature warm | lauw | koud
 *   perspectives  'cards', each with column = a perspective (onderwijs … kind)
 *   twoColumns    'cards', each with column = 'own' | 'context'
 *   harvest       Y.Array<Y.Map> at 'lessons'
 *   poll          Y.Map at 'votes': userId → { score 1–5, comment }
 * A private draft document has the same shape as its step's board.
 */
export const BOARD_KEYS = { notes: 'notes', cards: 'cards', lessons: 'lessons', votes: 'votes' } as const;

export const TEMPERATURES = ['warm', 'lauw', 'koud'] as const;
export type Temperature = (typeof TEMPERATURES)[number];

export const TWO_COLUMNS = ['own', 'context'] as const;
export type TwoColumn = (typeof TWO_COLUMNS)[number];

export interface BoardCard {
  id: string;
  text: string;
  authorId: string;
  authorName: string;
  createdAt: number;
  column?: string;
  temperature?: Temperature;
  /** userId → reaction emoji. */
  reactions?: Record<string, string>;
}

export interface HarvestEntry {
  id: string;
  text: string;
  elementIds: string[];
  indicatorIds: string[];
  themes: string[];
  authorId: string;
  authorName: string;
  createdAt: number;
}

export interface PollVote {
  score: number;
  comment: string;
}

export const MAX_BOARD_TEXT = 2000;
