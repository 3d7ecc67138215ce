import type { PrivacyFinding } from '@mao/domain';
import type { Method, SessionState } from '@mao/intervisie-method';
import type * as Y from 'yjs';
import { notesTextOf, readDoc, readDraftCards } from './board-model';
import { guardLines, guardText } from './privacy';

/** Where on a board an entry with findings lives. */
export type ReviewEntryKind = 'card' | 'draftCard' | 'lesson' | 'draftLesson' | 'notes' | 'vote';

/** One entry (card, lesson, notes, a vote's comment) with what the privacy guard finds in it. */
export interface ReviewEntry {
  stepId: string;
  kind: ReviewEntryKind;
  /** The entry's `data-entry-key` on the board: a card's or lesson's key, `notes`, or `vote:<userId>`. */
  key: string;
  /** Who wrote it (its key's user id); null for the shared notes. */
  authorId: string | null;
  text: string;
  findings: readonly PrivacyFinding[];
  /** Hidden by the facilitator: left out of the summary for everyone but its author and the facilitator. */
  hidden: boolean;
}

/**
 * Every entry with findings on one step's board and on its revealed drafts, as the summary will
 * show them: cards (hidden ones marked), harvest entries, the notes, poll comments.
 */
export function reviewBoard(stepId: string, board: Y.Doc | null, drafts: readonly Y.Doc[] = []): ReviewEntry[] {
  const entries: ReviewEntry[] = [];
  const add = (entry: Omit<ReviewEntry, 'findings' | 'stepId'>) => {
    // Notes are checked paragraph by paragraph, as the notes editor marks them.
    const findings = entry.kind === 'notes' ? guardLines(entry.text) : guardText(entry.text);
    if (findings.length > 0) entries.push({ ...entry, stepId, findings });
  };
  if (board) {
    const content = readDoc(board);
    for (const card of content.cards) add({ kind: 'card', key: card.key, authorId: card.authorId, text: card.text, hidden: card.hidden });
    for (const lesson of content.lessons) add({ kind: 'lesson', key: lesson.key, authorId: lesson.authorId, text: lesson.text, hidden: false });
    add({ kind: 'notes', key: 'notes', authorId: null, text: notesTextOf(board), hidden: false });
    for (const [userId, vote] of Object.entries(content.votes)) add({ kind: 'vote', key: `vote:${userId}`, authorId: userId, text: vote.comment, hidden: false });
  }
  for (const draft of drafts) {
    for (const card of readDraftCards(draft, board)) add({ kind: 'draftCard', key: card.key, authorId: card.authorId, text: card.text, hidden: card.hidden });
    const content = readDoc(draft);
    for (const lesson of content.lessons) add({ kind: 'draftLesson', key: lesson.key, authorId: lesson.authorId, text: lesson.text, hidden: false });
    // Votes from drafts are shown with the board's (the board's own vote wins, as on the poll board).
    const own = board ? readDoc(board).votes : {};
    for (const [userId, vote] of Object.entries(content.votes)) {
      if (!own[userId]) add({ kind: 'vote', key: `vote:${userId}`, authorId: userId, text: vote.comment, hidden: false });
    }
  }
  return entries;
}

/** The steps whose boards end up in the summary, with the drafts that are part of it (revealed ones). */
export function reviewedSteps(method: Method, state: SessionState): Array<{ stepId: string; drafts: boolean }> {
  return method.steps.filter((step) => step.board !== 'none').map((step) => ({ stepId: step.id, drafts: Boolean(step.privateDrafts) && state.revealedStepIds.includes(step.id) }));
}

/** Findings still open: on entries the group will see in the summary (not hidden). */
export const openFindings = (entries: readonly ReviewEntry[]) => entries.filter((entry) => !entry.hidden).reduce((sum, entry) => sum + entry.findings.length, 0);
