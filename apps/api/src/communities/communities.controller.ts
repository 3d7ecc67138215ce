import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  canCreateCommunity,
  changeMemberRoleSchema,
  createCommunitySchema,
  createInvitationSchema,
  idSchema,
  updateCommunitySchema,
  type ChangeMemberRoleInput,
  type CommunityView,
  type CreateCommunityInput,
  type CreateInvitationInput,
  type InvitationView,
  type MemberView,
  type UpdateCommunityInput,
} from '@mao/domain';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DomainError } from '../common/domain-error.js';
import { validate } from '../common/zod-pipe.js';
import { ApiInput } from '../common/openapi.js';
import { CurrentUser } from '../auth/current-user.js';
import { UserEntity } from '../users/user.entity.js';
import { CommunitiesService } from './communities.service.js';
import { InvitationsService } from './invitations.service.js';

const id = validate(idSchema);

@ApiTags('communities')
@Controller('api/communities')
export class CommunitiesController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly communities: CommunitiesService,
    private readonly invitations: InvitationsService,
  ) {}

  @Get()
  list(@CurrentUser() user: UserEntity): Promise<CommunityView[]> {
    return this.communities.listMine(user);
  }

  @Post()
  @ApiInput(createCommunitySchema)
  create(@CurrentUser() user: UserEntity, @Body(validate(createCommunitySchema)) body: CreateCommunityInput): Promise<CommunityView> {
    // Platform administrators and appointed gespreksleiders (COMMUNITY_CREATORS): creating a CoP
    // is what lets an account make the platform send invitation mails.
    if (!canCreateCommunity(user, this.config.communityCreators)) throw new DomainError('community_creation_not_allowed');
    return this.communities.create(user, body);
  }

  @Get(':id')
  get(@CurrentUser() user: UserEntity, @Param('id', id) communityId: string): Promise<CommunityView> {
    return this.communities.get(user, communityId);
  }

  @Patch(':id')
  @ApiInput(updateCommunitySchema)
  update(@CurrentUser() user: UserEntity, @Param('id', id) communityId: string, @Body(validate(updateCommunitySchema)) body: UpdateCommunityInput): Promise<CommunityView> {
    return this.communities.update(user, communityId, body);
  }

  @Get(':id/members')
  members(@CurrentUser() user: UserEntity, @Param('id', id) communityId: string): Promise<MemberView[]> {
    return this.communities.members(user, communityId);
  }

  @Patch(':id/members/:userId')
  @ApiInput(changeMemberRoleSchema)
  changeRole(
    @CurrentUser() user: UserEntity,
    @Param('id', id) communityId: string,
    @Param('userId', id) memberId: string,
    @Body(validate(changeMemberRoleSchema)) body: ChangeMemberRoleInput,
  ): Promise<MemberView> {
    return this.communities.changeRole(user, communityId, memberId, body);
  }

  @Delete(':id/members/:userId')
  @HttpCode(204)
  removeMember(@CurrentUser() user: UserEntity, @Param('id', id) communityId: string, @Param('userId', id) memberId: string): Promise<void> {
    return this.communities.removeMember(user, communityId, memberId);
  }

  @Post(':id/leave')
  @HttpCode(204)
  leave(@CurrentUser() user: UserEntity, @Param('id', id) communityId: string): Promise<void> {
    return this.communities.leave(user, communityId);
  }

  @Get(':id/invitations')
  listInvitations(@CurrentUser() user: UserEntity, @Param('id', id) communityId: string): Promise<InvitationView[]> {
    return this.invitations.list(user, communityId);
  }

  @Post(':id/invitations')
  @ApiInput(createInvitationSchema)
  invite(@CurrentUser() user: UserEntity, @Param('id', id) communityId: string, @Body(validate(createInvitationSchema)) body: CreateInvitationInput): Promise<InvitationView> {
    return this.invitations.create(user, communityId, body);
  }

  @Post(':id/invitations/:invitationId/revoke')
  @HttpCode(200)
  revoke(@CurrentUser() user: UserEntity, @Param('id', id) communityId: string, @Param('invitationId', id) invitationId: string): Promise<InvitationView> {
    return this.invitations.revoke(user, communityId, invitationId);
  }

  @Post(':id/invitations/:invitationId/resend')
  @HttpCode(200)
  resend(@CurrentUser() user: UserEntity, @Param('id', id) communityId: string, @Param('invitationId', id) invitationId: string): Promise<InvitationView> {
    return this.invitations.resend(user, communityId, invitationId);
  }
}
