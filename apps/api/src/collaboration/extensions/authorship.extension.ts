import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service.js';
import { ARRANGEMENT_ZONE, MODERATION_ZONE, NOTES_ZONE } from '../board-zones.js';
import { FOREIGN_ZONE, GC_ZONE, isModeratable, zoneOwner, type Zone } from '../document-index.js';
import { CLOSE, CollabRefusal, type CollabExtension, type UpdateContext } from '../extension.js';

/**
 * Authorship at the server. On a board a person creates content only under their own user id
 * and changes or deletes only their own cards, reactions, dots, votes, marks and harvest entries;
 * notes and the arrangement of cards are shared among the step's writers; moderation is the
 * facilitator's, who may also delete others' cards and harvest entries (recorded in the audit
 * log) but never someone's reactions, dots, votes or the inbrenger's marks. Decided from
 * the inspected update alone (document-index.ts), before anything is relayed or stored.
 */
@Injectable()
export class AuthorshipExtension implements CollabExtension {
  constructor(private readonly audit: AuditService) {}

  beforeUpdate({ connection, inspected, room, kind, moderationOnly }: UpdateContext): void {
    const userId = connection.user.id;
    const moderator = connection.grant.isModerator();
    if (moderationOnly) return this.checkModeration(inspected, userId, room.name);
    // In a live edit this is forgery. In a sync it is what the client holds and the server lost
    // (a crash between relaying and storing): refuse for now, with a code that makes the client
    // retry — by then the author has re-sent it. A forger only gets disconnected again.
    const refuse = (detail: string) => new CollabRefusal(kind === 'update' ? CLOSE.forbiddenChange : CLOSE.syncPending, detail);
    for (const struct of inspected.structs) {
      const owner = room.index.ownerOfClient(struct.client);
      const shared = struct.zone === GC_ZONE || struct.zone === NOTES_ZONE || struct.zone === ARRANGEMENT_ZONE;
      if (owner !== undefined && owner !== userId && !(kind === 'sync' && shared)) throw refuse('writes as another person’s client');
      if (!this.mayCreate(struct.zone, userId, moderator)) throw refuse(`creates in ${describe(struct.zone)}`);
    }
    const moderated: string[] = [];
    for (const zone of inspected.deletions.keys()) {
      if (this.mayCreate(zone, userId, moderator)) continue;
      const owner = zoneOwner(zone);
      if (owner && moderator && isModeratable(zone)) {
        moderated.push(owner);
        continue;
      }
      throw refuse(`deletes in ${describe(zone)}`);
    }
    if (moderated.length > 0) this.record(userId, room.name, moderated);
  }

  /** The facilitator on a board they do not write: only hiding (moderation entries) and deleting entries. */
  private checkModeration(inspected: UpdateContext['inspected'], userId: string, documentName: string): void {
    for (const struct of inspected.structs) {
      if (struct.zone !== MODERATION_ZONE && struct.zone !== GC_ZONE) throw new CollabRefusal(CLOSE.forbiddenChange, 'moderation may only hide or delete');
    }
    const deletedOf: string[] = [];
    for (const zone of inspected.deletions.keys()) {
      const owner = isModeratable(zone) ? zoneOwner(zone) : null;
      if (owner) deletedOf.push(owner);
      else if (zone !== MODERATION_ZONE) throw new CollabRefusal(CLOSE.forbiddenChange, 'moderation may only hide or delete cards and entries');
    }
    if (deletedOf.length > 0) this.record(userId, documentName, deletedOf);
  }

  private record(userId: string, documentName: string, owners: string[]): void {
    void this.audit
      .record({ actorId: userId, action: 'board.moderated', subjectType: 'document', subjectId: documentName, details: { deletedEntriesOf: [...new Set(owners)] } })
      .catch(() => undefined);
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
  if (zone.startsWith('p:')) return 'another person’s reactions, dots, votes or marks';
  return zone;
}
