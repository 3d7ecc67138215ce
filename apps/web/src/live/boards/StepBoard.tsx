import { canWrite, draftBoardId, effectiveRoles, perspectiveOf, type MethodStep } from '@mao/intervisie-method';
import { useEffect, useMemo } from 'react';
import type * as Y from 'yjs';
import { useT } from '../../i18n';
import { hasContent } from '../board-model';
import { boardDocName, draftDocName, useDocsVersion, usePresence, useSharedDoc, useSharedDocs } from '../collab';
import { useRoom } from '../room';
import { AdviceMarks, CarriedNotice, CaseCarried, useCarried } from '../carry-forward';
import { BoardView } from './BoardView';
import { DocStatusLine } from './DocStatusLine';

export interface StepBoardProps {
  step: MethodStep;
  /** 'summary': after the end, everything read-only, no status chrome. */
  mode: 'live' | 'summary';
  level: 3 | 4;
  /** The facilitator's "n people are writing", for the controls. */
  onDraftCount?: (count: number, total: number) => void;
}

/**
 * The board of one step, with its private drafts. Before the facilitator reveals, everyone
 * writes in their own draft document (the shared board stays closed); the facilitator's
 * screen counts the drafts with content. After the reveal the drafts freeze and are shown,
 * read-only, together with the shared board, which is then open for writing.
 */
export function StepBoard({ step, mode, level, onDraftCount }: StepBoardProps) {
  const t = useT();
  const { sessionId, view, meId, awarenessUser } = useRoom();
  const { state, method, roster } = view;
  const drafts = step.privateDrafts;
  const revealed = state.revealedStepIds.includes(step.id);
  const isFacilitator = state.facilitatorId === meId;
  const writesHere = effectiveRoles(state, meId, 'participant').some((role) => step.writers.includes(role));

  const boardWritable = mode === 'live' && canWrite(state, method, meId, 'participant', step.id);
  const draftWritable = mode === 'live' && drafts && canWrite(state, method, meId, 'participant', draftBoardId(step.id, meId));

  const board = useSharedDoc(step.board === 'none' ? null : boardDocName(sessionId, step.id), awarenessUser);
  const mine = useSharedDoc(drafts && step.board !== 'none' && (writesHere || revealed) ? draftDocName(sessionId, step.id, meId) : null, awarenessUser);
  // Others' drafts: everyone once revealed; before that only the facilitator (to count them).
  const otherNames = useMemo(
    () =>
      drafts && step.board !== 'none' && (revealed || (isFacilitator && mode === 'live'))
        ? roster.filter((entry) => entry.userId !== meId).map((entry) => draftDocName(sessionId, step.id, entry.userId))
        : [],
    [drafts, step.board, step.id, revealed, isFacilitator, mode, roster, meId, sessionId],
  );
  const others = useSharedDocs(otherNames, awarenessUser);
  const otherDocs = [...others.values()].filter((entry) => entry.status.connection !== 'refused').map((entry) => entry.handle.doc);
  const presence = usePresence(mode === 'live' ? (board.handle?.awareness ?? null) : null);
  // Work carried from an earlier step (method data `takesFrom`): silent questions, advice cards.
  const carried = useCarried(step);
  const takesCards = carried.source?.kind === 'step' && step.kind !== 'presenter-response';
  useDocsVersion([mine.handle?.doc, ...otherDocs]);

  const draftCount = [mine.handle?.doc, ...otherDocs].filter((doc): doc is Y.Doc => Boolean(doc) && hasContent(doc as Y.Doc)).length;
  const writerCount = state.presentUserIds.filter((userId) => effectiveRoles(state, userId, 'participant').some((role) => step.writers.includes(role))).length;
  useEffect(() => {
    if (onDraftCount && drafts && !revealed) onDraftCount(draftCount, writerCount);
  }, [onDraftCount, drafts, revealed, draftCount, writerCount]);

  if (step.board === 'none') return <p className="muted">{t.live.board.noBoard}</p>;
  const myPerspective = perspectiveOf(state, meId);

  if (drafts && !revealed) {
    if (mode === 'summary') {
      // Never revealed: only the shared board (and, for its owner, the own draft) remain.
      return (
        <div className="step-board">
          <BoardView shape={step.board} doc={board.handle?.doc ?? null} writable={false} level={level} />
          {mine.handle && hasContent(mine.handle.doc) && (
            <section className="draft" aria-label={t.live.board.drafts.mineTitle}>
              <p className="board__subtitle">{t.live.board.drafts.mineTitle}</p>
              <BoardView shape={step.board} doc={mine.handle.doc} writable={false} level={level} myPerspective={myPerspective} />
            </section>
          )}
        </div>
      );
    }
    return (
      <div className="step-board">
        {writesHere ? (
          <section className="draft draft--mine" aria-label={t.live.board.drafts.mineTitle}>
            <p className="board__subtitle">{t.live.board.drafts.mineTitle}</p>
            <p className="muted">{t.live.board.drafts.mineHint}</p>
            <DocStatusLine status={mine.status} />
            <BoardView shape={step.board} doc={mine.handle?.doc ?? null} writable={draftWritable && Boolean(mine.handle)} level={level} awareness={mine.handle?.awareness} myPerspective={myPerspective} />
          </section>
        ) : (
          <p className="muted">{t.live.board.readOnlyDrafts}</p>
        )}
      </div>
    );
  }

  const draftDocs = drafts ? [mine.handle?.doc, ...otherDocs].filter((doc): doc is Y.Doc => Boolean(doc)) : [];
  // The facilitator moderates (hides, deletes others' entries) on the current step's shared
  // board while the session is live, also where they do not write: the server accepts such an
  // update if it only hides or deletes (DocumentGrant.canModerate), and records it.
  const moderate = isFacilitator && mode === 'live' && state.status === 'running' && state.currentStepId === step.id && board.status.connection !== 'refused';
  return (
    <div className="step-board">
      {mode === 'live' && <DocStatusLine status={board.status} present={presence} />}
      {mode === 'live' && !boardWritable && <p className="muted read-only-note">{t.live.board.readOnly}</p>}
      {takesCards && <CarriedNotice step={step} carried={carried} />}
      {mode === 'live' && <CaseCarried step={step} doc={board.handle?.doc ?? null} writable={boardWritable && board.status.connection !== 'refused'} />}
      {step.kind === 'presenter-response' && carried.source?.kind === 'step' && (
        <AdviceMarks doc={board.handle?.doc ?? null} carried={carried} writable={boardWritable && board.status.connection !== 'refused'} level={level} />
      )}
      <BoardView
        shape={step.board}
        doc={board.handle?.doc ?? null}
        draftDocs={draftDocs}
        writable={boardWritable && Boolean(board.handle) && board.status.connection !== 'refused'}
        level={level}
        awareness={board.handle?.awareness}
        myPerspective={myPerspective}
        moderate={moderate}
        carriedDocs={takesCards ? carried.docs : undefined}
        excludeKeys={carried.hiddenKeys}
        shared
      />
    </div>
  );
}
