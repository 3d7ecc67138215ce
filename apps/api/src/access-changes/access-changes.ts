import { Injectable } from '@nestjs/common';

/**
 * Something changed who may do what. Use cases announce it right after their transaction
 * commits; the live room and the collaboration server listen, recompute rights and close the
 * sockets that lost access, with the reason as close code / disconnect reason.
 *
 * - `login-ended`: one login session ended (logout). Its sockets close.
 * - `user-sessions-ended`: every login session of the user ended (password reset or change,
 *   account deletion, deactivation). All of the user's sockets close.
 * - `membership-changed`: a member joined, left, was removed or changed role in a CoP.
 * - `session-changed`: a scheduled session changed (presenter, facilitator, method,
 *   cancellation, an RSVP): its live copy is reloaded and its roster recomputed.
 */
export type AccessChange =
  | { kind: 'login-ended'; userId: string; tokenHash: string }
  | { kind: 'user-sessions-ended'; userId: string }
  | { kind: 'membership-changed'; communityId: string; userId: string }
  | { kind: 'session-changed'; sessionId: string };

export type AccessChangeListener = (change: AccessChange) => Promise<void> | void;

@Injectable()
export class AccessChanges {
  private readonly listeners = new Set<AccessChangeListener>();

  subscribe(listener: AccessChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells every listener and waits for them, so a REST answer is sent only after sockets were dealt with. */
  async publish(change: AccessChange): Promise<void> {
    await Promise.all([...this.listeners].map(async (listener) => listener(change)));
  }
}
