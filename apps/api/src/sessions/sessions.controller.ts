import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  createSessionSchema,
  idSchema,
  rsvpSchema,
  sessionListQuerySchema,
  updateSessionSchema,
  type CreateSessionInput,
  type RsvpInput,
  type SessionListQuery,
  type SessionView,
  type UpdateSessionInput,
} from '@mao/domain';
import { validate } from '../common/zod-pipe.js';
import { ApiInput, ApiQueryInput } from '../common/openapi.js';
import { CurrentUser } from '../auth/current-user.js';
import { UserEntity } from '../users/user.entity.js';
import { SessionsService } from './sessions.service.js';
import { CalendarService } from './calendar.service.js';

const id = validate(idSchema);

@ApiTags('sessions')
@Controller('api')
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly calendar: CalendarService,
  ) {}

  @Post('communities/:id/sessions')
  @ApiInput(createSessionSchema)
  create(@CurrentUser() user: UserEntity, @Param('id', id) communityId: string, @Body(validate(createSessionSchema)) body: CreateSessionInput): Promise<SessionView> {
    return this.sessions.create(user, communityId, body);
  }

  @Get('communities/:id/sessions')
  @ApiQueryInput(sessionListQuerySchema)
  list(@CurrentUser() user: UserEntity, @Param('id', id) communityId: string, @Query(validate(sessionListQuerySchema)) query: SessionListQuery): Promise<SessionView[]> {
    return this.sessions.listForCommunity(user, communityId, query);
  }

  @Get('me/sessions')
  @ApiQueryInput(sessionListQuerySchema)
  mine(@CurrentUser() user: UserEntity, @Query(validate(sessionListQuerySchema)) query: SessionListQuery): Promise<SessionView[]> {
    return this.sessions.listMine(user, query);
  }

  @Get('sessions/:id')
  get(@CurrentUser() user: UserEntity, @Param('id', id) sessionId: string): Promise<SessionView> {
    return this.sessions.get(user, sessionId);
  }

  @Patch('sessions/:id')
  @ApiInput(updateSessionSchema)
  update(@CurrentUser() user: UserEntity, @Param('id', id) sessionId: string, @Body(validate(updateSessionSchema)) body: UpdateSessionInput): Promise<SessionView> {
    return this.sessions.update(user, sessionId, body);
  }

  @Post('sessions/:id/cancel')
  @HttpCode(200)
  cancel(@CurrentUser() user: UserEntity, @Param('id', id) sessionId: string): Promise<SessionView> {
    return this.sessions.cancel(user, sessionId);
  }

  @Put('sessions/:id/rsvp')
  @ApiInput(rsvpSchema)
  rsvp(@CurrentUser() user: UserEntity, @Param('id', id) sessionId: string, @Body(validate(rsvpSchema)) body: RsvpInput): Promise<SessionView> {
    return this.sessions.rsvp(user, sessionId, body);
  }

  /** Add to calendar: the session as an .ics download. */
  @Get('sessions/:id/ics')
  async ics(@CurrentUser() user: UserEntity, @Param('id', id) sessionId: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const body = await this.calendar.sessionIcs(user, sessionId);
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="intervisie.ics"');
    res.setHeader('Cache-Control', 'private, no-store');
    return body;
  }
}
