import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  agreementListQuerySchema,
  createAgreementSchema,
  idSchema,
  updateAgreementSchema,
  type AgreementListQuery,
  type AgreementView,
  type CreateAgreementInput,
  type UpdateAgreementInput,
} from '@mao/domain';
import { validate } from '../common/zod-pipe.js';
import { ApiInput, ApiQueryInput } from '../common/openapi.js';
import { CurrentUser } from '../auth/current-user.js';
import { UserEntity } from '../users/user.entity.js';
import { AgreementsService } from './agreements.service.js';

const id = validate(idSchema);

/** Agreements: made in a live session's agreement steps, listed and updated per CoP. */
@ApiTags('agreements')
@Controller('api')
export class AgreementsController {
  constructor(private readonly agreements: AgreementsService) {}

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
