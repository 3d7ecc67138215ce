import { Module } from '@nestjs/common';
import { QuestionsController } from './questions.controller.js';
import { QuestionsService } from './questions.service.js';
import { JoinRequestsService } from './join-requests.service.js';
import { PlatformAccessService } from './platform-access.service.js';
import { RateLimits } from '../common/rate-limits.js';

/** Vraag en advies: the national question channel, its matching (makelaar) and joining. */
@Module({
  controllers: [QuestionsController],
  providers: [QuestionsService, JoinRequestsService, PlatformAccessService, RateLimits],
  exports: [PlatformAccessService],
})
export class QuestionsModule {}
