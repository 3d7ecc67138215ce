import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  candidateQuerySchema,
  closeQuestionSchema,
  createAnswerSchema,
  createJoinRequestSchema,
  createQuestionSchema,
  decideJoinRequestSchema,
  harvestAnswerSchema,
  idSchema,
  inviteAnswerersSchema,
  joinRequestListQuerySchema,
  markHelpfulSchema,
  questionListQuerySchema,
  type AdviceMembershipView,
  type AnswerCandidateView,
  type AnswerView,
  type CandidateQuery,
  type CloseQuestionInput,
  type CreateAnswerInput,
  type CreateJoinRequestInput,
  type CreateQuestionData,
  type DecideJoinRequestInput,
  type HarvestAnswerInput,
  type InviteAnswerersInput,
  type JoinRequestListQuery,
  type JoinRequestView,
  type MarkHelpfulInput,
  type QuestionDetail,
  type QuestionListQuery,
  type QuestionPage,
} from '@mao/domain';
import { validate } from '../common/zod-pipe.js';
import { ApiInput, ApiQueryInput } from '../common/openapi.js';
import { CurrentUser, Public, type AuthenticatedRequest } from '../auth/current-user.js';
import type { UserEntity } from '../users/user.entity.js';
import { QuestionsService } from './questions.service.js';
import { JoinRequestsService } from './join-requests.service.js';

/** Vraag en advies. Thin: every route validates with its contract and calls a use case; the services check the platform matrix. */
@ApiTags('questions')
@Controller('api/questions')
export class QuestionsController {
  constructor(
    private readonly questions: QuestionsService,
    private readonly joinRequests: JoinRequestsService,
  ) {}

  @Get()
  @ApiQueryInput(questionListQuerySchema)
  list(@CurrentUser() user: UserEntity, @Query(validate(questionListQuerySchema)) query: QuestionListQuery): Promise<QuestionPage> {
    return this.questions.list(user, query);
  }

  @Post()
  @ApiInput(createQuestionSchema)
  ask(@CurrentUser() user: UserEntity, @Body(validate(createQuestionSchema)) body: CreateQuestionData): Promise<QuestionDetail> {
    return this.questions.ask(user, body);
  }

  @Get('membership')
  membership(@CurrentUser() user: UserEntity): Promise<AdviceMembershipView> {
    return this.joinRequests.membership(user);
  }

  /** The join form: open to anonymous people (202, same answer whatever the address) and to accounts (201 with the request). */
  @Public()
  @Post('join-requests')
  @ApiInput(createJoinRequestSchema)
  async requestToJoin(@Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response, @Body(validate(createJoinRequestSchema)) body: CreateJoinRequestInput): Promise<JoinRequestView | { received: true }> {
    const view = await this.joinRequests.create(req.user ?? null, body, req.ip ?? 'unknown');
    if (!view) {
      res.status(202);
      return { received: true };
    }
    return view;
  }

  @Get('join-requests')
  @ApiQueryInput(joinRequestListQuerySchema)
  joinRequestList(@CurrentUser() user: UserEntity, @Query(validate(joinRequestListQuerySchema)) query: JoinRequestListQuery): Promise<JoinRequestView[]> {
    return this.joinRequests.list(user, query.status);
  }

  @Post('join-requests/:id/approve')
  @HttpCode(200)
  approve(@CurrentUser() user: UserEntity, @Param('id', validate(idSchema)) id: string): Promise<JoinRequestView> {
    return this.joinRequests.approve(user, id);
  }

  @Post('join-requests/:id/reject')
  @HttpCode(200)
  @ApiInput(decideJoinRequestSchema)
  reject(@CurrentUser() user: UserEntity, @Param('id', validate(idSchema)) id: string, @Body(validate(decideJoinRequestSchema)) body: DecideJoinRequestInput): Promise<JoinRequestView> {
    return this.joinRequests.reject(user, id, body);
  }

  @Get('candidates')
  @ApiQueryInput(candidateQuerySchema)
  candidates(@CurrentUser() user: UserEntity, @Query(validate(candidateQuerySchema)) query: CandidateQuery): Promise<AnswerCandidateView[]> {
    return this.questions.candidates(user, query.q);
  }

  @Get('communities')
  communities(@CurrentUser() user: UserEntity): Promise<Array<{ id: string; name: string; memberCount: number }>> {
    return this.questions.communities(user);
  }

  @Get(':id')
  get(@CurrentUser() user: UserEntity, @Param('id', validate(idSchema)) id: string): Promise<QuestionDetail> {
    return this.questions.get(user, id);
  }

  @Post(':id/answers')
  @ApiInput(createAnswerSchema)
  answer(@CurrentUser() user: UserEntity, @Param('id', validate(idSchema)) id: string, @Body(validate(createAnswerSchema)) body: CreateAnswerInput): Promise<AnswerView> {
    return this.questions.answer(user, id, body);
  }

  @Put(':id/answers/:answerId/helpful')
  @ApiInput(markHelpfulSchema)
  markHelpful(
    @CurrentUser() user: UserEntity,
    @Param('id', validate(idSchema)) id: string,
    @Param('answerId', validate(idSchema)) answerId: string,
    @Body(validate(markHelpfulSchema)) body: MarkHelpfulInput,
  ): Promise<AnswerView> {
    return this.questions.markHelpful(user, id, answerId, body.helpful);
  }

  @Post(':id/answers/:answerId/harvest')
  @ApiInput(harvestAnswerSchema)
  harvest(
    @CurrentUser() user: UserEntity,
    @Param('id', validate(idSchema)) id: string,
    @Param('answerId', validate(idSchema)) answerId: string,
    @Body(validate(harvestAnswerSchema)) body: HarvestAnswerInput,
  ): Promise<{ lessonId: string }> {
    return this.questions.harvest(user, id, answerId, body);
  }

  @Post(':id/invitations')
  @HttpCode(200)
  @ApiInput(inviteAnswerersSchema)
  invite(@CurrentUser() user: UserEntity, @Param('id', validate(idSchema)) id: string, @Body(validate(inviteAnswerersSchema)) body: InviteAnswerersInput): Promise<{ mailed: number; notInVraagEnAdvies: number }> {
    return this.questions.invite(user, id, body);
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiInput(closeQuestionSchema)
  close(@CurrentUser() user: UserEntity, @Param('id', validate(idSchema)) id: string, @Body(validate(closeQuestionSchema)) body: CloseQuestionInput): Promise<QuestionDetail> {
    return this.questions.close(user, id, body);
  }
}
