import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { idSchema, upsertCaseSchema, type CaseView, type UpsertCaseInput } from '@mao/domain';
import { validate } from '../common/zod-pipe.js';
import { ApiInput } from '../common/openapi.js';
import { CurrentUser } from '../auth/current-user.js';
import { UserEntity } from '../users/user.entity.js';
import { CasesService } from './cases.service.js';

const id = validate(idSchema);

@ApiTags('cases')
@Controller('api/sessions/:id/case')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  /** Only the session's presenter. 422 privacy_findings (details.findings), case_too_long; 403 for other members. */
  @Put()
  @ApiInput(upsertCaseSchema)
  save(@CurrentUser() user: UserEntity, @Param('id', id) sessionId: string, @Body(validate(upsertCaseSchema)) body: UpsertCaseInput): Promise<CaseView> {
    return this.cases.save(user, sessionId, body);
  }

  /** Facilitator, presenter and participants (rsvp yes/maybe); every read is audited. 410 case_purged after the retention period. */
  @Get()
  read(@CurrentUser() user: UserEntity, @Param('id', id) sessionId: string): Promise<CaseView> {
    return this.cases.read(user, sessionId);
  }
}
