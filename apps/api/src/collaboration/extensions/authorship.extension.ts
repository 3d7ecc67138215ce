import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service.js';
import { ARRANGEMENT_ZONE, MODERATION_ZONE, NOTES_ZONE } from '../board-zones.js';
import { FOREIGN_ZONE, GC_ZONE, zoneOwner, type Zone } from '../document-index.js';
import { CLOSE, CollabRefusal, type CollabExtension, type UpdateContext } from '../extension.js';

/**
 * Authorship at the server. On a board a person creates content only under their own user id
 * and changes or deletes only their own cards, reactions, votes and harvest entries; notes and
 * the arrangement of cards are shared among the step's writers; moderation is the
 * facilitator's, who may also delete others' entries (recorded in the audit log). Decided from
 * the inspected update alone (document-index.ts), before anything is relayed or stored.
 */
@Injectable()
export class AuthorshipExtension implements CollabExtension {
  constructor(private readonly audit: AuditService) {}

  beforeUpdate({ connection, inspected, room }: UpdateContext): void {
    const userId = connection.user.id;
    const moderator = connection.grant.isModerator();
    for (const client of inspected.clients) {
      const owner = room.index.ownerOfClient(client);
      if (owner !== undefined && owner !== userId) throw new CollabRefusal(CLOSE.forbiddenChange, 'writes as another person’s client');
    }
    for (const struct of inspected.structs) {
      if (!this.mayCreate(struct.zone, userId, moderator)) throw new CollabRefusal(CLOSE.forbiddenChange, `creates in ${describe(struct.zone)}`);
    }
    const moderated: string[] = [];
    for (const zone of inspected.deletions.keys()) {
      if (this.mayCreate(zone, userId, moderator)) continue;
      const owner = zoneOwner(zone);
      if (owner && moderator) {
        moderated.push(owner);
        continue;
      }
      throw new CollabRefusal(CLOSE.forbiddenChange, `deletes in ${describe(zone)}`);
    }
    if (moderated.length > 0) {
      void this.audit
        .record({ actorId: userId, action: 'board.moderated', subjectType: 'document', subjectId: room.name, details: { deletedEntriesOf: [...new Set(moderated)] } })
        .catch(() => undefined);
    }
  }

  private mayCreate(zone: Zone, userId: string, moderator: boolean): boolean {
    if (zone === GC_ZONE || zone === NOTES_ZONE || zone === ARRANGEMENT_ZONE) return true;
    if (zone === MODERATION_ZONE) return moderator;
    if (zone === FOREIGN_ZONE) return false;
    return zoneOwner(zone) === userId;
  }
}

/** For the log: which kind of zone, never whose content. */
function describe(zone: Zone): string {
  if (zone.startsWith('a:')) return 'another person’s entries';
  return zone;
}
