import { Injectable } from '@nestjs/common';
import { canRead, canWrite, draftBoardId, type Role } from '@mao/intervisie-method';
import type { UserEntity } from '../users/user.entity.js';
import type { AccessRefusal, DocumentAccessPolicy, DocumentGrant } from '../collaboration/document-access.js';
import type { DocumentName } from '../collaboration/document-name.js';
import { CommunityAccessService } from '../communities/community-access.service.js';
import { LiveSessionsService } from './live-sessions.service.js';

/**
 * Who may open a session's shared documents: only its participants (an outsider is told the
 * document does not exist; a CoP member who is not taking part is refused). Every check reads
 * the live session object, which `refresh` updates in place, so a change of roster, roles or
 * step takes effect at once. Writing follows the method's rules for the current step; after
 * the session closes everything is read-only.
 */
@Injectable()
export class SessionDocumentAccess implements DocumentAccessPolicy {
  constructor(
    private readonly live: LiveSessionsService,
    private readonly communities: CommunityAccessService,
  ) {}

  async grant(user: UserEntity, document: DocumentName): Promise<DocumentGrant | AccessRefusal> {
    const session = await this.live.get(document.sessionId);
    if (!session) return 'not_found';
    if (!session.isParticipant(user.id)) {
      // The roster may be older than an RSVP just given: read it once more before refusing.
      await this.live.refresh(session.id);
      if (!session.isParticipant(user.id)) {
        const relation = await this.communities.relationOf(user.id, session.communityId);
        return relation === 'none' ? 'not_found' : 'forbidden';
      }
    }
    if (!session.method.steps.some((step) => step.id === document.stepId)) return 'not_found';
    const boardId = document.kind === 'draft' ? draftBoardId(document.stepId, document.ownerId) : document.stepId;
    const role: Role = 'participant';
    const grant: DocumentGrant = {
      canRead: () => session.isParticipant(user.id) && session.scheduleStatus !== 'cancelled' && canRead(session.state, session.method, user.id, boardId),
      canWrite: () => session.isParticipant(user.id) && session.scheduleStatus === 'live' && canWrite(session.state, session.method, user.id, role, boardId),
      isModerator: () => session.state.facilitatorId === user.id,
      canModerate: () =>
        document.kind === 'board' && session.scheduleStatus === 'live' && session.state.facilitatorId === user.id && session.state.currentStepId === document.stepId && session.isParticipant(user.id),
      displayName: () => session.roster.get(user.id)?.name ?? user.name,
    };
    return grant.canRead() ? grant : 'forbidden';
  }

  refresh(sessionId: string): Promise<void> {
    return this.live.refresh(sessionId);
  }

  sessionsOfCommunity(communityId: string): string[] {
    return this.live.heldSessionsOf(communityId);
  }
}
