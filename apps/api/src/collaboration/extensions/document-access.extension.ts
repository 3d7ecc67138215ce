import { Inject, Injectable } from '@nestjs/common';
import { AccessChanges, type AccessChange } from '../../access-changes/access-changes.js';
import { DOCUMENT_ACCESS_POLICY, type DocumentAccessPolicy } from '../document-access.js';
import { parseDocumentName } from '../document-name.js';
import { CLOSE, CollabRefusal, type CollabExtension, type CollabHost, type UpgradeContext } from '../extension.js';

/**
 * Which document, and may this person open it: only participants of the session (an outsider
 * is told it does not exist). Rights are asked again on every message; when something changes
 * who takes part (a member removed, an RSVP "no", a new presenter) the session is re-read at
 * once and every socket that lost read access is closed with `access_ended` — or with 4410
 * `purged` when the session's boards were purged (on every process: the purge is announced).
 */
@Injectable()
export class DocumentAccessExtension implements CollabExtension {
  private host: CollabHost | undefined;

  constructor(
    @Inject(DOCUMENT_ACCESS_POLICY) private readonly policy: DocumentAccessPolicy,
    accessChanges: AccessChanges,
  ) {
    accessChanges.subscribe((change) => this.onAccessChange(change));
  }

  onConfigure(host: CollabHost): void {
    this.host = host;
  }

  async onUpgrade(context: UpgradeContext): Promise<void> {
    const document = parseDocumentName(context.documentName);
    if (!document) throw new CollabRefusal(CLOSE.invalidDocument);
    if (!context.user) throw new CollabRefusal(CLOSE.unauthenticated);
    const grant = await this.policy.grant(context.user, document);
    if (grant === 'not_found') throw new CollabRefusal(CLOSE.notFound);
    if (grant === 'forbidden') throw new CollabRefusal(CLOSE.forbidden);
    if (grant === 'gone') throw new CollabRefusal(CLOSE.purged);
    context.document = document;
    context.grant = grant;
  }

  private async onAccessChange(change: AccessChange): Promise<void> {
    let sessionIds: string[];
    if (change.kind === 'session-changed') sessionIds = [change.sessionId];
    else if (change.kind === 'membership-changed') sessionIds = this.policy.sessionsOfCommunity(change.communityId);
    else return;
    await Promise.all(sessionIds.map((id) => this.policy.refresh(id)));
    const affected = new Set(sessionIds);
    this.host?.closeWhere((connection) => {
      if (!affected.has(connection.document.sessionId)) return null;
      if (connection.grant.isGone?.()) return CLOSE.purged;
      return connection.grant.canRead() ? null : CLOSE.accessEnded;
    });
  }
}
