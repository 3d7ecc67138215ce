import { Clock } from '../common/clock.js';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import {
  INVITATION_VALID_DAYS,
  type AcceptInvitationInput,
  type CommunityView,
  type CreateInvitationInput,
  type InvitationPreview,
  type InvitationStatus,
  type InvitationView,
  type MeView,
} from '@mao/domain';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DomainError } from '../common/domain-error.js';
import { hashToken, newSecretToken } from '../common/tokens.js';
import { AuditService } from '../audit/audit.service.js';
import { MailService } from '../mail/mail.service.js';
import { invitationMail } from '../mail/templates.js';
import { PasswordHasher } from '../auth/passwords.js';
import { AuthService } from '../auth/auth.service.js';
import { UserEntity } from '../users/user.entity.js';
import { toMeView } from '../users/me-view.js';
import { CommunityAccessService } from './community-access.service.js';
import { CommunitiesService } from './communities.service.js';
import { CommunityEntity } from './community.entity.js';
import { InvitationEntity } from './invitation.entity.js';
import { MembershipEntity } from './membership.entity.js';
import { InvitationMailLimits } from './invitations.limits.js';

export function invitationStatus(invitation: InvitationEntity, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  if (invitation.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'pending';
}

@Injectable()
export class InvitationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(InvitationEntity) private readonly invitations: Repository<InvitationEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly access: CommunityAccessService,
    private readonly communities: CommunitiesService,
    private readonly auth: AuthService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly hasher: PasswordHasher,
    private readonly mailLimits: InvitationMailLimits,
  ) {}

  async list(user: UserEntity, communityId: string): Promise<InvitationView[]> {
    await this.access.require(user, communityId, 'invitations.view');
    const rows = await this.invitations.find({ where: { communityId }, order: { createdAt: 'DESC' } });
    return Promise.all(rows.map((row) => this.view(row)));
  }

  async create(user: UserEntity, communityId: string, input: CreateInvitationInput): Promise<InvitationView> {
    const { community } = await this.access.require(user, communityId, 'invitations.manage');
    const alreadyMember = await this.invitations.manager.query(
      `SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.community_id = $1 AND u.email = $2`,
      [communityId, input.email],
    );
    if (alreadyMember.length > 0) throw new DomainError('already_member');
    const pending = await this.invitations.find({ where: { communityId, email: input.email, acceptedAt: IsNull(), revokedAt: IsNull() } });
    if (pending.some((invitation) => invitationStatus(invitation, this.clock.now()) === 'pending')) throw new DomainError('invitation_pending');
    await this.mailLimits.admit(user.id, communityId, input.email);
    const token = newSecretToken();
    const invitation = await this.invitations.save(this.invitations.create({
      communityId,
      email: input.email,
      role: input.role,
      tokenHash: hashToken(token),
      invitedBy: user.id,
      expiresAt: new Date(this.clock.nowMs() + INVITATION_VALID_DAYS * 86_400_000),
    }));
    await this.sendMail(invitation, community, user, token);
    await this.audit.record({ actorId: user.id, action: 'invitation.created', subjectType: 'invitation', subjectId: invitation.id, communityId, details: { role: input.role } });
    return this.view(invitation);
  }

  async revoke(user: UserEntity, communityId: string, invitationId: string): Promise<InvitationView> {
    await this.access.require(user, communityId, 'invitations.manage');
    const invitation = await this.findInCommunity(communityId, invitationId);
    if (invitation.acceptedAt) throw new DomainError('invitation_used');
    if (!invitation.revokedAt) {
      invitation.revokedAt = this.clock.now();
      await this.invitations.save(invitation);
      await this.audit.record({ actorId: user.id, action: 'invitation.revoked', subjectType: 'invitation', subjectId: invitation.id, communityId });
    }
    return this.view(invitation);
  }

  /** A resend issues a fresh token and a fresh 14 days; the old link stops working. */
  async resend(user: UserEntity, communityId: string, invitationId: string): Promise<InvitationView> {
    const { community } = await this.access.require(user, communityId, 'invitations.manage');
    const invitation = await this.findInCommunity(communityId, invitationId);
    if (invitation.acceptedAt) throw new DomainError('invitation_used');
    await this.mailLimits.admit(user.id, communityId, invitation.email);
    const token = newSecretToken();
    invitation.tokenHash = hashToken(token);
    invitation.revokedAt = null;
    invitation.expiresAt = new Date(this.clock.nowMs() + INVITATION_VALID_DAYS * 86_400_000);
    await this.invitations.save(invitation);
    await this.sendMail(invitation, community, user, token);
    await this.audit.record({ actorId: user.id, action: 'invitation.resent', subjectType: 'invitation', subjectId: invitation.id, communityId });
    return this.view(invitation);
  }

  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.invitations.findOne({ where: { tokenHash: hashToken(token) } });
    if (!invitation) throw new DomainError('not_found', 'Deze uitnodigingslink is ongeldig.');
    const community = await this.invitations.manager.findOneByOrFail(CommunityEntity, { id: invitation.communityId });
    const account = await this.users.findOne({ where: { email: invitation.email, deletedAt: IsNull() } });
    return {
      communityName: community.name,
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt.toISOString(),
      status: invitationStatus(invitation, this.clock.now()),
      accountExists: Boolean(account),
    };
  }

  /**
   * Accepts an invitation. A logged-in person joins with their account (the invitation's
   * address must be theirs); a new person creates the account here and is logged in.
   */
  async accept(token: string, input: AcceptInvitationInput, currentUser: UserEntity | undefined): Promise<{ community: CommunityView; me: MeView; newSessionToken?: string }> {
    const invitation = await this.invitations.findOne({ where: { tokenHash: hashToken(token) } });
    if (!invitation) throw new DomainError('not_found', 'Deze uitnodigingslink is ongeldig.');
    const status = invitationStatus(invitation, this.clock.now());
    if (status === 'accepted' || status === 'revoked') throw new DomainError('invitation_used');
    if (status === 'expired') throw new DomainError('invitation_expired');

    let user = currentUser;
    if (user && user.email !== invitation.email) throw new DomainError('invitation_wrong_account');
    if (!user) {
      const existing = await this.users.findOne({ where: { email: invitation.email } });
      if (existing && !existing.deletedAt) throw new DomainError('login_required_to_accept');
      if (!input.name || !input.password) throw new DomainError('account_details_required');
    }
    const passwordHash = !user && input.password ? await this.hasher.hash(input.password) : null;

    const userId = await this.invitations.manager.transaction(async (tx) => {
      const claimed = await tx
        .createQueryBuilder()
        .update(InvitationEntity)
        .set({ acceptedAt: () => 'now()' })
        .where('id = :id AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()', { id: invitation.id })
        .execute();
      if (claimed.affected !== 1) throw new DomainError('invitation_used');
      let id = user?.id;
      if (!id) {
        const created = await tx.save(UserEntity, tx.create(UserEntity, {
          email: invitation.email,
          name: input.name ?? '',
          passwordHash,
          background: input.background ?? null,
          organisation: input.organisation ?? null,
        }));
        id = created.id;
        await this.audit.record({ actorId: id, action: 'user.created', subjectType: 'user', subjectId: id }, tx);
      }
      await tx.update(InvitationEntity, { id: invitation.id }, { acceptedBy: id });
      await tx.createQueryBuilder().insert().into(MembershipEntity).values({ communityId: invitation.communityId, userId: id, role: invitation.role }).orIgnore().execute();
      await this.audit.record({ actorId: id, action: 'invitation.accepted', subjectType: 'invitation', subjectId: invitation.id, communityId: invitation.communityId }, tx);
      return id;
    });

    user = await this.users.findOneByOrFail({ id: userId });
    const newSessionToken = currentUser ? undefined : await this.auth.startSession(userId);
    return { community: await this.communities.get(user, invitation.communityId), me: toMeView(user, this.config.communityCreators), newSessionToken };
  }

  private async findInCommunity(communityId: string, invitationId: string): Promise<InvitationEntity> {
    const invitation = await this.invitations.findOne({ where: { id: invitationId, communityId } });
    if (!invitation) throw new DomainError('not_found');
    return invitation;
  }

  private async sendMail(invitation: InvitationEntity, community: CommunityEntity, inviter: UserEntity, token: string): Promise<void> {
    await this.mail.send(invitationMail({
      to: invitation.email,
      communityName: community.name,
      inviterName: inviter.name,
      role: invitation.role,
      link: `${this.config.publicUrl}/uitnodiging/${token}`,
      expiresAt: invitation.expiresAt,
    }));
  }

  private async view(invitation: InvitationEntity): Promise<InvitationView> {
    const inviter = invitation.invitedBy ? await this.users.findOne({ where: { id: invitation.invitedBy } }) : null;
    return {
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      status: invitationStatus(invitation, this.clock.now()),
      expiresAt: invitation.expiresAt.toISOString(),
      createdAt: invitation.createdAt.toISOString(),
      invitedBy: inviter?.name ?? 'verwijderd lid',
    };
  }
}
