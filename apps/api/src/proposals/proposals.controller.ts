import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createProposalCommentSchema,
  createProposalSchema,
  idSchema,
  proposalListQuerySchema,
  setProposalStatusSchema,
  type CreateProposalCommentInput,
  type CreateProposalInput,
  type ProposalDetailView,
  type ProposalListQuery,
  type ProposalView,
  type SetProposalStatusInput,
} from '@mao/domain';
import { validate } from '../common/zod-pipe.js';
import { ApiInput, ApiQueryInput } from '../common/openapi.js';
import { CurrentUser } from '../auth/current-user.js';
import { UserEntity } from '../users/user.entity.js';
import { ProposalsService } from './proposals.service.js';

const id = validate(idSchema);

/** Agenda proposals of a CoP: see proposals.service.ts and README.md. */
@ApiTags('proposals')
@Controller('api')
export class ProposalsController {
  constructor(private readonly proposals: ProposalsService) {}

  @Get('communities/:id/proposals')
  @ApiQueryInput(proposalListQuerySchema)
  list(@CurrentUser() user: UserEntity, @Param('id', id) communityId: string, @Query(validate(proposalListQuerySchema)) query: ProposalListQuery): Promise<ProposalView[]> {
    return this.proposals.list(user, communityId, query);
  }

  @Post('communities/:id/proposals')
  @ApiInput(createProposalSchema)
  create(@CurrentUser() user: UserEntity, @Param('id', id) communityId: string, @Body(validate(createProposalSchema)) body: CreateProposalInput): Promise<ProposalDetailView> {
    return this.proposals.create(user, communityId, body);
  }

  @Get('proposals/:id')
  get(@CurrentUser() user: UserEntity, @Param('id', id) proposalId: string): Promise<ProposalDetailView> {
    return this.proposals.get(user, proposalId);
  }

  @Put('proposals/:id/support')
  support(@CurrentUser() user: UserEntity, @Param('id', id) proposalId: string): Promise<ProposalView> {
    return this.proposals.support(user, proposalId);
  }

  @Delete('proposals/:id/support')
  withdrawSupport(@CurrentUser() user: UserEntity, @Param('id', id) proposalId: string): Promise<ProposalView> {
    return this.proposals.withdrawSupport(user, proposalId);
  }

  @Post('proposals/:id/comments')
  @ApiInput(createProposalCommentSchema)
  comment(@CurrentUser() user: UserEntity, @Param('id', id) proposalId: string, @Body(validate(createProposalCommentSchema)) body: CreateProposalCommentInput): Promise<ProposalDetailView> {
    return this.proposals.comment(user, proposalId, body);
  }

  @Post('proposals/:id/status')
  @HttpCode(200)
  @ApiInput(setProposalStatusSchema)
  setStatus(@CurrentUser() user: UserEntity, @Param('id', id) proposalId: string, @Body(validate(setProposalStatusSchema)) body: SetProposalStatusInput): Promise<ProposalDetailView> {
    return this.proposals.setStatus(user, proposalId, body);
  }
}
