import { Body, Controller, Get, Param, Patch, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  agreementListQuerySchema,
  createAgreementSchema,
  idSchema,
  updateAgreementSchema,
  type AgreementListQuery,
  type AgreementView,
  type CreateAgreementInput,
  type SessionSummaryView,
  type UpdateAgreementInput,
} from '@mao/domain';
import { validate } from '../common/zod-pipe.js';
import { ApiInput, ApiQueryInput } from '../common/openapi.js';
import { CurrentUser } from '../auth/current-user.js';
import { UserEntity } from '../users/user.entity.js';
import { AgreementsService } from './agreements.service.js';
import { SessionSummaryService } from './session-summary.service.js';

const id = validate(idSchema);

/** Agreements: made in a live session's agreement steps, listed and updated per CoP. */
@ApiTags('agreements')
@Controller('api')
export class AgreementsController {
  constructor(
    private readonly agreements: AgreementsService,
    private readonly summaries: SessionSummaryService,
  ) {}

  /** A closed session's summary for those with a confirmed seat: agreements, advice with the inbrenger's marks, lessons in review. */
  @Get('sessions/:id/summary')
  summary(@CurrentUser() user: UserEntity, @Param('id', id) sessionId: string): Promise<SessionSummaryView> {
    return this.summaries.get(user, sessionId);
  }

  /** "Mijn adviezen" as PDF, for the inbrenger only. */
  @Get('sessions/:id/summary/mijn-adviezen.pdf')
  @ApiProduces('application/pdf')
  async myAdvice(@CurrentUser() user: UserEntity, @Param('id', id) sessionId: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const file = await this.summaries.myAdvicePdf(user, sessionId);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(file.body, { type: 'application/pdf', length: file.body.length });
  }

  /** The session's facilitator or inbrenger, in the current step, when the method says it makes agreements. */
  @Post('sessions/:id/agreements')
  @ApiInput(createAgreementSchema)
  create(@CurrentUser() user: UserEntity, @Param('id', id) sessionId: string, @Body(validate(createAgreementSchema)) body: CreateAgreementInput): Promise<AgreementView> {
    return this.agreements.create(user, sessionId, body);
  }

  /** The agreements made in this session (members of the CoP). */
  @Get('sessions/:id/agreements')
  forSession(@CurrentUser() user: UserEntity, @Param('id', id) sessionId: string): Promise<AgreementView[]> {
    return this.agreements.listForSession(user, sessionId);
  }

  /** The CoP's agreements (`status=active`: open and bezig, for the terugblik). */
  @Get('communities/:id/agreements')
  @ApiQueryInput(agreementListQuerySchema)
  forCommunity(@CurrentUser() user: UserEntity, @Param('id', id) communityId: string, @Query(validate(agreementListQuerySchema)) query: AgreementListQuery): Promise<AgreementView[]> {
    return this.agreements.listForCommunity(user, communityId, query);
  }

  /** Status and note: the owner, the CoP's facilitators, the session's facilitator and inbrenger. */
  @Patch('agreements/:id')
  @ApiInput(updateAgreementSchema)
  update(@CurrentUser() user: UserEntity, @Param('id', id) agreementId: string, @Body(validate(updateAgreementSchema)) body: UpdateAgreementInput): Promise<AgreementView> {
    return this.agreements.update(user, agreementId, body);
  }
}
