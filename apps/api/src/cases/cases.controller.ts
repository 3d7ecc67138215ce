import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { idSchema, saveCaseDraftSchema, upsertCaseSchema, type CaseView, type SaveCaseDraftInput, type UpsertCaseInput } from '@mao/domain';
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

  /**
   * Confirms the casus: only the session's presenter, every field, both confirmations, no privacy
   * finding left. From then on the session's confirmed participants read it.
   * 422 privacy_findings (details.findings), case_too_long; 403 for other members.
   */
  @Put()
  @ApiInput(upsertCaseSchema)
  save(@CurrentUser() user: UserEntity, @Param('id', id) sessionId: string, @Body(validate(upsertCaseSchema)) body: UpsertCaseInput): Promise<CaseView> {
    return this.cases.save(user, sessionId, body);
  }

  /**
   * Saves a private draft: only the presenter, read by them alone (others see no casus), may hold
   * privacy findings (shown as highlights, never refused here). Takes a confirmed casus back to draft.
   * 422 case_too_long; 403 for other members, 404 for outsiders.
   */
  @Put('draft')
  @ApiInput(saveCaseDraftSchema)
  saveDraft(@CurrentUser() user: UserEntity, @Param('id', id) sessionId: string, @Body(validate(saveCaseDraftSchema)) body: SaveCaseDraftInput): Promise<CaseView> {
    return this.cases.saveDraft(user, sessionId, body);
  }

  /** Facilitator, presenter and participants (rsvp yes/maybe); every read is audited. 410 case_purged after the retention period. */
  @Get()
  read(@CurrentUser() user: UserEntity, @Param('id', id) sessionId: string): Promise<CaseView> {
    return this.cases.read(user, sessionId);
  }
}
