import { Module } from '@nestjs/common';
import { CommunitiesModule } from '../communities/communities.module.js';
import { LiveModule } from '../live/live.module.js';
import { SessionsModule } from '../sessions/sessions.module.js';
import { AgreementsController } from './agreements.controller.js';
import { AgreementsService } from './agreements.service.js';

/** Agreements made in sessions, the CoP's list, the terugblik, reminders (issue 14). */
@Module({
  imports: [CommunitiesModule, SessionsModule, LiveModule],
  controllers: [AgreementsController],
  providers: [AgreementsService],
  exports: [AgreementsService],
})
export class AgreementsModule {}
