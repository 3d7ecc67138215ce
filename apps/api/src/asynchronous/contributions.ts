import { Injectable } from '@nestjs/common';
import type * as Y from 'yjs';
import { AUTHORED_ROOTS, ownerOfKey } from '@mao/domain';
import { CollabServer } from '../collaboration/collab-server.js';
import { boardDocumentName, draftDocumentName } from '../collaboration/document-name.js';
import type { LiveSession } from '../live/live-session.js';

/** Owners of every authored entry on a board (cards, harvest entries, reactions, votes, dots, marks). */
export function authorsOn(doc: Y.Doc): Set<string> {
  const authors = new Set<string>();
  for (const root of AUTHORED_ROOTS) for (const key of doc.getMap(root).keys()) authors.add(ownerOfKey(key));
  return authors;
}

/**
 * Who has contributed to a step: wrote something of their own on its board or in their private
 * draft, or said "ik heb mijn bijdrage geleverd" (a ready mark — the only way to say it on a
 * board of shared notes, which carry no author). The boards are read as stored; nothing is kept.
 */
@Injectable()
export class Contributions {
  constructor(private readonly collab: CollabServer) {}

  async of(session: LiveSession, stepId: string): Promise<Set<string>> {
    const step = session.method.steps.find((candidate) => candidate.id === stepId);
    const contributed = new Set(session.state.readyMarks.filter((mark) => mark.stepId === stepId).map((mark) => mark.userId));
    if (!step || step.board === 'none') return contributed;
    const board = await this.collab.snapshot(boardDocumentName(session.id, stepId));
    try {
      for (const author of authorsOn(board)) if (session.roster.has(author)) contributed.add(author);
    } finally {
      board.destroy();
    }
    if (!step.privateDrafts) return contributed;
    for (const userId of session.roster.keys()) {
      if (contributed.has(userId)) continue;
      const draft = await this.collab.snapshot(draftDocumentName(session.id, stepId, userId));
      try {
        if (authorsOn(draft).has(userId)) contributed.add(userId);
      } finally {
        draft.destroy();
      }
    }
    return contributed;
  }
}
