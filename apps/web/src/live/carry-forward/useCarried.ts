import { stepSource, type MethodStep, type StepSource } from '@mao/intervisie-method';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { moderationOf } from '../board-model';
import { boardDocName, draftDocName, useDocsVersion, useSharedDoc, useSharedDocs } from '../collab';
import { useRoom } from '../room';

export interface Carried {
  /** Where the step takes its input from (method data `takesFrom`), or null. */
  source: StepSource | null;
  /** The source step's board and, once revealed, its private drafts: their cards come along. */
  docs: Y.Doc[];
  /** Cards the facilitator hid on the source board: they do not come along. */
  hiddenKeys: ReadonlySet<string>;
  /** The source step keeps private drafts that have not been revealed yet. */
  draftsClosed: boolean;
}

/**
 * The work a step takes from an earlier step (silent questions, advice cards), declared in the
 * method data, read from that step's board and revealed drafts (read-only: the earlier step's
 * boards are no longer writable). A casus field source is handled by `CaseCarried`.
 */
export function useCarried(step: MethodStep): Carried {
  const { view, sessionId, awarenessUser } = useRoom();
  const source = stepSource(view.method, step);
  const sourceStep = source?.kind === 'step' ? source.step : null;
  const revealed = sourceStep !== null && view.state.revealedStepIds.includes(sourceStep.id);
  const board = useSharedDoc(sourceStep && sourceStep.board !== 'none' ? boardDocName(sessionId, sourceStep.id) : null, awarenessUser);
  const draftNames = useMemo(
    () => (sourceStep && sourceStep.privateDrafts && revealed ? view.roster.map((entry) => draftDocName(sessionId, sourceStep.id, entry.userId)) : []),
    [sourceStep, revealed, view.roster, sessionId],
  );
  const drafts = useSharedDocs(draftNames, awarenessUser);
  const draftDocs = [...drafts.values()].filter((entry) => entry.status.connection !== 'refused').map((entry) => entry.handle.doc);
  const boardDoc = board.handle?.doc ?? null;
  useDocsVersion([boardDoc, ...draftDocs]);
  const hiddenKeys = new Set<string>();
  if (boardDoc) {
    for (const [key, value] of Object.entries(moderationOf(boardDoc).toJSON() as Record<string, unknown>)) {
      if (typeof value === 'object' && value !== null && (value as { hidden?: unknown }).hidden === true) hiddenKeys.add(key);
    }
  }
  return {
    source,
    docs: [...(boardDoc ? [boardDoc] : []), ...draftDocs],
    hiddenKeys,
    draftsClosed: sourceStep !== null && sourceStep.privateDrafts && !revealed,
  };
}
