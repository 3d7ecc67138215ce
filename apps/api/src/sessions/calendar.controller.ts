import { Controller, Delete, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CalendarFeedView } from '@mao/domain';
import { DomainError } from '../common/domain-error.js';
import { CurrentUser, Public } from '../auth/current-user.js';
import { UserEntity } from '../users/user.entity.js';
import { CalendarService } from './calendar.service.js';

@ApiTags('calendar')
@Controller('api')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  /** My feed. The secret URL is in the response only when the feed is created (first call) or rotated. */
  @Get('me/calendar')
  mine(@CurrentUser() user: UserEntity): Promise<CalendarFeedView> {
    return this.calendar.mine(user);
  }

  /** Revokes the old URL and returns a new one. */
  @Post('me/calendar/rotate')
  @HttpCode(200)
  rotate(@CurrentUser() user: UserEntity): Promise<CalendarFeedView> {
    return this.calendar.rotate(user);
  }

  /** Revokes the feed without a new one. */
  @Delete('me/calendar')
  @HttpCode(204)
  revoke(@CurrentUser() user: UserEntity): Promise<void> {
    return this.calendar.revoke(user);
  }

  /** The subscribed feed, `/api/calendar/<token>.ics`: the token is the permission. */
  @Public()
  @Get('calendar/:file')
  async feed(@Param('file') file: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    if (!file.endsWith('.ics')) throw new DomainError('not_found');
    const body = await this.calendar.feed(file.slice(0, -'.ics'.length));
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    // Private (titles and times of my sessions): calendar apps poll on their own schedule; nothing may keep a copy.
    res.setHeader('Cache-Control', 'private, no-store');
    return body;
  }
}
