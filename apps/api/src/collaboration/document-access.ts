import type { UserEntity } from '../users/user.entity.js';
import type { DocumentName } from './document-name.js';

/**
 * Who may open a shared document, and whether they may write right now. The collaboration
 * server knows the protocol; the live feature knows the session and the method's rules.
 */
export type AccessRefusal = 'not_found' | 'forbidden';

export interface DocumentGrant {
  /** Read access is decided at connect; write access can change every step, so it is asked per update. */
  canWrite(): boolean;
  /** Read access can end too (a draft that is no longer the user's to see). */
  canRead(): boolean;
}

export interface DocumentAccessPolicy {
  grant(user: UserEntity, document: DocumentName): Promise<DocumentGrant | AccessRefusal>;
}

export const DOCUMENT_ACCESS_POLICY = Symbol('DOCUMENT_ACCESS_POLICY');
