import { AUTHORED_ROOTS, BOARD_KEYS, BOARD_ROOTS, ownerOfKey } from '@mao/domain';
import { authoredZone, personalZone, rootZone, type RootZoner, type Zone } from './document-index.js';

/**
 * The zones of a board document (layout 2, libs/domain contracts/boards.ts): an entry of an
 * authored root belongs to the user id its key starts with; notes, arrangement and moderation
 * are shared roots. Anything else is not part of a board.
 */
export const boardZoner: RootZoner = (root, key): Zone | null => {
  if (AUTHORED_ROOTS.includes(root)) {
    if (!key) return null;
    const owner = ownerOfKey(key);
    // votes are keyed by the user id alone; every other authored key is "<userId>/<id>".
    if (!owner || (root !== BOARD_KEYS.votes && owner === key)) return null;
    // Cards, harvest entries and written answers can be moderated (text about a case); reactions, dots, votes and
    // marks are opinions nobody else removes.
    return root === BOARD_KEYS.cards || root === BOARD_KEYS.lessons || root === BOARD_KEYS.answers ? authoredZone(owner) : personalZone(owner);
  }
  // Old plain-text notes and the rich notes are one zone: the step's writers write both alike.
  if (root === BOARD_KEYS.notes || root === BOARD_KEYS.richNotes) return key === null ? rootZone(BOARD_KEYS.notes) : null;
  if (BOARD_ROOTS.includes(root)) return key ? rootZone(root) : null;
  return null;
};

export const NOTES_ZONE = rootZone(BOARD_KEYS.notes);
export const ARRANGEMENT_ZONE = rootZone(BOARD_KEYS.arrangement);
export const MODERATION_ZONE = rootZone(BOARD_KEYS.moderation);
