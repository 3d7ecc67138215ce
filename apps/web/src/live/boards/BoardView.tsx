import type { Perspective } from '@mao/domain';
import type { BoardShape } from '@mao/intervisie-method';
import type * as Y from 'yjs';
import { useT } from '../../i18n';
import type { AwarenessLike } from '../collab';
import { CardsBoard, ColumnBoard } from './CardBoards';
import { HarvestBoard } from './HarvestBoard';
import { NotesBoard } from './NotesBoard';
import { PollBoard } from './PollBoard';

export interface BoardViewProps {
  shape: BoardShape;
  doc: Y.Doc | null;
  draftDocs?: readonly Y.Doc[];
  writable: boolean;
  level: 3 | 4;
  awareness?: AwarenessLike | null;
  myPerspective?: Perspective | null;
  /** The facilitator on the live shared board (not in a draft): may hide and delete others' contributions. */
  moderate?: boolean;
  /**
   * Cards carried from an earlier step (method data `takesFrom`): that step's board and revealed
   * drafts, shown frozen with this board's own cards. A cards board taking them becomes a triage
   * board (the silent questions sorted warm / lauw / koud in the question round).
   */
  carriedDocs?: readonly Y.Doc[];
  /** Carried cards hidden on their own board: left out. */
  excludeKeys?: ReadonlySet<string>;
  /** The step's shared board (not a private draft): cards can be grouped and voted on with dots. */
  shared?: boolean;
}

/** One component per board shape (see STEP_KINDS); the layout inside the document follows @mao/domain's convention. */
export function BoardView({ shape, doc, draftDocs, writable, level, awareness, myPerspective, moderate = false, carriedDocs = [], excludeKeys, shared = false }: BoardViewProps) {
  const t = useT();
  if (carriedDocs.length > 0 && (shape === 'cards' || shape === 'triage')) {
    return <ColumnBoard shape="triage" doc={doc} draftDocs={[...(draftDocs ?? []), ...carriedDocs]} writable={writable} level={level} moderate={moderate} excludeKeys={excludeKeys} />;
  }
  switch (shape) {
    case 'none':
      return <p className="muted">{t.live.board.noBoard}</p>;
    case 'notes':
      return <NotesBoard doc={doc} writable={writable} awareness={awareness} />;
    case 'cards':
      return <CardsBoard doc={doc} draftDocs={draftDocs} writable={writable} level={level} moderate={moderate} shared={shared} />;
    case 'triage':
    case 'perspectives':
    case 'twoColumns':
      return <ColumnBoard shape={shape} doc={doc} draftDocs={draftDocs} writable={writable} level={level} myPerspective={myPerspective} moderate={moderate} />;
    case 'harvest':
      return <HarvestBoard doc={doc} draftDocs={draftDocs} writable={writable} level={level} moderate={moderate} />;
    case 'poll':
      return <PollBoard doc={doc} draftDocs={draftDocs} writable={writable} level={level} />;
  }
}
