import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  homeSettingsSchema,
  markNotificationsReadSchema,
  type HomeSettingsInput,
  type HomeSettingsView,
  type HomeView,
  type MarkNotificationsReadInput,
  type NotificationListView,
} from '@mao/domain';
import { validate } from '../common/zod-pipe.js';
import { ApiInput } from '../common/openapi.js';
import { CurrentUser } from '../auth/current-user.js';
import { UserEntity } from '../users/user.entity.js';
import { HomeService } from './home.service.js';
import { NotificationsService } from './notifications.service.js';

/** "Wat staat er voor mij klaar": the home page, notifications and the digest setting. Always the logged-in person's own. */
@ApiTags('home')
@Controller('api/me')
export class HomeController {
  constructor(
    private readonly home: HomeService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Also records the visit ("new since my last visit"). */
  @Get('home')
  get(@CurrentUser() user: UserEntity): Promise<HomeView> {
    return this.home.home(user);
  }

  @Get('notifications')
  list(@CurrentUser() user: UserEntity): Promise<NotificationListView> {
    return this.notifications.list(user);
  }

  @Get('notifications/count')
  count(@CurrentUser() user: UserEntity): Promise<{ unread: number }> {
    return this.notifications.count(user);
  }

  @Post('notifications/read')
  @HttpCode(200)
  @ApiInput(markNotificationsReadSchema)
  markRead(@CurrentUser() user: UserEntity, @Body(validate(markNotificationsReadSchema)) body: MarkNotificationsReadInput): Promise<{ unread: number }> {
    return this.notifications.markRead(user, body);
  }

  @Get('home-settings')
  settings(@CurrentUser() user: UserEntity): Promise<HomeSettingsView> {
    return this.home.settings(user.id);
  }

  @Put('home-settings')
  @ApiInput(homeSettingsSchema)
  updateSettings(@CurrentUser() user: UserEntity, @Body(validate(homeSettingsSchema)) body: HomeSettingsInput): Promise<HomeSettingsView> {
    return this.home.updateSettings(user.id, body);
  }
}
