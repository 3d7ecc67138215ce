import { Module } from '@nestjs/common';
import { LiveModule } from '../live/live.module.js';
import { SessionsModule } from '../sessions/sessions.module.js';
import { Contributions } from './contributions.js';
import { ProgressController } from './progress.controller.js';
import { ProgressService } from './progress.service.js';
import { SessionClock } from './session-clock.service.js';

/**
 * Asynchronous and mixed sessions (issue 16): the clock that opens and closes the steps' windows,
 * the mails and notifications when a step opens and before it closes, and who has contributed.
 * The windows themselves are planned with the session (sessions/session-plan.ts).
 */
@Module({
  imports: [SessionsModule, LiveModule],
  controllers: [ProgressController],
  // JobRunner, MailService and the CollabServer come from global modules.
  providers: [SessionClock, Contributions, ProgressService],
  exports: [SessionClock],
})
export class AsynchronousModule {}
