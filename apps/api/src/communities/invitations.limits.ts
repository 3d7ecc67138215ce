import { Injectable } from '@nestjs/common';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { DomainError } from '../common/domain-error.js';
import { RateLimits, retryAfterSeconds, tryConsume, type LimitSpec } from '../common/rate-limits.js';

/**
 * Invitation mails (new invitations and resends together) per 24 hours (README "Limits"):
 * per inviter 100, per CoP 100, per recipient address 3 (from all CoPs and inviters together).
 * An appointed gespreksleider can invite a whole CoP in a day; nobody can make the platform
 * mail one address over and over, or mail the world.
 */
export const INVITATION_MAIL_LIMITS = {
  inviter: { points: 100, durationSeconds: 24 * 60 * 60 },
  community: { points: 100, durationSeconds: 24 * 60 * 60 },
  recipient: { points: 3, durationSeconds: 24 * 60 * 60 },
} as const satisfies Record<string, LimitSpec>;

const MESSAGES = {
  inviter: 'Je hebt vandaag al het maximum aantal uitnodigingen verstuurd. Probeer het morgen opnieuw.',
  community: 'Vanuit deze CoP zijn vandaag al het maximum aantal uitnodigingen verstuurd. Probeer het morgen opnieuw.',
  recipient: 'Dit e-mailadres heeft vandaag al het maximum aantal uitnodigingen gekregen. Probeer het morgen opnieuw.',
} as const;

type Scope = keyof typeof INVITATION_MAIL_LIMITS;

@Injectable()
export class InvitationMailLimits {
  private readonly limiters: Record<Scope, RateLimiterAbstract>;

  constructor(limits: RateLimits) {
    this.limiters = {
      inviter: limits.create('invitation-inviter', INVITATION_MAIL_LIMITS.inviter),
      community: limits.create('invitation-community', INVITATION_MAIL_LIMITS.community),
      recipient: limits.create('invitation-recipient', INVITATION_MAIL_LIMITS.recipient),
    };
  }

  /** Counts one invitation mail on all three; when any is full, none is counted and 429 `mail_limit_reached` says which. */
  async admit(inviterId: string, communityId: string, recipient: string): Promise<void> {
    const keys: Record<Scope, string> = { inviter: inviterId, community: communityId, recipient };
    const counted: Scope[] = [];
    for (const scope of ['recipient', 'community', 'inviter'] as const) {
      const result = await tryConsume(this.limiters[scope], keys[scope]);
      if (!result.ok) {
        await Promise.all(counted.map((done) => this.limiters[done].reward(keys[done], 1)));
        const seconds = retryAfterSeconds(result.refusal);
        throw new DomainError('mail_limit_reached', MESSAGES[scope], { limit: scope, retryAfterSeconds: seconds }, { 'Retry-After': String(seconds) });
      }
      counted.push(scope);
    }
  }
}
