import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { canRead, canWrite, canWriteLate, draftBoardId, type Role } from '@mao/intervisie-method';
import { Clock } from '../common/clock.js';
import type { UserEntity } from '../users/user.entity.js';
import type { AccessRefusal, DocumentAccessPolicy, DocumentGrant } from '../collaboration/document-access.js';
import type { DocumentName } from '../collaboration/document-name.js';
import { CommunityAccessService } from '../communities/community-access.service.js';
import { LiveSessionsService } from './live-sessions.service.js';

/**
 * Who may open a session's shared documents: only its participants (an outsider is told the
 * document does not exist; a CoP member who is not taking part is refused). Every check reads
 * the live session object, which `refresh` updates in place, so a change of roster, roles or
 * step takes effect at once. Writing follows the method's rules for the current step (and, for a
 * few seconds after a move, those of the step just left: edits already on their way); after
 * the session closes everything is read-only. Once the session's boards were purged (the casus
 * retention period ended: `sessions.boards_purged_at`) every document of it is `gone` — for
 * everyone, the facilitator included — and open sockets close with 4410 `purged`.
 */
@Injectable()
export class SessionDocumentAccess implements DocumentAccessPolicy {
  /** Sessions whose boards are purged: for good, so remembering them is always right. */
  private readonly purged = new Set<string>();

  constructor(
    private readonly live: LiveSessionsService,
    private readonly communities: CommunityAccessService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async grant(user: UserEntity, document: DocumentName): Promise<DocumentGrant | AccessRefusal> {
    const session = await this.live.get(document.sessionId);
    if (!session) return 'not_found';
    // Only a closed or cancelled session can have been purged; outsiders still learn nothing.
    if (session.scheduleStatus === 'closed' || session.scheduleStatus === 'cancelled') await this.readPurged(session.id);
    if (this.purged.has(session.id)) {
      const relation = session.isParticipant(user.id) ? 'member' : await this.communities.relationOf(user.id, session.communityId);
      return relation === 'none' ? 'not_found' : 'gone';
    }
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
    const gone = () => this.purged.has(session.id);
    const grant: DocumentGrant = {
      canRead: () => !gone() && session.isParticipant(user.id) && session.scheduleStatus !== 'cancelled' && canRead(session.state, session.method, user.id, boardId),
      canWrite: () =>
        !gone() &&
        session.isParticipant(user.id) &&
        session.scheduleStatus === 'live' &&
        (canWrite(session.state, session.method, user.id, role, boardId) ||
          canWriteLate(session.left, session.state, session.method, user.id, role, boardId, this.clock.nowMs())),
      isModerator: () => session.state.facilitatorId === user.id,
      canModerate: () =>
        document.kind === 'board' && session.scheduleStatus === 'live' && session.state.facilitatorId === user.id && session.state.currentStepId === document.stepId && session.isParticipant(user.id),
      displayName: () => session.roster.get(user.id)?.name ?? user.name,
      isGone: gone,
    };
    return grant.canRead() ? grant : 'forbidden';
  }

  async refresh(sessionId: string): Promise<void> {
    await this.live.refresh(sessionId);
    const session = await this.live.peek(sessionId)?.catch(() => null);
    if (session && (session.scheduleStatus === 'closed' || session.scheduleStatus === 'cancelled')) await this.readPurged(sessionId);
  }

  /** Reads whether the session's boards were purged (once purged, never asked again). */
  private async readPurged(sessionId: string): Promise<void> {
    if (this.purged.has(sessionId)) return;
    const [row]: Array<{ boards_purged_at: Date | null }> = await this.dataSource.query(`SELECT boards_purged_at FROM sessions WHERE id = $1`, [sessionId]);
    if (row?.boards_purged_at) this.purged.add(sessionId);
  }

  sessionsOfCommunity(communityId: string): string[] {
    return this.live.heldSessionsOf(communityId);
  }
}
