import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunitiesModule } from '../communities/communities.module.js';
import { CalendarController } from './calendar.controller.js';
import { CalendarFeedEntity } from './calendar-feed.entity.js';
import { CalendarService } from './calendar.service.js';
import { CommunityMethodEntity } from './community-method.entity.js';
import { MethodsController } from './methods.controller.js';
import { MethodsService } from './methods.service.js';
import { RemindersService } from './reminders.service.js';
import { SessionMailer } from './session-mailer.service.js';
import { SessionParticipantEntity } from './session-participant.entity.js';
import { SessionViews } from './session-views.js';
import { SessionEntity } from './session.entity.js';
import { SessionsController } from './sessions.controller.js';
import { SessionsService } from './sessions.service.js';

/** Scheduling, RSVPs, methods, invitations, reminders and calendar feeds. */
@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity, SessionParticipantEntity, CommunityMethodEntity, CalendarFeedEntity]), CommunitiesModule],
  controllers: [MethodsController, SessionsController, CalendarController],
  providers: [SessionsService, MethodsService, SessionViews, SessionMailer, RemindersService, CalendarService],
  exports: [SessionsService, MethodsService, SessionViews],
})
export class SessionsModule {}
