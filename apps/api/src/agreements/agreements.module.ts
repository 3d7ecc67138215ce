import { Module } from '@nestjs/common';
import { CommunitiesModule } from '../communities/communities.module.js';
import { LiveModule } from '../live/live.module.js';
import { SessionsModule } from '../sessions/sessions.module.js';
import { AgreementsController } from './agreements.controller.js';
import { AgreementsService } from './agreements.service.js';
import { SessionSummaryService } from './session-summary.service.js';

/** Agreements made in sessions, the CoP's list, the terugblik, reminders, and the session summary with its mail and PDF (issue 14). */
@Module({
  imports: [CommunitiesModule, SessionsModule, LiveModule],
  controllers: [AgreementsController],
  // CollabServer comes from the global collaboration module (registered in app.module.ts).
  providers: [AgreementsService, SessionSummaryService],
  exports: [AgreementsService],
})
export class AgreementsModule {}
