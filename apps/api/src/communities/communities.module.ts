import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module.js';
import { UserEntity } from '../users/user.entity.js';
import { CommunitiesController } from './communities.controller.js';
import { CommunitiesService } from './communities.service.js';
import { CommunityAccessService } from './community-access.service.js';
import { CommunityEntity } from './community.entity.js';
import { InvitationEntity } from './invitation.entity.js';
import { InvitationsController } from './invitations.controller.js';
import { InvitationsService } from './invitations.service.js';
import { InvitationMailLimits } from './invitations.limits.js';
import { MembershipEntity } from './membership.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([CommunityEntity, MembershipEntity, InvitationEntity, UserEntity]), AuthModule],
  controllers: [CommunitiesController, InvitationsController],
  providers: [CommunitiesService, CommunityAccessService, InvitationsService, InvitationMailLimits],
  exports: [CommunitiesService, CommunityAccessService],
})
export class CommunitiesModule {}
