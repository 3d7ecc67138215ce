import { Injectable } from '@nestjs/common';
import { CLOSE, CollabRefusal, type CollabConnection, type CollabExtension, type UpgradeContext } from '../extension.js';

/**
 * A person opens one socket per board they look at: the current step, their draft, and in the
 * summary every step (with the facilitator's view of all drafts, a few dozen at most). More
 * than this from one user is a runaway script, not a person.
 */
export const MAX_COLLAB_SOCKETS_PER_USER = 64;

/** Runs after authentication and access, so a slot is taken only by an upgrade that will be accepted. */
@Injectable()
export class ConnectionLimitsExtension implements CollabExtension {
  private readonly perUser = new Map<string, number>();
  private readonly reserved = new WeakSet<UpgradeContext>();

  onUpgrade(context: UpgradeContext): void {
    const userId = context.user?.id;
    if (!userId) return;
    const open = this.perUser.get(userId) ?? 0;
    if (open >= MAX_COLLAB_SOCKETS_PER_USER) throw new CollabRefusal(CLOSE.tooManyConnections);
    // Taken now, not on connect: parallel upgrades must not all pass the check.
    this.perUser.set(userId, open + 1);
    this.reserved.add(context);
  }

  onUpgradeFailed(context: UpgradeContext): void {
    if (context.user && this.reserved.has(context)) this.release(context.user.id);
  }

  onDisconnect(connection: CollabConnection): void {
    this.release(connection.user.id);
  }

  private release(userId: string): void {
    const left = (this.perUser.get(userId) ?? 1) - 1;
    if (left <= 0) this.perUser.delete(userId);
    else this.perUser.set(userId, left);
  }
}
