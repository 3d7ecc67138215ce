import type { UserEntity } from '../users/user.entity.js';
import type { DocumentName } from './document-name.js';

/**
 * Who may open a shared document, and whether they may write right now. The collaboration
 * server knows the protocol; the live feature knows the session and the method's rules and
 * provides the policy (live/session-document-access.ts).
 *
 * A refusal: `not_found` (4404), `forbidden` (4403), or `gone` (4410 `purged`): the document
 * was purged (its session's retention period ended) and will never be served again.
 */
export type AccessRefusal = 'not_found' | 'forbidden' | 'gone';

export interface DocumentGrant {
  /** Write access can change every step, so it is asked per update. */
  canWrite(): boolean;
  /** Read access can end too (a member removed, a draft hidden again). */
  canRead(): boolean;
  /** The facilitator moderates: may hide or delete other people's entries (recorded). */
  isModerator(): boolean;
  /**
   * May moderate this document right now even without writing on it (the facilitator, on the
   * current step's shared board): such an update may only hide entries or delete them.
   */
  canModerate(): boolean;
  /** The name the others see for this person: the session roster's, never the client's. */
  displayName(): string;
  /** The document was purged since access was granted: its sockets close with 4410 `purged` (not `access_ended`). */
  isGone?(): boolean;
}

export interface DocumentAccessPolicy {
  grant(user: UserEntity, document: DocumentName): Promise<DocumentGrant | AccessRefusal>;
  /** Re-reads a session's participants and rights (something changed); grants see it at once. */
  refresh(sessionId: string): Promise<void>;
  /** The sessions of a CoP that this process holds live (a membership changed). */
  sessionsOfCommunity(communityId: string): string[];
}

export const DOCUMENT_ACCESS_POLICY = Symbol('DOCUMENT_ACCESS_POLICY');
